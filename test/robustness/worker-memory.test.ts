import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/run-cli.js';

const INSECURE = "const https = require('https');\nhttps.get(u, { rejectUnauthorized: false });\n";

interface JsonReport {
  findings: { file: string; line: number }[];
  diagnostics: unknown[];
}

describe('worker threads with a capped heap (dist CLI)', () => {
  it('a file that exhausts a worker is analyzed on the main thread: same findings, no warning', async () => {
    // ~1.2 MB of object literals: parsing it needs far more than the 16 MB heap given to workers.
    const bundle = `${'var o = { a: [1, 2, 3], b: { c: "d" } };\n'.repeat(30_000)}${INSECURE}`;
    const root = tempProject({ 'bundle.js': bundle, 'small.js': INSECURE });
    const scan = (workers: string, env: Record<string, string> = {}) =>
      runCli(['scan', '--no-baseline', '--format', 'json', '--workers', workers, root], { env });

    const pooled = await scan('2', { TLSGUARD_WORKER_HEAP_MB: '16' });
    const local = await scan('1');
    expect(pooled.stderr).toBe('');
    expect(pooled.code).toBe(1);
    const findings = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as JsonReport).findings.map((f) => `${f.file}:${f.line}`).sort();
    expect(findings(pooled)).toEqual(['bundle.js:30002', 'small.js:2']);
    expect(findings(pooled)).toEqual(findings(local));
    expect((JSON.parse(pooled.stdout) as JsonReport).diagnostics).toEqual([]);
  });
});
