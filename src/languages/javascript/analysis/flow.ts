import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Variable } from '@typescript-eslint/scope-manager';
import { enclosingFunction, isFunctionNode, isTransparentWrapper, unwrap } from './ast.js';
import { readsOf } from './bindings.js';
import type { FileAnalysis } from './file-analysis.js';
import { propertyName } from './object-shapes.js';

/**
 * Where a value ends up. `path` is where the value sits inside what is passed or assigned: in
 * `got(url, { https: { rejectUnauthorized: false } })` the inner object reaches argument 1 at ['https'].
 */
export type Use =
  | {
      readonly kind: 'argument';
      readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
      readonly index: number;
      readonly path: readonly string[];
    }
  | { readonly kind: 'assigned'; readonly target: TSESTree.Node; readonly path: readonly string[] }
  | { readonly kind: 'escape'; readonly node: TSESTree.Node; readonly path: readonly string[] };

const MAX_STEPS = 64;

/**
 * Follows a value forward through the file: into object literals, spreads, variables, `Object.assign`,
 * helper parameters and return values, until it is passed to a call, assigned to a member, or escapes
 * (exported, stored, returned from a function nobody here calls).
 */
export function usesOf(analysis: FileAnalysis, start: TSESTree.Node): Use[] {
  const tracer = new Tracer(analysis);
  tracer.follow(start, []);
  // Cut short, the value may also go where the tracer did not look: say so, as for any escape.
  if (tracer.cut) tracer.uses.push({ kind: 'escape', node: start, path: [] });
  return tracer.uses;
}

class Tracer {
  readonly uses: Use[] = [];
  /** True when the trace stopped at its bound, so `uses` may be incomplete. */
  cut = false;
  private readonly seen = new Set<TSESTree.Node>();

  constructor(private readonly analysis: FileAnalysis) {}

  follow(start: TSESTree.Node, path: readonly string[]): void {
    if (this.seen.has(start)) return;
    this.analysis.meter.spend();
    if (this.seen.size > MAX_STEPS || this.analysis.meter.questionSpent) {
      this.cut = true;
      return;
    }
    this.seen.add(start);
    let node = start;
    let parent = node.parent;
    while (parent && isPassThrough(parent, node)) {
      node = parent;
      parent = parent.parent;
    }
    if (!parent) this.uses.push({ kind: 'escape', node, path });
    else this.step(parent, node, path);
  }

  private step(parent: TSESTree.Node, node: TSESTree.Node, path: readonly string[]): void {
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
        return this.intoProperty(parent, node, path);
      case AST_NODE_TYPES.SpreadElement:
        if (parent.parent.type === AST_NODE_TYPES.ObjectExpression)
          return this.follow(parent.parent, path);
        return this.escape(parent, path);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return this.intoCall(parent, node, path);
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === node ? this.intoDeclarator(parent, path) : undefined;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === node ? this.intoTarget(parent.left, path) : undefined;
      case AST_NODE_TYPES.ReturnStatement:
        return this.outOfFunction(parent, path);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === node ? this.outOfFunction(parent, path) : undefined;
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.IfStatement:
        return undefined; // read or discarded, not passed on
      default:
        return this.escape(parent, path);
    }
  }

  private escape(node: TSESTree.Node, path: readonly string[]): void {
    this.uses.push({ kind: 'escape', node, path });
  }

  private intoProperty(
    property: TSESTree.Property,
    node: TSESTree.Node,
    path: readonly string[],
  ): void {
    const object = property.parent;
    if (property.value !== node || object.type !== AST_NODE_TYPES.ObjectExpression) return;
    const key = propertyName(this.analysis, property);
    if (key === undefined) this.escape(property, path);
    else this.follow(object, [key, ...path]);
  }

  private intoCall(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    node: TSESTree.Node,
    path: readonly string[],
  ): void {
    const index = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (index < 0) return; // the value is the callee
    if (call.type === AST_NODE_TYPES.CallExpression && this.analysis.isObjectAssign(call)) {
      const target = call.arguments[0];
      if (index > 0 && target) this.intoTarget(target, path);
      return this.follow(call, path);
    }
    this.uses.push({ kind: 'argument', call, index, path });
    this.intoParameter(call, index, path);
  }

  /** A helper declared in this file passes its parameter on: follow it inside. */
  private intoParameter(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    index: number,
    path: readonly string[],
  ): void {
    const fn =
      call.type === AST_NODE_TYPES.CallExpression ? this.analysis.calledFunction(call) : undefined;
    const parameter = fn?.params[index];
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return;
    const variable = this.analysis.bindings
      .declaredBy(fn as TSESTree.Node)
      .find((v) => v.name === parameter.name);
    if (variable) this.intoVariable(variable, path);
  }

  private intoDeclarator(declarator: TSESTree.VariableDeclarator, path: readonly string[]): void {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return;
    const variable = this.analysis.bindings.declaredBy(declarator)[0];
    if (variable) this.intoVariable(variable, path);
  }

  private intoVariable(variable: Variable, path: readonly string[]): void {
    for (const reference of readsOf(variable)) {
      if (this.cut) return;
      this.follow(reference.identifier, path);
    }
  }

  /** `target = value` or `Object.assign(target, value)`: the value now lives in `target`. */
  private intoTarget(target: TSESTree.Node, path: readonly string[]): void {
    const node = unwrap(target);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = this.analysis.bindings.variableOf(node);
      if (variable) return this.intoVariable(variable, path);
    }
    // A fresh object as Object.assign's target is followed through the call's result instead.
    if (node.type !== AST_NODE_TYPES.MemberExpression) return;
    this.uses.push({ kind: 'assigned', target: node, path });
    const key = propertyName(this.analysis, node);
    const holder = unwrap(node.object);
    if (key !== undefined && holder.type === AST_NODE_TYPES.Identifier) {
      const variable = this.analysis.bindings.variableOf(holder);
      if (variable) this.intoVariable(variable, [key, ...path]);
    }
  }

  private outOfFunction(from: TSESTree.Node, path: readonly string[]): void {
    const fn = isFunctionNode(from) ? from : enclosingFunction(from);
    const variable = fn && this.analysis.bindings.functionVariable(fn);
    if (!variable) return this.escape(from, path);
    for (const reference of readsOf(variable)) {
      if (this.cut) return;
      const call = reference.identifier.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) {
        this.follow(call, path);
      } else {
        this.escape(reference.identifier, path);
      }
    }
  }
}

/** Nodes a value passes through unchanged: type wrappers, `a ? value : b`, `a || value`, `await`. */
function isPassThrough(parent: TSESTree.Node, node: TSESTree.Node): boolean {
  if (isTransparentWrapper(parent)) return true;
  switch (parent.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== node;
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return true;
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions.at(-1) === node;
    default:
      return false;
  }
}
