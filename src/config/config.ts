import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schema/tlsguard.schema.json' with { type: 'json' };
import { UsageError } from '../core/errors.js';
import type { FileSystem } from '../core/io.js';
import type { Severity } from '../core/types.js';
import { isSafeRelativePath } from '../baseline/baseline-file.js';
import { didYouMean } from './closest.js';
import { checkGlobList } from './globs.js';
import { parseJsonFile } from './json-text.js';

export type FailOn = 'new' | 'any' | 'none';
export type RuleSetting = 'off' | Severity;

/** `.tlsguard.json` after validation (design §7). Every key is optional; flags override it. */
export interface Config {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Absolute path (resolved against the config file's folder). */
  readonly baseline?: string;
  readonly failOn?: FailOn;
  readonly failSeverity?: Severity;
  readonly testSeverity?: Severity;
  /** Globs of more non-production code (capped like test code). */
  readonly nonProduction?: readonly string[];
  /** Globs of code that is production after all, though a default pattern (`docs/`, `examples/`, …) matches it. */
  readonly production?: readonly string[];
  /** The oldest Python version the project supports (`3.12`). */
  readonly pythonVersion?: string;
  /** Suppressions for files without comments (`package.json`): one rule, files by glob, a reason. */
  readonly ignore?: readonly IgnoreEntry[];
}

/** One `ignore` entry of `.tlsguard.json`. */
export interface IgnoreEntry {
  /** Glob of the files, relative to the scan root. */
  readonly path: string;
  readonly rule: string;
  /** Only findings whose source line contains this text. */
  readonly match?: string;
  readonly reason: string;
}

export const CONFIG_FILE_NAME = '.tlsguard.json';

/**
 * The schema's validator, compiled on first use: most repositories have no configuration file, and
 * loading and compiling ajv cost a scan without one about 60 ms.
 */
let validator: ValidateFunction | undefined;

/** What is wrong with a configuration, or undefined when it is valid. */
async function problemWith(data: unknown): Promise<string | undefined> {
  validator ??= (await import('./schema-validator.js')).schemaValidator();
  return validator(data) ? undefined : describe(validator.errors?.[0], data);
}

/**
 * Reads and validates a configuration file. `required`: the user named it, so a missing file is an error;
 * otherwise a missing default file means "no configuration". Anything malformed stops the run (exit 2).
 */
export async function loadConfig(fs: FileSystem, path: string, required: boolean): Promise<Config> {
  const text = await fs.readText(path);
  if (text === undefined) {
    if (required) throw new UsageError('configuration file not found', path);
    return {};
  }
  const data = parseJsonFile(text, path);
  const problem = await problemWith(data);
  if (problem !== undefined) throw new UsageError(problem, path);
  const raw = data as Omit<Config, 'baseline'> & { baseline?: string };
  checkGlobList(raw.include, 'include', path);
  checkGlobList(raw.exclude, 'exclude', path);
  checkGlobList(raw.nonProduction, 'nonProduction', path);
  checkGlobList(raw.production, 'production', path);
  (raw.ignore ?? []).forEach((entry, index) => {
    checkGlobList([entry.path], `ignore[${index}].path`, path);
  });
  if (raw.baseline === undefined) return raw;
  // A config file may come from a pull request: it must not point tlsguard at files outside the repository.
  if (!isSafeRelativePath(raw.baseline)) {
    throw new UsageError(
      `"baseline" must be a relative path below the configuration file's folder (got ${JSON.stringify(raw.baseline)})`,
      path,
    );
  }
  const folder = path.slice(0, path.lastIndexOf('/')) || '/';
  return { ...raw, baseline: fs.resolve(folder, raw.baseline) };
}

const ROOT_KEYS = Object.keys(schema.properties);
const RULE_IDS = Object.keys(schema.properties.rules.properties);

function describe(error: ErrorObject | undefined, data: unknown): string {
  if (!error) return 'is not a valid configuration';
  const where = error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return where === 'rules'
      ? `unknown rule "${key}" in "rules"${didYouMean(key, RULE_IDS)}`
      : `unknown key "${key}"${didYouMean(key, ROOT_KEYS)}`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
      .map(String)
      .join(', ');
    return `"${where}" must be one of ${allowed} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
  }
  if (error.keyword === 'pattern' && where === 'pythonVersion')
    return `"pythonVersion" must be a Python version like "3.12" (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
  return `"${where || '(top level)'}" ${error.message ?? 'is invalid'}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}
