import { DefinitionType, type Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from './ast.js';
import { isEffectivelyConst } from './bindings.js';
import { evaluate } from './evaluate.js';
import type { FileAnalysis } from './file-analysis.js';
import { propertyName } from './object-shapes.js';
import { placeInPattern } from './patterns.js';

/**
 * A value reached from a module or a global: `require('node:https').globalAgent.options` is
 * `{ module: 'https', path: ['globalAgent', 'options'] }`, the global `process.env` is
 * `{ module: 'process', path: ['env'] }`, the global `fetch` is `{ module: '<global>', path: ['fetch'] }`.
 */
export interface ModuleRef {
  readonly module: string;
  readonly path: readonly string[];
}

export const GLOBAL_MODULE = '<global>';
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/**
 * Core modules the Node REPL (and countless snippets) use without a `require`: an undeclared `https` or
 * `tls` is taken to be that module, so `https.createServer(...)` is known to be a server either way.
 */
const IMPLICIT_CORE_MODULES = new Set([
  'https',
  'http',
  'http2',
  'tls',
  'net',
  'crypto',
  'child_process',
  'process',
  'fs',
]);
const MAX_DEPTH = 12;

/** `node:https` → `https`; other specifiers unchanged. */
export function moduleName(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}

export function resolveModuleRef(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  depth = 0,
): ModuleRef | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierRef(analysis, target, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberRef(analysis, target, depth);
    case AST_NODE_TYPES.CallExpression: {
      const specifier = requiredModule(analysis, target);
      return specifier === undefined ? undefined : { module: specifier, path: [] };
    }
    case AST_NODE_TYPES.ImportExpression:
      return importedModule(analysis, target.source);
    case AST_NODE_TYPES.AwaitExpression:
      return target.argument.type === AST_NODE_TYPES.ImportExpression
        ? importedModule(analysis, target.argument.source)
        : undefined;
    default:
      return undefined;
  }
}

function importedModule(analysis: FileAnalysis, source: TSESTree.Node): ModuleRef | undefined {
  const value = evaluate(analysis, source);
  return value.kind === 'known' && typeof value.value === 'string'
    ? { module: moduleName(value.value), path: [] }
    : undefined;
}

function memberRef(
  analysis: FileAnalysis,
  node: TSESTree.MemberExpression,
  depth: number,
): ModuleRef | undefined {
  const base = resolveModuleRef(analysis, node.object, depth + 1);
  const name = base && propertyName(analysis, node);
  if (!base || name === undefined) return undefined;
  return extend(base, [name]);
}

/** Appends members, dropping the `default` of a module root and naming globals by their own module. */
function extend(base: ModuleRef, members: readonly string[]): ModuleRef {
  let ref: ModuleRef = base;
  for (const member of members) {
    if (ref.path.length === 0 && member === 'default' && ref.module !== GLOBAL_MODULE) continue;
    ref = { module: ref.module, path: [...ref.path, member] };
    ref = normalizeGlobal(ref);
  }
  return ref;
}

function normalizeGlobal(ref: ModuleRef): ModuleRef {
  if (ref.module !== GLOBAL_MODULE) return ref;
  const [head, ...rest] = ref.path;
  if (head !== undefined && GLOBAL_OBJECTS.has(head))
    return normalizeGlobal({ module: GLOBAL_MODULE, path: rest });
  if (head !== undefined && IMPLICIT_CORE_MODULES.has(head)) return { module: head, path: rest };
  return ref;
}

function identifierRef(
  analysis: FileAnalysis,
  node: TSESTree.Identifier,
  depth: number,
): ModuleRef | undefined {
  const variable = analysis.bindings.variableOf(node);
  if (variable === null) return normalizeGlobal({ module: GLOBAL_MODULE, path: [node.name] });
  return variable ? variableRef(analysis, variable, depth) : undefined;
}

function variableRef(
  analysis: FileAnalysis,
  variable: Variable,
  depth: number,
): ModuleRef | undefined {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return undefined;
  if (def.type === DefinitionType.ImportBinding) return importBindingRef(analysis, def.node);
  if (def.type !== DefinitionType.Variable || !isEffectivelyConst(variable)) return undefined;
  const init = def.node.init;
  if (!init) return undefined;
  const base = resolveModuleRef(analysis, init, depth + 1);
  if (!base || def.node.id === def.name) return base;
  const place = placeInPattern(def.name, def.node.id);
  return place && !place.defaultValue ? extend(base, place.path) : undefined;
}

function importBindingRef(
  analysis: FileAnalysis,
  node:
    | TSESTree.ImportDefaultSpecifier
    | TSESTree.ImportNamespaceSpecifier
    | TSESTree.ImportSpecifier
    | TSESTree.TSImportEqualsDeclaration,
): ModuleRef | undefined {
  if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = node.moduleReference;
    return reference.type === AST_NODE_TYPES.TSExternalModuleReference
      ? importedModule(analysis, reference.expression)
      : undefined;
  }
  const source = node.parent.type === AST_NODE_TYPES.ImportDeclaration ? node.parent.source : null;
  if (!source) return undefined;
  const module = moduleName(source.value);
  if (node.type !== AST_NODE_TYPES.ImportSpecifier) return { module, path: [] };
  const imported = literalName(node.imported);
  return imported === undefined ? undefined : extend({ module, path: [] }, [imported]);
}

/**
 * The module a `require(...)` call loads: the global `require`, or one made by
 * `createRequire(import.meta.url)`. Undefined for any other call.
 */
export function requiredModule(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): string | undefined {
  const callee = unwrap(call.callee);
  const argument = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.Identifier || !argument || !isRequire(analysis, callee)) {
    return undefined;
  }
  const value = evaluate(analysis, argument);
  return value.kind === 'known' && typeof value.value === 'string'
    ? moduleName(value.value)
    : undefined;
}

function isRequire(analysis: FileAnalysis, callee: TSESTree.Identifier): boolean {
  const variable = analysis.bindings.variableOf(callee);
  if (variable === null) return callee.name === 'require';
  const def = variable?.defs[0];
  if (def?.type !== DefinitionType.Variable || !def.node.init) return false;
  const init = unwrap(def.node.init);
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const ref = resolveModuleRef(analysis, init.callee);
  return refIs(ref, 'module', 'createRequire');
}

/** True when `ref` is `module` (after `node:`), optionally followed exactly by `path`. */
export function refIs(ref: ModuleRef | undefined, module: string, ...path: string[]): boolean {
  return (
    ref?.module === module &&
    ref.path.length === path.length &&
    ref.path.every((member, index) => member === path[index])
  );
}
