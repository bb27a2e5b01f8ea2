import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../core/types.js';
import { finding } from '../../test/helpers/findings.js';
import { policySummary } from '../report/policy-text.js';
import { policyChanges, type PolicyInput } from './changes.js';

const entry = (over: Partial<BaselineEntry> = {}): BaselineEntry => ({
  ruleId: 'no-disabled-cert-verification',
  path: 'src/a.js',
  fingerprint: 'aaaaaaaaaaaaaaaaaaaa',
  count: 1,
  ...over,
});

function input(over: Partial<PolicyInput>): PolicyInput {
  return {
    baseRef: 'b'.repeat(40),
    source: 'head',
    base: { config: {}, baseline: [] },
    head: { config: {}, baseline: [] },
    headText: {},
    configFile: '.tlsguard.json',
    baselineFile: '.tlsguard-baseline.json',
    newSuppressions: [],
    acceptedFindings: 0,
    defaultSeverity: (id) => (id === 'no-weak-ciphers' ? 'error' : 'warning'),
    problems: [],
    ...over,
  };
}

describe('policyChanges', () => {
  it('lists added baseline entries and grown counts, each on its line, not the ones the base had', () => {
    const kept = entry({ path: 'src/old.js' });
    const grown = entry({ path: 'src/twice.js', count: 3 });
    const added = entry({ path: 'src/new.js', reason: 'ticket 1' });
    const text = `{\n  "version": 1,\n  "fingerprintAlgorithm": "tlsguard-fp/v1",\n  "findings": [\n    {"ruleId":"no-disabled-cert-verification","path":"src/new.js","fingerprint":"aaaaaaaaaaaaaaaaaaaa"}\n  ]\n}\n`;
    const changes = policyChanges(
      input({
        base: { config: {}, baseline: [kept, { ...grown, count: 1 }] },
        head: { config: {}, baseline: [kept, grown, added] },
        headText: { baseline: text },
      }),
    );
    expect(changes.acceptedEntries).toEqual([
      { entry: grown, added: 2 },
      { entry: added, added: 1, line: 5 },
    ]);
    expect(policySummary(changes)).toBe('accepts 3 findings in its baseline');
  });

  it('lists rules turned off or lowered below their default, never raised ones', () => {
    const changes = policyChanges(
      input({
        base: { config: { rules: { 'no-tls-key-logging': 'note' } }, baseline: [] },
        head: {
          config: {
            rules: {
              'no-weak-ciphers': 'warning', // default error: lowered
              'no-disabled-cert-verification': 'off',
              'no-tls-key-logging': 'error', // raised
              'no-insecure-tls-version': 'warning', // default warning: unchanged
            },
          },
          baseline: [],
        },
        headText: {
          config:
            '{\n  "rules": {\n    "no-weak-ciphers": "warning",\n    "no-disabled-cert-verification": "off"\n  }\n}\n',
        },
      }),
    );
    expect(changes.rules).toEqual([
      { ruleId: 'no-disabled-cert-verification', from: 'default', to: 'off', line: 4 },
      { ruleId: 'no-weak-ciphers', from: 'default', to: 'warning', line: 3 },
    ]);
    expect(policySummary(changes)).toBe('turns off 1 rule and lowers 1 rule');
  });

  it('lists weaker failOn, failSeverity and testSeverity, and any change of include, exclude or baseline', () => {
    const changes = policyChanges(
      input({
        base: {
          config: {
            failOn: 'any',
            failSeverity: 'note',
            testSeverity: 'error',
            include: ['src/**'],
          },
          baseline: [],
        },
        head: {
          config: {
            failOn: 'new',
            failSeverity: 'error',
            include: ['src/**'],
            exclude: ['src/legacy/**'],
          },
          baseline: [],
        },
      }),
    );
    expect(changes.settings.map((s) => [s.key, s.from, s.to])).toEqual([
      ['failOn', '"any"', '"new"'],
      ['failSeverity', '"note"', '"error"'],
      ['testSeverity', '"error"', 'default'],
      ['exclude', 'default', '["src/legacy/**"]'],
    ]);
    // Stricter settings are no concern.
    const stricter = policyChanges(
      input({ head: { config: { failOn: 'any', failSeverity: 'note' }, baseline: [] } }),
    );
    expect(stricter.settings).toEqual([]);
  });

  it('carries the new suppressions and says all of it in one sentence', () => {
    const suppressed = { ...finding(), reason: 'lab only' };
    const changes = policyChanges(
      input({
        newSuppressions: [suppressed],
        head: { config: { rules: { 'no-weak-ciphers': 'off' } }, baseline: [entry()] },
      }),
    );
    expect(changes.suppressions).toEqual([suppressed]);
    expect(policySummary(changes)).toBe(
      'accepts 1 finding in its baseline, suppresses 1 finding with a comment and turns off 1 rule',
    );
  });
});
