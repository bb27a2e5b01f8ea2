import { describe, expect, it } from 'vitest';
import type { FileTask } from '../scan/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { ResultCache, type CacheLoad } from './result-cache.js';

/** This machine's cache key (the CLI keeps it in the user cache folder). */
const KEY = 'a'.repeat(64);

const SETTINGS: FileTask['settings'] = {
  knownRuleIds: ['a', 'b'],
  activeRuleIds: ['a', 'b'],
  ruleSeverities: [],
};

function task(overrides: Partial<FileTask> = {}): FileTask {
  return {
    path: 'src/client.js',
    language: 'javascript',
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
  return loaded(ResultCache.load(cache.serialize(partial), identity, KEY));
}

describe('ResultCache', () => {
  it('gives the next scan the analysis of exactly the same task', () => {
    const first = ResultCache.empty('code-1', KEY);
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
    const first = ResultCache.empty('code-1', KEY);
    first.set(task(), output('stored'));
    expect(roundTrip(first).get(task(change))).toBeUndefined();
  });

  it('drops everything written under another identity (another tlsguard or Node)', () => {
    const first = ResultCache.empty('code-1', KEY);
    first.set(task(), output('stored'));
    expect(roundTrip(first, false, 'code-2').get(task())).toBeUndefined();
  });

  it('keeps only what a full scan used, and older entries of unvisited files after a partial one', () => {
    const first = ResultCache.empty('code-1', KEY);
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
    const first = ResultCache.empty('code-1', KEY);
    first.set(task(), output('stored'));
    const second = roundTrip(first);
    expect(second.get(task())).toEqual(output('stored'));
    expect(roundTrip(second).get(task())).toEqual(output('stored'));
  });

  it('ignores entries that are not analyses instead of trusting them', () => {
    const first = ResultCache.empty('code-1', KEY);
    first.set(task(), output('stored'));
    const document = JSON.parse(first.serialize(false)) as {
      entries: Record<string, { output: unknown }>;
    };
    for (const entry of Object.values(document.entries)) entry.output = { findings: 'none' };
    expect(loaded(ResultCache.load(JSON.stringify(document), 'code-1', KEY)).get(task())).toBe(
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
    expect(ResultCache.load(text, 'code-1', KEY)).toEqual({ kind: 'foreign', problem });
  });

  it('uses nothing of a cache sealed with another key or edited after sealing, and says so', () => {
    const first = ResultCache.empty('code-1', KEY);
    first.set(task(), output('stored'));
    const otherMachine = ResultCache.load(first.serialize(false), 'code-1', 'b'.repeat(64));
    expect(otherMachine.kind === 'ok' && otherMachine.rejected).toMatch(/seal/);
    expect(loaded(otherMachine).get(task())).toBeUndefined();

    // A repository's forged cache: a plausible document whose entry hides the finding.
    const document = JSON.parse(first.serialize(false)) as {
      entries: Record<string, { output: FileOutput }>;
    };
    for (const entry of Object.values(document.entries)) entry.output = output('edited');
    const edited = ResultCache.load(JSON.stringify(document), 'code-1', KEY);
    expect(edited.kind === 'ok' && edited.rejected).toMatch(/seal/);
    expect(loaded(edited).get(task())).toBeUndefined();
    const unsealed = JSON.stringify({ ...document, mac: undefined });
    expect(loaded(ResultCache.load(unsealed, 'code-1', KEY)).get(task())).toBeUndefined();
  });

  it('replaces a version 1 cache (never sealed) instead of refusing it', () => {
    const old = '{"tool":"tlsguard-cache","version":1,"identity":"code-1","entries":{}}\n';
    const load = ResultCache.load(old, 'code-1', KEY);
    expect(load.kind === 'ok' && load.rejected).toBeUndefined();
    expect(loaded(load).get(task())).toBeUndefined();
  });

  it('starts empty when there is no file yet', () => {
    const cache = loaded(ResultCache.load(undefined, 'code-1', KEY));
    expect(cache.get(task())).toBeUndefined();
    expect(JSON.parse(cache.serialize(false))).toMatchObject({ entries: {} });
  });
});
