import type { WorkMeter } from '../../shared/work-meter.js';
import {
  child,
  contains,
  FUNCTION_TYPES,
  SCOPE_TYPES,
  textOf,
  unparenthesized,
  type PyNode,
  type PyTree,
} from '../syntax.js';
import { importedNames, wildcardModule } from './imports.js';

/**
 * What a name is bound to at one place in the code:
 * - `import`: a module or a module's member (`qualified`);
 * - `value`: the value of an expression (`x = expr`, `with expr as x`, `x := expr`);
 * - `parameter`: a function's parameter, with its default value if it has one;
 * - `definition`: a `def` or `class` of this file;
 * - `opaque`: anything else (`for x in …`, `except E as x`, `x += …`, unpacking a call's result).
 */
export type Binding =
  | { readonly kind: 'import'; readonly node: PyNode; readonly qualified: string }
  | { readonly kind: 'value'; readonly node: PyNode; readonly value: PyNode }
  | {
      readonly kind: 'parameter';
      readonly node: PyNode;
      readonly function: PyNode;
      readonly default: PyNode | undefined;
    }
  | { readonly kind: 'definition'; readonly node: PyNode; readonly definition: PyNode }
  | { readonly kind: 'opaque'; readonly node: PyNode };

interface Scope {
  readonly node: PyNode;
  readonly parent: Scope | undefined;
  readonly bindings: Map<string, Binding[]>;
  /** Names declared `global` here: their bindings live in the module scope. */
  readonly globals: Set<string>;
}

/** An assignment to `self.<name>` in a method: what instances of the class hold. */
export interface AttributeWrite {
  readonly target: PyNode;
  readonly value: PyNode;
}

/**
 * Python's scopes (PEP 227) for one file: which binding a name refers to where it is used. Class bodies
 * are skipped when a function looks a name up (their names are not visible in methods); `global`
 * redirects a function's bindings to the module.
 */
export class Scopes {
  private readonly scopes = new Map<PyNode, Scope>();
  private readonly module: Scope;
  /** `from m import *` at module level. */
  readonly wildcards: string[] = [];
  /** Per class: `self.x = value` writes in its methods, by attribute name. */
  private readonly attributes = new Map<PyNode, Map<string, AttributeWrite[]>>();

  constructor(
    private readonly tree: PyTree,
    private readonly meter: WorkMeter,
  ) {
    this.module = this.scopeFor(tree.root, undefined);
    for (const node of tree.nodes) {
      meter.spend();
      this.index(node);
    }
  }

  /** The bindings of identifier `node` that may reach it, nearest scope first; undefined when unbound. */
  resolve(node: PyNode): readonly Binding[] | undefined {
    const name = textOf(this.tree.text, node);
    const use = this.usageScope(node);
    for (let scope: Scope | undefined = use; scope; scope = this.enclosing(scope, use)) {
      this.meter.spend();
      const target = scope.globals.has(name) ? this.module : scope;
      const bindings = target.bindings.get(name);
      if (bindings) return target === use ? this.reaching(bindings, node) : bindings;
      if (target === this.module) return undefined;
    }
    return undefined;
  }

  /** `self.<name> = …` in any method of `classNode`. */
  attributeWrites(classNode: PyNode, name: string): readonly AttributeWrite[] {
    return this.attributes.get(classNode)?.get(name) ?? [];
  }

  /** The class-body bindings of `name` (class attributes, methods). */
  classBindings(classNode: PyNode, name: string): readonly Binding[] {
    return this.scopes.get(classNode)?.bindings.get(name) ?? [];
  }

  /** The scope a name used at `node` is looked up in first. */
  private usageScope(node: PyNode): Scope {
    let owner = scopeOwner(node);
    // Default values and decorators are evaluated where the function is defined.
    if (owner && FUNCTION_TYPES.has(owner.type) && !inBody(owner, node)) owner = scopeOwner(owner);
    return (owner && this.scopes.get(owner)) ?? this.module;
  }

  /** The next scope to look in: classes are visible only to their own body. */
  private enclosing(scope: Scope, use: Scope): Scope | undefined {
    let next = scope.parent;
    while (next?.node.type === 'class_definition' && next !== use) next = next.parent;
    return next;
  }

  /**
   * Of the bindings in the scope where the name is used, those that may hold at `use`: the last one
   * before it that runs whenever `use` runs (same block or an enclosing one), and any conditional ones
   * after it.
   */
  private reaching(bindings: readonly Binding[], use: PyNode): readonly Binding[] {
    const reaching: Binding[] = [];
    for (let index = bindings.length - 1; index >= 0; index--) {
      const binding = bindings[index];
      if (!binding || binding.node.start >= use.start) continue;
      // `x = f(x)`: the `x` on the right is an earlier binding.
      if (binding.kind === 'value' && contains(binding.value, use)) continue;
      this.meter.spend();
      reaching.push(binding);
      if (dominates(binding.node, use)) break;
    }
    return reaching.reverse();
  }

