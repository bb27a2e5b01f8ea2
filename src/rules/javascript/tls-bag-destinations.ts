import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import type { Use } from '../../languages/javascript/analysis/flow.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { connectsInPlaintext } from './plaintext-connections.js';
import { libraryBag, type LibraryBag } from './tls-libraries.js';

export const GLOBAL_AGENT = 'every request through `https.globalAgent`';
const AXIOS_DEFAULTS = 'every axios request through `axios.defaults.httpsAgent`';
const GLOBAL_DISPATCHER = 'every `fetch()` in the process (the global undici dispatcher)';

/** Who reads a TLS options bag (`{ rejectUnauthorized, ca, minVersion, … }`). */
export type BagDestination =
  | { readonly kind: 'client'; readonly api: string }
  | {
      readonly kind: 'server';
      readonly api: string;
      readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
    }
  | { readonly kind: 'inert'; readonly api: string }
  /** A plaintext connection (`mqtt://`, `ws://`): TLS options do nothing there. */
  | { readonly kind: 'plaintext'; readonly api: string }
  /** A client library's options (see tls-libraries.ts). */
  | { readonly kind: 'library'; readonly library: string; readonly effect: LibraryBag['effect'] }
  /** Process-wide defaults; `what` says which requests they govern (default: `https.globalAgent`'s). */
  | { readonly kind: 'global-agent'; readonly what?: string }
  | { readonly kind: 'unknown' };

interface CoreEntryPoint {
  readonly module: string;
  readonly member: string;
  readonly side: 'client' | 'server' | 'inert';
}

/** Node core APIs that take a TLS options bag in some argument (rules.md N1, N5). */
const CORE_ENTRY_POINTS: readonly CoreEntryPoint[] = [
  { module: 'https', member: 'request', side: 'client' },
  { module: 'https', member: 'get', side: 'client' },
  { module: 'https', member: 'Agent', side: 'client' },
  { module: 'tls', member: 'connect', side: 'client' },
  { module: 'tls', member: 'TLSSocket', side: 'client' },
  { module: 'http2', member: 'connect', side: 'client' },
  { module: 'https', member: 'createServer', side: 'server' },
  { module: 'https', member: 'Server', side: 'server' },
  { module: 'tls', member: 'createServer', side: 'server' },
  { module: 'tls', member: 'Server', side: 'server' },
  { module: 'http2', member: 'createSecureServer', side: 'server' },
  // tls.createSecureContext has no rejectUnauthorized: the key is ignored there.
  { module: 'tls', member: 'createSecureContext', side: 'inert' },
];

/** `tls.createSecureContext` ignores client options; a plaintext connection ignores all TLS options. */
export function hasNoEffect(destination: BagDestination): boolean {
  return destination.kind === 'inert' || destination.kind === 'plaintext';
}

/** Every place the object literal `bag` is handed to, classified for TLS. Empty uses count as unknown. */
export function bagDestinations(analysis: FileAnalysis, bag: TSESTree.Node): BagDestination[] {
  const uses = analysis.uses(bag);
  if (uses.length === 0) return [{ kind: 'unknown' }];
  return uses.map((use) => classifyUse(analysis, use));
}

function classifyUse(analysis: FileAnalysis, use: Use): BagDestination {
  if (use.kind === 'assigned') {
    return use.path.length === 0 && isGlobalAgentOptions(analysis, use.target)
      ? { kind: 'global-agent' }
      : { kind: 'unknown' };
  }
  if (use.kind !== 'argument') return { kind: 'unknown' };
  const entry = use.path.length === 0 ? coreEntryPoint(analysis, use.call) : undefined;
  if (!entry) return libraryDestination(analysis, use.call, use.path);
  const api = `${entry.module}.${entry.member}`;
  if (connectsInPlaintext(analysis, use.call, entry.module)) return { kind: 'plaintext', api };
  if (entry.side === 'server') return { kind: 'server', api, call: use.call };
  if (entry.side === 'inert') return { kind: 'inert', api };
  if (entry.member === 'Agent') {
    const global = globalAgentRole(analysis, use.call);
    if (global) return { kind: 'global-agent', what: global };
  }
  return { kind: 'client', api };
}

