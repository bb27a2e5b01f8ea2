import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FunctionNode } from './ast.js';
import { Bindings } from './bindings.js';
import { evaluate, functionOf } from './evaluate.js';
import { usesOf, type Use } from './flow.js';
import { refIs, resolveModuleRef, type ModuleRef } from './modules.js';
import { ValueMemo } from './memo.js';
import type { Value } from './value.js';
import { WorkMeter } from '../../shared/work-meter.js';

/**
 * Steps one question may take (a value, the uses of an object, a module reference). Helpers that call
 * helpers that read variables branch at every level; without a bound a 7 KB file of minified decorator
 * helpers took minutes.
 */
export const QUESTION_STEP_LIMIT = 20_000;
/**
 * Everything rules may ask about one parsed file. Built once per file by the engine; the scope analysis
 * inside is computed on first use, so files where no rule needs it never pay for it.
 */
export class FileAnalysis {
  readonly memo: ValueMemo;
  private bindingsCache: Bindings | undefined;
  /** Several rules ask about the same option objects and callees; each answer is computed once. */
  private readonly usesCache = new Map<TSESTree.Node, Use[]>();
  private readonly moduleRefCache = new Map<TSESTree.Node, ModuleRef | undefined>();

  constructor(
    readonly program: TSESTree.Program,
    readonly text: string,
    /**
     * Counts this file's analysis work; rules stop when it is used up (see `WorkMeter`). The engine
     * gives every file its limit; without one (unit tests) only each question is bounded.
     */
    readonly meter = new WorkMeter(Number.POSITIVE_INFINITY, QUESTION_STEP_LIMIT),
  ) {
    this.memo = new ValueMemo(meter);
  }

  get bindings(): Bindings {
    this.bindingsCache ??= new Bindings(this.program);
    return this.bindingsCache;
  }

  /** The statically known value of an expression (see `Value`). */
  value(node: TSESTree.Node): Value {
    return evaluate(this, node);
  }

  /** The module member or global an expression denotes, e.g. `https.request` through any alias. */
  moduleRef(node: TSESTree.Node): ModuleRef | undefined {
    if (!this.moduleRefCache.has(node)) {
      const ref = this.meter.ask(() => resolveModuleRef(this, node));
      this.moduleRefCache.set(node, ref);
    }
    return this.moduleRefCache.get(node);
  }

  /** Where a value goes: calls it is passed to, members it is assigned to, or nowhere we can see. */
  uses(node: TSESTree.Node): readonly Use[] {
    let uses = this.usesCache.get(node);
    if (!uses) {
      uses = this.meter.ask(() => usesOf(this, node));
      this.usesCache.set(node, uses);
    }
    return uses;
  }

  /** `process.env` under any alias: `globalThis.process.env`, `import { env } from 'node:process'`, … */
  isEnvObject(node: TSESTree.Node): boolean {
    return refIs(this.moduleRef(node), 'process', 'env');
  }

  isObjectAssign(call: TSESTree.CallExpression): boolean {
    return refIs(this.moduleRef(call.callee), '<global>', 'Object', 'assign');
  }

  /** The function declared in this file that a call invokes, if it is one. */
  calledFunction(call: TSESTree.CallExpression): FunctionNode | undefined {
    if (call.callee.type === AST_NODE_TYPES.Super) return undefined;
    return functionOf(this, call.callee);
  }
}
