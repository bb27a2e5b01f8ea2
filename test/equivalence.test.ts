import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../src/cache/result-cache.js';
import { scan } from '../src/scan/scan.js';
import { resolveSettings } from '../src/scan/settings.js';
import { silentLogger } from '../src/core/logger.js';
import { nodeFileSystem } from '../src/platform/node-fs.js';
import { nodeGit } from '../src/platform/node-git.js';
import { RULES } from '../src/rules/index.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** Every fixture project: each folder of test/fixtures/ (new ones are picked up automatically). */
const FIXTURES = readdirSync(join(REPO_ROOT, 'test', 'fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(REPO_ROOT, 'test', 'fixtures', entry.name));

async function scanInProcess(root: string, prefilter: boolean, resultCache?: ResultCache) {
  const settings = await resolveSettings(root, [root], { baseline: false }, RULES, nodeFileSystem);
  const result = await scan(
    { ...settings.scan, prefilter },
    {
      fs: nodeFileSystem,
      git: nodeGit,
      logger: silentLogger,
      now: () => 0,
      ...(resultCache ? { resultCache } : {}),
    },
  );
  return {
    findings: result.findings,
    suppressed: result.suppressed,
    diagnostics: result.diagnostics,
    parsed: result.stats.filesParsed,
    fromCache: result.stats.filesFromCache,
    discovered: result.stats.filesDiscovered,
  };
}

interface JsonReport {
  stats: { durationMs?: number; workers?: number; filesParsed: number };
}

async function scanWithWorkers(root: string, workers: string) {
  const run = await runCli([
    'scan',
    '--format',
    'json',
    '--no-baseline',
    '--workers',
    workers,
    root,
  ]);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as JsonReport;
  const used = report.stats.workers;
  // Only the duration and the worker count may differ.
  delete report.stats.durationMs;
  delete report.stats.workers;
  return { code: run.code, used, report };
}

describe.each(FIXTURES)('fixture %s', (root) => {
  it('has identical findings with and without the prefilter', async () => {
    const filtered = await scanInProcess(root, true);
    const everything = await scanInProcess(root, false);
    expect(everything.parsed).toBe(everything.discovered);
    expect(filtered.findings).toEqual(everything.findings);
    expect(filtered.suppressed).toEqual(everything.suppressed);
    expect(filtered.diagnostics).toEqual(everything.diagnostics);
  });

  it('has identical findings when the analyses come from the result cache', async () => {
    const filling = ResultCache.empty('this build', 'k');
    const first = await scanInProcess(root, true, filling);
    const loaded = ResultCache.load(filling.serialize(false), 'this build', 'k');
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    const second = await scanInProcess(root, true, loaded.cache);
    expect(second).toEqual({ ...first, parsed: 0, fromCache: first.parsed });
  });

  it('has identical output with the worker pool (built dist/) and without it', async () => {
    const single = await scanWithWorkers(root, '1');
    const pooled = await scanWithWorkers(root, '2');
    expect(single.used).toBe(0);
    expect(pooled.report).toEqual(single.report);
    expect(pooled.code).toBe(single.code);
    // The pool really ran (a broken one falls back to the main thread with a warning on stderr).
    if (single.report.stats.filesParsed > 0) expect(pooled.used).toBe(2);
  });
});
