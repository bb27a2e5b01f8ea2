import {
  analyze,
  DefinitionType,
  type Reference,
  type ScopeManager,
  type Variable,
} from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

/**
 * Name resolution for one file, from typescript-eslint's scope manager: which declaration an identifier
 * refers to, and where a variable is read and written. Hand-written scoping gets shadowing wrong.
 */
export class Bindings {
  private readonly manager: ScopeManager;
  private readonly references = new Map<TSESTree.Node, Reference>();

  constructor(program: TSESTree.Program) {
    // lib: [] keeps TypeScript's lib globals out, so every global (process, Object, require) is unresolved.
    this.manager = analyze(program, { sourceType: program.sourceType, lib: [] });
    for (const scope of this.manager.scopes) {
      for (const reference of scope.references)
        this.references.set(reference.identifier, reference);
    }
  }

  /** The variable `identifier` refers to; `null` for a global; `undefined` when it is not a reference. */
  variableOf(identifier: TSESTree.Identifier): Variable | null | undefined {
    const reference = this.references.get(identifier);
    return reference === undefined ? undefined : reference.resolved;
  }

  /** True when `identifier` reads the global of its name (not shadowed by any declaration). */
  isGlobal(identifier: TSESTree.Identifier): boolean {
    const reference = this.references.get(identifier);
    return reference?.resolved === null;
  }

  /** Variables declared by a declaration node (declarator, function, import specifier, parameter owner). */
  declaredBy(node: TSESTree.Node): readonly Variable[] {
    return this.manager.getDeclaredVariables(node);
  }

  /** The variable a function is callable by: its declaration name, or the `const` it is assigned to. */
  functionVariable(node: TSESTree.Node): Variable | undefined {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id) {
      return this.declaredBy(node).find((variable) => variable.name === node.id?.name);
    }
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) {
      return this.declaredBy(parent)[0];
    }
    return undefined;
  }
}

const readsByVariable = new WeakMap<Variable, readonly Reference[]>();
const writesByVariable = new WeakMap<Variable, readonly Reference[]>();

/**
 * References that read the variable's value (a plain read or the read half of `x += 1`). Kept per
 * variable: a minified bundle has variables with thousands of references, asked about again and again.
 */
export function readsOf(variable: Variable): readonly Reference[] {
  let reads = readsByVariable.get(variable);
  if (!reads) {
    reads = variable.references.filter((reference) => reference.isRead());
    readsByVariable.set(variable, reads);
  }
  return reads;
}

/** Every value written to the variable: the initializer and later assignments (`undefined` for none). */
export function writesOf(variable: Variable): readonly Reference[] {
  let writes = writesByVariable.get(variable);
  if (!writes) {
    writes = variable.references.filter((reference) => reference.isWrite());
    writesByVariable.set(variable, writes);
  }
  return writes;
}

/** True for a `const`, or a `let`/`var` written exactly once (its initializer): effectively constant. */
export function isEffectivelyConst(variable: Variable): boolean {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== DefinitionType.Variable) return false;
  const declaration = def.parent;
  if (declaration.kind === 'const') return true;
  return writesOf(variable).length === 1 && def.node.init !== null;
}
