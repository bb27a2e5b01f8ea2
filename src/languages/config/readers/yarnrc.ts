import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { budgetedLines, lineComment, partRange, pushSetting, unquoted } from './lines.js';

/**
 * A `.yarnrc` line: indentation, the key (`"quoted"` or a run of non-space, non-quote characters) and,
 * after spaces, the rest trimmed (`''` when only spaces follow; undefined when nothing does).
 */
function keyAndRest(
  text: string,
): { indent: number; written: string; rest: string | undefined } | undefined {
  const indent = text.length - text.trimStart().length;
  const line = text.slice(indent);
  const close = line.startsWith('"') ? line.indexOf('"', 1) : -1;
  const written = line.startsWith('"')
    ? close < 0
      ? ''
      : line.slice(0, close + 1)
    : (/^[^\s"]+/.exec(line)?.[0] ?? '');
  if (written === '') return undefined;
  const after = line.slice(written.length);
  if (after === '') return { indent, written, rest: undefined };
  return /^\s/.test(after) ? { indent, written, rest: after.trim() } : undefined;
}

/** Yarn 1's `.yarnrc`: `key value` lines (either may be quoted) and `#` comments. */
export function readYarnrc(input: ReadInput, builder: ModelBuilder): void {
  for (const line of budgetedLines(input)) {
    const parts = keyAndRest(line.text);
    if (!parts) continue;
    if (parts.written.startsWith('#')) {
      lineComment(builder, line, parts.indent);
      continue;
    }
    const key = unquoted(parts.written);
    const written = parts.rest;
    const value = written === undefined ? undefined : unquoted(written);
    pushSetting(builder, {
      tool: 'yarn',
      key,
      value,
      range:
        written === undefined
          ? partRange(line, parts.written)
          : partRange(line, written, parts.indent + parts.written.length),
      text: `${key} ${written ?? ''}`,
    });
  }
}