function libraryDestination(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  path: readonly string[],
): BagDestination {
  const library = libraryBag(analysis.moduleRef(call.callee), path);
  if (!library) {
    const renegotiated = path.length === 0 && renegotiation(call);
    return renegotiated ? { kind: 'client', api: 'tlsSocket.renegotiate' } : { kind: 'unknown' };
  }
  if (connectsInPlaintext(analysis, call, library.module))
    return { kind: 'plaintext', api: library.library };
  if (library.library === 'undici' && becomesGlobalDispatcher(analysis, call)) {
    return { kind: 'global-agent', what: GLOBAL_DISPATCHER };
  }
  return { kind: 'library', library: library.library, effect: library.effect };
}

function coreEntryPoint(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): CoreEntryPoint | undefined {
  const ref = analysis.moduleRef(call.callee);
  return CORE_ENTRY_POINTS.find((entry) => refIs(ref, entry.module, entry.member));
}

/** `socket.renegotiate({ rejectUnauthorized: false }, cb)` on a TLS socket. */
function renegotiation(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(call.callee);
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    literalName(callee.property) === 'renegotiate'
  );
}

/** `https.globalAgent.options` (any alias), whose settings apply to every request without an agent. */
export function isGlobalAgentOptions(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  return refIs(analysis.moduleRef(node), 'https', 'globalAgent', 'options');
}

/**
 * Whether an `https.Agent` becomes a process-wide default, and which: `https.globalAgent = agent`, or
 * `axios.defaults.httpsAgent = agent` (every axios request without its own agent).
 */
function globalAgentRole(analysis: FileAnalysis, agent: TSESTree.Node): string | undefined {
  for (const use of analysis.uses(agent)) {
    if (use.kind !== 'assigned' || use.path.length > 0) continue;
    const ref = analysis.moduleRef(use.target);
    if (refIs(ref, 'https', 'globalAgent')) return GLOBAL_AGENT;
    if (refIs(ref, 'axios', 'defaults', 'httpsAgent')) return AXIOS_DEFAULTS;
  }
  return undefined;
}

/** `setGlobalDispatcher(new Agent({ connect: … }))`: the dispatcher of Node's global `fetch`. */
function becomesGlobalDispatcher(
  analysis: FileAnalysis,
  dispatcher: TSESTree.CallExpression | TSESTree.NewExpression,
): boolean {
  return analysis
    .uses(dispatcher)
    .some(
      (use) =>
        use.kind === 'argument' &&
        use.path.length === 0 &&
        refIs(analysis.moduleRef(use.call.callee), 'undici', 'setGlobalDispatcher'),
    );
}

/**
 * Destinations for `holder.rejectUnauthorized = …`: the global agent, an `https.Agent`'s `options`, or
 * whatever the object stored in the `holder` variable is passed to.
 */
export function holderDestinations(
  analysis: FileAnalysis,
  holder: TSESTree.Node,
): BagDestination[] {
  const node = unwrap(holder);
  if (isGlobalAgentOptions(analysis, node)) return [{ kind: 'global-agent' }];
  if (node.type === AST_NODE_TYPES.MemberExpression && literalName(node.property) === 'options') {
    const agent = agentConstruction(analysis, node.object);
    if (agent) {
      const role = globalAgentRole(analysis, agent);
      return [role ? { kind: 'global-agent', what: role } : { kind: 'client', api: 'https.Agent' }];
    }
  }
  const init = node.type === AST_NODE_TYPES.Identifier ? initializerOf(analysis, node) : undefined;
  return init ? bagDestinations(analysis, init) : [{ kind: 'unknown' }];
}

function agentConstruction(analysis: FileAnalysis, node: TSESTree.Node): TSESTree.Node | undefined {
  const target = unwrap(node);
  if (
    target.type === AST_NODE_TYPES.NewExpression ||
    target.type === AST_NODE_TYPES.CallExpression
  ) {
    return refIs(analysis.moduleRef(target.callee), 'https', 'Agent') ? target : undefined;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = initializerOf(analysis, target);
  return init && init !== target ? agentConstruction(analysis, init) : undefined;
}

function initializerOf(
  analysis: FileAnalysis,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | undefined {
  const def = analysis.bindings.variableOf(identifier)?.defs[0];
  return def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
    ? (def.node.init ?? undefined)
    : undefined;
}
