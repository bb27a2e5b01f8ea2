import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName } from './ast.js';
import { evaluate } from './evaluate.js';
import { thisMemberValue } from './this-members.js';
import type { FileAnalysis } from './file-analysis.js';
import {
  alternatives,
  isEnvDependent,
  known,
  oneOf,
  unknown,
  UNKNOWN,
  type ObjectShape,
  type PropertyEntry,
  type Value,
} from './value.js';
import type { WorkMeter } from '../../shared/work-meter.js';

/** The static name of a property key or member property: `a`, `'a'`, `[A]` with `const A = 'a'`. */
export function propertyName(
  analysis: FileAnalysis,
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.PropertyDefinition,
): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    return key.type === AST_NODE_TYPES.PrivateIdentifier ? undefined : literalName(key);
  }
  const value = evaluate(analysis, key);
  return value.kind === 'known' &&
    (typeof value.value === 'string' || typeof value.value === 'number')
    ? String(value.value)
    : undefined;
}

/** Keys and candidate values of an object literal, with spreads of known objects merged in. */
export function objectShapeOf(
  analysis: FileAnalysis,
  node: TSESTree.ObjectExpression,
): ObjectShape {
  const entries = new Map<string, PropertyEntry[]>();
  let open = false;
  analysis.meter.spend(node.properties.length);
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      open = spreadInto(analysis.meter, entries, evaluate(analysis, property.argument)) || open;
      continue;
    }
    const key = propertyName(analysis, property);
    if (key === undefined) {
      open = true;
      continue;
    }
    const valueNode = property.kind === 'init' ? property.value : undefined;
    entries.set(key, [{ key, valueNode, site: property }]);
  }
  return { entries, open };
}

/** Copies a spread value's entries; returns true when the spread may add keys we cannot see. */
function spreadInto(
  meter: WorkMeter,
  entries: Map<string, PropertyEntry[]>,
  value: Value,
): boolean {
  let open = false;
  const objects = alternatives(value);
  for (const option of objects) {
    if (option.kind === 'object') {
      meter.spend(option.shape.entries.size);
      for (const [key, candidates] of option.shape.entries) {
        const merged =
          objects.length > 1 ? [...(entries.get(key) ?? []), ...candidates] : [...candidates];
        entries.set(key, merged);
      }
      open ||= option.shape.open;
    } else if (!(
      option.kind === 'known' &&
      (option.value === null || option.value === undefined)
    )) {
      open = true;
    }
  }
  return open;
}

/** Merges object shapes in order, later keys replacing earlier ones (as `Object.assign` and spread do). */
export function mergeShapes(meter: WorkMeter, shapes: readonly ObjectShape[]): ObjectShape {
  const entries = new Map<string, PropertyEntry[]>();
  let open = false;
  for (const shape of shapes) {
    meter.spend(shape.entries.size);
    for (const [key, candidates] of shape.entries) entries.set(key, [...candidates]);
    open ||= shape.open;
  }
  return { entries, open };
}

/** The value of `shape[key]`: one of its candidate writes, undefined when absent from a closed shape. */
export function lookup(analysis: FileAnalysis, shape: ObjectShape, key: string): Value {
  const candidates = shape.entries.get(key);
  if (!candidates) return shape.open ? UNKNOWN : known(undefined);
  analysis.meter.spend(candidates.length);
  return oneOf(
    candidates.map((entry) => (entry.valueNode ? evaluate(analysis, entry.valueNode) : UNKNOWN)),
  );
}

export function memberValue(analysis: FileAnalysis, node: TSESTree.MemberExpression): Value {
  if (analysis.isEnvObject(node.object)) return unknown('string', true);
  if (isImportMetaEnv(node.object)) return unknown('any', true);
  if (node.object.type === AST_NODE_TYPES.ThisExpression) return thisMemberValue(analysis, node);
  const object = evaluate(analysis, node.object);
  const key = propertyName(analysis, node);
  if (key === undefined) return unknown('any', isEnvDependent(object));
  const results = alternatives(object).map((option): Value => {
    if (option.kind === 'object') return lookup(analysis, option.shape, key);
    if (option.kind === 'known' && typeof option.value === 'string' && key === 'length') {
      return known(option.value.length);
    }
    return unknown('any', isEnvDependent(option));
  });
  return oneOf(results);
}

/** `import.meta.env` — Vite and similar inject the environment there at build time. */
function isImportMetaEnv(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === 'import' &&
    literalName(node.property) === 'env'
  );
}
