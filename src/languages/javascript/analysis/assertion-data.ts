import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { isTransparentWrapper, literalName, unwrap } from './ast.js';
import type { FileAnalysis } from './file-analysis.js';

/** Matchers and assertion methods whose arguments are expected values (data), not configuration. */
const MATCHERS = new Set([
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toHaveBeenCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith',
  'toBeCalledWith',
  'lastCalledWith',
  'nthCalledWith',
  'toHaveReturnedWith',
  'toContainEqual',
  'toContain',
  'toHaveProperty',
  'toBe',
  'equal',
  'equals',
  'eql',
  'deepEqual',
  'deepStrictEqual',
  'strictEqual',
  'notDeepEqual',
  'notDeepStrictEqual',
  'notEqual',
  'same',
  'strictSame',
  'notSame',
  'match',
  'like',
  'has',
  'include',
  'includes',
  'deepInclude',
  'containSubset',
  'calledWith',
  'calledWithMatch',
  'calledWithExactly',
  'objectContaining',
  'arrayContaining',
]);
/** What assertion chains start from: `expect(…)`, `assert.…`, tap/ava/node:test's `t.…`, `should`. */
const ROOTS = new Set(['expect', 'assert', 'chai', 'should', 'sinon', 'jasmine', 't', 'tt', 'st']);
/** Roots that are assertions when called themselves: `expect(x)`, `assert(x)`, `should(x)`. */
const CALLABLE_ROOTS = new Set(['expect', 'assert', 'should']);
const ASSERTION_MODULES = new Set(['assert', 'assert/strict', 'chai', 'should', 'sinon']);
const LITERALS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
]);

/**
 * True when `node` sits in an object or array literal that only ever goes to assertions —
 * `expect(opts).toEqual({ rejectUnauthorized: false })`, `assert.deepStrictEqual(a, expected)`,
 * `t.same(…)`, `opts.should.eql(…)`: test data describing a value, not a setting anything reads.
 */
export function isAssertionData(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  let top = node;
  while (top.parent && (LITERALS.has(top.parent.type) || isTransparentWrapper(top.parent))) {
    top = top.parent;
  }
  if (top.type !== AST_NODE_TYPES.ObjectExpression && top.type !== AST_NODE_TYPES.ArrayExpression)
    return false;
  const uses = analysis.uses(top);
  return (
    uses.length > 0 &&
    uses.every((use) => use.kind === 'argument' && isAssertionCall(analysis, use.call))
  );
}

/** `expect(x)`, `expect(x).not.toEqual(y)`, `assert.deepStrictEqual(…)`, `t.same(…)`, `x.should.eql(…)`. */
export function isAssertionCall(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier)
    return CALLABLE_ROOTS.has(callee.name) || isRoot(analysis, callee, true);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = literalName(callee.property);
  if (method === undefined) return false;
  if (method !== 'ok' && !MATCHERS.has(method) && !isRoot(analysis, callee.object)) return false;
  return chainFromRoot(analysis, callee.object);
}

/** The receiver chain of a matcher starts at an assertion root or passes through `.should`. */
function chainFromRoot(analysis: FileAnalysis, start: TSESTree.Node): boolean {
  for (let node = unwrap(start); ;) {
    if (isRoot(analysis, node)) return true;
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      if (literalName(node.property) === 'should') return true;
      node = unwrap(node.object);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      node = unwrap(node.callee);
    } else {
      return false;
    }
  }
}

function isRoot(analysis: FileAnalysis, node: TSESTree.Node, moduleOnly = false): boolean {
  const ref = analysis.moduleRef(node);
  if (ref && ASSERTION_MODULES.has(ref.module)) return true;
  return !moduleOnly && node.type === AST_NODE_TYPES.Identifier && ROOTS.has(node.name);
}
