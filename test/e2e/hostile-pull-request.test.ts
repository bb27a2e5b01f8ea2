import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestCheckout, type PullRequestCheckout } from '../helpers/pull-request.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runCli, tempProject } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

const HTTPS = "const https = require('https');\n";
const INSECURE = 'https.get(url, { rejectUnauthorized: false });\n';
const ENV_OFF = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';";
/** 300 findings on one line of 1.9 MB: each statement padded with a long comment. */
const BIG_LINE = `${Array.from({ length: 300 }, (_, i) => `${ENV_OFF}/*${String(i).padEnd(6_280, 'x')}*/`).join('')}\n`;

/** Size limits every output must stay under (GitHub's, or ours where GitHub sets none). */
const LIMITS = {
  summary: 1024 * 1024, // GitHub refuses a bigger step summary whole
  comment: 65_536, // GitHub's comment body limit
  log: 2 * 1024 * 1024,
  sarif: 2 * 1024 * 1024,
  text: 1024 * 1024,
};

let github: FakeGitHub;
let apiUrl: string;

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
});

afterEach(async () => {
  await github.stop();
});

/** A file outside the workspace that a committed link points at. */
function victim(): { folder: string; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'tlsguard-victim-'));
  const file = join(folder, 'victim.txt');
  writeFileSync(file, 'precious\n');
  return { folder, file };
}

/**
 * The pull request of issue 14: (a) `tlsguard.sarif` is a link to a file outside the workspace, (b) an
 * insecure line arrives with its own baseline entry, (c) a rule is turned off, (d) a 1.9 MB one-line
 * file holds 300 findings (of the rule turned off).
 */
async function hostilePullRequest(outside: string): Promise<PullRequestCheckout> {
  const api = `${HTTPS}${INSECURE}`;
  return pullRequestCheckout(
    { 'README.md': 'hello\n' },
    {
      'src/api.js': api,
      '.tlsguard-baseline.json': await baselineOf({ 'src/api.js': api }),
      'src/big.js': BIG_LINE,
      '.tlsguard.json': '{\n  "rules": {\n    "no-tls-verification-env-override": "off"\n  }\n}\n',
    },
    (repo) => symlinkSync(outside, join(repo.root, 'tlsguard.sarif')),
  );
}

/** The baseline `tlsguard baseline` writes for these files, as the author would commit it. */
async function baselineOf(files: Record<string, string>): Promise<string> {
  const folder = tempProject(files);
  expect((await runCli(['baseline', folder])).code).toBe(0);
  return readFileSync(join(folder, '.tlsguard-baseline.json'), 'utf8');
}

function run(pr: PullRequestCheckout, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace: pr.repo.root,
    apiUrl,
    event: pr.event,
    sha: pr.merge,
    inputs: { 'sarif-file': 'tlsguard.sarif', 'check-run': 'true', ...inputs },
  });
}

function notices(action: ActionRun) {
  return action.commands.filter((c) => c.command === 'notice');
}

