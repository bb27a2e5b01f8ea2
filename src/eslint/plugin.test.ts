import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsUrl } from '../core/rule.js';
import { suppressionRule } from '../engine/suppression-rule.js';
import { loadParser, type Parser } from '../languages/javascript/parser.js';
import { RULES } from '../rules/index.js';
import { JAVASCRIPT_RULES } from './javascript-rules.js';
import { REPO_ROOT } from '../../test/helpers/run-cli.js';
import { TS_PARSER } from '../../test/helpers/eslint-plugin.js';
import { CONTEXT_KEY } from './lint-file.js';
import { createPlugin } from './plugin.js';

/** typescript-estree, counting the files it parses. */
function countingParser(real: Parser): Parser & { calls: number } {
  const counting = {
    calls: 0,
    parse: (...args: Parameters<Parser['parse']>) => {
      counting.calls++;
      return real.parse(...args);
    },
  };
  return counting;
}

const parser = countingParser(await loadParser());
const plugin = createPlugin(parser);
const recommended = plugin.configs.recommended;
const linter = new Linter({ cwd: '/project' });

function lint(code: string, filename = '/project/src/client.js', config: Linter.Config[] = []) {
  return linter.verify(code, [recommended, ...config], { filename });
}

function brief(messages: Linter.LintMessage[]): string[] {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? ''} ${m.severity}`);
}

describe('rule metadata', () => {
  it.each(JAVASCRIPT_RULES.map((rule) => [rule.id, rule] as const))(
    '%s is the rule’s own',
    (id, rule) => {
      const meta = plugin.rules?.[id]?.meta;
      expect(meta?.type).toBe('problem');
      expect(meta?.docs).toEqual({
        description: rule.meta.description,
        url: docsUrl(id),
        recommended: true,
      });
      expect(meta?.schema).toEqual([]);
      const messages = Object.fromEntries(
        Object.entries(rule.meta.messages).map(([messageId, spec]) => [
          messageId,
          `${spec.headline}{{${CONTEXT_KEY}}}`,
        ]),
      );
      expect(meta?.messages).toEqual({ ...rule.meta.suggestions, ...messages });
      expect(meta?.hasSuggestions ?? false).toBe(rule.meta.suggestions !== undefined);
      const suggestionIds = Object.keys(rule.meta.suggestions ?? {});
      expect(suggestionIds.filter((key) => key in rule.meta.messages)).toEqual([]);
    },
  );

  it('tlsguard/suppression reports on suppression comments, with their docs page', () => {
    const meta = plugin.rules?.suppression?.meta;
    expect(meta?.docs?.url).toBe(docsUrl(suppressionRule.id));
    expect(Object.keys(meta?.messages ?? {})).toEqual(Object.keys(suppressionRule.meta.messages));
  });

  it('offers every rule with JavaScript triggers, and no other', () => {
    const javascript = RULES.filter((rule) => rule.triggers.javascript);
    expect(javascript.length).toBeGreaterThan(0);
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(
      [...javascript.map((rule) => rule.id), 'suppression'].sort(),
    );
  });

  it('names the plugin tlsguard, with the package version', () => {
    const version = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(plugin.meta).toEqual({ name: 'tlsguard', version, namespace: 'tlsguard' });
  });
});

describe('configs.recommended', () => {
  it('turns every rule on for the files tlsguard scans, with the severities processor', () => {
    expect(recommended.files).toEqual(
      ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx'].map((ext) => `**/*${ext}`),
    );
    expect(recommended.plugins?.tlsguard).toBe(plugin);
    expect(recommended.processor).toBe(plugin.processors?.severities);
    expect(Object.keys(recommended.rules ?? {}).sort()).toEqual(
      Object.keys(plugin.rules ?? {})
        .map((id) => `tlsguard/${id}`)
        .sort(),
    );
  });

  it('sets each rule to the default severity the README documents for it (error, else warn)', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const rule of JAVASCRIPT_RULES) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`));
      const documented = row?.split('|').at(-2)?.trim();
      expect(recommended.rules?.[`tlsguard/${rule.id}`]).toBe(
        documented === 'error' ? 'error' : 'warn',
      );
    }
    expect(recommended.rules?.['tlsguard/suppression']).toBe('warn');
  });
});

describe('severities', () => {
  const code = [
    "const https = require('https');",
    'https.get(url, { rejectUnauthorized: false });',
    'function connect(options) { return https.get(url, { rejectUnauthorized: !options.insecure }); }',
  ].join('\n');

  it('gives each message the severity tlsguard scan gives the finding: error 2, warning 1', () => {
    expect(brief(lint(code))).toEqual([
      '2:18 tlsguard/no-disabled-cert-verification 2',
      '3:53 tlsguard/no-disabled-cert-verification 1',
    ]);
  });

  it('makes a note a warning, and says why in the message', () => {
    const messages = lint(code, '/project/test/client.test.js');
    expect(brief(messages)).toEqual([
      '2:18 tlsguard/no-disabled-cert-verification 1',
      '3:53 tlsguard/no-disabled-cert-verification 1',
    ]);
    expect(messages[0]?.message).toMatch(/ \(in test code\)$/);
  });

  it('never raises a message above the rule’s configured severity', () => {
    const config: Linter.Config[] = [
      { rules: { 'tlsguard/no-disabled-cert-verification': 'warn' } },
    ];
    expect(brief(lint(code, undefined, config)).map((m) => m.at(-1))).toEqual(['1', '1']);
  });

  it('leaves the configured severity alone without the processor', () => {
    const messages = linter.verify(
      code,
      [
        {
          plugins: { tlsguard: plugin },
          rules: { 'tlsguard/no-disabled-cert-verification': 'error' },
        },
      ],
      { filename: '/project/src/client.js' },
    );
    expect(brief(messages).map((m) => m.at(-1))).toEqual(['2', '2']);
  });
});

describe('suppressions', () => {
  const finding = 'https.get(url, { rejectUnauthorized: false });';

  it('honours // tlsguard-ignore… comments, as tlsguard scan does', () => {
    const code = `// tlsguard-ignore-next-line no-disabled-cert-verification -- local test server\n${finding}`;
    expect(lint(code)).toEqual([]);
  });

  it('honours ESLint’s own // eslint-disable-next-line tlsguard/<rule-id>', () => {
    const code = `// eslint-disable-next-line tlsguard/no-disabled-cert-verification -- local test server\n${finding}`;
    expect(lint(code)).toEqual([]);
  });

  it('reports suppression comments that suppress nothing or are malformed (tlsguard/suppression)', () => {
    const code = [
      '// tlsguard-ignore-next-line no-disabled-cert-verification',
      finding,
      '// tlsguard-ignore-next-line no-disabled-cert-verifcation -- typo',
      finding,
      '// tlsguard-ignore-next-line no-weak-ciphers -- nothing there',
      'const x = 1;',
    ].join('\n');
    const messages = lint(code);
    expect(brief(messages)).toEqual([
      '1:1 tlsguard/suppression 1',
      '2:18 tlsguard/no-disabled-cert-verification 2',
      '3:1 tlsguard/suppression 1',
      '4:18 tlsguard/no-disabled-cert-verification 2',
      '5:1 tlsguard/suppression 1',
    ]);
    expect(messages[0]?.messageId).toBe('missingReason');
    expect(messages[2]?.message).toContain('did you mean `no-disabled-cert-verification`?');
    expect(messages[4]?.messageId).toBe('unused');
  });

  it('does not call a suppression of a rule ESLint has turned off unused', () => {
    const code = '// tlsguard-ignore-next-line no-weak-ciphers -- nothing there\nconst x = 1;';
    const off: Linter.Config[] = [{ rules: { 'tlsguard/no-weak-ciphers': 'off' } }];
    expect(lint(code, undefined, off)).toEqual([]);
  });
});

describe('analysis', () => {
  const code = "tls.connect({ rejectUnauthorized: false, ciphers: 'DEFAULT:@SECLEVEL=0' });";

  it('parses a file once for all rules, behind espree', () => {
    parser.calls = 0;
    expect(lint(code)).toHaveLength(2);
    expect(parser.calls).toBe(1);
  });

  it('reuses typescript-eslint’s tree instead of parsing again', () => {
    parser.calls = 0;
    const config: Linter.Config[] = [{ languageOptions: { parser: TS_PARSER } }];
    expect(lint(code, '/project/src/client.ts', config)).toHaveLength(2);
    expect(parser.calls).toBe(0);
  });

  it('parses nothing in a file without the words any rule looks for', () => {
    parser.calls = 0;
    expect(lint('export const answer = 42;\n')).toEqual([]);
    expect(parser.calls).toBe(0);
  });

  it('leaves out files tlsguard does not scan: declaration files, code blocks of other files', () => {
    expect(
      lint(code, '/project/src/types.d.ts', [{ languageOptions: { parser: TS_PARSER } }]),
    ).toEqual([]);
    const blocks: Linter.Processor = {
      preprocess: (text) => [{ text, filename: 'block.js' }],
      postprocess: (messages) => messages.flat(),
    };
    const config: Linter.Config[] = [recommended, { files: ['**/*.md'], processor: blocks }];
    expect(linter.verify(code, config, { filename: '/project/README.md' })).toEqual([]);
  });
});
