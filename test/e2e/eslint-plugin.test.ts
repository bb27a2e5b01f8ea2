import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSourceFile } from '../../src/languages/javascript/files.js';
import { configFilesIn, DISCOVERY, javascriptFixtures } from '../helpers/eslint-plugin.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The acceptance of the ESLint plugin: the real `eslint` command, with the README's flat config, in a
 * project that installed tlsguard from its `npm pack` tarball (as a user would, offline), reports on
 * every fixture project exactly what `tlsguard scan --no-baseline` (dist/cli) reports: the same file,
 * line, column, rule, severity, and message (the finding's headline) for every finding.
 */
const FIXTURES = javascriptFixtures(join(REPO_ROOT, 'test', 'fixtures'));
const ESLINT = join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** The README's configurations: the three lines for JavaScript, and the one with typescript-eslint. */
function readmeConfigs(): { javascript: string; typescript: string } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n(\/\/ eslint\.config\.js\n[^`]*)```/g)].map(
    (match) => match[1] ?? '',
  );
  const typescript = blocks.find((block) => block.includes('typescript-eslint'));
  const javascript = blocks.find(
    (block) => block.includes("from 'tlsguard/eslint'") && block !== typescript,
  );
  if (!javascript || !typescript) throw new Error('the README lost its ESLint configurations');
  return { javascript, typescript };
}

let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'tlsguard-eslint-'));
  writeFileSync(join(workspace, 'package.json'), '{ "name": "eslint-user", "private": true }\n');
  const tarball = execFileSync('npm', ['pack', '--pack-destination', workspace, '--silent'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  }).trim();
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`],
    { cwd: workspace, stdio: 'pipe' },
  );
  // What the user has installed already: ESLint and typescript-eslint.
  for (const name of ['eslint', 'typescript-eslint'])
    symlinkSync(
      join(REPO_ROOT, 'node_modules', name),
      join(workspace, 'node_modules', name),
      'dir',
    );
}, 120_000);

interface EslintResult {
  readonly filePath: string;
  readonly messages: readonly {
    ruleId: string | null;
    line: number;
    column: number;
    severity: number;
    message: string;
  }[];
}

function runEslint(cwd: string, ignores: readonly string[]): Promise<EslintResult[]> {
  const args = [ESLINT, '--format', 'json', '--no-error-on-unmatched-pattern'];
  for (const pattern of ignores) args.push('--ignore-pattern', pattern);
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [...args, '.'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? error.code : 0;
        if (code !== 0 && code !== 1)
          reject(new Error(`eslint exited with ${String(code)}: ${stderr}`));
        else resolvePromise(JSON.parse(stdout) as EslintResult[]);
      },
    );
  });
}

describe('tlsguard/eslint types', () => {
  it('type-check an eslint.config.ts that uses the plugin', () => {
    const project = join(workspace, 'typed');
    mkdirSync(project);
    writeFileSync(
      join(project, 'eslint.config.ts'),
      [
        "import type { Linter } from 'eslint';",
        "import tlsguard from 'tlsguard/eslint';",
        '',
        'const config: Linter.Config[] = [tlsguard.configs.recommended];',
        'export default config;',
        '',
      ].join('\n'),
    );
    const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', skipLibCheck: true };
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['eslint.config.ts'] }),
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // Throws, with the compiler's errors, if the types do not resolve or do not fit.
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
  }, 60_000);
});

const LEVEL = { error: 2, warning: 1, note: 1 } as const;

interface CliReport {
  findings: {
    file: string;
    line: number;
    column: number;
    ruleId: string;
    severity: keyof typeof LEVEL;
    headline: string;
  }[];
  stats: { filesDiscovered: number };
}

describe.each(FIXTURES)('npx eslint on fixture %s', (name) => {
  it('reports what tlsguard scan --no-baseline reports', async () => {
    const fixture = join(REPO_ROOT, 'test', 'fixtures', name);
    const project = join(workspace, name);
    mkdirSync(project);
    cpSync(fixture, project, { recursive: true });
    const files = readdirSync(project, { recursive: true, encoding: 'utf8' });
    const typescript = files.some((file) => /\.[cm]?tsx?$/.test(file));
    const configs = readmeConfigs();
    writeFileSync(
      join(project, 'eslint.config.mjs'),
      typescript ? configs.typescript : configs.javascript,
    );

    const [scan, results] = await Promise.all([
      runCli(['scan', '--no-baseline', '--format', 'json', fixture]),
      runEslint(project, DISCOVERY[name] ?? []),
    ]);
    const report = JSON.parse(scan.stdout) as CliReport;
    // The configuration file is ESLint's, not the fixture's (tlsguard would find nothing in it).
    const linted = results.filter(
      (result) =>
        isSourceFile(result.filePath) && relative(project, result.filePath) !== 'eslint.config.mjs',
    );
    expect(linted.length, 'ESLint lints the files tlsguard scans').toBe(
      report.stats.filesDiscovered - configFilesIn(fixture),
    );
    const fromEslint = linted.flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId?.startsWith('tlsguard/'))
        .map((m) => {
          const rule =
            m.ruleId === 'tlsguard/suppression'
              ? m.ruleId
              : (m.ruleId ?? '').slice('tlsguard/'.length);
          return `${relative(project, result.filePath)}:${m.line}:${m.column} ${rule} ${m.severity} ${m.message}`;
        }),
    );
    const fromCli = report.findings.map(
      (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${LEVEL[f.severity]} ${f.headline}`,
    );
    expect(fromEslint.sort()).toEqual(fromCli.sort());
  }, 60_000);
});
