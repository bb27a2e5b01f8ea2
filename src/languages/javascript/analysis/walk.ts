import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { isFunctionNode } from './ast.js';
import { chargeWalkStep } from '../../shared/work-meter.js';

/**
 * Calls `visit` for each direct child node of `node`, in source order. While rules run, each call is a
 * step of the file's work limit: rule helpers walk function bodies and whole programs.
 */
export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  chargeWalkStep();
  const keys = visitorKeys[node.type] ?? [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as TSESTree.Node).type === 'string'
  );
}

const returnsByBody = new WeakMap<TSESTree.Node, readonly TSESTree.ReturnStatement[]>();

/**
 * The `return` statements of one function body, not those of functions nested inside it. Asked for
 * once per call of a helper, so each body is walked once.
 */
export function returnStatements(body: TSESTree.Node): readonly TSESTree.ReturnStatement[] {
  let found = returnsByBody.get(body);
  if (!found) {
    found = collectReturns(body);
    returnsByBody.set(body, found);
  }
  return found;
}

function collectReturns(body: TSESTree.Node): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node);
    if (isFunctionNode(node)) return;
    forEachChild(node, visit);
  };
  forEachChild(body, visit);
  return found;
}
