import type { TSESTree } from '@typescript-eslint/types';
import type { Rule } from '../core/rule.js';
import type { Diagnostic, Finding, Severity, SuppressedFinding } from '../core/types.js';
import type { Parser } from '../parse/parser.js';
import { toFinding, type SourceFile } from './findings.js';
import { runRules } from './run-rules.js';
import { suppressionRule } from './suppression-rule.js';
import {
  applySuppressions,
  DIRECTIVE_MARKER,
  parseDirectives,
  type RuleIds,
} from './suppressions.js';

export interface FileInput {
  /** Path relative to the scan root, with `/`. */
  readonly path: string;
  readonly text: string;
  /** Only the rules whose triggers the prefilter found in this file. */
  readonly rules: readonly Rule[];
  readonly severityCap: Severity | undefined;
  /** Severities the configuration sets per rule id. */
  readonly ruleSeverities?: ReadonlyMap<string, Severity>;
  /** For checking suppression comments; without it, directives are not applied. */
  readonly ruleIds?: RuleIds & { readonly suggest: (id: string) => string };
}

export interface FileOutput {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly diagnostics: Diagnostic[];
}

/** Parse → rules → findings → inline suppressions, for one file. Failures become diagnostics. */
export function analyzeFile(parser: Parser, input: FileInput): FileOutput {
  const directivesWanted = input.ruleIds !== undefined && input.text.includes(DIRECTIVE_MARKER);
  const parsed = parser.parse(input.text, input.path, { comments: directivesWanted });
  if (!parsed.ok) {
    const diagnostic: Diagnostic = {
      file: input.path,
      kind: 'parse-error',
      message: `could not parse: ${parsed.message}`,
      ...(parsed.line === undefined ? {} : { line: parsed.line, column: parsed.column }),
    };
    return { findings: [], suppressed: [], diagnostics: [diagnostic] };
  }
  const run = runRules(parsed.program, input.text, input.path, input.rules);
  const source: SourceFile = {
    path: input.path,
    text: input.text,
    lines: input.text.split(/\r\n|\r|\n/),
    program: parsed.program,
    comments: lazyComments(parser, input, parsed.program),
    severityCap: input.severityCap,
  };
  const diagnostics: Diagnostic[] = run.failures.map(({ ruleId, error }) => ({
    file: input.path,
    kind: 'internal-error',
    message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
  }));
  const findings: Finding[] = [];
  for (const report of run.reports) {
    try {
      findings.push(toFinding(source, report, input.ruleSeverities?.get(report.rule.id)));
    } catch (error) {
      diagnostics.push({ file: input.path, kind: 'internal-error', message: describe(error) });
    }
  }
  if (!input.ruleIds) return { findings, suppressed: [], diagnostics };
  const directives = directivesWanted ? parseDirectives(source.comments()) : [];
  const outcome = applySuppressions(findings, directives, input.ruleIds, input.ruleIds.suggest);
  const problems = outcome.problems.map((problem) =>
    toFinding(source, {
      rule: suppressionRule,
      messageId: problem.messageId,
      node: problem.directive.comment,
      data: problem.data,
    }),
  );
  return {
    findings: [...outcome.kept, ...problems],
    suppressed: outcome.suppressed.map(({ finding, reason }) => ({ ...finding, reason })),
    diagnostics,
  };
}

function lazyComments(
  parser: Parser,
  input: FileInput,
  program: TSESTree.Program,
): () => readonly TSESTree.Comment[] {
  let comments = program.comments;
  return () => {
    if (!comments) {
      const again = parser.parse(input.text, input.path, { comments: true });
      comments = again.ok ? (again.program.comments ?? []) : [];
    }
    return comments;
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
