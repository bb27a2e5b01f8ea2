import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/engine/analyze-file.js';
import { languageOf, loadLanguage } from '../src/languages/index.js';
import { createPrefilter } from '../src/prefilter/prefilter.js';
import { RULES } from '../src/rules/index.js';
import { readRuleDoc, type DocExample } from './helpers/rule-docs.js';

/**
 * The file an example is analyzed as, by its fence's language: the file name decides the language
 * (and, for JavaScript, TypeScript and JSX parsing). Add a fence language here with its language.
 */
const EXAMPLE_FILES: Readonly<Record<string, string>> = {
  js: 'example.js',
  cjs: 'example.cjs',
  mjs: 'example.mjs',
  jsx: 'example.jsx',
  ts: 'example.ts',
  tsx: 'example.tsx',
  python: 'example.py',
  py: 'example.py',
};

/**
 * The file an example stands for: the path its fence names (configuration formats:
 * ```` ```yaml .github/workflows/ci.yml ````), or the example file of its fence language.
 */
function examplePath(example: DocExample): string | undefined {
  return example.path ?? EXAMPLE_FILES[example.language];
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))(
  'docs/rules/%s.md examples',
  (id, rule) => {
    const examples = readRuleDoc(id).examples;

    it('has incorrect and correct examples', () => {
      expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.kind === 'correct')).toBe(true);
    });

    it.each(Object.keys(rule.triggers))('has incorrect and correct examples in %s', (language) => {
      const of = (kind: string) =>
        examples.filter(
          (e) =>
            e.kind === kind &&
            languageOf(examplePath(e) ?? '', e.code.split('\n')[0])?.id === language,
        );
      expect(of('incorrect').length).toBeGreaterThan(0);
      expect(of('correct').length).toBeGreaterThan(0);
    });

    it.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))(
      '%s',
      async (_, example) => {
        const path = examplePath(example);
        const language =
          path === undefined ? undefined : languageOf(path, example.code.split('\n')[0]);
        if (!path || !language) throw new Error(`no language for a \`${example.language}\` fence`);
        const output = analyzeFile(await loadLanguage(language.id), {
          path,
          text: example.code,
          rules: [rule],
          severityCap: undefined,
        });
        expect(output.diagnostics).toEqual([]);
        if (example.kind === 'incorrect') {
          expect(createPrefilter([rule], { language: language.id }).rulesFor(example.code)).toEqual(
            [rule],
          );
          expect(output.findings.length).toBeGreaterThan(0);
        } else {
          expect(output.findings).toEqual([]);
        }
      },
    );
  },
);
