import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from './ast.js';
import { makeCondition, isEnvironmental, mentionsTlsSwitch } from './conditions.js';
import { type Condition } from '../../../core/condition.js';
import type { FileAnalysis } from './file-analysis.js';

/**
 * The innermost condition around `node` that names a TLS switch or depends on the environment:
 * `if (t) node`, `t ? node : …`, `t && node`, `t || node`, or `if (t) return;` earlier in an
 * enclosing block. Other conditions (`if (url.protocol === 'https:')`) do not make code conditional
 * in the sense of design §4 and are passed over, and so are conditions that hold in production
 * (`if (process.env.NODE_ENV === 'production')`, `if (!isDev)`).
 */
export function guardOf(analysis: FileAnalysis, node: TSESTree.Node): Condition | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    for (const [test, truthy] of guardsAt(parent, child)) {
      // A condition that holds in production does not keep the code out of production.
      const condition = testCondition(analysis, test, truthy);
      if (condition && !condition.inProduction) return condition;
    }
  }
  return undefined;
}

/** Some condition around `node` holds only in production (`if (app.isPackaged)`): it runs there. */
export function guardedForProduction(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    for (const [test, truthy] of guardsAt(parent, child)) {
      if (testCondition(analysis, test, truthy)?.inProduction) return true;
    }
  }
  return false;
}

/** The tests that decide whether `child` runs, with the truthiness that lets it run. */
function guardsAt(parent: TSESTree.Node, child: TSESTree.Node): [TSESTree.Node, boolean][] {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (parent.test === child) return [];
      return [[parent.test, parent.consequent === child]];
    case AST_NODE_TYPES.LogicalExpression:
      if (parent.right !== child || parent.operator === '??') return [];
      return [[parent.left, parent.operator === '&&']];
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.SwitchCase:
      return earlyExits(parent, child);
    default:
      return [];
  }
}

/** `if (!options.insecure) return;` before `child` in the same block: `child` runs when the test is falsy. */
function earlyExits(
  block: TSESTree.BlockStatement | TSESTree.Program | TSESTree.SwitchCase,
  child: TSESTree.Node,
): [TSESTree.Node, boolean][] {
  const statements = block.type === AST_NODE_TYPES.SwitchCase ? block.consequent : block.body;
  const index = statements.indexOf(child as TSESTree.Statement);
  const guards: [TSESTree.Node, boolean][] = [];
  for (const statement of statements.slice(0, Math.max(index, 0)).reverse()) {
    if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate) {
      if (leaves(statement.consequent)) guards.push([statement.test, false]);
    }
  }
  return guards;
}

/** The statement always leaves the block: `return`, `throw`, `continue`, `break` (last in a block). */
function leaves(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && leaves(last);
  }
  return (
    statement.type === AST_NODE_TYPES.ReturnStatement ||
    statement.type === AST_NODE_TYPES.ThrowStatement ||
    statement.type === AST_NODE_TYPES.ContinueStatement ||
    statement.type === AST_NODE_TYPES.BreakStatement
  );
}

/** A guard test, if it is an environment condition or names a TLS switch. */
function testCondition(
  analysis: FileAnalysis,
  test: TSESTree.Node,
  truthy: boolean,
): Condition | undefined {
  let node = unwrap(test);
  let when = truthy;
  while (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    node = unwrap(node.argument);
    when = !when;
  }
  const environment = isEnvironmental(analysis, node);
  const tlsSwitch = mentionsTlsSwitch(node);
  if (!environment && !tlsSwitch) return undefined;
  return makeCondition(analysis, node, when ? 'set' : 'unset', environment, tlsSwitch);
}
