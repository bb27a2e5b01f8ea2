import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

/**
 * `tlsguard scan --format sarif|github` is what the Action writes: the same SARIF file, byte for byte,
 * and the same workflow commands within the same annotation budget — here 12 errors (10 annotated,
 * then a notice for the rest) and a warning, in a package below the repository's top, so that paths
 * must be repository-relative in both.
 */
const CALLS = Array.from(
  { length: 12 },
  (_, i) => `https.get(u${i}, { rejectUnauthorized: false });`,
);
const FILES = {
  'packages/api/src/client.js': `const https = require('https');\n${CALLS.join('\n')}\n`,
  'packages/api/src/debug.js':
    "const tls = require('tls');\ntls.connect(443, 'x').on('keylog', (line) => fs.appendFileSync(f, line));\n",
  'README.md': 'top\n',
};

let github: FakeGitHub;
let repo: GitRepo;
let action: ActionRun;
let sarif: CliRun;
let commands: CliRun;

beforeAll(async () => {
  github = new FakeGitHub();
  const apiUrl = await github.start();
  repo = new GitRepo(FILES);
  repo.commit('project');
  action = await runAction({
    workspace: repo.root,
    apiUrl,
    eventName: 'push',
    event: { after: 'x' },
    inputs: { path: 'packages/api', 'sarif-file': 'tlsguard.sarif' },
  });
  const cli = { cwd: repo.root, env: { GITHUB_ACTIONS: 'true' } };
  sarif = await runCli(['scan', '--format', 'sarif', 'packages/api'], cli);
  commands = await runCli(['scan', '--format', 'github', 'packages/api'], cli);
}, 60_000);

afterAll(async () => {
  await github.stop();
});

/** The annotation commands a log holds, as printed, outside `::stop-commands::` blocks. */
function annotationLines(stdout: string): string[] {
  const lines: string[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
    } else if (line.startsWith('::stop-commands::'))
      stopped = line.slice('::stop-commands::'.length);
    else if (/^::(error|warning|notice)[ :]/.test(line)) lines.push(line);
  }
  return lines;
}

describe('the CLI writes what the Action writes', () => {
  it('both fail on the findings', () => {
    expect(action.code).toBe(1);
    expect(action.stderr).toBe('');
    expect([sarif.code, commands.code]).toEqual([1, 1]);
    expect(sarif.stderr + commands.stderr).toBe('');
  });

  it('sarif: the same file, byte for byte, valid, with repository-relative paths', () => {
    const file = readFileSync(join(repo.root, 'tlsguard.sarif'), 'utf8');
    expect(sarif.stdout).toBe(file);
    expect(sarifProblems(JSON.parse(file))).toEqual([]);
    expect(file).toContain('"uri": "packages/api/src/client.js"');
  });

  it('github: the same workflow commands within the same budget', () => {
    const fromAction = annotationLines(action.stdout);
    const fromCli = annotationLines(commands.stdout);
    expect(fromCli).toEqual(fromAction);
    expect(fromCli.map((line) => /^::(\w+)/.exec(line)?.[1])).toEqual([
      ...Array<string>(10).fill('error'),
      'warning',
      'notice',
    ]);
    expect(fromCli.filter((line) => line.includes('file=packages/api/src/client.js'))).toHaveLength(
      10,
    );
    expect(fromCli.at(-1)).toMatch(/^::notice title=tlsguard%3A more findings::2 more findings/);
  });
});
