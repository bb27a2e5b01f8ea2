import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import {
  isTransparentWrapper,
  literalName,
  type FunctionNode,
} from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

/**
 * What code does with a TLS peer's verification result:
 * - `guard`: it branches on `.authorized`, `.authorizationError` or `verifyError()` (the documented way to
 *   turn unauthorized clients away by hand);
 * - `read`: it looks at the result or the certificate (`getPeerCertificate()`) without a visible branch.
 */
export type ClientCertCheck = 'guard' | 'read';

const STATUS_MEMBERS = new Set(['authorized', 'authorizationError']);
const STATUS_CALLS = new Set(['verifyError']);
const CERTIFICATE_CALLS = new Set(['getPeerCertificate', 'getPeerX509Certificate']);

/** The strongest check in `roots` and, through calls, the functions of this file they call. */
export function clientCertCheck(
  analysis: FileAnalysis,
  roots: readonly TSESTree.Node[],
): ClientCertCheck | undefined {
  let found: ClientCertCheck | undefined;
  const visited = new Set<TSESTree.Node>();
  const stack = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (visited.has(node)) continue;
    visited.add(node);
    const check = checkAt(analysis, node);
    if (check === 'guard') return check;
    found ??= check;
    const callee = calledHere(analysis, node);
    if (callee) stack.push(callee);
    forEachChild(node, (child) => stack.push(child));
  }
  return found;
}

function calledHere(analysis: FileAnalysis, node: TSESTree.Node): FunctionNode | undefined {
  return node.type === AST_NODE_TYPES.CallExpression ? analysis.calledFunction(node) : undefined;
}

function checkAt(analysis: FileAnalysis, node: TSESTree.Node): ClientCertCheck | undefined {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyName(analysis, node);
    if (name === undefined || !STATUS_MEMBERS.has(name) || isWriteTarget(node)) return undefined;
    return isBranchedOn(node) ? 'guard' : 'read';
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = node.callee;
    const name =
      callee.type === AST_NODE_TYPES.MemberExpression ? literalName(callee.property) : undefined;
    if (name !== undefined && STATUS_CALLS.has(name)) return isBranchedOn(node) ? 'guard' : 'read';
    return name !== undefined && CERTIFICATE_CALLS.has(name) ? 'read' : undefined;
  }
  // `const { authorized } = req.socket`
  if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
    return propertyName(analysis, node) === 'authorized' ? 'read' : undefined;
  }
  return undefined;
}

function isWriteTarget(node: TSESTree.MemberExpression): boolean {
  return node.parent.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node;
}

/**
 * True when the status decides a branch: the test of an `if` / `?:` / loop, or the left side of
 * `authorized || reject()`, possibly under `!`, comparisons and `&&` / `||`.
 */
function isBranchedOn(node: TSESTree.Node): boolean {
  let current = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (isTestOf(parent, current)) return true;
    if (
      parent.type === AST_NODE_TYPES.LogicalExpression &&
      parent.left === current &&
      parent.right.type === AST_NODE_TYPES.CallExpression
    ) {
      return true;
    }
    const passes =
      isTransparentWrapper(parent) ||
      (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
      parent.type === AST_NODE_TYPES.BinaryExpression ||
      parent.type === AST_NODE_TYPES.LogicalExpression;
    if (!passes) return false;
  }
  return false;
}

function isTestOf(parent: TSESTree.Node, node: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return parent.test === node;
    default:
      return false;
  }
}
