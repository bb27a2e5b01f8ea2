import type { Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap, type FunctionNode } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import {
  GLOBAL_MODULE,
  refIs,
  type ModuleRef,
} from '../../languages/javascript/analysis/modules.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';

/** A call that takes key material out of the process. */
export interface KeySink {
  readonly call: TSESTree.CallExpression;
  /** `file`: fs writes and writable streams; `log`: console, stdout and logger methods. */
  readonly kind: 'file' | 'log';
  /** The file path argument, when the sink names one (`fs.appendFileSync(path, …)`). */
  readonly path: TSESTree.Node | undefined;
}

const MAX_HELPER_DEPTH = 3;
const FS_WRITES = [
  'appendFileSync',
  'appendFile',
  'writeFileSync',
  'writeFile',
  'writeSync',
  'write',
];
const FS_PROMISE_WRITES = ['appendFile', 'writeFile'];
const STREAM_WRITES = new Set(['write', 'end', 'appendFile']);
const LOG_METHODS = new Set(['log', 'info', 'debug', 'trace', 'warn', 'error', 'verbose', 'silly']);

/**
 * The calls through which a `'keylog'` handler sends its first argument (the NSS key-log line) out of
 * the process: directly, through variables derived from it, or through helper functions declared in
 * the same file. A handler that only counts lines or keeps them in memory has no sinks.
 */
export function keySinks(analysis: FileAnalysis, handler: FunctionNode): KeySink[] {
  const sinks: KeySink[] = [];
  followParameters(analysis, handler, [0], sinks, new Set(), 0);
  return sinks;
}

function followParameters(
  analysis: FileAnalysis,
  fn: FunctionNode,
  indexes: readonly number[],
  sinks: KeySink[],
  seen: Set<FunctionNode>,
  depth: number,
): void {
  if (seen.has(fn) || depth > MAX_HELPER_DEPTH) return;
  seen.add(fn);
  const tainted = new Set<Variable>();
  const declared = analysis.bindings.declaredBy(fn);
  for (const index of indexes) {
    const parameter = fn.params[index];
    const variable =
      parameter?.type === AST_NODE_TYPES.Identifier
        ? declared.find((v) => v.name === parameter.name)
        : undefined;
    if (variable) tainted.add(variable);
  }
  if (tainted.size === 0) return;
  const visit = (node: TSESTree.Node): void => {
    forEachChild(node, visit);
    if (node.type === AST_NODE_TYPES.VariableDeclarator) taintDeclarator(analysis, node, tainted);
    if (node.type === AST_NODE_TYPES.CallExpression) {
      inspectCall(analysis, node, tainted, sinks, (helper, helperIndexes) =>
        followParameters(analysis, helper, helperIndexes, sinks, seen, depth + 1),
      );
    }
  };
  visit(fn.body);
}

/** `const text = line.toString('hex')` carries the key material on. */
function taintDeclarator(
  analysis: FileAnalysis,
  declarator: TSESTree.VariableDeclarator,
  tainted: Set<Variable>,
): void {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return;
  if (!mentions(analysis, declarator.init, tainted)) return;
  const variable = analysis.bindings.declaredBy(declarator)[0];
  if (variable) tainted.add(variable);
}

function inspectCall(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
  tainted: ReadonlySet<Variable>,
  sinks: KeySink[],
  intoHelper: (helper: FunctionNode, indexes: number[]) => void,
): void {
  const carrying = call.arguments.flatMap((argument, index) =>
    mentions(analysis, argument, tainted) ? [index] : [],
  );
  if (carrying.length === 0) return;
  const sink = sinkOf(analysis, call);
  if (sink) {
    sinks.push(sink);
    return;
  }
  const helper = analysis.calledFunction(call);
  if (helper) intoHelper(helper, carrying);
}

function sinkOf(analysis: FileAnalysis, call: TSESTree.CallExpression): KeySink | undefined {
  const ref = implicitFs(analysis.moduleRef(call.callee));
  if (isFsWrite(ref)) return { call, kind: 'file', path: call.arguments[0] };
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = literalName(callee.property);
  if (method === undefined) return undefined;
  const receiver = analysis.moduleRef(callee.object);
  if (refIs(receiver, 'process', 'stdout') || refIs(receiver, 'process', 'stderr')) {
    return { call, kind: 'log', path: undefined };
  }
  if (STREAM_WRITES.has(method)) {
    return { call, kind: 'file', path: writeStreamPath(analysis, callee.object) };
  }
  return LOG_METHODS.has(method) ? { call, kind: 'log', path: undefined } : undefined;
}

/** Snippets use `fs` without a `require`, as they do `tls` and `https`. */
function implicitFs(ref: ModuleRef | undefined): ModuleRef | undefined {
  const [head, ...rest] = ref?.path ?? [];
  return ref?.module === GLOBAL_MODULE && head === 'fs' ? { module: 'fs', path: rest } : ref;
}

function isFsWrite(ref: ModuleRef | undefined): boolean {
  return (
    FS_WRITES.some((name) => refIs(ref, 'fs', name)) ||
    FS_PROMISE_WRITES.some((name) => refIs(ref, 'fs', 'promises', name)) ||
    FS_PROMISE_WRITES.some((name) => refIs(ref, 'fs/promises', name))
  );
}

/** The path given to `fs.createWriteStream(path)` when `stream` is (a constant holding) one. */
function writeStreamPath(analysis: FileAnalysis, stream: TSESTree.Node): TSESTree.Node | undefined {
  let target = unwrap(stream);
  if (target.type === AST_NODE_TYPES.Identifier)
    target = constInitializer(analysis, target) ?? target;
  if (target.type !== AST_NODE_TYPES.CallExpression) return undefined;
  return refIs(implicitFs(analysis.moduleRef(target.callee)), 'fs', 'createWriteStream')
    ? target.arguments[0]
    : undefined;
}

function mentions(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  tainted: ReadonlySet<Variable>,
): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = analysis.bindings.variableOf(node);
    return variable !== null && variable !== undefined && tainted.has(variable);
  }
  let found = false;
  forEachChild(node, (child) => {
    found ||= mentions(analysis, child, tainted);
  });
  return found;
}
