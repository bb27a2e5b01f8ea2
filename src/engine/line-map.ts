/**
 * Line and column of an offset, counting lines the way git, GitHub and editors show them: a line ends
 * at `\r\n`, `\r` or `\n`. The parser's own `loc` also ends lines at U+2028 and U+2029 (ECMAScript
 * line terminators), which would put findings after such a character on the wrong line of the file
 * everyone else sees — and past its end.
 */
export class LineMap {
  /** Offset at which each line starts; found on first use (most parsed files report nothing). */
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let at = 0; at < this.text.length; at++) {
      const code = this.text.charCodeAt(at);
      if (code === 13 && this.text.charCodeAt(at + 1) === 10) at++;
      if (code === 10 || code === 13) starts.push(at + 1);
    }
    this.lineStarts = starts;
    return starts;
  }

  /** The text of a 1-based line, without its line break ('' past the end). */
  lineText(line: number): string {
    const starts = this.starts;
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    if (next === undefined) return this.text.slice(start);
    return this.text.slice(start, next - (this.text.startsWith('\r\n', next - 2) ? 2 : 1));
  }

  /** 1-based line and column (in UTF-16 code units, as the parser counts them) of `offset`. */
  position(offset: number): { readonly line: number; readonly column: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}
