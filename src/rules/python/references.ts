import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import type { PyNode } from '../../languages/python/syntax.js';

/** Parents in which an identifier is a name being declared or a label, not a use of a value. */
const DECLARING: ReadonlySet<string> = new Set([
  'dotted_name',
  'aliased_import',
  'import_statement',
  'import_from_statement',
  'global_statement',
  'nonlocal_statement',
  'parameters',
  'lambda_parameters',
  'keyword_separator',
  'typed_parameter',
]);

const PATTERNS: ReadonlySet<string> = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'parenthesized_expression',
  'as_pattern_target',
]);

/** `x` in `x = …`, `a, x = …`, `for x in …`, `with … as x`: a name being bound. */
function isTarget(node: PyNode): boolean {
  let current = node;
  while (current.parent && PATTERNS.has(current.parent.type)) current = current.parent;
  const parent = current.parent;
  if (!parent) return false;
  if (parent.type === 'as_pattern') return current.field === 'alias';
  return (
    current.field === 'left' &&
    (parent.type === 'assignment' ||
      parent.type === 'augmented_assignment' ||
      parent.type === 'for_statement' ||
      parent.type === 'for_in_clause')
  );
}

/**
 * Whether an `identifier` or `attribute` node reads a value (`ssl.PROTOCOL_TLSv1` as an argument,
 * a default, an assignment's right side): not the `PROTOCOL_TLSv1` of `ssl.PROTOCOL_TLSv1` itself,
 * a keyword's name, an import, a `def`'s name or a parameter. Comparisons (`proto ==
 * ssl.PROTOCOL_TLSv1`) and `assert`s read a value without using it: also not uses.
 */
export function isValueUse(node: PyNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (node.type === 'identifier') {
    if (DECLARING.has(parent.type)) return false;
    if (parent.type === 'attribute' && node.field === 'attribute') return false;
    if (parent.type === 'keyword_argument' && node.field === 'name') return false;
    if (node.field === 'name' || node.field === 'alias') return false;
  }
  // The outermost attribute of a chain is the use: `ssl.TLSVersion.TLSv1`, not `ssl.TLSVersion`.
  if (parent.type === 'attribute' && node.field === 'object') return false;
  if (isTarget(node)) return false;
  for (let current: PyNode | undefined = parent; current; current = current.parent) {
    if (current.type === 'comparison_operator' || current.type === 'assert_statement') return false;
    if (current.type.endsWith('_statement') || current.type === 'block') break;
  }
  return true;
}

/**
 * The constant is written out here — `ssl.PROTOCOL_TLSv1`, or a name imported from `ssl` — rather
 * than read through a variable that holds it (reported once, where that variable is set).
 */
export function isWrittenOut(analysis: PythonAnalysis, node: PyNode): boolean {
  if (node.type !== 'identifier') return true;
  const bindings = analysis.bindings(node);
  return bindings === undefined || bindings.every((binding) => binding.kind === 'import');
}
