import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName } from './ast.js';

/** Where a destructured name sits inside its pattern: `const { a: { b = 1 } } = x` → b at ['a','b'], default 1. */
export interface PatternPlace {
  readonly path: readonly string[];
  readonly defaultValue: TSESTree.Expression | undefined;
}

/**
 * The property path from `root` (a declarator id or parameter) down to `name`. Undefined for rest elements
 * and computed keys, whose value we cannot name.
 */
export function placeInPattern(name: TSESTree.Node, root: TSESTree.Node): PatternPlace | undefined {
  const path: string[] = [];
  let defaultValue: TSESTree.Expression | undefined;
  let current: TSESTree.Node = name;
  while (current !== root) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      defaultValue ??= parent.right;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
      const key = parent.computed ? undefined : literalName(parent.key);
      if (key === undefined) return undefined;
      path.unshift(key);
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(String(parent.elements.indexOf(current as TSESTree.DestructuringPattern)));
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
      return undefined;
    }
    current = parent;
  }
  return { path, defaultValue };
}
