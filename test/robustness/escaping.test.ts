import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { pullRequestCheckout, type PullRequestCheckout } from '../helpers/pull-request.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

/**
 * File names a pull request author controls, one per trick, each file with exactly one finding. The
 * other end-to-end tests combine several tricks in one name; this table checks each on its own, in
 * every output of one Action run and one CLI run.
 */
const NAMES: Record<string, string> = {
  percent: 'pct%0A%3A%25.js',
  newline: 'new\nline::warning::x.js',
  'carriage return': 'cr\rx.js',
  'terminal escape': 'ansi\u001b[2J\u001b[31mred.js',
  'double colon': 'a::error::b.js',
  comma: 'comma,line=99,col=1.js',
  backtick: 'tick`code`.js',
  script: 'x<script>alert(1)<img src=x onerror=alert(2)>.js',
  pipe: 'pipe|cell|x.js',
  // `bidi\u202Etxt.js` shows as `bidi` + `sj.txt`; isolates, marks and zero-width characters hide text.
  'bidi and zero-width': 'bidi\u202Etxt\u2066i\u2069\u200Fm\u061C\u200Bz\u200D\uFEFF\u2060.js',
};
const FINDING = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n";

/**
 * How tlsguard shows a name in text and inside markdown code: control characters as `\xNN`,
 * bidirectional controls and zero-width characters as `\uNNNN`.
 */
function shown(name: string): string {
  return name.replace(
    // eslint-disable-next-line no-control-regex -- the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g,
    (char) => {
      const code = char.charCodeAt(0);
      return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    },
  );
}

/** Rows of the GFM-rendered markdown (marked, as GitHub renders tables), each as its cells' text. */
function renderedRows(markdown: string): string[][] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  expect(html).not.toMatch(/<(script|img)\b/i);
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => decodeEntities(cell[1]!)),
  );
}

/** Links of the GFM-rendered markdown: where they go, and the text they show. */
function renderedLinks(markdown: string): { href: string; text: string }[] {
  const html = marked.parse(markdown, { async: false, gfm: true });
  expect(html).not.toMatch(/<(script|img)\b/i);
  return [...html.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)].map((link) => ({
    href: decodeEntities(link[1]!),
    text: decodeEntities(link[2]!),
  }));
}

function decodeEntities(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|\w+);/g, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
    );
}

