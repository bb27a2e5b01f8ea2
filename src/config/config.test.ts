import { describe, expect, it } from 'vitest';
import { EVERY_KEY } from '../../test/helpers/config-sample.js';
import { memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { loadConfig } from './config.js';

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
      ignore: [
        {
          path: 'package.json',
          rule: 'no-tls-verification-env-override',
          match: '"seed:local"',
          reason: 'seeds the local database, which has a self-signed certificate',
        },
      ],
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
