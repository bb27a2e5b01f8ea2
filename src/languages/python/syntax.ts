/**
 * A Python syntax tree: tree-sitter-python's named nodes, copied into plain objects once per file (see
 * parser.ts), so the analysis walks ordinary JavaScript data — parents included — and the WASM tree is
 * freed right after parsing. Node types and field names are tree-sitter-python's own
 * (`call`, `keyword_argument`, `attribute`, fields `function`, `arguments`, `object`, …).
 */
export interface PyNode {
  readonly type: string;
  /** Offsets (UTF-16 code units) of the node's text. */
  readonly start: number;
  readonly end: number;
  readonly parent: PyNode | undefined;
  /** Named children in source order; comments are not children (see `PyTree.comments`). */
  readonly children: readonly PyNode[];
  /** The field this node fills in its parent (`function`, `arguments`, `left`, …). */
  readonly field: string | undefined;
  /**
   * For operator nodes (`binary_operator`, `unary_operator`, `augmented_assignment`,
   * `boolean_operator`, `comparison_operator`): the operator tokens, `['&=']`, `['is not']`.
   */
  readonly operators?: readonly string[];
}

export interface PyTree {
  readonly text: string;
  readonly root: PyNode;
  /** Every named node in source order (pre-order): the one traversal the checkers' visitors run over. */
  readonly nodes: readonly PyNode[];
  /** `#` comments, with their ranges. */
  readonly comments: readonly (readonly [number, number])[];
  /** Where the parser met syntax it had to recover from (ERROR and MISSING nodes), in source order. */
  readonly syntaxErrors: readonly number[];
}

export function textOf(text: string, node: PyNode): string {
  return text.slice(node.start, node.end);
}

export function child(node: PyNode, field: string): PyNode | undefined {
  return node.children.find((candidate) => candidate.field === field);
}

export function childOfType(node: PyNode, type: string): PyNode | undefined {
  return node.children.find((candidate) => candidate.type === type);
}

/** `(x)` is `x`. */
export function unparenthesized(node: PyNode): PyNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.children.length === 1) {
    const inner = current.children[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The nearest ancestor of one of `types`. */
export function ancestor(node: PyNode, types: ReadonlySet<string>): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (types.has(current.type)) return current;
  }
  return undefined;
}

export function contains(outer: PyNode, inner: PyNode): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Whether an identifier names a variable (rather than the attribute of `a.b`, a keyword of
 * `f(k=v)`, an imported module path, or the name of a `def`/`class`/parameter being declared).
 */
export function isNameReference(node: PyNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'attribute') return node.field !== 'attribute';
  if (parent.type === 'keyword_argument') return node.field !== 'name';
  return parent.type !== 'dotted_name' && parent.type !== 'aliased_import';
}

/** Nodes that start a scope of their own (PEP 227): names bound inside are local to them. */
export const SCOPE_TYPES: ReadonlySet<string> = new Set([
  'module',
  'function_definition',
  'lambda',
  'class_definition',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);

/** `def`, `lambda`: the scopes whose code runs when called, not where it is written. */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_definition', 'lambda']);
