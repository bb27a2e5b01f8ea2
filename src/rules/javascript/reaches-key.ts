import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';

/**
 * True when the value `node` ends up under the option `key` of some object: written as `{ key: node }`,
 * assigned as `x.key = node`, or passed there through variables, spreads and helpers.
 */
export function reachesKey(analysis: FileAnalysis, node: TSESTree.Node, key: string): boolean {
  const parent = node.parent;
  if (
    parent?.type === AST_NODE_TYPES.Property &&
    parent.value === node &&
    parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
    propertyName(analysis, parent) === key
  ) {
    return true;
  }
  return analysis.uses(node).some((use) => {
    const last = use.path.at(-1);
    if (last !== undefined) return last === key;
    return (
      use.kind === 'assigned' &&
      use.target.type === AST_NODE_TYPES.MemberExpression &&
      propertyName(analysis, use.target) === key
    );
  });
}
