import type { Node, Parser } from 'web-tree-sitter';
import type { Budget } from './budget.js';
import type { Command, Context, ModelBuilder, Range, Word } from './model.js';
import { wordValue } from './shell-words.js';
import { assignmentWord, wrapperOf, wrapperSpan } from './wrappers.js';

/** Shell text taken from a file: a `RUN` body, a workflow `run:` block, a script, a package.json script. */
export interface ShellSource {
  readonly text: string;
  /** The file offset of each index of `text` (and of `text.length`). */
  readonly offsetOf: (index: number) => number;
  /** Ranges of `text` something else substitutes before the shell runs (`${{ … }}`), already blanked. */
  readonly opaque?: readonly Range[];
}

/** What the surrounding format says about the shell text. */
export interface ShellContext {
  readonly context: Context;
  /** Who an `export` reaches: "the rest of this RUN", "the rest of this step". */
  readonly exportReach: string;
  /** Who a `NAME=value >> $GITHUB_ENV` line reaches (workflows only). */
  readonly githubEnvReach?: string;
}

export interface ShellReader {
  readonly parser: Parser;
  readonly budget: Budget;
  readonly builder: ModelBuilder;
}

/** `sh -c '…'` inside `bash -c "…"` inside a `RUN`: deeper nesting is not looked into. */
const MAX_NESTING = 3;
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);
const CONTAINER_RUNNERS = new Set(['docker', 'podman', 'nerdctl']);
const CONTAINER_COMMANDS = new Set(['run', 'create', 'exec']);
/** Fields an unquoted `$VAR` may split into: options kept in a variable are a handful of words. */
const MAX_FIELDS = 32;

/**
 * Reads shell text with tree-sitter-bash: every simple command (with `sudo`, `env`, `cross-env` and
 * friends peeled off), every environment assignment that reaches a process (`A=0 cmd`, `export`,
 * `env A=0`, `docker run -e`, `>> $GITHUB_ENV`), and every comment.
 */
export function readShell(
  reader: ShellReader,
  source: ShellSource,
  shell: ShellContext,
  depth = 0,
): void {
  const tree = reader.parser.parse(source.text);
  if (!tree) return;
  try {
    new ShellWalk(reader, source, shell, depth).walk(tree.rootNode);
  } finally {
    tree.delete();
  }
}

class ShellWalk {
  private readonly exported = new Set<string>();
  private allExport = false;
  private readonly assignments: Node[] = [];
  /** Shell variables assigned so far, in text order: the literal value, or undefined when dynamic. */
  private readonly variables = new Map<string, string | undefined>();

  constructor(
    private readonly reader: ShellReader,
    private readonly source: ShellSource,
    private readonly shell: ShellContext,
    private readonly depth: number,
  ) {}

