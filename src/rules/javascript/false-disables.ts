import {
  alternatives,
  describePrimitive,
  type Value,
} from '../../languages/javascript/analysis/value.js';

/**
 * How a value given to an option that Node turns off only for the boolean `false` (rules.md §0.1):
 * - `disabled`: it is `false`;
 * - `legacy`: `0` or `''` — inert today, insecure before CVE-2021-22939 was fixed, and written as if
 *   meant to turn verification off. `null` and `undefined` are not reported: they read as "not set"
 *   (defaults, placeholders), and current Node verifies with them;
 * - `conditional`: `false` in some run-time branch (a ternary or `||` with a `false` arm) or a boolean
 *   computed from the process environment.
 */
export type FalseVerdict =
  | { readonly kind: 'disabled' }
  | { readonly kind: 'legacy'; readonly value: string }
  | { readonly kind: 'conditional' };

export function judgeFalseDisables(value: Value): FalseVerdict | undefined {
  if (value.kind === 'known') {
    if (value.value === false) return { kind: 'disabled' };
    if (value.value === 0 || value.value === '')
      return { kind: 'legacy', value: describePrimitive(value.value) };
    return undefined;
  }
  if (value.kind === 'unknown') {
    return value.env && value.type === 'boolean' ? { kind: 'conditional' } : undefined;
  }
  const options = alternatives(value);
  const falses = options.filter((option) => option.kind === 'known' && option.value === false);
  if (falses.length === options.length && falses.length > 0) return { kind: 'disabled' };
  if (falses.length > 0) return { kind: 'conditional' };
  const envBoolean = options.some(
    (option) => option.kind === 'unknown' && option.env && option.type === 'boolean',
  );
  return envBoolean ? { kind: 'conditional' } : undefined;
}
