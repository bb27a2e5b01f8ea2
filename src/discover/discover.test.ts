import { describe, expect, it } from 'vitest';
import { fakeGit, memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { isSourceFile } from '../parse/languages.js';
import { discover } from './discover.js';

const files = {
  '/repo/src/app.ts': '',
  '/repo/src/view.jsx': '',
  '/repo/src/readme.md': '',
  '/repo/.github/scripts/release.mjs': '',
  '/repo/node_modules/axios/index.js': '',
  '/repo/node_modules/got/index.js': '',
  '/repo/packages/a/dist/bundle.js': '',
  '/repo/public/jquery.min.js': '',
  '/repo/generated/out.js': '',
  '/repo/.gitignore': 'generated/\n',
};

function run(
  options: { targets?: string[]; noIgnore?: boolean; git?: ReturnType<typeof fakeGit> } = {},
) {
  return discover(
    {
      root: '/repo',
      targets: options.targets ?? ['/repo'],
      noIgnore: options.noIgnore ?? false,
      isCandidate: isSourceFile,
    },
    { fs: memoryFileSystem(files), git: options.git ?? fakeGit() },
  );
}

describe('discover', () => {
  it('walks folders outside git, honouring .gitignore, default excludes and minified names', async () => {
    const result = await run();
    expect(result.files.map((f) => f.path)).toEqual([
      '.github/scripts/release.mjs',
      'src/app.ts',
      'src/view.jsx',
    ]);
    expect(result.skipped).toEqual({ 'excluded-directory': 2, minified: 1 });
  });

  it('uses git’s own list inside a work tree and counts excluded folders once each', async () => {
    const git = fakeGit('/repo', [
      'src/app.ts',
      'node_modules/axios/index.js',
      'node_modules/got/index.js',
      'packages/a/dist/bundle.js',
      '.github/scripts/release.mjs',
    ]);
    const result = await run({ git });
    expect(result.files.map((f) => f.path)).toEqual(['.github/scripts/release.mjs', 'src/app.ts']);
    expect(result.skipped).toEqual({ 'excluded-directory': 2 });
  });

  it('scans everything under --no-ignore', async () => {
    const result = await run({ noIgnore: true });
    expect(result.files).toHaveLength(8);
    expect(result.skipped).toEqual({});
  });

  it('takes explicit files and folders, relative to the root, without duplicates', async () => {
    const result = await run({ targets: ['/repo/src', '/repo/src/app.ts', '/repo/.github'] });
    expect(result.files.map((f) => f.path)).toEqual([
      '.github/scripts/release.mjs',
      'src/app.ts',
      'src/view.jsx',
    ]);
  });

  it('leaves out an explicit file inside an excluded folder, and counts it', async () => {
    const result = await run({ targets: ['/repo/node_modules/got/index.js'] });
    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual({ 'excluded-directory': 1 });
  });

  it('scans an excluded folder that is named as the target itself', async () => {
    const result = await run({ targets: ['/repo/packages/a/dist'] });
    expect(result.files.map((f) => f.path)).toEqual(['packages/a/dist/bundle.js']);
  });

  it('stops with a usage error for a path that does not exist', async () => {
    await expect(run({ targets: ['/repo/missing'] })).rejects.toThrow(
      'no such file or folder: /repo/missing',
    );
  });
});
