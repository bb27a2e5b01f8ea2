import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/core/io.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/scan/scan.js';
import { resolveSettings } from '../../src/scan/settings.js';
import type { ScanResult } from '../../src/core/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { nodeGit } from '../../src/platform/node-git.js';
import { RULES } from '../../src/rules/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli, tempProject } from '../helpers/run-cli.js';

const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';

/** A file outside every scan root, with a finding and a secret a snippet would show. */
function outsideSecret(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tlsguard-outside-'));
  const secret = join(folder, 'secret.js');
  writeFileSync(secret, `const token = 'hunter2'; ${INSECURE}`);
  return secret;
}

/** Links every way a repository can hold them: a loop, a folder outside, files inside and outside. */
function addLinks(root: string): void {
  mkdirSync(join(root, 'a'), { recursive: true });
  symlinkSync('..', join(root, 'a', 'loop'));
  symlinkSync(join(outsideSecret(), '..'), join(root, 'outside-folder'));
  symlinkSync(outsideSecret(), join(root, 'outside.js'));
  symlinkSync('src/app.js', join(root, 'inside.js'));
  symlinkSync('missing.js', join(root, 'dangling.js'));
}

async function scanInProcess(root: string, fs: FileSystem = nodeFileSystem): Promise<ScanResult> {
  const settings = await resolveSettings(root, [root], { baseline: false }, RULES, fs);
  return scan(settings.scan, { fs, git: nodeGit, logger: silentLogger, now: () => 0 });
}

function expectLinksHandled(result: ScanResult): void {
  expect(result.findings.map((f) => f.file)).toEqual(['src/app.js']);
  expect(result.diagnostics.map((d) => [d.file, d.kind, d.message])).toEqual([
    ['dangling.js', 'read-error', 'not scanned: a symbolic link to a file that does not exist'],
    ['outside.js', 'outside-root', 'not scanned: a symbolic link to a file outside the scan root'],
  ]);
  expect(result.stats.filesSkipped).toEqual({ symlink: 1 });
}

describe('symbolic links', () => {
  it('outside a git work tree: loops end, linked folders are not entered, no link is followed', async () => {
    const root = tempProject({ 'src/app.js': INSECURE });
    addLinks(root);
    const result = await scanInProcess(root);
    expectLinksHandled(result);
    // Discovered: the app, and the three file links (the folder links were never entered).
    expect(result.stats.filesDiscovered).toBe(4);
  });

  it('in a git work tree, where git ls-files lists links as files: the same', async () => {
    const repo = new GitRepo({ 'src/app.js': INSECURE });
    addLinks(repo.root);
    repo.commit('links');
    expect(repo.git('ls-files', '-s', 'outside.js')).toMatch(/^120000 /);
    expectLinksHandled(await scanInProcess(repo.root));
  });

  it('the reader itself refuses a link, so nothing between listing and reading can swap one in', async () => {
    const root = tempProject({});
    symlinkSync(outsideSecret(), join(root, 'late.js'));
    expect(await nodeFileSystem.readFile(join(root, 'late.js'), 1_000_000)).toEqual({
      kind: 'symlink',
    });
  });

  it('never shows an outside file’s content in any output of the CLI', async () => {
    const repo = new GitRepo({ 'src/app.js': INSECURE });
    addLinks(repo.root);
    repo.commit('links');
    for (const format of ['text', 'json']) {
      const run = await runCli(['scan', '--format', format, repo.root]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('hunter2');
      expect(run.stdout).toContain('outside.js');
    }
  });
});