  walk(root: Node): void {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) break;
      this.reader.budget.charge();
      this.visit(node);
      for (let index = node.childCount - 1; index >= 0; index--) {
        const child = node.child(index);
        if (child) stack.push(child);
      }
    }
    // A plain `NAME=value` reaches child processes only when the name is exported (or `set -a` is on).
    for (const node of this.assignments) {
      const name = node.childForFieldName('name')?.text;
      if (name !== undefined && (this.allExport || this.exported.has(name)))
        this.assignment(node, 'assignment', this.shell.exportReach);
    }
  }

  private visit(node: Node): void {
    switch (node.type) {
      case 'comment':
        this.reader.builder.comments.push({ value: node.text.slice(1), range: this.range(node) });
        return;
      case 'command':
        this.command(node);
        return;
      case 'declaration_command':
        this.declaration(node);
        return;
      case 'variable_assignment':
        if (node.parent?.type === 'command') return;
        this.remember(node);
        if (node.parent?.type !== 'declaration_command') this.assignments.push(node);
        return;
      case 'redirected_statement':
        this.redirected(node);
        return;
    }
  }

  private range(node: Node): Range {
    return this.rangeOf(node.startIndex, node.endIndex);
  }

  private rangeOf(start: number, end: number): Range {
    const from = this.source.offsetOf(start);
    return end <= start ? [from, from] : [from, this.source.offsetOf(end - 1) + 1];
  }

  private readonly opaque = (start: number, end: number): boolean =>
    (this.source.opaque ?? []).some(([from, to]) => start < to && end > from);

  private value(node: Node): string | undefined {
    return wordValue(node, this.opaque);
  }

  private context(): Context {
    return this.shell.context;
  }

  /** `export A=1 B`, `declare -x A=1`: exported assignments, and names exported for later ones. */
  private declaration(node: Node): void {
    const keyword = node.child(0)?.text;
    const flags = node.namedChildren.filter((child) => child.type === 'word').map((c) => c.text);
    const exports =
      keyword === 'export' || flags.some((flag) => flag.startsWith('-') && flag.includes('x'));
    for (const child of node.namedChildren) {
      if (child.type === 'variable_assignment') {
        if (exports) this.assignment(child, 'export', this.shell.exportReach);
        else this.assignments.push(child);
      } else if (child.type === 'variable_name' && exports) {
        this.exported.add(child.text);
      }
    }
  }

  /** `OPTS="--trusted-host mirror"`: what a later unquoted `$OPTS` expands to. */
  private remember(node: Node): void {
    const name = node.childForFieldName('name')?.text;
    if (name === undefined) return;
    const valueNode = node.childForFieldName('value');
    this.variables.set(name, valueNode ? this.value(valueNode) : '');
  }

  /**
   * The words of a command as the program receives them: an unquoted `$OPTS` or `${OPTS}` of a
   * variable assigned a literal earlier in the text splits into its fields (each at the expansion).
   */
  private expand(words: readonly Node[]): { node: Node; value: string | undefined }[] {
    return words.flatMap((node, index) => {
      const name = index === 0 ? undefined : expansionName(node);
      const known = name === undefined ? undefined : this.variables.get(name);
      if (known === undefined) return [{ node, value: this.value(node) }];
      const fields = known.split(/[ \t\n]+/).filter((field) => field !== '');
      this.reader.budget.charge(Math.min(fields.length, MAX_FIELDS));
      return fields.slice(0, MAX_FIELDS).map((value) => ({ node, value }));
    });
  }

  private assignment(node: Node, site: string, reach: string): void {
    const name = node.childForFieldName('name');
    if (!name) return;
    const valueNode = node.childForFieldName('value');
    const value = valueNode ? this.value(valueNode) : '';
    this.reader.builder.env.push({
      name: name.text,
      nameRange: this.range(name),
      value,
      valueRange: this.range(valueNode ?? name),
      site,
      context: { ...this.context(), reach },
    });
  }

  private command(node: Node): void {
    const nameNode = node.childForFieldName('name');
    if (!nameNode) return;
    for (const child of node.namedChildren) {
      if (child.type === 'variable_assignment') this.assignment(child, 'prefix', 'this command');
    }
    const words = [nameNode, ...node.childrenForFieldName('argument')];
    this.simpleCommand(words);
  }

  /** `words[0]` is the program; wrappers (`sudo`, `env`, `npx`) hand on to the program they run. */
  private simpleCommand(written: readonly Node[]): void {
    const expanded = this.expand(written);
    const words = expanded.map(({ node }) => node);
    const values = expanded.map(({ value }) => value);
    let start = 0;
    for (let peeled = 0; peeled < 4; peeled++) {
      const wrapper = wrapperOf(programName(values[start]));
      if (!wrapper) break;
      const next = wrapperSpan(wrapper, values, start + 1, (index) => {
        const word = words[index];
        if (word) this.wordAssignment(word, values[index] ?? '', 'env', 'this command');
      });
      if (next >= words.length) return;
      start = next;
    }
    const program = words[start];
    if (!program) return;
    const args = words.slice(start + 1);
    const last = args.at(-1) ?? program;
    const command: Command = {
      program: programName(values[start]),
      programRange: this.range(program),
      args: args.map((word, index): Word => ({
        value: values[start + 1 + index],
        range: this.range(word),
      })),
      range: this.rangeOf(program.startIndex, last.endIndex),
      context: this.context(),
    };
    this.reader.builder.commands.push(command);
    this.nested(command, args);
    this.containerEnv(command, args);
  }

  /** `NAME=value` as one word (`env A=0`, `docker run -e A=0`): an assignment at that word. */
  private wordAssignment(word: Node, value: string, site: string, reach: string): void {
    const parsed = assignmentWord(value);
    if (!parsed) return;
    // The name and the value as written in the word (quotes and escapes may shift them).
    const text = word.text;
    const nameAt = Math.max(0, text.indexOf(parsed.name));
    const shown = value.slice(parsed.valueAt);
    const found = shown === '' ? -1 : text.indexOf(shown, nameAt + parsed.name.length);
    const start = word.startIndex + nameAt;
    const valueStart = found < 0 ? start : word.startIndex + found;
    const valueEnd = found < 0 ? start + parsed.name.length : valueStart + shown.length;
    this.reader.builder.env.push({
      name: parsed.name,
      nameRange: this.rangeOf(start, start + parsed.name.length),
      value: value.slice(parsed.valueAt),
      valueRange: this.rangeOf(valueStart, valueEnd),
      site,
      context: { ...this.context(), reach },
    });
  }

  /** `sh -c '…'`, `bash -c "…"`: the script is shell text too. */
  private nested(command: Command, args: readonly Node[]): void {
    if (this.depth >= MAX_NESTING || !SHELLS.has(command.program ?? '')) return;
    const flag = command.args.findIndex(
      (arg) => arg.value === '-c' || /^-[a-z]*c$/.test(arg.value ?? ''),
    );
    const script = args[flag + 1];
    const text = command.args[flag + 1]?.value;
    if (flag < 0 || !script || text === undefined) return;
    const inner = script.type === 'raw_string' || script.type === 'string' ? 1 : 0;
    const exact = script.text.slice(inner, script.text.length - inner) === text;
    const base = script.startIndex + inner;
    readShell(
      this.reader,
      {
        text,
        offsetOf: (index) =>
          this.source.offsetOf(exact ? base + Math.min(index, text.length) : script.startIndex),
      },
      { ...this.shell, exportReach: 'the rest of this command' },
      this.depth + 1,
    );
  }

  /** `docker run -e NAME=value`, `--env NAME=value`, `--env=NAME=value`. */
  private containerEnv(command: Command, args: readonly Node[]): void {
    if (!CONTAINER_RUNNERS.has(command.program ?? '')) return;
    if (!CONTAINER_COMMANDS.has(command.args[0]?.value ?? '')) return;
    command.args.forEach((arg, index) => {
      const option = arg.value;
      const next = args[index + 1];
      const value = command.args[index + 1]?.value;
      if ((option === '-e' || option === '--env') && next && value !== undefined)
        this.wordAssignment(next, value, 'docker -e', 'this container');
    });
  }

  /** `cat <<EOF | sh`, `bash <<'EOF'`: a here-document given to a shell is a script. */
  private redirected(node: Node): void {
    const body = node.childForFieldName('body');
    const program = body?.type === 'command' ? this.programOf(body) : undefined;
    if (program === 'echo' || program === 'printf') this.githubEnv(node, body);
    if (!SHELLS.has(program ?? '') || this.depth >= MAX_NESTING) return;
    for (const redirect of node.childrenForFieldName('redirect')) {
      const heredoc = redirect.namedChildren.find((child) => child.type === 'heredoc_body');
      if (!heredoc) continue;
      readShell(
        this.reader,
        {
          text: heredoc.text,
          offsetOf: (index) => this.source.offsetOf(heredoc.startIndex + index),
        },
        this.shell,
        this.depth + 1,
      );
    }
  }

  private programOf(command: Node): string | undefined {
    const name = command.childForFieldName('name');
    return programName(name ? this.value(name) : undefined);
  }

  /** `echo "NAME=value" >> "$GITHUB_ENV"`: later steps of the job get the variable. */
  private githubEnv(node: Node, body: Node | null): void {
    const reach = this.shell.githubEnvReach;
    if (!reach || !body) return;
    const target = node
      .childrenForFieldName('redirect')
      .some(
        (redirect) => redirect.type === 'file_redirect' && redirect.text.includes('GITHUB_ENV'),
      );
    if (!target) return;
    const args = body.childrenForFieldName('argument');
    const line = args.find((arg) => !arg.text.startsWith('-'));
    const value = line ? this.value(line) : undefined;
    if (line && value !== undefined)
      this.wordAssignment(line, value.replace(/\n$/, ''), 'GITHUB_ENV', reach);
  }
}

/** `$NAME` or `${NAME}` as a whole unquoted word. */
function expansionName(node: Node): string | undefined {
  if (node.type === 'simple_expansion') return /^\$(\w+)$/.exec(node.text)?.[1];
  return node.type === 'expansion' ? /^\$\{(\w+)\}$/.exec(node.text)?.[1] : undefined;
}

/** `/usr/bin/curl` → `curl`, `curl.exe` → `curl`. */
export function programName(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const base = word.slice(word.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.exe') ? base.slice(0, -4) : base;
}
