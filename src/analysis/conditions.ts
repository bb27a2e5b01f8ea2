import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from './ast.js';
import { isEffectivelyConst } from './bindings.js';
import type { FileAnalysis } from './file-analysis.js';
import { isDevelopmentName, isProductionName, isTlsSwitchName } from './switch-names.js';
import { isEnvDependent, known, truthiness, type Value } from './value.js';
import { forEachChild } from './walk.js';

/**
 * A run-time condition that decides whether TLS is weakened (design §4: such findings are warnings
 * that name it). `text` is the switch or the whole condition as written; `when` says which way:
 * - `set`: weakened when it is truthy (`if (monitor.ignoreTls)`, `rejectUnauthorized: !insecure`);
 * - `unset`: weakened unless it is set — insecure by default (`rejectUnauthorized: opts.strict || false`).
 * `environment`: it comes from the process environment or a development-mode flag (`NODE_ENV`,
 * `isDev`), rather than a setting a user chooses.
 */
export interface Condition {
  readonly text: string;
  readonly when: 'set' | 'unset';
  /** The switch is a value (`monitor.ignoreTls`), a call (`this.getIgnoreTls()`) or a test (`a === b`). */
  readonly shape: 'value' | 'call' | 'test';
  readonly environment: boolean;
  /** The condition's name says it is a TLS switch (`ignoreTls`), so it is one a user turns on. */
  readonly tlsSwitch: boolean;
  /**
   * It holds in production (`NODE_ENV === 'production'`, `NODE_ENV !== 'test'`, `!isDev`,
   * `app.isPackaged`): code that runs under it is insecure in production after all — no warning.
   */
  readonly inProduction: boolean;
}

const MAX_TEXT = 60;
const MAX_INLINE_DEPTH = 4;
const COMPARISONS: Readonly<Record<string, string>> = {
  '===': '!==',
  '!==': '===',
  '==': '!=',
  '!=': '==',
};

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
  return describe(analysis, node, when ? 'set' : 'unset', environment, tlsSwitch);
}

/**
 * The condition under which the value of `node` weakens TLS, when it is computed from one switch with
 * `!`, `? :`, `||`, `&&`, `??` or a comparison with `true`/`false`/`null`: `!monitor.ignoreTls`,
 * `x ? false : true`, `!x || false`, `opts.verify ?? false`, or a parameter whose default is weak.
 * `weakens` says which values are weak (`false` for `rejectUnauthorized`, a function that accepts
 * every host for `checkServerIdentity`). A plain pass-through
 * (`tlsAllowInvalidCertificates: options.allowInvalid`) forwards the caller's choice: it is a
 * condition of this code only when its default is weak (`function connect(verify = false)`).
 */
export function valueCondition(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  weakens: (value: Value) => boolean,
): Condition | undefined {
  const atoms = new Map<string, TSESTree.Node>();
  collectAtoms(analysis, node, atoms, 0);
  const [only, ...others] = atoms.values();
  if (!only || others.length > 0) return undefined;
  const key = atomKey(analysis, only);
  const whenSet = resultUnder(analysis, node, key, known(true), 0);
  const whenUnset = resultUnder(analysis, node, key, unsetValue(analysis, only), 0);
  const weakSet = whenSet.known && weakens(whenSet.value);
  const weakUnset = whenUnset.known && weakens(whenUnset.value);
  if (weakSet === weakUnset || (weakSet && passesThrough(analysis, node, only))) return undefined;
  const environment = isEnvironmental(analysis, only);
  return describe(analysis, only, weakSet ? 'set' : 'unset', environment, mentionsTlsSwitch(only));
}

/** `node` is the switch itself, perhaps through local constants (`const v = opts.v; … v`). */
function passesThrough(analysis: FileAnalysis, node: TSESTree.Node, atom: TSESTree.Node): boolean {
  let current = unwrap(node);
  for (let depth = 0; current !== atom && current.type === AST_NODE_TYPES.Identifier; depth++) {
    const init = inlinable(analysis, current, depth);
    if (!init) return false;
    current = unwrap(init);
  }
  return current === atom;
}

/**
 * What a switch holds when nobody sets it: its default (`verify = false`), `false` for a test
 * (`mode === 'strict'`), `undefined` for a value.
 */
function unsetValue(analysis: FileAnalysis, atom: TSESTree.Node): Value {
  const value = analysis.value(atom);
  if (value.kind === 'oneOf' && value.options.length === 2) {
    const defaults = value.options.filter((option) => option.kind === 'known');
    if (defaults.length === 1 && defaults[0]) return defaults[0];
  }
  return known(isTest(atom) ? false : undefined);
}

function isTest(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.BinaryExpression || node.type === AST_NODE_TYPES.LogicalExpression
  );
}

/** A value decided for one setting of the switch: a primitive, an object or a function. */
type Result = { readonly known: true; readonly value: Value } | { readonly known: false };
const OPAQUE: Result = { known: false };

function decided(value: Value): Result {
  return { known: true, value };
}

