import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
} from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DirectoryEntry, EntryKind, FileSystem, ReadOutcome } from '../core/io.js';
import { createFileSafely, writeFileSafely } from './safe-write.js';

/** `FileSystem` over node:fs. Never throws for a single file: failures come back as data. */
export const nodeFileSystem: FileSystem = {
  // Forward slashes everywhere: Node accepts them on Windows too, and reports use them.
  resolve: (...paths) => resolve(...paths).replaceAll('\\', '/'),

  async kindOf(path) {
    try {
      return kindOfStats(await lstat(path));
    } catch {
      return undefined;
    }
  },

  // Synchronous for the same reason as readFile below: the walk lists thousands of folders.
  readDirectory(path) {
    try {
      const entries = readdirSync(path, { withFileTypes: true });
      return Promise.resolve(
        entries.map((entry): DirectoryEntry => ({ name: entry.name, kind: kindOfStats(entry) })),
      );
    } catch {
      return Promise.resolve([]);
    }
  },

  // Synchronous system calls on purpose: a scan reads tens of thousands of mostly small files, and each
  // asynchronous call is a round trip through libuv's thread pool that costs more than the read itself
  // (measured on the bench corpus: 60k files in 0.7–1.3 s this way, 2–9 s through fs/promises).
  // Callers still get a promise, so the interface stays the same for the in-memory fakes.
  readFile(path, maxBytes): Promise<ReadOutcome> {
    return Promise.resolve(readWholeFile(path, maxBytes));
  },

  writeText: writeFileSafely,
  createText: createFileSafely,

  async realPath(path) {
    try {
      return (await realpath(path)).replaceAll('\\', '/');
    } catch {
      return undefined;
    }
  },

  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function readWholeFile(path: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    if (NO_FOLLOW === 0 && isSymbolicLink(path)) return { kind: 'symlink' };
    // O_NONBLOCK: opening a FIFO that happens to be named *.js must not hang the scan. O_NOFOLLOW: a
    // symbolic link is not opened at all (ELOOP), so the check and the read cannot race.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | NO_FOLLOW);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-a-file' };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    return readOpen(fd, stats.size, maxBytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EISDIR') return { kind: 'not-a-file' };
    if (code === 'ELOOP') return { kind: 'symlink' };
    return { kind: 'error', message: describeError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Windows has no O_NOFOLLOW (Node leaves the constant out): there links are found with lstat first
// (and are rare: git checks them out as plain files unless told otherwise).
const NO_FOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The one buffer every read goes into (see `FileSystem.readFile`); grows to the largest file read. */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * Reads to the end: a file that grew since `fstat` is read whole, still within `maxBytes`. A read that
 * returns less than it was offered once the expected size is in has reached the end, so a file costs
 * open, fstat, one read and close — not a second read only to see the end.
 */
function readOpen(fd: number, size: number, maxBytes: number): ReadOutcome {
  // One byte more than expected, to notice growth without a second fstat.
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafeSlow(Math.min(size * 2, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === scratch.length) {
      if (length > maxBytes) return { kind: 'too-large', size: length };
      const larger = Buffer.allocUnsafeSlow(Math.min(length * 2, maxBytes + 1));
      scratch.copy(larger, 0, 0, length);
      scratch = larger;
    }
    const offered = scratch.length - length;
    const count = readSync(fd, scratch, length, offered, null);
    length += count;
    if (count === 0 || (count < offered && length >= size)) break;
  }
  if (length > maxBytes) return { kind: 'too-large', size: length };
  return { kind: 'ok', bytes: scratch.subarray(0, length) };
}

function kindOfStats(stats: {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}): EntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  return stats.isDirectory() ? 'directory' : 'other';
}

function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'the file no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
