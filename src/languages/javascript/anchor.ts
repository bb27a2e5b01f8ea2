import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { isTransparentWrapper } from './analysis/ast.js';

/** Literal structure a finding's node may sit in before reaching the code that uses it. */
const LITERAL_PARTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.SpreadElement,
]);

/**
 * What the offending code is handed to, for the fingerprint: `tls.connect#0` for an option inside the
 * first argument of `tls.connect(...)`, `opts=` for an object stored in `opts`. Without it every
 * `rejectUnauthorized: false` in a function would share one fingerprint, and fixing one while adding
 * another elsewhere in that function would go unnoticed. Returns the node; the caller normalizes its text.
 */
export function anchorOf(
  node: TSESTree.Node,
): { readonly node: TSESTree.Node; readonly suffix: string } | undefined {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (LITERAL_PARTS.has(current.parent.type) || isTransparentWrapper(current.parent))
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (!parent || current === node) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
      return index < 0 ? undefined : { node: parent.callee, suffix: `#${index}` };
    }
    case AST_NODE_TYPES.VariableDeclarator:
      return { node: parent.id, suffix: '=' };
    case AST_NODE_TYPES.AssignmentExpression:
      return { node: parent.left, suffix: '=' };
    default:
      return undefined;
  }
}
