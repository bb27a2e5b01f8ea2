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

/** "when `monitor.ignoreTls` is set", "unless `opts.strict` is set", "when `a === b`". */
export function describeCondition(condition: Condition): string {
  const text = `\`${condition.text}\``;
  if (condition.shape === 'test')
    return condition.when === 'set' ? `when ${text}` : `unless ${text}`;
  const verb = condition.shape === 'call' ? 'returns true' : 'is set';
  return condition.when === 'set' ? `when ${text} ${verb}` : `unless ${text} ${verb}`;
}
