import { describe, expect, it } from 'vitest';
import { finding, scanResult } from '../../test/helpers/findings.js';
import { renderText, TEXT_MAX_ITEMS } from './text.js';

/** The code frame of the first finding: the `N | code` line and the caret line under it. */
function frame(output: string): { code: string; caret: string } {
  const lines = output.split('\n');
  const at = lines.findIndex((line) => /^ {2}\d+ \| /.test(line));
  return { code: lines[at]!, caret: lines[at + 1]! };
}

/** The column in a printed line where the code (or the carets) begins, after `  N | `. */
function caretColumn(caret: string): number {
  return caret.indexOf('^') - caret.indexOf('|') - 2;
}

describe('renderText', () => {
  it('puts the caret under the finding', () => {
    const output = renderText(scanResult({ findings: [finding()] }), { color: false });
    const { code, caret } = frame(output);
    expect(code).toBe('  3 |     rejectUnauthorized: false,');
    expect(caret).toBe('    |     ' + '^'.repeat(25));
  });

  it('keeps a finding at column 1,000,000 of a minified line to a few hundred characters', () => {
    // The engine's snippet of such a line is a window that starts at `snippetOffset`, after a `…`.
    const window = `…${'x'.repeat(99)}rejectUnauthorized: false${'y'.repeat(176)}…`;
    const far = finding({
      line: 1,
      endLine: 1,
      column: 1_000_000,
      endColumn: 1_000_025,
      snippet: window,
      snippetOffset: 1_000_000 - 1 - 99,
    });
    const output = renderText(scanResult({ findings: [far] }), { color: false });
    expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThan(400);
    const { code, caret } = frame(output);
    const start = caretColumn(caret);
    expect(code.slice(code.indexOf('|') + 2 + start)).toMatch(/^rejectUnauthorized: false/);
    expect(caret).toMatch(/[^^]\^{25}$/);
  });

  it('clamps the caret to the code shown when the column lies beyond the snippet', () => {
    // A snippet from an older engine (or another producer): the first 300 characters only.
    const cut = finding({
      column: 1_000_000,
      endColumn: 1_000_010,
      snippet: `${'x'.repeat(300)}…`,
    });
    const output = renderText(scanResult({ findings: [cut] }), { color: false });
    const { caret } = frame(output);
    expect(caret.length).toBeLessThan(200);
    expect(caret).toMatch(/\^$/);
  });

  it('renders 300 findings on one 1.9 MB line in well under a megabyte', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      finding({
        line: 1,
        endLine: 1,
        column: 6_000 * i + 1,
        endColumn: 6_000 * i + 26,
        snippet: `${i === 0 ? '' : '…'}${'z'.repeat(300)}…`,
        ...(i === 0 ? {} : { snippetOffset: 6_000 * i - 100 }),
      }),
    );
    const output = renderText(scanResult({ findings: many }), { color: false });
    expect(output.length).toBeLessThan(300 * 1_000);
    expect(output).toContain('✖ 300 new findings');
  });

  it(`lists at most ${TEXT_MAX_ITEMS} findings per section and says how many more there are`, () => {
    const many = Array.from({ length: TEXT_MAX_ITEMS + 5 }, (_, i) =>
      finding({ line: i + 1, endLine: i + 1 }),
    );
    const output = renderText(scanResult({ findings: many }), { color: false });
    expect(output.match(/no-disabled-cert-verification\n/g)).toHaveLength(TEXT_MAX_ITEMS);
    expect(output).toContain(
      '…and 5 more new findings not listed here; --format json lists every one.',
    );
  });

  it('shows bidirectional controls, zero-width and control characters in names and code as escapes', () => {
    const tricky = finding({
      file: 'src/bidi\u202Etxt.js',
      snippet: 'const a = 1; // \u2066\u200b\uFEFF\u001b[2J',
      column: 1,
      endColumn: 6,
    });
    const output = renderText(scanResult({ findings: [tricky] }), { color: false });
    expect(output).toContain('src/bidi\\u202etxt.js\n');
    expect(output).toContain('// \\u2066\\u200b\\ufeff\\x1b[2J');
    expect(output).not.toMatch(
      // eslint-disable-next-line no-control-regex -- what must not appear
      /[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/,
    );
  });
});
