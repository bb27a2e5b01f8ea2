import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import { reachesKey } from './reaches-key.js';

const MAX_DEPTH = 4;
/** Selenium's `chrome.Options#addArguments`, and the like; Electron's `appendSwitch` is not here on purpose. */
const ARGUMENT_METHODS = new Set(['addArguments', 'addArgument']);
const ARRAY_APPENDERS = new Set(['push', 'unshift']);

/**
 * True when `array` holds browser command-line arguments: the `args` of a launch option or capability
 * bag (`puppeteer.launch({ args })`, `'goog:chromeOptions': { args }`), or what is passed to
 * `addArguments(...)` — directly, through variables, spreads and `concat`.
 */
export function isBrowserArgsArray(
  analysis: FileAnalysis,
  array: TSESTree.Node,
  depth = 0,
): boolean {
  if (depth > MAX_DEPTH) return false;
  if (reachesKey(analysis, array, 'args')) return true;
  return analysis.uses(array).some((use) => {
    if (use.kind === 'argument' && use.path.length === 0) {
      if (isConcat(use.call)) return isBrowserArgsArray(analysis, use.call, depth + 1);
      return isArgumentsCall(analysis, use.call, depth);
    }
    if (use.kind !== 'escape' || use.node.type !== AST_NODE_TYPES.SpreadElement) return false;
    const holder = use.node.parent;
    if (holder.type === AST_NODE_TYPES.ArrayExpression)
      return isBrowserArgsArray(analysis, holder, depth + 1);
    return (
      holder.type === AST_NODE_TYPES.CallExpression && isArgumentsCall(analysis, holder, depth)
    );
  });
}

/** `options.addArguments(...)`, or `push`/`unshift` onto an arguments array (`launchOptions.args.push(...)`). */
export function isArgumentsCall(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  depth = 0,
): boolean {
  const callee = unwrap(call.callee);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression
  )
    return false;
  const method = literalName(callee.property);
  if (method !== undefined && ARGUMENT_METHODS.has(method)) return true;
  if (method === undefined || !ARRAY_APPENDERS.has(method)) return false;
  const target = unwrap(callee.object);
  if (target.type === AST_NODE_TYPES.MemberExpression)
    return propertyName(analysis, target) === 'args';
  const init =
    target.type === AST_NODE_TYPES.Identifier ? arrayInitializer(analysis, target) : null;
  return init !== null && isBrowserArgsArray(analysis, init, depth + 1);
}

function isConcat(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression && literalName(callee.property) === 'concat'
  );
}

function arrayInitializer(
  analysis: FileAnalysis,
  identifier: TSESTree.Identifier,
): TSESTree.ArrayExpression | null {
  const def = analysis.bindings.variableOf(identifier)?.defs[0];
  const init = def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
  return init?.type === AST_NODE_TYPES.ArrayExpression ? init : null;
}
