import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { evaluate } from './evaluate.js';
import type { FileAnalysis } from './file-analysis.js';
import { propertyName } from './object-shapes.js';
import { oneOf, UNKNOWN, type Value } from './value.js';
import { forEachChild } from './walk.js';

/** Writes to one property name across the file: per class (through `this`), and whether any other. */
interface PropertyWrites {
  readonly byClass: Map<TSESTree.ClassBody, TSESTree.Node[]>;
  outside: boolean;
}

const WRITES = new WeakMap<FileAnalysis, ReadonlyMap<string, PropertyWrites>>();

/**
 * `this.verifyServerCert` inside a class: one of the values the class writes to that property (a field
 * initializer, `this.verifyServerCert = …` in its methods). A write to a property of that name on
 * anything else in this file (`client.verifyServerCert = …`) makes it unknown; writes in other files
 * are out of sight, as for any value.
 */
export function thisMemberValue(analysis: FileAnalysis, node: TSESTree.MemberExpression): Value {
  const body = classOfThis(node);
  const key = propertyName(analysis, node);
  if (!body || key === undefined) return UNKNOWN;
  const writes = writesOf(analysis).get(key);
  const own = writes?.byClass.get(body);
  if (!writes || writes.outside || !own) return UNKNOWN;
  return oneOf(own.map((write) => evaluate(analysis, write)));
}

/** The class whose instance `this` is: the nearest non-arrow function must be one of its methods. */
function classOfThis(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (
      (current.type === AST_NODE_TYPES.FunctionExpression ||
        current.type === AST_NODE_TYPES.FunctionDeclaration) &&
      current.parent.type !== AST_NODE_TYPES.MethodDefinition
    ) {
      return undefined;
    }
  }
  return undefined;
}

/** Every property write of the file, found in one walk on first use. */
function writesOf(analysis: FileAnalysis): ReadonlyMap<string, PropertyWrites> {
  let writes = WRITES.get(analysis);
  if (!writes) {
    writes = collectWrites(analysis);
    WRITES.set(analysis, writes);
  }
  return writes;
}

function collectWrites(analysis: FileAnalysis): ReadonlyMap<string, PropertyWrites> {
  const writes = new Map<string, PropertyWrites>();
  const entry = (key: string): PropertyWrites => {
    let found = writes.get(key);
    if (!found) {
      found = { byClass: new Map(), outside: false };
      writes.set(key, found);
    }
    return found;
  };
  const record = (key: string, body: TSESTree.ClassBody, value: TSESTree.Node): void => {
    const byClass = entry(key).byClass;
    byClass.set(body, [...(byClass.get(body) ?? []), value]);
  };
  const stack: TSESTree.Node[] = [analysis.program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.PropertyDefinition && !node.static && node.value) {
      const key = propertyName(analysis, node);
      if (key !== undefined) record(key, node.parent, node.value);
    } else if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression
    ) {
      const key = propertyName(analysis, node.left);
      const body =
        node.left.object.type === AST_NODE_TYPES.ThisExpression ? classOfThis(node) : undefined;
      if (key !== undefined && body && node.operator === '=') record(key, body, node.right);
      else if (key !== undefined) entry(key).outside = true;
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return writes;
}
