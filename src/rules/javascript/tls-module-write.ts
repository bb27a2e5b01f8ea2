import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import type { OptionWrite } from './option-write.js';

/**
 * True when the write sets a property of the `tls` module itself — `tls.X = …`, `require('tls').X = …`
 * through any alias, or `Object.assign(tls, { X: … })` — the process-wide defaults such as
 * `DEFAULT_MIN_VERSION` and `DEFAULT_CIPHERS`.
 */
export function writesToTlsModule(analysis: FileAnalysis, write: OptionWrite): boolean {
  if (!write.inLiteral) return refIs(analysis.moduleRef(write.holder), 'tls');
  const call = write.holder.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !analysis.isObjectAssign(call)) return false;
  const [first, ...sources] = call.arguments;
  return (
    first !== undefined &&
    sources.includes(write.holder as TSESTree.CallExpressionArgument) &&
    refIs(analysis.moduleRef(first), 'tls')
  );
}
