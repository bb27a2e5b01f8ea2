import { describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

interface Report {
  findings: { ruleId: string; file: string; line: number; status: string; fingerprint: string }[];
  fixed: { ruleId: string; file: string; count: number }[];
  diagnostics: unknown[];
}

const CLIENT = [
  "const https = require('https');",
  "const tls = require('tls');",
  '',
  'function connectDb() {',
  "  return tls.connect({ host: 'db', rejectUnauthorized: false });",
  '}',
  '',
  'function fetchReport(url) {',
  '  return https.get(url, { rejectUnauthorized: false });',
  '}',
  '',
].join('\n');
const ENV = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n";

async function scanJson(
  repo: GitRepo,
  ...args: string[]
): Promise<{ code: number; report: Report }> {
  const run = await runCli(['scan', '--format', 'json', ...args, repo.root]);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

function tally(report: Report): { new: number; unchanged: number; fixed: number } {
  return {
    new: report.findings.filter((f) => f.status === 'new').length,
    unchanged: report.findings.filter((f) => f.status === 'unchanged').length,
    fixed: report.fixed.reduce((sum, entry) => sum + entry.count, 0),
  };
}

/** The repository of the acceptance scenario, baselined with its three findings and committed. */
async function baselinedRepo(): Promise<GitRepo> {
  const repo = new GitRepo({ 'src/client.js': CLIENT, 'src/env.ts': ENV });
  const written = await runCli(['baseline', repo.root]);
  expect(written.code).toBe(0);
  expect(written.stdout).toContain('3 entries, 3 findings');
  repo.commit('baseline');
  return repo;
}

/** Inserts 20 lines above the findings, re-indents one, converts to CRLF, duplicates one line, fixes another. */
function editEverything(repo: GitRepo): void {
  const lines = CLIENT.split('\n');
  const filler = Array.from({ length: 20 }, (_, i) => `// filler line ${i + 1}`);
  const reindented = lines.map((line) =>
    line.includes('https.get') ? `      ${line.trim()}` : line,
  );
  const duplicated = reindented.flatMap((line) =>
    line.includes('tls.connect') ? [line, line] : [line],
  );
  const edited = [...duplicated.slice(0, 3), ...filler, ...duplicated.slice(3)].join('\r\n');
  repo.write('src/client.js', edited);
  repo.write('src/env.ts', "process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/corp-ca.pem';\n");
}

describe('baseline scenarios (temporary git repositories, dist/cli)', () => {
  it('reports exactly 1 new, 2 unchanged and 1 fixed after edits, exits 1, and --prune leaves the current findings', async () => {
    const repo = await baselinedRepo();
    expect(tally((await scanJson(repo)).report)).toEqual({ new: 0, unchanged: 3, fixed: 0 });
    editEverything(repo);
    const { code, report } = await scanJson(repo);
    expect(tally(report)).toEqual({ new: 1, unchanged: 2, fixed: 1 });
    expect(code).toBe(1);
    const fresh = report.findings.find((f) => f.status === 'new');
    expect(fresh).toMatchObject({
      file: 'src/client.js',
      line: 26,
      ruleId: 'no-disabled-cert-verification',
    });
    expect(report.fixed).toMatchObject([
      { ruleId: 'no-tls-verification-env-override', file: 'src/env.ts', count: 1 },
    ]);

    const pruned = await runCli(['baseline', '--prune', repo.root]);
    expect(pruned.stdout).toContain('removed 1 stale');
    const after = await scanJson(repo);
    expect(tally(after.report)).toEqual({ new: 0, unchanged: 3, fixed: 0 });
    expect(after.code).toBe(0);
    const recorded = JSON.parse(repo.read('.tlsguard-baseline.json')) as {
      findings: { path: string; count?: number }[];
    };
    expect(recorded.findings.map((e) => [e.path, e.count ?? 1])).toEqual([
      ['src/client.js', 1],
      ['src/client.js', 2],
    ]);
  });

  it('without --prune, keeps stale entries and adds new ones', async () => {
    const repo = await baselinedRepo();
    editEverything(repo);
    const updated = await runCli(['baseline', repo.root]);
    expect(updated.stdout).toContain('kept 1 stale (run with --prune to drop them)');
    expect(tally((await scanJson(repo)).report)).toEqual({ new: 0, unchanged: 3, fixed: 1 });
  });

  it('writes byte-identical files when regenerated twice', async () => {
    const repo = await baselinedRepo();
    const first = repo.read('.tlsguard-baseline.json');
    await runCli(['baseline', repo.root]);
    await runCli(['baseline', '--prune', repo.root]);
    expect(repo.read('.tlsguard-baseline.json')).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).not.toContain('\r');
  });

  it('keeps a renamed file unchanged (git mv and plain mv), and makes a copy new', async () => {
    const repo = await baselinedRepo();
    repo.git('mv', 'src/client.js', 'src/api-client.js');
    expect(tally((await scanJson(repo)).report)).toEqual({ new: 0, unchanged: 3, fixed: 0 });
    repo.commit('rename');
    repo.git('mv', 'src/env.ts', 'src/environment.ts');
    repo.commit('rename again');
    repo.write('src/untracked-move.js', repo.read('src/api-client.js'));
    repo.git('rm', '-q', 'src/api-client.js');
    expect(tally((await scanJson(repo)).report)).toEqual({ new: 0, unchanged: 3, fixed: 0 });
    repo.commit('move');
    repo.write('src/copy.js', repo.read('src/untracked-move.js'));
    const { report } = await scanJson(repo);
    expect(tally(report)).toEqual({ new: 2, unchanged: 3, fixed: 0 });
    expect(new Set(report.findings.filter((f) => f.status === 'new').map((f) => f.file))).toEqual(
      new Set(['src/copy.js']),
    );
  });

  it('--base-ref HEAD~1 classifies like the baseline file on the same history', async () => {
    const repo = await baselinedRepo();
    editEverything(repo);
    repo.commit('edits');
    const fileMode = await scanJson(repo);
    const refMode = await scanJson(repo, '--no-baseline', '--base-ref', 'HEAD~1');
    const statuses = (report: Report) =>
      report.findings.map((f) => `${f.file}:${f.line} ${f.status}`);
    expect(statuses(refMode.report)).toEqual(statuses(fileMode.report));
    expect(tally(refMode.report)).toEqual({ new: 1, unchanged: 2, fixed: 1 });
    expect(refMode.code).toBe(1);
  });

  it('--base-ref names what is missing when the commit is not in a shallow clone', async () => {
    const repo = await baselinedRepo();
    repo.write('src/more.js', 'tls.connect({ rejectUnauthorized: false })\n');
    repo.commit('more');
    const shallow = new GitRepo({});
    shallow.git('fetch', '-q', '--depth=1', `file://${repo.root}`, 'main');
    shallow.git('checkout', '-q', 'FETCH_HEAD');
    const run = await runCli(['scan', '--base-ref', 'HEAD~1', shallow.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base-ref HEAD~1: no such commit in this shallow clone');
    expect(run.stderr).toContain('fetch-depth');
  });

  it.each([
    ['invalid JSON', '{"version": 1, "findings": [', 'is not valid JSON'],
    [
      'merge conflict markers',
      '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n',
      'contains an unresolved merge conflict (marker at line 1)',
    ],
    [
      'a newer format',
      '{"version": 7, "fingerprintAlgorithm": "tlsguard-fp/v1", "findings": []}',
      'was written by a newer tlsguard',
    ],
    ['a wrong version', '{"version": "1", "findings": []}', 'has no integer "version"'],
  ])(
    'stops with exit 2 on a baseline with %s, naming the file, and overwrites nothing',
    async (_, content, message) => {
      const repo = new GitRepo({
        'a.js': 'tls.connect({ rejectUnauthorized: false })\n',
        '.tlsguard-baseline.json': content,
      });
      const scanned = await runCli(['scan', repo.root]);
      expect(scanned.code).toBe(2);
      expect(scanned.stderr).toContain(`${repo.root}/.tlsguard-baseline.json: ${message}`);
      const written = await runCli(['baseline', '--prune', repo.root]);
      expect(written.code).toBe(2);
      expect(repo.read('.tlsguard-baseline.json')).toBe(content);
    },
  );

  it('treats a missing named baseline as an error, and --no-baseline as every finding new', async () => {
    const repo = await baselinedRepo();
    expect((await runCli(['scan', '--baseline', 'nope.json', repo.root])).stderr).toContain(
      'baseline file not found',
    );
    expect(tally((await scanJson(repo, '--no-baseline')).report)).toEqual({
      new: 3,
      unchanged: 0,
      fixed: 0,
    });
    expect((await runCli(['scan', '--fail-on', 'any', repo.root])).code).toBe(1);
    expect((await runCli(['scan', '--fail-on', 'none', '--no-baseline', repo.root])).code).toBe(0);
  });

  it('refuses --prune after a partial scan', async () => {
    const repo = await baselinedRepo();
    const run = await runCli(['baseline', '--prune', 'src/client.js'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--prune needs a scan of the whole root');
  });

  it('does not call entries of files it did not scan fixed', async () => {
    const repo = await baselinedRepo();
    const { report } = await scanJson(repo, '--root', repo.root);
    expect(tally(report).fixed).toBe(0);
    const partial = await runCli(['scan', '--format', 'json', 'src/client.js'], { cwd: repo.root });
    expect(tally(JSON.parse(partial.stdout) as Report)).toEqual({ new: 0, unchanged: 2, fixed: 0 });
  });
});
