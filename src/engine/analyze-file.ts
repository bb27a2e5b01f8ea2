import { isStackOverflow } from '../core/errors.js';
import type {
  LanguageAnalysis,
  LoadedLanguage,
  LocatedReport,
  ParseFailure,
  TargetVersions,
} from '../core/language.js';
import type { SeverityCap } from '../core/non-production.js';
import type { Rule } from '../core/rule.js';
import type { Diagnostic, Finding, Severity, SuppressedFinding } from '../core/types.js';
import { toFinding, type SourceFile } from './findings.js';
import { LineMap } from './line-map.js';
import { suppressionRule } from './suppression-rule.js';
import {
  applySuppressions,
  DIRECTIVE_MARKER,
  parseDirectives,
  type RuleIds,
} from './suppressions.js';

/**
 * Steps one file's checkers may take in all (see `WorkMeter`), each step a value asked for or a
 * reference, write, use or syntax node looked at. A step costs 1-1.7 µs (measured), so this keeps any
 * file's rule time under about five seconds. Real code stays far below it: with every rule on, the most
 * any of the 285 files over 200 KB of the bench's npm corpus took was 0.91 million (an
 * Emscripten-compiled decoder).
 */
export const FILE_STEP_LIMIT = 3_000_000;

export interface FileInput {
  /** Path relative to the scan root, with `/`. */
  readonly path: string;
  readonly text: string;
  /** Only the rules whose triggers the prefilter found in this file (each with a checker for its language). */
  readonly rules: readonly Rule[];
  readonly severityCap: SeverityCap | undefined;
  /** The cap of findings in non-production parts of a file (a `test` script); default note. */
  readonly testSeverity?: Severity;
  /** Severities the configuration sets per rule id. */
  readonly ruleSeverities?: ReadonlyMap<string, Severity>;
  /** Overrides `MAX_AST_NODES` (tests). */
  readonly maxAstNodes?: number;
  /** Overrides `FILE_STEP_LIMIT`, the analysis steps the rules may take on this file (tests). */
  readonly maxAnalysisSteps?: number;
  /** For checking suppression comments; without it, directives are not applied. */
  readonly ruleIds?: RuleIds & { readonly suggest: (id: string) => string };
  /** The runtime versions the project targets (see `LanguageInput.targetVersions`). */
  readonly targetVersions?: TargetVersions;
}

export interface FileOutput {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly diagnostics: Diagnostic[];
}

/** A finding with the report it came from: its offsets, and the fixes an editor may offer. */
export interface SourcedFinding {
  readonly finding: Finding;
  readonly report: LocatedReport;
}

export interface SourcedFileOutput extends Omit<FileOutput, 'findings'> {
  readonly findings: SourcedFinding[];
}

/**
 * The work limit per file. Real code has 0.03-0.15 syntax nodes per byte (measured on bundles of 1-2 MB),
 * so a file at the 2 MB size limit has at most ~300,000; only dense generated data comes near this.
 */
export const MAX_AST_NODES = 1_000_000;

/**
 * Parse → checkers → findings → inline suppressions, for one file of `language`. Failures become
 * diagnostics: nothing one file contains may end the scan (or, in a worker thread, take the worker
 * pool down).
 */
export function analyzeFile(language: LoadedLanguage, input: FileInput): FileOutput {
  const output = analyzeFileSourced(language, input);
  return { ...output, findings: output.findings.map(({ finding }) => finding) };
}

/** `analyzeFile`, each finding with its report (the ESLint plugin reports offsets, with suggestions). */
export function analyzeFileSourced(language: LoadedLanguage, input: FileInput): SourcedFileOutput {
  try {
    return analyzeParsed(language, input);
  } catch (error) {
    return { findings: [], suppressed: [], diagnostics: [failure(input.path, error)] };
  }
}

