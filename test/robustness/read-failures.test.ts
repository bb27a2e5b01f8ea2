import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSystem, Git } from '../../src/core/io.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/scan/scan.js';
import { resolveSettings } from '../../src/scan/settings.js';
import type { ScanResult } from '../../src/core/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { nodeGit } from '../../src/platform/node-git.js';
import { RULES } from '../../src/rules/index.js';
import { fakeGit, memoryFileSystem } from '../helpers/memory-fs.js';
import { tempProject } from '../helpers/run-cli.js';

const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';

async function scanWith(root: string, fs: FileSystem, git: Git): Promise<ScanResult> {
  const settings = await resolveSettings(root, [root], { baseline: false }, RULES, fs);
  return scan(settings.scan, { fs, git, logger: silentLogger, now: () => 0 });
}

function summary(result: ScanResult) {
  return {
    findings: result.findings.map((f) => f.file),
    diagnostics: result.diagnostics.map((d) => [d.file, d.kind, d.message]),
  };
}

describe('files that cannot be read', () => {
  it('a file git lists but that is gone by the time it is read: read-error, the scan goes on', async () => {
    const fs = memoryFileSystem({ '/repo/a.js': INSECURE, '/repo/z.js': INSECURE });
    const git = fakeGit('/repo', ['a.js', 'deleted.js', 'z.js']);
    expect(summary(await scanWith('/repo', fs, git))).toEqual({
      findings: ['a.js', 'z.js'],
      diagnostics: [['deleted.js', 'read-error', 'could not read: the file no longer exists']],
    });
  });

  it('a file system that throws instead of answering (ENOENT, EACCES) costs one file each', async () => {
    const inner = memoryFileSystem({
      '/repo/a.js': INSECURE,
      '/repo/gone.js': INSECURE,
      '/repo/locked.js': INSECURE,
    });
    const fs: FileSystem = {
      ...inner,
      readFile: (path, max) => {
        if (path.endsWith('/gone.js'))
          throw Object.assign(new Error("ENOENT: no such file, open 'gone.js'"), {
            code: 'ENOENT',
          });
        if (path.endsWith('/locked.js'))
          return Promise.reject(new Error("EACCES: permission denied, open 'locked.js'"));
        return inner.readFile(path, max);
      },
    };
    expect(summary(await scanWith('/repo', fs, fakeGit()))).toEqual({
      findings: ['a.js'],
      diagnostics: [
        ['gone.js', 'read-error', "could not read: ENOENT: no such file, open 'gone.js'"],
        ['locked.js', 'read-error', "could not read: EACCES: permission denied, open 'locked.js'"],
      ],
    });
  });

  // Root reads everything, so the permission test needs an ordinary user; the fakes above cover root.
  it.skipIf(process.getuid?.() === 0)(
    'a file without read permission on disk: read-error "permission denied"',
    async () => {
      const root = tempProject({ 'a.js': INSECURE, 'locked.js': INSECURE });
      chmodSync(join(root, 'locked.js'), 0o000);
      try {
        expect(summary(await scanWith(root, nodeFileSystem, nodeGit))).toEqual({
          findings: ['a.js'],
          diagnostics: [['locked.js', 'read-error', 'could not read: permission denied']],
        });
      } finally {
        chmodSync(join(root, 'locked.js'), 0o644);
      }
    },
  );

  it('node-fs answers instead of throwing: a missing file, a folder with a .js name', async () => {
    const root = tempProject({ 'folder.js/inner.txt': '' });
    expect(await nodeFileSystem.readFile(join(root, 'missing.js'), 1000)).toEqual({
      kind: 'error',
      message: 'the file no longer exists',
    });
    expect(await nodeFileSystem.readFile(join(root, 'folder.js'), 1000)).toEqual({
      kind: 'not-a-file',
    });
  });
});
