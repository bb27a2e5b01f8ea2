import type { Condition } from '../../../core/condition.js';
import { isDevelopmentName, isProductionName, isTlsSwitchName } from '../../shared/switch-names.js';
import { child, textOf, unparenthesized, type PyNode } from '../syntax.js';
import { stringValue } from './strings.js';
import type { PyValue } from './values.js';

/** What the conditions need of the file's analysis. */
export interface ConditionContext {
  readonly text: string;
  value(node: PyNode): PyValue;
}

const MAX_TEXT = 60;

/**
 * The innermost test around `node` that names a TLS switch or depends on the environment (design
 * §4), with the truth value that lets `node` run: `if t:` (and `elif`/`else`), `x if t else y`,
 * `t and x`, `t or x`, or an earlier `if t: return` (`raise`, `continue`, `break`, `sys.exit()`) in an
 * enclosing block. Other tests do not make code conditional, and neither do tests that hold in
 * production (`if not DEBUG:`).
 */
export function guardTest(context: ConditionContext, node: PyNode): GuardTest | undefined {
  for (let current = node, parent = node.parent; parent; current = parent, parent = parent.parent) {
    // An early `return` tests anything (`if not data: return`); only an `if`/`else` around the
    // code chooses it, so only there does a parameter count as the caller's switch.
    const early = parent.type === 'block' || parent.type === 'module';
    for (const [test, truthy] of guardsAt(context, parent, current)) {
      const condition = testCondition(context, test, truthy, !early);
      if (condition && !condition.inProduction) return { test, truthy, parameters: !early };
    }
  }
  return undefined;
}

export interface GuardTest {
  readonly test: PyNode;
  readonly truthy: boolean;
  /** Whether a parameter in the test counts as a switch (see `testCondition`). */
  readonly parameters: boolean;
}

/** The tests that decide whether `child` runs, each with the truth value that lets it run. */
function guardsAt(context: ConditionContext, parent: PyNode, node: PyNode): [PyNode, boolean][] {
  switch (parent.type) {
    case 'if_statement': {
      const condition = child(parent, 'condition');
      if (!condition || node === condition) return [];
      return [[condition, node.field === 'consequence']];
    }
    case 'elif_clause': {
      const condition = child(parent, 'condition');
      const owner = parent.parent;
      const first = owner && child(owner, 'condition');
      const own: [PyNode, boolean][] = condition && node !== condition ? [[condition, true]] : [];
      return first ? [...own, [first, false]] : own;
    }
    case 'else_clause': {
      const owner = parent.parent;
      const condition = owner?.type === 'if_statement' ? child(owner, 'condition') : undefined;
      return condition ? [[condition, false]] : [];
    }
    case 'conditional_expression': {
      const [consequence, test, alternative] = parent.children;
      if (!test || node === test) return [];
      if (node === consequence) return [[test, true]];
      return node === alternative ? [[test, false]] : [];
    }
    case 'boolean_operator': {
      const left = child(parent, 'left');
      if (!left || child(parent, 'right') !== node) return [];
      return [[left, parent.operators?.[0] === 'and']];
    }
    case 'block':
    case 'module':
      return earlyExits(parent, node, context.text);
    default:
      return [];
  }
}

/** `if not args.insecure: return` before `node` in the same block: `node` runs when the test is false. */
function earlyExits(block: PyNode, node: PyNode, text: string): [PyNode, boolean][] {
  const guards: [PyNode, boolean][] = [];
  for (const statement of block.children) {
    if (statement.start >= node.start) break;
    if (statement.type !== 'if_statement' || child(statement, 'alternative')) continue;
    const consequence = child(statement, 'consequence');
    const condition = child(statement, 'condition');
    if (condition && consequence && leaves(consequence, text)) guards.unshift([condition, false]);
  }
  return guards;
}

const EXITS: ReadonlySet<string> = new Set([
  'return_statement',
  'raise_statement',
  'continue_statement',
  'break_statement',
]);

function leaves(block: PyNode, text: string): boolean {
  const last = block.children.at(-1);
  if (!last) return false;
  if (EXITS.has(last.type)) return true;
  // `sys.exit(...)`, `exit()`, `os._exit(1)`
  const call = last.type === 'expression_statement' ? last.children[0] : undefined;
  const callee = call?.type === 'call' ? child(call, 'function') : undefined;
  return callee !== undefined && /^(?:sys\.exit|exit|quit|os\._exit)$/.test(textOf(text, callee));
}

