import type { FileTask } from './scan/file-task.js';
import type { FileOutput } from './engine/analyze-file.js';
import { setWorkerModule } from './platform/worker-module.js';

// Worker threads load this same bundle entry (see analyzeInWorker below).
setWorkerModule(import.meta.url);

/**
 * The ncc entry: one bundle shared by the Action (dist/index.js) and the CLI (dist/cli/index.js), so the
 * TypeScript compiler inside typescript-estree ships once. Each entry loads only its own chunk.
 */
export async function startAction(): Promise<void> {
  (await import('./platform/compile-cache.js')).enableCompileCache();
  await import('./action/index.js');
}

export async function startCli(): Promise<void> {
  (await import('./platform/compile-cache.js')).enableCompileCache();
  await import('./cli/index.js');
}

/**
 * The ESLint plugin (`tlsguard/eslint`: dist/eslint/index.js), its parser loaded: ESLint runs rules
 * synchronously, so typescript-estree must be ready before the first file is linted.
 */
export async function loadEslintPlugin(): Promise<object> {
  const [{ createPlugin }, { loadParser }] = await Promise.all([
    import('./eslint/plugin.js'),
    import('./languages/javascript/parser.js'),
  ]);
  return createPlugin(await loadParser());
}

/** The worker pool's task handler: worker threads import this file and call it once per file. */
export async function analyzeInWorker(task: FileTask): Promise<FileOutput> {
  const worker = await import('./platform/analysis-worker.js');
  return worker.analyzeInWorker(task);
}

/**
 * For `npm run bench`: every word the prefilter looks for (it times `rg` searching the same words) and
 * every rule id (to time a scan with all rules off: reading and prefiltering only).
 */
export async function benchInfo(): Promise<{
  words: readonly string[];
  pythonWords: readonly string[];
  ruleIds: string[];
}> {
  const [{ RULES }, { createPrefilter }, { DIRECTIVE_MARKER }] = await Promise.all([
    import('./rules/index.js'),
    import('./prefilter/prefilter.js'),
    import('./engine/suppressions.js'),
  ]);
  const words = (language: 'javascript' | 'python') =>
    createPrefilter(RULES, { language, alsoParseOn: [DIRECTIVE_MARKER] }).words;
  return {
    words: words('javascript'),
    pythonWords: words('python'),
    ruleIds: RULES.map((rule) => rule.id),
  };
}

/**
 * For `npm run bench -- --corpus large-files`: one file through the parser and every rule, prefilter or
 * not (the worst case for the analysis), with the time of each stage and the analysis steps taken.
 */
export async function benchAnalyzeFile(
  path: string,
  text: string,
): Promise<{ parseMs: number; rulesMs: number; steps: number; stopped: boolean; ok: boolean }> {
  const [{ loadParser }, { RULES }, { JAVASCRIPT_CHECKERS }, { runCheckers }, engine] =
    await Promise.all([
      import('./languages/javascript/parser.js'),
      import('./rules/index.js'),
      import('./rules/checkers/javascript.js'),
      import('./languages/javascript/run-checkers.js'),
      import('./engine/analyze-file.js'),
    ]);
  const parser = await loadParser();
  const started = performance.now();
  const parsed = parser.parse(text, path);
  const parseMs = performance.now() - started;
  if (!parsed.ok) return { parseMs, rulesMs: 0, steps: 0, stopped: false, ok: false };
  const rules = RULES.flatMap((rule) => {
    const checker = JAVASCRIPT_CHECKERS.get(rule.id);
    return checker ? [{ rule, checker }] : [];
  });
  const limits = { maxNodes: engine.MAX_AST_NODES, maxSteps: engine.FILE_STEP_LIMIT };
  const run = runCheckers(parsed.program, text, path, rules, limits);
  const rulesMs = performance.now() - started - parseMs;
  return { parseMs, rulesMs, steps: run.steps, stopped: run.stoppedAt !== undefined, ok: true };
}
