import type { TSESTree } from '@typescript-eslint/types';
import type { RuleContext } from '../../languages/javascript/checker.js';

const MAX_LENGTH = 60;

/** The node's source on one line, shortened for a message: `process.env.NODE_ENV === 'production'`. */
export function sourceExcerpt(context: RuleContext<string>, node: TSESTree.Node): string {
  const text = context.analysis.text
    .slice(node.range[0], node.range[1])
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
