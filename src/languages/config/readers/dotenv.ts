import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';

const KEY = /^[ \t]*(export[ \t]+)?([\w.-]+)[ \t]*(?:=|:[ \t])[ \t]*/;

/**
 * A dotenv file (`.env`, `.env.production`, `app.env`), read with the rules of Node's `--env-file`
 * parser and the dotenv package: an optional `export`, `KEY=value` (or `KEY: value`), values in
 * single, double or back quotes (possibly over several lines; `\n` expands in double quotes),
 * unquoted values trimmed and ended by ` #` comments. Inner spaces stay: `"0 "` is not `0`.
 */
export function readDotenv(input: ReadInput, builder: ModelBuilder): void {
  const { text } = input;
  // A quote found unclosed once is unclosed from any later line too: never search for it again.
  const unclosed = new Set<string>();
  let at = 0;
  while (at < text.length) {
    input.budget.charge();
    const lineEnd = endOfLine(text, at);
    const line = text.slice(at, lineEnd);
    const key = KEY.exec(line);
    const first = line.search(/\S/);
    if (first >= 0 && line[first] === '#') {
      builder.comments.push({ value: line.slice(first + 1), range: [at + first, lineEnd] });
    } else if (key?.[2]) {
      at = assignment(builder, text, at, key, unclosed);
      continue;
    }
    at = nextLine(text, lineEnd);
  }
}

/** Reads one `KEY=value` starting at `at`; returns where the next line starts. */
function assignment(
  builder: ModelBuilder,
  text: string,
  at: number,
  key: RegExpExecArray,
  unclosed: Set<string>,
): number {
  const name = key[2] ?? '';
  const nameStart = at + key[0].indexOf(name, key[1]?.length ?? 0);
  const valueStart = at + key[0].length;
  const quote = text[valueStart];
  let value: string;
  let valueEnd: number;
  let next: number;
  const quoted = (quote === '"' || quote === "'" || quote === '`') && !unclosed.has(quote);
  const close = quoted ? closingQuote(text, valueStart, quote) : -1;
  if (quoted && close < 0) unclosed.add(quote);
  if (close >= 0 && quote !== undefined) {
    const inner = text.slice(valueStart + 1, close);
    value = quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
    valueEnd = close + 1;
    const rest = endOfLine(text, valueEnd);
    comment(builder, text, valueEnd, rest);
    next = nextLine(text, rest);
  } else {
    const lineEnd = endOfLine(text, valueStart);
    const raw = text.slice(valueStart, lineEnd);
    const hash = raw.search(/(?:^|\s)#/);
    const cut = hash < 0 ? raw : raw.slice(0, hash);
    value = cut.trim();
    valueEnd = valueStart + cut.trimEnd().length;
    if (hash >= 0) comment(builder, text, valueStart + hash, lineEnd);
    next = nextLine(text, lineEnd);
  }
  builder.env.push({
    name,
    nameRange: [nameStart, nameStart + name.length],
    value,
    valueRange:
      valueEnd > valueStart ? [valueStart, valueEnd] : [nameStart, nameStart + name.length],
    site: key[1] ? 'export' : 'dotenv',
    context: { surface: builder.surface, reach: 'the processes that load this file', scope: '' },
  });
  return next;
}

/** The closing quote of a quoted value (escaped quotes skipped); -1 when there is none. */
function closingQuote(text: string, open: number, quote: string): number {
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === '\\' && quote === '"') index++;
    else if (text[index] === quote) return index;
  }
  return -1;
}

function comment(builder: ModelBuilder, text: string, from: number, to: number): void {
  const hash = text.indexOf('#', from);
  if (hash >= 0 && hash < to)
    builder.comments.push({ value: text.slice(hash + 1, to), range: [hash, to] });
}

function endOfLine(text: string, from: number): number {
  let end = from;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function nextLine(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2;
  return lineEnd + 1;
}
