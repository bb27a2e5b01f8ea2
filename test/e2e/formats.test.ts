import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { gitLabProblems } from '../helpers/gitlab-schema.js';
import { workflowCommands } from '../helpers/run-action.js';
import { REPO_ROOT, runCli, type CliRun } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';
import { parseXml } from '../helpers/xml.js';

/**
 * Every `--format` of `tlsguard scan` on one small project, compared with a golden file someone has
 * read (test/fixtures/formats/; `UPDATE_GOLDEN=1` rewrites them — read the diff before committing), and
 * checked against the format's published schema or parser where there is one. The project has a new
 * error, a new warning in a file whose name needs escaping, a note in test code, a finding the
 * baseline accepts and one a comment suppresses.
 */
const GOLDEN = join(REPO_ROOT, 'test', 'fixtures', 'formats');
const FORMATS = {
  text: 'txt',
  json: 'json',
  sarif: 'sarif',
  github: 'github.txt',
  markdown: 'md',
  gitlab: 'gitlab.json',
  junit: 'xml',
} as const;
type Format = keyof typeof FORMATS;

const PROJECT: Record<string, string> = {
  'src/client.js':
    "const https = require('https');\nhttps.request('https://api.example.com', { rejectUnauthorized: false });\n",
  "src/tom&jerry's.js":
    "const tls = require('tls');\nconst socket = tls.connect(443, 'example.com');\nsocket.on('keylog', (line) => fs.appendFileSync('/tmp/keys.log', line));\n",
  'src/suppressed.js':
    "const https = require('https');\n// tlsguard-ignore-next-line no-disabled-cert-verification -- a local test server with a throw-away certificate\nnew https.Agent({ rejectUnauthorized: false });\n",
  'test/api.test.js': "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n",
};
const LEGACY =
  "const tls = require('tls');\ntls.connect({ host: 'old.example.com', secureProtocol: 'TLSv1_method' });\n";

let repo: GitRepo;
const runs = new Map<Format, CliRun>();

beforeAll(async () => {
  // The baseline accepts src/legacy.js's finding; the other files come after it.
  repo = new GitRepo({ 'src/legacy.js': LEGACY });
  expect((await runCli(['baseline', repo.root])).code).toBe(0);
  for (const [path, content] of Object.entries(PROJECT)) repo.write(path, content);
  repo.commit('project');
  for (const format of Object.keys(FORMATS) as Format[])
    runs.set(
      format,
      await runCli(['scan', '--format', format, repo.root], { env: { NO_COLOR: '1' } }),
    );
}, 60_000);

/** What changes from run to run: durations, and the github format's random stop-commands token. */
function stable(text: string): string {
  return text
    .replace(/"durationMs": \d+/g, '"durationMs": 0')
    .replace(/ in \d+\.\d+ s/g, ' in 0.00 s')
    .replace(/ time="\d+\.\d+"/g, ' time="0.000"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'STOP-TOKEN');
}

function goldenFile(format: Format): string {
  return join(GOLDEN, `golden.${FORMATS[format]}`);
}

/** The golden file's text; written from `actual` first with UPDATE_GOLDEN=1 (or when it is missing). */
function golden(format: Format, actual?: string): string {
  const file = goldenFile(format);
  if (actual !== undefined && (process.env.UPDATE_GOLDEN === '1' || !existsSync(file))) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  return readFileSync(file, 'utf8');
}

describe('tlsguard scan --format <f> (dist/cli/index.js)', () => {
  it.each(Object.keys(FORMATS) as Format[])(
    '%s: exits 1 and prints what the golden file holds',
    (format) => {
      const run = runs.get(format)!;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const actual = stable(run.stdout);
      expect(actual).toBe(golden(format, actual));
    },
  );

  it('sarif: valid SARIF 2.1.0, with the suppressed finding and the baseline state', () => {
    const log = JSON.parse(runs.get('sarif')!.stdout) as {
      runs: { results: { baselineState: string; suppressions?: unknown[] }[] }[];
    };
    expect(sarifProblems(log)).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.map((r) => r.baselineState).sort()).toEqual([
      'new',
      'new',
      'new',
      'new',
      'unchanged',
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('gitlab: valid against GitLab’s documented Code Quality format', () => {
    const report = JSON.parse(runs.get('gitlab')!.stdout) as unknown[];
    expect(gitLabProblems(report)).toEqual([]);
    expect(report).toHaveLength(4);
  });

  it('junit: well-formed XML, one test case per rule, failing only the rule with a failing finding', () => {
    const document = parseXml(runs.get('junit')!.stdout);
    const cases = Array.from(document.getElementsByTagName('testcase'));
    expect(cases.length).toBe(9);
    expect(
      cases
        .filter((c) => c.getElementsByTagName('failure').length > 0)
        .map((c) => c.getAttribute('name')),
    ).toEqual(['no-disabled-cert-verification']);
  });

  it('github: workflow commands the runner reads as one error, one warning and one notice', () => {
    const commands = workflowCommands(runs.get('github')!.stdout);
    expect(commands.map((c) => [c.command, c.properties.file ?? ''])).toEqual([
      ['error', 'src/client.js'],
      ['warning', "src/tom&jerry's.js"],
      ['notice', 'test/api.test.js'],
      ['error', ''],
    ]);
  });

  it('json and markdown parse', () => {
    expect(JSON.parse(runs.get('json')!.stdout)).toMatchObject({ version: 1 });
    const html = marked.parse(runs.get('markdown')!.stdout, { async: false, gfm: true });
    expect(html).toContain('<h2>tlsguard: 3 new insecure TLS findings</h2>');
  });

  it('--output writes each format to its file while the terminal gets the text report', async () => {
    const out = join(repo.root, 'reports');
    const run = await runCli(
      [
        'scan',
        repo.root,
        ...['--format', 'sarif', '--output', join(out, 'tlsguard.sarif')],
        ...['-f', 'junit', '-o', join(out, 'tlsguard.xml')],
        ...['-f', 'gitlab', '-o', join(out, 'gl-code-quality-report.json')],
      ],
      { env: { NO_COLOR: '1' } },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(stable(run.stdout)).toBe(golden('text'));
    for (const [format, file] of [
      ['sarif', 'tlsguard.sarif'],
      ['junit', 'tlsguard.xml'],
      ['gitlab', 'gl-code-quality-report.json'],
    ] as const)
      expect(stable(readFileSync(join(out, file), 'utf8'))).toBe(stable(runs.get(format)!.stdout));
  });

  it('--output with the one format left for the terminal', async () => {
    const file = join(repo.root, 'report.json');
    const run = await runCli(['scan', repo.root, '-f', 'sarif', '-f', 'json', '-o', file]);
    expect(stable(run.stdout)).toBe(stable(runs.get('sarif')!.stdout));
    expect(stable(readFileSync(file, 'utf8'))).toBe(stable(runs.get('json')!.stdout));
  });
});
