import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { resolveSettings } from '../src/scan/settings.js';
import { nodeFileSystem } from '../src/platform/node-fs.js';
import { nodeGit } from '../src/platform/node-git.js';
import { RULES } from '../src/rules/index.js';
import { parseExpectations, score } from '../scripts/eval-core.mjs';
import { REPO_ROOT } from './helpers/run-cli.js';

const MINIMUM_EXPECTED: Readonly<Record<string, number>> = { beacon: 15, 'infra-wild': 30 };

async function evaluate(name: string) {
  const project = join(REPO_ROOT, 'test', 'fixtures', name);
  const files = readdirSync(project, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(project, join(entry.parentPath, entry.name)));
  const expected = files.flatMap(
    (file) => parseExpectations(file, readFileSync(join(project, file), 'utf8')).expected,
  );
  const settings = await resolveSettings(
    project,
    [project],
    { baseline: false },
    RULES,
    nodeFileSystem,
  );
  const result = await scan(settings.scan, {
    fs: nodeFileSystem,
    git: nodeGit,
    now: () => 0,
    logger: { debug: () => undefined, warn: () => undefined },
  });
  return { expected, result };
}

describe.each(['project', 'blind', 'beacon', 'infra', 'infra-wild'])(
  'the %s fixture (npm run eval)',
  (name) => {
    it('finds every expected finding and nothing else', async () => {
      const { expected, result } = await evaluate(name);
      expect(result.diagnostics).toEqual([]);
      const outcome = score(expected, result.findings);
      expect({
        missed: outcome.falseNegatives.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
        falsePositives: outcome.falsePositives.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
      }).toEqual({ missed: [], falsePositives: [] });
      expect(expected.length).toBeGreaterThanOrEqual(MINIMUM_EXPECTED[name] ?? 40);
    });
  },
);

describe('configuration files across the fixtures (issue 16)', () => {
  it('score recall >= 0.95 and precision >= 0.97', async () => {
    const isConfig = (file: string) => !/\.[cm]?[jt]sx?$/.test(file);
    const names = ['infra', 'infra-wild'];
    const runs = await Promise.all(names.map(evaluate));
    // One score over both fixtures: their files are told apart by the fixture's name.
    const inFixture = <T extends { file: string }>(name: string, items: readonly T[]) =>
      items
        .filter((item) => isConfig(item.file))
        .map((item) => ({ ...item, file: `${name}/${item.file}` }));
    const expected = runs.flatMap((run, index) => inFixture(names[index] ?? '', run.expected));
    const found = runs.flatMap((run, index) => inFixture(names[index] ?? '', run.result.findings));
    const outcome = score(expected, found);
    expect(expected.length).toBeGreaterThanOrEqual(70);
    expect(outcome.recall).toBeGreaterThanOrEqual(0.95);
    expect(outcome.precision).toBeGreaterThanOrEqual(0.97);
  });
});
