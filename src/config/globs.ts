/**
 * Glob matching that cannot stall. `.tlsguard.json` may come from a pull request, and so may every file
 * name; picomatch (like minimatch and every glob library that compiles to a backtracking RegExp) took
 * 158 s to test `**\/*a*a*a*a*a*a*a*a*a*b` against one 60-character name. Here a pattern is compiled
 * into a small automaton and simulated over the path, so one test costs at most (path length × pattern
 * size) steps, whatever both contain.
 *
 * Syntax, as picomatch reads it with `dot: true` (a randomized test compares the two): `*` (any
 * characters but `/`, dot files included), `?` (one such character), `**` as a whole segment (any
 * number of folders, none included), `[abc]`, `[a-z]`, `[^a]` and `[!a]` (negated), `{a,b}`
 * alternatives (nested too), `\` to take the next character literally, a leading `./` ignored. One
 * difference, on purpose: `src/**` matches what is below `src`, not a file named `src` (picomatch
 * matches that file too, except after `*`: `src*\/**`).
 * Extended globs and regular-expression groups (`@(a|b)`, `(x)`), numeric ranges (`{1..3}`), POSIX
 * classes (`[[:alpha:]]`) and negated patterns (`!x`) are refused when the configuration is loaded:
 * silently reading them another way would change which files are scanned.
 */

import { UsageError } from '../core/errors.js';

/** A pattern is at most this long; all its `{a,b}` alternatives together at most `MAX_EXPANDED`. */
export const MAX_PATTERN_LENGTH = 1024;
const MAX_EXPANDED = 4096;

export type PathMatcher = (path: string) => boolean;

/** The problem with a pattern, in words for a configuration error; undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  try {
    compileGlob(pattern);
    return undefined;
  } catch (error) {
    return error instanceof GlobSyntaxError ? error.message : String(error);
  }
}

/**
 * Checks a configuration's glob list when it is loaded: a pattern tlsguard would not read as written
 * stops the run (exit 2) with the key, the pattern and the problem.
 */
export function checkGlobList(
  patterns: readonly string[] | undefined,
  key: string,
  file?: string,
): void {
  for (const [index, pattern] of (patterns ?? []).entries()) {
    const problem = globProblem(pattern);
    const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern);
    if (problem !== undefined) throw new UsageError(`"${key}[${index}]" ${shown} ${problem}`, file);
  }
}

/** One matcher for a list of patterns: true when any matches. Throws GlobSyntaxError (see `globProblem`). */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const automata = patterns.flatMap(compileGlob).map(withLiterals);
  return (path) =>
    automata.some((automaton) => !ruledOut(automaton, path) && run(automaton.nodes, path));
}

/**
 * The folder a pattern starts in: its leading segments without wildcards (`packages/node_modules` of
 * `packages/node_modules/**`), '' when the first segment has one.
 */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/^(?:\.\/)+/, '').split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{\\]/.test(segment)) break;
    literal.push(segment);
  }
  return literal.join('/');
}

export class GlobSyntaxError extends Error {
  override readonly name = 'GlobSyntaxError';
}

type Node =
  | { readonly kind: 'char'; readonly char: string }
  /** `?` */
  | { readonly kind: 'one' }
  | { readonly kind: 'class'; readonly test: (char: string) => boolean }
  /** `*`: stays on any character but `/`, or moves on without consuming. */
  | { readonly kind: 'star' }
  /** `**\/`: moves on, or enters `loop`. */
  | { readonly kind: 'globstar' }
  /** Inside `**\/`: stays on any character; a `/` may also end it. */
  | { readonly kind: 'loop' }
  /** A trailing `**`: accepts whatever follows. */
  | { readonly kind: 'rest' };

function compileGlob(pattern: string): Node[][] {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new GlobSyntaxError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
  if (pattern.startsWith('!'))
    throw new GlobSyntaxError(
      'starts with "!": negated patterns are not supported (use "exclude" for what to leave out)',
    );
  let relative = pattern;
  while (relative.startsWith('./')) relative = relative.slice(2);
  const alternatives = expandBraces(relative);
  if (alternatives.reduce((sum, text) => sum + text.length, 0) > MAX_EXPANDED)
    throw new GlobSyntaxError(
      `has {…} alternatives that expand to over ${MAX_EXPANDED} characters`,
    );
  return alternatives.map(compileAlternative);
}

