import { describe, expect, it } from 'vitest';
import type { FileOutput } from '../engine/analyze-file.js';
import { Dispatcher, POOL_THRESHOLD_BYTES } from './dispatch.js';
import type { FileTask } from './file-task.js';
import type { AnalysisPool, Parallelism } from './parallel.js';

function task(path: string, bytes = 10): FileTask {
  return {
    path,
    language: 'javascript',
    text: 'x'.repeat(bytes),
    ruleIds: [],
    severityCap: undefined,
    settings: { knownRuleIds: [], activeRuleIds: [], ruleSeverities: [] },
  };
}

const output = (where: string): FileOutput => ({
  findings: [],
  suppressed: [],
  diagnostics: [{ file: where, kind: 'internal-error', message: where }],
});

/**
 * Records where each task ran; `failing` makes every pool task reject (a worker that cannot start), or
 * only the tasks it names with a worker's out-of-memory error.
 */
function setup(workers: number, forced: boolean, failing: boolean | readonly string[] = false) {
  const ran: string[] = [];
  let pools = 0;
  let closed = 0;
  const parallelism: Parallelism = {
    workers,
    forced,
    startPool: (): AnalysisPool => {
      pools++;
      return {
        analyze: (t) => {
          if (failing === true) return Promise.reject(new Error('worker died'));
          if (failing !== false && failing.includes(t.path)) {
            const error = new Error(
              'Worker terminated due to reaching memory limit: JS heap out of memory',
            );
            return Promise.reject(Object.assign(error, { code: 'ERR_WORKER_OUT_OF_MEMORY' }));
          }
          ran.push(`pool:${t.path}`);
          return Promise.resolve(output('pool'));
        },
        close: () => {
          closed++;
          return Promise.resolve();
        },
      };
    },
  };
  const warnings: string[] = [];
  const dispatcher = new Dispatcher(
    (t) => {
      ran.push(`local:${t.path}`);
      return Promise.resolve(output('local'));
    },
    parallelism,
    (message) => warnings.push(message),
  );
  return { dispatcher, ran, warnings, pools: () => pools, closed: () => closed };
}

describe('Dispatcher', () => {
  it('keeps a small scan on the main thread: no pool is started', async () => {
    const { dispatcher, ran, pools } = setup(2, false);
    const accepted = await Promise.all([
      dispatcher.accept(task('a')),
      dispatcher.accept(task('b')),
    ]);
    expect(ran).toEqual([]);
    dispatcher.settle();
    await Promise.all(accepted.map((a) => a.output));
    expect(ran).toEqual(['local:a', 'local:b']);
    expect(pools()).toBe(0);
    expect(dispatcher.workersUsed).toBe(0);
  });

  it('starts the pool once enough text waits, and hands it everything from then on', async () => {
    const { dispatcher, ran, pools, closed } = setup(2, false);
    const first = await dispatcher.accept(task('a', POOL_THRESHOLD_BYTES - 1));
    const second = await dispatcher.accept(task('b', 1));
    const third = await dispatcher.accept(task('c'));
    await Promise.all([first.output, second.output, third.output]);
    expect(ran).toEqual(['pool:a', 'pool:b', 'pool:c']);
    expect(pools()).toBe(1);
    expect(dispatcher.workersUsed).toBe(2);
    await dispatcher.close();
    expect(closed()).toBe(1);
  });

  it('uses the pool for any scan when the worker count is forced, and never with no worker', async () => {
    const forced = setup(2, true);
    await (
      await forced.dispatcher.accept(task('a'))
    ).output;
    expect(forced.ran).toEqual(['pool:a']);
    const single = setup(0, true);
    await (
      await single.dispatcher.accept(task('a', POOL_THRESHOLD_BYTES))
    ).output;
    expect(single.ran).toEqual(['local:a']);
  });

  it('falls back to the main thread with a warning when the pool fails, losing no file', async () => {
    const { dispatcher, ran, warnings } = setup(2, true, true);
    const outputs = await Promise.all(
      ['a', 'b', 'c'].map(async (path) => (await dispatcher.accept(task(path))).output),
    );
    expect(outputs.map((o) => o.diagnostics[0]?.file)).toEqual(['local', 'local', 'local']);
    expect(ran.sort()).toEqual(['local:a', 'local:b', 'local:c']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('worker died');
    expect(dispatcher.workersUsed).toBe(0);
  });

  it('analyzes a file whose worker ran out of its capped heap on the main thread, and keeps the pool', async () => {
    const { dispatcher, ran, warnings } = setup(2, true, ['big']);
    const outputs = await Promise.all(
      ['a', 'big', 'c'].map(async (path) => (await dispatcher.accept(task(path))).output),
    );
    expect(outputs.map((o) => o.diagnostics[0]?.file)).toEqual(['pool', 'local', 'pool']);
    expect(ran.sort()).toEqual(['local:big', 'pool:a', 'pool:c']);
    expect(warnings).toEqual([]);
  });

  it('waits while the pool is full, so texts in memory stay bounded', async () => {
    const release: (() => void)[] = [];
    const parallelism: Parallelism = {
      workers: 0,
      forced: true,
      startPool: () => ({
        analyze: () => new Promise((resolve) => release.push(() => resolve(output('pool')))),
        close: () => Promise.resolve(),
      }),
    };
    const dispatcher = new Dispatcher(
      () => Promise.resolve(output('local')),
      parallelism,
      () => undefined,
    );
    // No worker: the main thread only.
    expect((await (await dispatcher.accept(task('a'))).output).diagnostics[0]?.file).toBe('local');
    const two: Parallelism = { ...parallelism, workers: 2 };
    const pooled = new Dispatcher(
      () => Promise.resolve(output('local')),
      two,
      () => undefined,
    );
    const taken: string[] = [];
    const all = Array.from({ length: 10 }, (_, i) =>
      pooled.accept(task(`f${i}`)).then((a) => {
        taken.push(`f${i}`);
        return a.output;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(taken).toHaveLength(8);
    release.splice(0).forEach((wake) => wake());
    await new Promise((resolve) => setTimeout(resolve, 10));
    release.splice(0).forEach((wake) => wake());
    await Promise.all(all);
    expect(taken).toHaveLength(10);
  });
});
