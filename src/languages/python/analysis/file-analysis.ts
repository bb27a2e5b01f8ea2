import type { Condition } from '../../../core/condition.js';
import type { WorkMeter } from '../../shared/work-meter.js';
import { child, textOf, unparenthesized, type PyNode, type PyTree } from '../syntax.js';
import { guardTest, testCondition } from './conditions.js';
import { Evaluator } from './evaluate.js';
import { Scopes, type Binding } from './scopes.js';
import { stringValue } from './strings.js';
import { valueCondition } from './value-conditions.js';
import { instanceOf, qualifiedOf, type PyValue } from './values.js';

/** Steps one question (one rule asking one thing) may take before its answer is `unknown`. */
export const QUESTION_STEP_LIMIT = 20_000;

/** How a value stands with a rule's notion of weak: always, or only under a named condition. */
export type Weakness =
  { readonly kind: 'always' } | { readonly kind: 'when'; readonly condition: Condition };

/** An argument of a call, found by keyword or position, or in a `**kwargs` dict. */
export interface Argument {
  /** The value expression. */
  readonly node: PyNode;
  /** The `keyword_argument` or dict `pair` that holds it, or the value itself when positional. */
  readonly holder: PyNode;
}

/**
 * Everything a Python checker asks about one file: values of expressions (through imports, bindings,
 * helpers, `self` attributes), call targets and arguments, and the conditions code runs under. Every
 * step counts against the file's work meter.
 */
export class PythonAnalysis {
  readonly text: string;
  private readonly scopes: Scopes;
  private readonly evaluator: Evaluator;

  constructor(
    readonly tree: PyTree,
    readonly meter: WorkMeter,
  ) {
    this.text = tree.text;
    this.scopes = new Scopes(tree, meter);
    this.evaluator = new Evaluator(tree, this.scopes, meter);
  }

  textOf(node: PyNode): string {
    return textOf(this.text, node);
  }

  value(node: PyNode): PyValue {
    return this.evaluator.value(node);
  }

  /** `ssl.CERT_NONE` for `ssl.CERT_NONE`, `N` (`from ssl import CERT_NONE as N`), `s.CERT_NONE`… */
  qualifiedName(node: PyNode): string | undefined {
    return qualifiedOf(this.value(node));
  }

  /** What `node` is an instance of: `requests.Session` for `s` after `s = requests.Session()`. */
  instanceOf(node: PyNode): string | undefined {
    return instanceOf(this.value(node));
  }

  /** The string value of a literal (or of a name bound to one). */
  stringOf(node: PyNode): string | undefined {
    const direct = stringValue(this.text, unparenthesized(node));
    if (direct) return direct.value;
    const value = this.value(node);
    return value.kind === 'constant' && typeof value.value === 'string' ? value.value : undefined;
  }

  /** The qualified name of what a call calls (`requests.get`), for module functions and classes. */
  calleeName(call: PyNode): string | undefined {
    const callee = child(call, 'function');
    return callee ? this.qualifiedName(callee) : undefined;
  }

  /** `session.get(…)`: the method's name and its receiver. */
  method(call: PyNode): { readonly name: string; readonly receiver: PyNode } | undefined {
    const callee = child(call, 'function');
    if (callee?.type !== 'attribute') return undefined;
    const receiver = child(callee, 'object');
    const name = child(callee, 'attribute');
    return receiver && name ? { name: this.textOf(name), receiver } : undefined;
  }

  /** What a `def` or `lambda` of this file returns, when its `return`s agree. */
  returnedBy(definition: PyNode): PyValue {
    return this.meter.ask(() => this.evaluator.returned(definition));
  }

  /** The library class a class of this file derives from (its first base that resolves to one). */
  baseClass(classNode: PyNode): string | undefined {
    return this.meter.ask(() => this.evaluator.baseOf(classNode));
  }

  /** The class whose instance `node` is when it is the `self` of one of its methods. */
  selfClass(node: PyNode): PyNode | undefined {
    return this.evaluator.selfClass(node);
  }

  /** The arguments of a call as written (positional, `name=value`, `*args`, `**kwargs`). */
  arguments(call: PyNode): readonly PyNode[] {
    const list = child(call, 'arguments');
    return list?.type === 'argument_list' ? list.children : [];
  }