function compileAlternative(pattern: string): Node[] {
  // `**/**` is `**`.
  const segments = pattern
    .split('/')
    .filter((segment, index, all) => segment !== '**' || all[index - 1] !== '**');
  const nodes: Node[] = [];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '**' && last) {
      // Anything at all below the folder (not the folder itself: a file is never a folder).
      nodes.push({ kind: 'rest' });
      continue;
    }
    if (segment === '**') {
      // The loop consumes the `/` that ends each folder it matches, so none is emitted here.
      nodes.push({ kind: 'globstar' }, { kind: 'loop' });
      continue;
    }
    nodes.push(...segmentNodes(segment));
    if (!last) nodes.push({ kind: 'char', char: '/' });
  }
  return nodes;
}

function segmentNodes(segment: string): Node[] {
  const nodes: Node[] = [];
  for (let at = 0; at < segment.length; at++) {
    const char = segment.charAt(at);
    if (char === '\\') {
      if (at + 1 >= segment.length) throw new GlobSyntaxError('ends with a lone "\\"');
      nodes.push({ kind: 'char', char: segment.charAt(++at) });
    } else if (char === '*') {
      if (nodes.at(-1)?.kind !== 'star') nodes.push({ kind: 'star' });
    } else if (char === '?') {
      nodes.push({ kind: 'one' });
    } else if (char === '[' && segment.includes(']', at + 2)) {
      const end = classEnd(segment, at);
      nodes.push({ kind: 'class', test: classTest(segment.slice(at + 1, end)) });
      at = end;
    } else if (char === '(' || char === ')') {
      throw new GlobSyntaxError(
        `uses "${char}": extended globs and groups are not supported (write \\${char} for the character itself)`,
      );
    } else {
      nodes.push({ kind: 'char', char });
    }
  }
  return nodes;
}

/** Index of the `]` closing the class opened at `start` (a `]` right after `[` or `[^` is a member). */
function classEnd(segment: string, start: number): number {
  let at = start + 1;
  if (segment[at] === '!' || segment[at] === '^') at++;
  if (segment[at] === ']') at++;
  for (; at < segment.length; at++) {
    if (segment[at] === '\\') at++;
    else if (segment[at] === ']') return at;
  }
  throw new GlobSyntaxError('has a "[" without its "]"');
}

function classTest(body: string): (char: string) => boolean {
  if (body.startsWith('[:') || body.includes('[:'))
    throw new GlobSyntaxError('uses a POSIX character class ([:name:]), which is not supported');
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = negated ? body.slice(1) : body;
  const ranges: [string, string][] = [];
  for (let at = 0; at < members.length; at++) {
    let low = members.charAt(at);
    if (low === '\\') low = members.charAt(++at);
    if (members[at + 1] === '-' && at + 2 < members.length) {
      let high = members.charAt(at + 2);
      at += 2;
      if (high === '\\') high = members.charAt(++at);
      ranges.push([low, high]);
    } else {
      ranges.push([low, low]);
    }
  }
  return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; a brace without a comma, or unclosed, is literal. */
function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (open === undefined) return [pattern];
  const { start, end, parts } = open;
  const results: string[] = [];
  for (const part of parts) {
    for (const expanded of expandBraces(
      `${pattern.slice(0, start)}${part}${pattern.slice(end + 1)}`,
    )) {
      results.push(expanded);
      if (results.length > MAX_EXPANDED)
        throw new GlobSyntaxError(
          `has {…} alternatives that expand to over ${MAX_EXPANDED} patterns`,
        );
    }
  }
  return results;
}

/** The first `{…}` with a top-level comma: its bounds and parts. */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    const found = braceParts(pattern, start);
    if (found) return found;
  }
  return undefined;
}

