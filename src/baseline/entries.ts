import type { Finding } from '../core/types.js';
import type { BaselineEntry } from '../core/types.js';
import { compareEntries } from './baseline-file.js';

const SNIPPET_LENGTH = 120;

/**
 * Baseline entries for findings: identical findings (same rule, path, fingerprint and scope) become one
 * entry with a count. `pathOf` re-expresses a finding's path (undefined leaves the finding out); a
 * `reasonOf` answer is carried into the entry.
 */
export function entriesFromFindings(
  findings: readonly Finding[],
  pathOf: (finding: Finding) => string | undefined,
  reasonOf: (finding: Finding) => string | undefined = () => undefined,
): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const path = pathOf(finding);
    if (path === undefined) continue;
    const key = JSON.stringify([finding.ruleId, path, finding.fingerprint, finding.scope]);
    const existing = entries.get(key);
    const reason = existing?.reason ?? reasonOf(finding);
    entries.set(key, {
      ruleId: finding.ruleId,
      path,
      fingerprint: finding.fingerprint,
      ...(finding.scope === '' ? {} : { scope: finding.scope }),
      count: (existing?.count ?? 0) + 1,
      snippet: existing?.snippet ?? shortSnippet(finding.snippet),
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return [...entries.values()].sort(compareEntries);
}

/** Adds up entries with the same identity (rule, path, fingerprint, scope). */
export function mergeEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const merged = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const key = JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);
    const existing = merged.get(key);
    merged.set(
      key,
      existing
        ? {
            ...existing,
            count: existing.count + entry.count,
            reason: existing.reason ?? entry.reason,
          }
        : entry,
    );
  }
  return [...merged.values()].sort(compareEntries);
}

function shortSnippet(snippet: string): string {
  const line = (snippet.split('\n')[0] ?? '').trim().replace(/\s+/g, ' ');
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}
