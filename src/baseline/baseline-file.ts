import { parseJsonFile } from '../config/json-text.js';
import { didYouMean } from '../config/closest.js';
import { UsageError } from '../core/errors.js';
import type { BaselineEntry } from '../core/types.js';
import { FINGERPRINT_ALGORITHM } from '../engine/fingerprint.js';

export const BASELINE_FILE_NAME = '.tlsguard-baseline.json';
export const BASELINE_FORMAT_VERSION = 1;

const ENTRY_KEYS = [
  'ruleId',
  'path',
  'fingerprint',
  'scope',
  'count',
  'snippet',
  'reason',
] as const;

/**
 * Deterministic text: fixed key order, entries sorted by code point, one entry per line (so each
 * accepted finding is one reviewable diff line and concurrent additions merge), LF, trailing newline,
 * no timestamps or tool version.
 */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries]
    .sort(compareEntries)
    .map((entry) => `    ${JSON.stringify(ordered(entry))}`);
  const findings = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{\n  "version": ${BASELINE_FORMAT_VERSION},\n  "fingerprintAlgorithm": "${FINGERPRINT_ALGORITHM}",\n  "findings": ${findings}\n}\n`;
}

function ordered(entry: BaselineEntry): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) {
    const value = entry[key];
    if (value === undefined || (key === 'count' && value === 1) || value === '') continue;
    record[key] = value;
  }
  return record;
}

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const key of ['path', 'ruleId', 'fingerprint', 'scope'] as const) {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Reads a baseline file's text; anything unexpected is a UsageError naming the file and the entry.
 * `knownRuleIds`: an entry for any other rule is an error, not silently dropped — it can match nothing,
 * so it is a typo, a baseline from a newer tlsguard (whose format errors are errors too), or an edit
 * that smuggles text into reports.
 */
export function parseBaseline(
  text: string,
  file: string,
  knownRuleIds: readonly string[],
): BaselineEntry[] {
  const data = parseJsonFile(text, file);
  if (!isRecord(data))
    throw new UsageError('is not a tlsguard baseline (expected a JSON object)', file);
  checkHeader(data, file);
  if (!Array.isArray(data.findings)) throw new UsageError('"findings" must be an array', file);
  const entries = data.findings.map((item, index) =>
    parseEntry(item, `findings[${index}]`, file, knownRuleIds),
  );
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const key = JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);
    if (seen.has(key)) {
      throw new UsageError(
        `findings[${index}] repeats an earlier entry; merge them into one with "count"`,
        file,
      );
    }
    seen.add(key);
  }
  return entries;
}

function checkHeader(data: Record<string, unknown>, file: string): void {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new UsageError('has no integer "version"; is it a tlsguard baseline?', file);
  }
  if (version > BASELINE_FORMAT_VERSION) {
    throw new UsageError(
      `was written by a newer tlsguard (format version ${version}; this one reads ${BASELINE_FORMAT_VERSION}); upgrade tlsguard`,
      file,
    );
  }
  if (version < 1) throw new UsageError(`has an unsupported format version ${version}`, file);
  if (data.fingerprintAlgorithm !== FINGERPRINT_ALGORITHM) {
    throw new UsageError(
      `uses fingerprint algorithm ${JSON.stringify(data.fingerprintAlgorithm)}, this tlsguard uses "${FINGERPRINT_ALGORITHM}"; delete the file and run \`tlsguard baseline\` again`,
      file,
    );
  }
  const unknown = Object.keys(data).filter(
    (key) => !['version', 'fingerprintAlgorithm', 'findings'].includes(key),
  );
  if (unknown.length > 0) throw new UsageError(`has an unknown key "${unknown[0] ?? ''}"`, file);
}

function parseEntry(
  item: unknown,
  where: string,
  file: string,
  knownRuleIds: readonly string[],
): BaselineEntry {
  const fail = (problem: string): never => {
    throw new UsageError(`${where}${problem.startsWith('.') ? '' : ' '}${problem}`, file);
  };
  if (!isRecord(item)) return fail('must be an object');
  const extra = Object.keys(item).find((key) => !(ENTRY_KEYS as readonly string[]).includes(key));
  if (extra !== undefined) fail(`has an unknown key "${extra}"`);
  const text = (key: string, required: boolean): string | undefined => {
    const value = item[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value === '')
      return fail(`."${key}" must be a non-empty string`);
    return value;
  };
  const ruleId = text('ruleId', true) ?? '';
  if (!knownRuleIds.includes(ruleId))
    fail(`.ruleId ${quoted(ruleId)} is not a tlsguard rule${didYouMean(ruleId, knownRuleIds)}`);
  const path = text('path', true) ?? '';
  if (!isSafeRelativePath(path))
    fail(`.path must be a relative path inside the repository with "/" (got ${quoted(path)})`);
  const fingerprint = text('fingerprint', true) ?? '';
  if (!/^[0-9a-f]{8,64}$/.test(fingerprint)) fail('.fingerprint must be a hexadecimal hash');
  const count = item.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
    fail('.count must be a positive integer');
  return {
    ruleId,
    path,
    fingerprint,
    count: count as number,
    ...optional('scope', text('scope', false)),
    ...optional('snippet', text('snippet', false)),
    ...optional('reason', text('reason', false)),
  };
}

/** A value from the file in a message: quoted, and cut (a baseline can hold a megabyte-long string). */
function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** No absolute paths, drive letters, backslashes or `..`: a baseline must not point outside the repository. */
export function isSafeRelativePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[a-zA-Z]:/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '..' && segment !== '' && segment !== '.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
