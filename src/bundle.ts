import type { FileTask } from './core/file-task.js';
import type { FileOutput } from './engine/analyze-file.js';
import { setWorkerModule } from './platform/worker-module.js';

// Worker threads load this same bundle entry (see analyzeInWorker below).
setWorkerModule(import.meta.url);

/**
 * The ncc entry: one bundle shared by the Action (dist/index.js) and the CLI (dist/cli/index.js), so the
 * TypeScript compiler inside typescript-estree ships once. Each entry loads only its own chunk.
 */
export async function startAction(): Promise<void> {
  await import('./action/index.js');
}

export async function startCli(): Promise<void> {
  await import('./cli/index.js');
}

/** The worker pool's task handler: worker threads import this file and call it once per file. */
export async function analyzeInWorker(task: FileTask): Promise<FileOutput> {
  const worker = await import('./platform/analysis-worker.js');
  return worker.analyzeInWorker(task);
}

/** Every word the prefilter looks for, for `npm run bench` (it times `rg` searching the same words). */
export async function prefilterWords(): Promise<readonly string[]> {
  const [{ RULES }, { createPrefilter }, { DIRECTIVE_MARKER }] = await Promise.all([
    import('./rules/index.js'),
    import('./prefilter/prefilter.js'),
    import('./engine/suppressions.js'),
  ]);
  return createPrefilter(RULES, { alsoParseOn: [DIRECTIVE_MARKER] }).words;
}
