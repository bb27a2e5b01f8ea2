import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { lookup } from '../../languages/javascript/analysis/object-shapes.js';
import {
  alternatives,
  oneOf,
  type ObjectShape,
  type Value,
} from '../../languages/javascript/analysis/value.js';
import type { OptionWrite } from './option-write.js';

/**
 * The option objects an option ends up in: its own object, and — for a literal — the objects it is
 * spread or merged into by the time it reaches a call, so `{ ...legacy, ciphers }` counts as one bag.
 */
export function bagShapes(analysis: FileAnalysis, write: OptionWrite): ObjectShape[] {
  const shapes = objectShapes(analysis.value(write.holder));
  if (!write.inLiteral) return shapes;
  for (const use of analysis.uses(write.holder)) {
    if (use.kind !== 'argument') continue;
    const argument = use.call.arguments[use.index];
    if (!argument) continue;
    let value = analysis.value(argument);
    for (const key of use.path) {
      value = valueAt(analysis, value, key);
    }
    shapes.push(...objectShapes(value));
  }
  return shapes;
}

function valueAt(analysis: FileAnalysis, value: Value, key: string): Value {
  return oneOf(objectShapes(value).map((shape) => lookup(analysis, shape, key)));
}

function objectShapes(value: Value): ObjectShape[] {
  return alternatives(value).flatMap((option) => (option.kind === 'object' ? [option.shape] : []));
}
