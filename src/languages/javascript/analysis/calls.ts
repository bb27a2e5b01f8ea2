import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FunctionNode } from './ast.js';
import { evaluate, functionOf } from './evaluate.js';
import type { FileAnalysis } from './file-analysis.js';
import { mergeShapes } from './object-shapes.js';
import { returnStatements } from './walk.js';
import {
  alternatives,
  isEnvDependent,
  known,
  oneOf,
  truthiness,
  unknown,
  UNKNOWN,
  type ObjectShape,
  type Value,
} from './value.js';

/** The value a call produces: coercions, `Object.assign`, and helpers declared in the same file. */
export function callReturnValue(analysis: FileAnalysis, call: TSESTree.CallExpression): Value {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier && analysis.bindings.isGlobal(callee)) {
    const coerced = coercion(analysis, callee.name, call.arguments[0]);
    if (coerced) return coerced;
  }
  if (analysis.isObjectAssign(call)) return objectAssignValue(analysis, call);
  const fn = functionOf(analysis, callee);
  if (fn) return functionReturnValue(analysis, fn);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    // `process.env.X.toLowerCase()` and friends stay environment-dependent.
    return unknown('any', isEnvDependent(evaluate(analysis, callee.object)));
  }
  return UNKNOWN;
}

function coercion(
  analysis: FileAnalysis,
  name: string,
  argument: TSESTree.CallExpressionArgument | undefined,
): Value | undefined {
  if (name !== 'Boolean' && name !== 'String' && name !== 'Number') return undefined;
  const value = argument ? evaluate(analysis, argument) : known(undefined);
  if (name === 'Boolean') {
    const decided = truthiness(value);
    return decided === undefined ? unknown('boolean', isEnvDependent(value)) : known(decided);
  }
  if (value.kind === 'known') {
    return known(name === 'String' ? String(value.value) : Number(value.value));
  }
  return unknown(name === 'String' ? 'string' : 'number', isEnvDependent(value));
}

function objectAssignValue(analysis: FileAnalysis, call: TSESTree.CallExpression): Value {
  const shapes: ObjectShape[] = [];
  let open = false;
  for (const argument of call.arguments) {
    for (const option of alternatives(evaluate(analysis, argument))) {
      if (option.kind === 'object') shapes.push(option.shape);
      else open = true;
    }
  }
  const merged = mergeShapes(analysis.meter, shapes);
  return { kind: 'object', shape: { entries: merged.entries, open: merged.open || open } };
}

/** One of the values the function's `return` statements produce (`undefined` when it has none). */
export function functionReturnValue(analysis: FileAnalysis, fn: FunctionNode): Value {
  if (fn.async || fn.generator) return UNKNOWN;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return evaluate(analysis, fn.body);
  const returns = returnStatements(fn.body);
  if (returns.length === 0) return known(undefined);
  return oneOf(
    returns.map((statement) =>
      statement.argument ? evaluate(analysis, statement.argument) : known(undefined),
    ),
  );
}
