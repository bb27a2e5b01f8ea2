import type { Instruction, Property } from 'dockerfile-ast';
import type { Context, ModelBuilder, Range } from '../model.js';
import type { ReadInput } from '../reader.js';
import { shellReader } from '../reader.js';
import { programName, readShell, type ShellContext } from '../shell.js';
import { positionOffsets } from '../text-lines.js';

type Offsets = ReturnType<typeof positionOffsets>;
type LspRange = ReturnType<Instruction['getRange']>;

interface Stage {
  readonly name: string;
  readonly final: boolean;
}

const COMMANDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * A Dockerfile or Containerfile, parsed by dockerfile-ast: `ENV` (both forms) and `ARG` defaults are
 * environment assignments of their stage; `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` are shell
 * text for tree-sitter-bash (continued lines and here-documents included) or, in exec form, a program
 * and its arguments. Every stage counts: a build stage that fetches with `curl -k` ships what it
 * fetched.
 */
export function readDockerfile(input: ReadInput, builder: ModelBuilder): void {
  const dockerfile = input.parsers.dockerfile.DockerfileParser.parse(input.text);
  const offsets = positionOffsets(input.text);
  for (const comment of dockerfile.getComments()) {
    const range = rangeOf(offsets, comment.getRange());
    const text = input.text.slice(range[0], range[1]);
    builder.comments.push({ value: text.slice(text.indexOf('#') + 1), range });
  }
  const backtick = dockerfile.getEscapeCharacter() === '`';
  const stages = dockerfile.getFROMs().length;
  let index = -1;
  let stage: Stage | undefined;
  for (const instruction of dockerfile.getInstructions()) {
    input.budget.charge();
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      index++;
      const from = dockerfile.getFROMs()[index];
      stage = { name: from?.getBuildStage() ?? `#${index + 1}`, final: index === stages - 1 };
      continue;
    }
    // `ARG` before the first `FROM` only parameterizes `FROM` lines.
    if (!stage) continue;
    const context: Context = {
      surface: builder.surface,
      reach: stage.final ? 'this image' : `build stage \`${stage.name}\``,
      scope: `stage ${stage.name}`,
    };
    if (keyword === 'ENV' || keyword === 'ARG')
      properties(input, builder, offsets, instruction, context, keyword, stage);
    else if (COMMANDS.has(keyword))
      command(
        input,
        builder,
        offsets,
        instruction,
        { ...context, reach: commandReach(keyword, stage) },
        backtick,
      );
  }
}

/** Where a command runs: in the build (`RUN`), or in the containers started from the image. */
function commandReach(keyword: string, stage: Stage): string {
  if (keyword === 'RUN')
    return stage.final ? 'the build of this image' : `build stage \`${stage.name}\``;
  return keyword === 'HEALTHCHECK'
    ? 'the health check of this image'
    : 'the containers of this image';
}

function properties(
  input: ReadInput,
  builder: ModelBuilder,
  offsets: Offsets,
  instruction: Instruction,
  context: Context,
  keyword: 'ENV' | 'ARG',
  stage: Stage,
): void {
  const list = (instruction as unknown as { getProperties(): Property[] }).getProperties();
  const reach =
    keyword === 'ENV' ? context.reach : stage.final ? 'the build of this image' : context.reach;
  for (const property of list) {
    const value = property.getValue();
    const nameRange = property.getNameRange();
    const valueRange = property.getValueRange();
    if (value === null || !valueRange) continue;
    const range = rangeOf(offsets, valueRange);
    const written = input.text.slice(range[0], range[1]);
    builder.env.push({
      name: property.getName(),
      nameRange: rangeOf(offsets, nameRange),
      // `$NAME` and `${NAME}` are substituted at build time: unknown here. `\$` is a literal dollar.
      value: /(?:^|[^\\])\$/.test(written) ? undefined : value,
      valueRange: range[0] === range[1] ? rangeOf(offsets, nameRange) : range,
      site: keyword,
      context: { ...context, reach },
    });
  }
}

