import { parseArgs } from 'node:util';
import type { FailOn } from '../config/config.js';
import { UsageError } from '../core/errors.js';
import type { PolicySource } from '../core/policy.js';
import { SEVERITIES, type Severity } from '../core/types.js';

export type OutputFormat = 'text' | 'json';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'scan'; readonly options: ScanCommandOptions }
  | { readonly kind: 'baseline'; readonly options: ScanCommandOptions; readonly prune: boolean };

export interface ScanCommandOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly root: string | undefined;
  readonly config: string | undefined;
  /** A baseline file, or false for --no-baseline. */
  readonly baseline: string | false | undefined;
  readonly baseRef: string | undefined;
  /** `--changed-only`: scan only the files changed since `--base-ref`. */
  readonly changedOnly: boolean;
  /** `--policy base`: the configuration and baseline of `--base-ref` judge the run. */
  readonly policy: PolicySource | undefined;
  readonly noIgnore: boolean;
  readonly failOn: FailOn | undefined;
  readonly failSeverity: Severity | undefined;
  readonly testSeverity: Severity | undefined;
  /** `--non-production <glob>` (repeatable): replaces the configuration's `nonProduction`. */
  readonly nonProduction: readonly string[] | undefined;
  /** `--production <glob>` (repeatable): replaces the configuration's `production`. */
  readonly production: readonly string[] | undefined;
  /** `--python-version <x.y>`: the oldest Python the project supports. */
  readonly pythonVersion: string | undefined;
  /** `--workers <n>`: threads for parsing, forced (1: main thread only); undefined: automatic. */
  readonly workers: number | undefined;
  /** `--cache` / `--cache-location`: reuse analyses of unchanged files; a string is the location given. */
  readonly cache: boolean | string;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json'];
const FAIL_ON: readonly FailOn[] = ['new', 'any', 'none'];
const POLICIES: readonly PolicySource[] = ['head', 'base'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  root: { type: 'string' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'base-ref': { type: 'string' },
  'changed-only': { type: 'boolean' },
  policy: { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'fail-severity': { type: 'string' },
  'test-severity': { type: 'string' },
  'non-production': { type: 'string', multiple: true },
  production: { type: 'string', multiple: true },
  'python-version': { type: 'string' },
  workers: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  prune: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. To specify')[0] ?? message);
  }
}

/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'help' };
  if (command !== 'scan' && command !== 'baseline') {
    throw new UsageError(`unknown command '${command}' (expected: scan, baseline)`);
  }
  if (values.prune && command !== 'baseline')
    throw new UsageError('--prune goes with the baseline command');
  if (values.baseline !== undefined && values['no-baseline']) {
    throw new UsageError('--baseline and --no-baseline contradict each other');
  }
  const options = commandOptions(values, paths);
  if (command === 'baseline') {
    if (options.baseline === false)
      throw new UsageError('the baseline command cannot take --no-baseline');
    if (options.baseRef !== undefined || options.changedOnly || options.policy !== undefined)
      throw new UsageError(
        'the baseline command records a baseline file of the whole root; --base-ref, --changed-only and --policy do not apply',
      );
    return { kind: 'baseline', options, prune: values.prune ?? false };
  }
  return { kind: 'scan', options };
}

function commandOptions(values: Values, paths: readonly string[]): ScanCommandOptions {
  return {
    paths,
    format: oneOf('--format', values.format ?? 'text', FORMATS),
    root: values.root,
    config: values.config,
    baseline: values['no-baseline'] ? false : values.baseline,
    baseRef: values['base-ref'],
    changedOnly: values['changed-only'] ?? false,
    policy: optionalOneOf('--policy', values.policy, POLICIES),
    noIgnore: values['no-ignore'] ?? false,
    failOn: optionalOneOf('--fail-on', values['fail-on'], FAIL_ON),
    failSeverity: optionalOneOf('--fail-severity', values['fail-severity'], SEVERITIES),
    testSeverity: optionalOneOf('--test-severity', values['test-severity'], SEVERITIES),
    nonProduction: values['non-production'],
    production: values.production,
    pythonVersion: values['python-version'],
    workers: workerCount('--workers', values.workers),
    cache: values['cache-location'] ?? values.cache ?? false,
  };
}

/** A positive whole number of worker threads; `auto` (or nothing) leaves the choice to tlsguard. */
export function workerCount(source: string, value: string | undefined): number | undefined {
  if (value === undefined || value === 'auto') return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 256)
    throw new UsageError(
      `${source} must be a whole number from 1 to 256, or auto (got '${value}')`,
    );
  return count;
}

function optionalOneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  return value === undefined ? undefined : oneOf(flag, value, allowed);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return match;
}