  private scopeFor(node: PyNode, parent: Scope | undefined): Scope {
    const scope: Scope = { node, parent, bindings: new Map(), globals: new Set() };
    this.scopes.set(node, scope);
    return scope;
  }

  private scopeOf(node: PyNode): Scope {
    const owner = scopeOwner(node);
    return (owner && this.scopes.get(owner)) ?? this.module;
  }

  private bind(scope: Scope, name: string, binding: Binding): void {
    const list = scope.bindings.get(name);
    if (list) list.push(binding);
    else scope.bindings.set(name, [binding]);
  }

  private index(node: PyNode): void {
    if (SCOPE_TYPES.has(node.type) && node.type !== 'module') {
      this.scopeFor(node, this.scopeOf(node));
    }
    switch (node.type) {
      case 'import_statement':
      case 'import_from_statement':
        return this.indexImport(node);
      case 'assignment':
        return this.indexAssignment(node);
      case 'augmented_assignment':
      case 'for_statement':
      case 'for_in_clause':
      case 'except_clause':
        return this.indexOpaque(node);
      case 'named_expression':
        return this.indexWalrus(node);
      case 'with_item':
        return this.indexWith(node);
      case 'function_definition':
      case 'class_definition':
        return this.indexDefinition(node);
      case 'parameters':
      case 'lambda_parameters':
        return this.indexParameters(node);
      case 'global_statement':
        for (const name of node.children) this.scopeOf(node).globals.add(this.text(name));
        return;
      default:
        return;
    }
  }

  private indexImport(node: PyNode): void {
    const scope = this.scopeOf(node);
    for (const imported of importedNames(this.tree.text, node)) {
      this.bind(scope, imported.name, {
        kind: 'import',
        node: imported.node,
        qualified: imported.qualified,
      });
    }
    const wildcard = wildcardModule(this.tree.text, node);
    if (wildcard !== undefined && scope === this.module) this.wildcards.push(wildcard);
  }

  private indexAssignment(node: PyNode): void {
    const left = child(node, 'left');
    let right = child(node, 'right');
    // `a = b = value`: every target gets the innermost value.
    while (right?.type === 'assignment') right = child(right, 'right');
    if (!left) return;
    if (!right) {
      // `x: int` binds nothing at run time.
      return;
    }
    this.bindTarget(this.scopeOf(node), left, right);
    if (left.type === 'attribute') this.recordAttribute(node, left, right);
  }

  /** `x = v` binds x to v; `a, b = v1, v2` pairs them up; other unpacking is opaque. */
  private bindTarget(scope: Scope, target: PyNode, value: PyNode): void {
    const left = unparenthesized(target);
    if (left.type === 'identifier') {
      this.bind(scope, this.text(left), { kind: 'value', node: left, value });
      return;
    }
    if (!UNPACKING.has(left.type)) return;
    const right = unparenthesized(value);
    const pairs =
      UNPACKING.has(right.type) && right.children.length === left.children.length
        ? right.children
        : undefined;
    left.children.forEach((element, index) => {
      const paired = pairs?.[index];
      if (paired) this.bindTarget(scope, element, paired);
      else this.bindOpaque(scope, element);
    });
  }

  private bindOpaque(scope: Scope, target: PyNode): void {
    const node = unparenthesized(target);
    if (node.type === 'identifier') this.bind(scope, this.text(node), { kind: 'opaque', node });
    else if (UNPACKING.has(node.type) || node.type === 'list_splat_pattern')
      for (const element of node.children) this.bindOpaque(scope, element);
  }

  private indexOpaque(node: PyNode): void {
    const target = child(node, node.type === 'except_clause' ? 'alias' : 'left');
    if (target) this.bindOpaque(this.scopeOf(node), target);
  }

  private indexWalrus(node: PyNode): void {
    const name = child(node, 'name');
    const value = child(node, 'value');
    // PEP 572: in a comprehension, `:=` binds in the enclosing function or module.
    let scope = this.scopeOf(node);
    while (scope.node.type.endsWith('comprehension') || scope.node.type === 'generator_expression')
      scope = scope.parent ?? this.module;
    if (name && value) this.bind(scope, this.text(name), { kind: 'value', node: name, value });
  }

