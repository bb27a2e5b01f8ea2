import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { child, type PyNode } from '../../languages/python/syntax.js';

/** Exceptions a `try` catches to fall back when an API is missing. */
const FALLBACK_EXCEPTIONS =
  /^(?:AttributeError|ImportError|ModuleNotFoundError|TypeError|NameError|Exception|BaseException)$/;

/**
 * Whether `node` is compatibility code that only runs where an API exists: under a test of
 * `sys.version_info`, `hasattr`/`getattr`, or in the body of a `try` whose `except` catches the
 * error a missing API raises (`AttributeError`, `ImportError`, `TypeError`, or everything).
 */
export function isCompatibilityCode(analysis: PythonAnalysis, node: PyNode): boolean {
  for (let current = node, parent = node.parent; parent; current = parent, parent = parent.parent) {
    if (
      (parent.type === 'if_statement' || parent.type === 'elif_clause') &&
      current.field !== 'condition'
    ) {
      const condition = child(parent, 'condition');
      if (condition && testsFeatures(analysis, condition)) return true;
    }
    if (parent.type === 'conditional_expression') {
      const test = parent.children[1];
      if (test && test !== current && testsFeatures(analysis, test)) return true;
    }
    if (
      parent.type === 'try_statement' &&
      current.field === 'body' &&
      catchesFallback(analysis, parent)
    )
      return true;
  }
  return false;
}

function testsFeatures(analysis: PythonAnalysis, test: PyNode): boolean {
  return /\bsys\.version_info\b|\bversion_info\b|\bhasattr\s*\(|\bgetattr\s*\(|PY3|PY2|IS_PY/.test(
    analysis.textOf(test),
  );
}

function catchesFallback(analysis: PythonAnalysis, tryStatement: PyNode): boolean {
  return tryStatement.children.some((clause) => {
    if (clause.type !== 'except_clause') return false;
    const caught = clause.children.find((part) => part.type !== 'block' && part.field !== 'alias');
    if (!caught) return true;
    return analysis
      .textOf(caught)
      .replace(/[()\s]/g, '')
      .split(',')
      .some((name) => FALLBACK_EXCEPTIONS.test(name.replace(/^.*\./, '')));
  });
}
