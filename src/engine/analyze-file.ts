import type { TSESTree } from '@typescript-eslint/types';
import { FILE_STEP_LIMIT } from '../analysis/file-analysis.js';
import type { Rule } from '../core/rule.js';
import type { SeverityCap } from '../core/non-production.js';
import type { Diagnostic, Finding, Severity, SuppressedFinding } from '../core/types.js';
import { LineMap } from '../parse/line-map.js';
import { isStackOverflow, type Parser } from '../parse/parser.js';
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
  readonly severityCap: SeverityCap | undefined;
  /** Severities the configuration sets per rule id. */
  readonly ruleSeverities?: ReadonlyMap<string, Severity>;
  /** Overrides `MAX_AST_NODES` (tests). */
  readonly maxAstNodes?: number;
  /** Overrides `FILE_STEP_LIMIT`, the analysis steps the rules may take on this file (tests). */
  readonly maxAnalysisSteps?: number;
  /** For checking suppression comments; without it, directives are not applied. */
  readonly ruleIds?: RuleIds & { readonly suggest: (id: string) => string };
}

export interface FileOutput {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The work limit per file. Real code has 0.03-0.15 syntax nodes per byte (measured on bundles of 1-2 MB),
 * so a file at the 2 MB size limit has at most ~300,000; only dense generated data comes near this.
 */
export const MAX_AST_NODES = 1_000_000;

/**
 * Parse → rules → findings → inline suppressions, for one file. Failures become diagnostics: nothing
 * one file contains may end the scan (or, in a worker thread, take the worker pool down).
 */
export function analyzeFile(parser: Parser, input: FileInput): FileOutput {
  try {
    return analyzeParsed(parser, input);
  } catch (error) {
    return { findings: [], suppressed: [], diagnostics: [failure(input.path, error)] };
  }
}

function analyzeParsed(parser: Parser, input: FileInput): FileOutput {
  const directivesWanted = input.ruleIds !== undefined && input.text.includes(DIRECTIVE_MARKER);
  const parsed = parser.parse(input.text, input.path, { comments: directivesWanted });
  if (!parsed.ok) {
    const diagnostic: Diagnostic = {
      file: input.path,
      kind: parsed.reason === 'too-deep' ? 'too-complex' : 'parse-error',
      message:
        parsed.reason === 'too-deep'
          ? `skipped: ${parsed.message}`
          : `could not parse: ${parsed.message}`,
      ...(parsed.line === undefined ? {} : { line: parsed.line, column: parsed.column }),
    };
    return { findings: [], suppressed: [], diagnostics: [diagnostic] };
  }
  const maxNodes = input.maxAstNodes ?? MAX_AST_NODES;
  const maxSteps = input.maxAnalysisSteps ?? FILE_STEP_LIMIT;
  const run = runRules(parsed.program, input.text, input.path, input.rules, { maxNodes, maxSteps });
  if (run.overLimit) {
    const message = `skipped: more than ${maxNodes.toLocaleString('en-US')} syntax nodes, over the work limit per file`;
    return {
      findings: [],
      suppressed: [],
      diagnostics: [{ file: input.path, kind: 'too-complex', message }],
    };
  }
  const source: SourceFile = {
    path: input.path,
    text: input.text,
    lineMap: new LineMap(input.text),
    program: parsed.program,
    comments: lazyComments(parser, input, parsed.program),
    severityCap: input.severityCap,
  };
  const diagnostics: Diagnostic[] = run.failures.map(({ ruleId, error }) => ({
    file: input.path,
    kind: isStackOverflow(error) ? 'too-complex' : 'internal-error',
    message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
  }));
  if (run.stoppedAt) diagnostics.push(stoppedDiagnostic(source, run.stoppedAt, maxSteps));
  const findings: Finding[] = [];
  for (const report of run.reports) {
    try {
      findings.push(toFinding(source, report, input.ruleSeverities?.get(report.rule.id)));
    } catch (error) {
      diagnostics.push(failure(input.path, error));
    }
  }
  if (!input.ruleIds) return { findings, suppressed: [], diagnostics };
  const directives = directivesWanted ? parseDirectives(source.comments(), source.lineMap) : [];
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

/** The rules used up the file's work limit: what they found stands, the rest of the file was not checked. */
function stoppedDiagnostic(source: SourceFile, node: TSESTree.Node, steps: number): Diagnostic {
  const { line, column } = source.lineMap.position(node.range[0]);
  const lines = source.lineMap.position(source.text.length).line;
  return {
    file: source.path,
    kind: 'too-complex',
    message:
      `analysis stopped at line ${line} of ${lines}: the file used up its ${steps.toLocaleString('en-US')} ` +
      'analysis steps (value resolution over very many references or helpers); findings before that point are ' +
      'reported, code from there on was not fully checked',
    line,
    column,
  };
}

/** A stack overflow is the file's doing (deep nesting); anything else is a bug in tlsguard. */
function failure(file: string, error: unknown): Diagnostic {
  return isStackOverflow(error)
    ? {
        file,
        kind: 'too-complex',
        message: 'skipped: the analysis ran out of stack (deeply nested or very long code)',
      }
    : { file, kind: 'internal-error', message: `analysis failed: ${describe(error)}` };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
