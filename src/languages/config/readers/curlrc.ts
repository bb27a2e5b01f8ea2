import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { contentLines, partRange, pushSetting } from './lines.js';

/**
 * `.curlrc`: one option per line, its long name with or without dashes (`insecure`, `--insecure`) or a
 * short option (`-k`), optionally followed by `=`, `:` or spaces and a value; `#` comments. Short
 * options are named by their long names, so `-k` and `insecure` read alike.
 */
export function readCurlrc(input: ReadInput, builder: ModelBuilder): void {
  for (const { line, start } of contentLines(input, builder)) {
    const option = /^[^\s=:]+/.exec(line.text.slice(start))?.[0] ?? '';
    const names = option.startsWith('--')
      ? [option.slice(2)]
      : option.startsWith('-')
        ? Array.from(option.slice(1), (letter) => letter).map(
            (letter) => SHORT[letter] ?? `-${letter}`,
          )
        : [option];
    const value = line.text
      .slice(start + option.length)
      .replace(/^\s*[=:]?\s*/, '')
      .trim();
    for (const key of names) {
      pushSetting(builder, {
        tool: 'curl',
        key,
        value: value === '' ? undefined : value,
        range: partRange(line, option, start),
        text: line.text.trim(),
      });
    }
  }
}

/** The short options of curl that matter here, by their long names. */
const SHORT: Readonly<Record<string, string>> = { k: 'insecure' };
