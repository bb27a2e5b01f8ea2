import type { BaselineEntry } from '../core/types.js';

/** The part of a finding the matcher looks at; paths on both sides are relative to the same folder. */
export interface Matchable {
  readonly ruleId: string;
  readonly file: string;
  readonly fingerprint: string;
  readonly scope: string;
}

export interface MatchContext {
  /** New path → old path, from git's rename detection. */
  readonly renames: ReadonlyMap<string, string>;
  /** Whether a path still exists; a baseline entry may follow an untracked rename only when its file is gone. */
  readonly exists: (path: string) => boolean;
}

export interface MatchResult {
  /** Per finding (same order): the entry that accepts it, or undefined when it is new. */
  readonly matches: readonly (BaselineEntry | undefined)[];
  /** Entries with occurrences left over, and how many: fixed, or not looked at in this run. */
  readonly leftovers: readonly { readonly entry: BaselineEntry; readonly count: number }[];
}

type Key = (ruleId: string, path: string, fingerprint: string, scope: string) => string;

const exact: Key = (r, p, f, s) => JSON.stringify([r, p, f, s]);
const loose: Key = (r, p, f) => JSON.stringify([r, p, f]);

/**
 * One-to-one matching of findings against baseline entries, strictest pass first (research/baseline.md):
 * 1. same rule, path, fingerprint and scope; 2. ignoring scope (code moved within the file);
 * 3. across a rename git detected; 4. across an untracked rename: the old file is gone and exactly one
 * entry fits. Counts make it a multiset: the third copy of a line accepted twice is new. Findings are
 * taken in source order, so when copies outnumber the entry it is the later ones that are new.
 */
export function matchBaseline(
  findings: readonly Matchable[],
  entries: readonly BaselineEntry[],
  context: MatchContext,
): MatchResult {
  const remaining = new Map(entries.map((entry) => [entry, entry.count]));
  const matches: (BaselineEntry | undefined)[] = findings.map(() => undefined);
  const pass = (key: Key, pathOf: (finding: Matchable) => string | undefined): void => {
    const buckets = bucket(entries, key);
    findings.forEach((finding, index) => {
      const path = pathOf(finding);
      if (matches[index] || path === undefined) return;
      const candidates =
        buckets.get(key(finding.ruleId, path, finding.fingerprint, finding.scope)) ?? [];
      const entry = candidates.find((candidate) => (remaining.get(candidate) ?? 0) > 0);
      if (entry) take(entry, index);
    });
  };
  const take = (entry: BaselineEntry, index: number): void => {
    remaining.set(entry, (remaining.get(entry) ?? 0) - 1);
    matches[index] = entry;
  };
  pass(exact, (f) => f.file);
  pass(loose, (f) => f.file);
  pass(loose, (f) => context.renames.get(f.file));
  for (const withScope of [true, false]) {
    for (const [entry, indexes] of untrackedRenames(
      findings,
      entries,
      matches,
      remaining,
      context,
      withScope,
    )) {
      for (const index of indexes.slice(0, remaining.get(entry) ?? 0)) take(entry, index);
    }
  }
  const leftovers = entries
    .map((entry) => ({ entry, count: remaining.get(entry) ?? 0 }))
    .filter((leftover) => leftover.count > 0);
  return { matches, leftovers };
}

/**
 * Entries whose file is gone, paired with the still-new findings of the one other file that has the same
 * rule and fingerprint — only when that pairing is unique on both sides, so a copy never inherits.
 */
function untrackedRenames(
  findings: readonly Matchable[],
  entries: readonly BaselineEntry[],
  matches: readonly (BaselineEntry | undefined)[],
  remaining: ReadonlyMap<BaselineEntry, number>,
  context: MatchContext,
  withScope: boolean,
): Map<BaselineEntry, number[]> {
  const pairs = new Map<BaselineEntry, number[]>();
  const orphans = entries.filter((e) => (remaining.get(e) ?? 0) > 0 && !context.exists(e.path));
  const same = (
    ruleId: string,
    fingerprint: string,
    scope: string,
    entry: BaselineEntry,
  ): boolean =>
    ruleId === entry.ruleId &&
    fingerprint === entry.fingerprint &&
    (!withScope || scope === (entry.scope ?? ''));
  for (const entry of orphans) {
    const indexes = findings.flatMap((f, index) =>
      !matches[index] && same(f.ruleId, f.fingerprint, f.scope, entry) ? [index] : [],
    );
    const files = new Set(indexes.map((index) => findings[index]?.file));
    const rivals = orphans.filter((o) => same(o.ruleId, o.fingerprint, o.scope ?? '', entry));
    if (files.size === 1 && rivals.length === 1) pairs.set(entry, indexes);
  }
  return pairs;
}

function bucket(entries: readonly BaselineEntry[], key: Key): Map<string, BaselineEntry[]> {
  const buckets = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const k = key(entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '');
    buckets.set(k, [...(buckets.get(k) ?? []), entry]);
  }
  return buckets;
}
