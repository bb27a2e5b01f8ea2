import type { TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../analysis/file-analysis.js';
import type { Risk } from './types.js';

export const CATEGORIES = [
  'certificate-verification',
  'hostname-verification',
  'client-certificates',
  'protocol-version',
  'cipher-suites',
  'deprecated-api',
  'key-logging',
  'environment-override',
  'browser-automation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One message: what is wrong, why it is dangerous, what to do instead — with `{{placeholders}}`. */
export interface MessageSpec {
  readonly risk: Risk;
  readonly text: string;
}

export interface RuleMeta<MessageId extends string> {
  /** One imperative sentence; reused in the README table, SARIF and `--help`. */
  readonly description: string;
  readonly category: Category;
  /** e.g. `CWE-295`. */
  readonly cwe: readonly string[];
  readonly confidence: 'high' | 'medium' | 'low';
  readonly status: 'stable' | 'experimental';
  /** The tlsguard version that introduced the rule. */
  readonly since: string;
  readonly messages: Readonly<Record<MessageId, MessageSpec>>;
}

type NodeOfType<T extends TSESTree.Node['type']> = Extract<TSESTree.Node, { type: T }>;

/** Handlers keyed by node type, called once for every node of that type (ESLint style). */
export type RuleVisitor = {
  readonly [T in TSESTree.Node['type']]?: (node: NodeOfType<T>) => void;
};

export interface ReportDescriptor<MessageId extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string>>;
}

export interface RuleContext<MessageId extends string> {
  /** Path of the file relative to the scan root, with `/`. */
  readonly filename: string;
  readonly analysis: FileAnalysis;
  report(descriptor: ReportDescriptor<MessageId>): void;
}

/**
 * A word, or words that must all occur close to each other (within 4 KB, see the prefilter):
 * `['proxy', 'secure']` keeps the many files that mention a proxy but not a nearby `secure` from being
 * parsed. The first word is searched in every file, the others only around its occurrences.
 */
export type Trigger = string | readonly [string, ...string[]];

export interface Rule<MessageId extends string = string> {
  /** kebab-case, stable forever: baselines, suppressions and SARIF history key on it. */
  readonly id: string;
  readonly meta: RuleMeta<MessageId>;
  /**
   * Words at least one of which appears in any file this rule can report on. The prefilter skips files
   * containing none of any rule's triggers; a test fails when an invalid example lacks them.
   */
  readonly triggers: readonly Trigger[];
  create(context: RuleContext<MessageId>): RuleVisitor;
}

/** Identity helper that keeps message ids typed inside `create`. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

export const DOCS_BASE_URL = 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/';

/** Pages of the built-in `tlsguard/…` ids, which are not rules of the registry. */
const BUILT_IN_DOCS: Readonly<Record<string, string>> = {
  'tlsguard/suppression': 'https://github.com/tlsguard/tlsguard/blob/main/docs/suppressions.md',
};

export function docsUrl(ruleId: string): string {
  return BUILT_IN_DOCS[ruleId] ?? `${DOCS_BASE_URL}${ruleId}.md`;
}
