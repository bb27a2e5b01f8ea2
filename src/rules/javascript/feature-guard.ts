import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

/**
 * True when `node` only runs after a test that looks at the same API — feature detection such as
 * `if (typeof tls.createSecurePair === 'function') …`, `api ? api(x) : fallback`, `api && api(x)` or
 * an optional call `api?.(x)`: code written to survive the API's removal.
 */
export function isFeatureGuarded(
  node: TSESTree.Node,
  mentionsApi: (candidate: TSESTree.Node) => boolean,
): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression && node.optional) return true;
  const tests = (test: TSESTree.Node): boolean => someNode(test, mentionsApi);
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child && tests(parent.test)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right === child && tests(parent.left)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function someNode(root: TSESTree.Node, predicate: (node: TSESTree.Node) => boolean): boolean {
  if (predicate(root)) return true;
  let found = false;
  forEachChild(root, (child) => {
    found ||= someNode(child, predicate);
  });
  return found;
}
