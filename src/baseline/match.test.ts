import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../core/types.js';
import { matchBaseline, type Matchable, type MatchContext } from './match.js';

const finding = (file: string, fingerprint: string, scope = ''): Matchable => ({
  ruleId: 'r',
  file,
  fingerprint,
  scope,
});
const entry = (path: string, fingerprint: string, count = 1, scope?: string): BaselineEntry => ({
  ruleId: 'r',
  path,
  fingerprint,
  count,
  ...(scope === undefined ? {} : { scope }),
});
const none: MatchContext = { renames: new Map<string, string>(), exists: () => true };

function statuses(findings: Matchable[], entries: BaselineEntry[], context = none): string[] {
  return matchBaseline(findings, entries, context).matches.map((m) => (m ? 'unchanged' : 'new'));
}

describe('matchBaseline', () => {
  it('accepts a finding whose rule, path and fingerprint are in the baseline', () => {
    expect(statuses([finding('a.js', 'f1'), finding('a.js', 'f2')], [entry('a.js', 'f1')])).toEqual(
      ['unchanged', 'new'],
    );
  });

  it('uses counts as a multiset: the third copy of a line accepted twice is new, and it is the last one', () => {
    const findings = [finding('a.js', 'f'), finding('a.js', 'f'), finding('a.js', 'f')];
    expect(statuses(findings, [entry('a.js', 'f', 2)])).toEqual(['unchanged', 'unchanged', 'new']);
  });

  it('prefers the entry of the same scope, so a copy in a new function is the new one', () => {
    const findings = [finding('a.js', 'f', 'added'), finding('a.js', 'f', 'connect')];
    expect(statuses(findings, [entry('a.js', 'f', 1, 'connect')])).toEqual(['new', 'unchanged']);
  });

  it('accepts code moved to another function of the same file', () => {
    expect(
      statuses([finding('a.js', 'f', 'renamedFunction')], [entry('a.js', 'f', 1, 'connect')]),
    ).toEqual(['unchanged']);
  });

  it('follows renames git detected', () => {
    const renames = new Map([['b.js', 'a.js']]);
    expect(
      statuses([finding('b.js', 'f')], [entry('a.js', 'f')], { renames, exists: () => true }),
    ).toEqual(['unchanged']);
  });

  it('follows an untracked rename when the old file is gone and the pairing is unique', () => {
    const gone = { renames: new Map<string, string>(), exists: (p: string) => p !== 'a.js' };
    expect(statuses([finding('b.js', 'f')], [entry('a.js', 'f')], gone)).toEqual(['unchanged']);
    expect(
      statuses([finding('b.js', 'f'), finding('c.js', 'f')], [entry('a.js', 'f')], gone),
    ).toEqual(['new', 'new']);
  });

  it('never lets a copy absorb the entry of a file that still exists', () => {
    expect(statuses([finding('a.js', 'f'), finding('copy.js', 'f')], [entry('a.js', 'f')])).toEqual(
      ['unchanged', 'new'],
    );
    expect(statuses([finding('copy.js', 'f')], [entry('a.js', 'f')])).toEqual(['new']);
  });

  it('returns what is left over, with counts', () => {
    const result = matchBaseline(
      [finding('a.js', 'f')],
      [entry('a.js', 'f', 3), entry('b.js', 'g')],
      none,
    );
    expect(result.leftovers.map((l) => [l.entry.path, l.count])).toEqual([
      ['a.js', 2],
      ['b.js', 1],
    ]);
  });
});
