import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * "Run it locally" as the README says: `npx` of the package — from a packed tarball (what `npm publish`
 * uploads) and from a git URL (what `npx github:tlsguard/tlsguard` clones; here a file:// clone of this
 * repository's last commit) — in an empty folder with a fresh npm cache. The registry is a dead
 * address, so the test also shows that installing needs nothing from it: tlsguard has no runtime
 * dependencies, and dist/ is committed.
 */
const work = mkdtempSync(join(tmpdir(), 'tlsguard-install-'));
const empty = join(work, 'empty');
const fixture = join(work, 'project');
const npmEnv = {
  PATH: process.env.PATH ?? '',
  HOME: work,
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
let tarball: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function npx(spec: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['exec', '--yes', `--package=${spec}`, '--', 'tlsguard', ...args],
      { cwd: empty, env: npmEnv, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  mkdirSync(empty);
  mkdirSync(join(fixture, 'src'), { recursive: true });
  writeFileSync(
    join(fixture, 'src', 'client.js'),
    "const https = require('https');\nhttps.request('https://x', { rejectUnauthorized: false });\n",
  );
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: REPO_ROOT,
    env: npmEnv,
    encoding: 'utf8',
  }).trim();
  tarball = join(work, name);
}, 60_000);

describe('npx tlsguard, installed as users install it', () => {
  it('packs dist/, docs/, schema/ and action.yml, and no sources or tests', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const file of [
      'package/dist/cli/index.js',
      'package/dist/index.js',
      'package/dist/lib/index.js',
      'package/docs/rules/no-weak-ciphers.md',
      'package/schema/tlsguard.schema.json',
      'package/action.yml',
      'package/README.md',
      'package/CHANGELOG.md',
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => /^package\/(src|test|scripts|bench)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies?: unknown;
      bin: Record<string, string>;
    };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ tlsguard: 'dist/cli/index.js' });
  });

  it('has no script that makes npm prepare a git install (it would install every devDependency first)', () => {
    // npm (pacote's git fetcher) runs a full `npm install` of a git dependency that has any of these
    // scripts, before packing it; dist/ is committed so that nothing needs preparing. Hence the
    // bundle is built by `npm run build:dist`, not `npm run build`.
    const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const lifecycle = ['preinstall', 'install', 'postinstall', 'build', 'prepack', 'prepare'];
    expect(Object.keys(scripts).filter((name) => lifecycle.includes(name))).toEqual([]);
  });

  it('from the packed tarball: scans a project, prints its version and a rule’s docs', async () => {
    const scan = await npx(tarball, ['scan', fixture]);
    expect(scan.code, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('src/client.js\n  2:30  error    no-disabled-cert-verification');
    expect(scan.stdout).toContain('✖ 1 new finding (1 error, 0 warnings, 0 notes) in 1 file');
    expect((await npx(tarball, ['--version'])).stdout).toBe(`${version}\n`);
    expect((await npx(tarball, ['explain', 'no-weak-ciphers'])).stdout).toMatch(
      /^# no-weak-ciphers\n/,
    );
    // npx left nothing behind in the folder it ran in.
    expect(readdirSync(empty)).toEqual([]);
  });

  it('from a git URL (this repository’s last commit): the committed dist/ runs as it is', async () => {
    const clone = join(work, 'clone');
    execFileSync('git', ['clone', '-q', '--no-local', `file://${REPO_ROOT}`, clone], {
      env: { ...npmEnv, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
    const scan = await npx(`git+file://${clone}`, ['scan', fixture]);
    expect(scan.code, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('✖ 1 new finding (1 error, 0 warnings, 0 notes) in 1 file');
  });
});
