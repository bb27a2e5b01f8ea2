import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { contentLines, lineComment, partRange, pushSetting } from './lines.js';

/**
 * `.npmrc` (npm and pnpm): `key = value` lines and `;`/`#` comments, read as npm's `ini` reads them —
 * a quoted value is taken whole, an unquoted one ends at an unescaped `;` or `#`. Registry-scoped keys
 * (`//registry/:key`) are not global settings and are left as they are.
 */
export function readNpmrc(input: ReadInput, builder: ModelBuilder): void {
  for (const { line, start } of contentLines(input, builder, '#;')) {
    const equals = line.text.indexOf('=');
    const key = (equals < 0 ? line.text : line.text.slice(0, equals)).trim();
    const rest = equals < 0 ? 'true' : line.text.slice(equals + 1);
    const { value, comment } = iniValue(rest);
    if (comment >= 0) lineComment(builder, line, equals + 1 + comment);
    const valueAt = equals < 0 ? start : equals + 1 + rest.search(/\S|$/);
    pushSetting(builder, {
      tool: 'npm',
      key,
      value: value.includes('${') ? undefined : value,
      range:
        equals < 0
          ? partRange(line, key)
          : [line.start + valueAt, line.start + valueAt + rawLength(rest)],
      text: `${key}=${value}`,
    });
  }
}

/** ini's value rules: `"…"` and `'…'` whole; otherwise up to an unescaped `;` or `#`, trimmed. */
function iniValue(raw: string): { value: string; comment: number } {
  const trimmed = raw.trim();
  const quote = trimmed[0];
  if ((quote === '"' || quote === "'") && trimmed.endsWith(quote) && trimmed.length >= 2)
    return { value: trimmed.slice(1, -1), comment: -1 };
  let value = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw.charAt(index);
    if (char === '\\' && (raw[index + 1] === ';' || raw[index + 1] === '#')) {
      value += raw.charAt(++index);
      continue;
    }
    if (char === ';' || char === '#') return { value: value.trim(), comment: index };
    value += char;
  }
  return { value: value.trim(), comment: -1 };
}

/** Length of the value as written (without surrounding spaces or a trailing comment). */
function rawLength(raw: string): number {
  const trimmed = raw.trim();
  if (/^(["']).*\1$/.test(trimmed)) return trimmed.length;
  const cut = raw.search(/(?<!\\)[;#]/);
  return (cut < 0 ? raw : raw.slice(0, cut)).trim().length;
}
