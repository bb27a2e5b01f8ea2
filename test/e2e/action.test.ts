import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import {
  pullRequestCheckout,
  pullRequestEvent,
  shallowClone,
  type PullRequestCheckout,
} from '../helpers/pull-request.js';
import { runAction, TOKEN, type ActionRun } from '../helpers/run-action.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

const INSECURE = 'https.get(url, { rejectUnauthorized: false });\n';
const HTTPS = "const https = require('https');\n";
const ENV_OFF = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n";
/** File names a pull request author controls, built to break out of every output format. */
const INJECTION = 'a%0A::error::x,y:z.js';
const MARKUP = 'src/`tick`|pipe<script>alert(1)<\\script>.js';
const NEWLINE = 'src/new\nline::warning::x.js';

let github: FakeGitHub;
let apiUrl: string;

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
});

afterEach(async () => {
  await github.stop();
});

/** The Action on a pull request's merge checkout, started as the runner starts it. */
function runOnPullRequest(pr: PullRequestCheckout, inputs: Record<string, string> = {}) {
  return runAction({ workspace: pr.repo.root, apiUrl, event: pr.event, sha: pr.merge, inputs });
}

/** A pull request adding `count` findings to one file. */
function manyFindingsPullRequest(count: number): PullRequestCheckout {
  const lines = Array.from(
    { length: count },
    (_, i) => `https.get(u${i}, { rejectUnauthorized: false });`,
  );
  return pullRequestCheckout(
    { 'README.md': 'hi\n' },
    { 'src/many.js': `${HTTPS}${lines.join('\n')}\n` },
  );
}

function annotations(run: ActionRun, level: string) {
  return run.commands.filter((c) => c.command === level);
}

/** A pull request adding three findings (in hostile file names) to a base that already has one. */
function hostilePullRequest() {
  return pullRequestCheckout(
    { 'src/legacy.js': `${HTTPS}${INSECURE}` },
    { [INJECTION]: ENV_OFF, [MARKUP]: ENV_OFF, [NEWLINE]: ENV_OFF },
  );
}

