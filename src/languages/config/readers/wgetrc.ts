import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { contentLines, keyAndValue, partRange, pushSetting } from './lines.js';

/**
 * `.wgetrc`: `command = value` lines and `#` comments. wget ignores case, `-` and `_` in command names
 * (`check_certificate`, `checkCertificate`), so keys are normalized that way.
 */
export function readWgetrc(input: ReadInput, builder: ModelBuilder): void {
  for (const { line, start } of contentLines(input, builder)) {
    const setting = keyAndValue(line.text.slice(start), /^[\w-]+/, '=');
    if (!setting) continue;
    const { name, value: written } = setting;
    const key = name.toLowerCase().replace(/[-_]/g, '');
    pushSetting(builder, {
      tool: 'wget',
      key,
      value: written,
      range:
        written === ''
          ? partRange(line, name, start)
          : partRange(line, written, start + name.length),
      text: `${name} = ${written}`,
    });
  }
}
