import type { WorkMeter } from '../../shared/work-meter.js';
import {
  child,
  isNameReference,
  textOf,
  unparenthesized,
  type PyNode,
  type PyTree,
} from '../syntax.js';
import { normalizeModulePath } from './imports.js';
import { classOfMethod, firstParameter, scopeOwner, type Binding, type Scopes } from './scopes.js';
import { stringValue } from './strings.js';
import { constant, truthiness, UNKNOWN, type Alternative, type PyValue } from './values.js';

/** Helper calls followed into (`def make_context(): … return ctx`), so helpers of helpers still resolve. */
const MAX_DEPTH = 24;

/**
 * Values of expressions: literals, names through their bindings (imports, assignments, parameters,
 * `with … as`), attribute paths of modules, instances made by calls (also through helper functions
 * and `self.x` attributes of the same class), dicts. Memoized per node; every step is charged to the
 * file's work meter, and a question that runs out of steps answers `unknown`.
 */
export class Evaluator {
  private readonly memo = new Map<PyNode, PyValue>();
  private readonly inProgress = new Set<PyNode>();
  private depth = 0;

  constructor(
    private readonly tree: PyTree,
    private readonly scopes: Scopes,
    private readonly meter: WorkMeter,
  ) {}

  value(node: PyNode): PyValue {
    return this.meter.ask(() => this.evaluate(node));
  }

  /** The value a binding gives its name. */
  bindingValue(binding: Binding): PyValue {
    switch (binding.kind) {
      case 'import':
        return { kind: 'symbol', qualified: binding.qualified };
      case 'value':
        return this.evaluate(binding.value);
      case 'parameter':
        return { kind: 'parameter', node: binding.node, default: binding.default };
      case 'definition':
        return binding.definition.type === 'class_definition'
          ? { kind: 'class', node: binding.definition }
          : { kind: 'function', node: binding.definition };
      case 'opaque':
        return UNKNOWN;
    }
  }

  private evaluate(node: PyNode): PyValue {
    this.meter.spend();
    if (this.meter.questionSpent || this.depth > MAX_DEPTH) return UNKNOWN;
    const known = this.memo.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return UNKNOWN;
    this.inProgress.add(node);
    this.depth++;
    try {
      const value = this.compute(unparenthesized(node));
      this.memo.set(node, value);
      return value;
    } finally {
      this.depth--;
      this.inProgress.delete(node);
    }
  }