  /**
   * The argument passed as `name=`, or at `position` (0-based, counting positional arguments only,
   * and only while no `*args` comes first), or as a key of a `**kwargs` dict built in this file.
   */
  argument(call: PyNode, name: string, position?: number): Argument | undefined {
    const args = this.arguments(call);
    for (const argument of args) {
      if (argument.type !== 'keyword_argument') continue;
      const key = child(argument, 'name');
      const value = child(argument, 'value');
      if (key && value && this.textOf(key) === name) return { node: value, holder: argument };
    }
    if (position !== undefined) {
      const positional = args.filter(
        (argument) => argument.type !== 'keyword_argument' && argument.type !== 'dictionary_splat',
      );
      const splat = positional.findIndex((argument) => argument.type === 'list_splat');
      const found = positional[position];
      if (found && (splat < 0 || splat > position)) return { node: found, holder: found };
    }
    for (const argument of args) {
      if (argument.type !== 'dictionary_splat') continue;
      const dict = argument.children[0];
      const entry = dict && this.dictEntry(dict, name, 0);
      if (entry) return entry;
    }
    return undefined;
  }

  /** The value stored under the string key `name` in a dict display or `dict(...)` that `node` evaluates to. */
  dictEntry(node: PyNode, name: string, depth = 0): Argument | undefined {
    if (depth > 4) return undefined;
    const value = this.value(node);
    if (value.kind !== 'dict') return undefined;
    if (value.node.type === 'call') return this.argument(value.node, name);
    let found: Argument | undefined;
    for (const entry of value.node.children) {
      if (entry.type === 'pair') {
        const key = child(entry, 'key');
        const item = child(entry, 'value');
        if (key && item && this.stringOf(key) === name) found = { node: item, holder: entry };
      } else if (entry.type === 'dictionary_splat' && entry.children[0]) {
        found = this.dictEntry(entry.children[0], name, depth + 1) ?? found;
      }
    }
    return found;
  }

  /** The bindings of a name that may reach it; undefined when the file binds it nowhere. */
  bindings(node: PyNode): readonly Binding[] | undefined {
    return this.scopes.resolve(node);
  }

  /** The one binding of a name, when exactly one may reach it. */
  soleBinding(node: PyNode): Binding | undefined {
    const bindings = this.scopes.resolve(node);
    return bindings?.length === 1 ? bindings[0] : undefined;
  }

  /** The innermost condition around `node` that names a TLS switch or the environment (see guardOf). */
  guardOf(node: PyNode): Condition | undefined {
    const guard = guardTest(this, node);
    return guard && testCondition(this, guard.test, guard.truthy, guard.parameters);
  }

  /**
   * Whether `node`'s value is weak by `weak`: always (a literal, a constant, every binding that may
   * reach), or only under a switch or environment condition the message can name. Undefined when it
   * is not known to be weak.
   */
  weakness(node: PyNode, weak: (value: PyValue) => boolean): Weakness | undefined {
    return this.meter.ask(() => this.weaknessOf(node, weak));
  }

  private weaknessOf(node: PyNode, weak: (value: PyValue) => boolean): Weakness | undefined {
    const value = this.value(node);
    if (value.kind === 'oneOf') {
      const weakOptions = value.options.filter((option) => weak(option.value));
      if (weakOptions.length === value.options.length) return { kind: 'always' };
      if (weakOptions.length > 0) {
        // `verify = True` … `if args.insecure: verify = False`: weak under the second one's guard.
        for (const option of weakOptions) {
          const condition = this.guardOf(option.binding);
          if (condition) return { kind: 'when', condition };
        }
        for (const option of value.options) {
          if (weakOptions.includes(option)) continue;
          const guard = guardTest(this, option.binding);
          const condition =
            guard && testCondition(this, guard.test, !guard.truthy, guard.parameters);
          if (condition) return { kind: 'when', condition };
        }
        const condition = valueCondition(this, node, weak);
        return condition ? { kind: 'when', condition } : { kind: 'always' };
      }
    } else if (weak(value)) {
      return { kind: 'always' };
    }
    const condition = valueCondition(this, node, weak);
    return condition ? { kind: 'when', condition } : undefined;
  }
}
