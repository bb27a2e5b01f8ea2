import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { child, type PyNode } from '../../languages/python/syntax.js';

/** `<receiver>.<attribute> = <value>`: an assignment to a named attribute of an object. */
export interface AttributeWrite {
  readonly receiver: PyNode;
  readonly value: PyNode;
}

/**
 * The receiver and value of `assignment` when it sets `attribute` (`ctx.verify_mode = …`);
 * `a.x = b.x = value` counts for both.
 */
export function attributeWrite(
  analysis: PythonAnalysis,
  assignment: PyNode,
  attribute: string,
): AttributeWrite | undefined {
  const left = child(assignment, 'left');
  let value = child(assignment, 'right');
  while (value?.type === 'assignment') value = child(value, 'right');
  if (left?.type !== 'attribute' || !value) return undefined;
  const name = child(left, 'attribute');
  const receiver = child(left, 'object');
  if (!name || !receiver || analysis.textOf(name) !== attribute) return undefined;
  return { receiver, value };
}
