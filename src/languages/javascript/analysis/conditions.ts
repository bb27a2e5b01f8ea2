import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from './ast.js';
import type { FileAnalysis } from './file-analysis.js';
import { isDevelopmentName, isProductionName, isTlsSwitchName } from '../../shared/switch-names.js';
import { isEnvDependent } from './value.js';
import { forEachChild } from './walk.js';
import type { Condition } from '../../../core/condition.js';

const MAX_TEXT = 60;
export const COMPARISONS: Readonly<Record<string, string>> = {
  '===': '!==',
  '!==': '===',
  '==': '!=',
  '!=': '==',
};

/** The condition reads the environment (`process.env`, `import.meta.env`) or a development/production flag. */
export function isEnvironmental(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  if (isEnvDependent(analysis.value(node))) return true;
  const modeName = (name: string): boolean => isDevelopmentName(name) || isProductionName(name);
  return namesIn(node).some(modeName) || readsEnv(analysis, node);
}

function readsEnv(analysis: FileAnalysis, root: TSESTree.Node): boolean {
  let found = false;
  visit(root, (node) => {
    if (node.type === AST_NODE_TYPES.MemberExpression && analysis.isEnvObject(node.object))
      found = true;
  });
  return found;
}

/** Some name in the condition says it is a TLS switch (`ignoreTls`, `--insecure`). */
export function mentionsTlsSwitch(root: TSESTree.Node): boolean {
  return namesIn(root, true).some((name) => isTlsSwitchName(name));
}

/**
 * Identifiers and property names in a condition, and with `strings` its string literals too
 * (`argv.includes('--insecure')` names a switch; `NODE_ENV === 'production'` names no flag).
 */
function namesIn(root: TSESTree.Node, strings = false): string[] {
  const names: string[] = [];
  visit(root, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier) names.push(node.name);
    else if (strings && node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string')
      names.push(node.value);
  });
  return names;
}

function visit(root: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    callback(node);
    // A function inside a condition is not part of what it tests.
    if (
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.FunctionExpression
    )
      continue;
    forEachChild(node, (child) => stack.push(child));
  }
}

/** The condition `node` (which way: `when`), phrased for a message and placed relative to production. */
export function makeCondition(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
  environment: boolean,
  tlsSwitch: boolean,
): Condition {
  const inProduction = environment && holdsInProduction(analysis, node, when);
  return { ...phrase(analysis, node, when), environment, tlsSwitch, inProduction };
}

/** Whether the condition (`node` truthy for `set`, falsy for `unset`) holds in a production run. */
function holdsInProduction(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
): boolean {
  const names = namesIn(node);
  if (names.some((name) => isProductionName(name))) return when === 'set';
  if (names.some((name) => isDevelopmentName(name))) return when === 'unset';
  const holds = modeComparison(analysis, node);
  return holds !== undefined && holds === (when === 'set');
}

const MODE_VARIABLES = new Set(['NODE_ENV', 'APP_ENV', 'ENVIRONMENT', 'ENV', 'MODE']);

/** `process.env.NODE_ENV === 'production'` and the like: its value when the mode is `production`. */
function modeComparison(analysis: FileAnalysis, node: TSESTree.Node): boolean | undefined {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !(node.operator in COMPARISONS))
    return undefined;
  for (const [read, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const target = unwrap(read);
    const literal = analysis.value(other);
    if (
      target.type === AST_NODE_TYPES.MemberExpression &&
      MODE_VARIABLES.has(lastName(target) ?? '') &&
      isEnvDependent(analysis.value(target)) &&
      literal.kind === 'known' &&
      typeof literal.value === 'string'
    ) {
      return compare(node.operator, 'production', literal.value.toLowerCase());
    }
  }
  return undefined;
}

function lastName(node: TSESTree.MemberExpression): string | undefined {
  return node.computed
    ? node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
      ? node.property.value
      : undefined
    : node.property.type === AST_NODE_TYPES.Identifier
      ? node.property.name
      : undefined;
}

function phrase(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  when: 'set' | 'unset',
): Pick<Condition, 'text' | 'when' | 'shape'> {
  // A call with arguments is a predicate (`argv.includes('--insecure')`); without, a getter.
  const shape =
    node.type === AST_NODE_TYPES.CallExpression
      ? node.arguments.length === 0
        ? 'call'
        : 'test'
      : node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression
        ? 'value'
        : 'test';
  // `a !== b` that must not hold reads better as `a === b` that holds.
  if (shape === 'test' && when === 'unset' && node.type === AST_NODE_TYPES.BinaryExpression) {
    const negated = COMPARISONS[node.operator];
    if (negated) {
      const text = `${excerpt(analysis, node.left)} ${negated} ${excerpt(analysis, node.right)}`;
      return { text: shorten(text), when: 'set', shape };
    }
  }
  return { text: shorten(excerpt(analysis, node)), when, shape };
}

function excerpt(analysis: FileAnalysis, node: TSESTree.Node): string {
  return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** `left <operator> right` for the four equality operators. */
export function compare(operator: string, left: unknown, right: unknown): boolean {
  switch (operator) {
    case '===':
      return left === right;
    case '!==':
      return left !== right;
    case '==':
      return left == right;
    default:
      return left != right;
  }
}
