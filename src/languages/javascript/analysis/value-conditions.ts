import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from './ast.js';
import {
  COMPARISONS,
  compare,
  makeCondition,
  isEnvironmental,
  mentionsTlsSwitch,
} from './conditions.js';
import { type Condition } from '../../../core/condition.js';
import { constInitializer } from './const-initializer.js';
import type { FileAnalysis } from './file-analysis.js';
import { known, truthiness, type Value } from './value.js';

const MAX_INLINE_DEPTH = 4;

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
  return makeCondition(
    analysis,
    only,
    weakSet ? 'set' : 'unset',
    environment,
    mentionsTlsSwitch(only),
  );
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
  return constInitializer(analysis, identifier);
}

function atomKey(analysis: FileAnalysis, node: TSESTree.Node): string {
  return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, '');
}
