import { createHash } from 'node:crypto';
import type { FileTask } from '../core/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';

/** Marks a file as ours, so `--cache-location` can never overwrite anything else. */
const MARKER = 'tlsguard-cache';
const FORMAT_VERSION = 1;

interface Entry {
  readonly path: string;
  readonly output: FileOutput;
}

interface CacheDocument {
  readonly tool: typeof MARKER;
  readonly version: typeof FORMAT_VERSION;
  readonly identity: string;
  readonly entries: Readonly<Record<string, Entry>>;
}

export type CacheLoad =
  | { readonly kind: 'ok'; readonly cache: ResultCache }
  /** The file exists but is not a tlsguard cache: it must not be overwritten. */
  | { readonly kind: 'foreign'; readonly problem: string };

/**
 * Analyses of earlier scans, keyed by everything an analysis depends on: the file's path and text, the
 * rules the prefilter chose and the scan's settings (`FileTask`), and — for the whole file — the code
 * of tlsguard itself (`identity`: a hash of the bundle and the Node version). A file whose key matches
 * is not parsed again; any change to the file, the configuration or tlsguard misses.
 */
export class ResultCache {
  private readonly used = new Map<string, Entry>();

  private constructor(
    private readonly identity: string,
    private readonly previous: ReadonlyMap<string, Entry>,
  ) {}

  static empty(identity: string): ResultCache {
    return new ResultCache(identity, new Map());
  }

  /** `text` is the file's content, or undefined when there is no file yet. */
  static load(text: string | undefined, identity: string): CacheLoad {
    if (text === undefined) return { kind: 'ok', cache: ResultCache.empty(identity) };
    const document = parseDocument(text);
    if (typeof document === 'string') return { kind: 'foreign', problem: document };
    // Written by another version of tlsguard (or Node): nothing in it can be trusted to still hold.
    if (document.identity !== identity) return { kind: 'ok', cache: ResultCache.empty(identity) };
    return { kind: 'ok', cache: new ResultCache(identity, validEntries(document.entries)) };
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
      entries,
    };
    return `${JSON.stringify(document)}\n`;
  }
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
  if (value.version !== FORMAT_VERSION || typeof value.identity !== 'string')
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
