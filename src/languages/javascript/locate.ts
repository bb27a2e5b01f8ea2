import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { LocatedReport } from '../../core/language.js';
import { normalizeCode } from '../../engine/fingerprint.js';
import { forEachChild } from './analysis/walk.js';
import { anchorOf } from './anchor.js';
import type { Report } from './run-checkers.js';
import { scopePath } from './scope-path.js';

/** What locating a report needs of its file: the text, and its comments on demand (maybe a second parse). */
export interface LocatingFile {
  readonly text: string;
  readonly comments: () => readonly TSESTree.Comment[];
}

/** A checker's report on a node, as the engine wants it: where it is and what identifies it. */
export function locate(file: LocatingFile, report: Report): LocatedReport {
  const { node, ...rest } = report;
  return { ...rest, range: node.range, identity: identityText(file, node), scope: scopePath(node) };
}

/** The normalized offending code, prefixed by what it is handed to (see anchor.ts). */
function identityText(file: LocatingFile, node: TSESTree.Node): string {
  const anchor = anchorOf(node);
  const code = normalizedText(file, node);
  return anchor ? `${normalizedText(file, anchor.node)}${anchor.suffix} ${code}` : code;
}

function normalizedText(file: LocatingFile, node: TSESTree.Node): string {
  const [start, end] = node.range;
  const text = file.text.slice(start, end);
  // Only code that holds a comment needs the file's comments (perhaps from a second parse).
  const comments = (mayHoldComment(node, text) ? file.comments() : [])
    .filter((comment) => comment.range[0] >= start && comment.range[1] <= end)
    .map((comment) => [comment.range[0] - start, comment.range[1] - start] as const);
  return normalizeCode(text, comments);
}

/**
 * Whether `//` or `/*` occurs in the node's text outside its string, template, regular-expression and
 * JSX text parts: the URL of a connection string or a proxy target is not a comment, and must not cost
 * the file a second parse.
 */
function mayHoldComment(node: TSESTree.Node, text: string): boolean {
  const literals = literalRanges(node);
  const start = node.range[0];
  for (const marker of ['//', '/*']) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      const offset = start + at;
      if (!literals.some(([from, to]) => offset >= from && offset < to)) return true;
    }
  }
  return false;
}

function literalRanges(node: TSESTree.Node): TSESTree.Range[] {
  const ranges: TSESTree.Range[] = [];
  const visit = (child: TSESTree.Node): void => {
    if (LITERAL_TYPES.has(child.type)) ranges.push(child.range);
    else forEachChild(child, visit);
  };
  visit(node);
  return ranges;
}

const LITERAL_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateElement,
  AST_NODE_TYPES.JSXText,
]);
