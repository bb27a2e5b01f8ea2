import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { resolveSettings } from '../src/scan/settings.js';
import type { ScanResult } from '../src/core/types.js';
import { planAnnotations } from '../src/report/annotations.js';
import { renderJson } from '../src/report/json.js';
import { renderPrComment } from '../src/report/pr-comment-markdown.js';
import { repoPath } from '../src/report/repo-path.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderSummaryMarkdown } from '../src/report/summary-markdown.js';
import { renderText } from '../src/report/text.js';
import { TOOL } from '../src/core/tool.js';
import { RULES } from '../src/rules/index.js';
import { fakeGit, memoryFileSystem } from './helpers/memory-fs.js';
import { readRuleDoc } from './helpers/rule-docs.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/** `npm run fuzz` runs 10,000 cases; `npm test` a short version. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const EXTENSIONS = ['js', 'ts', 'tsx', 'mjs', 'cjs', 'jsx'] as const;

function seeds(): string[] {
  const fromDocs = RULES.flatMap((rule) =>
    readRuleDoc(rule.id).examples.map((example) => example.code),
  );
  const fixtureRoot = join(REPO_ROOT, 'test', 'fixtures');
  const fromFixtures = readdirSync(fixtureRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  return [...fromDocs, ...fromFixtures];
}

/** Edits that break code in the ways real files are broken: cut, spliced, nested, binary, half-merged. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 80 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat({ max: 200 }),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    depth: fc.integer({ min: 1, max: 3000 }),
    open: fc.constantFrom('(', '[', '{', '!'),
  }),
  fc.record({
    kind: fc.constant('token' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '<<<<<<< HEAD\n',
      '/*',
      '`${',
      "'",
      '"',
      '\\',
      '</',
      '<div>',
      '\u0000',
      '\uFEFF',
      '\u2028',
      'rejectUnauthorized: false,',
      'process.env.NODE_TLS_REJECT_UNAUTHORIZED = ',
      '// tlsguard-ignore-next-line ',
      ' as unknown as ',
      '=>',
      '...',
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edit: Mutation): string {
  const at = 'at' in edit ? edit.at % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'insert':
    case 'token':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate':
      return (
        text.slice(0, at + edit.length) +
        text.slice(at, at + edit.length) +
        text.slice(at + edit.length)
      );
    case 'nest': {
      const close = { '(': ')', '[': ']', '{': '}', '!': '' }[edit.open];
      return `const deep = ${edit.open.repeat(edit.depth)}0${close.repeat(edit.depth)};\n${text}`;
    }
  }
}

async function scanOne(path: string, bytes: Uint8Array): Promise<ScanResult> {
  const files = { [`/repo/${path}`]: '' };
  const fs = memoryFileSystem(files);
  const readFile = fs.readFile.bind(fs);
  const io = {
    fs: {
      ...fs,
      readFile: (file: string, max: number) =>
        file === `/repo/${path}`
          ? Promise.resolve({ kind: 'ok' as const, bytes })
          : readFile(file, max),
    },
    git: fakeGit(),
    now: () => 0,
    logger: { debug: () => undefined, warn: () => undefined },
  };
  const settings = await resolveSettings('/repo', ['/repo'], { baseline: false }, RULES, io.fs);
  return scan(settings.scan, io);
}

describe('fuzzing the whole pipeline', () => {
  const corpus = seeds();

  it(`survives ${RUNS} mutated inputs: no crash, no rule failure, findings inside the file`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...corpus),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...EXTENSIONS),
        fc.boolean(),
        async (seed, edits, extension, asLatin1) => {
          const text = edits.reduce(apply, seed);
          const bytes = asLatin1
            ? Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)
            : new TextEncoder().encode(text);
          const result = await scanOne(`fuzz.${extension}`, bytes);
          expect(result.diagnostics.filter((d) => d.kind === 'internal-error')).toEqual([]);
          const lines = text.split(/\r\n|\r|\n/).length + 1;
          for (const finding of result.findings) {
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.endLine).toBeLessThanOrEqual(lines);
            expect(finding.fingerprint).toMatch(/^[0-9a-f]{20}$/);
          }
        },
      ),
      {
        numRuns: RUNS,
        seed: process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED),
      },
    );
  }, 600_000);
});

/** Characters a file name can hold that must never reach a reader raw (see hidden-characters.ts). */
const HIDDEN_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2063',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u{e0041}',
];
const RAW_HIDDEN =
  // eslint-disable-next-line no-control-regex -- the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u{e0000}-\u{e007f}]/u;

const nameChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'Z', '0', '-', '_', '.', ' ') },
  { weight: 2, arbitrary: fc.constantFrom(...HIDDEN_CHARS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      ':',
      ',',
      '`',
      '|',
      '<',
      '>',
      '@',
      '[',
      ']',
      '&',
      '#',
      '\\',
      '*',
    ),
  },
);
const segment = fc
  .array(nameChar, { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((name) => name !== '.' && name !== '..');
const hostileName = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((segments) => `${segments.join('/')}.js`);

describe('fuzzing file names through every output format', () => {
  it(`${RUNS} names with control, bidi and zero-width characters: escaped everywhere a reader sees them, exact in data`, async () => {
    const bytes = new TextEncoder().encode('https.get(u, { rejectUnauthorized: false });\n');
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const result = await scanOne(name, bytes);
        expect(result.findings.map((f) => f.file)).toEqual([name]);
        const context = {
          pathPrefix: '',
          verdict: { failOn: 'new' as const, failSeverity: 'warning' as const, failing: 1 },
        };
        // Text: only the line breaks tlsguard writes.
        expect(renderText(result, { color: false })).not.toMatch(RAW_HIDDEN);
        // Markdown: nothing hidden, nothing that becomes markup.
        for (const markdown of [
          renderSummaryMarkdown(result, context),
          renderPrComment(result, context, { marker: '<!-- m -->' }),
        ]) {
          expect(markdown).not.toMatch(RAW_HIDDEN);
          expect(markdown).not.toMatch(/<(?!\/?(code|a|sub|br|details|summary)\b|!-- m -->)/);
        }
        // Annotations: the exact path (GitHub places them by it), a message with nothing hidden.
        const [annotation] = planAnnotations(result.findings, { pathPrefix: '' }).annotations;
        expect(annotation?.file).toBe(repoPath('', name));
        expect(annotation?.message.replaceAll('\n', ' ')).not.toMatch(RAW_HIDDEN);
        // SARIF and JSON keep the data: a percent-encoded URI, and the name itself.
        const sarif = renderSarif(result, { tool: TOOL, rules: RULES, pathPrefix: '' });
        const uri =
          sarif.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri ??
          '';
        expect(uri).toMatch(/^[A-Za-z0-9%._~/-]+$/);
        expect(decodeURIComponent(uri)).toBe(name);
        const json = JSON.parse(renderJson(result, TOOL)) as { findings: { file: string }[] };
        expect(json.findings[0]?.file).toBe(name);
      }),
      {
        numRuns: RUNS,
        seed: process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED),
      },
    );
  }, 600_000);
});
