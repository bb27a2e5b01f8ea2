import type { TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { GLOBAL_MODULE, type ModuleRef } from '../../languages/javascript/analysis/modules.js';
import { calleeText, isFileModule } from './api-name.js';
import { GLOBAL_AGENT, hasNoEffect, type BagDestination } from './tls-bag-destinations.js';

/**
 * Who a client-side TLS option (`checkServerIdentity`, …) affects:
 * - `inert`: only servers or `tls.createSecureContext` read the bag, and they ignore the option;
 * - `global`: `https.globalAgent`, so every request without its own agent;
 * - `connections`: the connections of one API, described for a message.
 */
export type OptionTarget =
  | { readonly kind: 'inert' }
  /** `what`: which requests the process-wide default governs, for a message. */
  | { readonly kind: 'global'; readonly what: string }
  | { readonly kind: 'connections'; readonly text: string };

/** How a message names the connections of a Node core client API. */
export const CORE_TARGETS: Readonly<Record<string, string>> = {
  'https.request': 'this `https.request` call',
  'https.get': 'this `https.get` call',
  'https.Agent': 'every request made through this `https.Agent`',
  'tls.connect': 'this `tls.connect` connection',
  'tls.TLSSocket': 'this `tls.TLSSocket`',
  'http2.connect': 'this `http2.connect` session',
  'tlsSocket.renegotiate': 'the renegotiated connection',
};

const CORE_MODULES = new Set(['https', 'http', 'http2', 'tls', 'net']);
const FALLBACK = 'the TLS connections that use these options';

/** `bag` is the object literal holding the option, when there is one, to name a library it reaches. */
export function optionTarget(
  analysis: FileAnalysis,
  destinations: readonly BagDestination[],
  bag: TSESTree.Node | undefined,
): OptionTarget {
  const relevant = destinations.filter((d) => d.kind !== 'server' && !hasNoEffect(d));
  if (destinations.length > 0 && relevant.length === 0) return { kind: 'inert' };
  const global = relevant.find((d) => d.kind === 'global-agent');
  if (global) return { kind: 'global', what: global.what ?? GLOBAL_AGENT };
  const client = relevant.find((d) => d.kind === 'client');
  const library = relevant.find((d) => d.kind === 'library');
  const text =
    (client && CORE_TARGETS[client.api]) ??
    (library && `the connections made by ${library.library}`) ??
    (bag && libraryTarget(analysis, bag));
  return { kind: 'connections', text: text ?? FALLBACK };
}

/**
 * `got(url, { https: bag })` → "the connections made through `got`"; a function from a file of the
 * project is named as the code calls it, never by its module path.
 */
function libraryTarget(analysis: FileAnalysis, bag: TSESTree.Node): string | undefined {
  for (const use of analysis.uses(bag)) {
    if (use.kind !== 'argument') continue;
    const ref = analysis.moduleRef(use.call.callee);
    const name = isFileModule(ref) ? `\`${calleeText(analysis, use.call)}\`` : libraryName(ref);
    if (name) return `the connections made through ${name}`;
  }
  return undefined;
}

function libraryName(ref: ModuleRef | undefined): string | undefined {
  if (!ref || CORE_MODULES.has(ref.module)) return undefined;
  const member = ref.path.join('.');
  if (ref.module === GLOBAL_MODULE) return member ? `\`${member}\`` : undefined;
  return member ? `\`${member}\` from \`${ref.module}\`` : `\`${ref.module}\``;
}
