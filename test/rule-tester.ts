import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedLanguage } from '../src/core/language.js';
import { LANGUAGE_IDS, type LanguageId, type Rule } from '../src/core/rule.js';
import { WHERE } from '../src/core/non-production.js';
import { defaultKind } from '../src/scan/non-production.js';
import { analyzeFileSourced, type SourcedFinding } from '../src/engine/analyze-file.js';
import { interpolate } from '../src/engine/findings.js';
import { loadLanguage } from '../src/languages/index.js';
import { createPrefilter } from '../src/prefilter/prefilter.js';
import type { Finding } from '../src/core/types.js';

export interface ValidCase {
  readonly code: string;
  /** Decides TypeScript/JSX parsing and test-code severity; default `file.ts` (`file.py` for Python). */
  readonly filename?: string;
  readonly name?: string;
  /** The Python version the project targets (`--python-version`). */
  readonly pythonVersion?: string;
}

export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  /** When given, the rendered message must equal the template filled with this data. */
  readonly data?: Readonly<Record<string, string>>;
  readonly severity?: Finding['severity'];
  /**
   * The fixes an editor offers on the finding (the rule's `meta.suggestions`, ESLint suggestions): each
   * id with the code it produces. Required when the finding has any; ESLint's RuleTester checks them
   * the same way.
   */
  readonly suggestions?: readonly ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  readonly messageId: string;
  readonly output: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
}

export interface RuleTests {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

let loaded: LoadedLanguage;

/**
 * Runs one rule through the real parse → engine path over a table of cases (typescript-eslint's
 * RuleTester, trimmed); valid cases reach the rule whatever the prefilter would say, so a near miss is
 * judged by the rule itself. Besides each case it checks the table itself: no duplicates, every messageId
 * exercised, no invalid case that the prefilter would skip, no case that fails to parse.
 */
export function runRuleTests(
  rule: Rule,
  tests: RuleTests,
  language: LanguageId = 'javascript',
): void {
  const valid = tests.valid.map((item) => (typeof item === 'string' ? { code: item } : item));
  describe(rule.id, () => {
    beforeAll(async () => {
      loaded = await loadLanguage(language);
    });

    it('has a well-formed table', () => {
      checkTable(rule, valid, tests.invalid, language);
    });

    describe('valid', () => {
      for (const item of valid) {
        it(item.name ?? item.code, () => {
          expect(run(rule, item, language).map(({ finding }) => render(finding))).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const item of tests.invalid) {
        it(item.name ?? item.code, () => {
          expect(
            createPrefilter([rule], { language }).rulesFor(item.code),
            'prefilter would skip this code',
          ).toEqual([rule]);
          const sourced = run(rule, item, language);
          const findings = sourced.map(({ finding }) => finding);
          const expected = item.errors.map((error) => expectedRender(rule, error));
          expect(findings.map(render)).toEqual(expected);
          checkMessages(rule, item, findings);
          expect(sourced.map((one) => suggestionsOf(item.code, one))).toEqual(
            item.errors.map((error) => error.suggestions ?? []),
          );
        });
      }
    });
  });
}

/**
 * The language whose checker reports a message: messages of a language other than JavaScript carry
 * its id as a prefix (`pythonCertNone`), so that each language's table exercises its own messages.
 */
export function messageLanguage(messageId: string): LanguageId {
  const other = LANGUAGE_IDS.find(
    (id) =>
      id !== 'javascript' && messageId.startsWith(id) && /[A-Z]/.test(messageId.charAt(id.length)),
  );
  return other ?? 'javascript';
}

function run(rule: Rule, item: ValidCase, language: LanguageId): SourcedFinding[] {
  const path = item.filename ?? (language === 'python' ? 'file.py' : 'file.ts');
  const kind = defaultKind(path);
  const output = analyzeFileSourced(loaded, {
    path,
    text: item.code,
    rules: [rule],
    severityCap: kind ? { severity: 'note', where: WHERE[kind] } : undefined,
    ...(item.pythonVersion === undefined ? {} : { targetVersions: { python: item.pythonVersion } }),
  });
  expect(output.diagnostics, 'the case must parse and the rule must not fail').toEqual([]);
  return output.findings.sort(
    ({ finding: a }, { finding: b }) => a.line - b.line || a.column - b.column,
  );
}

/** Each suggestion of a finding with the code its edits produce. */
function suggestionsOf(code: string, { report }: SourcedFinding): ExpectedSuggestion[] {
  return (report.suggestions ?? []).map((suggestion) => {
    const edits = [...suggestion.edits].sort((a, b) => b.range[0] - a.range[0]);
    let output = code;
    for (const edit of edits)
      output = output.slice(0, edit.range[0]) + edit.text + output.slice(edit.range[1]);
    return { messageId: suggestion.id, output };
  });
}

function render(finding: Finding): string {
  return `${finding.line}:${finding.column} ${finding.messageId}`;
}

function expectedRender(rule: Rule, error: ExpectedError): string {
  expect(Object.keys(rule.meta.messages), `unknown messageId ${error.messageId}`).toContain(
    error.messageId,
  );
  return `${error.line}:${error.column} ${error.messageId}`;
}

function checkMessages(rule: Rule, item: InvalidCase, findings: readonly Finding[]): void {
  item.errors.forEach((error, index) => {
    const finding = findings[index];
    if (!finding) return;
    if (error.severity) expect(finding.severity).toBe(error.severity);
    const spec = rule.meta.messages[error.messageId];
    if (error.data && spec) expect(finding.message).toBe(interpolate(spec.text, error.data));
    expect(finding.message, 'every placeholder is filled').not.toMatch(/\{\{/);
    expect(finding.headline, 'every placeholder of the headline is filled').not.toMatch(/\{\{/);
    // Quoted code inside a code span (`` `x = `'y'`` ``) renders as broken markdown everywhere.
    expect(`${finding.headline}\n${finding.message}`, 'no code span inside another').not.toMatch(
      /``/,
    );
  });
}

/**
 * The language whose table must exercise a message: messages named for another language
 * (`configNode`, prefixed with its id) belong to that language's table; the others to JavaScript's.
 */
function checkTable(
  rule: Rule,
  valid: readonly ValidCase[],
  invalid: readonly InvalidCase[],
  language: LanguageId,
): void {
  const codes = [...valid, ...invalid].map(
    (item) => `${item.filename ?? ''}\n${item.pythonVersion ?? ''}\n${item.code}`,
  );
  expect(
    codes.filter((code, index) => codes.indexOf(code) !== index),
    'duplicate cases',
  ).toEqual([]);
  const used = new Set(invalid.flatMap((item) => item.errors.map((error) => error.messageId)));
  const unused = Object.keys(rule.meta.messages).filter(
    (id) => messageLanguage(id) === language && !used.has(id),
  );
  // The config language reports Node's own command-line flags (`node --tls-min-v1.0` in a Dockerfile
  // CMD, `NODE_OPTIONS`) with the JavaScript messages for those flags: the same flag, the same text.
  const shared = (id: string) => language === 'config' && messageLanguage(id) === 'javascript';
  const foreign = [...used].filter((id) => messageLanguage(id) !== language && !shared(id));
  expect(foreign, `messages of another language reported by the ${language} checker`).toEqual([]);
  expect(unused, 'messageIds never exercised by an invalid case').toEqual([]);
  expect(
    invalid.filter((item) => item.errors.length === 0),
    'invalid cases without errors',
  ).toEqual([]);
}
