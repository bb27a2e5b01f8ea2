import { describe, expect, it } from 'vitest';
import type { LoadedLanguage } from '../core/language.js';
import { defineRule, type Rule } from '../core/rule.js';
import { javascriptChecker } from '../languages/javascript/checker.js';
import { javascriptWith } from '../../test/helpers/javascript.js';
import { RULES } from '../rules/index.js';
import { analyzeFile, type FileInput } from './analyze-file.js';

const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';

function throwingRule(): Rule {
  return defineRule({
    id: 'throws',
    meta: {
      description: 'Throws.',
      category: 'deprecated-api',
      cwe: [],
      confidence: 'low',
      status: 'experimental',
      since: '0.0.0',
      messages: { boom: { risk: 'low', text: 'boom', headline: 'boom' } },
    },
    triggers: { javascript: ['https'] },
  });
}

/** The JavaScript language with a checker for `throws` that throws what `error` makes. */
function throwingLanguage(error: () => Error) {
  const checker = javascriptChecker({
    create: () => ({
      Identifier() {
        throw error();
      },
    }),
  });
  return javascriptWith(new Map([['throws', checker]]));
}

function recurseForever(): never {
  return recurseForever();
}

async function run(
  text: string,
  overrides: Partial<FileInput> = {},
  language?: Promise<LoadedLanguage>,
) {
  return analyzeFile(await (language ?? javascriptWith()), {
    path: 'a.js',
    text,
    rules: RULES,
    severityCap: undefined,
    ...overrides,
  });
}

describe('analyzeFile: nothing in one file ends the scan', () => {
  it('10,000 nested parentheses: too-complex, not a crash', async () => {
    const deep = `x = ${'('.repeat(10_000)}rejectUnauthorized${')'.repeat(10_000)};\n`;
    expect((await run(deep)).diagnostics).toEqual([
      { file: 'a.js', kind: 'too-complex', message: 'skipped: nested too deeply to parse' },
    ]);
  });

  it('a rule that overflows the stack: too-complex for that rule, the others still report', async () => {
    const error = () => (recurseForever(), new Error());
    const output = await run(
      INSECURE,
      { rules: [...RULES, throwingRule()] },
      throwingLanguage(error),
    );
    expect(output.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
    expect(output.diagnostics).toMatchObject([{ kind: 'too-complex' }]);
    expect(output.diagnostics[0]?.message).toMatch(/^rule throws failed on this file/);
  });

  it('a rule that throws anything else: internal-error (a bug of ours)', async () => {
    const output = await run(
      INSECURE,
      { rules: [throwingRule()] },
      throwingLanguage(() => new TypeError('oops')),
    );
    expect(output.diagnostics).toEqual([
      {
        file: 'a.js',
        kind: 'internal-error',
        message: 'rule throws failed on this file and was skipped for it: oops',
      },
    ]);
  });

  it('a throw outside the rules (here: the language) is one diagnostic, never an exception', () => {
    const broken = (error: Error): LoadedLanguage => ({
      analyze: () => {
        throw error;
      },
    });
    const input = { path: 'a.js', text: INSECURE, rules: RULES, severityCap: undefined };
    expect(analyzeFile(broken(new RangeError('Maximum call stack size exceeded')), input)).toEqual({
      findings: [],
      suppressed: [],
      diagnostics: [
        {
          file: 'a.js',
          kind: 'too-complex',
          message: 'skipped: the analysis ran out of stack (deeply nested or very long code)',
        },
      ],
    });
    expect(analyzeFile(broken(new Error('bad')), input).diagnostics).toEqual([
      { file: 'a.js', kind: 'internal-error', message: 'analysis failed: bad' },
    ]);
  });

  it('over the work limit of syntax nodes: too-complex, no rule runs', async () => {
    const text = `${INSECURE}x = [${'0,'.repeat(100)}];\n`;
    const over = await run(text, { maxAstNodes: 100 });
    expect(over.findings).toEqual([]);
    expect(over.diagnostics).toEqual([
      {
        file: 'a.js',
        kind: 'too-complex',
        message: 'skipped: more than 100 syntax nodes, over the work limit per file',
      },
    ]);
    expect((await run(text, { maxAstNodes: 200 })).findings).toHaveLength(1);
  });

  it('merge-conflict markers: a parse error that says what it is', async () => {
    const text = `<<<<<<< HEAD\n${INSECURE}=======\nhttps.get(u);\n>>>>>>> feature\n`;
    expect((await run(text)).diagnostics).toMatchObject([
      { kind: 'parse-error', line: 1, column: 1 },
    ]);
    expect((await run(text)).diagnostics[0]?.message).toContain(
      'It looks like an unresolved merge conflict',
    );
  });

  it('a flat array of 400,000 elements (generated data) is analyzed like any file', async () => {
    const data = `const table = [${'0,'.repeat(400_000)}];\n`;
    const output = await run(`${data}const https = require('https');\n${INSECURE}`);
    expect(output.diagnostics).toEqual([]);
    expect(output.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['no-disabled-cert-verification', 3],
    ]);
  });
});

