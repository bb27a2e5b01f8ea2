import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

export type FunctionNode =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Wrappers that do not change a value at run time: `x as T`, `x!`, `<T>x`, `x satisfies T`, `a?.b`. */
const TRANSPARENT: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
  AST_NODE_TYPES.ChainExpression,
]);

export function isTransparentWrapper(node: TSESTree.Node): node is TSESTree.Node & {
  expression: TSESTree.Expression;
} {
  return TRANSPARENT.has(node.type);
}

/** The expression inside any number of type-only wrappers. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparentWrapper(current)) current = current.expression;
  return current;
}

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The nearest function that contains `node`, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** Name of an identifier-like node: `foo`, `'foo'`, `` `foo` ``, private `#foo` excluded. */
export function literalName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' || typeof node.value === 'number'
      ? String(node.value)
      : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

export function isObjectExpression(
  node: TSESTree.Node | null | undefined,
): node is TSESTree.ObjectExpression {
  return node?.type === AST_NODE_TYPES.ObjectExpression;
}

/** `a.b.c` → ['a', 'b', 'c'] for plain dotted chains of identifiers; undefined otherwise. */
export function dottedName(node: TSESTree.Node): string[] | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return [target.name];
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) {
    const head = dottedName(target.object);
    if (head && target.property.type === AST_NODE_TYPES.Identifier) {
      return [...head, target.property.name];
    }
  }
  return undefined;
}
