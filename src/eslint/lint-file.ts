import type { Suggestion } from '../core/language.js';
import { WHERE } from '../core/non-production.js';
import type { Rule } from '../core/rule.js';
import type { Severity } from '../core/types.js';
import { analyzeFileSourced, type SourcedFinding } from '../engine/analyze-file.js';
import { headlineData, interpolate } from '../engine/findings.js';
import { DIRECTIVE_MARKER } from '../engine/suppressions.js';
import { javascriptAnalyzer } from '../languages/javascript/analyze.js';
import { isSourceFile } from '../languages/javascript/files.js';
import type { Parser } from '../languages/javascript/parser.js';
import { createPrefilter, type Prefilter } from '../prefilter/prefilter.js';
import { JAVASCRIPT_CHECKERS } from '../rules/checkers/javascript.js';
import { RULES } from '../rules/index.js';
import { directiveRuleIds } from '../scan/file-task.js';
import { defaultKind } from '../scan/non-production.js';

/** The data key of what tlsguard adds to a headline: the condition it runs under, a severity cap. */
export const CONTEXT_KEY = 'tlsguardContext';

/** One finding, as the ESLint rule of its rule reports it. */
export interface LintReport {
  readonly messageId: string;
  /** The headline's data, and `CONTEXT_KEY`: what `tlsguard scan` appends to the headline. */
  readonly data: Readonly<Record<string, string>>;
  /**
   * Whether the message template filled with `data` gives `message` exactly. Not when the finding's
   * headline was made one line or cut (quoted code with line breaks, a very long headline): the rule
   * then reports `message` as it is.
   */
  readonly templated: boolean;
  /** Offsets (UTF-16) in the text ESLint parsed. */
  readonly range: readonly [number, number];
  /**
   * What ESLint shows: the finding's headline, as `tlsguard scan` prints it in annotation titles and
   * tables (the explanation is on the rule's docs page, `meta.docs.url`).
   */
  readonly message: string;
  /** The finding's severity in `tlsguard scan` (see severities.ts). */
  readonly severity: Severity;
  readonly suggestions: readonly Suggestion[];
}

export interface LintInput {
  /** Relative to ESLint's working directory, with `/`: decides test code, as the CLI's scan root does. */
  readonly path: string;
  readonly text: string;
  /** The tlsguard rules ESLint has enabled for this file. */
  readonly rules: readonly Rule[];
  /** typescript-estree, or a parser that hands back ESLint's own tree when it is typescript-estree's. */
  readonly parser: Parser;
}

/**
 * What `tlsguard scan` finds in one file with these rules, by rule id (`tlsguard/suppression` for
 * suppression comments): the same prefilter, checkers, severity caps and `// tlsguard-ignore`
 * directives, through the engine's own `analyzeFile`. Files tlsguard does not scan (declaration files,
 * other extensions) have none. Never throws: a file that cannot be analyzed has no findings (the CLI
 * reports it as a diagnostic).
 */
export function lintFile(input: LintInput): ReadonlyMap<string, LintReport[]> {
  const byRule = new Map<string, LintReport[]>();
  if (!isSourceFile(input.path)) return byRule;
  const verdict = prefilterFor(input.rules).check(input.text);
  if (!verdict.parse) return byRule;
  const kind = defaultKind(input.path);
  const output = analyzeFileSourced(javascriptAnalyzer(input.parser, JAVASCRIPT_CHECKERS), {
    path: input.path,
    text: input.text,
    rules: verdict.rules,
    severityCap: kind ? { severity: 'note', where: WHERE[kind] } : undefined,
    ruleIds: directiveRuleIds(
      RULES.map((rule) => rule.id),
      input.rules.map((rule) => rule.id),
    ),
  });
  for (const sourced of output.findings) {
    const list = byRule.get(sourced.finding.ruleId) ?? [];
    list.push(lintReport(sourced));
    byRule.set(sourced.finding.ruleId, list);
  }
  return byRule;
}

function lintReport({ finding, report }: SourcedFinding): LintReport {
  const data = headlineData(report.data);
  const spec = report.rule.meta.messages[report.messageId];
  const base = spec ? interpolate(spec.headline, data) : undefined;
  // toFinding's headline is the template filled with this data, then what it adds (unless cut).
  const templated = base !== undefined && finding.headline.startsWith(base);
  return {
    messageId: report.messageId,
    data: { ...data, [CONTEXT_KEY]: templated ? finding.headline.slice(base.length) : '' },
    templated,
    range: report.range,
    message: finding.headline,
    severity: finding.severity,
    suggestions: report.suggestions ?? [],
  };
}

const prefilters = new Map<string, Prefilter>();

/** The CLI's prefilter for these rules (also parsing on suppression comments), built once per rule set. */
function prefilterFor(rules: readonly Rule[]): Prefilter {
  const key = rules.map((rule) => rule.id).join(',');
  let prefilter = prefilters.get(key);
  if (!prefilter) {
    prefilter = createPrefilter(rules, { language: 'javascript', alsoParseOn: [DIRECTIVE_MARKER] });
    prefilters.set(key, prefilter);
  }
  return prefilter;
}
