import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { pullRequestCheckout } from '../helpers/pull-request.js';
import { runAction } from '../helpers/run-action.js';
import { REPO_ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  status: string;
  fingerprint: string;
}

interface Report {
  findings: Finding[];
  suppressed: { ruleId: string; file: string; line: number; reason: string }[];
  diagnostics: unknown[];
  stats: { filesParsed: number; workers: number };
}

/** The story: the "fix" that shipped after a Python upgrade. */
const UPGRADE_PANIC = [
  'import ssl',
  '',
  'import aiohttp',
  '',
  'ctx = ssl.create_default_context()',
  'ctx.check_hostname = False',
  'ctx.verify_mode = ssl.CERT_NONE',
  '',
  '',
  'async def fetch(url):',
  '    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as s:',
  '        async with s.get(url) as response:',
  '            return await response.text()',
  '',
].join('\n');

/** The same client fixed: the private CA is trusted, nothing is turned off. */
const CORRECTED = [
  'import ssl',
  '',
  'import aiohttp',
  '',
  'ctx = ssl.create_default_context()',
  "ctx.load_verify_locations(cafile='/etc/ssl/internal-ca.pem')",
  '',
  '',
  'async def fetch(url):',
  '    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as s:',
  '        async with s.get(url) as response:',
  '            return await response.text()',
  '',
].join('\n');

const JS_CLIENT =
  "const https = require('https');\nhttps.get(url, { rejectUnauthorized: false });\n";
const REQUESTS_CLIENT = 'import requests\n\nrequests.get(url, verify=False)\n';

async function scanJson(folder: string, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', ...args, folder]);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

interface SarifLog {
  runs: {
    results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

const sarifFiles = (log: SarifLog) =>
  (log.runs[0]?.results ?? [])
    .map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)
    .sort();

const where = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`;

describe('Python in a scanned folder (dist/cli)', () => {
  it('the upgrade-panic snippet: one finding for the two context lines plus the aiohttp use, each naming the real fix', async () => {
    const { code, report } = await scanJson(
      tempProject({ 'app/fetch.py': UPGRADE_PANIC }),
      '--no-baseline',
    );
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.map(where)).toEqual([
      'app/fetch.py:6:1 no-disabled-cert-verification error',
      'app/fetch.py:11:69 no-disabled-cert-verification error',
    ]);
    const [pair, use] = report.findings;
    expect(pair?.message).toContain('since 3.10 the default context refuses TLS 1.0/1.1');
    expect(pair?.message).toContain('ctx.load_verify_locations(cafile=...)');
    expect(pair?.message).toContain('ctx.set_ciphers("DEFAULT:@SECLEVEL=1")');
    expect(use?.message).toContain('`aiohttp.TCPConnector` connects with `ctx`');
    expect(use?.message).toContain('load_verify_locations(cafile=...)');
  });

  it('the corrected version (CA loaded, nothing turned off) yields nothing', async () => {
    const { code, report } = await scanJson(
      tempProject({ 'app/fetch.py': CORRECTED }),
      '--no-baseline',
    );
    expect(report.findings).toEqual([]);
    expect(report.stats.filesParsed).toBe(1);
    expect(code).toBe(0);
  });

  it('reports JavaScript and Python of a mixed folder in every report format', async () => {
    const folder = tempProject({
      'web/client.js': JS_CLIENT,
      'jobs/sync.py': REQUESTS_CLIENT,
      'bin/refresh': `#!/usr/bin/env python3\n${REQUESTS_CLIENT}`,
    });
    const { report } = await scanJson(folder, '--no-baseline');
    expect(report.findings.map(where)).toEqual([
      'bin/refresh:4:19 no-disabled-cert-verification error',
      'jobs/sync.py:3:19 no-disabled-cert-verification error',
      'web/client.js:2:18 no-disabled-cert-verification error',
    ]);
    const text = await runCli(['scan', '--no-baseline', folder]);
    for (const file of ['bin/refresh', 'jobs/sync.py', 'web/client.js'])
      expect(text.stdout).toContain(file);
    expect(text.stdout).toContain('3 new findings');
    const sarif = await runCli(['scan', '--no-baseline', '--format', 'sarif', folder]);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    expect(sarifFiles(log)).toEqual(['bin/refresh', 'jobs/sync.py', 'web/client.js']);
    for (const format of ['github', 'markdown', 'gitlab', 'junit']) {
      const run = await runCli(['scan', '--no-baseline', '--format', format, folder]);
      for (const file of ['bin/refresh', 'jobs/sync.py', 'web/client.js'])
        expect(run.stdout, format).toContain(file);
    }
  });

  it('a syntax error is a partial-parse diagnostic, and the code around it is still checked; deep and long files too', async () => {
    const nested = `${'('.repeat(20_000)}1${')'.repeat(20_000)}`;
    const folder = tempProject({
      'broken.py': `import requests\ndef broken(:\n    pass\n${REQUESTS_CLIENT.split('\n')[2]}\n`,
      'deep.py': `import requests\nx = ${nested}\nrequests.get(url, verify=False)\n`,
      'long.py': `import requests\nx = ${Array(100_000).fill('a').join(' + ')}\nrequests.get(url, verify=False)\n`,
    });
    const { report } = await scanJson(folder, '--no-baseline');
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'broken.py:4',
      'deep.py:3',
      'long.py:3',
    ]);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'broken.py', kind: 'partial-parse' }),
    ]);
  });

  it('suppressions: # tlsguard-ignore-next-line and a trailing # tlsguard-ignore, with reasons', async () => {
    const folder = tempProject({
      'probe.py': [
        'import requests',
        '# tlsguard-ignore-next-line no-disabled-cert-verification -- probes a throw-away test server',
        'requests.get(url, verify=False)',
        'requests.get(url, verify=False)  # tlsguard-ignore no-disabled-cert-verification -- same probe',
        'requests.get(url, verify=False)',
        '',
      ].join('\n'),
    });
    const { report } = await scanJson(folder, '--no-baseline');
    expect(report.suppressed.map((s) => `${s.line} ${s.reason}`)).toEqual([
      '3 probes a throw-away test server',
      '4 same probe',
    ]);
    expect(report.findings.map(where)).toEqual([
      'probe.py:5:19 no-disabled-cert-verification error',
    ]);
  });
});

