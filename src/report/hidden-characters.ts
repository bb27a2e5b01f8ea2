/**
 * Characters that are not what they seem when shown: control characters (a terminal obeys them; CR
 * overwrites a line), line and paragraph separators, bidirectional controls that reorder the text around
 * them (`src/bidi\u202Etxt.js` displays as `src/bidi` + `sj.txt` reversed — "Trojan Source"), and
 * invisible formatting characters (zero-width space, joiners, word joiner, byte-order mark, soft hyphen,
 * invisible operators, tags). File names and code are untrusted, so wherever tlsguard shows them these
 * are written out as escapes instead.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- matching these is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/**
 * `text` with every hidden character written as `\xNN`, `\uNNNN` or `\u{NNNNN}`, except those in `keep`
 * (a tab in a terminal, the line breaks tlsguard puts in a message itself).
 */
export function revealHidden(text: string, keep = ''): string {
  return text.replace(HIDDEN, (char) => (keep.includes(char) ? char : escapeOf(char)));
}

function escapeOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  if (code <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}
