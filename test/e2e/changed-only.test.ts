import { describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

interface Report {
  findings: { ruleId: string; file: string; status: string }[];
  fixed: { file: string }[];
  stats: { filesDiscovered: number; filesParsed: number };
}

const INSECURE = "require('https').get('https://x', { rejectUnauthorized: false });\n";
const ENV = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n";

/** A committed repository with findings in two files, baselined. */
async function repository(): Promise<GitRepo> {
  const repo = new GitRepo({
    'src/old.js': INSECURE,
    'src/env.js': ENV,
    'src/quiet.js': 'export const x = 1;\n',
  });
  expect((await runCli(['baseline', repo.root])).code).toBe(0);
  repo.commit('start');
  return repo;
}

async function scanChanged(repo: GitRepo, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', '--changed-only', ...args, repo.root]);
  return { ...run, report: run.code < 2 ? (JSON.parse(run.stdout) as Report) : undefined };
}

describe('scan --changed-only', () => {
  it('scans only the files changed since --base-ref, untracked ones included', async () => {
    const repo = await repository();
    repo.write('src/quiet.js', `export const x = 1;\n${INSECURE}`);
    repo.write('src/added.ts', ENV);
    const run = await scanChanged(repo, '--base-ref', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.report?.stats.filesDiscovered).toBe(2);
    expect(run.report?.findings.map((f) => `${f.file} ${f.status}`)).toEqual([
      'src/added.ts new',
      'src/quiet.js new',
    ]);
  });

  it('keeps the baseline: accepted findings stay unchanged, entries of unscanned files are not fixed', async () => {
    const repo = await repository();
    repo.write('src/old.js', `// touched\n${INSECURE}`);
    repo.git('rm', '-q', 'src/env.js');
    const run = await scanChanged(repo, '--base-ref', 'HEAD');
    expect(run.code).toBe(0);
    expect(run.report?.findings.map((f) => `${f.file} ${f.status}`)).toEqual([
      'src/old.js unchanged',
    ]);
    // env.js was deleted: its entry is fixed. Nothing else is, although nothing else was scanned.
    expect(run.report?.fixed.map((f) => f.file)).toEqual(['src/env.js']);
  });

  it('scans nothing when nothing changed', async () => {
    const repo = await repository();
    const run = await scanChanged(repo, '--base-ref', 'HEAD');
    expect(run.code).toBe(0);
    expect(run.report?.stats).toMatchObject({ filesDiscovered: 0, filesParsed: 0 });
  });

  it('needs --base-ref, and the baseline command refuses it', async () => {
    const repo = await repository();
    const missing = await scanChanged(repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--changed-only needs --base-ref');
    const baseline = await runCli(['baseline', '--changed-only', repo.root]);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('--changed-only');
  });

  it('says how to fetch a base commit the clone lacks', async () => {
    const repo = await repository();
    const run = await scanChanged(repo, '--base-ref', 'no-such-branch');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such commit');
  });
});