/** The value of `node` when the switch `key` holds `atom`. */
function resultUnder(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  key: string,
  atom: Value,
  depth: number,
): Result {
  const target = unwrap(node);
  if (atomKey(analysis, target) === key) return decided(atom);
  const recurse = (next: TSESTree.Node): Result => resultUnder(analysis, next, key, atom, depth);
  switch (target.type) {
    case AST_NODE_TYPES.UnaryExpression: {
      if (target.operator !== '!') return constant(analysis, target);
      const inner = truthOf(recurse(target.argument));
      return inner === undefined ? OPAQUE : decided(known(!inner));
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const test = truthOf(recurse(target.test));
      if (test === undefined) return OPAQUE;
      return recurse(test ? target.consequent : target.alternate);
    }
    case AST_NODE_TYPES.LogicalExpression: {
      const left = recurse(target.left);
      const decisive = target.operator === '??' ? presenceOf(left) : truthOf(left);
      if (decisive === undefined) return OPAQUE;
      const takeLeft = target.operator === '&&' ? !decisive : decisive;
      return takeLeft ? left : recurse(target.right);
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const parts = flagComparison(analysis, target);
      if (!parts) return constant(analysis, target);
      const inner = recurse(parts.operand);
      return inner.known && inner.value.kind === 'known'
        ? decided(known(compare(target.operator, inner.value.value, parts.literal)))
        : OPAQUE;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = inlinable(analysis, target, depth);
      return init ? resultUnder(analysis, init, key, atom, depth + 1) : constant(analysis, target);
    }
    default:
      return constant(analysis, target);
  }
}

/** `x !== false`, `x === true`, `x != null`: a switch compared with a flag value, not a test of its own. */
function flagComparison(
  analysis: FileAnalysis,
  node: TSESTree.BinaryExpression,
): { operand: TSESTree.Node; literal: unknown } | undefined {
  if (!(node.operator in COMPARISONS) || node.left.type === AST_NODE_TYPES.PrivateIdentifier)
    return undefined;
  for (const [operand, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const value = analysis.value(other);
    if (
      value.kind === 'known' &&
      (typeof value.value === 'boolean' || value.value === null || value.value === undefined) &&
      analysis.value(operand).kind !== 'known'
    ) {
      return { operand, literal: value.value };
    }
  }
  return undefined;
}

function compare(operator: string, left: unknown, right: unknown): boolean {
  switch (operator) {
    case '===':
      return left === right;
    case '!==':
      return left !== right;
    case '==':
      return left == right;
    default:
      return left != right;
  }
}

function constant(analysis: FileAnalysis, node: TSESTree.Node): Result {
  const value = analysis.value(node);
  return value.kind === 'known' || value.kind === 'function' || value.kind === 'object'
    ? decided(value)
    : OPAQUE;
}

function truthOf(result: Result): boolean | undefined {
  return result.known ? truthiness(result.value) : undefined;
}

/** For `??`: true when the value is there (not null or undefined). */
function presenceOf(result: Result): boolean | undefined {
  if (!result.known) return undefined;
  const { value } = result;
  return value.kind === 'known' ? value.value !== null && value.value !== undefined : true;
}

/**
 * Leaves of the `!`/`?:`/`||`/`&&`/`??` tree that decide something and are not constants: the
 * candidate switches. A leaf in a result position (`cond ? tls.checkServerIdentity : noop`) is a
 * value chosen, not a switch; `decides` is false there.
 */
function collectAtoms(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  atoms: Map<string, TSESTree.Node>,
  depth: number,
  decides = true,
): void {
  const target = unwrap(node);
  const into = (next: TSESTree.Node, decision: boolean): void => {
    collectAtoms(analysis, next, atoms, depth, decision);
  };
  switch (target.type) {
    case AST_NODE_TYPES.UnaryExpression:
      if (target.operator === '!') return into(target.argument, true);
      break;
    case AST_NODE_TYPES.ConditionalExpression:
      into(target.test, true);
      into(target.consequent, false);
      return into(target.alternate, false);
    case AST_NODE_TYPES.LogicalExpression:
      into(target.left, true);
      return into(target.right, false);
    case AST_NODE_TYPES.BinaryExpression: {
      const parts = flagComparison(analysis, target);
      if (parts) return into(parts.operand, true);
      break;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = inlinable(analysis, target, depth);
      if (init) return collectAtoms(analysis, init, atoms, depth + 1, decides);
      break;
    }
    default:
      break;
  }
  const value = analysis.value(target);
  if (!decides || value.kind === 'known' || value.kind === 'function' || value.kind === 'object')
    return;
  atoms.set(atomKey(analysis, target), target);
}

/** A local constant computed from a switch (`const verify = !opts.insecure`) is read through. */
function inlinable(
  analysis: FileAnalysis,
  identifier: TSESTree.Identifier,
  depth: number,
): TSESTree.Node | undefined {
  if (depth >= MAX_INLINE_DEPTH) return undefined;
  const variable = analysis.bindings.variableOf(identifier);
  const def = variable?.defs[0];
  if (
    !variable ||
    !isEffectivelyConst(variable) ||
    def?.node.type !== AST_NODE_TYPES.VariableDeclarator
  )
    return undefined;
  return def.node.id === def.name && def.node.init ? def.node.init : undefined;
}

function atomKey(analysis: FileAnalysis, node: TSESTree.Node): string {
  return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, '');
}

