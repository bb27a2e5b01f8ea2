import type { Finding, SuppressedFinding } from '../core/types.js';

/** A `.tlsguard.json` `ignore` entry, ready to match: for files that cannot hold a suppression comment. */
export interface IgnoreRule {
  /** The entry's path glob, compiled. */
  readonly matches: (path: string) => boolean;
  readonly rule: string;
  /** Only findings whose source line(s) contain this text. */
  readonly match?: string;
  readonly reason: string;
}

/**
 * Moves the findings an `ignore` entry covers to the suppressed ones, with the entry's reason: the
 * same outcome as an inline `tlsguard-ignore` comment, for `package.json` and other files without
 * comments.
 */
export function applyIgnoreRules(
  findings: readonly Finding[],
  rules: readonly IgnoreRule[],
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (rules.length === 0) return { kept: [...findings], suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const rule = rules.find(
      (candidate) =>
        candidate.rule === finding.ruleId &&
        candidate.matches(finding.file) &&
        (candidate.match === undefined || finding.snippet.includes(candidate.match)),
    );
    if (rule) suppressed.push({ ...finding, reason: rule.reason });
    else kept.push(finding);
  }
  return { kept, suppressed };
}
