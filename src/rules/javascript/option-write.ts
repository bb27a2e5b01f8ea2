import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';

/** One place where an option is written: `{ key: value }` or `holder.key = value`. */
export interface OptionWrite {
  readonly key: string;
  readonly valueNode: TSESTree.Node;
  /** The `Property` or the assignment: findings point here. */
  readonly site: TSESTree.Node;
  /** The object literal holding the property, or the object a member assignment writes to. */
  readonly holder: TSESTree.Node;
  /** True for `{ key: value }`, false for `holder.key = value`. */
  readonly inLiteral: boolean;
}

/**
 * The option written by a `Property` of an object literal (never of a destructuring pattern, a getter or
 * a method) or by an assignment to a member. `a.key &&= v` only narrows an existing value and is skipped.
 */
export function optionWrite(
  analysis: FileAnalysis,
  node: TSESTree.Property | TSESTree.AssignmentExpression,
): OptionWrite | undefined {
  if (node.type === AST_NODE_TYPES.Property) {
    if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
    const key = propertyName(analysis, node);
    return key === undefined
      ? undefined
      : { key, valueNode: node.value, site: node, holder: node.parent, inLiteral: true };
  }
  const left = node.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return undefined;
  const key = propertyName(analysis, left);
  return key === undefined
    ? undefined
    : { key, valueNode: node.right, site: node, holder: left.object, inLiteral: false };
}
