import { parseArgs } from 'node:util';
import type { FailOn } from '../config/config.js';
import { didYouMean } from '../config/closest.js';
import { UsageError } from '../core/errors.js';
import type { PolicySource } from '../core/policy.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import { reportsOf, type Report } from './report-targets.js';

export { FORMATS, type OutputFormat, type Report } from './report-targets.js';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'scan'; readonly options: ScanCommandOptions }
  | { readonly kind: 'baseline'; readonly options: ScanCommandOptions; readonly prune: boolean }
  | { readonly kind: 'rules'; readonly json: boolean }
  | { readonly kind: 'explain'; readonly ruleId: string };

export const COMMANDS = ['scan', 'baseline', 'rules', 'explain'] as const;

export interface ScanCommandOptions {
  readonly paths: readonly string[];
  /**
   * What to write where: exactly one report without a file (standard output; text unless a `--format`
   * without `--output` says otherwise), then one per `--output`, in the order given.
   */
  readonly reports: readonly Report[];
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

const FAIL_ON: readonly FailOn[] = ['new', 'any', 'none'];
const POLICIES: readonly PolicySource[] = ['head', 'base'];

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
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

type Parsed = ReturnType<typeof parse>;
type Values = Parsed['values'];

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(optionError(error instanceof Error ? error.message : String(error)));
  }
}

/** Node's message for a bad option, shorter, with the closest option for a typo. */
function optionError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown === undefined) return message.split('. To specify')[0] ?? message;
  const name = unknown.split('=')[0] ?? unknown;
  const options = Object.keys(OPTIONS).map((option) => `--${option}`);
  return `unknown option '${unknown}'${didYouMean(name, options)}; tlsguard --help lists the options`;
}

/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
export function parseCommand(argv: readonly string[]): Command {
  const parsed = parse(argv);
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'help' };
  switch (command) {
    case 'scan':
    case 'baseline':
      return scanCommand(command, parsed, rest);
    case 'rules':
    case 'explain':
      return ruleCommand(command, parsed, rest);
    default:
      throw new UsageError(
        `unknown command '${command}'${didYouMean(command, COMMANDS)}; the commands are ${COMMANDS.join(', ')}${
          /[./\\]/.test(command) ? ` (to scan a path: tlsguard scan ${command})` : ''
        }`,
      );
  }
}

function scanCommand(command: 'scan' | 'baseline', parsed: Parsed, paths: string[]): Command {
  const { values } = parsed;
  if (values.prune && command !== 'baseline')
    throw new UsageError('--prune goes with the baseline command');
  if (values.baseline !== undefined && values['no-baseline']) {
    throw new UsageError('--baseline and --no-baseline contradict each other');
  }
  const options = commandOptions(values, paths, reportsOf(parsed.tokens));
  if (command === 'scan') return { kind: 'scan', options };
  if (options.baseline === false)
    throw new UsageError('the baseline command cannot take --no-baseline');
  if (options.baseRef !== undefined || options.changedOnly || options.policy !== undefined)
    throw new UsageError(
      'the baseline command records a baseline file of the whole root; --base-ref, --changed-only and --policy do not apply',
    );
  if (values.output !== undefined)
    throw new UsageError('the baseline command writes the baseline file; --output does not apply');
  return { kind: 'baseline', options, prune: values.prune ?? false };
}

/** `tlsguard rules [--format text|json]` and `tlsguard explain <rule-id>`: nothing else applies. */
function ruleCommand(command: 'rules' | 'explain', parsed: Parsed, rest: string[]): Command {
  const given = Object.keys(parsed.values).filter((name) => name !== 'format');
  if (given.length > 0 || (command === 'explain' && parsed.values.format !== undefined))
    throw new UsageError(
      `tlsguard ${command} takes ${command === 'rules' ? 'only --format text|json' : 'no options'} (got --${given[0] ?? 'format'})`,
    );
  if (command === 'explain') {
    const [ruleId, ...more] = rest;
    if (ruleId === undefined || more.length > 0)
      throw new UsageError(
        'tlsguard explain takes one rule id, e.g. tlsguard explain no-weak-ciphers',
      );
    return { kind: 'explain', ruleId };
  }
  if (rest.length > 0) throw new UsageError(`tlsguard rules takes no paths (got '${rest[0]}')`);
  const formats = parsed.values.format ?? ['text'];
  const format = formats.length === 1 ? formats[0] : undefined;
  if (format !== 'text' && format !== 'json')
    throw new UsageError(
      `tlsguard rules --format must be text or json (got '${formats.join(' ')}')`,
    );
  return { kind: 'rules', json: format === 'json' };
}

function commandOptions(
  values: Values,
  paths: readonly string[],
  reports: readonly Report[],
): ScanCommandOptions {
  return {
    paths,
    reports,
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

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw new UsageError(
      `${flag} must be one of ${allowed.join(', ')} (got '${value}')${didYouMean(value, allowed)}`,
    );
  return match;
}
