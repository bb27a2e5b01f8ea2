import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { isFunctionNode, type FunctionNode } from './ast.js';
import type { FileAnalysis } from './file-analysis.js';
import { applyBinary, applyUnary } from './operators.js';
import { memberValue, objectShapeOf } from './object-shapes.js';
import { callReturnValue } from './calls.js';
import { variableValue } from './variable-values.js';
import {
  alternatives,
  isEnvDependent,
  known,
  oneOf,
  truthiness,
  unknown,
  UNKNOWN,
  type Value,
} from './value.js';

/**
 * What `node` evaluates to, as far as one file tells: literals, constants, shorthand, spread,
 * `Object.assign`, helpers returning values, env reads. Never throws for the code's sake; gives up with
 * `unknown` (see `ValueMemo` for cycles and the work each question may take).
 */
export function evaluate(analysis: FileAnalysis, node: TSESTree.Node): Value {
  return analysis.memo.value(node, () => compute(analysis, node));
}

function compute(analysis: FileAnalysis, node: TSESTree.Node): Value {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return literalValue(node);
    case AST_NODE_TYPES.TemplateLiteral:
      return templateValue(analysis, node);
    case AST_NODE_TYPES.Identifier:
      return identifierValue(analysis, node);
    case AST_NODE_TYPES.UnaryExpression:
      return applyUnary(node.operator, evaluate(analysis, node.argument));
    case AST_NODE_TYPES.BinaryExpression:
      return node.left.type === AST_NODE_TYPES.PrivateIdentifier
        ? unknown('boolean')
        : applyBinary(node.operator, evaluate(analysis, node.left), evaluate(analysis, node.right));
    case AST_NODE_TYPES.LogicalExpression:
      return logicalValue(analysis, node);
    case AST_NODE_TYPES.ConditionalExpression:
      return choose(analysis, node.test, node.consequent, node.alternate);
    case AST_NODE_TYPES.MemberExpression:
      return memberValue(analysis, node);
    case AST_NODE_TYPES.CallExpression:
      return callReturnValue(analysis, node);
    case AST_NODE_TYPES.ObjectExpression:
      return { kind: 'object', shape: objectShapeOf(analysis, node) };
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return { kind: 'function', node };
    case AST_NODE_TYPES.SequenceExpression:
      return evaluateLast(analysis, node.expressions);
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' ? evaluate(analysis, node.right) : UNKNOWN;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSInstantiationExpression:
    case AST_NODE_TYPES.ChainExpression:
      return evaluate(analysis, node.expression);
    default:
      return UNKNOWN;
  }
}

function literalValue(node: TSESTree.Literal): Value {
  if ('regex' in node) return UNKNOWN;
  if ('bigint' in node) return known(BigInt(node.bigint));
  return known(node.value);
}

function templateValue(analysis: FileAnalysis, node: TSESTree.TemplateLiteral): Value {
  let text: string = node.quasis[0]?.value.cooked ?? '';
  let env = false;
  for (const [index, expression] of node.expressions.entries()) {
    const part = evaluate(analysis, expression);
    env ||= isEnvDependent(part);
    if (part.kind !== 'known') return unknown('string', env);
    text += String(part.value) + (node.quasis[index + 1]?.value.cooked ?? '');
  }
  return known(text);
}

function identifierValue(analysis: FileAnalysis, node: TSESTree.Identifier): Value {
  const variable = analysis.bindings.variableOf(node);
  if (variable === null) return globalValue(node.name);
  if (variable === undefined) return UNKNOWN;
  return variableValue(analysis, variable);
}

function globalValue(name: string): Value {
  if (name === 'undefined') return known(undefined);
  if (name === 'NaN') return known(NaN);
  if (name === 'Infinity') return known(Infinity);
  return UNKNOWN;
}

function logicalValue(analysis: FileAnalysis, node: TSESTree.LogicalExpression): Value {
  const left = evaluate(analysis, node.left);
  const decided = node.operator === '??' ? nullishness(left) : truthiness(left);
  if (decided === undefined) return oneOf([left, evaluate(analysis, node.right)]);
  const takeLeft = node.operator === '&&' ? !decided : node.operator === '||' ? decided : !decided;
  return takeLeft ? left : evaluate(analysis, node.right);
}

/** For `??`: true when the value is known to be null/undefined, false when known not to be. */
function nullishness(value: Value): boolean | undefined {
  const results = new Set(
    alternatives(value).map((option) =>
      option.kind === 'known'
        ? option.value === null || option.value === undefined
        : option.kind === 'unknown'
          ? undefined
          : false,
    ),
  );
  return results.size === 1 ? [...results][0] : undefined;
}

function choose(
  analysis: FileAnalysis,
  test: TSESTree.Node,
  consequent: TSESTree.Node,
  alternate: TSESTree.Node,
): Value {
  const decided = truthiness(evaluate(analysis, test));
  if (decided === true) return evaluate(analysis, consequent);
  if (decided === false) return evaluate(analysis, alternate);
  return oneOf([evaluate(analysis, consequent), evaluate(analysis, alternate)]);
}

function evaluateLast(analysis: FileAnalysis, nodes: readonly TSESTree.Node[]): Value {
  const last = nodes.at(-1);
  return last ? evaluate(analysis, last) : UNKNOWN;
}

/** The function a value or callee denotes, when it is one declared in this file. */
export function functionOf(analysis: FileAnalysis, node: TSESTree.Node): FunctionNode | undefined {
  if (isFunctionNode(node)) return node;
  const value = evaluate(analysis, node);
  return value.kind === 'function' ? value.node : undefined;
}
