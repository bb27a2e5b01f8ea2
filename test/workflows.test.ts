import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/run-cli.js';

/**
 * The workflows and action.yml checked the way GitHub reads them: with GitHub's own parser and schema
 * (@actions/workflow-parser, from actions/languageservices — what github.com's workflow editor uses), in
 * place of actionlint, a Go binary npm cannot install. On top of the schema: every `run:` script is
 * valid bash, and the release workflow does the steps a release needs, in order.
 */
const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  shell?: string;
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      steps: Step[];
      strategy?: { matrix: Record<string, unknown> };
    }
  >;
}

function workflow(name: string): Workflow {
  return parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
}

async function problems(name: string): Promise<string[]> {
  const content = readFileSync(join(WORKFLOWS, name), 'utf8');
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value === undefined) return parsed.context.errors.getErrors().map((e) => e.message);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [
    ...parsed.context.errors.getErrors().map((error) => error.message),
    ...(template.errors ?? []).map((error) => JSON.stringify(error)),
  ];
}

/** A `run:` script as bash sees it once GitHub has put values in for its `${{ }}` expressions. */
function bashProblems(script: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'tlsguard-run-'));
  const file = join(folder, 'step.sh');
  writeFileSync(file, script.replace(/\$\{\{[^}]*\}\}/g, 'x'));
  const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
  return check.status === 0 ? '' : check.stderr;
}

describe('GitHub workflows and action.yml', () => {
  it.each(files)(
    '%s: valid for GitHub’s workflow parser, every run script valid bash',
    async (name) => {
      expect(await problems(name)).toEqual([]);
      const steps = Object.values(workflow(name).jobs).flatMap((job) => job.steps);
      for (const step of steps.filter((s) => s.run !== undefined))
        expect(bashProblems(step.run ?? ''), step.name ?? step.run).toBe('');
    },
  );

  it('the parser catches a broken workflow (so the test above can fail)', () => {
    const content =
      'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo\n';
    const parsed = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([
      "broken.yml (Line: 1, Col: 5): Unexpected value 'pushh'",
      "broken.yml (Line: 5, Col: 5): Unexpected value 'step'",
    ]);
    expect(bashProblems('if [ x ]; then\n  echo\n')).not.toBe('');
  });

  it('action.yml is valid for GitHub’s action parser and runs on node24', () => {
    const content = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(parse(content)).toMatchObject({ runs: { using: 'node24', main: 'dist/index.js' } });
  });
});

describe('the release workflow', () => {
  const release = workflow('release.yml');
  const job = release.jobs.release!;
  const steps = job.steps;
  const index = (pattern: RegExp) =>
    steps.findIndex((step) => pattern.test(step.run ?? '') || pattern.test(step.uses ?? ''));

  it('runs on a version tag, with write access only where it releases', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('checks the tag, dist/ and the tests, then releases, moves the major tag and publishes, in that order', () => {
    const order = [
      index(/^actions\/checkout@/),
      index(/^npm ci$/),
      index(/require\('\.\/package\.json'\)\.version/),
      index(/npm run build:dist[\s\S]*git status --porcelain dist/),
      index(/^npm test$/),
      index(/node scripts\/release-notes\.mjs "\$\{TAG#v\}"/),
      index(/gh release create "\$TAG" --verify-tag/),
      index(
        /git tag --force "\$major" "\$GITHUB_SHA"[\s\S]*git push --force origin "refs\/tags\/\$major"/,
      ),
      index(/npm publish --provenance --access public/),
    ];
    expect(
      order.every((position) => position >= 0),
      String(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ 'registry-url': 'https://registry.npmjs.org' });
    // Pre-releases (v1.2.0-rc.1) leave the major tag where it is.
    expect(steps[order[7]!]!.if).toBe("${{ !contains(github.ref_name, '-') }}");
  });

  it('takes the release notes from CHANGELOG.md, and stops on a version without notes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tlsguard-changelog-'));
    const changelog = join(folder, 'CHANGELOG.md');
    writeFileSync(
      changelog,
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.1.0] - 2027-01-02\n\n### Added\n\n- more\n\n## [1.0.0] - 2026-12-20\n\n- first\n',
    );
    const notes = (version: string) =>
      spawnSync(
        process.execPath,
        [join(REPO_ROOT, 'scripts', 'release-notes.mjs'), version, changelog],
        {
          encoding: 'utf8',
        },
      );
    expect(notes('1.1.0').stdout).toBe('### Added\n\n- more\n');
    expect(notes('1.0.0').stdout).toBe('- first\n');
    const missing = notes('1.2.0');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('has no "## [1.2.0] - YYYY-MM-DD" section');
    expect(notes('latest').status).toBe(2);
  });

  it('CHANGELOG.md has an Unreleased section or the notes of package.json’s version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings)
      expect(heading).toMatch(
        /^## \[(Unreleased|\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\]( - \d{4}-\d{2}-\d{2})?$/,
      );
    expect(headings.some((h) => h === '## [Unreleased]' || h.startsWith(`## [${version}]`))).toBe(
      true,
    );
  });
});

describe('the CI workflow', () => {
  it('runs the tests on every supported Node version, and fails on an engine warning', () => {
    const ci = workflow('ci.yml');
    const node = ci.jobs.node!;
    expect(node.strategy?.matrix).toEqual({ node: [20, 22, 24] });
    const install = node.steps.find((step) => step.run?.includes('npm ci'));
    expect(install?.shell).toBe('bash'); // pipefail: a failing npm ci fails the step through the pipe
    expect(install?.run).toContain('grep -q EBADENGINE');
    expect(node.steps.map((step) => step.run)).toContain('npx vitest run');
    const engines = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    expect(engines).toBe('>=20');
    expect(readFileSync(join(REPO_ROOT, '.node-version'), 'utf8').trim()).toBe('20');
  });
});
