import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import { alternatives, type Value } from '../../languages/javascript/analysis/value.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';

/** A string known in parts, in order; `null` marks text static analysis cannot see. */
export type Pieces = readonly (string | null)[];

const MAX_ALTERNATIVES = 16;
const MAX_DEPTH = 8;
const UNSEEN: Pieces = [null];
/** Stands for unseen text while a string is split into tokens; never occurs in source strings. */
const GAP = '\u0000';

/**
 * The strings an expression can produce, each known in parts: `tls.DEFAULT_CIPHERS + ':!RC4'` is
 * `[null, ':!RC4']`, `` `${opts} --tls-min-v1.0` `` is `[null, ' --tls-min-v1.0']`, a ternary gives one
 * alternative per branch. Settings written as `[...].join(':')` are common, so arrays joined with a
 * known separator are read too. Values that are not strings give no alternatives.
 */
export function stringAlternatives(analysis: FileAnalysis, node: TSESTree.Node): Pieces[] {
  return piecesOf(analysis, node, 0).slice(0, MAX_ALTERNATIVES);
}

/**
 * The whole tokens of a partly known string split at `separators`: a token that touches unseen text
 * (`'@SECLEVEL=' + level`) is dropped, because its real value is unknown.
 */
export function tokensOf(pieces: Pieces, separators: RegExp): string[] {
  const text = pieces.map((piece) => piece ?? GAP).join('');
  return text.split(separators).filter((token) => token !== '' && !token.includes(GAP));
}

/** True when nothing of the string is known. */
export function isUnseen(pieces: Pieces): boolean {
  return pieces.every((piece) => piece === null || piece === '');
}

function piecesOf(analysis: FileAnalysis, node: TSESTree.Node, depth: number): Pieces[] {
  if (depth > MAX_DEPTH) return [UNSEEN];
  const target = unwrap(node);
  const value = analysis.value(target);
  if (alternatives(value).every((option) => option.kind === 'known')) return fromValue(value);
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return templatePieces(analysis, target, depth);
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+'
        ? concat(
            piecesOf(analysis, target.left, depth + 1),
            piecesOf(analysis, target.right, depth + 1),
          )
        : fromValue(value);
    case AST_NODE_TYPES.ConditionalExpression:
      return [
        ...piecesOf(analysis, target.consequent, depth + 1),
        ...piecesOf(analysis, target.alternate, depth + 1),
      ];
    case AST_NODE_TYPES.LogicalExpression:
      // Undecided (the analysis folds decided ones): either side.
      return [
        ...piecesOf(analysis, target.left, depth + 1),
        ...piecesOf(analysis, target.right, depth + 1),
      ];
    case AST_NODE_TYPES.CallExpression:
      return joinPieces(analysis, target, depth) ?? fromValue(value);
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return referencePieces(analysis, target, value, depth);
    default:
      return fromValue(value);
  }
}

function templatePieces(
  analysis: FileAnalysis,
  node: TSESTree.TemplateLiteral,
  depth: number,
): Pieces[] {
  let result: Pieces[] = [[node.quasis[0]?.value.cooked ?? null]];
  for (const [index, expression] of node.expressions.entries()) {
    result = concat(result, piecesOf(analysis, expression, depth + 1));
    result = concat(result, [[node.quasis[index + 1]?.value.cooked ?? null]]);
  }
  return result;
}

/** A constant's initializer or an object property's value, read in parts when not fully known. */
function referencePieces(
  analysis: FileAnalysis,
  node: TSESTree.Identifier | TSESTree.MemberExpression,
  value: Value,
  depth: number,
): Pieces[] {
  const sources = sourceNodes(analysis, node);
  if (sources.length === 0) return fromValue(value);
  return sources.flatMap((source) => piecesOf(analysis, source, depth + 1));
}

/** Where a reference's value is written: a `const` initializer, or the writes to an object's key. */
function sourceNodes(
  analysis: FileAnalysis,
  node: TSESTree.Identifier | TSESTree.MemberExpression,
): TSESTree.Node[] {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(analysis, node);
    return init ? [init] : [];
  }
  const key = propertyName(analysis, node);
  const holder = analysis.value(node.object);
  if (key === undefined || holder.kind !== 'object') return [];
  return (holder.shape.entries.get(key) ?? []).flatMap((entry) =>
    entry.valueNode ? [entry.valueNode] : [],
  );
}

/** `[a, b].join(':')` and `list.join(':')` with `const list = [...]`. */
function joinPieces(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
  depth: number,
): Pieces[] | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || literalName(callee.property) !== 'join') {
    return undefined;
  }
  const elements = arrayElements(analysis, callee.object);
  if (!elements) return undefined;
  const separatorNode = call.arguments[0];
  const separator = separatorNode ? analysis.value(separatorNode) : undefined;
  const glue = separator === undefined ? ',' : separator.kind === 'known' ? separator.value : null;
  if (typeof glue !== 'string' && glue !== null) return undefined;
  let result: Pieces[] = [[]];
  for (const [index, element] of elements.entries()) {
    if (index > 0) result = concat(result, [[glue]]);
    result = concat(result, element ? piecesOf(analysis, element, depth + 1) : [UNSEEN]);
  }
  return result;
}

/** The elements of an array literal (directly or through a constant); `undefined` for a spread. */
function arrayElements(
  analysis: FileAnalysis,
  node: TSESTree.Node,
): (TSESTree.Node | undefined)[] | undefined {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = sourceNodes(analysis, target)[0];
    target = init ? unwrap(init) : target;
  }
  if (target.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  return target.elements.map((element) =>
    element && element.type !== AST_NODE_TYPES.SpreadElement ? element : undefined,
  );
}

/** Each known string alternative as one piece; anything else is unseen text. */
function fromValue(value: Value): Pieces[] {
  return alternatives(value).map((option) =>
    option.kind === 'known' && typeof option.value === 'string' ? [option.value] : UNSEEN,
  );
}

function concat(lefts: readonly Pieces[], rights: readonly Pieces[]): Pieces[] {
  const result: Pieces[] = [];
  for (const left of lefts) {
    for (const right of rights) {
      if (result.length >= MAX_ALTERNATIVES) return result;
      result.push([...left, ...right]);
    }
  }
  return result;
}
