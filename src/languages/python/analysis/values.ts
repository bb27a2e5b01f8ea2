import type { PyNode } from '../syntax.js';

/**
 * What the analysis knows about the value of an expression:
 * - `constant`: `False`, `0`, `'0'`, `None` (null), `b'RC4'` (`bytes`);
 * - `symbol`: a module or a member of one, by its qualified name (`ssl.CERT_NONE`, `requests.get`);
 * - `instance`: what calling the symbol `of` returned at `call` (`requests.Session()`,
 *   `ssl.create_default_context()`); for a class of this file, `of` is its first known base class;
 * - `dict`: a dict display or a `dict(...)` call; `function`, `class`: a `def`/`lambda`/`class` here;
 * - `parameter`: a function's parameter — the caller's choice, with its default;
 * - `oneOf`: several bindings reach the place (a name assigned in an `if`), each with its binding;
 * - `unknown`: anything else.
 */
export type PyValue =
  | {
      readonly kind: 'constant';
      readonly value: boolean | number | string | null;
      readonly bytes?: boolean;
    }
  | { readonly kind: 'symbol'; readonly qualified: string }
  | { readonly kind: 'instance'; readonly of: string; readonly call: PyNode }
  | { readonly kind: 'dict'; readonly node: PyNode }
  | { readonly kind: 'function'; readonly node: PyNode }
  | { readonly kind: 'class'; readonly node: PyNode }
  | { readonly kind: 'parameter'; readonly node: PyNode; readonly default: PyNode | undefined }
  | { readonly kind: 'oneOf'; readonly options: readonly Alternative[] }
  | { readonly kind: 'unknown' };

export interface Alternative {
  readonly value: PyValue;
  /** Where the name was bound to it. */
  readonly binding: PyNode;
}

export const UNKNOWN: PyValue = { kind: 'unknown' };

export function constant(value: boolean | number | string | null): PyValue {
  return { kind: 'constant', value };
}

/** Python's truth value of a known value; undefined when it cannot be told. */
export function truthiness(value: PyValue): boolean | undefined {
  switch (value.kind) {
    case 'constant':
      return (
        value.value !== false && value.value !== null && value.value !== 0 && value.value !== ''
      );
    case 'function':
    case 'class':
    case 'symbol':
      return true;
    case 'oneOf': {
      const truths = value.options.map((option) => truthiness(option.value));
      return truths.every((truth) => truth === truths[0]) ? truths[0] : undefined;
    }
    default:
      return undefined;
  }
}

/** The symbol's qualified name, also when every binding that may reach agrees on it. */
export function qualifiedOf(value: PyValue): string | undefined {
  if (value.kind === 'symbol') return value.qualified;
  if (value.kind !== 'oneOf') return undefined;
  const names = value.options.map((option) => qualifiedOf(option.value));
  return names.every((name) => name !== undefined && name === names[0]) ? names[0] : undefined;
}

/** What the value is an instance of, also when every binding that may reach agrees on it. */
export function instanceOf(value: PyValue): string | undefined {
  if (value.kind === 'instance') return value.of;
  if (value.kind !== 'oneOf') return undefined;
  const kinds = value.options.map((option) => instanceOf(option.value));
  return kinds.every((kind) => kind !== undefined && kind === kinds[0]) ? kinds[0] : undefined;
}

/** The call that made the instance (the first, when several bindings agree on its class). */
export function creatingCall(value: PyValue): PyNode | undefined {
  if (value.kind === 'instance') return value.call;
  if (value.kind !== 'oneOf') return undefined;
  for (const option of value.options) {
    const call = creatingCall(option.value);
    if (call) return call;
  }
  return undefined;
}
