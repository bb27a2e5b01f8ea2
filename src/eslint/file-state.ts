import type { Rule } from '../core/rule.js';
import type { LintReport } from './lint-file.js';

/** One lint of one file: the tlsguard rules ESLint enabled for it, and their findings once computed. */
export interface FileLint {
  readonly rules: Set<Rule>;
  result: ReadonlyMap<string, LintReport[]> | undefined;
}

const lints = new WeakMap<object, FileLint>();

/**
 * Registers a rule for the file ESLint is about to walk. ESLint calls every enabled rule's `create`
 * before it visits the first node, so when the first rule's `Program` handler runs, the set is
 * complete: the file is analyzed once, for all of them, in one traversal (as `tlsguard scan` does),
 * however many tlsguard rules are on. Keyed by ESLint's `SourceCode`, a new object for every lint.
 */
export function enableRule(sourceCode: object, rule: Rule): FileLint {
  let lint = lints.get(sourceCode);
  // A computed result belongs to an earlier lint of the same SourceCode object: start over.
  if (!lint || lint.result) {
    lint = { rules: new Set(), result: undefined };
    lints.set(sourceCode, lint);
  }
  lint.rules.add(rule);
  return lint;
}

/** The file's findings by rule id, computed by the first rule that asks. */
export function resultOf(
  lint: FileLint,
  compute: (rules: readonly Rule[]) => ReadonlyMap<string, LintReport[]>,
): ReadonlyMap<string, LintReport[]> {
  lint.result ??= compute([...lint.rules]);
  return lint.result;
}
