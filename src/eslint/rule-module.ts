import { relative, sep } from 'node:path';
import type { Rule as EslintRule } from 'eslint';
import { docsUrl, type Rule } from '../core/rule.js';
import type { Suggestion } from '../core/language.js';
import type { Parser } from '../languages/javascript/parser.js';
import { RULES } from '../rules/index.js';
import { parserFor } from './eslint-program.js';
import { enableRule, resultOf } from './file-state.js';
import { CONTEXT_KEY, lintFile, type LintReport } from './lint-file.js';
import { messageKey, recordSeverity } from './severities.js';

/**
 * The ESLint rule of one tlsguard rule (or of `tlsguard/suppression`): its metadata is the rule's own
 * (description, docs page, message texts, suggestion texts; no options), and what it reports is what
 * `tlsguard scan` finds for it in the file (see lint-file.ts).
 */
export function eslintRule(rule: Rule, parser: Parser): EslintRule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: { description: rule.meta.description, url: docsUrl(rule.id), recommended: true },
      messages: eslintMessages(rule),
      schema: [],
      ...(rule.meta.suggestions ? { hasSuggestions: true } : {}),
    },
    create(context) {
      const lint = enableRule(context.sourceCode, rule);
      return {
        Program() {
          // A code block of another file (a processor's virtual file) is not a file tlsguard scans.
          if (context.filename !== context.physicalFilename) return;
          const results = resultOf(lint, (enabled) =>
            lintFile({
              path: relativePath(context.cwd, context.filename),
              text: context.sourceCode.text,
              rules: RULES.filter((candidate) => enabled.includes(candidate)),
              parser: parserFor(parser, {
                parser: context.languageOptions.parser,
                ast: context.sourceCode.ast,
              }),
            }),
          );
          for (const report of results.get(rule.id) ?? []) reportOne(context, report);
        },
      };
    },
  };
}

/**
 * The rule's messages and its suggestion texts. A message is the headline, followed by what tlsguard
 * adds to it (the condition, the severity cap): ESLint shows a message as one line — a row of its
 * `stylish` output, an entry of the editor's problems list — where tlsguard's explanations (several
 * sentences) would wrap and bury the place; tlsguard shows the same headline in annotation titles
 * and tables, and the explanation is one click away on the rule's docs page (`meta.docs.url`).
 */
function eslintMessages(rule: Rule): Record<string, string> {
  const messages: Record<string, string> = { ...rule.meta.suggestions };
  for (const [id, spec] of Object.entries(rule.meta.messages)) {
    messages[id] = `${spec.headline}{{${CONTEXT_KEY}}}`;
  }
  return messages;
}

function reportOne(context: EslintRule.RuleContext, report: LintReport): void {
  const { sourceCode } = context;
  const start = sourceCode.getLocFromIndex(report.range[0]);
  const end = sourceCode.getLocFromIndex(report.range[1]);
  recordSeverity(
    context.filename,
    messageKey(context.id, start.line, start.column + 1, report.message),
    report.severity,
  );
  context.report({
    loc: { start, end },
    ...(report.templated
      ? { messageId: report.messageId, data: report.data }
      : { message: report.message }),
    ...(report.suggestions.length > 0
      ? { suggest: report.suggestions.map((suggestion) => eslintSuggestion(suggestion)) }
      : {}),
  });
}

function eslintSuggestion(suggestion: Suggestion): EslintRule.SuggestionReportDescriptor {
  return {
    messageId: suggestion.id,
    data: suggestion.data ?? {},
    fix: (fixer) =>
      suggestion.edits.map((edit) =>
        fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text),
      ),
  };
}

/** The path `tlsguard scan` run in ESLint's working directory would give the file. */
function relativePath(cwd: string, filename: string): string {
  return relative(cwd, filename).split(sep).join('/');
}
