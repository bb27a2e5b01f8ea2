import { severityRank } from '../core/severity.js';
import type { Finding, Severity } from '../core/types.js';

/** Findings that read the same in a list: one headline, one severity, new or accepted alike. */
export interface HeadlineGroup {
  readonly headline: string;
  readonly severity: Severity;
  /** Accepted only by a baseline entry the change itself adds (`Finding.acceptedInChange`). */
  readonly accepted: boolean;
  readonly findings: readonly Finding[];
}

/** Findings of one rule whose explanation is word for word the same: it is shown once for all. */
export interface ExplanationGroup {
  readonly explanation: string;
  readonly items: readonly HeadlineGroup[];
}

export interface RuleGroup {
  readonly ruleId: string;
  readonly docs: string;
  readonly explanations: readonly ExplanationGroup[];
  readonly fresh: number;
  readonly accepted: number;
}

/**
 * Findings by rule, then by explanation, then by headline, in reading order: new before accepted,
 * errors before warnings before notes, then by file and line — each group where its first finding is.
 */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  return groupBy([...findings].sort(readingOrder), (f) => f.ruleId)
    .sort(byWeight)
    .map((ofRule) => {
      const [first] = ofRule as [Finding, ...Finding[]];
      const explanations = groupBy(ofRule, (f) => f.message).map((same) => ({
        explanation: same[0]?.message ?? '',
        items: groupBy(same, (f) => `${isAccepted(f)} ${f.severity} ${f.headline}`).map(
          (group): HeadlineGroup => ({
            headline: group[0]?.headline ?? '',
            severity: group[0]?.severity ?? 'note',
            accepted: group[0] !== undefined && isAccepted(group[0]),
            findings: group,
          }),
        ),
      }));
      const accepted = ofRule.filter(isAccepted).length;
      return {
        ruleId: first.ruleId,
        docs: first.docs,
        explanations,
        fresh: ofRule.length - accepted,
        accepted,
      };
    });
}

/** Rules with new findings first, then by their worst severity, then by how many findings they have. */
function byWeight(a: readonly Finding[], b: readonly Finding[]): number {
  const [first, second] = [a[0], b[0]];
  if (first === undefined || second === undefined) return 0;
  return (
    Number(isAccepted(first)) - Number(isAccepted(second)) ||
    severityRank(second.severity) - severityRank(first.severity) ||
    b.length - a.length
  );
}

function isAccepted(finding: Finding): boolean {
  return finding.status !== 'new';
}

/** Groups in the order of their first member; members keep their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** `client-2.js` before `client-10.js`, as people count. */
const FILE_ORDER = new Intl.Collator('en', { numeric: true });

function readingOrder(a: Finding, b: Finding): number {
  return (
    Number(isAccepted(a)) - Number(isAccepted(b)) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    FILE_ORDER.compare(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column
  );
}
