import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { GLOBAL_MODULE } from '../../languages/javascript/analysis/modules.js';
import { calleeText, isFileModule } from './api-name.js';
import type { OptionWrite } from './option-write.js';
import {
  bagDestinations,
  GLOBAL_AGENT,
  holderDestinations,
  type BagDestination,
} from './tls-bag-destinations.js';
import { CORE_TARGETS } from './tls-option-target.js';

const DEFAULT_TARGET = 'the TLS connections that use these options';

/**
 * Who an option applies to, for a message ("… for {{target}}"): the core client or server the options
 * object reaches, a library it is passed to, or the connections that use these options.
 */
export function bagTarget(analysis: FileAnalysis, write: OptionWrite): string {
  const destinations = write.inLiteral
    ? bagDestinations(analysis, write.holder)
    : holderDestinations(analysis, write.holder);
  const known = destinations.map(describe).find((text) => text !== undefined);
  return known ?? (write.inLiteral ? libraryTarget(analysis, write) : undefined) ?? DEFAULT_TARGET;
}

function describe(destination: BagDestination): string | undefined {
  switch (destination.kind) {
    case 'client':
      return CORE_TARGETS[destination.api];
    case 'server':
      return `every connection this \`${destination.api}\` server accepts`;
    case 'inert':
      return `every connection that uses this \`${destination.api}\` context`;
    case 'plaintext':
      return undefined;
    case 'global-agent':
      return destination.what ?? GLOBAL_AGENT;
    case 'library':
      return `the connections made by ${destination.library}`;
    case 'unknown':
      return undefined;
  }
}

/** `got(url, { https: { … } })`, `nodemailer.createTransport({ tls: { … } })`: name the package. */
function libraryTarget(analysis: FileAnalysis, write: OptionWrite): string | undefined {
  for (const use of analysis.uses(write.holder)) {
    if (use.kind !== 'argument') continue;
    const ref = analysis.moduleRef(use.call.callee);
    if (isFileModule(ref)) {
      return `the connections \`${calleeText(analysis, use.call)}\` makes with these options`;
    }
    if (ref !== undefined && ref.module !== GLOBAL_MODULE) {
      return `the connections \`${ref.module}\` makes with these options`;
    }
  }
  return undefined;
}
