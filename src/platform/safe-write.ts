import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { WriteOptions, WriteOutcome } from '../core/io.js';

/** A write tlsguard refused because the path could lead somewhere else than it says. */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
}

/**
 * The one way tlsguard writes a file (SARIF, baseline, cache, its cache key). Everything in a pull
 * request — folders, symbolic links — is the author's to shape, so below the trusted folder `within`
 * no folder may be a symbolic link, and the file itself is written as a new file: a temporary file
 * with a random name created exclusively (`wx`: never through an existing name or link), then
 * renamed over the target. A rename replaces a link at the target's own name, never what it points at.
 */
export async function writeFileSafely(
  path: string,
  text: string,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const { folder, name } = await safeFolder(path, options);
  const target = join(folder, name);
  const replacedLink = await checkTarget(target, path, options);
  const temporary = join(folder, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
  await writeNew(temporary, text, options);
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return { replacedLink };
}

/**
 * Creates `path` with `text` unless something already has that name (then false); the same checks as
 * `writeFileSafely`. For files several processes may create at once, such as the cache key.
 */
export async function createFileSafely(
  path: string,
  text: string,
  options: WriteOptions,
): Promise<boolean> {
  const { folder, name } = await safeFolder(path, options);
  try {
    await writeNew(join(folder, name), text, options);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
}

/** Exclusive create: fails on any existing name, a dangling link included. */
async function writeNew(path: string, text: string, options: WriteOptions): Promise<void> {
  const handle = await open(path, 'wx', options.private === true ? 0o600 : 0o666);
  let written = false;
  try {
    await handle.writeFile(text, 'utf8');
    written = true;
  } finally {
    await handle.close();
    if (!written) await unlink(path).catch(() => undefined);
  }
}

/**
 * The real folder the file goes in, reached from `within` one folder at a time without following a
 * link. A path outside `within` is refused: callers choose `within` so that every path a repository
 * could shape lies below it.
 */
async function safeFolder(
  path: string,
  options: WriteOptions,
): Promise<{ folder: string; name: string }> {
  const absolute = resolve(path);
  const below = relative(resolve(options.within), absolute);
  if (below === '' || below.startsWith('..') || isAbsolute(below))
    throw new UnsafePathError(`${path} is not inside ${options.within}`);
  // The trusted folder itself is the caller's (the workspace, the user's cache folder): made if missing.
  if (options.createFolders === true) await mkdir(options.within, { recursive: true });
  let folder = await realpath(options.within);
  const parts = dirname(below) === '.' ? [] : dirname(below).split(/[\\/]/);
  for (const [index, part] of parts.entries()) {
    folder = join(folder, part);
    const shown = () => parts.slice(0, index + 1).join('/');
    const stats = await lstat(folder).catch((error: unknown) => {
      if ((error as { code?: string }).code !== 'ENOENT' || options.createFolders !== true)
        throw error;
      return undefined;
    });
    if (stats === undefined) await mkdir(folder).catch(ignoreExisting);
    else if (stats.isSymbolicLink())
      throw new UnsafePathError(
        `${shown()} (in ${options.within}) is a symbolic link; tlsguard does not write through links`,
      );
    else if (!stats.isDirectory()) throw new UnsafePathError(`${shown()} is not a folder`);
  }
  // A folder created by someone else between the check and mkdir must pass the same check.
  const created = await lstat(folder);
  if (created.isSymbolicLink() || !created.isDirectory())
    throw new UnsafePathError(`${dirname(path)} changed while tlsguard was writing into it`);
  return { folder, name: basename(absolute) };
}

async function checkTarget(target: string, path: string, options: WriteOptions): Promise<boolean> {
  const stats = await lstat(target).catch(() => undefined);
  if (stats === undefined) return false;
  if (stats.isSymbolicLink()) {
    if (options.replaceLink === true) return true;
    throw new UnsafePathError(
      `${path} is a symbolic link; tlsguard does not write through links (name its target instead)`,
    );
  }
  if (!stats.isFile()) throw new UnsafePathError(`${path} exists and is not a file`);
  return false;
}

function ignoreExisting(error: unknown): void {
  if ((error as { code?: string }).code !== 'EEXIST') throw error;
}
