import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import type { TextLine } from '../text-lines.js';
import { contentLines, fileContext, lineComment, partRange, pushSetting } from './lines.js';

/**
 * A committed `.gitconfig`: `[section]` and `[section "subsection"]` headers, `key = value` and bare
 * `key` lines (a bare key means true), `#`/`;` comments. Section and key names are case-insensitive
 * (git-config(1)), so keys are lower-cased: `http.https://host/.sslverify`.
 */
export function readGitconfig(input: ReadInput, builder: ModelBuilder): void {
  let section = '';
  for (const { line, start } of contentLines(input, builder, '#;')) {
    const first = line.text[start];
    if (first === '[') {
      section = header(line.text.slice(start)) ?? section;
      continue;
    }
    entry(builder, line, start, section);
  }
}

/** `[http]` → `http`; `[http "https://host/"]` → `http.https://host/`; `[http.https://host/]` (old form). */
function header(text: string): string | undefined {
  const match = /^\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(text);
  if (!match?.[1]) return undefined;
  const name = match[1].toLowerCase();
  return match[2] === undefined ? name : `${name}.${match[2].replace(/\\(.)/g, '$1')}`;
}

function entry(builder: ModelBuilder, line: TextLine, start: number, section: string): void {
  const text = line.text.slice(start);
  const name = /^[A-Za-z][\w-]*/.exec(text)?.[0];
  if (!name) return;
  // After the name: nothing (a bare key, true), or `=` and the value up to the end of the line.
  const after = text.slice(name.length).trimStart();
  if (after !== '' && !after.startsWith('=')) return;
  const key = `${section}.${name.toLowerCase()}`;
  if (after === '') {
    pushSetting(builder, {
      tool: 'git',
      key,
      value: undefined,
      range: partRange(line, name, start),
      text: name,
      context: fileContext(builder, section),
    });
    return;
  }
  const written = after.slice(1).trimStart();
  const { value, comment } = gitValue(written);
  const valueAt = line.text.length - written.length;
  if (comment >= 0) lineComment(builder, line, valueAt + comment);
  const shown = (comment >= 0 ? written.slice(0, comment) : written).trim();
  pushSetting(builder, {
    tool: 'git',
    key,
    value,
    range:
      shown === ''
        ? partRange(line, name, start)
        : [line.start + valueAt, line.start + valueAt + shown.length],
    text: `${name} = ${shown}`,
    context: fileContext(builder, section),
  });
}

/** git's value syntax: `"…"` keeps spaces and `#`; `\"`, `\\` escape; `#` or `;` outside quotes starts a comment. */
function gitValue(written: string): { value: string; comment: number } {
  let value = '';
  let quoted = false;
  for (let index = 0; index < written.length; index++) {
    const char = written.charAt(index);
    if (char === '\\') {
      value += written.charAt(++index);
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === '#' || char === ';')) {
      return { value: value.trim(), comment: index };
    } else {
      value += char;
    }
  }
  return { value: value.trim(), comment: -1 };
}
