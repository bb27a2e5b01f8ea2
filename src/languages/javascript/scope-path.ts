import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName } from './analysis/ast.js';

/**
 * The named declarations around a node, outermost first: `ApiClient.connect`. Anonymous functions add
 * nothing. Used as a readable tie-breaker between identical findings, never as identity on its own.
 */
export function scopePath(node: TSESTree.Node): string {
  const names: string[] = [];
  for (let current = node.parent; current; current = current.parent) {
    const name = declarationName(current);
    if (name !== undefined) names.unshift(name);
  }
  return names.join('.');
}

function declarationName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return node.id ? nameOf(node.id) : undefined;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
      return node.computed ? undefined : nameOf(node.key);
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return functionExpressionName(node);
    default:
      return undefined;
  }
}

/** `const connect = () => …`, `{ connect() {…} }`, `exports.connect = function () {…}`. */
function functionExpressionName(
  node: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator) return nameOf(parent.id);
  if (parent.type === AST_NODE_TYPES.Property && parent.value === node && !parent.computed) {
    return nameOf(parent.key);
  }
  if (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.left.type === AST_NODE_TYPES.MemberExpression
  ) {
    return parent.left.computed ? undefined : nameOf(parent.left.property);
  }
  return undefined;
}

function nameOf(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.name}`;
  if (node.type === AST_NODE_TYPES.TSQualifiedName) return undefined;
  return literalName(node);
}
