import { ResultCache } from '../cache/result-cache.js';
import { UsageError } from '../core/errors.js';
import type { FileSystem } from '../core/io.js';

export const DEFAULT_CACHE_NAME = '.tlsguard-cache';

export interface OpenCache {
  readonly file: string;
  readonly cache: ResultCache;
}

/**
 * The result cache `--cache` asked for: `location` is `true` (the default file in the root) or the path
 * given, a file or a folder to put the default file in (an existing folder, or a path ending in `/`). A file that is not a tlsguard cache stops the
 * run (exit 2) rather than being overwritten; undefined when tlsguard cannot identify its own code.
 */
export async function openCache(
  location: true | string,
  root: string,
  cwd: string,
  fs: FileSystem,
  identity: string | undefined,
  warn: (message: string) => void,
): Promise<OpenCache | undefined> {
  if (identity === undefined) {
    warn(
      '--cache is ignored when tlsguard runs from its sources (it cannot identify its own code)',
    );
    return undefined;
  }
  const file = await cacheFile(location, root, cwd, fs);
  const loaded = ResultCache.load(await fs.readText(file), identity);
  if (loaded.kind === 'foreign') {
    throw new UsageError(
      `${loaded.problem}; tlsguard will not overwrite it — delete it or choose another --cache-location`,
      file,
    );
  }
  return { file, cache: loaded.cache };
}

async function cacheFile(
  location: true | string,
  root: string,
  cwd: string,
  fs: FileSystem,
): Promise<string> {
  if (location === true) return fs.resolve(root, DEFAULT_CACHE_NAME);
  const path = fs.resolve(cwd, location);
  const folder = /[/\\]$/.test(location) || (await fs.kindOf(path)) === 'directory';
  return folder ? fs.resolve(path, DEFAULT_CACHE_NAME) : path;
}

/** Writes the cache; failing to is a warning — the scan's result stands without it. */
export async function saveCache(
  open: OpenCache,
  scanWasPartial: boolean,
  fs: FileSystem,
  warn: (message: string) => void,
): Promise<void> {
  try {
    await fs.writeText(open.file, open.cache.serialize(scanWasPartial));
  } catch (error) {
    warn(
      `could not write the cache ${open.file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
