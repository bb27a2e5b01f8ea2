import type { TSESTree } from '@typescript-eslint/types';
import { describeCondition, type Condition } from '../../core/condition.js';
import { guardOf } from '../../languages/javascript/analysis/guards.js';
import { valueCondition } from '../../languages/javascript/analysis/value-conditions.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { isEnvDependent, type Value } from '../../languages/javascript/analysis/value.js';

/**
 * How a weakening setting is chosen, for design §4's severity contract:
 * - `always`: in every run (an error);
 * - `conditional`: only under a run-time condition — a user's switch (`monitor.ignoreTls`, a warning
 *   that names it) or the environment (`NODE_ENV`, a warning with advice for development servers).
 *   `condition` is undefined when the value has several writes no single switch explains.
 */
export type Grade =
  | { readonly kind: 'always' }
  | {
      readonly kind: 'conditional';
      readonly condition: Condition | undefined;
      readonly environment: boolean;
    };

/**
 * Grades the value `valueNode` written at `site`. `base` is what the value alone says: `always` (it is
 * weak in every branch), `conditional` (weak in some) or undefined (not weak as far as the value goes,
 * though it may be computed from a switch: `!options.allowUnauthorizedCerts`). `weakens` tells weak
 * primitive values.
 */
export function grade(
  analysis: FileAnalysis,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
  base: 'always' | 'conditional' | undefined,
  weakens: (value: unknown) => boolean,
): Grade | undefined {
  if (base === 'always') {
    const guard = guardOf(analysis, site);
    return guard ? conditional(guard) : { kind: 'always' };
  }
  const weakValue = (value: Value): boolean => value.kind === 'known' && weakens(value.value);
  const condition = valueCondition(analysis, valueNode, weakValue) ?? guardOf(analysis, site);
  // Weak whenever the code runs in production (`rejectUnauthorized: NODE_ENV !== 'production'`).
  if (condition?.inProduction) return { kind: 'always' };
  if (condition) return conditional(condition);
  if (base === undefined) return undefined;
  const environment = isEnvDependent(analysis.value(valueNode));
  return { kind: 'conditional', condition: undefined, environment };
}

function conditional(condition: Condition): Grade {
  return { kind: 'conditional', condition, environment: condition.environment };
}

/**
 * For a value a rule already found weak in some run-time branch only: the condition, named when one
 * switch or guard decides ("when `options.legacyTls` is set"), else "under some run-time condition".
 */
export function conditionText(
  analysis: FileAnalysis,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
  weakens: (value: unknown) => boolean,
): string {
  const weakValue = (value: Value): boolean => value.kind === 'known' && weakens(value.value);
  const condition = valueCondition(analysis, valueNode, weakValue) ?? guardOf(analysis, site);
  return condition ? describeCondition(condition) : 'under some run-time condition';
}

/** "when `monitor.ignoreTls` is set", or a vaguer phrase when no single switch decides. */
export function conditionPhrase(grade: Grade & { kind: 'conditional' }): string {
  if (grade.condition) return describeCondition(grade.condition);
  return grade.environment ? 'in some environments' : 'in some configurations';
}

const ENVIRONMENT_ADVICE =
  'Conditions like this end up true in production: verify everywhere, and give development and test servers certificates from a CA you trust.';

/** What to do about the condition: for a user's switch, `switchAdvice`; for the environment, verify everywhere. */
export function conditionAdvice(grade: Grade & { kind: 'conditional' }): string {
  return grade.environment ? ENVIRONMENT_ADVICE : switchAdvice(grade);
}

/** What to do about a user's switch: opt-in, off by default, named for what it does — or a CA. */
export function switchAdvice(grade: Grade & { kind: 'conditional' }): string {
  return grade.condition?.when === 'unset'
    ? "Verification is off unless someone turns it on: make verifying the default, and turning it off an explicit opt-in named for what it does (`allowInsecureTls`) — better, accept the server's CA (`ca`) instead."
    : "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.";
}
