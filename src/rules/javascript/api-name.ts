import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import type { ModuleRef } from '../../languages/javascript/analysis/modules.js';

const MAX_LENGTH = 40;

/**
 * A module specifier that is a file of the project (`../lib/http-proxy`, `/abs/path`, `..`): a path
 * says nothing to a reader of the message, so messages name the function as the code calls it.
 */
export function isFileModule(ref: ModuleRef | undefined): boolean {
  return ref !== undefined && (ref.module.startsWith('.') || ref.module.startsWith('/'));
}

/** The callee as written, on one line and shortened: `httpProxy.createProxyServer`, `new WebSocket`. */
export function calleeText(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): string {
  const callee = call.callee;
  const text = analysis.text.slice(callee.range[0], callee.range[1]).replace(/\s+/g, ' ').trim();
  const short = text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
  return call.type === AST_NODE_TYPES.NewExpression ? `new ${short}` : short;
}
