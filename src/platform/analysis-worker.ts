import { analyzeTask, type FileTask } from '../core/file-task.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { loadParser } from '../parse/parser.js';
import { RULES } from '../rules/index.js';

const registry = new Map(RULES.map((rule) => [rule.id, rule]));

/** One file's analysis inside a worker thread (the pool's task handler). */
export async function analyzeInWorker(task: FileTask): Promise<FileOutput> {
  return analyzeTask(await loadParser(), task, registry);
}
