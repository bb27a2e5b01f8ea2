import { ESLint, type Linter } from 'eslint';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/core/logger.js';
import type { Finding } from '../src/core/types.js';
import { nodeFileSystem } from '../src/platform/node-fs.js';
import { nodeGit } from '../src/platform/node-git.js';
import { RULES } from '../src/rules/index.js';
import { scan } from '../src/scan/scan.js';
import { resolveSettings } from '../src/scan/settings.js';
import {
  configFilesIn,
  DISCOVERY,
  javascriptFixtures,
  sourcePlugin,
  TS_PARSER,
} from './helpers/eslint-plugin.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/** Every fixture project with JavaScript or TypeScript in it. */
const FIXTURES = javascriptFixtures(join(REPO_ROOT, 'test', 'fixtures'));

const plugin = await sourcePlugin();

async function cliFindings(root: string): Promise<{ findings: readonly Finding[]; files: number }> {
  const settings = await resolveSettings(root, [root], { baseline: false }, RULES, nodeFileSystem);
  const result = await scan(settings.scan, {
    fs: nodeFileSystem,
    git: nodeGit,
    logger: silentLogger,
    now: () => 0,
  });
  return { findings: result.findings, files: result.stats.filesDiscovered };
}

async function eslintMessages(root: string, name: string) {
  const config: Linter.Config[] = [
    { ignores: [...(DISCOVERY[name] ?? [])] },
    // The README's setup for TypeScript: typescript-eslint's parser for TypeScript files.
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: TS_PARSER } },
    plugin.configs.recommended,
  ];
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: config,
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(['.']);
  return {
    files: results.length,
    messages: results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith('tlsguard/'))
        .map((message) => ({ file: relative(root, result.filePath), ...message })),
    ),
  };
}

/** tlsguard's rule id for an ESLint rule id: `tlsguard/no-x` → `no-x`; `tlsguard/suppression` stays. */
function tlsguardId(eslintRuleId: string): string {
  return eslintRuleId === 'tlsguard/suppression'
    ? eslintRuleId
    : eslintRuleId.slice('tlsguard/'.length);
}

const LEVEL = { error: 2, warning: 1, note: 1 } as const;

describe.each(FIXTURES)('fixture %s through the ESLint plugin', (name) => {
  const root = join(REPO_ROOT, 'test', 'fixtures', name);

  it('reports what tlsguard scan finds: file, line, column, rule, message and severity', async () => {
    const [cli, lint] = await Promise.all([cliFindings(root), eslintMessages(root, name)]);
    expect(lint.files, 'ESLint lints the files tlsguard scans').toBe(
      cli.files - configFilesIn(root),
    );
    const fromEslint = lint.messages
      .map(
        (m) =>
          `${m.file}:${m.line}:${m.column} ${tlsguardId(m.ruleId ?? '')} ${m.severity} ${m.message}`,
      )
      .sort();
    const fromCli = cli.findings
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${LEVEL[f.severity]} ${f.headline}`)
      .sort();
    expect(fromEslint).toEqual(fromCli);
  });
});