  private compute(node: PyNode): PyValue {
    switch (node.type) {
      case 'true':
        return constant(true);
      case 'false':
        return constant(false);
      case 'none':
        return constant(null);
      case 'integer':
        return integer(this.text(node));
      case 'string':
      case 'concatenated_string': {
        const string = stringValue(this.tree.text, node);
        return string ? { kind: 'constant', value: string.value, bytes: string.bytes } : UNKNOWN;
      }
      case 'unary_operator':
        return this.unary(node);
      case 'not_operator': {
        const argument = child(node, 'argument');
        const truth = argument && truthiness(this.evaluate(argument));
        return truth === undefined ? UNKNOWN : constant(!truth);
      }
      case 'binary_operator':
        return this.concatenation(node);
      case 'identifier':
        return isNameReference(node) ? this.name(node) : UNKNOWN;
      case 'attribute':
        return this.attribute(node);
      case 'call':
        return this.call(node);
      case 'dictionary':
        return { kind: 'dict', node };
      case 'lambda':
        return { kind: 'function', node };
      case 'conditional_expression': {
        // `a if test else b`: either, each under its branch (see guards).
        const [consequence, , alternative] = node.children;
        if (!consequence || !alternative) return UNKNOWN;
        return {
          kind: 'oneOf',
          options: [consequence, alternative].map((branch) => ({
            value: this.evaluate(branch),
            binding: branch,
          })),
        };
      }
      case 'await':
        return node.children[0] ? this.evaluate(node.children[0]) : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private unary(node: PyNode): PyValue {
    const argument = child(node, 'argument');
    const operand = argument && this.evaluate(argument);
    if (operand?.kind !== 'constant' || typeof operand.value !== 'number') return UNKNOWN;
    const operator = node.operators?.[0];
    return operator === '-' ? constant(-operand.value) : operator === '+' ? operand : UNKNOWN;
  }

  /** `'DEFAULT' + ':@SECLEVEL=1'`. */
  private concatenation(node: PyNode): PyValue {
    if (node.operators?.[0] !== '+') return UNKNOWN;
    const [left, right] = [child(node, 'left'), child(node, 'right')].map((part) =>
      part ? this.evaluate(part) : UNKNOWN,
    );
    if (
      left?.kind === 'constant' &&
      right?.kind === 'constant' &&
      typeof left.value === 'string' &&
      typeof right.value === 'string'
    )
      return constant(left.value + right.value);
    return UNKNOWN;
  }

  private name(node: PyNode): PyValue {
    const bindings = this.scopes.resolve(node);
    if (!bindings) return this.unbound(node);
    const options: Alternative[] = bindings.map((binding) => ({
      value: this.bindingValue(binding),
      binding: binding.node,
    }));
    const [only] = options;
    if (options.length === 1 && only) return only.value;
    return options.length === 0 ? UNKNOWN : { kind: 'oneOf', options };
  }

  /** A name bound nowhere in the file: from a `from m import *`, or a builtin (`dict`, `getattr`). */
  private unbound(node: PyNode): PyValue {
    const name = this.text(node);
    const [wildcard, ...others] = this.scopes.wildcards;
    if (wildcard !== undefined && others.length === 0 && /^[A-Z_]/.test(name))
      return { kind: 'symbol', qualified: `${wildcard}.${name}` };
    return { kind: 'symbol', qualified: `builtins.${name}` };
  }

  private attribute(node: PyNode): PyValue {
    const object = child(node, 'object');
    const attribute = child(node, 'attribute');
    if (!object || !attribute) return UNKNOWN;
    const name = this.text(attribute);
    const self = this.selfClass(object);
    if (self) return this.instanceAttribute(self, name);
    const base = notNone(this.evaluate(object));
    if (base.kind === 'symbol' && !base.qualified.startsWith('builtins.'))
      return { kind: 'symbol', qualified: normalizeModulePath(`${base.qualified}.${name}`) };
    return UNKNOWN;
  }

  /**
   * `self.x`: what the methods of the class assign to it, or the class attribute — unless `x` is
   * public and the file also sets it on other objects (`context.verify_mode = cert_reqs`): then the
   * class's own value is a default its users replace (urllib3's stand-in `SSLContext` starts at
   * `CERT_NONE` like the real one), not what every instance holds.
   */
  private instanceAttribute(classNode: PyNode, name: string): PyValue {
    if (!name.startsWith('_') && this.setFromOutside().has(name)) return UNKNOWN;
    const options: Alternative[] = [
      ...this.scopes.attributeWrites(classNode, name).map((write) => ({
        value: this.evaluate(write.value),
        binding: write.target,
      })),
      ...this.scopes.classBindings(classNode, name).map((binding) => ({
        value: this.bindingValue(binding),
        binding: binding.node,
      })),
    ];
    const [only] = options;
    if (options.length === 1 && only) return only.value;
    return options.length === 0 ? UNKNOWN : { kind: 'oneOf', options };
  }

  private outsideWrites: Set<string> | undefined;

  /** Attribute names the file assigns on something other than a method's `self`. */
  private setFromOutside(): Set<string> {
    if (this.outsideWrites) return this.outsideWrites;
    const names = new Set<string>();
    for (const node of this.tree.nodes) {
      if (node.type !== 'assignment' && node.type !== 'augmented_assignment') continue;
      const left = child(node, 'left');
      const object = left?.type === 'attribute' ? child(left, 'object') : undefined;
      const attribute = left && child(left, 'attribute');
      if (object && attribute && !this.selfClass(object)) names.add(this.text(attribute));
    }
    this.meter.spend(Math.ceil(this.tree.nodes.length / 64));
    this.outsideWrites = names;
    return names;
  }

  /** The class whose instance `node` is, when it is the `self` of one of its methods. */
  selfClass(node: PyNode): PyNode | undefined {
    if (node.type !== 'identifier') return undefined;
    for (let owner = scopeOwner(node); owner; owner = scopeOwner(owner)) {
      if (owner.type !== 'function_definition') continue;
      const classNode = classOfMethod(owner);
      if (classNode && firstParameter(this.tree.text, owner) === this.text(node)) return classNode;
      return undefined;
    }
    return undefined;
  }

  private call(node: PyNode): PyValue {
    const callee = child(node, 'function');
    if (!callee) return UNKNOWN;
    const target = notNone(this.evaluate(callee));
    switch (target.kind) {
      case 'symbol':
        return this.symbolCall(node, target.qualified);
      case 'class': {
        const base = this.baseOf(target.node);
        return base === undefined ? UNKNOWN : { kind: 'instance', of: base, call: node };
      }
      case 'function':
        return this.returned(target.node);
      default:
        return UNKNOWN;
    }
  }

  private symbolCall(node: PyNode, qualified: string): PyValue {
    if (qualified === 'builtins.dict') return { kind: 'dict', node };
    const [first] = node.children.find((part) => part.field === 'arguments')?.children ?? [];
    if (qualified === 'builtins.bool' || qualified === 'builtins.str') {
      const argument = first && first.type !== 'keyword_argument' ? this.evaluate(first) : UNKNOWN;
      if (argument.kind !== 'constant') return UNKNOWN;
      if (qualified === 'builtins.bool') {
        const truth = truthiness(argument);
        return truth === undefined ? UNKNOWN : constant(truth);
      }
      return argument.value === null ? constant('None') : constant(pythonString(argument.value));
    }
    return { kind: 'instance', of: qualified, call: node };
  }

  /** What a `def` or `lambda` of this file returns, when its `return`s agree. */
  returned(definition: PyNode): PyValue {
    if (definition.type === 'lambda') {
      const body = child(definition, 'body');
      return body ? this.evaluate(body) : UNKNOWN;
    }
    const returns: Alternative[] = [];
    const body = child(definition, 'body');
    const stack = body ? [...body.children] : [];
    for (let node = stack.pop(); node; node = stack.pop()) {
      this.meter.spend();
      if (node.type === 'return_statement') {
        const value = node.children[0];
        returns.push({ value: value ? this.evaluate(value) : constant(null), binding: node });
      } else if (!NESTED_SCOPES.has(node.type)) stack.push(...node.children);
    }
    const [first] = returns;
    if (!first) return constant(null);
    if (returns.every((option) => sameValue(option.value, first.value))) return first.value;
    // Different `return`s: each under the conditions that lead to it (see guards).
    return { kind: 'oneOf', options: returns.reverse() };
  }

  /** The first base class of a class of this file that resolves to a library's (or a further base). */
  baseOf(classNode: PyNode): string | undefined {
    const bases = child(classNode, 'superclasses')?.children ?? [];
    for (const base of bases) {
      if (base.type === 'keyword_argument') continue;
      const value = this.evaluate(base);
      if (value.kind === 'symbol' && !value.qualified.startsWith('builtins.'))
        return value.qualified;
      if (value.kind === 'class') {
        const further = this.baseOf(value.node);
        if (further !== undefined) return further;
      }
    }
    return undefined;
  }

  private text(node: PyNode): string {
    return textOf(this.tree.text, node);
  }
}

const NESTED_SCOPES: ReadonlySet<string> = new Set([
  'function_definition',
  'class_definition',
  'lambda',
]);

/**
 * The value of something whose attribute is read or that is called: not `None` (that would raise),
 * so `try: import ssl / except ImportError: ssl = None` still leaves `ssl` the module.
 */
function notNone(value: PyValue): PyValue {
  if (value.kind !== 'oneOf') return value;
  const options = value.options.filter(
    (option) => !(option.value.kind === 'constant' && option.value.value === null),
  );
  const [only] = options;
  if (options.length === 1 && only) return only.value;
  return options.length === value.options.length ? value : { kind: 'oneOf', options };
}

function integer(text: string): PyValue {
  const digits = text.replace(/_/g, '').toLowerCase();
  const value = /^0[xob]/.test(digits) ? Number(digits) : Number.parseInt(digits, 10);
  return Number.isSafeInteger(value) ? constant(value) : UNKNOWN;
}

function pythonString(value: boolean | number | string): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

function sameValue(a: PyValue, b: PyValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'constant' && b.kind === 'constant') return a.value === b.value;
  if (a.kind === 'symbol' && b.kind === 'symbol') return a.qualified === b.qualified;
  if (a.kind === 'instance' && b.kind === 'instance') return a.of === b.of;
  return false;
}