function isEnvironmental(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  if (isEnvDependent(analysis.value(node))) return true;
  const modeName = (name: string): boolean => isDevelopmentName(name) || isProductionName(name);
  return namesIn(node).some(modeName) || readsEnv(analysis, node);
}

function readsEnv(analysis: FileAnalysis, root: TSESTree.Node): boolean {
  let found = false;
  visit(root, (node) => {
    if (node.type === AST_NODE_TYPES.MemberExpression && analysis.isEnvObject(node.object))
      found = true;
  });
  return found;
}

function mentionsTlsSwitch(root: TSESTree.Node): boolean {
  return namesIn(root, true).some((name) => isTlsSwitchName(name));
}

/**
 * Identifiers and property names in a condition, and with `strings` its string literals too
 * (`argv.includes('--insecure')` names a switch; `NODE_ENV === 'production'` names no flag).
 */
function namesIn(root: TSESTree.Node, strings = false): string[] {
  const names: string[] = [];
  visit(root, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier) names.push(node.name);
    else if (strings && node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string')
      names.push(node.value);
  });
  return names;
}

function visit(root: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    callback(node);
    // A function inside a condition is not part of what it tests.
    if (
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.FunctionExpression
    )
      continue;
    forEachChild(node, (child) => stack.push(child));
  }
}

function describe(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
  environment: boolean,
  tlsSwitch: boolean,
): Condition {
  const inProduction = environment && holdsInProduction(analysis, node, when);
  return { ...phrase(analysis, node, when), environment, tlsSwitch, inProduction };
}

/** Whether the condition (`node` truthy for `set`, falsy for `unset`) holds in a production run. */
function holdsInProduction(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
): boolean {
  const names = namesIn(node);
  if (names.some((name) => isProductionName(name))) return when === 'set';
  if (names.some((name) => isDevelopmentName(name))) return when === 'unset';
  const holds = modeComparison(analysis, node);
  return holds !== undefined && holds === (when === 'set');
}

const MODE_VARIABLES = new Set(['NODE_ENV', 'APP_ENV', 'ENVIRONMENT', 'ENV', 'MODE']);

/** `process.env.NODE_ENV === 'production'` and the like: its value when the mode is `production`. */
function modeComparison(analysis: FileAnalysis, node: TSESTree.Node): boolean | undefined {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !(node.operator in COMPARISONS))
    return undefined;
  for (const [read, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const target = unwrap(read);
    const literal = analysis.value(other);
    if (
      target.type === AST_NODE_TYPES.MemberExpression &&
      MODE_VARIABLES.has(lastName(target) ?? '') &&
      isEnvDependent(analysis.value(target)) &&
      literal.kind === 'known' &&
      typeof literal.value === 'string'
    ) {
      return compare(node.operator, 'production', literal.value.toLowerCase());
    }
  }
  return undefined;
}

function lastName(node: TSESTree.MemberExpression): string | undefined {
  return node.computed
    ? node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
      ? node.property.value
      : undefined
    : node.property.type === AST_NODE_TYPES.Identifier
      ? node.property.name
      : undefined;
}

function phrase(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
): Pick<Condition, 'text' | 'when' | 'shape'> {
  // A call with arguments is a predicate (`argv.includes('--insecure')`); without, a getter.
  const shape =
    node.type === AST_NODE_TYPES.CallExpression
      ? node.arguments.length === 0
        ? 'call'
        : 'test'
      : node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression
        ? 'value'
        : 'test';
  // `a !== b` that must not hold reads better as `a === b` that holds.
  if (shape === 'test' && when === 'unset' && node.type === AST_NODE_TYPES.BinaryExpression) {
    const negated = COMPARISONS[node.operator];
    if (negated) {
      const text = `${excerpt(analysis, node.left)} ${negated} ${excerpt(analysis, node.right)}`;
      return { text: shorten(text), when: 'set', shape };
    }
  }
  return { text: shorten(excerpt(analysis, node)), when, shape };
}

function excerpt(analysis: FileAnalysis, node: TSESTree.Node): string {
  return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** "when `monitor.ignoreTls` is set", "unless `opts.strict` is set", "when `a === b`". */
export function describeCondition(condition: Condition): string {
  const text = `\`${condition.text}\``;
  if (condition.shape === 'test')
    return condition.when === 'set' ? `when ${text}` : `unless ${text}`;
  const verb = condition.shape === 'call' ? 'returns true' : 'is set';
  return condition.when === 'set' ? `when ${text} ${verb}` : `unless ${text} ${verb}`;
}
