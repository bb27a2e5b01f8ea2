import type { Finding, FixedEntry, ScanResult, Severity } from '../core/types.js';
import { code, encodePath, escapeText, link, messageMarkdown, plural } from './markdown.js';
import { repoPath } from './repo-path.js';

/** Where the run happens on GitHub: what the markdown reports link to. */
export interface GitHubLinks {
  /** e.g. `https://github.com`. */
  readonly serverUrl: string;
  /** `owner/name`. */
  readonly repository: string;
  /** The commit file links point at: the pull request's head, else the scanned commit. */
  readonly commit: string;
  /** The workflow run, where the job summary is. */
  readonly runUrl?: string;
}

/** What decides the step's outcome, as the reports explain it. */
export interface Verdict {
  readonly failOn: 'new' | 'any' | 'none';
  readonly failSeverity: Severity;
  /** How many findings fail the run. */
  readonly failing: number;
}

export interface GitHubReportContext {
  /** The scan root relative to the repository root ('' when it is the root). */
  readonly pathPrefix: string;
  readonly links?: GitHubLinks;
  readonly verdict: Verdict;
  /** Diff mode: only the files changed since this revision were scanned. */
  readonly changedSince?: string;
  /** The run is for a pull request (the reports say "this pull request"). */
  readonly pullRequest?: boolean;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '🔴 error',
  warning: '🟠 warning',
  note: '🔵 note',
};

export const FINDINGS_TABLE_HEAD =
  '| Location | Rule | Severity | Finding |\n| --- | --- | --- | --- |\n';

/**
 * One table row per finding: file:line linked to the reviewed commit, rule linked to its page, and
 * the headline (the explanation is too long for a table; `explanationRows` gives it once per group).
 */
export function findingRow(finding: Finding, context: GitHubReportContext): string {
  const path = repoPath(context.pathPrefix, finding.file);
  const where = code(`${path}:${finding.line}`);
  const location = context.links ? link(fileUrl(context.links, path, finding.line), where) : where;
  const rule = link(finding.docs, escapeText(finding.ruleId));
  return `| ${location} | ${rule} | ${SEVERITY_LABEL[finding.severity]} | ${messageMarkdown(finding.headline)} |\n`;
}

export const FIXED_TABLE_HEAD = '| File | Rule | Findings | Code |\n| --- | --- | --- | --- |\n';

export function fixedRow(entry: FixedEntry, context: GitHubReportContext): string {
  const path = repoPath(context.pathPrefix, entry.file);
  const snippet = entry.snippet === undefined ? '' : code(entry.snippet);
  return `| ${code(path)} | ${escapeText(entry.ruleId)} | ${entry.count} | ${snippet} |\n`;
}

export function fileUrl(links: GitHubLinks, path: string, line: number): string {
  return `${links.serverUrl}/${encodePath(links.repository)}/blob/${encodePath(links.commit)}/${encodePath(path)}#L${line}`;
}

export interface Tally {
  readonly fresh: readonly Finding[];
  /** Accepted by the baseline or the base commit (not by the change's own baseline entries). */
  readonly unchanged: readonly Finding[];
  /** Accepted only by baseline entries the change itself added (`Finding.acceptedInChange`). */
  readonly acceptedInChange: readonly Finding[];
  /** Findings fixed since the baseline or base, counting repeated ones. */
  readonly fixed: number;
}

export function tally(result: ScanResult): Tally {
  return {
    fresh: result.findings.filter((f) => f.status === 'new'),
    unchanged: result.findings.filter((f) => f.status === 'unchanged' && !f.acceptedInChange),
    acceptedInChange: result.findings.filter((f) => f.acceptedInChange === true),
    fixed: result.fixed.reduce((sum, entry) => sum + entry.count, 0),
  };
}

/** "2 errors, 1 warning" — only the levels present. */
export function severityBreakdown(findings: readonly Finding[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return (['error', 'warning', 'note'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
    .join(', ');
}

/** Why the run passes or fails, in one sentence. */
export function verdictSentence(verdict: Verdict): string {
  if (verdict.failOn === 'none') return 'This run does not fail on findings (`fail-on: none`).';
  const which = verdict.failOn === 'new' ? 'new ' : '';
  const level = verdict.failSeverity === 'note' ? '' : ` at \`${verdict.failSeverity}\` or above`;
  return verdict.failing > 0
    ? `❌ This run fails: ${plural(verdict.failing, `${which}finding`)}${level}.`
    : `✅ This run passes: no ${which}finding${level}.`;
}
