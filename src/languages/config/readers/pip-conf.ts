import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { contentLines, fileContext, partRange, pushSetting } from './lines.js';

/**
 * `pip.conf` / `pip.ini` (Python's configparser): `[section]` headers, `key = value` or `key: value`,
 * indented continuation lines, `#`/`;` comments. pip normalizes keys (lower case, `_` → `-`).
 */
export function readPipConf(input: ReadInput, builder: ModelBuilder): void {
  let section = '';
  let last: { key: string; value: string } | undefined;
  for (const { line, start } of contentLines(input, builder, '#;')) {
    const first = line.text[start];
    if (first === '[') {
      section = /^\[([^\]]*)\]/.exec(line.text.slice(start))?.[1]?.trim() ?? section;
      last = undefined;
      continue;
    }
    // A continuation line adds to the previous value (`trusted-host =` with hosts on the next lines).
    if (start > 0 && last) {
      const value = line.text.trim();
      pushSetting(builder, {
        tool: 'pip',
        key: last.key,
        value,
        range: partRange(line, value, start),
        text: `${last.key}=${value}`,
        context: fileContext(builder, section),
      });
      continue;
    }
    // `key = value` or `key: value` (configparser): the key ends at the first `=` or `:`.
    const text = line.text.slice(start);
    const separator = text.search(/[=:]/);
    if (separator <= 0) continue;
    const name = text.slice(0, separator).trimEnd();
    const key = name.toLowerCase().replace(/_/g, '-');
    const value = text.slice(separator + 1).trim();
    last = { key, value };
    pushSetting(builder, {
      tool: 'pip',
      key,
      value,
      range:
        value === '' ? partRange(line, name, start) : partRange(line, value, start + name.length),
      text: `${key}=${value}`,
      context: fileContext(builder, section),
    });
  }
}