function analyzeParsed(language: LoadedLanguage, input: FileInput): SourcedFileOutput {
  const directivesWanted = input.ruleIds !== undefined && input.text.includes(DIRECTIVE_MARKER);
  const maxNodes = input.maxAstNodes ?? MAX_AST_NODES;
  const maxSteps = input.maxAnalysisSteps ?? FILE_STEP_LIMIT;
  const run = language.analyze({
    path: input.path,
    text: input.text,
    rules: input.rules,
    comments: directivesWanted,
    maxNodes,
    maxSteps,
    ...(input.targetVersions ? { targetVersions: input.targetVersions } : {}),
  });
  if (!run.ok)
    return { findings: [], suppressed: [], diagnostics: [unanalyzed(input.path, run, maxNodes)] };
  const source: SourceFile = {
    path: input.path,
    lineMap: new LineMap(input.text),
    severityCap: input.severityCap,
    ...(input.testSeverity ? { testSeverity: input.testSeverity } : {}),
  };
  const diagnostics = runDiagnostics(source, input.text, run, maxSteps);
  const sourced: SourcedFinding[] = [];
  for (const report of run.reports) {
    try {
      const finding = toFinding(source, report, input.ruleSeverities?.get(report.rule.id));
      sourced.push({ finding, report });
    } catch (error) {
      diagnostics.push(failure(input.path, error));
    }
  }
  if (!input.ruleIds) return { findings: sourced, suppressed: [], diagnostics };
  const directives = directivesWanted ? parseDirectives(run.comments(), source.lineMap) : [];
  const findings = sourced.map(({ finding }) => finding);
  const outcome = applySuppressions(findings, directives, input.ruleIds, input.ruleIds.suggest);
  const kept = new Set(outcome.kept);
  const problems = outcome.problems.map((problem) => {
    const report: LocatedReport = {
      rule: suppressionRule,
      messageId: problem.messageId,
      data: problem.data,
      range: problem.directive.comment.range,
      identity: problem.directive.comment.value.trim(),
      scope: '',
    };
    return { finding: toFinding(source, report), report };
  });
  return {
    findings: [...sourced.filter(({ finding }) => kept.has(finding)), ...problems],
    suppressed: outcome.suppressed.map(({ finding, reason }) => ({ ...finding, reason })),
    diagnostics,
  };
}

/** Why a file was not analyzed at all. */
function unanalyzed(file: string, run: ParseFailure, maxNodes: number): Diagnostic {
  if (run.reason === 'too-many-nodes') {
    const message = `skipped: more than ${maxNodes.toLocaleString('en-US')} syntax nodes, over the work limit per file`;
    return { file, kind: 'too-complex', message };
  }
  return {
    file,
    kind: run.reason === 'too-deep' ? 'too-complex' : 'parse-error',
    message:
      run.reason === 'too-deep' ? `skipped: ${run.message}` : `could not parse: ${run.message}`,
    ...(run.line === undefined ? {} : { line: run.line, column: run.column }),
  };
}

/** Checkers that failed, the work limit if it was reached, and reports that could not be located. */
function runDiagnostics(
  source: SourceFile,
  text: string,
  run: LanguageAnalysis,
  maxSteps: number,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = run.failures.map(({ ruleId, error }) => ({
    file: source.path,
    kind: isStackOverflow(error) ? 'too-complex' : 'internal-error',
    message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
  }));
  if (run.stoppedAt !== undefined) {
    diagnostics.push(stoppedDiagnostic(source, text, run.stoppedAt, maxSteps));
  }
  for (const error of run.errors) diagnostics.push(failure(source.path, error));
  const [firstError] = run.syntaxErrors ?? [];
  if (firstError !== undefined)
    diagnostics.push(partialParse(source, run.syntaxErrors?.length ?? 0, firstError));
  return diagnostics;
}

/** Syntax errors the parser recovered from: the findings stand, code near the errors may be missed. */
function partialParse(source: SourceFile, count: number, offset: number): Diagnostic {
  const { line, column } = source.lineMap.position(offset);
  const errors = count === 1 ? 'a syntax error' : `${count.toLocaleString('en-US')} syntax errors`;
  return {
    file: source.path,
    kind: 'partial-parse',
    message: `${errors}, the first at line ${line}: analyzed around ${count === 1 ? 'it' : 'them'}, so code in and next to the broken part may have been missed`,
    line,
    column,
  };
}

/** The checkers used up the file's work limit: what they found stands, the rest of the file was not checked. */
function stoppedDiagnostic(
  source: SourceFile,
  text: string,
  offset: number,
  steps: number,
): Diagnostic {
  const { line, column } = source.lineMap.position(offset);
  const lines = source.lineMap.position(text.length).line;
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
