import { describe, expect, it } from 'vitest';
import { indexOf, occursNear } from './near.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('indexOf', () => {
  it('finds a word only where it fits inside the range', () => {
    const text = bytes('xxabcxxabc');
    expect(indexOf(text, bytes('abc'), 0, text.length)).toBe(2);
    expect(indexOf(text, bytes('abc'), 3, text.length)).toBe(7);
    expect(indexOf(text, bytes('abc'), 3, 9)).toBe(-1);
    expect(indexOf(text, bytes('abd'), 0, text.length)).toBe(-1);
  });
});

describe('occursNear', () => {
  const text = bytes(`proxy: { target }${' '.repeat(100)}secure: false`);

  it('is true when the other word is within the window of some occurrence', () => {
    expect(occursNear(text, bytes('proxy'), bytes('secure'), 120)).toBe(true);
    expect(occursNear(text, bytes('secure'), bytes('proxy'), 120)).toBe(true);
  });

  it('is false when every occurrence is farther away, or the word is absent', () => {
    expect(occursNear(text, bytes('proxy'), bytes('secure'), 50)).toBe(false);
    expect(occursNear(text, bytes('agent'), bytes('secure'), 1000)).toBe(false);
  });

  it('checks every occurrence of the word, not only the first', () => {
    const twice = bytes(`proxy${' '.repeat(500)}proxy secure`);
    expect(occursNear(twice, bytes('proxy'), bytes('secure'), 10)).toBe(true);
  });
});
