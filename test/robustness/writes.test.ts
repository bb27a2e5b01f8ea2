import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';

/** A folder outside the repository holding a file a pull request would like overwritten. */
function outside(): { folder: string; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'tlsguard-victim-'));
  const file = join(folder, 'victim.json');
  writeFileSync(file, 'precious\n');
  return { folder, file };
}

function untouched(target: { folder: string; file: string }): void {
  expect(readdirSync(target.folder)).toEqual(['victim.json']);
  expect(readFileSync(target.file, 'utf8')).toBe('precious\n');
}

/**
 * Every file tlsguard writes, against the links a repository can commit (the Action's SARIF file is
 * covered by test/e2e/action.test.ts): nothing is written outside, and the run says why.
 */
describe('writes never follow a symbolic link a repository committed (dist/cli)', () => {
  it('baseline: a config whose "baseline" goes through a linked folder stops with exit 2', async () => {
    const target = outside();
    // No finding: an empty baseline needs no path below the baseline's folder, so nothing stops the write.
    const repo = new GitRepo({
      'src/app.js': 'export {};\n',
      '.tlsguard.json': '{ "baseline": "linked/baseline.json" }\n',
    });
    symlinkSync(target.folder, join(repo.root, 'linked'));
    repo.commit('link');
    const run = await runCli(['baseline', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('linked (in');
    expect(run.stderr).toContain('is a symbolic link; tlsguard does not write through links');
    untouched(target);
  });

  it('cache: a --cache-location inside the repository that is a link, or under one, is not written', async () => {
    const target = outside();
    const repo = new GitRepo({ 'src/app.js': INSECURE });
    symlinkSync(join(target.folder, 'new.json'), join(repo.root, 'cache.json'));
    symlinkSync(target.folder, join(repo.root, 'cache-folder'));
    for (const location of ['cache.json', 'cache-folder/new.json']) {
      const run = await runCli([
        'scan',
        '--no-baseline',
        '--cache-location',
        join(repo.root, location),
        repo.root,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/warning: could not write the cache .*symbolic link/);
    }
    untouched(target);
  });
});
