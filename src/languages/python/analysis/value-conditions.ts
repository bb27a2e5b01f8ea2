import type { Condition } from '../../../core/condition.js';
import { child, textOf, unparenthesized, type PyNode } from '../syntax.js';
import {
  isEnvironmental,
  makeCondition,
  mentionsTlsSwitch,
  type ConditionContext,
} from './conditions.js';
import type { Binding } from './scopes.js';
import { constant, truthiness, type PyValue } from './values.js';

/** What the value conditions need of the file's analysis. */
export interface ValueConditionContext extends ConditionContext {
  /** The one binding of a local name (`v = opts.verify; … v`), to look through it. */
  soleBinding(node: PyNode): Binding | undefined;
}

const MAX_INLINE_DEPTH = 4;

/**
 * The condition under which `node`'s value weakens TLS, when it is computed from one switch with
 * `not`, `x if t else y`, `and`/`or`, or a comparison with `True`/`False`/`None`:
 * `not args.insecure`, `False if settings.DEBUG else True`, `os.getenv('VERIFY', '1') == '1'`, or a
 * parameter whose default is weak (`def get(url, verify=False)`). A plain pass-through
 * (`verify=self.verify`) forwards the caller's choice: a condition only when its default is weak.
 */
export function valueCondition(
  context: ValueConditionContext,
  node: PyNode,
  weakens: (value: PyValue) => boolean,
): Condition | undefined {
  const atoms = new Map<string, PyNode>();
  collectAtoms(context, node, atoms, 0, true);
  const [only, ...others] = atoms.values();
  if (!only || others.length > 0) return undefined;
  const key = textOf(context.text, only);
  const whenSet = resultUnder(context, node, key, constant(true), 0);
  const whenUnset = resultUnder(context, node, key, unsetValue(context, only), 0);
  const weakSet = whenSet !== undefined && weakens(whenSet);
  const weakUnset = whenUnset !== undefined && weakens(whenUnset);
  if (weakSet === weakUnset || (weakSet && passesThrough(context, node, only))) return undefined;
  return makeCondition(
    context,
    only,
    weakSet ? 'set' : 'unset',
    isEnvironmental(context, only),
    mentionsTlsSwitch(context, only),
  );
}

function collectAtoms(
  context: ValueConditionContext,
  node: PyNode,
  atoms: Map<string, PyNode>,
  depth: number,
  decides: boolean,
): void {
  const target = unparenthesized(node);
  const into = (next: PyNode | undefined, decision: boolean): void => {
    if (next) collectAtoms(context, next, atoms, depth, decision);
  };
  switch (target.type) {
    case 'not_operator':
      return into(child(target, 'argument'), true);
    case 'conditional_expression': {
      const [consequence, test, alternative] = target.children;
      into(test, true);
      into(consequence, false);
      return into(alternative, false);
    }
    case 'boolean_operator':
      into(child(target, 'left'), true);
      return into(child(target, 'right'), decides);
    case 'comparison_operator': {
      const operand = flagOperand(context, target);
      if (operand) return into(operand, true);
      break;
    }
    case 'identifier': {
      const init = inlinable(context, target, depth);
      if (init) return collectAtoms(context, init, atoms, depth + 1, decides);
      break;
    }
    default:
      break;
  }
  const value = context.value(target);
  if (value.kind === 'constant' || value.kind === 'function' || value.kind === 'dict') return;
  if (!decides && value.kind !== 'parameter') return;
  atoms.set(textOf(context.text, target), target);
}

