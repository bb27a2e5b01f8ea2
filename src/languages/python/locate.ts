import type { LocatedReport } from '../../core/language.js';
import { normalizeCode } from '../../engine/fingerprint.js';
import type { Report } from './run-checkers.js';
import { child, textOf, type PyNode, type PyTree } from './syntax.js';

/** A checker's report as the engine wants it: where it is and what identifies it. */
export function locate(tree: PyTree, report: Report): LocatedReport {
  const { node, with: other, ...rest } = report;
  const nodes = other ? [node, other].sort((a, b) => a.start - b.start) : [node];
  const first = nodes[0] ?? node;
  const last = nodes.at(-1) ?? node;
  return {
    ...rest,
    range: [first.start, Math.max(first.end, last.end)],
    identity: nodes.map((part) => identityText(tree, part)).join(';'),
    scope: scopePath(tree.text, first),
  };
}

/** Literal structure a finding's node may sit in before reaching the call it is an argument of. */
const LITERAL_PARTS: ReadonlySet<string> = new Set([
  'keyword_argument',
  'pair',
  'dictionary',
  'list',
  'tuple',
  'set',
  'dictionary_splat',
  'parenthesized_expression',
]);

/**
 * The normalized offending code (comments dropped, layout and quotes normalized), prefixed by what
 * it is handed to — `requests.get#verify verify=False`, `kwargs= 'verify':False` — so that the same
 * `verify=False` in two calls of one function are two findings, not one.
 */
function identityText(tree: PyTree, node: PyNode): string {
  const code = normalizedText(tree, node);
  const anchor = anchorOf(tree.text, node);
  return anchor === undefined ? code : `${anchor} ${code}`;
}

function anchorOf(text: string, node: PyNode): string | undefined {
  let current = node;
  while (current.parent && LITERAL_PARTS.has(current.parent.type)) current = current.parent;
  const parent = current.parent;
  if (parent?.type === 'argument_list' && parent.parent?.type === 'call') {
    const callee = child(parent.parent, 'function');
    const calleeText = callee ? normalizeCode(textOf(text, callee), []) : '';
    if (current.type === 'keyword_argument') {
      // `requests.get#verify`: the keyword names the argument, wherever it is in the list.
      const name = child(current, 'name');
      return `${calleeText}#${name ? textOf(text, name) : ''}`;
    }
    return `${calleeText}#${parent.children.indexOf(current)}`;
  }
  if (current !== node && parent?.type === 'assignment') {
    const left = child(parent, 'left');
    return left ? `${normalizeCode(textOf(text, left), [])}=` : undefined;
  }
  return undefined;
}

function normalizedText(tree: PyTree, node: PyNode): string {
  const comments = tree.comments
    .filter(([start, end]) => start >= node.start && end <= node.end)
    .map(([start, end]) => [start - node.start, end - node.start] as const);
  return normalizeCode(textOf(tree.text, node), comments);
}

/** The names of the `def`s and `class`es around a node, outermost first: `ApiClient.fetch`. */
function scopePath(text: string, node: PyNode): string {
  const names: string[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'function_definition' && current.type !== 'class_definition') continue;
    const name = child(current, 'name');
    if (name) names.unshift(textOf(text, name));
  }
  return names.join('.');
}
