import { DefinitionType, type Reference, type Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { isFunctionNode, unwrap } from './ast.js';
import { writesOf } from './bindings.js';
import { evaluate } from './evaluate.js';
import type { FileAnalysis } from './file-analysis.js';
import { lookup, mergeShapes, propertyName } from './object-shapes.js';
import { placeInPattern } from './patterns.js';
import {
  alternatives,
  known,
  oneOf,
  unknown,
  UNKNOWN,
  type ObjectShape,
  type PropertyEntry,
  type Value,
} from './value.js';

/**
 * Everything a variable can hold: its initializer, later assignments, defaults of destructuring. Asked
 * for once per variable, however many references read it.
 */
export function variableValue(analysis: FileAnalysis, variable: Variable): Value {
  return analysis.memo.value(variable, () => computeVariableValue(analysis, variable));
}

function computeVariableValue(analysis: FileAnalysis, variable: Variable): Value {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return UNKNOWN;
  switch (def.type) {
    case DefinitionType.Variable:
      return declaredValue(analysis, variable, def.node, def.name);
    case DefinitionType.Parameter:
      return parameterValue(analysis, def.name);
    case DefinitionType.FunctionName:
      return def.node.type === AST_NODE_TYPES.FunctionDeclaration
        ? { kind: 'function', node: def.node }
        : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function declaredValue(
  analysis: FileAnalysis,
  variable: Variable,
  declarator: TSESTree.VariableDeclarator,
  name: TSESTree.Identifier,
): Value {
  const loop = declarator.parent.parent.type;
  if (loop === AST_NODE_TYPES.ForOfStatement || loop === AST_NODE_TYPES.ForInStatement)
    return UNKNOWN;
  if (declarator.id !== name) return destructuredValue(analysis, declarator, name);
  const writes = writesOf(variable);
  analysis.meter.spend(writes.length);
  const values = writes.map((write) => writtenValue(analysis, write));
  if (!declarator.init) values.push(known(undefined));
  return withMemberWrites(analysis, variable, oneOf(values));
}

function writtenValue(analysis: FileAnalysis, write: Reference): Value {
  const parent = write.identifier.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator !== '=') {
    return UNKNOWN;
  }
  return write.writeExpr ? evaluate(analysis, write.writeExpr) : UNKNOWN;
}

/** `const { a: { b = 1 } } = init` — walks the initializer's shape along the pattern path. */
function destructuredValue(
  analysis: FileAnalysis,
  declarator: TSESTree.VariableDeclarator,
  name: TSESTree.Identifier,
): Value {
  const place = placeInPattern(name, declarator.id);
  if (!place || !declarator.init) return UNKNOWN;
  // `const { DEBUG_TLS } = process.env`: every variable of the environment is a string (or undefined).
  const fromEnv = place.path.length === 1 && analysis.isEnvObject(declarator.init);
  const found = fromEnv
    ? unknown('string', true)
    : followPath(analysis, evaluate(analysis, declarator.init), place.path);
  return applyDefault(analysis, found, place.defaultValue);
}

/** A parameter's value is unknown, but its default (`verify = false`) is one of the options. */
function parameterValue(analysis: FileAnalysis, name: TSESTree.BindingName): Value {
  let root: TSESTree.Node = name;
  while (root.parent && !isFunctionNode(root.parent)) root = root.parent;
  const place = placeInPattern(name, root);
  return place ? applyDefault(analysis, UNKNOWN, place.defaultValue) : UNKNOWN;
}

function followPath(analysis: FileAnalysis, start: Value, path: readonly string[]): Value {
  let current = start;
  for (const key of path) {
    current = oneOf(
      alternatives(current).map((option) =>
        option.kind === 'object' ? lookup(analysis, option.shape, key) : UNKNOWN,
      ),
    );
  }
  return current;
}

function applyDefault(
  analysis: FileAnalysis,
  value: Value,
  defaultValue: TSESTree.Expression | undefined,
): Value {
  if (!defaultValue) return value;
  const fallback = evaluate(analysis, defaultValue);
  const options = alternatives(value).flatMap((option) => {
    if (option.kind === 'known' && option.value === undefined) return [fallback];
    if (option.kind === 'unknown') return [option, fallback];
    return [option];
  });
  return oneOf(options);
}

/**
 * An object held in a variable also gets the properties written to it later:
 * `opts.rejectUnauthorized = false` and `Object.assign(opts, {...})`.
 */
function withMemberWrites(analysis: FileAnalysis, variable: Variable, value: Value): Value {
  if (!alternatives(value).some((option) => option.kind === 'object')) return value;
  const extra = laterWrites(analysis, variable);
  if (extra.length === 0) return value;
  return oneOf(
    alternatives(value).map((option) =>
      option.kind === 'object'
        ? { kind: 'object', shape: appendEntries(analysis, option.shape, extra) }
        : option,
    ),
  );
}

function laterWrites(analysis: FileAnalysis, variable: Variable): PropertyEntry[] {
  const entries: PropertyEntry[] = [];
  for (const reference of variable.references) {
    analysis.meter.spend();
    if (analysis.meter.questionSpent) break;
    const node = reference.identifier;
    const member = node.parent;
    if (member.type === AST_NODE_TYPES.MemberExpression && member.object === node) {
      const assignment = member.parent;
      const key = propertyName(analysis, member);
      if (
        assignment.type === AST_NODE_TYPES.AssignmentExpression &&
        assignment.left === member &&
        key
      ) {
        entries.push({ key, valueNode: assignment.right, site: assignment });
      }
    } else if (
      member.type === AST_NODE_TYPES.CallExpression &&
      isObjectAssignTarget(analysis, member, node)
    ) {
      entries.push(...assignedEntries(analysis, member));
    }
  }
  return entries;
}

function assignedEntries(analysis: FileAnalysis, call: TSESTree.CallExpression): PropertyEntry[] {
  const shapes: ObjectShape[] = [];
  for (const source of call.arguments.slice(1)) {
    for (const option of alternatives(evaluate(analysis, source))) {
      if (option.kind === 'object') shapes.push(option.shape);
    }
  }
  return [...mergeShapes(analysis.meter, shapes).entries.values()].flat();
}

/** True when `node` is the first argument of `Object.assign(node, ...)`. */
export function isObjectAssignTarget(
  analysis: FileAnalysis,
  call: TSESTree.Node,
  node: TSESTree.Node,
): boolean {
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.arguments[0] !== undefined &&
    unwrap(call.arguments[0]) === node &&
    analysis.isObjectAssign(call)
  );
}

function appendEntries(
  analysis: FileAnalysis,
  shape: ObjectShape,
  extra: readonly PropertyEntry[],
): ObjectShape {
  analysis.meter.spend(shape.entries.size + extra.length);
  const entries = new Map(shape.entries);
  for (const entry of extra) entries.set(entry.key, [...(entries.get(entry.key) ?? []), entry]);
  return { entries, open: shape.open };
}