/** The value of `node` when the switch `key` holds `atom`; undefined when that does not decide it. */
function resultUnder(
  context: ValueConditionContext,
  node: PyNode,
  key: string,
  atom: PyValue,
  depth: number,
): PyValue | undefined {
  const target = unparenthesized(node);
  if (textOf(context.text, target) === key) return atom;
  const recurse = (next: PyNode | undefined): PyValue | undefined =>
    next ? resultUnder(context, next, key, atom, depth) : undefined;
  switch (target.type) {
    case 'not_operator': {
      const inner = truthOf(recurse(child(target, 'argument')));
      return inner === undefined ? undefined : constant(!inner);
    }
    case 'conditional_expression': {
      const [consequence, test, alternative] = target.children;
      const truth = truthOf(recurse(test));
      if (truth === undefined) return undefined;
      return recurse(truth ? consequence : alternative);
    }
    case 'boolean_operator': {
      const left = recurse(child(target, 'left'));
      const truth = truthOf(left);
      if (truth === undefined) return undefined;
      const takeLeft = target.operators?.[0] === 'and' ? !truth : truth;
      return takeLeft ? left : recurse(child(target, 'right'));
    }
    case 'comparison_operator': {
      const operand = flagOperand(context, target);
      if (!operand) return known(context.value(target));
      const inner = recurse(operand);
      const other = target.children.find((part) => part !== operand);
      const literal = other && context.value(other);
      if (inner?.kind !== 'constant' || literal?.kind !== 'constant') return undefined;
      return constant(compare(target.operators?.[0] ?? '', inner.value, literal.value));
    }
    case 'identifier': {
      const init = inlinable(context, target, depth);
      return init ? resultUnder(context, init, key, atom, depth + 1) : known(context.value(target));
    }
    default:
      return known(context.value(target));
  }
}

/** `x is False`, `x == True`, `x is not None`: a switch compared with a flag value. */
function flagOperand(context: ValueConditionContext, node: PyNode): PyNode | undefined {
  if (node.children.length !== 2 || !COMPARISONS.has(node.operators?.[0] ?? '')) return undefined;
  const [left, right] = node.children;
  if (!left || !right) return undefined;
  for (const [operand, other] of [
    [left, right],
    [right, left],
  ] as const) {
    const value = context.value(other);
    if (
      value.kind === 'constant' &&
      (typeof value.value === 'boolean' || value.value === null) &&
      context.value(operand).kind !== 'constant'
    )
      return operand;
  }
  return undefined;
}

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', 'is', 'is not']);

function compare(operator: string, left: unknown, right: unknown): boolean {
  const equal = left === right;
  return operator === '==' || operator === 'is' ? equal : !equal;
}

/** What a switch holds when nobody sets it: a parameter's default, `False` for a test, else `None`. */
function unsetValue(context: ValueConditionContext, atom: PyNode): PyValue {
  const value = context.value(atom);
  if (value.kind === 'parameter') {
    if (!value.default) return constant(null);
    const fallback = context.value(value.default);
    return fallback.kind === 'constant' ? fallback : constant(null);
  }
  const target = unparenthesized(atom);
  return constant(
    target.type === 'comparison_operator' || target.type === 'boolean_operator' ? false : null,
  );
}

/** `node` is the switch itself, perhaps through local names (`v = opts.verify; … v`). */
function passesThrough(context: ValueConditionContext, node: PyNode, atom: PyNode): boolean {
  let current = unparenthesized(node);
  for (let depth = 0; current !== atom && current.type === 'identifier'; depth++) {
    const init = inlinable(context, current, depth);
    if (!init) break;
    current = unparenthesized(init);
  }
  return current === atom;
}

function inlinable(
  context: ValueConditionContext,
  node: PyNode,
  depth: number,
): PyNode | undefined {
  if (depth >= MAX_INLINE_DEPTH) return undefined;
  const binding = context.soleBinding(node);
  return binding?.kind === 'value' ? binding.value : undefined;
}

function known(value: PyValue): PyValue | undefined {
  return value.kind === 'constant' || value.kind === 'function' || value.kind === 'dict'
    ? value
    : undefined;
}

function truthOf(value: PyValue | undefined): boolean | undefined {
  return value === undefined ? undefined : truthiness(value);
}
