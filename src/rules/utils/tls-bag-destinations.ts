import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../analysis/ast.js';
import type { FileAnalysis } from '../../analysis/file-analysis.js';
import type { Use } from '../../analysis/flow.js';
import { refIs } from '../../analysis/modules.js';

/** Who reads a TLS options bag (`{ rejectUnauthorized, ca, minVersion, … }`). */
export type BagDestination =
  | { readonly kind: 'client'; readonly api: string }
  | {
      readonly kind: 'server';
      readonly api: string;
      readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
    }
  | { readonly kind: 'inert'; readonly api: string }
  | { readonly kind: 'global-agent' }
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
  if (use.kind !== 'argument' || use.path.length > 0) return { kind: 'unknown' };
  const entry = coreEntryPoint(analysis, use.call);
  if (!entry)
    return renegotiation(use.call)
      ? { kind: 'client', api: 'tlsSocket.renegotiate' }
      : { kind: 'unknown' };
  const api = `${entry.module}.${entry.member}`;
  if (entry.side === 'server') return { kind: 'server', api, call: use.call };
  if (entry.side === 'inert') return { kind: 'inert', api };
  if (entry.member === 'Agent' && agentBecomesGlobal(analysis, use.call))
    return { kind: 'global-agent' };
  return { kind: 'client', api };
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

/** `https.globalAgent = agent` (directly or through a variable). */
export function agentBecomesGlobal(analysis: FileAnalysis, agent: TSESTree.Node): boolean {
  return analysis
    .uses(agent)
    .some(
      (use) =>
        use.kind === 'assigned' &&
        use.path.length === 0 &&
        refIs(analysis.moduleRef(use.target), 'https', 'globalAgent'),
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
      return [
        agentBecomesGlobal(analysis, agent)
          ? { kind: 'global-agent' }
          : { kind: 'client', api: 'https.Agent' },
      ];
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
