import { childOfType, type PyNode } from '../syntax.js';

/** A string literal's value; undefined for an f-string with replacement fields (its value is not known). */
export interface StringValue {
  readonly value: string;
  readonly bytes: boolean;
}

/** `'a'`, `r"\d"`, `b'x'`, `"""doc"""`, `f"plain"`; implicit concatenation (`'a' 'b'`) is joined. */
export function stringValue(text: string, node: PyNode): StringValue | undefined {
  if (node.type === 'concatenated_string') {
    let value = '';
    let bytes = false;
    for (const part of node.children) {
      const piece = stringValue(text, part);
      if (!piece) return undefined;
      value += piece.value;
      bytes ||= piece.bytes;
    }
    return { value, bytes };
  }
  if (node.type !== 'string') return undefined;
  if (node.children.some((part) => part.type === 'interpolation')) return undefined;
  const open = childOfType(node, 'string_start');
  const close = childOfType(node, 'string_end');
  if (!open || !close) return undefined;
  const prefix = text.slice(open.start, open.end).replace(/['"]/g, '').toLowerCase();
  const body = text.slice(open.end, close.start);
  const raw = prefix.includes('r');
  return { value: raw ? body : unescape(body), bytes: prefix.includes('b') };
}

const SIMPLE: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '\n': '',
};

/** Python's escape sequences (the common ones; an unknown escape keeps its backslash, as Python does). */
function unescape(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.|\n)/g,
    (match, escape: string) => {
      const first = escape.charAt(0);
      if (first === 'x' || first === 'u' || first === 'U')
        return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
      if (/^[0-7]+$/.test(escape)) return String.fromCodePoint(Number.parseInt(escape, 8));
      return SIMPLE[escape] ?? match;
    },
  );
}
