import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import {
  isFunctionNode,
  literalName,
  unwrap,
  type FunctionNode,
} from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const CONDITIONAL: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.CatchClause,
]);

export interface TrustAll {
  /** `conditional` when every `callback(true)` sits under a condition that tests something else. */
  readonly kind: 'always' | 'conditional';
  /** The `callback(true)` call that trusts the certificate: the line that does the insecure thing. */
  readonly call: TSESTree.CallExpression;
}

/**
 * R1: a `certificate-error` listener (on `app` or a `webContents`) that prevents the default and calls
 * back `true` — trusting the certificate — without looking at the URL, the error or the certificate.
 */
export function certificateErrorTrustAll(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): TrustAll | undefined {
  const callee = unwrap(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    !LISTEN.has(literalName(callee.property) ?? '')
  )
    return undefined;
  const [event, listener] = call.arguments;
  if (!event || !listener || !isString(analysis, event, 'certificate-error')) return undefined;
  const handler = handlerOf(analysis, listener);
  const params = handler?.params.map((param) =>
    param.type === AST_NODE_TYPES.Identifier ? param.name : undefined,
  );
  if (!handler || !params || params.length < 5) return undefined;
  const callbackName = params.find(
    (name, index) => index > 0 && name !== undefined && callsWith(handler, name, true).length > 0,
  );
  const trusting = callbackName === undefined ? [] : callsWith(handler, callbackName, true);
  if (trusting.length === 0 || !callsMethod(handler, 'preventDefault')) return undefined;
  const inspected = params.filter(
    (name, index) => index > 0 && name !== undefined && name !== callbackName,
  );
  if (inspected.some((name) => mentions(handler, name ?? ''))) return undefined;
  const unconditional = trusting.find((node) => !conditionalAncestor(node, handler));
  const first = unconditional ?? trusting[0];
  if (!first) return undefined;
  return { kind: unconditional ? 'always' : 'conditional', call: first };
}

/** R2: `setCertificateVerifyProc(proc)` where `proc` only ever calls back `0` (accept). */
export function verifyProcAcceptsAll(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): boolean {
  const callee = unwrap(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    literalName(callee.property) !== 'setCertificateVerifyProc'
  ) {
    return false;
  }
  const [procNode] = call.arguments;
  const proc = procNode && handlerOf(analysis, procNode);
  const callback = proc?.params[1];
  if (!proc || callback?.type !== AST_NODE_TYPES.Identifier) return false;
  const calls = callsOf(proc, callback.name);
  return (
    calls.length > 0 &&
    calls.every((c) => c.arguments[0] !== undefined && isKnown(analysis, c.arguments[0], 0))
  );
}

export type SwitchLevel = 'all' | 'spki' | 'localhost';

/** R3: `app.commandLine.appendSwitch('ignore-certificate-errors')` and its weaker relatives. */
export function insecureChromiumSwitch(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): SwitchLevel | undefined {
  const callee = unwrap(call.callee);
  const method =
    callee.type === AST_NODE_TYPES.MemberExpression ? literalName(callee.property) : undefined;
  if (method !== 'appendSwitch' && method !== 'appendArgument') return undefined;
  const [first] = call.arguments;
  const value = first ? analysis.value(first) : undefined;
  if (value?.kind !== 'known' || typeof value.value !== 'string') return undefined;
  const name = value.value.replace(/^--/, '').split('=')[0];
  if (method === 'appendArgument' && !value.value.startsWith('--')) return undefined;
  if (name === 'ignore-certificate-errors') return 'all';
  if (name === 'ignore-certificate-errors-spki-list') return 'spki';
  return name === 'allow-insecure-localhost' ? 'localhost' : undefined;
}

function handlerOf(analysis: FileAnalysis, node: TSESTree.Node): FunctionNode | undefined {
  const target = unwrap(node);
  if (isFunctionNode(target)) return target;
  const value = analysis.value(target);
  return value.kind === 'function' ? value.node : undefined;
}

function isString(analysis: FileAnalysis, node: TSESTree.Node, expected: string): boolean {
  return isKnown(analysis, node, expected);
}

function isKnown(analysis: FileAnalysis, node: TSESTree.Node, expected: unknown): boolean {
  const value = analysis.value(node);
  return value.kind === 'known' && Object.is(value.value, expected);
}

/** Calls `name(...)` in the function body (not in nested functions' own parameters' scope). */
function callsOf(fn: FunctionNode, name: string): TSESTree.CallExpression[] {
  return descendants(fn.body).filter(
    (node): node is TSESTree.CallExpression =>
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.Identifier &&
      node.callee.name === name,
  );
}

function callsWith(
  fn: FunctionNode,
  name: string,
  firstArgument: unknown,
): TSESTree.CallExpression[] {
  return callsOf(fn, name).filter((call) => {
    const [first] = call.arguments;
    return first?.type === AST_NODE_TYPES.Literal && first.value === firstArgument;
  });
}

function callsMethod(fn: FunctionNode, method: string): boolean {
  return descendants(fn.body).some(
    (node) =>
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      literalName(node.callee.property) === method,
  );
}

/** Whether the body reads the variable `name` (not a property or key that happens to share the name). */
function mentions(fn: FunctionNode, name: string): boolean {
  return descendants(fn.body).some((node) => {
    if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return false;
    const parent = node.parent;
    if (parent.type === AST_NODE_TYPES.MemberExpression)
      return parent.object === node || parent.computed;
    return !(parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand);
  });
}

function conditionalAncestor(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (CONDITIONAL.has(current.type)) return true;
  }
  return false;
}

function descendants(root: TSESTree.Node): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    found.push(node);
    forEachChild(node, (child) => stack.push(child));
  }
  return found;
}
