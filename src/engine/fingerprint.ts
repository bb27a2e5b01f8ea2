import { createHash } from 'node:crypto';

/** Versioned like SARIF fingerprint names; bump when the normalization below changes. */
export const FINGERPRINT_ALGORITHM = 'tlsguard-fp/v1';

/**
 * Identity of a finding that survives moved lines, re-indentation, reformatting and CRLF↔LF: a hash of
 * the rule id and the normalized text of the offending node. No line, column, path or message.
 */
export function fingerprint(ruleId: string, normalizedCode: string): string {
  return createHash('sha256').update(`${ruleId}\n${normalizedCode}`).digest('hex').slice(0, 20);
}

/**
 * `code` with comments removed (given as ranges relative to `code`), whitespace dropped except where it
 * separates two words, and string quotes made uniform: `'a'` and `"a"` normalize alike.
 */
export function normalizeCode(
  code: string,
  comments: readonly (readonly [number, number])[],
): string {
  let out = '';
  let pendingSpace = false;
  let index = 0;
  let nextComment = 0;
  while (index < code.length) {
    const comment = comments[nextComment];
    if (comment && index >= comment[0]) {
      index = Math.max(index, comment[1]);
      nextComment++;
      pendingSpace = true;
      continue;
    }
    const char = code.charAt(index);
    if (/\s/.test(char)) {
      pendingSpace = true;
      index++;
      continue;
    }
    if (pendingSpace && isWordChar(out.at(-1)) && isWordChar(char)) out += ' ';
    pendingSpace = false;
    if (char === '"' || char === "'") {
      const end = stringEnd(code, index);
      out += quoteUniformly(code.slice(index + 1, end - 1));
      index = end;
      continue;
    }
    out += char;
    index++;
  }
  return out;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\w$]/.test(char);
}

/** Index just past the closing quote of the string literal starting at `start`. */
function stringEnd(code: string, start: number): number {
  const quote = code[start];
  let index = start + 1;
  while (index < code.length && code[index] !== quote && code[index] !== '\n') {
    index += code[index] === '\\' ? 2 : 1;
  }
  return Math.min(index + 1, code.length);
}

function quoteUniformly(body: string): string {
  const unescaped = body.replace(/\\(["'])/g, '$1');
  return `'${unescaped.replace(/'/g, "\\'")}'`;
}
