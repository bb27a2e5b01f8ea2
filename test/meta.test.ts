import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  docsUrl,
  type LanguageId,
  type MessageSpec,
  type Rule,
} from '../src/core/rule.js';
import { suppressionRule } from '../src/engine/suppression-rule.js';
import { severityForRisk } from '../src/core/severity.js';
import { SEVERITIES } from '../src/core/types.js';
import { CONFIG_CHECKERS } from '../src/rules/checkers/config.js';
import { JAVASCRIPT_CHECKERS } from '../src/rules/checkers/javascript.js';
import { PYTHON_CHECKERS } from '../src/rules/checkers/python.js';
import { RULES } from '../src/rules/index.js';
import { REPO_ROOT } from './helpers/run-cli.js';
import { DOC_HEADINGS, readRuleDoc } from './helpers/rule-docs.js';
import { messageLanguage } from './rule-tester.js';

/** Each language's registry of checkers, by rule id. */
const CHECKERS: Readonly<Record<LanguageId, ReadonlyMap<string, unknown>>> = {
  javascript: JAVASCRIPT_CHECKERS,
  python: PYTHON_CHECKERS,
  config: CONFIG_CHECKERS,
};

/** Reviewed by hand against rules.md and design §4 — a typo'd CWE in metadata fails here. */
const EXPECTED_CWE: Record<string, string[]> = {
  'no-deprecated-tls-api': ['CWE-477'],
  'no-disabled-cert-verification': ['CWE-295'],
  'no-hostname-verification-bypass': ['CWE-297'],
  'no-insecure-browser-automation': ['CWE-295'],
  'no-insecure-tls-version': ['CWE-757'],
  'no-tls-key-logging': ['CWE-532'],
  'no-tls-verification-env-override': ['CWE-295'],
  'no-unenforced-client-certs': ['CWE-295'],
  'no-weak-ciphers': ['CWE-327'],
};

/** The highest severity any of the rule's messages can produce. */
function defaultSeverity(rule: Rule): string {
  const risks = Object.values(rule.meta.messages).map((spec) => spec.risk);
  return (
    SEVERITIES.filter((severity) => risks.some((risk) => severityForRisk(risk) === severity)).at(
      -1,
    ) ?? 'note'
  );
}

/** A headline is one line of at most 120 characters that fills only placeholders its text has. */
function headlineProblems(spec: MessageSpec): string[] {
  const placeholders = (text: string) =>
    [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  const inText = new Set(placeholders(spec.text));
  return [
    ...(spec.headline.length > 120 ? [`${spec.headline.length} characters`] : []),
    ...(/[\n\r]/.test(spec.headline) ? ['more than one line'] : []),
    ...(/[.:;]$/.test(spec.headline) ? ['ends like a sentence of the explanation'] : []),
    ...((spec.headline.match(/`/g)?.length ?? 0) % 2 === 1 ? ['an unclosed code span'] : []),
    ...placeholders(spec.headline)
      .filter((name) => !inText.has(name))
      .map((name) => `{{${name}}} is not in the text`),
  ];
}

const RULES_FOLDER = join(REPO_ROOT, 'src', 'rules');
/** Rule folders: one per rule id (the others hold knowledge, shared checker helpers and registries). */
const ruleFolders = readdirSync(RULES_FOLDER).filter((name) => name.startsWith('no-'));
const ids = RULES.map((rule) => rule.id);

/**
 * Languages whose rule tables live in `<language>.cases.ts`, beside the checker: more than one tester
 * runs them (the engine's, and ESLint's RuleTester for the ESLint plugin).
 */
const SHARED_TABLES: readonly string[] = ['javascript'];

/** The files of a rule's folder: `index.ts`, and a checker and its test (and table) per language. */
function folderFiles(id: string): string[] {
  return readdirSync(join(RULES_FOLDER, id)).sort();
}

describe('rule metadata parity', () => {
  it('registry is sorted, unique and kebab-case', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it('registry ↔ rule folders ↔ docs pages are one-to-one', () => {
    const docs = readdirSync(join(REPO_ROOT, 'docs', 'rules')).filter(
      (name) => name !== 'README.md',
    );
    expect([...ruleFolders].sort()).toEqual(ids);
    expect(docs.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(ids);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s: a checker, its table test and triggers for each language it covers, and nothing else',
    (id, rule) => {
      const languages = Object.keys(rule.triggers).sort();
      const expected = [
        'index.ts',
        ...languages.flatMap((language) => [
          `${language}.test.ts`,
          `${language}.ts`,
          ...(SHARED_TABLES.includes(language) ? [`${language}.cases.ts`] : []),
        ]),
      ].sort();
      expect(folderFiles(id)).toEqual(expected);
      for (const [language, checkers] of Object.entries(CHECKERS))
        expect(checkers.has(id), `${language} checker`).toBe(languages.includes(language));
    },
  );

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s: metadata is complete and matches its docs',
    (id, rule) => {
      expect(rule.meta.cwe).toEqual(EXPECTED_CWE[id]);
      expect(CATEGORIES).toContain(rule.meta.category);
      expect(rule.meta.description).toMatch(/^Disallow [^\n]+\.$/);
      expect(rule.triggers.javascript?.length).toBeGreaterThan(0);
      for (const triggers of Object.values(rule.triggers))
        expect(triggers.length).toBeGreaterThan(0);
      for (const [messageId, spec] of Object.entries(rule.meta.messages)) {
        expect(spec.text.length, `${messageId} says what, why and how to fix`).toBeGreaterThan(120);
        const language = messageLanguage(messageId);
        expect(
          Object.keys(rule.triggers),
          `${messageId}: a message of a language the rule covers`,
        ).toContain(language);
        expect(headlineProblems(spec), messageId).toEqual([]);
      }
      const doc = readRuleDoc(id);
      expect(doc.description).toBe(rule.meta.description);
      expect(doc.headings).toEqual(DOC_HEADINGS);
      expect(docsUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    },
  );

  it('the suppression findings have headlines too', () => {
    for (const [messageId, spec] of Object.entries(suppressionRule.meta.messages))
      expect(headlineProblems(spec), messageId).toEqual([]);
  });

  it('the configuration schema lists exactly the registry’s rules', () => {
    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schema', 'tlsguard.schema.json'), 'utf8'),
    ) as {
      properties: { rules: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(ids);
  });

  it('the README rules table lists every rule with its description', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const rows = readme
      .split('\n')
      .filter((line) => line.startsWith('| [`'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(
      RULES.map((rule) => [
        `[\`${rule.id}\`](docs/rules/${rule.id}.md)`,
        rule.meta.description,
        rule.meta.cwe.join(', '),
        defaultSeverity(rule),
      ]),
    );
  });
});