describe('Python with a baseline and --base-ref (temporary git repositories, dist/cli)', () => {
  it('accepted Python findings stay unchanged when lines move; a new one is new; fingerprints are stable', async () => {
    const repo = new GitRepo({ 'app/fetch.py': UPGRADE_PANIC, 'web/client.js': JS_CLIENT });
    expect((await runCli(['baseline', repo.root])).code).toBe(0);
    repo.commit('baseline');
    const before = (await scanJson(repo.root)).report.findings;
    repo.write('app/fetch.py', `"""Market data."""\nimport os\n\n${UPGRADE_PANIC}`);
    repo.write('app/sync.py', REQUESTS_CLIENT);
    const { code, report } = await scanJson(repo.root);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.status}`)).toEqual([
      'app/fetch.py:9 unchanged',
      'app/fetch.py:14 unchanged',
      'app/sync.py:3 new',
      'web/client.js:2 unchanged',
    ]);
    const fingerprints = (list: Finding[]) =>
      list.filter((f) => f.file === 'app/fetch.py').map((f) => f.fingerprint);
    expect(fingerprints(report.findings)).toEqual(fingerprints(before));
    expect(code).toBe(1);
  });

  it('--base-ref classifies Python findings against the base commit', async () => {
    const repo = new GitRepo({ 'app/fetch.py': UPGRADE_PANIC });
    repo.commit('start');
    repo.write('app/sync.py', REQUESTS_CLIENT);
    repo.write('app/fetch.py', `# moved down\n${UPGRADE_PANIC}`);
    const { report } = await scanJson(repo.root, '--no-baseline', '--base-ref', 'HEAD');
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.status}`)).toEqual([
      'app/fetch.py:7 unchanged',
      'app/fetch.py:12 unchanged',
      'app/sync.py:3 new',
    ]);
  });
});

describe('the committed bundle on Python, copied where there is no node_modules', () => {
  const copy = mkdtempSync(join(tmpdir(), 'tlsguard-dist-copy-'));
  cpSync(join(REPO_ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  const cli = join(copy, 'dist', 'cli', 'index.js');

  it.each(['1', '2'])('--workers %s parses Python (tree-sitter WASM from dist/)', (workers) => {
    const folder = tempProject({
      'a.py': UPGRADE_PANIC,
      'b.py': REQUESTS_CLIENT,
      'c.js': JS_CLIENT,
    });
    const stdout = execFileSync(
      process.execPath,
      [
        cli,
        'scan',
        '--format',
        'json',
        '--no-baseline',
        '--fail-on',
        'none',
        '--workers',
        workers,
        folder,
      ],
      { cwd: copy, env: { PATH: process.env.PATH ?? '', HOME: copy }, encoding: 'utf8' },
    );
    const report = JSON.parse(stdout) as Report;
    expect(report.diagnostics).toEqual([]);
    expect(report.stats.workers).toBe(workers === '1' ? 0 : 2);
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'a.py:6',
      'a.py:11',
      'b.py:3',
      'c.js:2',
    ]);
  });
});

describe('the Action on a pull request adding Python and JavaScript (dist/index.js, fake GitHub API)', () => {
  let github: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    github = new FakeGitHub();
    apiUrl = await github.start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('annotates both languages, counts them in the outputs, summary, comment and SARIF', async () => {
    const pr = pullRequestCheckout(
      { 'README.md': 'hi\n' },
      { 'app/fetch.py': UPGRADE_PANIC, 'web/client.js': JS_CLIENT },
    );
    const run = await runAction({
      workspace: pr.repo.root,
      apiUrl,
      event: pr.event,
      sha: pr.merge,
      inputs: { 'sarif-file': 'tlsguard.sarif' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const annotated = run.commands
      .filter((c) => c.command === 'error' && c.properties.file !== undefined)
      .map((c) => `${c.properties.file}:${c.properties.line}`);
    expect(annotated.sort()).toEqual(['app/fetch.py:11', 'app/fetch.py:6', 'web/client.js:2']);
    expect(run.outputs['new-count']).toBe('3');
    for (const text of [run.summary, github.comments[0]?.body ?? '']) {
      expect(text).toContain('app/fetch.py');
      expect(text).toContain('web/client.js');
    }
    const sarif = JSON.parse(
      readFileSync(join(pr.repo.root, 'tlsguard.sarif'), 'utf8'),
    ) as SarifLog;
    expect(sarifProblems(sarif)).toEqual([]);
    expect(sarifFiles(sarif)).toEqual(['app/fetch.py', 'app/fetch.py', 'web/client.js']);
    expect(github.violations).toEqual([]);
  });
});
