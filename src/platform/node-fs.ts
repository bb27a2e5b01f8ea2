import { constants } from 'node:fs';
import { lstat, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DirectoryEntry, EntryKind, FileSystem, ReadOutcome } from '../core/io.js';

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

  async readDirectory(path) {
    try {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((entry): DirectoryEntry => ({
        name: entry.name,
        kind: kindOfStats(entry),
      }));
    } catch {
      return [];
    }
  },

  async readFile(path, maxBytes): Promise<ReadOutcome> {
    let handle;
    try {
      // O_NONBLOCK: opening a FIFO that happens to be named *.js must not hang the scan.
      handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const stats = await handle.stat();
      if (!stats.isFile()) return { kind: 'not-a-file' };
      if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
      return { kind: 'ok', bytes: await handle.readFile() };
    } catch (error) {
      if ((error as { code?: string }).code === 'EISDIR') return { kind: 'not-a-file' };
      return { kind: 'error', message: describeError(error) };
    } finally {
      await handle?.close();
    }
  },

  async writeText(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  },

  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

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
