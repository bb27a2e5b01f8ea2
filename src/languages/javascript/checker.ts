import type { TSESTree } from '@typescript-eslint/types';
import type { Suggestion } from '../../core/language.js';
import type { FileAnalysis } from './analysis/file-analysis.js';

type NodeOfType<T extends TSESTree.Node['type']> = Extract<TSESTree.Node, { type: T }>;

/** Handlers keyed by node type, called once for every node of that type (ESLint style). */
export type RuleVisitor = {
  readonly [T in TSESTree.Node['type']]?: (node: NodeOfType<T>) => void;
};

export interface ReportDescriptor<MessageId extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string>>;
  /** Fixes that are safe to offer in an editor (see `Suggestion`); only the ESLint plugin uses them. */
  readonly suggest?: readonly Suggestion[];
}

export interface RuleContext<MessageId extends string> {
  /** Path of the file relative to the scan root, with `/`. */
  readonly filename: string;
  readonly analysis: FileAnalysis;
  report(descriptor: ReportDescriptor<MessageId>): void;
}

/** A rule's JavaScript/TypeScript checker: visitors over typescript-estree's syntax tree. */
export interface JavaScriptChecker<MessageId extends string = string> {
  create(context: RuleContext<MessageId>): RuleVisitor;
}

/** Identity helper that keeps message ids typed inside `create`. */
export function javascriptChecker<MessageId extends string>(
  checker: JavaScriptChecker<MessageId>,
): JavaScriptChecker<MessageId> {
  return checker;
}
