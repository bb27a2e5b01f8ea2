import picomatch from 'picomatch';
import { BASELINE_FILE_NAME } from '../baseline/baseline-file.js';
import { CONFIG_FILE_NAME, loadConfig, type Config, type FailOn } from '../config/config.js';
import { includeRules } from '../config/include-overrides.js';
import { UsageError } from './errors.js';
import type { FileSystem } from './io.js';
import { pathClassifier } from './non-production.js';
import type { Rule } from './rule.js';
import { DEFAULT_MAX_FILE_BYTES, type ScanOptions } from './scan.js';
import type { Severity } from './types.js';

/** What the user asked for on the command line or in the Action's inputs; each beats the config file. */
export interface Overrides {
  /** A config file the user named (must exist); otherwise `<root>/.tlsguard.json` if present. */
  readonly config?: string;
  /** A baseline file the user named (must exist), or false for `--no-baseline`. */
  readonly baseline?: string | false;
  readonly baseRef?: string;
  readonly failOn?: FailOn;
  readonly failSeverity?: Severity;
  readonly testSeverity?: Severity;
  /** Globs of more non-production code; replace the configuration's `nonProduction`. */
  readonly nonProduction?: readonly string[];
  /** Globs of code that is production after all; replace the configuration's `production`. */
  readonly production?: readonly string[];
  readonly noIgnore?: boolean;
  /** Scan only the files changed since `baseRef` (diff mode for pull requests); needs `baseRef`. */
  readonly changedOnly?: boolean;
}

export interface Settings {
  readonly scan: ScanOptions;
  readonly failOn: FailOn;
  readonly failSeverity: Severity;
  /** Where `tlsguard baseline` writes: the configured or default baseline path. */
  readonly baselineFile: string;
  /** Only part of the root is scanned: stale baseline entries cannot be told from unscanned ones. */
  readonly partial: boolean;
}

/** Flags > configuration file > defaults (design §7), resolved into the options of one run. */
export async function resolveSettings(
  root: string,
  targets: readonly string[],
  overrides: Overrides,
  allRules: readonly Rule[],
  fs: FileSystem,
): Promise<Settings> {
  if (overrides.changedOnly && overrides.baseRef === undefined) {
    throw new UsageError(
      '--changed-only needs --base-ref <rev>: the revision to compare with (a pull request base)',
    );
  }
  const configPath = overrides.config ?? fs.resolve(root, CONFIG_FILE_NAME);
  const config = await loadConfig(fs, configPath, overrides.config !== undefined);
  const baselineFile =
    typeof overrides.baseline === 'string'
      ? overrides.baseline
      : (config.baseline ?? fs.resolve(root, BASELINE_FILE_NAME));
  const ruleSeverities = new Map<string, Severity>();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (setting !== 'off') ruleSeverities.set(id, setting);
  }
  return {
    scan: {
      root,
      targets,
      noIgnore: overrides.noIgnore ?? false,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      testSeverity: overrides.testSeverity ?? config.testSeverity ?? 'note',
      nonProduction: pathClassifier({
        nonProduction: overrides.nonProduction ?? config.nonProduction,
        production: overrides.production ?? config.production,
      }),
      rules: allRules.filter((rule) => config.rules?.[rule.id] !== 'off'),
      knownRuleIds: allRules.map((rule) => rule.id),
      ruleSeverities,
      pathFilter: pathFilter(config),
      includeRules: includeRules(config.include),
      baseline: {
        ...(overrides.baseline === false
          ? {}
          : { file: baselineFile, fileRequired: typeof overrides.baseline === 'string' }),
        ...(overrides.baseRef === undefined ? {} : { baseRef: overrides.baseRef }),
      },
      ...(overrides.changedOnly ? { changedSince: overrides.baseRef } : {}),
    },
    failOn: overrides.failOn ?? config.failOn ?? 'new',
    failSeverity: overrides.failSeverity ?? config.failSeverity ?? 'error',
    baselineFile,
    partial: targets.length !== 1 || targets[0] !== root || overrides.changedOnly === true,
  };
}

function pathFilter(config: Config): (path: string) => boolean {
  const { restrict, lifts } = includeRules(config.include);
  const include =
    restrict && lifts ? (path: string) => restrict(path) || lifts(path) : (restrict ?? undefined);
  const exclude =
    config.exclude && config.exclude.length > 0
      ? picomatch([...config.exclude], { dot: true })
      : undefined;
  return (path) => (include?.(path) ?? true) && !(exclude?.(path) ?? false);
}
