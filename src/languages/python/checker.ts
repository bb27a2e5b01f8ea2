import type { Condition } from '../../core/condition.js';
import type { PythonAnalysis } from './analysis/file-analysis.js';
import type { PythonVersion } from './version.js';
import type { PyNode } from './syntax.js';

/**
 * Handlers keyed by tree-sitter-python node type (`call`, `assignment`, `keyword_argument`, …), each
 * called once for every node of that type, in source order — ESLint's visitor contract over
 * tree-sitter's node types. Nodes inside syntax the parser recovered from (`ERROR`) are visited too.
 */
export type PythonVisitor = Readonly<Record<string, ((node: PyNode) => void) | undefined>>;

export interface PythonReport<MessageId extends string> {
  readonly node: PyNode;
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string>>;
  /**
   * The value that weakens TLS is chosen by this switch or environment condition: reported as a
   * warning that names it (design §4). Only for messages of high or critical risk.
   */
  readonly condition?: Condition;
  /**
   * A second node the finding is about (the other line of a two-line pattern): the finding spans
   * both, and both make up its identity.
   */
  readonly with?: PyNode;
}

export interface PythonRuleContext<MessageId extends string> {
  /** Path of the file relative to the scan root, with `/`. */
  readonly filename: string;
  readonly analysis: PythonAnalysis;
  /** The oldest Python the project supports, when known (`--python-version`, `requires-python`, …). */
  readonly pythonVersion: PythonVersion | undefined;
  report(report: PythonReport<MessageId>): void;
}

/** A rule's Python checker: visitors over the file's syntax tree. */
export interface PythonChecker<MessageId extends string = string> {
  create(context: PythonRuleContext<MessageId>): PythonVisitor;
}

/** Identity helper that keeps message ids typed inside `create`. */
export function pythonChecker<MessageId extends string>(
  checker: PythonChecker<MessageId>,
): PythonChecker<MessageId> {
  return checker;
}
