import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('dist/', () => {
  it('is exactly what a fresh build of the sources produces (run `npm run build:dist` and commit)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'tlsguard-dist-'));
    execFileSync(process.execPath, ['scripts/build.mjs', fresh], { cwd: REPO_ROOT, stdio: 'pipe' });
    const committed = join(REPO_ROOT, 'dist');
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    const stale = listFiles(fresh).filter(
      (file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))),
    );
    expect(stale, 'files in dist/ that differ from a fresh build').toEqual([]);
  }, 180_000);
});
