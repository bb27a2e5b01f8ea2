import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../test/helpers/git-repo.js';
import { gitEnvironment, nodeGit } from './node-git.js';

const saved = { PATH: process.env.PATH, INPUT_TOKEN: process.env.INPUT_TOKEN };

afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.INPUT_TOKEN === undefined) delete process.env.INPUT_TOKEN;
  else process.env.INPUT_TOKEN = saved.INPUT_TOKEN;
});

/** An executable shell script in a fresh folder. */
function script(name: string, body: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'tlsguard-script-'));
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('nodeGit runs git safely in a repository it does not trust', () => {
  it('does not run the core.fsmonitor hook a repository configures', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'tlsguard-marker-')), 'ran');
    const repo = new GitRepo({ 'a.js': 'x\n' });
    repo.commit('one');
    repo.git('config', 'core.fsmonitor', script('fsmonitor', `touch '${marker}'`));
    repo.write('a.js', 'changed\n');
    expect(await nodeGit.listFiles(repo.root)).toEqual(['a.js']);
    expect(await nodeGit.changesSince(repo.root, 'HEAD')).toEqual([
      { status: 'modified', path: 'a.js' },
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it('does not hand the Action’s inputs (the token) to git', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'tlsguard-env-')), 'env');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const wrapper = script('git', `env > '${log}'\nexec '${realGit}' "$@"`);
    const repo = new GitRepo({ 'a.js': 'x\n' });
    process.env.INPUT_TOKEN = 'ghs_secret';
    process.env.PATH = `${join(wrapper, '..')}:${saved.PATH ?? ''}`;
    await nodeGit.listFiles(repo.root);
    const environment = readFileSync(log, 'utf8');
    expect(environment).toContain('GIT_TERMINAL_PROMPT=0');
    expect(environment).not.toContain('ghs_secret');
  });

  it('keeps everything else of the environment', () => {
    expect(
      gitEnvironment({ HOME: '/h', INPUT_TOKEN: 't', 'INPUT_FAIL-ON': 'new', GITHUB_TOKEN: 'g' }),
    ).toEqual({ HOME: '/h', GIT_TERMINAL_PROMPT: '0' });
  });
});

describe('nodeGit.filesAt', () => {
  it('looks up the named paths only, literally, relative to the folder asked', async () => {
    const repo = new GitRepo({
      'pkg/a*.js': 'x\n',
      'pkg/ab.js': 'x\n',
      'pkg/:odd.js': 'x\n',
      'other.js': 'x\n',
    });
    repo.commit('one');
    const commit = 'HEAD';
    const folder = `${repo.root}/pkg`;
    const named = new Set(['a*.js', ':odd.js', 'gone.js']);
    expect(await nodeGit.filesAt(folder, commit, named)).toEqual(new Set(['a*.js', ':odd.js']));
    expect(await nodeGit.filesAt(folder, commit)).toEqual(new Set(['a*.js', 'ab.js', ':odd.js']));
  });
});

describe('nodeGit.changesBetween', () => {
  it('lists what was committed between two commits, not the work tree', async () => {
    const repo = new GitRepo({ 'a.js': 'x\n', 'b.js': 'y\n' });
    repo.commit('one');
    repo.write('a.js', 'changed\n');
    repo.git('mv', 'b.js', 'c.js');
    repo.commit('two');
    repo.write('a.js', 'changed again, not committed\n');
    repo.write('untracked.js', 'z\n');
    expect(await nodeGit.changesBetween(repo.root, 'HEAD~1', 'HEAD')).toEqual([
      { status: 'modified', path: 'a.js' },
      { status: 'renamed', path: 'c.js', oldPath: 'b.js' },
    ]);
  });
});

describe('nodeGit.workTreePrefix', () => {
  it('says where a folder is in its work tree, and undefined outside one', async () => {
    const repo = new GitRepo({ 'packages/api/a.js': 'x\n' });
    expect(await nodeGit.workTreePrefix?.(repo.root)).toBe('');
    expect(await nodeGit.workTreePrefix?.(join(repo.root, 'packages', 'api'))).toBe(
      'packages/api/',
    );
    expect(await nodeGit.workTreePrefix?.(join(repo.root, '.git'))).toBeUndefined();
    expect(await nodeGit.workTreePrefix?.(mkdtempSync(join(tmpdir(), 'tlsguard-no-git-')))).toBe(
      undefined,
    );
  });
});