/**
 * A guard's test as a condition, when it reads the environment, names a TLS switch, or — with
 * `parameters` — reads a parameter of the function (design §4: the caller's switch).
 */
export function testCondition(
  context: ConditionContext,
  test: PyNode,
  truthy: boolean,
  parameters = true,
): Condition | undefined {
  let node = unparenthesized(test);
  let when = truthy;
  while (node.type === 'not_operator') {
    const argument = child(node, 'argument');
    if (!argument) break;
    node = unparenthesized(argument);
    when = !when;
  }
  if (isDefaultBranch(context, node, when)) return undefined;
  const environment = isEnvironmental(context, node);
  const tlsSwitch = mentionsTlsSwitch(context, node);
  // `def make_context(verified): if not verified: …`: the caller decides.
  const parameter = parameters && readsParameter(context, node);
  if (!environment && !tlsSwitch && !parameter) return undefined;
  return makeCondition(context, node, when ? 'set' : 'unset', environment, tlsSwitch);
}

/**
 * `if context is None:` or `if not context:` on a parameter that defaults to `None`: the branch a
 * caller gets by passing nothing, so what it does is the default, not the caller's switch
 * (the standard library's `FTP_TLS` and `SMTP.starttls` make an unverified context there).
 */
function isDefaultBranch(context: ConditionContext, node: PyNode, when: boolean): boolean {
  let operand = node;
  let holds = !when;
  if (node.type === 'comparison_operator') {
    const operator = comparisonOperator(node);
    const [left, right] = node.children;
    if (!left || right?.type !== 'none' || (operator !== 'is' && operator !== 'is not'))
      return false;
    operand = left;
    holds = operator === 'is' ? when : !when;
  }
  if (!holds || operand.type !== 'identifier') return false;
  const value = context.value(operand);
  return value.kind === 'parameter' && value.default?.type === 'none';
}

/** Functions that read the process environment or settings loaded from it. */
const ENVIRONMENT_READERS = [
  /^os\.(?:environ|getenv|environb)(?:\.|$)/,
  /^environ\.Env/,
  /^decouple\.config$/,
  /^builtins\.(?:getenv)$/,
];

/** The test reads the environment (`os.environ`, `os.getenv`, django-environ, decouple) or a mode flag. */
export function isEnvironmental(context: ConditionContext, root: PyNode): boolean {
  const readsEnvironment = some(root, (node) => {
    if (node.type !== 'identifier' && node.type !== 'attribute') return false;
    const value = context.value(node);
    const name =
      value.kind === 'symbol' ? value.qualified : value.kind === 'instance' ? value.of : '';
    return ENVIRONMENT_READERS.some((reader) => reader.test(name));
  });
  if (readsEnvironment) return true;
  const modeName = (name: string): boolean => isDevelopmentName(name) || isProductionName(name);
  return namesIn(context, root).some(modeName);
}

/** The test reads a parameter of the function it is in: the caller decides. */
function readsParameter(context: ConditionContext, root: PyNode): boolean {
  return some(root, (node) => {
    if (node.type !== 'identifier') return false;
    const value = context.value(node);
    return (
      value.kind === 'parameter' ||
      (value.kind === 'oneOf' && value.options.some((option) => option.value.kind === 'parameter'))
    );
  });
}

/** Some name in the test says it is a TLS switch: `args.insecure`, `VERIFY_SSL`, `'--no-verify' in argv`. */
export function mentionsTlsSwitch(context: ConditionContext, root: PyNode): boolean {
  return namesIn(context, root, true, false).some((name) => isTlsSwitchName(name));
}

/**
 * Identifiers and attribute names in a test, and with `strings` its string literals too. Without
 * `callees`, the name a call is made by is left out: `self.verify(chall, key)` checks something, it
 * is no switch named "verify" (its arguments still count).
 */
function namesIn(
  context: ConditionContext,
  root: PyNode,
  strings = false,
  callees = true,
): string[] {
  const names: string[] = [];
  visit(root, (node) => {
    if (node.type === 'identifier' && (callees || !isCallee(node)))
      names.push(textOf(context.text, node));
    else if (strings && node.type === 'string') {
      const string = stringValue(context.text, node);
      if (string) names.push(string.value);
    }
  });
  return names;
}

/** `verify` in `verify(x)` and in `self.verify(x)`. */
function isCallee(identifier: PyNode): boolean {
  const parent = identifier.parent;
  const name =
    parent?.type === 'attribute' && child(parent, 'attribute') === identifier ? parent : identifier;
  return name.parent?.type === 'call' && child(name.parent, 'function') === name;
}

