import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/engine/analyze-file.js';
import type { LoadedLanguage } from '../src/core/language.js';
import { loadLanguage } from '../src/languages/index.js';
import { createPrefilter } from '../src/prefilter/prefilter.js';
import { RULES } from '../src/rules/index.js';
import { readRuleDoc } from './helpers/rule-docs.js';

let javascript: LoadedLanguage;
beforeAll(async () => {
  javascript = await loadLanguage('javascript');
});

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
        const output = analyzeFile(javascript, {
          path: `example.${example.language}`,
          text: example.code,
          rules: [rule],
          severityCap: undefined,
        });
        expect(output.diagnostics).toEqual([]);
        if (example.kind === 'incorrect') {
          expect(
            createPrefilter([rule], { language: 'javascript' }).rulesFor(example.code),
          ).toEqual([rule]);
          expect(output.findings.length).toBeGreaterThan(0);
        } else {
          expect(output.findings).toEqual([]);
        }
      },
    );
  },
);
