import { createHash } from 'node:crypto';
import type { Finding, ScanResult, Severity } from '../core/types.js';
import { repoPath } from './repo-path.js';

/** GitLab's levels: info, minor, major, critical, blocker. */
const SEVERITY: Readonly<Record<Severity, 'minor' | 'major' | 'critical'>> = {
  error: 'critical',
  warning: 'major',
  note: 'minor',
};

/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): the JSON array of issues GitLab
 * documents — `description` (the headline: the merge request widget shows one line), `check_name`
 * (the rule), `fingerprint`, `severity`, `location.path` (relative to the repository), and
 * `location.lines.begin` — plus `type`, `categories` and `content.body` (the explanation) from the Code
 * Climate spec GitLab's format is a subset of. Every current finding is listed, new and accepted alike:
 * GitLab compares the report with the target branch's to show what a merge request adds.
 */
export function renderGitLab(result: ScanResult, options: { pathPrefix: string }): string {
  const seen = new Map<string, number>();
  const issues = result.findings.map((finding) => {
    const path = repoPath(options.pathPrefix, finding.file);
    // Identical findings in one file share tlsguard's fingerprint; GitLab needs one per issue.
    const key = `${finding.ruleId}\0${path}\0${finding.fingerprint}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return issue(finding, path, fingerprint(key, occurrence));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function issue(finding: Finding, path: string, id: string): Record<string, unknown> {
  return {
    type: 'issue',
    check_name: finding.ruleId,
    description: finding.headline,
    content: { body: `${finding.message}\n\n${finding.docs}` },
    categories: ['Security'],
    fingerprint: id,
    severity: SEVERITY[finding.severity],
    location: { path, lines: { begin: finding.line, end: finding.endLine } },
  };
}

/** Stable across runs and line shifts, like tlsguard's own: rule, path, code, and which repeat it is. */
function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
}