function braceParts(
  pattern: string,
  start: number,
): { start: number; end: number; parts: string[] } | undefined {
  let depth = 0;
  let partStart = start + 1;
  const parts: string[] = [];
  for (let at = start; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === '\\') at++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      if (parts.length === 0) {
        if (pattern.slice(start + 1, at).includes('..'))
          throw new GlobSyntaxError('uses a {a..b} range, which is not supported; list the values');
        return undefined;
      }
      return { start, end: at, parts: [...parts, pattern.slice(partStart, at)] };
    } else if (char === ',' && depth === 1) {
      parts.push(pattern.slice(partStart, at));
      partStart = at + 1;
    }
  }
  return undefined;
}

/**
 * An automaton with the literal text every match must contain: its leading and trailing characters
 * and its longest run of characters. Most paths fail one of these string tests, so the simulation
 * (a few microseconds a path) runs for a few candidates only — a scan tests every path of the
 * repository against every `exclude` and `include` pattern.
 */
interface Automaton {
  readonly nodes: readonly Node[];
  readonly prefix: string;
  readonly suffix: string;
  readonly infix: string;
}

function withLiterals(nodes: readonly Node[]): Automaton {
  const runs: string[] = [];
  let text = '';
  for (const node of nodes) {
    if (node.kind === 'char') {
      text += node.char;
    } else {
      runs.push(text);
      text = '';
    }
  }
  runs.push(text);
  const prefix = runs[0] ?? '';
  const suffix = text;
  const infix = runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '');
  return { nodes, prefix, suffix, infix };
}

function ruledOut(automaton: Automaton, path: string): boolean {
  return (
    !path.startsWith(automaton.prefix) ||
    !path.endsWith(automaton.suffix) ||
    !path.includes(automaton.infix)
  );
}

/**
 * Simulates the automaton: the set of nodes reached so far, advanced one character at a time
 * (Thompson's construction: never more than one visit per node and character).
 */
function run(nodes: readonly Node[], path: string): boolean {
  const states = new States(nodes);
  let count = states.add(0, 0);
  for (const char of path) {
    count = states.advance(count, char);
    if (count === 0) return false;
  }
  return states.accepting(count);
}

/** The simulation's two state lists and its "added in this step" marks, allocated once per run. */
class States {
  private current: Int32Array;
  private next: Int32Array;
  private readonly marks: Uint32Array;
  private generation = 1;

  constructor(private readonly nodes: readonly Node[]) {
    this.current = new Int32Array(nodes.length + 1);
    this.next = new Int32Array(nodes.length + 1);
    this.marks = new Uint32Array(nodes.length + 1);
  }

  /** Adds `at` and the nodes reachable from it without consuming a character; returns the new count. */
  add(at: number, count: number): number {
    if (this.marks[at] === this.generation) return count;
    this.marks[at] = this.generation;
    this.next[count++] = at;
    const kind = this.nodes[at]?.kind;
    if (kind === 'star') return this.add(at + 1, count);
    if (kind === 'globstar') return this.add(at + 2, this.add(at + 1, count));
    return count;
  }

  /** Moves every state over `char`; returns how many states there are now. */
  advance(count: number, char: string): number {
    [this.current, this.next] = [this.next, this.current];
    this.generation++;
    let added = 0;
    for (let index = 0; index < count; index++) {
      const at = this.current[index] ?? 0;
      for (const target of targets(this.nodes[at], at, char)) added = this.add(target, added);
    }
    return added;
  }

  accepting(count: number): boolean {
    for (let index = 0; index < count; index++) {
      const at = this.next[index] ?? 0;
      if (at === this.nodes.length || accepts(this.nodes[at])) return true;
    }
    return false;
  }
}

const NONE: readonly number[] = [];

/** The nodes a node moves to over `char`. */
function targets(node: Node | undefined, at: number, char: string): readonly number[] {
  switch (node?.kind) {
    case 'char':
      return node.char === char ? [at + 1] : NONE;
    case 'one':
      return char === '/' ? NONE : [at + 1];
    case 'class':
      return char !== '/' && node.test(char) ? [at + 1] : NONE;
    case 'star':
      return char === '/' ? NONE : [at];
    case 'loop':
      return char === '/' ? [at, at + 1] : [at];
    case 'rest':
      return [at];
    default:
      return NONE;
  }
}

/** A node where the path may end besides the end itself: a trailing `**`. */
function accepts(node: Node | undefined): boolean {
  return node?.kind === 'rest';
}
