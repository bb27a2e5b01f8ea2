import type { Diagnostic, ScanResult } from '../core/types.js';
import { addRows, Budget, utf8Bytes } from './budget.js';
import {
  FINDINGS_TABLE_HEAD,
  FIXED_TABLE_HEAD,
  findingRow,
  fixedRow,
  severityBreakdown,
  tally,
  verdictSentence,
  type GitHubReportContext,
} from './github-context.js';
import { code, messageMarkdown, plural } from './markdown.js';
import { repoPath } from './repo-path.js';

/**
 * GitHub rejects a step summary over 1 MiB whole (nothing is shown). Stay well below it: the summary
 * may share the step with other writers, and every cut is announced.
 */
export const SUMMARY_MAX_BYTES = 900 * 1024;
/** Room kept for closing tags and the truncation notes that may follow a table. */
const RESERVE = 4096;

export interface SummaryOptions {
  readonly maxBytes?: number;
  /** Repository-relative path of the SARIF file written, to mention it. */
  readonly sarifFile?: string;
}

/** The job summary: counts, new findings, then unchanged, fixed and unanalyzable files folded away. */
export function renderSummaryMarkdown(
  result: ScanResult,
  context: GitHubReportContext,
  options: SummaryOptions = {},
): string {
  const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES, utf8Bytes);
  const counts = tally(result);
  budget.add(heading(counts.fresh.length, context));
  budget.add(countsTable(result, counts.fixed));
  budget.add(
    `${verdictSentence(context.verdict)} ${comparedWith(result, context)}${diffMode(context)}\n\n`,
  );
  let cut = 0;
  if (counts.fresh.length > 0) {
    budget.add(`### New findings (${counts.fresh.length})\n\n${FINDINGS_TABLE_HEAD}`);
    cut += note(
      budget,
      addRows(
        budget,
        counts.fresh.map((f) => findingRow(f, context)),
        RESERVE,
      ),
      'new finding',
    );
    budget.add('\n');
  }
  if (counts.unchanged.length > 0) {
    budget.add(
      details(
        `Unchanged findings (${counts.unchanged.length}) — accepted by the baseline or already on the base`,
      ),
    );
    budget.add(FINDINGS_TABLE_HEAD);
    const left = addRows(
      budget,
      counts.unchanged.map((f) => findingRow(f, context)),
      RESERVE,
    );
    cut += note(budget, left, 'unchanged finding');
    budget.add('\n</details>\n\n');
  }
  if (result.fixed.length > 0) {
    budget.add(details(`Fixed since the baseline (${counts.fixed})`));
    budget.add(FIXED_TABLE_HEAD);
    cut += note(
      budget,
      addRows(
        budget,
        result.fixed.map((e) => fixedRow(e, context)),
        RESERVE,
      ),
      'fixed entry',
      'fixed entries',
    );
    budget.add('\n</details>\n\n');
  }
  if (result.diagnostics.length > 0) {
    budget.add(details(`Files that could not be fully analyzed (${result.diagnostics.length})`));
    const rows = result.diagnostics.map((d) => diagnosticItem(d, context.pathPrefix));
    cut += note(budget, addRows(budget, rows, RESERVE), 'file');
    budget.add('\n</details>\n\n');
  }
  budget.add(footer(result, options, cut));
  return budget.toString();
}

function heading(fresh: number, context: GitHubReportContext): string {
  const where = context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
  return fresh === 0
    ? `## tlsguard: no new insecure TLS usage${where}\n\n`
    : `## tlsguard: ${plural(fresh, 'new insecure TLS finding')}${where}\n\n`;
}

function countsTable(result: ScanResult, fixed: number): string {
  const fresh = result.findings.filter((f) => f.status === 'new');
  const unchanged = result.findings.length - fresh.length;
  const breakdown = fresh.length === 0 ? '' : ` (${severityBreakdown(fresh)})`;
  return (
    '| New | Unchanged | Fixed | Suppressed | Files scanned |\n| --- | --- | --- | --- | --- |\n' +
    `| **${fresh.length}**${breakdown} | ${unchanged} | ${fixed} | ${result.suppressed.length} | ${result.stats.filesDiscovered} (${result.stats.filesParsed} parsed) |\n\n`
  );
}

function comparedWith(result: ScanResult, context: GitHubReportContext): string {
  const baseline = result.baseline;
  const parts: string[] = [];
  if (baseline?.file !== undefined) parts.push('the baseline file');
  if (baseline?.baseRef !== undefined)
    parts.push(`the base commit ${code(shortRef(baseline.baseRef))}`);
  if (parts.length === 0) {
    return context.verdict.failOn === 'new'
      ? 'No baseline file or base commit: every finding counts as new.'
      : '';
  }
  return `Findings already in ${parts.join(' and ')} are reported as unchanged.`;
}

function diffMode(context: GitHubReportContext): string {
  if (context.changedSince === undefined) return '';
  return ` Only the files changed since ${code(shortRef(context.changedSince))} were scanned (set \`changed-only: false\` to scan every file).`;
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}

function details(summary: string): string {
  return `<details><summary>${summary}</summary>\n\n`;
}

function diagnosticItem(diagnostic: Diagnostic, pathPrefix: string): string {
  const where = diagnostic.line === undefined ? '' : `:${diagnostic.line}`;
  return `- ${code(`${repoPath(pathPrefix, diagnostic.file)}${where}`)} ${messageMarkdown(diagnostic.message)}\n`;
}

/** Says explicitly what did not fit; returns the count for the footer. */
function note(budget: Budget, left: number, noun: string, pluralNoun?: string): number {
  if (left > 0) {
    budget.add(
      `\n_…and ${left} more ${left === 1 ? noun : (pluralNoun ?? `${noun}s`)} not shown: the job summary is limited to 1 MiB._\n`,
    );
  }
  return left;
}

function footer(result: ScanResult, options: SummaryOptions, cut: number): string {
  const seconds = (result.stats.durationMs / 1000).toFixed(1);
  const sarif =
    options.sarifFile === undefined
      ? ''
      : ` Every finding is in the SARIF file ${code(options.sarifFile)}.`;
  const truncated =
    cut === 0
      ? ''
      : ` **This summary is truncated** (${plural(cut, 'row')} left out); <code>tlsguard scan --format json</code> lists everything.`;
  return `<sub>tlsguard scanned ${plural(result.stats.filesDiscovered, 'file')} in ${seconds} s.${sarif}${truncated}</sub>\n`;
}
