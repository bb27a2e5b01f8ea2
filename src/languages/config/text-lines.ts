/** One line of a file: its text without the line break, and where it starts and ends. */
export interface TextLine {
  readonly text: string;
  readonly start: number;
  /** Offset of the line break (or of the end of the file). */
  readonly end: number;
}

/** The lines of `text`, split at `\n`, `\r\n` and `\r`. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char !== 10 && char !== 13) continue;
    lines.push({ text: text.slice(start, index), start, end: index });
    if (char === 13 && text.charCodeAt(index + 1) === 10) index++;
    start = index + 1;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/**
 * Offsets of `{ line, character }` positions (0-based, UTF-16, line breaks as `\n`, `\r\n` or `\r`,
 * the convention of the language-server protocol that dockerfile-ast follows).
 */
export function positionOffsets(
  text: string,
): (position: { line: number; character: number }) => number {
  const starts = textLines(text).map((line) => line.start);
  return ({ line, character }) => Math.min((starts[line] ?? text.length) + character, text.length);
}
