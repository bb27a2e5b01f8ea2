import type { Diagnostic, Finding, ScanResult } from '../core/types.js';
import { groupByRule } from './finding-groups.js';
import { fileCount, skippedFolderNotes } from './skipped-folders.js';
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
  type Tally,
} from './github-context.js';
import { hasPolicyChanges } from '../core/policy.js';
import { addPolicySection } from './policy-markdown.js';
import { code, escapeText, link, messageMarkdown, plural } from './markdown.js';
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
  budget.add(heading(counts, context));
  const policyCut = hasPolicyChanges(result.policy)
    ? addPolicySection(budget, result.policy, context)
    : 0;
  budget.add(countsTable(result, counts));
  budget.add(
    `${verdictSentence(context.verdict)} ${comparedWith(result, context)}${diffMode(context)}\n\n${skippedFolders(result)}`,
  );
  const cut = [
    addSection(budget, {
      title: `New findings (${counts.fresh.length})`,
      head: FINDINGS_TABLE_HEAD,
      rows: counts.fresh.map((f) => findingRow(f, context)),
      noun: 'new finding',
    }),
    addSection(budget, {
      title: 'Why these findings are insecure, and how to fix them',
      folded: true,
      head: '',
      rows: explanationRows([...counts.fresh, ...counts.acceptedInChange], context),
      noun: 'explanation',
    }),
    addSection(budget, {
      title: `Accepted in this ${context.pullRequest === true ? 'pull request' : 'change'} (${counts.acceptedInChange.length}) — only by baseline entries it adds`,
      head: FINDINGS_TABLE_HEAD,
      rows: counts.acceptedInChange.map((f) => findingRow(f, context)),
      noun: 'accepted finding',
    }),
    addSection(budget, {
      title: `Unchanged findings (${counts.unchanged.length}) — accepted by the baseline or already on the base`,
      folded: true,
      head: FINDINGS_TABLE_HEAD,
      rows: counts.unchanged.map((f) => findingRow(f, context)),
      noun: 'unchanged finding',
    }),
    addSection(budget, {
      title: `Fixed since the baseline (${counts.fixed})`,
      folded: true,
      head: FIXED_TABLE_HEAD,
      rows: result.fixed.map((e) => fixedRow(e, context)),
      noun: 'fixed entry',
      pluralNoun: 'fixed entries',
    }),
    addSection(budget, {
      title: `Files that could not be fully analyzed (${result.diagnostics.length})`,
      folded: true,
      head: '',
      rows: result.diagnostics.map((d) => diagnosticItem(d, context.pathPrefix)),
      noun: 'file',
    }),
  ].reduce((sum, left) => sum + left, policyCut);
  budget.add(footer(result, options, cut));
  return budget.toString();
}

function heading(counts: Tally, context: GitHubReportContext): string {
  const where = context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
  const fresh = counts.fresh.length;
  const accepted = counts.acceptedInChange.length;
  if (fresh > 0) return `## tlsguard: ${plural(fresh, 'new insecure TLS finding')}${where}\n\n`;
  if (accepted > 0)
    return `## tlsguard: ${plural(accepted, 'insecure TLS finding')} accepted by ${context.pullRequest === true ? "this pull request's" : "this change's"} own baseline${where}\n\n`;
  return `## tlsguard: no new insecure TLS usage${where}\n\n`;
}

function countsTable(result: ScanResult, counts: Tally): string {
  const { fresh, unchanged, acceptedInChange, fixed } = counts;
  const breakdown = fresh.length === 0 ? '' : ` (${severityBreakdown(fresh)})`;
  // The column only when there is something in it: most runs accept nothing of their own.
  const accepted =
    acceptedInChange.length === 0 ? [] : [['Accepted here', String(acceptedInChange.length)]];
  const columns = [
    ['New', `**${fresh.length}**${breakdown}`],
    ...accepted,
    ['Unchanged', String(unchanged.length)],
    ['Fixed', String(fixed)],
    ['Suppressed', String(result.suppressed.length)],
    ['Files scanned', `${result.stats.filesDiscovered} (${result.stats.filesParsed} parsed)`],
  ];
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  return `${row(columns.map(([name = '']) => name))}${row(columns.map(() => '---'))}${row(columns.map(([, value = '']) => value))}\n`;
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

/** Source that was not scanned must not go unnoticed: one line per skipped folder that git tracks files in. */
function skippedFolders(result: ScanResult): string {
  const notes = skippedFolderNotes(result.stats);
  if (notes.length === 0) return '';
  const lines = notes.map(
    (folder) =>
      `- skipped ${code(folder.path)}: ${fileCount(folder.files)} — add ${code(`"${folder.pattern}"`)} to \`include\` in \`.tlsguard.json\` to scan it`,
  );
  return `${lines.join('\n')}\n\n`;
}

function diffMode(context: GitHubReportContext): string {
  if (context.changedSince === undefined) return '';
  return ` Only the files changed since ${code(shortRef(context.changedSince))} were scanned (set \`changed-only: false\` to scan every file).`;
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}

interface Section {
  readonly title: string;
  /** Folded away in a `<details>` element; otherwise a `###` heading. */
  readonly folded?: boolean;
  readonly head: string;
  readonly rows: readonly string[];
  readonly noun: string;
  readonly pluralNoun?: string;
}

/** A section with the rows that fit and a note on the rest; returns how many rows were left out. */
function addSection(budget: Budget, section: Section): number {
  if (section.rows.length === 0) return 0;
  budget.add(
    section.folded === true
      ? `<details><summary>${section.title}</summary>\n\n${section.head}`
      : `### ${section.title}\n\n${section.head}`,
  );
  const left = note(
    budget,
    addRows(budget, section.rows, RESERVE),
    section.noun,
    section.pluralNoun,
  );
  budget.add(section.folded === true ? '\n</details>\n\n' : '\n');
  return left;
}

/** Findings listed under an explanation, by location; the tables above list them all. */
const LOCATIONS_PER_EXPLANATION = 10;

/**
 * The explanations (why it is insecure, how to fix it) of the findings in the tables, each once: per
 * rule, each distinct explanation, with the locations it applies to.
 */
function explanationRows(findings: readonly Finding[], context: GitHubReportContext): string[] {
  return groupByRule(findings).flatMap((rule) =>
    rule.explanations.map(({ explanation, items }) => {
      const places = items.flatMap((item) => item.findings);
      const shown = places
        .slice(0, LOCATIONS_PER_EXPLANATION)
        .map((f) => code(`${repoPath(context.pathPrefix, f.file)}:${f.line}`));
      const more = places.length - shown.length;
      const tail = more > 0 ? ` and ${more} more` : '';
      return `**${link(rule.docs, escapeText(rule.ruleId))}** — ${messageMarkdown(explanation)}<br><sub>${shown.join(' · ')}${tail}</sub>\n\n`;
    }),
  );
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
