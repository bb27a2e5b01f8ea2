import { describe, expect, it } from 'vitest';
import { LineMap } from './line-map.js';

describe('LineMap', () => {
  it('ends lines at \\n, \\r\\n and \\r, and at nothing else', () => {
    const text = 'a\nbc\r\nd\re\u2028f\u2029g';
    const map = new LineMap(text);
    const at = (char: string) => map.position(text.indexOf(char));
    expect(at('a')).toEqual({ line: 1, column: 1 });
    expect(at('c')).toEqual({ line: 2, column: 2 });
    expect(at('d')).toEqual({ line: 3, column: 1 });
    expect(at('e')).toEqual({ line: 4, column: 1 });
    expect(at('g')).toEqual({ line: 4, column: 5 });
    expect(map.position(text.length)).toEqual({ line: 4, column: 6 });
  });

  it('gives the text of each line without its line break', () => {
    const map = new LineMap('a\r\n\rb\u2028c\n\nd');
    expect([1, 2, 3, 4, 5, 6].map((line) => map.lineText(line))).toEqual([
      'a',
      '',
      'b\u2028c',
      '',
      'd',
      '',
    ]);
  });

  it('puts the end of a line on that line', () => {
    const map = new LineMap('ab\r\ncd');
    expect(map.position(2)).toEqual({ line: 1, column: 3 });
    expect(map.position(4)).toEqual({ line: 2, column: 1 });
  });
});
