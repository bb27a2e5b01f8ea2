import { describe, expect, it } from 'vitest';
import type { FileTask } from '../core/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { ResultCache, type CacheLoad } from './result-cache.js';

const SETTINGS: FileTask['settings'] = {
  knownRuleIds: ['a', 'b'],
  activeRuleIds: ['a', 'b'],
  ruleSeverities: [],
};

function task(overrides: Partial<FileTask> = {}): FileTask {
  return {
    path: 'src/client.js',
    text: 'tls.connect({ rejectUnauthorized: false })',
    ruleIds: ['a'],
    severityCap: undefined,
    settings: SETTINGS,
    ...overrides,
  };
}

function output(message: string): FileOutput {
  return {
    findings: [],
    suppressed: [],
    diagnostics: [{ file: 'src/client.js', kind: 'parse-error', message }],
  };
}

function loaded(load: CacheLoad): ResultCache {
  if (load.kind !== 'ok') throw new Error(`expected a cache, got: ${load.problem}`);
  return load.cache;
}

/** A cache written by one scan and read by the next, as the CLI does. */
function roundTrip(cache: ResultCache, partial = false, identity = 'code-1'): ResultCache {
  return loaded(ResultCache.load(cache.serialize(partial), identity));
}

describe('ResultCache', () => {
  it('gives the next scan the analysis of exactly the same task', () => {
    const first = ResultCache.empty('code-1');
    expect(first.get(task())).toBeUndefined();
    first.set(task(), output('stored'));
    expect(roundTrip(first).get(task())).toEqual(output('stored'));
  });

  it.each<[string, Partial<FileTask>]>([
    ['the text', { text: 'tls.connect({ rejectUnauthorized: true })' }],
    ['the path (findings carry it; test paths cap severities)', { path: 'test/client.js' }],
    ['the rules the prefilter chose', { ruleIds: ['a', 'b'] }],
    ['the severity cap', { severityCap: { severity: 'note', where: 'test code' } }],
    ['the configured rules', { settings: { ...SETTINGS, activeRuleIds: ['a'] } }],
    [
      'the configured severities',
      { settings: { ...SETTINGS, ruleSeverities: [['a', 'warning']] } },
    ],
  ])('misses when %s changed', (_what, change) => {
    const first = ResultCache.empty('code-1');
    first.set(task(), output('stored'));
    expect(roundTrip(first).get(task(change))).toBeUndefined();
  });

  it('drops everything written under another identity (another tlsguard or Node)', () => {
    const first = ResultCache.empty('code-1');
    first.set(task(), output('stored'));
    expect(roundTrip(first, false, 'code-2').get(task())).toBeUndefined();
  });

  it('keeps only what a full scan used, and older entries of unvisited files after a partial one', () => {
    const first = ResultCache.empty('code-1');
    first.set(task(), output('client'));
    first.set(task({ path: 'src/other.js' }), output('other'));
    const second = roundTrip(first);
    second.set(task({ text: 'changed' }), output('client, changed'));

    const afterPartial = roundTrip(second, true);
    expect(afterPartial.get(task({ path: 'src/other.js' }))).toEqual(output('other'));
    expect(afterPartial.get(task({ text: 'changed' }))).toEqual(output('client, changed'));
    expect(afterPartial.get(task())).toBeUndefined();

    const afterFull = roundTrip(second, false);
    expect(afterFull.get(task({ path: 'src/other.js' }))).toBeUndefined();
    expect(afterFull.get(task({ text: 'changed' }))).toEqual(output('client, changed'));
  });

  it('keeps entries a scan only read', () => {
    const first = ResultCache.empty('code-1');
    first.set(task(), output('stored'));
    const second = roundTrip(first);
    expect(second.get(task())).toEqual(output('stored'));
    expect(roundTrip(second).get(task())).toEqual(output('stored'));
  });

  it('ignores entries that are not analyses instead of trusting them', () => {
    const first = ResultCache.empty('code-1');
    first.set(task(), output('stored'));
    const document = JSON.parse(first.serialize(false)) as {
      entries: Record<string, { output: unknown }>;
    };
    for (const entry of Object.values(document.entries)) entry.output = { findings: 'none' };
    expect(loaded(ResultCache.load(JSON.stringify(document), 'code-1')).get(task())).toBe(
      undefined,
    );
  });

  it.each([
    ['{ "compilerOptions": {} }', 'not a tlsguard cache file (no "tool": "tlsguard-cache")'],
    ['<<<<<<< HEAD', 'not a tlsguard cache file (it is not JSON)'],
    ['[]', 'not a tlsguard cache file (no "tool": "tlsguard-cache")'],
    [
      '{ "tool": "tlsguard-cache", "version": 9, "identity": "x", "entries": {} }',
      'a tlsguard cache file of an unknown format (version 9)',
    ],
    [
      '{ "tool": "tlsguard-cache", "version": 1, "identity": "x", "entries": [] }',
      'a damaged tlsguard cache file ("entries" is not an object)',
    ],
  ])('refuses a file that is not a cache it wrote: %s', (text, problem) => {
    expect(ResultCache.load(text, 'code-1')).toEqual({ kind: 'foreign', problem });
  });

  it('starts empty when there is no file yet', () => {
    const cache = loaded(ResultCache.load(undefined, 'code-1'));
    expect(cache.get(task())).toBeUndefined();
    expect(JSON.parse(cache.serialize(false))).toMatchObject({ entries: {} });
  });
});
