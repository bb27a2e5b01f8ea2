/**
 * Line and column of an offset, counting lines the way git, GitHub and editors show them: a line ends
 * at `\r\n`, `\r` or `\n`. The parser's own `loc` also ends lines at U+2028 and U+2029 (ECMAScript
 * line terminators), which would put findings after such a character on the wrong line of the file
 * everyone else sees — and past its end.
 */
export class LineMap {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
      if (code === 10 || code === 13) this.starts.push(at + 1);
    }
  }

  /** 1-based line and column (in UTF-16 code units, as the parser counts them) of `offset`. */
  position(offset: number): { readonly line: number; readonly column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
