import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestCheckout } from '../helpers/pull-request.js';
import { runAction } from '../helpers/run-action.js';
import { runCli, tempProject } from '../helpers/run-cli.js';

/** Issue 16's acceptance: a repository whose only bypasses live in its Dockerfile and a workflow. */
const INSECURE = {
  Dockerfile: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
  '.github/workflows/ci.yml':
    'on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: curl -fsSLk https://get.example.com | sh\n',
};
/** The same files with look-alikes that are safe: YAML `false` is the string "false"; `-K` is a config file. */
const SAFE = {
  Dockerfile: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=false\n',
  '.github/workflows/ci.yml':
    'on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: false\n    steps:\n      - uses: actions/checkout@v5\n      - run: curl -K cfg https://get.example.com | sh\n',
};

interface JsonReport {
  findings: { file: string; line: number; column: number; ruleId: string; severity: string }[];
  suppressed: { file: string; line: number; ruleId: string; reason: string }[];
  diagnostics: unknown[];
}

async function scanJson(files: Record<string, string>, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', ...args, tempProject(files)]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

function located(report: JsonReport): string[] {
  return report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
}

describe('config and infrastructure files (dist/cli/index.js)', () => {
  it('reports exactly the Dockerfile ENV and the workflow curl -k, at their line and column, and fails', async () => {
    const { code, report } = await scanJson(INSECURE);
    expect(located(report)).toEqual([
      '.github/workflows/ci.yml:7:19 no-disabled-cert-verification error',
      'Dockerfile:2:34 no-tls-verification-env-override error',
    ]);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(1);
  });

  it('passes NODE_TLS_REJECT_UNAUTHORIZED: false and curl -K cfg', async () => {
    const { code, report } = await scanJson(SAFE);
    expect(located(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('honours # suppression comments in Dockerfiles, workflows and run scripts', async () => {
    const { code, report } = await scanJson({
      Dockerfile:
        'FROM node:20\n# tlsguard-ignore-next-line no-tls-verification-env-override -- the image only talks to the local mock\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      '.github/workflows/ci.yml':
        'jobs:\n  build:\n    steps:\n      - run: |\n          # tlsguard-ignore-next-line no-disabled-cert-verification -- internal mirror, see SEC-12\n          curl -k https://mirror.internal/x\n',
    });
    expect(located(report)).toEqual([]);
    expect(report.suppressed.map((f) => `${f.file}:${f.line} ${f.reason}`)).toEqual([
      '.github/workflows/ci.yml:6 internal mirror, see SEC-12',
      'Dockerfile:3 the image only talks to the local mock',
    ]);
    expect(code).toBe(0);
  });

  it('suppresses package.json findings with a .tlsguard.json ignore entry, and rejects an unknown rule', async () => {
    const files = {
      'package.json':
        '{\n  "scripts": {\n    "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 node server.js",\n    "seed": "NODE_TLS_REJECT_UNAUTHORIZED=0 node seed.js"\n  }\n}\n',
      '.tlsguard.json': JSON.stringify({
        ignore: [
          {
            path: 'package.json',
            rule: 'no-tls-verification-env-override',
            match: '"seed"',
            reason: 'seeds the local database over its self-signed certificate',
          },
        ],
      }),
    };
    const { code, report } = await scanJson(files);
    expect(located(report)).toEqual(['package.json:3:44 no-tls-verification-env-override error']);
    expect(report.suppressed.map((f) => `${f.file}:${f.line} ${f.reason}`)).toEqual([
      'package.json:4 seeds the local database over its self-signed certificate',
    ]);
    expect(code).toBe(1);

    const typo = await runCli([
      'scan',
      tempProject({
        ...files,
        '.tlsguard.json': JSON.stringify({
          ignore: [{ path: 'package.json', rule: 'no-tls-env-override', reason: 'x' }],
        }),
      }),
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rule "no-tls-env-override" in "ignore[0].rule"');
  });

  it('reads an extension-less script by its shebang, and nothing else without extension', async () => {
    const { report } = await scanJson({
      'bin/deploy': '#!/usr/bin/env bash\ngit config --global http.sslVerify false\n',
      'bin/notes': 'git config --global http.sslVerify false\n',
      LICENSE: 'curl -k https://example.com\n',
    });
    expect(located(report)).toEqual(['bin/deploy:2:36 no-disabled-cert-verification error']);
    expect(report.diagnostics).toEqual([]);
  });

  it('caps a test script and a development compose override like test code', async () => {
    const { code, report } = await scanJson({
      'package.json':
        '{"scripts": {"test:e2e": "cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 playwright test"}}\n',
      'docker-compose.override.yml':
        'services:\n  api:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: 0\n',
    });
    expect(located(report)).toEqual([
      'docker-compose.override.yml:4:37 no-tls-verification-env-override note',
      'package.json:1:66 no-tls-verification-env-override note',
    ]);
    expect(code).toBe(0);
  });
});

describe('the Action on a pull request that adds a Dockerfile and a workflow', () => {
  let github: FakeGitHub;
  let apiUrl: string;

  beforeEach(async () => {
    github = new FakeGitHub();
    apiUrl = await github.start();
  });

  afterEach(async () => {
    await github.stop();
  });

  it('annotates the ENV line and the run line', async () => {
    const pr = pullRequestCheckout({ 'README.md': 'hi\n' }, INSECURE);
    const run = await runAction({
      workspace: pr.repo.root,
      apiUrl,
      event: pr.event,
      sha: pr.merge,
      inputs: {},
    });
    expect(run.code).toBe(1);
    const errors = run.commands
      .filter((c) => c.command === 'error' && c.properties.file !== undefined)
      .map(
        (c) =>
          `${c.properties.file}:${c.properties.line}:${c.properties.col} ${c.properties.title}`,
      );
    expect(errors.sort()).toEqual([
      '.github/workflows/ci.yml:7:19 `-k` in `curl -fsSLk` turns off the TLS certificate checks of curl from the server for this step',
      'Dockerfile:2:34 `NODE_TLS_REJECT_UNAUTHORIZED=0` turns off TLS certificate checks for this image',
    ]);
    expect(github.violations).toEqual([]);
  });
});
