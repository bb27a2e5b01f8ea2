import type { FileOutput } from '../engine/analyze-file.js';
import type { FileTask } from './file-task.js';
import type { AnalysisPool, Parallelism } from './parallel.js';

/**
 * Text waiting to be parsed before a worker pool pays for itself. Each worker loads the parser and warms
 * up its JIT on its own (typescript-estree runs 2-3x slower cold), and holds its own compiler in memory
 * (~100 MB more per worker). Measured on 2 CPUs (docs/performance.md): a pool costs 1.5-2 s more CPU in
 * all; on an idle machine it wins from ~1-2 MB of source, on a busy one only from ~4-8 MB.
 */
export const POOL_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** Per worker, analyses handed to the pool ahead of time, so a worker never idles waiting for the next. */
const QUEUED_PER_WORKER = 4;

export interface Accepted {
  readonly output: Promise<FileOutput>;
}

/**
 * Decides where files are analyzed. Until enough text to parse has come in, tasks wait (they are few and
 * small by definition); then either a pool starts and takes them, or — when the scan turns out small —
 * `settle()` runs them on the main thread. With a pool, `accept` waits while the pool is full, which
 * keeps the texts in memory bounded however fast files are read.
 */
export class Dispatcher {
  private mode: 'waiting' | 'local' | 'pool';
  private pool: AnalysisPool | undefined;
  private readonly waiting: { task: FileTask; settle: (output: Promise<FileOutput>) => void }[] =
    [];
  private waitingBytes = 0;
  private inFlight = 0;
  private readonly slotFreed: (() => void)[] = [];

  private analyzedInPool = 0;

  constructor(
    private readonly local: (task: FileTask) => Promise<FileOutput>,
    private readonly parallelism: Parallelism | undefined,
    private readonly warn: (message: string) => void,
  ) {
    this.mode =
      parallelism === undefined || parallelism.workers < 1
        ? 'local'
        : parallelism.forced
          ? 'pool'
          : 'waiting';
  }

  /** Resolves once the task is taken (at once, unless the pool is full); `output` is its analysis. */
  async accept(task: FileTask): Promise<Accepted> {
    while (this.mode === 'pool' && this.inFlight >= this.capacity()) {
      await new Promise<void>((wake) => this.slotFreed.push(wake));
    }
    if (this.mode === 'local') return { output: Promise.resolve(await this.local(task)) };
    if (this.mode === 'pool') return { output: this.toPool(task) };
    const output = new Promise<Promise<FileOutput>>((settle) => {
      this.waiting.push({ task, settle });
    }).then((promise) => promise);
    this.waitingBytes += task.text.length;
    if (this.waitingBytes >= POOL_THRESHOLD_BYTES) this.release('pool');
    return { output };
  }

  /** No more files from the scan: what still waits runs on the main thread. The pool stays for `accept`. */
  settle(): void {
    if (this.mode === 'waiting') this.release('local');
  }

  async close(): Promise<void> {
    this.settle();
    await this.pool?.close();
    this.pool = undefined;
  }

  /** Worker threads that analyzed files (0: all on the main thread). */
  get workersUsed(): number {
    return this.analyzedInPool > 0 ? (this.parallelism?.workers ?? 0) : 0;
  }

  private release(mode: 'local' | 'pool'): void {
    this.mode = mode;
    const waiting = this.waiting.splice(0);
    this.waitingBytes = 0;
    for (const { task, settle } of waiting) {
      settle(mode === 'pool' ? this.toPool(task) : this.local(task));
    }
  }

  private toPool(task: FileTask): Promise<FileOutput> {
    const pool = this.startedPool();
    if (!pool) return this.local(task);
    this.inFlight++;
    return pool
      .analyze(task)
      .then((output) => {
        this.analyzedInPool++;
        return output;
      })
      .catch((error: unknown) => this.poolFailed(error, task))
      .finally(() => {
        this.inFlight--;
        this.slotFreed.shift()?.();
      });
  }

  private startedPool(): AnalysisPool | undefined {
    if (this.mode === 'pool' && !this.pool && this.parallelism) {
      try {
        this.pool = this.parallelism.startPool(this.parallelism.workers);
      } catch (error) {
        this.fallBack(error);
      }
    }
    return this.mode === 'pool' ? this.pool : undefined;
  }

  /**
   * A broken pool (a worker that cannot start or crashed) must not lose files: the main thread takes
   * over. A worker that ran out of its capped heap on one large file is not broken: that file goes to
   * the main thread, whose heap is not capped, and the pool (which replaces the worker) goes on.
   */
  private poolFailed(error: unknown, task: FileTask): Promise<FileOutput> {
    if (this.mode === 'pool' && !isOutOfMemory(error)) this.fallBack(error);
    return this.local(task);
  }

  private fallBack(error: unknown): void {
    this.mode = 'local';
    this.warn(
      `the worker threads failed (${error instanceof Error ? error.message : String(error)}); ` +
        'analyzing on the main thread instead',
    );
    for (const wake of this.slotFreed.splice(0)) wake();
  }

  private capacity(): number {
    return (this.parallelism?.workers ?? 1) * QUEUED_PER_WORKER;
  }
}

function isOutOfMemory(error: unknown): boolean {
  return (
    error instanceof Error &&
    ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY' ||
      /out of memory/i.test(error.message))
  );
}
