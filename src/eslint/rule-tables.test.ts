import type { RuleTester as EslintRuleTester } from 'eslint';
import { join } from 'node:path';
import { describe } from 'vitest';
import { JAVASCRIPT_RULES } from './javascript-rules.js';
import {
  OTHER_PARSER,
  RuleTester,
  sourcePlugin,
  TS_PARSER,
} from '../../test/helpers/eslint-plugin.js';
import type { InvalidCase, RuleTests, ValidCase } from '../../test/rule-tester.js';
import { REPO_ROOT } from '../../test/helpers/run-cli.js';
import { headlineData } from '../engine/findings.js';
import { CONTEXT_KEY } from './lint-file.js';

/**
 * Every rule's table (src/rules/<id>/javascript.cases.ts, the rows the engine's tester runs) through
 * ESLint's RuleTester and the plugin: the same findings at the same lines and columns, with the same
 * message ids, data and suggestions. Twice: on typescript-eslint's tree (which the plugin reuses) and
 * behind a parser it does not know (it parses again, as behind espree).
 */
const plugin = await sourcePlugin();
const tables = await Promise.all(
  JAVASCRIPT_RULES.map(async (rule) => {
    const file = join(REPO_ROOT, 'src', 'rules', rule.id, 'javascript.cases.ts');
    const { cases } = (await import(/* @vite-ignore */ file)) as { cases: RuleTests };
    return { id: rule.id, cases };
  }),
);

for (const [label, parser] of [
  ['typescript-eslint tree', TS_PARSER],
  ['own parse', OTHER_PARSER],
] as const) {
  describe(label, () => {
    const tester = new RuleTester({ languageOptions: { parser } });
    for (const { id, cases } of tables) {
      const rule = plugin.rules?.[id];
      if (!rule) throw new Error(`the plugin has no rule ${id}`);
      tester.run(id, rule, {
        valid: cases.valid.map((item) =>
          validCase(typeof item === 'string' ? { code: item } : item),
        ),
        invalid: cases.invalid.map(invalidCase),
      });
    }
  });
}

function validCase(item: ValidCase): EslintRuleTester.ValidTestCase {
  return {
    code: item.code,
    filename: item.filename ?? 'file.ts',
    ...(item.name === undefined ? {} : { name: item.name }),
  };
}

function invalidCase(item: InvalidCase): EslintRuleTester.InvalidTestCase {
  return {
    ...validCase(item),
    errors: item.errors.map((error) => ({
      messageId: error.messageId,
      line: error.line,
      column: error.column,
      // A row with data is a finding without an added sentence (the engine's tester checks that);
      // ESLint shows the headline, where quoted code is cut shorter.
      ...(error.data ? { data: { ...headlineData(error.data), [CONTEXT_KEY]: '' } } : {}),
      suggestions: (error.suggestions ?? []).map((suggestion) => ({ ...suggestion })),
    })),
  };
}
