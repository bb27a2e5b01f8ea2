import { BASELINE_FILE_NAME } from '../baseline/baseline-file.js';
import { CONFIG_FILE_NAME, loadConfig, type Config, type FailOn } from '../config/config.js';
import { checkGlobList, compileGlobs } from '../config/globs.js';
import { didYouMean } from '../config/closest.js';
import { includeRules } from '../config/include-overrides.js';
import { normalizePythonVersion, projectPythonVersion } from '../config/python-version.js';
import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import { pathClassifier } from './non-production.js';
import type { PolicySource } from '../core/policy.js';
import type { Rule } from '../core/rule.js';
import type { IgnoreRule } from './ignore-entries.js';
import { DEFAULT_MAX_FILE_BYTES, type ScanOptions } from './scan.js';
import { riskRank, severityForRisk } from '../core/severity.js';
import { RISKS, type Severity } from '../core/types.js';

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
  /** The oldest Python version the project supports (`3.12`); replaces the configuration's. */
  readonly pythonVersion?: string;
  readonly noIgnore?: boolean;
  /** Scan only the files changed since `baseRef` (diff mode for pull requests); needs `baseRef`. */
  readonly changedOnly?: boolean;
  /**
   * Whose configuration and baseline judge the run: the work tree's (`head`, the default) or those of
   * `baseRef` (`base`), so that a pull request cannot change what it is judged by. Needs `baseRef`.
   */
  readonly policy?: PolicySource;
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
  /** Needed for `policy: base` (the configuration is read from git). */
  git?: Git,
): Promise<Settings> {
  if (overrides.changedOnly && overrides.baseRef === undefined) {
    throw new UsageError(
      '--changed-only needs --base-ref <rev>: the revision to compare with (a pull request base)',
    );
  }
  const policy = overrides.policy ?? 'head';
  const fromBase = policy === 'base' ? overrides.baseRef : undefined;
  if (policy === 'base' && (fromBase === undefined || git === undefined))
    throw new UsageError(
      '--policy base needs --base-ref <rev>: the revision whose configuration and baseline judge the run',
    );
  const configPath = overrides.config ?? fs.resolve(root, CONFIG_FILE_NAME);
  const config = await loadConfig(
    fromBase === undefined || git === undefined ? fs : atRevision(fs, git, fromBase),
    configPath,
    overrides.config !== undefined,
  );
  const baselineFile =
    typeof overrides.baseline === 'string'
      ? overrides.baseline
      : (config.baseline ?? fs.resolve(root, BASELINE_FILE_NAME));
  const ruleSeverities = new Map<string, Severity>();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (setting !== 'off') ruleSeverities.set(id, setting);
  }
  // Globs given as flags or Action inputs are checked like the configuration's (exit 2 when unreadable).
  checkGlobList(overrides.nonProduction, 'non-production');
  checkGlobList(overrides.production, 'production');
  const pythonVersion = await targetPythonVersion(overrides, config, root, fs);
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
      ...(pythonVersion === undefined ? {} : { targetVersions: { python: pythonVersion } }),
      pathFilter: pathFilter(config),
      includeRules: includeRules(config.include),
      ignore: ignoreRules(config, allRules, configPath),
      baseline: {
        ...(overrides.baseline === false
          ? {}
          : { file: baselineFile, fileRequired: typeof overrides.baseline === 'string' }),
        ...(overrides.baseRef === undefined ? {} : { baseRef: overrides.baseRef }),
        ...(fromBase === undefined ? {} : { fileRevision: fromBase }),
      },
      ...(overrides.changedOnly ? { changedSince: overrides.baseRef } : {}),
      ...(overrides.baseRef === undefined
        ? {}
        : {
            policy: {
              source: policy,
              configFile: configPath,
              ...(overrides.baseline === undefined ? {} : { baselineOverride: overrides.baseline }),
              defaultBaselineFile: fs.resolve(root, BASELINE_FILE_NAME),
              defaultSeverity: defaultSeverities(allRules),
            },
          }),
    },
    failOn: overrides.failOn ?? config.failOn ?? 'new',
    failSeverity: overrides.failSeverity ?? config.failSeverity ?? 'error',
    baselineFile,
    partial: targets.length !== 1 || targets[0] !== root || overrides.changedOnly === true,
  };
}

/**
 * The Python version removals are judged against: the flag or Action input, the configuration, or
 * what the project's own files say (`requires-python`, `.python-version`, `runtime.txt`).
 */
async function targetPythonVersion(
  overrides: Overrides,
  config: Config,
  root: string,
  fs: FileSystem,
): Promise<string | undefined> {
  if (overrides.pythonVersion !== undefined) {
    const version = normalizePythonVersion(overrides.pythonVersion);
    if (version === undefined)
      throw new UsageError(
        `--python-version must be a Python version like 3.12 (got ${JSON.stringify(overrides.pythonVersion)})`,
      );
    return version;
  }
  return config.pythonVersion ?? (await projectPythonVersion(fs, root))?.version;
}

/** Reads files as they are at `revision` (`git show`, in memory) instead of from the work tree. */
function atRevision(fs: FileSystem, git: Git, revision: string): FileSystem {
  return {
    ...fs,
    readText: (path) => {
      const slash = path.lastIndexOf('/');
      return git.show(path.slice(0, Math.max(slash, 1)), revision, path.slice(slash + 1));
    },
  };
}

/** Each rule's severity when the configuration sets none: that of its most severe message. */
function defaultSeverities(rules: readonly Rule[]): (ruleId: string) => Severity {
  const severities = new Map(
    rules.map((rule) => {
      const risks = Object.values(rule.meta.messages).map((message) => riskRank(message.risk));
      return [rule.id, severityForRisk(RISKS[Math.max(...risks)] ?? 'info')];
    }),
  );
  return (ruleId) => severities.get(ruleId) ?? 'warning';
}

/** `ignore` entries, each naming a rule tlsguard has (a typo would silently ignore nothing). */
function ignoreRules(config: Config, rules: readonly Rule[], configPath: string): IgnoreRule[] {
  const ids = rules.map((rule) => rule.id);
  return (config.ignore ?? []).map((entry, index) => {
    if (!ids.includes(entry.rule)) {
      throw new UsageError(
        `unknown rule "${entry.rule}" in "ignore[${index}].rule"${didYouMean(entry.rule, ids)}`,
        configPath,
      );
    }
    return {
      matches: compileGlobs([entry.path]),
      rule: entry.rule,
      ...(entry.match === undefined ? {} : { match: entry.match }),
      reason: entry.reason,
    };
  });
}

/** The configuration's globs, matched by an automaton that cannot backtrack (config/globs.ts). */
function pathFilter(config: Config): (path: string) => boolean {
  const { restrict, lifts } = includeRules(config.include);
  const include =
    restrict && lifts ? (path: string) => restrict(path) || lifts(path) : (restrict ?? undefined);
  const exclude =
    config.exclude && config.exclude.length > 0 ? compileGlobs(config.exclude) : undefined;
  return (path) => (include?.(path) ?? true) && !(exclude?.(path) ?? false);
}
