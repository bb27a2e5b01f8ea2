import type { Rule } from '../core/rule.js';
import type { Diagnostic, Finding, Severity } from '../core/types.js';
import type { Parser } from '../parse/parser.js';
import { toFinding, type SourceFile } from './findings.js';
import { runRules } from './run-rules.js';

export interface FileInput {
  /** Path relative to the scan root, with `/`. */
  readonly path: string;
  readonly text: string;
  /** Only the rules whose triggers the prefilter found in this file. */
  readonly rules: readonly Rule[];
  readonly severityCap: Severity | undefined;
}

export interface FileOutput {
  readonly findings: Finding[];
  readonly diagnostics: Diagnostic[];
}

/** Parse → rules → findings for one file. Pure: a syntax error or a failing rule becomes a diagnostic. */
export function analyzeFile(parser: Parser, input: FileInput): FileOutput {
  const parsed = parser.parse(input.text, input.path);
  if (!parsed.ok) {
    const diagnostic: Diagnostic = {
      file: input.path,
      kind: 'parse-error',
      message: `could not parse: ${parsed.message}`,
      ...(parsed.line === undefined ? {} : { line: parsed.line, column: parsed.column }),
    };
    return { findings: [], diagnostics: [diagnostic] };
  }
  const run = runRules(parsed.program, input.text, input.path, input.rules);
  const source: SourceFile = {
    path: input.path,
    text: input.text,
    lines: input.text.split(/\r\n|\r|\n/),
    program: parsed.program,
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
      findings.push(toFinding(source, report));
    } catch (error) {
      diagnostics.push({ file: input.path, kind: 'internal-error', message: describe(error) });
    }
  }
  return { findings, diagnostics };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
