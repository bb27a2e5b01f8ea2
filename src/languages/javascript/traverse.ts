import type { TSESTree } from '@typescript-eslint/types';
import { forEachChild } from './analysis/walk.js';

/**
 * The one traversal of a file: links every node to its parent (analysis walks upwards) and collects,
 * in source order, the nodes of the types some rule listens to. Iterative, so deeply nested code cannot
 * overflow the stack. Undefined when the file has more than `maxNodes` nodes (the work limit per file).
 */
export function linkAndCollect(
  program: TSESTree.Program,
  wanted: ReadonlySet<string>,
  maxNodes: number,
): TSESTree.Node[] | undefined {
  const collected: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [program];
  let visited = 0;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (++visited > maxNodes) return undefined;
    const parent = node;
    if (wanted.has(node.type)) collected.push(node);
    const children: TSESTree.Node[] = [];
    forEachChild(node, (child) => {
      (child as { parent: TSESTree.Node }).parent = parent;
      children.push(child);
    });
    // One by one, not `push(...children)`: an array literal of 400,000 elements would overflow the
    // call stack as 400,000 arguments.
    for (const child of children.reverse()) stack.push(child);
  }
  return collected;
}
