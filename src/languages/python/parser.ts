import type * as TreeSitter from 'web-tree-sitter';
import { treeSitterParser } from '../../platform/tree-sitter.js';
import type { PyTree } from './syntax.js';

export type ParseOutcome =
  | { readonly ok: true; readonly tree: PyTree }
  | {
      readonly ok: false;
      readonly reason: 'syntax' | 'too-many-nodes';
      readonly message: string;
    };

export interface PythonParser {
  /** Parses one file; never throws for the file's sake. tree-sitter recovers from syntax errors. */
  parse(text: string, maxNodes: number): ParseOutcome;
}

/** Loads web-tree-sitter and the tree-sitter-python grammar (once per thread). */
export async function loadPythonParser(): Promise<PythonParser> {
  const { parser } = await treeSitterParser('python');
  return { parse: (text, maxNodes) => parseWith(parser, text, maxNodes) };
}

function parseWith(parser: TreeSitter.Parser, text: string, maxNodes: number): ParseOutcome {
  const tree = parser.parse(text);
  if (!tree) return { ok: false, reason: 'syntax', message: 'the Python parser gave no tree' };
  try {
    const copied = copyTree(tree, text, maxNodes);
    return copied
      ? { ok: true, tree: copied }
      : { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
  } finally {
    // The tree lives in the WASM heap: free it now, the analysis only needs the copy.
    tree.delete();
  }
}

/** Tokens that carry meaning in these nodes, and only these (punctuation is dropped everywhere). */
const OPERATOR_NODES: ReadonlySet<string> = new Set([
  'binary_operator',
  'unary_operator',
  'augmented_assignment',
  'boolean_operator',
  'comparison_operator',
]);
/** Extras: they may sit between any two tokens, so they are no node's children. */
const EXTRAS: ReadonlySet<string> = new Set(['comment', 'line_continuation']);

interface Building {
  type: string;
  start: number;
  end: number;
  parent: Building | undefined;
  children: Building[];
  field: string | undefined;
  operators?: string[];
}

/**
 * One walk with a tree cursor (iterative: a file nested thousands deep cannot overflow the stack)
 * copies the named nodes; undefined when there are more than `maxNodes`.
 */
function copyTree(tree: TreeSitter.Tree, text: string, maxNodes: number): PyTree | undefined {
  const cursor = tree.walk();
  try {
    const nodes: Building[] = [];
    const comments: [number, number][] = [];
    const syntaxErrors: number[] = [];
    // The nearest named ancestor of the cursor's node, per depth of the cursor.
    const parents: (Building | undefined)[] = [];
    let parent: Building | undefined;
    for (;;) {
      const type = cursor.nodeType;
      const start = cursor.startIndex;
      let current: Building | undefined;
      if (cursor.nodeIsMissing || type === 'ERROR') syntaxErrors.push(start);
      if (EXTRAS.has(type)) {
        if (type === 'comment') comments.push([start, cursor.endIndex]);
      } else if (cursor.nodeIsNamed) {
        if (nodes.length >= maxNodes) return undefined;
        current = {
          type,
          start,
          end: cursor.endIndex,
          parent,
          children: [],
          field: cursor.currentFieldName ?? undefined,
        };
        parent?.children.push(current);
        nodes.push(current);
      } else if (parent && OPERATOR_NODES.has(parent.type)) {
        (parent.operators ??= []).push(type);
      }
      if (!EXTRAS.has(type) && cursor.gotoFirstChild()) {
        parents.push(parent);
        parent = current ?? parent;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          const root = nodes[0];
          if (!root) return undefined;
          syntaxErrors.sort((a, b) => a - b);
          return { text, root, nodes, comments, syntaxErrors };
        }
        parent = parents.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
