import { DefinitionType } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { isEffectivelyConst } from './bindings.js';
import type { FileAnalysis } from './file-analysis.js';

/**
 * The initializer of the variable `identifier` reads, when that variable never changes
 * (`const x = …`, or a `let` written once) and is not destructured: the expression to read instead.
 */
export function constInitializer(
  analysis: FileAnalysis,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | undefined {
  const variable = analysis.bindings.variableOf(identifier);
  const def = variable?.defs[0];
  if (!variable || def?.type !== DefinitionType.Variable || !isEffectivelyConst(variable)) {
    return undefined;
  }
  return def.node.id === def.name ? (def.node.init ?? undefined) : undefined;
}
