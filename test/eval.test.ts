import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { resolveSettings } from '../src/scan/settings.js';
import { nodeFileSystem } from '../src/platform/node-fs.js';
import { nodeGit } from '../src/platform/node-git.js';
import { RULES } from '../src/rules/index.js';
import { EVAL_LANGUAGES, evalLanguage, parseExpectations, score } from '../scripts/eval-core.mjs';
import { REPO_ROOT } from './helpers/run-cli.js';

const FIXTURES = [
  { name: 'project', language: 'JavaScript/TypeScript', least: 40 },
  { name: 'blind', language: 'JavaScript/TypeScript', least: 40 },
  { name: 'beacon', language: 'JavaScript/TypeScript', least: 15 },
  { name: 'python-service', language: 'Python', least: 35 },
  { name: 'infra', language: 'Configuration files', least: 40 },
  { name: 'infra-wild', language: 'Configuration files', least: 30 },
];
/** A JavaScript project's package.json is a configuration file (its scripts are read). */
const ALSO_IN_EVERY_FIXTURE = 'Configuration files';

describe.each(FIXTURES)('the $name fixture (npm run eval)', ({ name, language, least }) => {
  const PROJECT = join(REPO_ROOT, 'test', 'fixtures', name);

  it('finds every expected finding and nothing else, above the language minimum', async () => {
    const texts = readdirSync(PROJECT, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PROJECT, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .map((file) => [file, readFileSync(join(PROJECT, file), 'utf8')] as const)
      .filter(([file, text]) => evalLanguage(file, text) !== undefined);
    const expected = texts.flatMap(([file, text]) => parseExpectations(file, text).expected);
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
    const minimum = EVAL_LANGUAGES.find((entry) => entry.name === language)?.minimum;
    expect(outcome.recall).toBeGreaterThanOrEqual(minimum?.recall ?? 1);
    expect(outcome.precision).toBeGreaterThanOrEqual(minimum?.precision ?? 1);
    expect(
      texts.every(([file, text]) =>
        [language, ALSO_IN_EVERY_FIXTURE].includes(evalLanguage(file, text) ?? ''),
      ),
    ).toBe(true);
    expect(expected.length).toBeGreaterThanOrEqual(least);
  });
});
