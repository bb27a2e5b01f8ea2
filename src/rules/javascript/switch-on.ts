import {
  alternatives,
  type Value,
  type ValueType,
} from '../../languages/javascript/analysis/value.js';

/**
 * Whether an opt-in switch (`tlsAllowInvalidHostnames`, `acceptInsecureCerts`, …) is on:
 * - `on`: every possible value is one the library treats as on;
 * - `conditional`: on in some run-time branch, or read from the environment as a type that can be on.
 * Other values, including opaque configuration lookups, are not reported.
 */
export type SwitchVerdict = 'on' | 'conditional';

export interface SwitchSemantics {
  /** True for the values the library treats as "on" (`true`; for MongoDB also `'true'`). */
  readonly isOn: (value: unknown) => boolean;
  /** Types of environment-derived values that can be on. */
  readonly envTypes: readonly ValueType[];
}

export function judgeSwitchOn(value: Value, semantics: SwitchSemantics): SwitchVerdict | undefined {
  const options = alternatives(value);
  const on = options.filter((option) => option.kind === 'known' && semantics.isOn(option.value));
  if (on.length > 0) return on.length === options.length ? 'on' : 'conditional';
  const fromEnv = options.some(
    (option) => option.kind === 'unknown' && option.env && semantics.envTypes.includes(option.type),
  );
  return fromEnv ? 'conditional' : undefined;
}

/** Boolean options: only `true` is on. */
export const BOOLEAN_SWITCH: SwitchSemantics = {
  isOn: (value) => value === true,
  envTypes: ['boolean'],
};
