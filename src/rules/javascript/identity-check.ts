import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type FunctionNode } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { alternatives, truthiness } from '../../languages/javascript/analysis/value.js';
import { returnStatements } from '../../languages/javascript/analysis/walk.js';
import { someInBody } from './some-in-body.js';

/**
 * What a `checkServerIdentity` value does to the host-name check (rules.md §0.3):
 * - `noop`: a function that can only return a falsy value — every host name is accepted;
 * - `discarded`: the same, although it calls `tls.checkServerIdentity` (and throws its verdict away);
 * - `conditional`: such a function in some run-time branch only.
 */
export type IdentityVerdict = 'noop' | 'discarded' | 'conditional';

/** Utility-library no-ops that return `undefined`. */
const NOOPS: readonly (readonly [module: string, ...path: string[]])[] = [
  ['lodash', 'noop'],
  ['lodash-es', 'noop'],
  ['lodash/noop'],
  ['lodash.noop'],
  ['underscore', 'noop'],
];

export function judgeIdentityValue(
  analysis: FileAnalysis,
  valueNode: TSESTree.Node,
): IdentityVerdict | undefined {
  const ref = analysis.moduleRef(valueNode);
  if (NOOPS.some(([module, ...path]) => refIs(ref, module, ...path))) return 'noop';
  const options = alternatives(analysis.value(valueNode));
  const verdicts = options.map((option) =>
    option.kind === 'function' ? judgeIdentityFunction(analysis, option.node) : undefined,
  );
  const bypasses = verdicts.filter((verdict) => verdict !== undefined);
  if (bypasses.length === 0) return undefined;
  if (bypasses.length < options.length) return 'conditional';
  return bypasses.includes('discarded') ? 'discarded' : 'noop';
}

/** A function Node calls as `checkServerIdentity(host, cert)`: does it accept every host? */
export function judgeIdentityFunction(
  analysis: FileAnalysis,
  fn: FunctionNode,
): 'noop' | 'discarded' | undefined {
  // An async function or a generator returns a Promise or an iterator: truthy, so every host is rejected.
  if (fn.async || fn.generator) return undefined;
  // Throwing (or asserting) for some peers is a check, even if a crash-prone one.
  if (someInBody(fn.body, (node) => mayThrow(analysis, node))) return undefined;
  if (!onlyFalsyReturns(analysis, fn)) return undefined;
  return someInBody(fn.body, (node) => callsDefaultCheck(analysis, node)) ? 'discarded' : 'noop';
}

function onlyFalsyReturns(analysis: FileAnalysis, fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return truthiness(analysis.value(fn.body)) === false;
  }
  return returnStatements(fn.body).every(
    (statement) => !statement.argument || truthiness(analysis.value(statement.argument)) === false,
  );
}

function mayThrow(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const module = analysis.moduleRef(node.callee)?.module;
  return module === 'assert' || module === 'assert/strict';
}

function callsDefaultCheck(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    refIs(analysis.moduleRef(node.callee), 'tls', 'checkServerIdentity')
  );
}