  /** `with make() as x`: x is what `make()` returns from `__enter__` — for clients, the client itself. */
  private indexWith(node: PyNode): void {
    const pattern = node.children[0];
    if (pattern?.type !== 'as_pattern') return;
    const value = pattern.children.find((part) => part.field !== 'alias');
    const alias = child(pattern, 'alias')?.children[0];
    if (!value || !alias) return;
    this.bindTarget(this.scopeOf(node), alias, value);
  }

  private indexDefinition(node: PyNode): void {
    const name = child(node, 'name');
    if (!name) return;
    // The name is bound where the `def`/`class` statement runs, not inside it.
    const scope = this.scopeOf(node);
    this.bind(scope, this.text(name), { kind: 'definition', node: name, definition: node });
  }

  private indexParameters(node: PyNode): void {
    const owner = node.parent;
    if (!owner) return;
    const scope = this.scopes.get(owner) ?? this.scopeOf(node);
    for (const parameter of node.children) {
      const name = parameterName(parameter);
      if (!name) continue;
      this.bind(scope, this.text(name), {
        kind: 'parameter',
        node: name,
        function: owner,
        default: child(parameter, 'value'),
      });
    }
  }

  /** `self.x = value` inside a method of a class (the method's first parameter is the instance). */
  private recordAttribute(assignment: PyNode, target: PyNode, value: PyNode): void {
    const object = child(target, 'object');
    const attribute = child(target, 'attribute');
    if (object?.type !== 'identifier' || !attribute) return;
    const method = scopeOwner(assignment);
    const classNode = method && classOfMethod(method);
    if (!method || !classNode || this.text(object) !== firstParameter(this.tree.text, method))
      return;
    const byName = this.attributes.get(classNode) ?? new Map<string, AttributeWrite[]>();
    this.attributes.set(classNode, byName);
    const name = this.text(attribute);
    byName.set(name, [...(byName.get(name) ?? []), { target, value }]);
  }

  private text(node: PyNode): string {
    return textOf(this.tree.text, node);
  }
}

const UNPACKING: ReadonlySet<string> = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'tuple',
  'list',
  'expression_list',
]);

/** The node that owns the scope `node` is in. */
export function scopeOwner(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (SCOPE_TYPES.has(current.type)) return current;
  }
  return undefined;
}

/**
 * Whether code at `node` runs inside the function `owner` (its body, its parameters' names) rather than
 * where it is defined (default values and annotations of its parameters, its return annotation).
 */
function inBody(owner: PyNode, node: PyNode): boolean {
  const body = child(owner, 'body');
  if (body && contains(body, node)) return true;
  const parameters = child(owner, 'parameters');
  if (!parameters || !contains(parameters, node)) return false;
  for (
    let current: PyNode | undefined = node;
    current && current !== parameters;
    current = current.parent
  ) {
    if (current.field === 'value' || current.field === 'type') return false;
  }
  return true;
}

function parameterName(parameter: PyNode): PyNode | undefined {
  if (parameter.type === 'identifier') return parameter;
  if (parameter.type === 'default_parameter' || parameter.type === 'typed_default_parameter') {
    const name = child(parameter, 'name');
    return name?.type === 'identifier' ? name : undefined;
  }
  if (parameter.type === 'typed_parameter') {
    const name = parameter.children.find((part) => part.field !== 'type');
    return name?.type === 'identifier' ? name : undefined;
  }
  if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') {
    const name = parameter.children[0];
    return name?.type === 'identifier' ? name : undefined;
  }
  return undefined;
}

/** The class a `def` is a method of (directly in its body, perhaps decorated). */
export function classOfMethod(method: PyNode): PyNode | undefined {
  if (method.type !== 'function_definition') return undefined;
  let holder = method.parent;
  if (holder?.type === 'decorated_definition') holder = holder.parent;
  return holder?.type === 'block' && holder.parent?.type === 'class_definition'
    ? holder.parent
    : undefined;
}

/** The name of a function's first parameter (`self` by convention). */
export function firstParameter(text: string, method: PyNode): string | undefined {
  const first = child(method, 'parameters')?.children[0];
  const name = first && parameterName(first);
  return name ? textOf(text, name) : undefined;
}

/**
 * Whether the binding at `binding` runs whenever code at `use` (after it) runs: the statement holding
 * the binding sits in a block that also holds `use`, so no `if`, loop or `try` separates them.
 */
function dominates(binding: PyNode, use: PyNode): boolean {
  let statement = binding;
  while (
    statement.parent &&
    statement.parent.type !== 'block' &&
    statement.parent.type !== 'module'
  )
    statement = statement.parent;
  const block = statement.parent;
  return block !== undefined && contains(block, use);
}
