import { describe, expect, it } from 'vitest';
import { createByteMatcher } from './byte-matcher.js';

const encoder = new TextEncoder();

function naive(text: string, patterns: readonly string[]): number[] {
  return patterns.flatMap((pattern, index) => (text.includes(pattern) ? [index] : []));
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomText(next: () => number, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

/** 300 rounds of random patterns (alphabet, shortest and longest length) against random texts. */
function expectSameAsSubstringSearch(options: {
  seed: number;
  patterns: string;
  lengths: [number, number];
  text: string;
}): void {
  const next = random(options.seed);
  const [shortest, longest] = options.lengths;
  for (let round = 0; round < 300; round++) {
    const patterns = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
      randomText(next, options.patterns, shortest + Math.floor(next() * (longest - shortest + 1))),
    );
    const unique = [...new Set(patterns)];
    const text = randomText(next, options.text, Math.floor(next() * 300));
    expect(
      createByteMatcher(unique.map((p) => encoder.encode(p))).find(encoder.encode(text)),
      text,
    ).toEqual(naive(text, unique));
  }
}

describe('createByteMatcher', () => {
  it('finds exactly what a substring search finds, on random texts over a small alphabet', () => {
    expectSameAsSubstringSearch({ seed: 42, patterns: 'abc', lengths: [1, 5], text: 'abcd' });
  });

  it('loses nothing where three-byte blocks share a table slot', () => {
    // 'a' (97) and '!' (33) differ only in bit 6, which the 16-bit hash drops in a block's first
    // byte; the second byte's bits overlap the first's, so this alphabet collides constantly.
    expectSameAsSubstringSearch({
      seed: 7,
      patterns: 'a!A\x01',
      lengths: [3, 6],
      text: 'a!A\x01b',
    });
  });

  it('finds overlapping and nested patterns, at the very start and end', () => {
    const patterns = ['ssl', 'sslmode', 'rejectUnauthorized', 'Unauthorized'];
    const matcher = createByteMatcher(patterns.map((p) => encoder.encode(p)));
    expect(matcher.find(encoder.encode('sslmode=disable'))).toEqual([0, 1]);
    expect(matcher.find(encoder.encode('x.rejectUnauthorized'))).toEqual([2, 3]);
    expect(matcher.find(encoder.encode('Unauthorize'))).toEqual([]);
    expect(matcher.find(new Uint8Array())).toEqual([]);
  });

  it('matches UTF-8 bytes as the decoded text would, whatever surrounds them', () => {
    const matcher = createByteMatcher([encoder.encode('requestCert'), encoder.encode('zürich')]);
    expect(matcher.find(encoder.encode('// ünïcödé 😀 requestCert'))).toEqual([0]);
    expect(matcher.find(encoder.encode('const city = "zürich";'))).toEqual([1]);
    // An invalid sequence right before the word does not hide it.
    const bytes = new Uint8Array([0xe2, 0x28, ...encoder.encode('requestCert')]);
    expect(matcher.find(bytes)).toEqual([0]);
    expect(new TextDecoder().decode(bytes).includes('requestCert')).toBe(true);
  });

  it('handles one-byte patterns and no patterns', () => {
    expect(createByteMatcher([encoder.encode('x')]).find(encoder.encode('abcx'))).toEqual([0]);
    expect(createByteMatcher([]).find(encoder.encode('anything'))).toEqual([]);
  });
});
