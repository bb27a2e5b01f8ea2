import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { RULES } from '../rules/index.js';
import { resolveSettings } from './settings.js';

async function targetVersions(files: Record<string, string>, pythonVersion?: string) {
  const settings = await resolveSettings(
    '/repo',
    ['/repo'],
    { baseline: false, ...(pythonVersion === undefined ? {} : { pythonVersion }) },
    RULES,
    memoryFileSystem(files),
  );
  return settings.scan.targetVersions;
}

describe('the Python version removals are judged against', () => {
  const pyproject = { '/repo/pyproject.toml': '[project]\nrequires-python = ">=3.9"\n' };

  it('comes from the flag, else the configuration, else the project files', async () => {
    const config = { '/repo/.tlsguard.json': '{ "pythonVersion": "3.12" }' };
    expect(await targetVersions({ ...pyproject, ...config }, '3.13.1')).toEqual({ python: '3.13' });
    expect(await targetVersions({ ...pyproject, ...config })).toEqual({ python: '3.12' });
    expect(await targetVersions(pyproject)).toEqual({ python: '3.9' });
  });

  it('is unknown without any of them, which leaves the JavaScript settings as they were', async () => {
    expect(await targetVersions({})).toBeUndefined();
  });

  it('stops on a flag it cannot read (exit 2)', async () => {
    await expect(targetVersions({}, 'three')).rejects.toThrow(
      '--python-version must be a Python version like 3.12 (got "three")',
    );
  });
});
