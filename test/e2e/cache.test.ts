import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
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

/** A user cache folder of its own for each test (XDG_CACHE_HOME). */
function cacheHome(): string {
  return mkdtempSync(join(tmpdir(), 'tlsguard-xdg-'));
}

async function scanJson(folder: string, ...flags: string[]): Promise<Report> {
  return report(await scanWith(folder, cacheHome(), ...flags));
}

function scanWith(folder: string, home: string, ...flags: string[]): Promise<CliRun> {
  return runCli(['scan', '--format', 'json', '--no-baseline', ...flags, folder], {
    env: { XDG_CACHE_HOME: home },
  });
}

describe('tlsguard scan --cache (dist/cli/index.js)', () => {
  it('reuses the analyses of unchanged files and gives the same findings', async () => {
    const folder = tempProject(PROJECT);
    const home = cacheHome();
    const first = report(await scanWith(folder, home, '--cache'));
    expect(first.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0 });
    // In the user cache folder, one file per scan root, with this user's key beside it; nothing in the tree.
    expect(readdirSync(folder).sort()).toEqual(Object.keys(PROJECT).sort());
    const [cacheFile, ...others] = readdirSync(join(home, 'tlsguard', 'results'));
    expect(others).toEqual([]);
    expect(cacheFile).toMatch(/^[0-9a-f]{32}\.json$/);
    expect(readFileSync(join(home, 'tlsguard', 'results', cacheFile!), 'utf8')).toMatch(
      /^\{"tool":"tlsguard-cache","version":2,/,
    );
    expect(statSync(join(home, 'tlsguard', 'key')).mode & 0o777).toBe(0o600);

    const second = report(await scanWith(folder, home, '--cache'));
    expect(second.stats).toMatchObject({ filesParsed: 0, filesFromCache: 2 });
    expect(second.findings).toEqual(first.findings);

    writeFileSync(join(folder, 'client.js'), `// moved down\n${PROJECT['client.js']}`);
    const third = report(await scanWith(folder, home, '--cache'));
    expect(third.stats).toMatchObject({ filesParsed: 1, filesFromCache: 1 });
    expect(third.findings.map((f) => [f.file, f.line])).toEqual([
      ['client.js', 3],
      ['server.js', 1],
    ]);
  });

  it('stores what worker threads analyzed like what the main thread did', async () => {
    const folder = tempProject(PROJECT);
    const home = cacheHome();
    const uncached = await scanJson(folder, '--workers', '1');
    const inPool = report(await scanWith(folder, home, '--workers', '2', '--cache'));
    expect(inPool.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0, workers: 2 });
    const fromCache = report(await scanWith(folder, home, '--workers', '2', '--cache'));
    expect(fromCache.stats).toMatchObject({ filesParsed: 0, filesFromCache: 2 });
    expect(fromCache.findings).toEqual(uncached.findings);
    expect(inPool.findings).toEqual(uncached.findings);
  });

  it('misses when the configuration changes what the analysis does', async () => {
    const folder = tempProject(PROJECT);
    const home = cacheHome();
    report(await scanWith(folder, home, '--cache'));
    writeFileSync(
      join(folder, '.tlsguard.json'),
      '{ "rules": { "no-insecure-tls-version": "off" } }\n',
    );
    const next = report(await scanWith(folder, home, '--cache'));
    // server.js no longer has a trigger of any enabled rule; client.js is analyzed again.
    expect(next.stats).toMatchObject({ filesParsed: 1, filesFromCache: 0 });
    expect(next.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
  });

  it('writes where --cache-location says, into a folder or a file', async () => {
    const folder = tempProject({ ...PROJECT, 'cache/.keep': '' });
    const home = cacheHome();
    await scanWith(folder, home, '--cache-location', join(folder, 'cache'));
    expect(readFileSync(join(folder, 'cache', '.tlsguard-cache'), 'utf8')).toContain(
      'tlsguard-cache',
    );
    await scanWith(folder, home, '--cache-location', join(folder, 'results.json'));
    const again = report(
      await scanWith(folder, home, '--cache-location', join(folder, 'results.json')),
    );
    expect(again.stats.filesFromCache).toBe(2);
  });

  it('warns when it cannot write the cache, and the scan result stands', async () => {
    const folder = tempProject(PROJECT);
    const missing = `${join(folder, 'no-such-folder')}/`;
    const run = await runCli(['scan', '--no-baseline', '--cache-location', missing, folder], {
      env: { XDG_CACHE_HOME: cacheHome() },
    });
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
    const run = await runCli(['scan', '--no-baseline', '--cache-location', notACache, folder], {
      env: { XDG_CACHE_HOME: cacheHome() },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `tlsguard: ${notACache}: not a tlsguard cache file (no "tool": "tlsguard-cache"); tlsguard will not overwrite it — delete it or choose another --cache-location\n`,
    );
    expect(readFileSync(notACache, 'utf8')).toBe('{ "name": "app" }\n');
  });

  it('starts afresh from a cache written by another tlsguard build', async () => {
    const folder = tempProject(PROJECT);
    const cache = join(folder, '.tlsguard-cache');
    writeFileSync(
      cache,
      '{"tool":"tlsguard-cache","version":2,"identity":"an older build","mac":"","entries":{}}\n',
    );
    const run = await scanJson(folder, '--cache-location', cache);
    expect(run.stats).toMatchObject({ filesParsed: 2, filesFromCache: 0 });
    expect(readFileSync(cache, 'utf8')).not.toContain('an older build');
  });
});

describe('a cache a repository brings hides nothing (dist/cli/index.js)', () => {
  /**
   * A repository that commits `.tlsguard-cache` — where the cache used to live — made from a real
   * scan and edited to say that client.js has no finding.
   */
  async function repositoryWithForgedCache(): Promise<GitRepo> {
    const repo = new GitRepo({ 'client.js': PROJECT['client.js'] });
    const cache = join(repo.root, '.tlsguard-cache');
    await scanJson(repo.root, '--cache-location', cache);
    const document = JSON.parse(readFileSync(cache, 'utf8')) as {
      entries: Record<string, { output: { findings: unknown[] } }>;
    };
    for (const entry of Object.values(document.entries)) entry.output.findings = [];
    writeFileSync(cache, JSON.stringify(document));
    repo.commit('a clean bill of health');
    return repo;
  }

  it('is not where --cache looks by default', async () => {
    const repo = await repositoryWithForgedCache();
    const run = await scanJson(repo.root, '--cache');
    expect(run.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
    expect(run.stats).toMatchObject({ filesParsed: 1, filesFromCache: 0 });
  });

  it('is not read even when --cache-location names it: git tracks it', async () => {
    const repo = await repositoryWithForgedCache();
    const cache = join(repo.root, '.tlsguard-cache');
    const before = readFileSync(cache, 'utf8');
    const run = await scanWith(repo.root, cacheHome(), '--cache-location', cache);
    expect(run.stderr).toBe(
      `warning: --cache is ignored: ${cache} is tracked by git, and a cache a repository brings could hide findings\n`,
    );
    const result = JSON.parse(run.stdout) as Report;
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
    expect(readFileSync(cache, 'utf8')).toBe(before);
  });

  it('does not verify with this machine’s key when copied in untracked', async () => {
    const repo = await repositoryWithForgedCache();
    const cache = join(repo.root, '.tlsguard-cache');
    repo.git('rm', '-q', '--cached', '.tlsguard-cache');
    const run = await scanWith(repo.root, cacheHome(), '--cache-location', cache);
    expect(run.stderr).toMatch(/^warning: the cache .*: its seal does not match/);
    const result = JSON.parse(run.stdout) as Report;
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-disabled-cert-verification']);
  });
});
