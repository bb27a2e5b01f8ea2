import type { FailOn } from '../config/config.js';
import { UsageError } from '../core/errors.js';
import type { PolicySource } from '../core/policy.js';
import { SEVERITIES, type Severity } from '../core/types.js';

/** The Action's inputs (action.yml), validated. Empty strings mean "not given". */
export interface ActionInputs {
  readonly path: string;
  readonly config?: string;
  /** A baseline file, `false` for `none`, undefined for the default (`.tlsguard-baseline.json` if present). */
  readonly baseline?: string | false;
  /** An explicit revision, `false` for `none`, undefined for automatic (the pull request's base). */
  readonly baseRef?: string | false;
  /** Scan only the files changed since the base: `auto` on pull requests that have one. */
  readonly changedOnly: boolean | 'auto';
  readonly failOn?: FailOn;
  readonly failSeverity?: Severity;
  /** Globs of more non-production code (`non-production`, one per line or comma-separated). */
  readonly nonProduction?: readonly string[];
  /** Globs of code that is production after all (`production`). */
  readonly production?: readonly string[];
  /** The oldest Python the project supports (`python-version`, `3.12`). */
  readonly pythonVersion?: string;
  readonly annotations: boolean;
  readonly summary: boolean;
  readonly comment: boolean;
  readonly checkRun: boolean;
  readonly sarifFile?: string;
  readonly token: string;
  /** Whose configuration and baseline judge a pull request: its own (`head`) or its base's. */
  readonly policy: PolicySource;
}

const FAIL_ON: readonly FailOn[] = ['new', 'any', 'none'];
const POLICIES: readonly PolicySource[] = ['head', 'base'];

/** `getInput(name)` returns the trimmed value or '' (the runner fills in action.yml's defaults). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const text = (name: string): string | undefined => nonEmpty(getInput(name));
  const noneOr = (name: string): string | false | undefined => {
    const value = text(name);
    return value?.toLowerCase() === 'none' ? false : value;
  };
  const failOn = text('fail-on');
  const failSeverity = text('fail-severity');
  return {
    path: text('path') ?? '.',
    ...optional('config', text('config')),
    ...optional('baseline', noneOr('baseline')),
    ...optional('baseRef', noneOr('base-ref')),
    changedOnly: autoFlag(getInput('changed-only').trim()),
    ...optional('failOn', failOn === undefined ? undefined : oneOf('fail-on', failOn, FAIL_ON)),
    ...optional(
      'failSeverity',
      failSeverity === undefined ? undefined : oneOf('fail-severity', failSeverity, SEVERITIES),
    ),
    ...optional('nonProduction', globList(getInput('non-production'))),
    ...optional('production', globList(getInput('production'))),
    ...optional('pythonVersion', text('python-version')),
    annotations: flag(getInput, 'annotations', true),
    summary: flag(getInput, 'summary', true),
    comment: flag(getInput, 'comment', true),
    checkRun: flag(getInput, 'check-run', false),
    ...optional('sarifFile', text('sarif-file')),
    token: getInput('token'),
    policy: oneOf('policy', text('policy') ?? 'head', POLICIES),
  };
}

/** Globs one per line or separated by commas, as workflow authors write lists; empty: not given. */
function globList(value: string): readonly string[] | undefined {
  const globs = value
    .split(/[\n,]/)
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0);
  return globs.length > 0 ? globs : undefined;
}

function nonEmpty(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function autoFlag(value: string): boolean | 'auto' {
  if (value === '' || value.toLowerCase() === 'auto') return 'auto';
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input 'changed-only' must be auto, true or false (got '${value}')`);
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function flag(getInput: (name: string) => string, name: string, fallback: boolean): boolean {
  const value = getInput(name).trim();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input '${name}' must be true or false (got '${value}')`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value.toLowerCase());
  if (match === undefined)
    throw new UsageError(`input '${name}' must be one of ${allowed.join(', ')} (got '${value}')`);
  return match;
}
