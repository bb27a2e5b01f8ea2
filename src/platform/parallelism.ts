import { availableParallelism } from 'node:os';
import type TinypoolClass from 'tinypool';
import type { FileTask } from '../scan/file-task.js';
import type { AnalysisPool, Parallelism } from '../scan/parallel.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { workerModule } from './worker-module.js';

/**
 * Worker threads through tinypool: `requested` is the user's `--workers` (forced), otherwise chosen here
 * and used only when a scan has enough to parse. Without a bundle to load in workers (running from the
 * sources), everything stays on the main thread.
 */
export function nodeParallelism(requested: number | undefined): Parallelism {
  const filename = workerModule();
  return {
    workers: filename === undefined ? 0 : workerCount(requested),
    forced: requested !== undefined,
    startPool: (workers) => {
      if (filename === undefined) throw new Error('no worker module registered');
      return tinypool(filename, workers);
    },
  };
}

// The copy scripts/build.mjs puts next to the bundle (dist/lib/vendor/), loaded as it is published: a
// bundled tinypool cannot find its worker entry. The variable and webpackIgnore keep ncc's hands off.
const TINYPOOL = './vendor/tinypool/dist/index.js';

function tinypool(filename: string, workers: number): AnalysisPool {
  const pool = (
    import(/* webpackIgnore: true */ TINYPOOL) as Promise<{ default: typeof TinypoolClass }>
  ).then(
    ({ default: Tinypool }) =>
      new Tinypool({
        filename,
        name: 'analyzeInWorker',
        minThreads: workers,
        maxThreads: workers,
        // A smaller young generation than V8's default: measured on the npm corpus, peak RSS with two
        // workers dropped from 630-680 MB to ~530 MB at no cost in time. The capped old generation makes
        // V8 collect instead of growing: 907 MB -> 460 MB with two workers (see workerHeapMb).
        // The stack matches the main thread's (V8's default 984 KB; Node keeps 192 KB of a worker's
        // stack in reserve), so how deeply nested a file may be does not depend on which thread
        // analyzes it: with the default 4 MB, a file could be analyzed in a worker but be too complex
        // on the main thread, and its findings would come and go with the pool.
        resourceLimits: {
          maxYoungGenerationSizeMb: 8,
          maxOldGenerationSizeMb: workerHeapMb(),
          stackSizeMb: (984 + 192) / 1024,
        },
      }),
  );
  return {
    analyze: async (task: FileTask) => (await pool).run(task) as Promise<FileOutput>,
    close: async () => {
      await (await pool.catch(() => undefined))?.destroy();
    },
  };
}

/**
 * Old-generation heap per worker. V8 otherwise grows the heap rather than collect while it parses a
 * megabyte bundle: on the npm corpus peak RSS with two workers was 907 MB uncapped and 460-475 MB at
 * 160, 256 or 384 MB. A file that needs more kills its worker; the dispatcher then analyzes that file
 * on the main thread, whose heap is not capped, so no file is lost (`TLSGUARD_WORKER_HEAP_MB` sets
 * it, for tests).
 */
function workerHeapMb(): number {
  const configured = Number(process.env.TLSGUARD_WORKER_HEAP_MB);
  return Number.isInteger(configured) && configured > 0 ? configured : 384;
}

/**
 * `--workers 1` is the main thread only (0 workers). Automatically, one worker per CPU but one: the
 * main thread reads and prefilters meanwhile. On the npm corpus with 2 CPUs one worker took about as
 * long as two (13.2-14.2 s against 12.3-13.1 s) at 313-325 MB peak RSS instead of 450-467 MB.
 */
function workerCount(requested: number | undefined): number {
  if (requested !== undefined) return requested <= 1 ? 0 : requested;
  return Math.max(availableParallelism() - 1, 0);
}
