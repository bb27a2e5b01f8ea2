import { analyzeTask, type FileTask } from '../scan/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { loadLanguage } from '../languages/index.js';
import { RULES } from '../rules/index.js';
import { enableCompileCache } from './compile-cache.js';

// Each worker thread loads the parser for itself: let it use the compile cache too.
enableCompileCache();

const registry = new Map(RULES.map((rule) => [rule.id, rule]));

/** One file's analysis inside a worker thread (the pool's task handler). */
export async function analyzeInWorker(task: FileTask): Promise<FileOutput> {
  return analyzeTask(await loadLanguage(task.language), task, registry);
}
