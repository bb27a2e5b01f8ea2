import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, type FunctionNode } from '../../languages/javascript/analysis/ast.js';
import { readsOf } from '../../languages/javascript/analysis/bindings.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';

const LISTENER_METHODS = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
]);
/** Events that hand a server's TLS connection (or a request on it) to application code. */
const CONNECTION_EVENTS = new Set(['secureConnection', 'request', 'stream', 'session']);

/**
 * The functions that handle a server's connections: function arguments of `createServer(...)` and
 * `'secureConnection'` / `'request'` / `'stream'` / `'session'` listeners on the server. Undefined when
 * some handler is not visible here (an `app` object, an imported function) or none is attached here.
 */
export function connectionHandlers(
  analysis: FileAnalysis,
  server: TSESTree.CallExpression | TSESTree.NewExpression,
): FunctionNode[] | undefined {
  const handlers: FunctionNode[] = [];
  for (const argument of server.arguments) {
    const value = analysis.value(argument);
    if (value.kind === 'function') handlers.push(value.node);
    else if (value.kind !== 'object') return undefined;
  }
  for (const reference of serverReferences(analysis, server)) {
    for (let node: TSESTree.Node = reference; ;) {
      const listener = listenerCall(node);
      if (!listener) break;
      const handler = connectionListener(analysis, listener);
      if (handler === null) return undefined;
      if (handler) handlers.push(handler);
      node = listener; // `.on()` returns the server: `server.on(a, f).on(b, g)`
    }
  }
  return handlers.length > 0 ? handlers : undefined;
}

/** The server expression and every read of the `const` it is stored in. */
function serverReferences(analysis: FileAnalysis, server: TSESTree.Node): TSESTree.Node[] {
  const parent = server.parent;
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== server) return [server];
  const variable = analysis.bindings.declaredBy(parent)[0];
  return [server, ...(variable ? readsOf(variable).map((reference) => reference.identifier) : [])];
}

/** `node.on(...)` when `node` is the object of a listener method call. */
function listenerCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return undefined;
  const call = member.parent;
  const method = literalName(member.property);
  return call.type === AST_NODE_TYPES.CallExpression &&
    call.callee === member &&
    method !== undefined &&
    LISTENER_METHODS.has(method)
    ? call
    : undefined;
}

/** The listener function for a connection event; undefined for other events, null when not visible. */
function connectionListener(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): FunctionNode | undefined | null {
  const [event, listener] = call.arguments;
  const name = event && analysis.value(event);
  if (name?.kind !== 'known' || typeof name.value !== 'string') return null;
  if (!CONNECTION_EVENTS.has(name.value)) return undefined;
  const value = listener && analysis.value(listener);
  return value?.kind === 'function' ? value.node : null;
}
