import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { budgetedLines, lineComment, pushSetting } from './lines.js';

/**
 * A pip requirements file: one requirement or option per line, `#` comments (at the start or after
 * whitespace). Only options are settings: `--trusted-host host`, `--trusted-host=host`.
 */
export function readRequirements(input: ReadInput, builder: ModelBuilder): void {
  for (const line of budgetedLines(input)) {
    const comment = line.text.search(/(?:^|\s)#/);
    const commentAt = comment < 0 ? -1 : line.text.indexOf('#', comment);
    if (commentAt >= 0) lineComment(builder, line, commentAt);
    const text = commentAt >= 0 ? line.text.slice(0, commentAt) : line.text;
    const pattern = /(^|\s)(--[\w-]+)(?:=|\s+)?(\S*)/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const option = match[2] ?? '';
      const value = match[3] ?? '';
      const optionAt = match.index + (match[1]?.length ?? 0);
      const valueAt = text.indexOf(value, optionAt + option.length);
      pushSetting(builder, {
        tool: 'pip',
        key: option.slice(2),
        value,
        range:
          value === ''
            ? [line.start + optionAt, line.start + optionAt + option.length]
            : [line.start + valueAt, line.start + valueAt + value.length],
        text: `${option} ${value}`,
      });
    }
  }
}