describe('the Action on a pull request (dist/index.js, runner environment, fake GitHub API)', () => {
  it('annotates only new findings with escaped workflow commands, writes an escaped summary and comment, sets outputs, fails', async () => {
    const pr = hostilePullRequest();
    // Every file, so the unchanged finding in src/legacy.js is reported too (see the diff-mode test).
    const run = await runOnPullRequest(pr, {
      'sarif-file': 'tlsguard.sarif',
      'changed-only': 'false',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    const errors = annotations(run, 'error').filter((c) => c.properties.file !== undefined);
    expect(errors.map((c) => c.properties.file).sort()).toEqual(
      [INJECTION, MARKUP, NEWLINE].sort(),
    );
    expect(run.stdout).toContain('file=a%250A%3A%3Aerror%3A%3Ax%2Cy%3Az.js,line=1');
    expect(run.stdout).toContain('file=src/new%0Aline%3A%3Awarning%3A%3Ax.js');
    // Nothing the file names carry became a command of its own.
    expect(run.commands.filter((c) => c.message === 'x' || c.message.startsWith('x,'))).toEqual([]);
    expect(run.commands.map((c) => c.command)).not.toContain('warning');
    expect(annotations(run, 'error').some((c) => c.properties.file === 'src/legacy.js')).toBe(
      false,
    );

    expect(run.outputs).toEqual({
      'new-count': '3',
      'unchanged-count': '1',
      'fixed-count': '0',
      'total-count': '4',
      'sarif-file': join(pr.repo.root, 'tlsguard.sarif'),
      'policy-changes': '0',
    });

    expect(run.summary).toContain('## tlsguard: 3 new insecure TLS findings');
    expect(run.summary).toContain('Unchanged findings (1)');
    expect(run.summary).toContain(
      `https://github.com/octocat/Hello-World/blob/${pr.head}/src/legacy.js#L2`,
    );
    for (const text of [run.summary, github.comments[0]?.body ?? '']) {
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('`tick`');
      expect(text).not.toMatch(/\|pipe/);
      expect(text).not.toContain('::error::');
      expect(text).toContain('&#60;script&#62;');
    }
    expect(github.violations).toEqual([]);
    expect(github.calls('issues/create-comment')).toHaveLength(1);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    // The token is masked first thing and never appears in the log, the summary, the outputs or a comment.
    expect(run.stdout.indexOf(`::add-mask::${TOKEN}`)).toBeGreaterThanOrEqual(0);
    const leaked = [
      run.stdout.replace(`::add-mask::${TOKEN}`, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(join(pr.repo.root, 'tlsguard.sarif'), 'utf8'),
      ...github.comments.map((c) => c.body),
    ].filter((text) => text.includes(TOKEN));
    expect(leaked).toEqual([]);
    const sarif = JSON.parse(readFileSync(join(pr.repo.root, 'tlsguard.sarif'), 'utf8')) as {
      runs: { results: { baselineState: string }[] }[];
    };
    expect(sarifProblems(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((r) => r.baselineState).sort()).toEqual([
      'new',
      'new',
      'new',
      'unchanged',
    ]);
  });

  it('scans only the files the pull request changed by default (diff mode), and says so', async () => {
    const pr = hostilePullRequest();
    const run = await runOnPullRequest(pr);
    expect(run.code).toBe(1);
    // src/legacy.js did not change: it is not read, so its accepted finding is not listed.
    expect(run.outputs).toMatchObject({ 'new-count': '3', 'unchanged-count': '0' });
    expect(run.summary).toContain('Only the files changed since');
    expect(run.summary).toContain('`changed-only: false`');
    expect(run.summary).not.toContain('src/legacy.js');
  });

  it('in diff mode looks at what the pull request commits, not at files earlier steps left in the workspace', async () => {
    const pr = hostilePullRequest();
    // A build step's leftovers: an untracked file and an uncommitted edit of an unchanged file.
    pr.repo.write('generated/client.js', 'https.get(u, { rejectUnauthorized: false });\n');
    pr.repo.write('src/legacy.js', 'https.get(u, { rejectUnauthorized: false }); // edited\n');
    const run = await runOnPullRequest(pr);
    expect(run.outputs).toMatchObject({ 'new-count': '3', 'unchanged-count': '0' });
    expect(run.summary).not.toContain('generated/client.js');
    expect(run.summary).not.toContain('src/legacy.js');
  });

  it('updates its one comment in place on the next run, and turns it into an all-clear when clean', async () => {
    const pr = hostilePullRequest();
    github.addComment('<!-- tlsguard:pr-comment 000000000000 --> someone else', {
      login: 'mallory',
      type: 'User',
    });
    const first = await runOnPullRequest(pr);
    expect(first.code).toBe(1);
    const [created] = github.calls('issues/create-comment');
    const ours = github.comments.find((c) => c.user.login === 'github-actions[bot]');
    expect(ours?.body).toContain('3 new insecure TLS findings');
    const marker = /^<!-- tlsguard:pr-comment [0-9a-f]{12} -->/.exec(ours?.body ?? '')?.[0];
    expect(marker).toBeDefined();
    // A stranger pasting our marker is not taken for our comment.
    github.addComment(`${marker!}\nnot ours`, { login: 'mallory', type: 'User' });

    pr.repo.git('rm', '-q', '--', INJECTION, MARKUP, NEWLINE);
    pr.repo.commit('fix');
    const second = await runOnPullRequest(pr);
    expect(second.code).toBe(0);
    expect(github.calls('issues/create-comment')).toEqual([created]);
    const updates = github.calls('issues/update-comment');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.path).toBe(`/repos/octocat/Hello-World/issues/comments/${ours!.id}`);
    expect(ours!.body).toContain('no new insecure TLS usage');
    expect(github.comments.filter((c) => c.user.login === 'mallory').map((c) => c.body)).toEqual([
      '<!-- tlsguard:pr-comment 000000000000 --> someone else',
      `${marker!}\nnot ours`,
    ]);
    expect(github.violations).toEqual([]);
  });

  it('turns a 403 on the comment into one warning naming the permission and fails only for the findings', async () => {
    const pr = hostilePullRequest();
    github.refusals = [{ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403 }];
    const run = await runOnPullRequest(pr);
    expect(run.code).toBe(1);
    const warnings = annotations(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('permissions: { pull-requests: write }');
    expect(warnings[0]!.message).toContain('HTTP 403');
    expect(run.stdout).toMatch(/3 new insecure TLS findings at or above error/);
    expect(run.outputs['new-count']).toBe('3');
    expect(github.violations).toEqual([]);

    // A fork's read-only token: the comment and the check run are refused, the step passes on fail-on: none.
    github.refusals.push({ method: 'POST', path: /\/check-runs$/, status: 403 });
    const lenient = await runAction({
      workspace: pr.repo.root,
      apiUrl,
      event: pullRequestEvent(pr.base, pr.head, true),
      sha: pr.merge,
      inputs: { 'fail-on': 'none', 'check-run': 'true' },
    });
    expect(lenient.code).toBe(0);
    const refused = annotations(lenient, 'warning').map((c) => c.message);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toContain('permissions: { pull-requests: write }');
    expect(refused[1]).toContain('permissions: { checks: write }');
    expect(refused.every((m) => m.includes('from forks'))).toBe(true);
    expect(annotations(lenient, 'error')).toHaveLength(3);
    expect(github.violations).toEqual([]);
  });

  it('replaces a committed tlsguard.sarif link with the SARIF file and never writes through it', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'tlsguard-victim-')), 'victim.txt');
    writeFileSync(outside, 'precious\n');
    const pr = pullRequestCheckout({ 'README.md': 'hi\n' }, { 'src/a.js': ENV_OFF }, (repo) => {
      symlinkSync(outside, join(repo.root, 'tlsguard.sarif'));
      mkdirSync(join(repo.root, 'out'));
      symlinkSync(join(outside, '..'), join(repo.root, 'out', 'linked'));
    });
    const run = await runOnPullRequest(pr, { 'sarif-file': 'tlsguard.sarif', comment: 'false' });
    expect(run.code).toBe(1);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(pr.repo.root, 'tlsguard.sarif')).isFile()).toBe(true);
    expect(run.outputs['sarif-file']).toBe(join(pr.repo.root, 'tlsguard.sarif'));
    expect(annotations(run, 'warning').map((c) => c.message)).toEqual([
      `${join(pr.repo.root, 'tlsguard.sarif')} was a symbolic link (committed in the repository?); tlsguard replaced the link with the SARIF file and left its target alone.`,
    ]);
    // Through a linked folder: refused, with a warning; the step's outcome is the findings'.
    const linked = await runOnPullRequest(pr, {
      'sarif-file': 'out/linked/x.sarif',
      comment: 'false',
    });
    expect(linked.code).toBe(1);
    expect(readdirSync(join(outside, '..'))).toEqual(['victim.txt']);
    expect(linked.outputs['sarif-file']).toBe('');
    expect(annotations(linked, 'warning')[0]?.message).toMatch(/out\/linked .*is a symbolic link/);
  });

  it('comments when GET /user answers 404 for its token, as some servers do, without a warning', async () => {
    const pr = hostilePullRequest();
    github.userRefusal = 404;
    const run = await runOnPullRequest(pr);
    expect(run.code).toBe(1);
    expect(github.calls('users/get-authenticated')).toHaveLength(1);
    expect(github.calls('issues/create-comment')).toHaveLength(1);
    expect(annotations(run, 'warning')).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('finds its comment among many (paging), keeps the oldest copy and deletes duplicates', async () => {
    const pr = hostilePullRequest();
    for (let i = 0; i < 130; i++)
      github.addComment(`chatter ${i}`, { login: 'octocat', type: 'User' });
    const key = createHash('sha256')
      .update(['TLS', 'tlsguard', ''].join('\0'))
      .digest('hex')
      .slice(0, 12);
    const marker = `<!-- tlsguard:pr-comment ${key} -->`;
    const oldest = github.addComment(`${marker}\nold report`);
    const duplicate = github.addComment(`${marker}\nraced report`);
    const run = await runOnPullRequest(pr);
    expect(run.code).toBe(1);
    expect(github.calls('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '2',
    ]);
    expect(github.calls('issues/create-comment')).toEqual([]);
    expect(github.calls('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/octocat/Hello-World/issues/comments/${oldest.id}`,
    ]);
    expect(github.calls('issues/delete-comment').map((r) => r.path)).toEqual([
      `/repos/octocat/Hello-World/issues/comments/${duplicate.id}`,
    ]);
    expect(oldest.body).toContain('3 new insecure TLS findings');
    expect(github.violations).toEqual([]);
  });

  it('with 25 new findings: exactly 10 error annotations, one "15 more" notice, all 25 in the summary', async () => {
    const pr = manyFindingsPullRequest(25);
    const run = await runOnPullRequest(pr, { comment: 'false' });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error')).toHaveLength(10);
    expect(annotations(run, 'error').map((c) => c.properties.line)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 2)),
    );
    const notices = annotations(run, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^15 more findings — see the job summary/);
    expect(run.summary.match(/blob\/[0-9a-f]{40}\/src\/many\.js#L\d+/g)).toHaveLength(25);
    expect(run.stdout).toMatch(/25 new insecure TLS findings/);
    expect(github.requests).toEqual([]);
  });

  it('exits 0 with fail-on: none, still reporting everything', async () => {
    const pr = hostilePullRequest();
    const run = await runOnPullRequest(pr, { 'fail-on': 'none' });
    expect(run.code).toBe(0);
    expect(annotations(run, 'error')).toHaveLength(3);
    expect(run.summary).toContain('does not fail on findings');
    expect(github.comments).toHaveLength(1);
  });

  it('warns with the exact fix when the base commit is not in a shallow clone, and carries on', async () => {
    const pr = hostilePullRequest();
    const workspace = shallowClone(pr);
    const run = await runAction({
      workspace,
      apiUrl,
      event: pr.event,
      sha: pr.merge,
      inputs: { comment: 'false' },
    });
    expect(run.code).toBe(1);
    const warnings = annotations(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('fetch-depth: 2');
    // Without the base, the finding that was already there counts as new.
    expect(run.outputs['new-count']).toBe('4');
  });

  it('fails with a configuration error when an explicit base-ref is missing', async () => {
    const pr = hostilePullRequest();
    const run = await runOnPullRequest(pr, { 'base-ref': 'no-such-branch' });
    expect(run.code).toBe(1);
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('--base-ref no-such-branch: no such commit');
    expect(run.outputs).toEqual({});
    expect(github.requests).toEqual([]);
  });

  it('reports repository-relative paths when it scans a package of a monorepo', async () => {
    const pr = pullRequestCheckout(
      { 'packages/web/index.js': 'export {};\n' },
      { 'packages/api/src/client.js': `${HTTPS}${INSECURE}`, 'packages/web/bad.js': ENV_OFF },
    );
    const run = await runOnPullRequest(pr, {
      path: 'packages/api',
      'sarif-file': 'out/api.sarif',
      'check-run': 'true',
    });
    expect(run.code).toBe(1);
    const located = annotations(run, 'error').filter((c) => c.properties.file !== undefined);
    expect(located.map((c) => c.properties.file)).toEqual(['packages/api/src/client.js']);
    expect(run.summary).toContain(`/blob/${pr.head}/packages/api/src/client.js#L2`);
    const sarif = readFileSync(join(pr.repo.root, 'out', 'api.sarif'), 'utf8');
    expect(sarif).toContain('"uri": "packages/api/src/client.js"');
    const [check] = github.calls('checks/create');
    expect(check?.body).toMatchObject({ name: 'tlsguard (packages/api)', head_sha: pr.head });
    expect(github.violations).toEqual([]);
  });

  it('maps the baseline and config inputs onto the same settings as the CLI (push event)', async () => {
    const repo = new GitRepo({ 'src/legacy.js': `${HTTPS}${INSECURE}` });
    expect((await runCli(['baseline', repo.root])).code).toBe(0);
    repo.write(
      'ci/tlsguard.json',
      JSON.stringify({ rules: { 'no-disabled-cert-verification': 'off' } }),
    );
    repo.commit('baseline');
    const push = { workspace: repo.root, apiUrl, eventName: 'push', event: { after: 'x' } };
    const accepted = await runAction(push);
    expect(accepted.code).toBe(0);
    expect(accepted.outputs).toMatchObject({ 'new-count': '0', 'unchanged-count': '1' });
    const ignored = await runAction({ ...push, inputs: { baseline: 'none' } });
    expect(ignored.code).toBe(1);
    expect(ignored.outputs).toMatchObject({ 'new-count': '1', 'unchanged-count': '0' });
    const configured = await runAction({
      ...push,
      inputs: { config: 'ci/tlsguard.json', baseline: 'none' },
    });
    expect(configured.code).toBe(0);
    expect(configured.outputs['total-count']).toBe('0');
    const invalid = await runAction({ ...push, inputs: { 'fail-on': 'sometimes' } });
    expect(invalid.code).toBe(1);
    expect(annotations(invalid, 'error')[0]?.message).toContain("input 'fail-on' must be one of");
    expect(github.requests).toEqual([]);
  });

  it('creates the optional check run on the head commit with every annotation, 50 per request', async () => {
    const pr = manyFindingsPullRequest(60);
    const run = await runOnPullRequest(pr, { 'check-run': 'true', comment: 'false' });
    expect(run.code).toBe(1);
    const [create, ...updates] = [
      ...github.calls('checks/create'),
      ...github.calls('checks/update'),
    ];
    expect(create?.body).toMatchObject({
      head_sha: pr.head,
      conclusion: 'failure',
      status: 'completed',
    });
    expect(updates).toHaveLength(1);
    const [stored] = [...github.checkRuns.values()];
    expect(stored?.annotations).toHaveLength(60);
    expect(github.violations).toEqual([]);
  });
});
