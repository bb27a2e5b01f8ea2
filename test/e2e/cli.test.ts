import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const FINDING_FIELDS = [
  'ruleId',
  'severity',
  'message',
  'headline',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'snippet',
  'fingerprint',
  'status',
  'cwe',
  'docs',
];

describe('tlsguard scan (dist/cli/index.js)', () => {
  it('reports exactly one finding, on the rejectUnauthorized line, as JSON, and exits 1', async () => {
    const folder = tempProject({
      'client.js': "https.request('https://x', { method: 'GET',\nrejectUnauthorized: false });\n",
    });
    const run = await runCli(['scan', '--format', 'json', '--no-baseline', folder]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      version: number;
      findings: Record<string, unknown>[];
    };
    expect(report.version).toBe(1);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(Object.keys(finding!)).toEqual(FINDING_FIELDS);
    expect(finding).toMatchObject({
      ruleId: 'no-disabled-cert-verification',
      severity: 'error',
      file: 'client.js',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 26,
      snippet: 'rejectUnauthorized: false });',
      status: 'new',
      cwe: ['CWE-295'],
      docs: expect.stringMatching(/docs\/rules\/no-disabled-cert-verification\.md$/) as unknown,
    });
    expect(finding!.fingerprint).toMatch(/^[0-9a-f]{20}$/);
  });

  it('exits 0 with no findings when verification stays on', async () => {
    const folder = tempProject({ 'agent.js': 'new https.Agent({ rejectUnauthorized: true })\n' });
    const run = await runCli(['scan', '--format', 'json', '--no-baseline', folder]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('exits 2 on an unknown flag or command, suggesting the closest one instead of printing the help', async () => {
    const run = await runCli(['scan', '--frmat', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'tlsguard: unknown option \'--frmat\' (did you mean "--format"?); tlsguard --help lists the options\n',
    );
    const command = await runCli(['scna', '.']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command \'scna\' (did you mean "scan"?)');
  });

  it('exits 2 for a bad option value and for a missing path', async () => {
    expect((await runCli(['scan', '--format', 'xml'])).stderr).toContain(
      '--format must be one of text, json, sarif, github, markdown, gitlab, junit',
    );
    const missing = await runCli(['scan', '/definitely/not/here']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
  });

  it('refuses a path outside the scan root, and --base-ref outside a git work tree, saying why', async () => {
    const folder = tempProject({ 'a/x.js': '', 'b/y.js': '' });
    const outside = await runCli(['scan', '--root', 'a', 'b/y.js'], { cwd: folder });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(
      `tlsguard: b/y.js is not inside the scan root ${join(folder, 'a')} (--root). Reported paths are relative to the root: give a --root that contains every path, or scan from a folder that does.\n`,
    );
    const up = await runCli(['scan', 'x.js', '../b/y.js'], { cwd: join(folder, 'a') });
    expect(up.stderr).toContain(
      `../b/y.js is not inside the current folder ${join(folder, 'a')}, which is the scan root when several paths or a file are given`,
    );
    const noGit = await runCli(['scan', '--base-ref', 'main', folder]);
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toBe(
      `tlsguard: --base-ref main: ${folder} is not in a git work tree (or git is not installed), so there is no revision to compare with. Run tlsguard in a clone of the repository, or leave out --base-ref.\n`,
    );
  });

  it('lists the rules with their languages, default severity and docs, as text or JSON', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^no-disabled-cert-verification +error +config, javascript, python +https:\/\/github\.com\/tlsguard\/tlsguard\/blob\/main\/docs\/rules\/no-disabled-cert-verification\.md$/m,
    );
    expect(text.stdout).toMatch(/^no-unenforced-client-certs +error +javascript +https:/m);
    // The docs column starts at the same place on every row.
    const docsColumns = text.stdout
      .split('\n')
      .filter((line) => line.startsWith('no-'))
      .map((line) => line.indexOf('https://'));
    expect(new Set(docsColumns).size).toBe(1);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as {
      id: string;
      languages: string[];
      defaultSeverity: string;
      docs: string;
    }[];
    // Python's "removed in the version this project targets" is an error, so the rule's default is too.
    expect(json.find((rule) => rule.id === 'no-deprecated-tls-api')).toMatchObject({
      languages: ['javascript', 'python'],
      defaultSeverity: 'error',
      docs: 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-deprecated-tls-api.md',
    });
    expect(json.map((rule) => rule.id)).toContain('no-weak-ciphers');
  });

  it('prints a rule’s docs page from the docs/ folder shipped next to dist/', async () => {
    const run = await runCli(['explain', 'no-weak-ciphers']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# no-weak-ciphers\n')).toBe(true);
    expect(run.stdout).toContain('\n## How to fix\n');
    expect(run.stdout).toContain(
      readFileSync(join(REPO_ROOT, 'docs', 'rules', 'no-weak-ciphers.md'), 'utf8')
        .split('## How to fix')[1]!
        .trim()
        .split('\n')[0]!,
    );
    const typo = await runCli(['explain', 'no-weak-cipher']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(did you mean "no-weak-ciphers"?)');
    expect((await runCli(['explain', 'tlsguard/suppression'])).stdout).toMatch(
      /^# Inline suppressions\n/,
    );
  });

  it('prints help and the version', async () => {
    expect((await runCli(['--help'])).stdout).toContain('no-disabled-cert-verification');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('renders text grouped by file with a code frame, without colour when not a TTY', async () => {
    const folder = tempProject({
      'src/env.ts': "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n",
      'src/ok.ts': 'export const x = 1;\n',
    });
    const run = await runCli(['scan', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('src/env.ts\n  1:1  error    no-tls-verification-env-override\n');
    expect(run.stdout).toContain(
      "  1 | process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n    | ^^^^",
    );
    expect(run.stdout).toContain(
      '✖ 1 new finding (1 error, 0 warnings, 0 notes) in 1 file (2 files scanned, 1 parsed',
    );
  });

  it('keeps going past a file that does not parse, and reports it', async () => {
    const folder = tempProject({
      'broken.ts': 'const = ;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = 0\n',
      'fine.js': 'tls.connect({ rejectUnauthorized: false })\n',
    });
    const run = await runCli(['scan', '--format', 'json', folder]);
    const report = JSON.parse(run.stdout) as {
      findings: { file: string }[];
      diagnostics: { file: string; kind: string }[];
    };
    expect(run.code).toBe(1);
    expect(report.findings.map((f) => f.file)).toEqual(['fine.js']);
    expect(report.diagnostics).toMatchObject([{ file: 'broken.ts', kind: 'parse-error', line: 1 }]);
  });

  it('uses git’s file list in a work tree: ignored files and excluded folders are skipped and counted', async () => {
    const folder = tempProject({
      '.gitignore': 'generated/\n',
      'generated/client.js': 'tls.connect({ rejectUnauthorized: false })\n',
      'vendor/lib.js': 'tls.connect({ rejectUnauthorized: false })\n',
      '.github/scripts/notify.mjs': "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'\n",
      'app.min.js': 'tls.connect({rejectUnauthorized:false})\n',
      'src/untracked.ts': 'tls.connect({ rejectUnauthorized: false })\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['add', '.gitignore', 'vendor', '.github', 'app.min.js'], { cwd: folder });
    const run = await runCli(['scan', '--format', 'json', folder]);
    const report = JSON.parse(run.stdout) as {
      findings: { file: string }[];
      stats: { filesDiscovered: number; filesSkipped: Record<string, number> };
    };
    expect(report.findings.map((f) => f.file)).toEqual([
      '.github/scripts/notify.mjs',
      'src/untracked.ts',
    ]);
    expect(report.stats.filesSkipped).toEqual({ 'excluded-directory': 1, minified: 1 });
    const everything = JSON.parse(
      (await runCli(['scan', '--format', 'json', '--no-ignore', folder])).stdout,
    ) as {
      findings: unknown[];
    };
    expect(everything.findings).toHaveLength(5);
  });

  it('scans default-excluded folders .gitignore un-ignores or include names, and names the skipped ones git tracks files in', async () => {
    const insecure = 'tls.connect({ rejectUnauthorized: false })\n';
    const folder = tempProject({
      '.gitignore': 'node_modules/\n!packages/node_modules/\n',
      'packages/node_modules/@acme/api/client.js': insecure,
      'node_modules/dep/index.js': insecure,
      'vendor/sdk/client.js': insecure,
      'dist/app.js': insecure,
    });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['add', '.'], { cwd: folder });
    interface Report {
      findings: { file: string }[];
      stats: { skippedFolders?: { path: string; files: number }[] };
    }
    const run = await runCli(['scan', '--format', 'json', folder]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.file)).toEqual([
      'packages/node_modules/@acme/api/client.js',
    ]);
    expect(report.stats.skippedFolders).toEqual([
      { path: 'dist', files: 1 },
      { path: 'vendor', files: 1 },
    ]);
    const text = await runCli(['scan', folder]);
    expect(text.stdout).toContain(
      'Skipped vendor: 1 tracked source file — add "vendor/**" to "include" in .tlsguard.json to scan it.',
    );
    writeFileSync(join(folder, '.tlsguard.json'), '{ "include": ["vendor/**"] }');
    const included = JSON.parse(
      (await runCli(['scan', '--format', 'json', folder])).stdout,
    ) as Report;
    expect(included.findings.map((f) => f.file)).toEqual([
      'packages/node_modules/@acme/api/client.js',
      'vendor/sdk/client.js',
    ]);
    expect(included.stats.skippedFolders).toEqual([{ path: 'dist', files: 1 }]);
  });

  it('leaves Yarn Berry’s committed tooling out although its .gitignore un-ignores it, and names nothing', async () => {
    const insecure = 'tls.connect({ rejectUnauthorized: false })\n';
    const folder = tempProject({
      '.gitignore': '.yarn/*\n!.yarn/patches\n!.yarn/plugins\n!.yarn/releases\n!.yarn/sdks\n',
      '.yarn/plugins/@yarnpkg/plugin-interactive-tools.cjs': insecure,
      '.yarn/releases/yarn-4.9.1.cjs': insecure,
      '.pnp.cjs': insecure,
      'src/client.js': insecure,
    });
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['add', '.'], { cwd: folder });
    const run = await runCli(['scan', '--format', 'json', folder]);
    const report = JSON.parse(run.stdout) as {
      findings: { file: string }[];
      stats: { filesSkipped: Record<string, number>; skippedFolders?: unknown[] };
    };
    expect(report.findings.map((f) => f.file)).toEqual(['src/client.js']);
    expect(report.stats.filesSkipped).toEqual({ 'excluded-directory': 2, vendored: 1 });
    expect(report.stats.skippedFolders ?? []).toEqual([]);
  });

  it('makes paths relative to the current folder when given several paths', async () => {
    const folder = tempProject({
      'a/one.js': 'tls.connect({ rejectUnauthorized: false })\n',
      'b/two.js': 'tls.connect({ rejectUnauthorized: false })\n',
    });
    const run = await runCli(['scan', '--format', 'json', 'a', 'b/two.js'], { cwd: folder });
    const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
    expect(report.findings.map((f) => f.file)).toEqual(['a/one.js', 'b/two.js']);
  });

  it('caps findings in test code at note, which does not fail the run', async () => {
    const folder = tempProject({
      'test/client.test.ts': 'tls.connect({ rejectUnauthorized: false })\n',
    });
    const run = await runCli(['scan', '--format', 'json', folder]);
    const report = JSON.parse(run.stdout) as { findings: { severity: string; message: string }[] };
    expect(run.code).toBe(0);
    expect(report.findings[0]).toMatchObject({
      severity: 'note',
      message: expect.stringContaining('In test code') as unknown,
    });
    expect((await runCli(['scan', '--fail-severity', 'note', folder])).code).toBe(1);
  });
});
