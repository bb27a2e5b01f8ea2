import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSafely, writeFileSafely } from './safe-write.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'tlsguard-write-'));
}

/** A file outside the trusted folder that a pull request would like tlsguard to overwrite. */
function victim(): string {
  const path = join(folder(), 'victim.txt');
  writeFileSync(path, 'precious\n');
  return path;
}

describe('writeFileSafely', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file behind', async () => {
    const root = folder();
    const target = join(root, 'out.json');
    expect(await writeFileSafely(target, 'one\n', { within: root })).toEqual({
      replacedLink: false,
    });
    await writeFileSafely(target, 'two\n', { within: root });
    expect(readFileSync(target, 'utf8')).toBe('two\n');
    expect(readdirSync(root)).toEqual(['out.json']);
  });

  it('replaces a symbolic link at the file’s own name when asked to, never writing its target', async () => {
    const root = folder();
    const outside = victim();
    symlinkSync(outside, join(root, 'tlsguard.sarif'));
    const outcome = await writeFileSafely(join(root, 'tlsguard.sarif'), '{}\n', {
      within: root,
      replaceLink: true,
    });
    expect(outcome).toEqual({ replacedLink: true });
    expect(lstatSync(join(root, 'tlsguard.sarif')).isFile()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
  });

  it('otherwise refuses a symbolic link at the file’s name', async () => {
    const root = folder();
    const outside = victim();
    symlinkSync(outside, join(root, '.tlsguard-baseline.json'));
    await expect(
      writeFileSafely(join(root, '.tlsguard-baseline.json'), '{}\n', { within: root }),
    ).rejects.toThrow(/is a symbolic link; tlsguard does not write through links/);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
  });

  it('refuses a symbolic link on the way, even to a folder inside', async () => {
    const root = folder();
    const outside = victim();
    symlinkSync(join(outside, '..'), join(root, 'reports'));
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    for (const path of ['reports/victim.txt', 'reports/new/x.sarif', 'alias/x.json']) {
      await expect(
        writeFileSafely(join(root, path), 'x', { within: root, createFolders: true }),
      ).rejects.toThrow(/is a symbolic link/);
    }
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(readdirSync(join(outside, '..'))).toEqual(['victim.txt']);
    expect(readdirSync(join(root, 'real'))).toEqual([]);
  });

  it('creates missing folders below the trusted folder, and refuses paths outside it', async () => {
    const root = folder();
    await writeFileSafely(join(root, 'out', 'deep', 'a.sarif'), 'x', {
      within: root,
      createFolders: true,
    });
    expect(readFileSync(join(root, 'out', 'deep', 'a.sarif'), 'utf8')).toBe('x');
    await expect(
      writeFileSafely(join(root, '..', 'escape.txt'), 'x', { within: root }),
    ).rejects.toThrow(/is not inside/);
  });

  it('is not fooled by links planted at the names temporary files used to have', async () => {
    const root = folder();
    const outside = victim();
    const target = join(root, 'baseline.json');
    // Before: `<path>.<pid>.tmp`, opened without O_EXCL — a planted link was followed.
    for (let pid = 1; pid < 64; pid++) symlinkSync(outside, `${target}.${pid}.tmp`);
    symlinkSync(outside, `${target}.${process.pid}.tmp`);
    await writeFileSafely(target, 'new\n', { within: root });
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
  });

  it('makes private files readable by the owner only', async () => {
    const root = folder();
    await writeFileSafely(join(root, 'key'), 'secret\n', { within: root, private: true });
    expect(statSync(join(root, 'key')).mode & 0o777).toBe(0o600);
  });
});

describe('createFileSafely', () => {
  it('creates a file only when nothing has its name, a dangling link included', async () => {
    const root = folder();
    expect(await createFileSafely(join(root, 'key'), 'first', { within: root })).toBe(true);
    expect(await createFileSafely(join(root, 'key'), 'second', { within: root })).toBe(false);
    expect(readFileSync(join(root, 'key'), 'utf8')).toBe('first');
    symlinkSync(join(folder(), 'missing'), join(root, 'dangling'));
    expect(await createFileSafely(join(root, 'dangling'), 'x', { within: root })).toBe(false);
  });
});
