import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/tlsguard.schema.json' with { type: 'json' };
import { memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { REPO_ROOT } from '../../test/helpers/run-cli.js';
import { loadConfig } from './config.js';

/** A configuration that sets every key (kept in sync with the schema by a test below). */
const EVERY_KEY = {
  $schema: './node_modules/tlsguard/schema/tlsguard.schema.json',
  include: ['src/**'],
  exclude: ['**/fixtures/**'],
  rules: {
    'no-tls-verification-env-override': 'off',
    'no-disabled-cert-verification': 'warning',
  },
  baseline: 'ci/tls-baseline.json',
  failOn: 'any',
  failSeverity: 'error',
  testSeverity: 'warning',
  nonProduction: ['tools/**'],
  production: ['src/docs/**'],
  pythonVersion: '3.11',
};

async function load(text: string | undefined, required = false) {
  const files: Record<string, string> = text === undefined ? {} : { '/repo/.tlsguard.json': text };
  return loadConfig(memoryFileSystem(files), '/repo/.tlsguard.json', required);
}

describe('loadConfig', () => {
  it('reads a valid configuration and resolves the baseline path against the file', async () => {
    const config = await load(JSON.stringify(EVERY_KEY));
    expect(config).toMatchObject({
      nonProduction: ['tools/**'],
      production: ['src/docs/**'],
      pythonVersion: '3.11',
    });
    expect(config.baseline).toBe('/repo/ci/tls-baseline.json');
    expect(config.rules).toEqual({
      'no-tls-verification-env-override': 'off',
      'no-disabled-cert-verification': 'warning',
    });
  });

  it('stops on a glob it would not read as written, naming the key and the pattern', async () => {
    await expect(load('{ "exclude": ["**/fixtures/**", "@(a|b)/**"] }')).rejects.toThrow(
      '/repo/.tlsguard.json: "exclude[1]" "@(a|b)/**" uses "(": extended globs and groups are not supported',
    );
    await expect(load('{ "include": ["!src/**"] }')).rejects.toThrow(/"include\[0\]" "!src\/\*\*"/);
  });

  it('keeps the schema, this test and docs/configuration.md in step: every key, each documented', () => {
    const keys = Object.keys(schema.properties).filter((key) => key !== '$schema');
    expect(
      Object.keys(EVERY_KEY)
        .filter((key) => key !== '$schema')
        .sort(),
    ).toEqual([...keys].sort());
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
    const documented = [...docs.matchAll(/^\| `(\w+)`\s+\|/gm)].map((match) => match[1]);
    for (const key of keys)
      expect(documented, `docs/configuration.md documents "${key}"`).toContain(key);
  });

  it('stops on a Python version it cannot read', async () => {
    await expect(load('{ "pythonVersion": "3" }')).rejects.toThrow(
      '/repo/.tlsguard.json: "pythonVersion" must be a Python version like "3.12" (got "3")',
    );
  });

  it('treats a missing default file as no configuration, and a missing named one as an error', async () => {
    expect(await load(undefined)).toEqual({});
    await expect(load(undefined, true)).rejects.toThrow(
      '/repo/.tlsguard.json: configuration file not found',
    );
  });

  it.each([
    ['{"failon": "new"}', 'unknown key "failon" (did you mean "failOn"?)'],
    ['{"excludes": []}', 'unknown key "excludes" (did you mean "exclude"?)'],
    [
      '{"rules": {"no-disabled-cert-verificaton": "off"}}',
      'unknown rule "no-disabled-cert-verificaton" in "rules" (did you mean "no-disabled-cert-verification"?)',
    ],
    [
      '{"rules": {"no-disabled-cert-verification": "high"}}',
      '"rules.no-disabled-cert-verification" must be one of off, note, warning, error (got "high")',
    ],
    ['{"failOn": "always"}', '"failOn" must be one of new, any, none (got "always")'],
    ['{"include": "src"}', '"include" must be array'],
    ['{"nonProduction": "tools/**"}', '"nonProduction" must be array'],
    ['{"production": [""]}', '"production.0" must NOT have fewer than 1 characters'],
    ['{"nonproduction": []}', 'unknown key "nonproduction" (did you mean "nonProduction"?)'],
    ['{"rules": {}, }', 'is not valid JSON'],
    ['[]', '"(top level)" must be object'],
    [
      '{"baseline": "../../etc/passwd"}',
      '"baseline" must be a relative path below the configuration file\'s folder (got "../../etc/passwd")',
    ],
    [
      '{"baseline": "/tmp/elsewhere.json"}',
      '"baseline" must be a relative path below the configuration file\'s folder',
    ],
  ])('%s is rejected with a message naming the file and the key', async (text, message) => {
    await expect(load(text)).rejects.toThrow(`/repo/.tlsguard.json: ${message}`);
  });
});
