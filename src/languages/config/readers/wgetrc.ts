import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { budgetedLines, lineComment, partRange, pushSetting } from './lines.js';

/**
 * `.wgetrc`: `command = value` lines and `#` comments. wget ignores case, `-` and `_` in command names
 * (`check_certificate`, `checkCertificate`), so keys are normalized that way.
 */
export function readWgetrc(input: ReadInput, builder: ModelBuilder): void {
  for (const line of budgetedLines(input)) {
    const start = line.text.search(/\S/);
    if (start < 0) continue;
    if (line.text[start] === '#') {
      lineComment(builder, line, start);
      continue;
    }
    const match = /^([\w-]+)\s*=\s*(.*?)\s*$/.exec(line.text.slice(start));
    if (!match?.[1]) continue;
    const written = match[2] ?? '';
    const key = match[1].toLowerCase().replace(/[-_]/g, '');
    pushSetting(builder, {
      tool: 'wget',
      key,
      value: written,
      range:
        written === ''
          ? partRange(line, match[1], start)
          : partRange(line, written, start + match[1].length),
      text: `${match[1]} = ${written}`,
    });
  }
}
