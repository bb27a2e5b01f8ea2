import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GitRepo } from './helpers/git-repo.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/**
 * The hooks this repository offers: `.pre-commit-hooks.yaml` for the pre-commit framework, run here
 * the way pre-commit runs a `script` hook — the entry's file from the hook repository, executed
 * directly, in the project's root, with the staged file names appended — and the README's lint-staged
 * example, which passes absolute paths.
 */
interface Hook {
  id: string;
  entry: string;
  language: string;
  types?: string[];
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

const INSECURE =
  "const https = require('https');\nhttps.get(url, { rejectUnauthorized: false });\n";

/** Runs a hook's entry as pre-commit does for a `script` hook. */
function runHook(hook: Hook, cwd: string, files: string[]) {
  const [script = '', ...args] = hook.entry.split(' ');
  return new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      join(REPO_ROOT, script),
      [...args, ...files],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
      (error, stdout) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
      },
    );
  });
}

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hook = hooks.find((h) => h.id === 'tlsguard')!;

  it('runs the committed CLI as a script: executable, started by node, nothing to install', () => {
    expect(hooks.map((h) => h.id)).toEqual(['tlsguard']);
    expect(hook.language).toBe('script');
    expect(hook.pass_filenames).not.toBe(false);
    const script = hook.entry.split(' ')[0]!;
    expect(script).toBe('dist/cli/index.js');
    expect(statSync(join(REPO_ROOT, script)).mode & 0o111).not.toBe(0);
    expect(
      execFileSync('git', ['ls-files', '--stage', script], { cwd: REPO_ROOT, encoding: 'utf8' }),
    ).toMatch(/^100755 /);
    expect(readFileSync(join(REPO_ROOT, script), 'utf8').split('\n')[0]).toBe(
      '#!/usr/bin/env node',
    );
  });

  it('stops a commit that stages a new finding, and only for it', async () => {
    const repo = new GitRepo({ 'README.md': 'hi\n', 'src/ok.js': 'export const x = 1;\n' });
    repo.commit('start');
    repo.write('src/client.js', INSECURE);
    repo.git('add', 'src/client.js');
    const staged = await runHook(hook, repo.root, ['src/client.js', 'README.md']);
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain(
      'src/client.js\n  2:18  error    no-disabled-cert-verification',
    );
    expect((await runHook(hook, repo.root, ['src/ok.js', 'README.md'])).code).toBe(0);
  });

  it('lets a finding the baseline accepts through', async () => {
    const repo = new GitRepo({ 'src/client.js': INSECURE });
    expect((await runCli(['baseline', repo.root])).code).toBe(0);
    repo.commit('baseline');
    const run = await runHook(hook, repo.root, ['src/client.js']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No new insecure TLS usage (1 finding in the baseline)');
  });
});

describe('the README’s lint-staged example', () => {
  it('scans the staged files it is given, as absolute paths', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /```json\n(\{\n {2}"lint-staged"[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const config = JSON.parse(block!) as { 'lint-staged': Record<string, string> };
    const [[pattern, command]] = Object.entries(config['lint-staged']) as [[string, string]];
    expect(pattern).toBe('*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}');
    expect(command).toBe('tlsguard scan');
    const repo = new GitRepo({ 'src/client.js': INSECURE, 'src/ok.ts': 'export {};\n' });
    const run = await runCli(
      ['scan', join(repo.root, 'src/client.js'), join(repo.root, 'src/ok.ts')],
      { cwd: repo.root },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/client.js\n');
  });
});