describe('analyzeFile: positions are lines as git and GitHub count them', () => {
  // U+2028 ends a line for the parser (ECMAScript), not for git, GitHub or editors.
  const SEPARATED = `const note = 'a\u2028b';\n${INSECURE}`;

  it('reports a finding after a U+2028 on the line GitHub shows', async () => {
    const [finding] = (await run(SEPARATED)).findings;
    expect(finding).toMatchObject({ line: 2, column: 16, endLine: 2, endColumn: 41 });
    expect(finding?.snippet).toBe(INSECURE.trimEnd());
  });

  it('applies a next-line suppression across a U+2028 to the line below it', async () => {
    const text = `// tlsguard-ignore-next-line no-disabled-cert-verification -- lab\u2028only\n${INSECURE}`;
    const output = await run(text, {
      ruleIds: {
        known: RULES.map((rule) => rule.id),
        active: new Set(RULES.map((rule) => rule.id)),
        suggest: () => '',
      },
    });
    expect(output.findings).toEqual([]);
    expect(output.suppressed.map((finding) => finding.line)).toEqual([2]);
  });

  it('places a syntax error after a U+2028 on the line GitHub shows', async () => {
    const [diagnostic] = (await run(`const a = '\u2028';\nconst = 1;\n`)).diagnostics;
    expect(diagnostic).toMatchObject({ kind: 'parse-error', line: 2, column: 7 });
  });
});

describe('analyzeFile: snippets stay small and show the finding', () => {
  it('cuts a long line to a window around the finding and says where the window starts', async () => {
    const padding = `/*${'x'.repeat(100_000)}*/`;
    const [found] = (await run(`${padding} ${INSECURE}`)).findings;
    expect(found).toMatchObject({ line: 1, column: padding.length + 17 });
    expect(found!.snippet).toHaveLength(301);
    expect(found!.snippet).toMatch(/^…x+\*\/ https\.get\(u, \{ rejectUnauthorized: false \}\);$/);
    const offset = found!.snippetOffset!;
    // The window's text is the line's from `snippetOffset` on, after the `…`.
    expect(`${padding} ${INSECURE}`.slice(offset, offset + 300)).toBe(found!.snippet.slice(1));
  });

  it('cuts a long message value (a rule id quoted from a comment) to 500 characters', async () => {
    const id = `no-${'z'.repeat(5_000)}`;
    const output = await run(`// tlsguard-ignore-next-line ${id} -- why\n${INSECURE}`, {
      ruleIds: { known: RULES.map((rule) => rule.id), active: new Set(), suggest: () => '' },
    });
    const problem = output.findings.find((f) => f.ruleId === 'tlsguard/suppression');
    expect(problem?.message.length).toBeLessThan(700);
  });
});
