import type { Surface } from '../files.js';
import type { Context, ModelBuilder, Range, ToolSetting } from '../model.js';
import { textLines, type TextLine } from '../text-lines.js';
import type { ReadInput } from '../reader.js';

/** Who a tool's configuration file reaches: every run of the tool that reads it. */
const FILE_REACH: Partial<Record<Surface, string>> = {
  npmrc: 'every npm run in this project',
  yarnrc: 'every Yarn run in this project',
  'yarnrc-yml': 'every Yarn run in this project',
  gitconfig: 'every git that reads this file',
  curlrc: 'every curl that reads this file',
  wgetrc: 'every wget that reads this file',
  'pip-conf': 'every pip that reads this file',
  requirements: 'every install from this file',
};

/** The context of a whole configuration file. */
export function fileContext(builder: ModelBuilder, scope = ''): Context {
  return { surface: builder.surface, reach: FILE_REACH[builder.surface] ?? 'this file', scope };
}

/** The lines of a line-based format, each costing one step of the file's budget. */
export function budgetedLines(input: ReadInput): TextLine[] {
  const lines = textLines(input.text);
  input.budget.charge(lines.length);
  return lines;
}

/**
 * The lines of a line-based format that hold a setting, each with where its text starts: blank lines
 * skipped, and whole-line comments (a line starting with one of `commentStarts`) kept for
 * suppression directives.
 */
export function* contentLines(
  input: ReadInput,
  builder: ModelBuilder,
  commentStarts = '#',
): Generator<{ line: TextLine; start: number }> {
  for (const line of budgetedLines(input)) {
    const start = line.text.search(/\S/);
    if (start < 0) continue;
    if (commentStarts.includes(line.text.charAt(start))) lineComment(builder, line, start);
    else yield { line, start };
  }
}

/** A `#` or `;` comment from `at` to the end of the line. */
export function lineComment(builder: ModelBuilder, line: TextLine, at: number): void {
  builder.comments.push({ value: line.text.slice(at + 1), range: [line.start + at, line.end] });
}

export function pushSetting(
  builder: ModelBuilder,
  setting: Omit<ToolSetting, 'context'> & { context?: Context },
): void {
  builder.settings.push({ context: fileContext(builder), ...setting });
}

/** The range of `part` of a line, found from `from` (the line's own text, not the file's). */
export function partRange(line: TextLine, part: string, from = 0): Range {
  const at = line.text.indexOf(part, from);
  const start = line.start + Math.max(0, at);
  return [start, start + (at < 0 ? 0 : part.length)];
}

/**
 * `name = value` at the start of `text`: the name (matched by the anchored `name` pattern, which must
 * not overlap with spaces or the separator), then optional spaces, the separator, and the value with
 * its surrounding spaces trimmed. Scanned by hand: a regular expression with `\s*(.*?)\s*$` would
 * backtrack quadratically on a long line of spaces.
 */
export function keyAndValue(
  text: string,
  name: RegExp,
  separator: string,
): { name: string; value: string } | undefined {
  const key = name.exec(text)?.[0];
  if (!key) return undefined;
  const rest = text.slice(key.length).trimStart();
  if (!rest.startsWith(separator)) return undefined;
  return { name: key, value: rest.slice(separator.length).trim() };
}

/** `"x"` or `'x'` → `x`; anything else as it is. */
export function unquoted(value: string): string {
  if (
    value.length >= 2 &&
    (value.startsWith('"') || value.startsWith("'")) &&
    value.endsWith(value.charAt(0))
  )
    return value.slice(1, -1);
  return value;
}
