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
  const automata = patterns.flatMap(compileGlob);
  return (path) => automata.some((automaton) => run(automaton, path));
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
 * Simulates the automaton: the set of nodes reached so far, advanced one character at a time
 * (Thompson's construction: never more than one visit per node and character).
 */
function run(nodes: readonly Node[], path: string): boolean {
  let current = closure(nodes, [0]);
  for (const char of path) {
    const next: number[] = [];
    for (const at of current) step(nodes, at, char, next);
    if (next.length === 0) return false;
    current = closure(nodes, next);
  }
  return current.some((at) => at === nodes.length || accepts(nodes[at]));
}

function step(nodes: readonly Node[], at: number, char: string, next: number[]): void {
  const node = nodes[at];
  if (node === undefined) return;
  switch (node.kind) {
    case 'char':
      if (node.char === char) next.push(at + 1);
      return;
    case 'one':
      if (char !== '/') next.push(at + 1);
      return;
    case 'class':
      if (char !== '/' && node.test(char)) next.push(at + 1);
      return;
    case 'star':
      if (char !== '/') next.push(at);
      return;
    case 'loop':
      next.push(at);
      if (char === '/') next.push(at + 1);
      return;
    case 'rest':
      next.push(at);
      return;
    case 'globstar':
      return;
  }
}

/** Adds the nodes reachable without consuming a character; sorted, each once. */
function closure(nodes: readonly Node[], start: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...start];
  while (stack.length > 0) {
    const at = stack.pop() ?? 0;
    if (seen.has(at)) continue;
    seen.add(at);
    const kind = nodes[at]?.kind;
    if (kind === 'star') stack.push(at + 1);
    else if (kind === 'globstar') stack.push(at + 1, at + 2);
  }
  return [...seen];
}

/** A node where the path may end besides the end itself: a trailing `**`. */
function accepts(node: Node | undefined): boolean {
  return node?.kind === 'rest';
}