describe('a pull request that tries everything at once (dist/index.js)', () => {
  it('policy: head — nothing outside the workspace changes; the summary and the comment list the policy changes', async () => {
    const outside = victim();
    const pr = await hostilePullRequest(outside.file);
    const action = await run(pr, {});
    expect(action.stderr).toBe('');
    expect(action.code).toBe(0);
    expect(action.outputs).toMatchObject({
      'new-count': '0',
      'unchanged-count': '1',
      'policy-changes': '2',
    });
    const headline =
      'Policy changes: This pull request accepts 1 finding in its baseline and turns off 1 rule — review these changes';
    const comment = github.comments[0]?.body ?? '';
    for (const markdown of [action.summary, comment]) {
      expect(markdown).toContain(`### ⚠️ ${headline}`);
      expect(markdown).toContain('<code>src/api.js</code> | no-disabled-cert-verification | 1 |');
      expect(markdown).toContain(
        '| no-tls-verification-env-override | <code>default</code> | <code>off</code> |',
      );
      expect(markdown).toContain('**applied to this run**');
    }
    expect(action.summary).toContain('Accepted in this pull request (1)');
    expect(action.summary.indexOf(headline)).toBeLessThan(action.summary.indexOf('| New |'));
    // A clean run with policy changes still comments: approving itself unseen is the attack.
    expect(github.calls('issues/create-comment')).toHaveLength(1);
    expect(notices(action).map((n) => [n.properties.file, n.properties.line])).toEqual([
      ['.tlsguard-baseline.json', '5'],
      ['.tlsguard.json', '3'],
    ]);
    expectNothingOutsideChanged(outside, pr);
    expect(github.violations).toEqual([]);
  }, 120_000);

  it('policy: base — the step fails on the new findings, and every output is produced within its limit', async () => {
    const outside = victim();
    const pr = await hostilePullRequest(outside.file);
    const action = await run(pr, { policy: 'base' });
    expect(action.stderr).toBe('');
    expect(action.code).toBe(1);
    expect(action.outputs).toMatchObject({
      'new-count': '301',
      'unchanged-count': '0',
      'total-count': '301',
      'policy-changes': '2',
      'sarif-file': join(pr.repo.root, 'tlsguard.sarif'),
    });
    const errors = action.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toHaveLength(10);
    expect(errors.some((c) => c.properties.file === 'src/api.js')).toBe(true);
    expect(notices(action).at(-1)?.message).toMatch(/^291 more findings — see the job summary/);
    const comment = github.comments[0]?.body ?? '';
    for (const markdown of [action.summary, comment]) {
      expect(markdown).toContain('**None of these changes applied to this run**');
      expect(markdown).toContain('src/api.js');
    }
    expect(action.summary).toContain('## tlsguard: 301 new insecure TLS findings');
    expect(Buffer.byteLength(action.summary)).toBeLessThan(LIMITS.summary);
    expect(comment.length).toBeLessThan(LIMITS.comment);
    expect(comment).toContain('more findings in');
    expect(Buffer.byteLength(action.stdout)).toBeLessThan(LIMITS.log);
    const sarifText = readFileSync(join(pr.repo.root, 'tlsguard.sarif'), 'utf8');
    expect(Buffer.byteLength(sarifText)).toBeLessThan(LIMITS.sarif);
    const sarif = JSON.parse(sarifText) as { runs: { results: unknown[] }[] };
    expect(sarifProblems(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(301);
    const [check] = [...github.checkRuns.values()];
    expect(check?.annotations).toHaveLength(301);
    expectNothingOutsideChanged(outside, pr);
    expect(github.violations).toEqual([]);
  }, 120_000);

  it('the CLI: text and JSON for the same change, with --policy base, within their limits', async () => {
    const pr = await hostilePullRequest(victim().file);
    const args = ['scan', '--base-ref', pr.base, '--policy', 'base', pr.repo.root];
    const text = await runCli(args);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('✖ 301 new findings');
    expect(Buffer.byteLength(text.stdout)).toBeLessThan(LIMITS.text);
    expect(Math.max(...text.stdout.split('\n').map((line) => line.length))).toBeLessThan(1_000);
    const json = await runCli([...args.slice(0, 1), '--format', 'json', ...args.slice(1)]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: unknown[]; policy: { source: string } };
    expect(report.findings).toHaveLength(301);
    expect(report.policy.source).toBe('base');
  }, 120_000);
});

function expectNothingOutsideChanged(
  outside: { folder: string; file: string },
  pr: PullRequestCheckout,
) {
  expect(readFileSync(outside.file, 'utf8')).toBe('precious\n');
  expect(readdirSync(outside.folder)).toEqual(['victim.txt']);
  // The link itself was replaced by the SARIF file inside the workspace.
  expect(lstatSync(join(pr.repo.root, 'tlsguard.sarif')).isFile()).toBe(true);
}
