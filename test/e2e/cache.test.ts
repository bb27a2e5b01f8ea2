import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, type CliRun } from '../helpers/run-cli.js';

interface Report {
  findings: { file: string; line: number; ruleId: string; fingerprint: string }[];
  stats: { filesParsed: number; filesFromCache?: number; workers: number };
}

const PROJECT = {
  'client.js': "https.request('https://x', {\n  rejectUnauthorized: false,\n});\n",
  'server.js': "tls.createServer({ minVersion: 'TLSv1' });\n",
  'plain.js': 'console.log(1);\n',
};

function report(run: CliRun): Report {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

async function scanJson(folder: string, ...flags: string[]): Promise<Report> {
  return report(await runCli(['scan', '--format', 'json', '--no-baseline', ...flags, folder]));
}

describe('tlsguard scan --cache (dist/cli/index.js)', () => {
  it('reuses the analyses of unchanged files and gives the same findings', async () => {
    const folder = tempProject(PROJECT);
    const first = await scanJson(folder, '--cache');
    expect(first.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0 });
    expect(readFileSync(join(folder, '.tlsguard-cache'), 'utf8')).toMatch(
      /^\{"tool":"tlsguard-cache"/,
    );

    const second = await scanJson(folder, '--cache');
    expect(second.stats).toMatchObject({ filesParsed: 0, filesFromCache: 2 });
    expect(second.findings).toEqual(first.findings);

    writeFileSync(join(folder, 'client.js'), `// moved down\n${PROJECT['client.js']}`);
    const third = await scanJson(folder, '--cache');
    expect(third.stats).toMatchObject({ filesParsed: 1, filesFromCache: 1 });
    expect(third.findings.map((f) => [f.file, f.line])).toEqual([
      ['client.js', 3],
      ['server.js', 1],
    ]);
  });

  it('stores what worker threads analyzed like what the main thread did', async () => {
    const folder = tempProject(PROJECT);
    const uncached = await scanJson(folder, '--workers', '1');
    const inPool = await scanJson(folder, '--workers', '2', '--cache');
    expect(inPool.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0, workers: 2 });
    const fromCache = await scanJson(folder, '--workers', '2', '--cache');
    expect(fromCache.stats).toMatchObject({ filesParsed: 0, filesFromCache: 2 });
    expect(fromCache.findings).toEqual(uncached.findings);
    expect(inPool.findings).toEqual(uncached.findings);
  });

  it('misses when the configuration changes what the analysis does', async () => {
    const folder = tempProject(PROJECT);
    await scanJson(folder, '--cache');
    writeFileSync(
      join(folder, '.tlsguard.json'),
      '{ "rules": { "no-insecure-tls-version": "off" } }\n',
    );
    const next = await scanJson(folder, '--cache');
    // server.js no longer has a trigger of any enabled rule; client.js is analyzed again.
    expect(next.stats).toMatchObject({ filesParsed: 1, filesFromCache: 0 });
    expect(next.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
  });

  it('writes where --cache-location says, into a folder or a file', async () => {
    const folder = tempProject({ ...PROJECT, 'cache/.keep': '' });
    await scanJson(folder, '--cache-location', join(folder, 'cache'));
    expect(readFileSync(join(folder, 'cache', '.tlsguard-cache'), 'utf8')).toContain(
      'tlsguard-cache',
    );
    await scanJson(folder, '--cache-location', join(folder, 'results.json'));
    const again = await scanJson(folder, '--cache-location', join(folder, 'results.json'));
    expect(again.stats.filesFromCache).toBe(2);
  });

  it('warns when it cannot write the cache, and the scan result stands', async () => {
    const folder = tempProject(PROJECT);
    const missing = `${join(folder, 'no-such-folder')}/`;
    const run = await runCli(['scan', '--no-baseline', '--cache-location', missing, folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('rejectUnauthorized: false');
    expect(run.stderr).toMatch(
      new RegExp(`^warning: could not write the cache ${missing}\\.tlsguard-cache: ENOENT`),
    );
  });

  it('refuses to overwrite a file that is not a tlsguard cache (exit 2), and leaves it as it was', async () => {
    const folder = tempProject(PROJECT);
    const notACache = join(folder, 'package.json');
    writeFileSync(notACache, '{ "name": "app" }\n');
    const run = await runCli(['scan', '--no-baseline', '--cache-location', notACache, folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `tlsguard: ${notACache}: not a tlsguard cache file (no "tool": "tlsguard-cache"); tlsguard will not overwrite it — delete it or choose another --cache-location\n`,
    );
    expect(readFileSync(notACache, 'utf8')).toBe('{ "name": "app" }\n');
  });

  it('starts afresh from a cache written by another tlsguard build', async () => {
    const folder = tempProject(PROJECT);
    writeFileSync(
      join(folder, '.tlsguard-cache'),
      '{"tool":"tlsguard-cache","version":1,"identity":"an older build","entries":{}}\n',
    );
    const run = await scanJson(folder, '--cache');
    expect(run.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0 });
    expect(readFileSync(join(folder, '.tlsguard-cache'), 'utf8')).not.toContain('an older build');
  });
});
