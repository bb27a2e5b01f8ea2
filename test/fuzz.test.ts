import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.js';
import { resolveSettings } from '../src/core/settings.js';
import type { ScanResult } from '../src/core/types.js';
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
