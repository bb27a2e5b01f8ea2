import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/engine/analyze-file.js';
import type { LoadedLanguage } from '../src/core/language.js';
import type { LanguageId } from '../src/core/rule.js';
import { LANGUAGES, languageOf, loadLanguage } from '../src/languages/index.js';
import { createPrefilter } from '../src/prefilter/prefilter.js';
import { RULES } from '../src/rules/index.js';
import { readRuleDoc, type DocExample } from './helpers/rule-docs.js';

const loaded = new Map<LanguageId, LoadedLanguage>();
beforeAll(async () => {
  for (const language of LANGUAGES) loaded.set(language.id, await loadLanguage(language.id));
});

/** The file an example stands for: the path its fence names, or `example.<fence language>`. */
function examplePath(example: DocExample): string {
  return example.path ?? `example.${example.language}`;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))(
  'docs/rules/%s.md examples',
  (id, rule) => {
    const examples = readRuleDoc(id).examples;

    it('has incorrect and correct examples', () => {
      expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.kind === 'correct')).toBe(true);
    });

    it.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))(
      '%s',
      (_, example) => {
        const path = examplePath(example);
        const language = languageOf(path, example.code.split('\n')[0])?.id ?? 'javascript';
        const output = analyzeFile(loaded.get(language)!, {
          path,
          text: example.code,
          rules: [rule],
          severityCap: undefined,
        });
        expect(output.diagnostics).toEqual([]);
        if (example.kind === 'incorrect') {
          expect(createPrefilter([rule], { language }).rulesFor(example.code)).toEqual([rule]);
          expect(output.findings.length).toBeGreaterThan(0);
        } else {
          expect(output.findings).toEqual([]);
        }
      },
    );
  },
);