/** Whether some node of the test (functions inside it left out) satisfies `predicate`. */
function some(root: PyNode, predicate: (node: PyNode) => boolean): boolean {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (predicate(node)) return true;
    if (node.type !== 'lambda') stack.push(...node.children);
  }
  return false;
}

function visit(root: PyNode, callback: (node: PyNode) => void): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    callback(node);
    // A function inside a test is not part of what it tests.
    if (node.type === 'lambda') continue;
    stack.push(...node.children);
  }
}

export function makeCondition(
  context: ConditionContext,
  node: PyNode,
  when: 'set' | 'unset',
  environment: boolean,
  tlsSwitch: boolean,
): Condition {
  const inProduction = environment && holdsInProduction(context, node, when);
  return { ...phrase(context, node, when), environment, tlsSwitch, inProduction };
}

function holdsInProduction(
  context: ConditionContext,
  node: PyNode,
  when: 'set' | 'unset',
): boolean {
  const names = namesIn(context, node);
  if (names.some((name) => isProductionName(name))) return when === 'set';
  if (names.some((name) => isDevelopmentName(name))) return when === 'unset';
  const holds = modeComparison(context, node);
  return holds !== undefined && holds === (when === 'set');
}

const MODE_VARIABLES = new Set([
  'ENV',
  'ENVIRONMENT',
  'APP_ENV',
  'FLASK_ENV',
  'DJANGO_ENV',
  'MODE',
  'STAGE',
]);

/** `os.environ.get('ENV') == 'production'`: the test's value when the mode is `production`. */
function modeComparison(context: ConditionContext, node: PyNode): boolean | undefined {
  if (node.type !== 'comparison_operator' || node.children.length !== 2) return undefined;
  const operator = node.operators?.[0];
  if (operator !== '==' && operator !== '!=') return undefined;
  const [left, right] = node.children;
  if (!left || !right) return undefined;
  for (const [read, other] of [
    [left, right],
    [right, left],
  ] as const) {
    const literal = context.value(other);
    if (literal.kind !== 'constant' || typeof literal.value !== 'string') continue;
    if (!readsModeVariable(context, read)) continue;
    const equal =
      literal.value.toLowerCase() === 'production' || literal.value.toLowerCase() === 'prod';
    return operator === '==' ? equal : !equal;
  }
  return undefined;
}

/** `os.environ['ENV']`, `os.getenv('ENV')`, `os.environ.get('ENV', 'dev')`. */
function readsModeVariable(context: ConditionContext, node: PyNode): boolean {
  return (
    isEnvironmental(context, node) &&
    some(node, (part) => {
      if (part.type !== 'string') return false;
      const string = stringValue(context.text, part);
      return string !== undefined && MODE_VARIABLES.has(string.value.toUpperCase());
    })
  );
}

const NEGATED: Readonly<Record<string, string>> = {
  '==': '!=',
  '!=': '==',
  is: 'is not',
  'is not': 'is',
  in: 'not in',
  'not in': 'in',
};

function phrase(
  context: ConditionContext,
  node: PyNode,
  when: 'set' | 'unset',
): Pick<Condition, 'text' | 'when' | 'shape'> {
  const argumentCount = node.type === 'call' ? (child(node, 'arguments')?.children.length ?? 0) : 0;
  const shape =
    node.type === 'call'
      ? argumentCount === 0
        ? 'call'
        : 'test'
      : node.type === 'identifier' || node.type === 'attribute' || node.type === 'subscript'
        ? 'value'
        : 'test';
  // `a != b` that must not hold reads better as `a == b` that holds.
  if (shape === 'test' && when === 'unset' && node.type === 'comparison_operator') {
    const [left, right] = node.children;
    const negated = NEGATED[comparisonOperator(node) ?? ''];
    if (left && right && negated) {
      const text = `${excerpt(context, left)} ${negated} ${excerpt(context, right)}`;
      return { text: shorten(text), when: 'set', shape };
    }
  }
  return { text: shorten(excerpt(context, node)), when, shape };
}

/**
 * The operator of a two-operand comparison. `is not` and `not in` come as the pair's own token
 * followed by its two words (`['is not', 'is', 'not']`), so the first entry is the operator.
 */
function comparisonOperator(node: PyNode): string | undefined {
  return node.children.length === 2 ? node.operators?.[0] : undefined;
}

function excerpt(context: ConditionContext, node: PyNode): string {
  return textOf(context.text, node).replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
