import type { FileOutput } from '../engine/analyze-file.js';
import type { FileTask } from './file-task.js';

/** Worker threads that analyze files: parsing and rules are CPU-bound and files are independent. */
export interface AnalysisPool {
  analyze(task: FileTask): Promise<FileOutput>;
  /** Ends the threads; pending analyses finish first. */
  close(): Promise<void>;
}

/** How a scan may spread analyses over threads. `src/platform/` provides it; tests may leave it out. */
export interface Parallelism {
  /** Worker threads a pool would have (see `nodeParallelism`); 0 means the main thread only. */
  readonly workers: number;
  /** The user chose the count: use a pool of `workers` whenever anything is parsed, however little. */
  readonly forced: boolean;
  startPool(workers: number): AnalysisPool;
}
