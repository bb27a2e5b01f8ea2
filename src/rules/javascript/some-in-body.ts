import type { TSESTree } from '@typescript-eslint/types';
import { isFunctionNode } from '../../languages/javascript/analysis/ast.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

/**
 * True when `predicate` holds for `root` or a node below it, not looking into nested functions: what
 * they do happens only when (and if) they are called.
 */
export function someInBody(
  root: TSESTree.Node,
  predicate: (node: TSESTree.Node) => boolean,
): boolean {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (predicate(node)) return true;
    forEachChild(node, (child) => {
      if (!isFunctionNode(child)) stack.push(child);
    });
  }
  return false;
}