interface Sarif {
  runs: {
    results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

let github: FakeGitHub;
let pr: PullRequestCheckout;
let action: ActionRun;
let text: CliRun;

beforeAll(async () => {
  github = new FakeGitHub();
  const apiUrl = await github.start();
  pr = pullRequestCheckout(
    { 'README.md': 'base\n' },
    Object.fromEntries(Object.values(NAMES).map((name) => [name, FINDING])),
  );
  action = await runAction({
    workspace: pr.repo.root,
    apiUrl,
    event: pr.event,
    sha: pr.merge,
    inputs: { 'sarif-file': 'tlsguard.sarif' },
  });
  text = await runCli(['scan', '--no-baseline', pr.repo.root]);
}, 60_000);

afterAll(async () => {
  await github.stop();
});

describe('hostile file names, one trick each, through every output', () => {
  it('the runs themselves: failed on the findings, nothing else wrong', () => {
    expect(action.stderr).toBe('');
    expect(action.code).toBe(1);
    expect(action.outputs['new-count']).toBe(String(Object.keys(NAMES).length));
    expect(text.code).toBe(1);
    // Only tlsguard's own commands: no name turned into a command (or a property) of its own.
    const errors = action.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toHaveLength(Object.keys(NAMES).length);
    expect(action.commands.map((c) => c.command)).not.toContain('warning');
    expect(errors.every((c) => c.properties.line === '1' && c.properties.col === '1')).toBe(true);
    expect(github.violations).toEqual([]);
  });

  it.each(Object.entries(NAMES))('%s: workflow command', (_, name) => {
    const [annotation, ...more] = action.commands.filter((c) => c.properties.file === name);
    expect(more).toEqual([]);
    expect(annotation?.message).toMatch(/NODE_TLS_REJECT_UNAUTHORIZED/);
    // Escaped as the runner expects: the raw line holds none of the characters that end a property.
    const raw = action.stdout
      .split('\n')
      .find((line) => line.startsWith('::error ') && line.includes(escapeProperty(name)));
    expect(raw).toBeDefined();
    expect(raw).not.toMatch(/\r/);
  });

  it.each(Object.entries(NAMES))('%s: one row in the job summary', (_, name) => {
    const rows = renderedRows(action.summary).filter((cells) =>
      cells.some((cell) => cell.includes(`${shown(name)}:1`)),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(4);
  });

  it.each(Object.entries(NAMES))(
    '%s: one link in the PR comment, to the exact file, showing the name as text',
    (_, name) => {
      const links = renderedLinks(github.comments[0]?.body ?? '').filter(
        (link) => link.text === `${shown(name)}:1`,
      );
      expect(links).toHaveLength(1);
      const path = new URL(links[0]!.href).pathname.split('/').slice(5).join('/');
      expect(decodeURIComponent(path)).toBe(name);
    },
  );

  it.each(Object.entries(NAMES))(
    '%s: SARIF URI, percent-encoded, decodes to the exact name',
    (_, name) => {
      const sarif = JSON.parse(readFileSync(join(pr.repo.root, 'tlsguard.sarif'), 'utf8')) as Sarif;
      expect(sarifProblems(sarif)).toEqual([]);
      const uris = sarif.runs[0]!.results.map(
        (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
      const uri = uris.find((candidate) => decodeURIComponent(candidate) === name);
      // RFC 3986: encodeURIComponent, plus the sub-delimiters it leaves alone.
      expect(uri).toBe(
        encodeURIComponent(name).replace(
          /[!'()*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        ),
      );
      expect(uri).toMatch(/^[A-Za-z0-9%._~-]+$/);
    },
  );

  it.each(Object.entries(NAMES))(
    '%s: text output shows it, with no raw control character',
    (_, name) => {
      expect(`\n${text.stdout}`).toContain(`\n${shown(name)}\n  1:1  error`);
    },
  );

  // GitHub shows 10 annotations per level; one name per trick keeps every one of them visible.
  it("stays within one step's annotations", () => {
    expect(Object.keys(NAMES).length).toBeLessThanOrEqual(10);
  });

  it('text output as a whole: no control, bidi or zero-width character but newlines (no colour when not a terminal)', () => {
    expect(text.stdout).not.toMatch(
      // eslint-disable-next-line no-control-regex -- the point
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/,
    );
  });

  it('summary and comment as a whole: no raw bidi or zero-width character', () => {
    for (const markdown of [action.summary, github.comments[0]?.body ?? '']) {
      expect(markdown).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/);
    }
  });
});

/** The runner's escaping of a workflow command property (@actions/core's toCommandProperties). */
function escapeProperty(value: string): string {
  return value
    .replaceAll('%', '%25')
    .replaceAll('\r', '%0D')
    .replaceAll('\n', '%0A')
    .replaceAll(':', '%3A')
    .replaceAll(',', '%2C');
}

describe('the terminal never receives a control, bidi or zero-width character from a repository', () => {
  // eslint-disable-next-line no-control-regex -- the point
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

  it('tlsguard baseline: file names in its warnings', async () => {
    const name = 'bad\u001b[31m\u202Eevil.js';
    const repo = new GitRepo({ [name]: 'const rejectUnauthorized = = ;\n' });
    const run = await runCli(['baseline', repo.root]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: bad\\x1b[31m\\u202eevil.js: ');
    expect(run.stderr).not.toMatch(RAW);
  });

  it('a baseline entry whose rule id is a terminal escape: exit 2, shown escaped', async () => {
    const repo = new GitRepo({ 'a.js': 'export {};\n' });
    const entry = { ruleId: '\u001b[2J\u202eowned', path: 'a.js', fingerprint: 'abcdef12' };
    const baseline = { version: 1, fingerprintAlgorithm: 'tlsguard-fp/v1', findings: [entry] };
    repo.write('.tlsguard-baseline.json', JSON.stringify(baseline));
    const run = await runCli(['scan', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'findings[0].ruleId "\\u001b[2J\\u202eowned" is not a tlsguard rule',
    );
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stdout).toBe('');
  });
});
