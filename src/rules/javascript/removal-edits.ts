import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from '../../core/language.js';

/**
 * The edits that remove one property from its object literal with its comma, and the whole line when
 * the property has a line to itself (with a comment after it on that line): the code stays valid and
 * laid out as it was. Undefined for anything but a property of an object literal.
 */
export function removePropertyEdits(
  text: string,
  property: TSESTree.Property,
): TextEdit[] | undefined {
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const siblings = object.properties;
  const index = siblings.findIndex((sibling) => sibling === property);
  if (siblings.length === 1)
    return [{ range: [object.range[0] + 1, object.range[1] - 1], text: '' }];
  const next = siblings[index + 1];
  const end = next ? next.range[0] : object.range[1] - 1;
  const comma = commaBetween(text, property.range[1], end);
  if (comma !== undefined) return [removal(text, property.range[0], comma + 1)];
  // The last property, without a trailing comma: the comma before it goes.
  const previous = siblings[index - 1];
  const before = previous && commaBetween(text, previous.range[1], property.range[0]);
  if (before === undefined) return undefined;
  const line = ownLine(text, property.range[0], property.range[1]);
  return line
    ? [{ range: [before, before + 1], text: '' }, line]
    : [{ range: [before, property.range[1]], text: '' }];
}

/**
 * The edit that removes an expression statement from a statement list (a block, the program, a
 * `case`), with its line when it has one to itself; undefined where removing it would leave invalid
 * code (`if (x) a.b = c;`).
 */
export function removeStatementEdit(
  text: string,
  statement: TSESTree.ExpressionStatement,
): TextEdit | undefined {
  if (!STATEMENT_LISTS.has(statement.parent.type)) return undefined;
  return removal(text, statement.range[0], statement.range[1]);
}

const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

/**
 * The offset of the comma between two pieces of code, skipping comments; undefined when there is
 * none. Only layout, comments and commas can lie between two properties of an object literal.
 */
function commaBetween(text: string, from: number, to: number): number | undefined {
  for (let at = from; at < to; at++) {
    const char = text[at];
    if (char === ',') return at;
    if (char === '/' && text[at + 1] === '*') {
      const end = text.indexOf('*/', at + 2);
      at = end < 0 ? to : end + 1;
    } else if (char === '/' && text[at + 1] === '/') {
      const end = text.indexOf('\n', at + 2);
      at = end < 0 ? to : end;
    }
  }
  return undefined;
}

/** [start, end) with its line (`ownLine`), else with the spaces after it. */
function removal(text: string, start: number, end: number): TextEdit {
  const line = ownLine(text, start, end);
  if (line) return line;
  SPACES.lastIndex = end;
  return { range: [start, end + (SPACES.exec(text)?.[0].length ?? 0)], text: '' };
}

const SPACES = /[ \t]*/y;
/** Spaces, perhaps a line comment, and the line break (or the end of the file). */
const REST_OF_LINE = /[ \t]*(?:\/\/[^\n]*)?(?:\r?\n|$)/y;

/**
 * The whole line(s) of [start, end), line break included, when the code starts its line and nothing
 * but spaces and a line comment follows it there.
 */
function ownLine(text: string, start: number, end: number): TextEdit | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, start))) return undefined;
  REST_OF_LINE.lastIndex = end;
  const rest = REST_OF_LINE.exec(text);
  return rest ? { range: [lineStart, end + rest[0].length], text: '' } : undefined;
}
