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

describe.each(['project', 'blind', 'beacon', 'infra'])('the %s fixture (npm run eval)', (name) => {
  const PROJECT = join(REPO_ROOT, 'test', 'fixtures', name);

  it('finds every expected finding and nothing else', async () => {
    const files = readdirSync(PROJECT, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PROJECT, join(entry.parentPath, entry.name)));
    const expected = files.flatMap(
      (file) => parseExpectations(file, readFileSync(join(PROJECT, file), 'utf8')).expected,
    );
    const settings = await resolveSettings(
      PROJECT,
      [PROJECT],
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
    expect(result.diagnostics).toEqual([]);
    const outcome = score(expected, result.findings);
    expect({
      missed: outcome.falseNegatives.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
      falsePositives: outcome.falsePositives.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
    }).toEqual({ missed: [], falsePositives: [] });
    expect(expected.length).toBeGreaterThanOrEqual(name === 'beacon' ? 15 : 40);
  });
});