function command(
  input: ReadInput,
  builder: ModelBuilder,
  offsets: Offsets,
  instruction: Instruction,
  context: Context,
  backtick: boolean,
): void {
  const args = instruction.getArguments();
  const keyword = instruction.getKeyword();
  // `HEALTHCHECK CMD …` (`HEALTHCHECK NONE` runs nothing).
  const first = keyword === 'HEALTHCHECK' ? 1 : 0;
  if (keyword === 'HEALTHCHECK' && args[0]?.getValue().toUpperCase() !== 'CMD') return;
  const start = args[first];
  if (!start) return;
  const from = offsets(start.getRange().start);
  const to = offsets(instruction.getRange().end);
  const text = input.text.slice(from, to);
  const shell: ShellContext = {
    context,
    exportReach: keyword === 'RUN' ? 'the rest of this RUN' : 'this command',
  };
  if (text.startsWith('[') && execForm(input, builder, text, from, context, shell)) return;
  // Escaped with a backtick (`# escape=\``): the same two characters as a backslash continuation.
  const script = withoutContinuationComments(backtick ? text.replace(/`(\r?\n)/g, '\\$1') : text);
  const offsetOf = (i: number): number => from + (script.offsets[i] ?? text.length);
  readShell(shellReader(input, builder), { text: script.text, offsetOf }, shell);
  if (keyword === 'RUN' && text.startsWith('<<'))
    heredocs(input, builder, offsets, instruction, shell);
}

/**
 * Docker removes comment lines and empty lines inside a continued instruction before the shell sees
 * it; left in, `--no-cache-dir \\` + `# note` would end the command there. Lines of a here-document
 * (not continued) stay. `offsets[i]` is the index in `text` of the script's character `i`.
 */
function withoutContinuationComments(text: string): { text: string; offsets: number[] } {
  const lines = text.split(/(?<=\n)/);
  let kept = '';
  const offsets: number[] = [];
  let position = 0;
  let continued = false;
  for (const line of lines) {
    const dropped = continued && /^[ \t]*(?:#.*)?\r?\n?$/.test(line);
    if (!dropped) {
      kept += line;
      for (let index = 0; index < line.length; index++) offsets.push(position + index);
      continued = /\\\r?\n$/.test(line);
    }
    position += line.length;
  }
  offsets.push(position);
  return { text: kept, offsets };
}

/** `RUN <<EOT … EOT`: without a command, each here-document is a script the shell runs. */
function heredocs(
  input: ReadInput,
  builder: ModelBuilder,
  offsets: Offsets,
  instruction: Instruction,
  shell: ShellContext,
): void {
  const { Run } = input.parsers.dockerfile;
  for (const heredoc of instruction instanceof Run ? instruction.getHeredocs() : []) {
    const range = heredoc.getContentRange();
    if (!range) continue;
    const from = offsets(range.start);
    const text = input.text.slice(from, offsets(range.end));
    // A here-document with its own interpreter (`#!/usr/bin/env python3`) is not shell.
    if (text.startsWith('#!') && !/^#!\S*\b(?:ba|da|a)?sh\b/.test(text)) continue;
    readShell(shellReader(input, builder), { text, offsetOf: (i) => from + i }, shell);
  }
}

/** `RUN ["curl", "-k", "https://…"]`: a program and its arguments, no shell (unless it is `sh -c`). */
function execForm(
  input: ReadInput,
  builder: ModelBuilder,
  text: string,
  from: number,
  context: Context,
  shell: ShellContext,
): boolean {
  let argv: unknown;
  try {
    argv = JSON.parse(text);
  } catch {
    return false;
  }
  if (!Array.isArray(argv) || !argv.every((word) => typeof word === 'string')) return false;
  const words = stringRanges(text, from, argv);
  const [program, ...args] = words;
  if (!program) return true;
  builder.commands.push({
    program: programName(program.value),
    programRange: program.range,
    args,
    range: [program.range[0], (args.at(-1) ?? program).range[1]],
    context,
  });
  const script = args.findIndex((arg) => arg.value === '-c');
  const body = words[script + 2];
  if (script >= 0 && body && isShell(program.value)) {
    const exact = input.text.slice(body.range[0] + 1, body.range[1] - 1) === body.value;
    readShell(
      shellReader(input, builder),
      { text: body.value, offsetOf: (i) => (exact ? body.range[0] + 1 + i : body.range[0]) },
      shell,
    );
  }
  return true;
}

function isShell(program: string): boolean {
  return /^(?:.*\/)?(?:ba|da|a)?sh$/.test(program);
}

/** Each JSON string of an exec form, with the range of its quoted text. */
function stringRanges(
  text: string,
  from: number,
  argv: readonly string[],
): { value: string; range: Range }[] {
  const words: { value: string; range: Range }[] = [];
  let at = 0;
  for (const value of argv) {
    const open = text.indexOf('"', at);
    const close = open < 0 ? -1 : closingQuote(text, open + 1);
    const start = from + Math.max(0, open);
    words.push({ value, range: [start, close < 0 ? start : from + close + 1] });
    at = close < 0 ? text.length : close + 1;
  }
  return words;
}

/** The index of the `"` that closes a JSON string whose text starts at `at` (escapes skipped). */
function closingQuote(text: string, at: number): number {
  for (let index = at; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index;
  }
  return -1;
}

function rangeOf(offsets: Offsets, range: LspRange): Range {
  return [offsets(range.start), offsets(range.end)];
}
