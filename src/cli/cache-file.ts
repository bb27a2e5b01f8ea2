import { createHash, randomBytes } from 'node:crypto';
import { ResultCache } from '../cache/result-cache.js';
import { UsageError } from '../core/errors.js';
import type { FileSystem, Git, WriteOptions } from '../core/io.js';
import { writeScope } from '../core/write-scope.js';

/** The file name in a folder given to `--cache-location`. */
export const DEFAULT_CACHE_NAME = '.tlsguard-cache';

export interface OpenCache {
  readonly file: string;
  readonly cache: ResultCache;
  /** How the file is written back (see `WriteOptions`). */
  readonly write: WriteOptions;
}

/** Where the cache lives and what it is bound to. */
export interface CachePlace {
  /** The user cache folder (`userCacheFolder`); undefined when there is none (no home folder). */
  readonly folder: string | undefined;
  /** tlsguard's own code (`codeIdentity`); undefined when it runs from its sources. */
  readonly identity: string | undefined;
}

/**
 * The result cache `--cache` asked for: `location` is `true` (the default: a file per scan root in the
 * user cache folder, outside every repository) or the path given, a file or a folder to put
 * `.tlsguard-cache` in (an existing folder, or a path ending in `/`). A file git tracks is never read:
 * a repository must not bring its own cache. Entries are sealed with a key kept in the user cache folder.
 * A file that is not a tlsguard cache stops the run (exit 2) rather than being overwritten. Undefined
 * (with a warning) when the cache cannot be used.
 */
export async function openCache(
  location: true | string,
  paths: { root: string; cwd: string },
  io: { fs: FileSystem; git: Git },
  place: CachePlace,
  warn: (message: string) => void,
): Promise<OpenCache | undefined> {
  const { folder, identity } = place;
  if (identity === undefined || folder === undefined) {
    warn(
      identity === undefined
        ? '--cache is ignored when tlsguard runs from its sources (it cannot identify its own code)'
        : '--cache is ignored: there is no user cache folder (set HOME or XDG_CACHE_HOME)',
    );
    return undefined;
  }
  const { file, write } = await cacheFile(location, paths, io.fs, folder);
  const keyFile = `${folder}/key`;
  const tracked = await Promise.all([io.git.isTracked(file), io.git.isTracked(keyFile)]);
  if (tracked.some(Boolean)) {
    warn(
      `--cache is ignored: ${tracked[0] ? file : keyFile} is tracked by git, and a cache a repository brings could hide findings`,
    );
    return undefined;
  }
  const key = await cacheKey(keyFile, folder, io.fs);
  const loaded = ResultCache.load(await io.fs.readText(file), identity, key);
  if (loaded.kind === 'foreign') {
    throw new UsageError(
      `${loaded.problem}; tlsguard will not overwrite it — delete it or choose another --cache-location`,
      file,
    );
  }
  if (loaded.rejected !== undefined) warn(`the cache ${file}: ${loaded.rejected}`);
  return { file, cache: loaded.cache, write };
}

async function cacheFile(
  location: true | string,
  paths: { root: string; cwd: string },
  fs: FileSystem,
  folder: string,
): Promise<{ file: string; write: WriteOptions }> {
  if (location === true) {
    // One file per scan root, named by the root's real path (a root reached through a link is the same root).
    const real = (await fs.realPath(paths.root)) ?? paths.root;
    const name = createHash('sha256').update(real).digest('hex').slice(0, 32);
    return {
      file: `${folder}/results/${name}.json`,
      write: { within: folder, createFolders: true },
    };
  }
  const path = fs.resolve(paths.cwd, location);
  const isFolder = /[/\\]$/.test(location) || (await fs.kindOf(path)) === 'directory';
  const file = isFolder ? fs.resolve(path, DEFAULT_CACHE_NAME) : path;
  return { file, write: { within: writeScope(file, paths.root) } };
}

/** This user's secret for sealing caches: read, or made once (readable by the owner only). */
async function cacheKey(keyFile: string, folder: string, fs: FileSystem): Promise<string> {
  const stored = (await fs.readText(keyFile))?.trim();
  if (stored !== undefined && /^[0-9a-f]{64}$/.test(stored)) return stored;
  const fresh = randomBytes(32).toString('hex');
  const write = { within: folder, createFolders: true, private: true };
  if (stored !== undefined) await fs.writeText(keyFile, `${fresh}\n`, write);
  else if (!(await fs.createText(keyFile, `${fresh}\n`, write)))
    // Another tlsguard made it first: use theirs.
    return cacheKey(keyFile, folder, fs);
  return fresh;
}

/** Writes the cache; failing to is a warning — the scan's result stands without it. */
export async function saveCache(
  open: OpenCache,
  scanWasPartial: boolean,
  fs: FileSystem,
  warn: (message: string) => void,
): Promise<void> {
  try {
    await fs.writeText(open.file, open.cache.serialize(scanWasPartial), open.write);
  } catch (error) {
    warn(
      `could not write the cache ${open.file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
