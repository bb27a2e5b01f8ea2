import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FileTask } from '../scan/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';

/** Marks a file as ours, so `--cache-location` can never overwrite anything else. */
const MARKER = 'tlsguard-cache';
/** 2: entries sealed with the machine's key (`mac`). Version 1 files are ours but unsealed: replaced. */
const FORMAT_VERSION = 2;

interface Entry {
  readonly path: string;
  readonly output: FileOutput;
}

interface CacheDocument {
  readonly tool: typeof MARKER;
  readonly version: number;
  readonly identity: string;
  /** HMAC-SHA256 of the identity and the entries under the machine's cache key (see `seal`). */
  readonly mac: string;
  readonly entries: Readonly<Record<string, Entry>>;
}

export type CacheLoad =
  /** `rejected`: the file was a tlsguard cache, but its seal did not verify, so nothing of it is used. */
  | { readonly kind: 'ok'; readonly cache: ResultCache; readonly rejected?: string }
  /** The file exists but is not a tlsguard cache: it must not be overwritten. */
  | { readonly kind: 'foreign'; readonly problem: string };

/**
 * Analyses of earlier scans, keyed by everything an analysis depends on: the file's path and text, the
 * rules the prefilter chose and the scan's settings (`FileTask`), and — for the whole file — the code
 * of tlsguard itself (`identity`: a hash of the bundle and the Node version). A file whose key matches
 * is not parsed again; any change to the file, the configuration or tlsguard misses.
 *
 * A cache could hide findings from whoever can write it, so its entries are sealed with `key`, a secret
 * of this machine's user (kept in the user cache folder, never in a repository): a cache file committed
 * to a repository, edited, or copied from another machine does not verify and is not used.
 */
export class ResultCache {
  private readonly used = new Map<string, Entry>();

  private constructor(
    private readonly identity: string,
    private readonly key: string,
    private readonly previous: ReadonlyMap<string, Entry>,
  ) {}

  static empty(identity: string, key: string): ResultCache {
    return new ResultCache(identity, key, new Map());
  }

  /** `text` is the file's content, or undefined when there is no file yet. */
  static load(text: string | undefined, identity: string, key: string): CacheLoad {
    const empty = ResultCache.empty(identity, key);
    if (text === undefined) return { kind: 'ok', cache: empty };
    const document = parseDocument(text);
    if (typeof document === 'string') return { kind: 'foreign', problem: document };
    // An older format, or written by another version of tlsguard (or Node): nothing in it still holds.
    if (document.version !== FORMAT_VERSION || document.identity !== identity)
      return { kind: 'ok', cache: empty };
    if (!verifies(document, key)) {
      const rejected =
        'its seal does not match this machine’s cache key (it was edited, committed or copied from elsewhere), so none of it is used';
      return { kind: 'ok', cache: empty, rejected };
    }
    return { kind: 'ok', cache: new ResultCache(identity, key, validEntries(document.entries)) };
  }

  /** The stored analysis of a task, if an earlier scan analyzed exactly this. */
  get(task: FileTask): FileOutput | undefined {
    const key = keyOf(task);
    const entry = this.used.get(key) ?? this.previous.get(key);
    if (entry) this.used.set(key, entry);
    return entry?.output;
  }

  set(task: FileTask, output: FileOutput): void {
    this.used.set(keyOf(task), { path: task.path, output });
  }

  /**
   * The file to write. After a scan of the whole root only what it used is kept (deleted and changed
   * files drop out); after a partial scan, entries of the files it did not analyze stay as well.
   */
  serialize(scanWasPartial: boolean): string {
    const entries: Record<string, Entry> = {};
    const analyzed = new Set([...this.used.values()].map((entry) => entry.path));
    if (scanWasPartial) {
      for (const [key, entry] of this.previous) {
        if (!analyzed.has(entry.path)) entries[key] = entry;
      }
    }
    for (const [key, entry] of this.used) entries[key] = entry;
    const document: CacheDocument = {
      tool: MARKER,
      version: FORMAT_VERSION,
      identity: this.identity,
      mac: seal(this.key, this.identity, entries),
      entries,
    };
    return `${JSON.stringify(document)}\n`;
  }
}

/** JSON.stringify of parsed JSON gives back the text it was made from, so the seal survives a round trip. */
function seal(key: string, identity: string, entries: unknown): string {
  return createHmac('sha256', key)
    .update(identity)
    .update('\0')
    .update(JSON.stringify(entries))
    .digest('hex');
}

function verifies(document: CacheDocument, key: string): boolean {
  if (typeof document.mac !== 'string' || !/^[0-9a-f]{64}$/.test(document.mac)) return false;
  const expected = Buffer.from(seal(key, document.identity, document.entries), 'hex');
  return timingSafeEqual(expected, Buffer.from(document.mac, 'hex'));
}

function keyOf(task: FileTask): string {
  const { text, ...rest } = task;
  return createHash('sha256').update(JSON.stringify(rest)).update('\0').update(text).digest('hex');
}

/** The cache document, or why the text is not one. */
function parseDocument(text: string): CacheDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not a tlsguard cache file (it is not JSON)';
  }
  if (!isRecord(value) || value.tool !== MARKER)
    return 'not a tlsguard cache file (no "tool": "tlsguard-cache")';
  if (![1, FORMAT_VERSION].includes(value.version as number) || typeof value.identity !== 'string')
    return `a tlsguard cache file of an unknown format (version ${JSON.stringify(value.version)})`;
  if (!isRecord(value.entries)) return 'a damaged tlsguard cache file ("entries" is not an object)';
  return value as unknown as CacheDocument;
}

/** Entries that do not look like analyses are dropped (they would be analyzed again), never trusted. */
function validEntries(entries: Readonly<Record<string, unknown>>): Map<string, Entry> {
  const valid = new Map<string, Entry>();
  for (const [key, entry] of Object.entries(entries)) {
    if (isEntry(entry)) valid.set(key, entry);
  }
  return valid;
}

function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || typeof value.path !== 'string' || !isRecord(value.output)) return false;
  const { findings, suppressed, diagnostics } = value.output;
  return Array.isArray(findings) && Array.isArray(suppressed) && Array.isArray(diagnostics);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
