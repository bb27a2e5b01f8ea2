import type { TSESTree } from '@typescript-eslint/types';
import type { FunctionNode } from './ast.js';

export type Primitive = string | number | boolean | bigint | null | undefined;

/** What static analysis knows about the type of a value it cannot compute. */
export type ValueType = 'boolean' | 'string' | 'number' | 'any';

export interface PropertyEntry {
  readonly key: string;
  /** The expression that holds the value; undefined for a method or a getter we do not evaluate. */
  readonly valueNode: TSESTree.Node | undefined;
  /** Where the property is written: the `Property` or the `obj.key = value` assignment. Findings point here. */
  readonly site: TSESTree.Node;
}

export interface ObjectShape {
  /** Candidate writes per key in source order. Several candidates mean "one of these" at run time. */
  readonly entries: ReadonlyMap<string, readonly PropertyEntry[]>;
  /** True when unseen keys may exist (spread of an unknown value, computed keys, `...process.env`). */
  readonly open: boolean;
}

/**
 * The static value lattice. `oneOf` is a run-time choice (ternary, `||`, several writes); `unknown`
 * keeps whether it came from the process environment, which is what makes a TLS setting "conditional".
 */
export type Value =
  | { readonly kind: 'known'; readonly value: Primitive }
  | { readonly kind: 'object'; readonly shape: ObjectShape }
  | { readonly kind: 'function'; readonly node: FunctionNode }
  | { readonly kind: 'oneOf'; readonly options: readonly Value[] }
  | { readonly kind: 'unknown'; readonly type: ValueType; readonly env: boolean };

const MAX_OPTIONS = 16;

export const UNKNOWN: Value = { kind: 'unknown', type: 'any', env: false };

export function known(value: Primitive): Value {
  return { kind: 'known', value };
}

export function unknown(type: ValueType, env = false): Value {
  return { kind: 'unknown', type, env };
}

/** A run-time choice between values; nested choices are flattened and duplicate primitives merged. */
export function oneOf(values: readonly Value[]): Value {
  const options: Value[] = [];
  const all = values.flatMap(alternatives);
  for (const option of all) {
    // Past the limit the answer is `unknown` anyway: stop comparing (the check below is quadratic).
    if (options.length > MAX_OPTIONS) return unknown('any', all.some(isEnvDependent));
    if (!options.some((existing) => sameLeaf(existing, option))) options.push(option);
  }
  if (options.length === 1 && options[0]) return options[0];
  if (options.length > MAX_OPTIONS) return unknown('any', all.some(isEnvDependent));
  return { kind: 'oneOf', options };
}

/** Equal primitives, or unknowns of the same type and origin: one of them says all the other does. */
function sameLeaf(a: Value, b: Value): boolean {
  if (a.kind === 'known' && b.kind === 'known') return Object.is(a.value, b.value);
  return a.kind === 'unknown' && b.kind === 'unknown' && a.type === b.type && a.env === b.env;
}

/** The leaves of a value: the options of a `oneOf`, or the value itself. */
export function alternatives(value: Value): readonly Value[] {
  return value.kind === 'oneOf' ? value.options : [value];
}

export function isEnvDependent(value: Value): boolean {
  if (value.kind === 'unknown') return value.env;
  if (value.kind === 'oneOf') return value.options.some(isEnvDependent);
  return false;
}

export function isKnown(value: Value, expected: Primitive): boolean {
  return value.kind === 'known' && Object.is(value.value, expected);
}

/** JavaScript truthiness when it is statically decided; undefined when it depends on run time. */
export function truthiness(value: Value): boolean | undefined {
  switch (value.kind) {
    case 'known':
      return Boolean(value.value);
    case 'object':
    case 'function':
      return true;
    case 'oneOf': {
      const results = new Set(value.options.map(truthiness));
      return results.size === 1 ? [...results][0] : undefined;
    }
    case 'unknown':
      return undefined;
  }
}

/** `String(value)` for a primitive, as `process.env` stores it. */
export function asEnvString(value: Primitive): string {
  return String(value);
}

/** Source-like rendering of a primitive for messages: `false`, `'0'`, `null`. */
export function describePrimitive(value: Primitive): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value.toString()}n`;
  return String(value);
}
