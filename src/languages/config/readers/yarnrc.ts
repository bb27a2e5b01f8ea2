import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { budgetedLines, lineComment, partRange, pushSetting, unquoted } from './lines.js';

/** Yarn 1's `.yarnrc`: `key value` lines (either may be quoted) and `#` comments. */
export function readYarnrc(input: ReadInput, builder: ModelBuilder): void {
  for (const line of budgetedLines(input)) {
    const match = /^(\s*)("[^"]*"|[^\s"]+)(?:\s+(.*?))?\s*$/.exec(line.text);
    if (!match?.[2]) continue;
    if (match[2].startsWith('#')) {
      lineComment(builder, line, match[1]?.length ?? 0);
      continue;
    }
    const key = unquoted(match[2]);
    const written = match[3];
    const value = written === undefined ? undefined : unquoted(written);
    pushSetting(builder, {
      tool: 'yarn',
      key,
      value,
      range:
        written === undefined
          ? partRange(line, match[2])
          : partRange(line, written, (match[1]?.length ?? 0) + match[2].length),
      text: `${key} ${written ?? ''}`,
    });
  }
}
