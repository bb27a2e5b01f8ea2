import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

interface Report {
  findings: {
    ruleId: string;
    severity: 'error' | 'warning' | 'note';
    message: string;
    file: string;
    line: number;
    fingerprint: string;
    status: 'new' | 'unchanged';
  }[];
  stats: { skippedFolders?: { path: string; files: number }[] };
}

const SOURCE = 'packages/node_modules/@beacon/server/src/';
const NON_PRODUCTION = /^(?:benchmark|examples|docs)\/|^example\.js$|^dev-server\.js$|\/test\//;

/**
 * Issue 13's acceptance, on the fixture repository of an uptime monitor (test/fixtures/beacon): errors
 * only for its unconditional production lines, one warning per use of a user's switch naming it,
 * notes elsewhere, and exit 1 only because of the production lines. It runs the committed CLI on a
 * copy that is a git repository of its own, as a user's clone would be.
 */
describe('the beacon fixture repository (dist/cli)', () => {
  let root: string;
  let report: Report;
  let code: number;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tlsguard-beacon-'));
    cpSync(join(REPO_ROOT, 'test', 'fixtures', 'beacon'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'beacon');
    const run = await runCli(['scan', '--format', 'json', root]);
    code = run.code;
    report = JSON.parse(run.stdout) as Report;
  }, 60_000);

  it('reports errors only for the unconditional production lines', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.file.slice(SOURCE.length)}:${f.line}`)).toEqual([
      'clients/billing.js:11',
      'db/mysql.js:7',
      'directory/ldap.js:20',
      'gateway/proxy.js:17',
      'notifications/smtp.js:29',
    ]);
    expect(errors.every((f) => f.file.startsWith(SOURCE))).toBe(true);
  });

  it('reports one warning per use of a user switch, naming it', () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    const named = warnings.map((f) => /(?:when|unless) `([^`]+)`/.exec(f.message)?.[1]);
    expect(named).toEqual([
      'config.tls.allowSelfSigned',
      'this.getIgnoreTls()',
      'monitor.ignoreTls',
      'monitor.ignoreTls',
      'monitor.ignoreTls',
      'notification.smtpIgnoreTLSError',
    ]);
  });

  it('reports notes only in non-production code, saying which', () => {
    const notes = report.findings.filter((f) => f.severity === 'note');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.file).toMatch(NON_PRODUCTION);
      expect(note.message).toMatch(
        /\(In (?:test|example|benchmark|documentation) code: reported as note\.\)|development/,
      );
    }
  });

  it('scans the un-ignored packages/node_modules and names the skipped vendor folder', () => {
    expect(report.findings.some((f) => f.file.startsWith('packages/node_modules/'))).toBe(true);
    expect(report.stats.skippedFolders).toEqual([{ path: 'vendor', files: 1 }]);
  });

  it('exits 1 only because of the production lines', async () => {
    expect(code).toBe(1);
    // Accept exactly the errors in a baseline: every warning and note is still new, and nothing fails.
    const baseline = join(root, 'errors-only.json');
    const entries = report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ ruleId: f.ruleId, path: f.file, fingerprint: f.fingerprint }));
    writeFileSync(
      baseline,
      JSON.stringify({ version: 1, fingerprintAlgorithm: 'tlsguard-fp/v1', findings: entries }),
    );
    const rerun = await runCli(['scan', '--format', 'json', '--baseline', baseline, root]);
    const fresh = (JSON.parse(rerun.stdout) as Report & { findings: { status: string }[] })
      .findings;
    expect(fresh.filter((f) => f.status === 'new').length).toBe(report.findings.length - 5);
    expect(rerun.code).toBe(0);
  });
});
