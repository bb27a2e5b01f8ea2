import { describe, expect, it, vi } from 'vitest';
import { fakeGit, memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { isSourceFile } from '../languages/javascript/files.js';
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

  it('leaves out Yarn Berry’s committed tooling and Plug’n’Play loaders, in both modes', async () => {
    const yarnFiles = {
      '/repo/src/app.ts': '',
      '/repo/src/releases/notes.js': '',
      '/repo/.yarn/releases/yarn-4.9.1.cjs': '',
      '/repo/.yarn/plugins/@yarnpkg/plugin-interactive-tools.cjs': '',
      '/repo/.yarn/sdks/typescript/lib/tsserver.js': '',
      '/repo/.yarn/unplugged/esbuild-npm-0.25.0/node_modules/esbuild/install.js': '',
      '/repo/.yarn/cache/.gitignore': '',
      '/repo/.yarn/scripts/release.js': '',
      '/repo/.pnp.cjs': '',
      '/repo/.pnp.loader.mjs': '',
      // Yarn's own .gitignore un-ignores its tooling: committed, but still not the project's source.
      '/repo/.gitignore': '.yarn/*\n!.yarn/plugins\n!.yarn/releases\n!.yarn/sdks\n!.yarn/scripts\n',
    };
    const expected = ['.yarn/scripts/release.js', 'src/app.ts', 'src/releases/notes.js'];
    const fs = memoryFileSystem(yarnFiles);
    const request = {
      root: '/repo',
      targets: ['/repo'],
      noIgnore: false,
      isCandidate: isSourceFile,
    };
    const walked = await discover(request, { fs, git: fakeGit() });
    const listed = Object.keys(yarnFiles).map((path) => path.slice('/repo/'.length));
    const git = {
      ...fakeGit('/repo', listed),
      unignoredFolders: (_directory: string, folders: readonly string[]) =>
        Promise.resolve(new Set(folders.filter((folder) => folder.startsWith('.yarn/')))),
    };
    const fromGit = await discover(request, { fs, git });
    for (const result of [walked, fromGit]) {
      expect(result.files.map((f) => f.path)).toEqual(expected);
      expect(result.skipped).toEqual({ 'excluded-directory': 5, vendored: 2 });
      expect(result.skippedFolders).toEqual([]);
    }
    const all = await discover({ ...request, noIgnore: true }, { fs, git: fakeGit() });
    expect(all.files).toHaveLength(9);
  });

  it('considers only the given changed files in diff mode, with the same rules, listing nothing', async () => {
    const git = fakeGit('/repo', ['src/app.ts']);
    const listFiles = vi.spyOn(git, 'listFiles');
    const only = new Set([
      'src/app.ts',
      'src/readme.md',
      'node_modules/axios/index.js',
      'public/jquery.min.js',
      '.github/scripts/release.mjs',
    ]);
    const request = { root: '/repo', noIgnore: false, isCandidate: isSourceFile, only };
    const fs = memoryFileSystem(files);
    const whole = await discover({ ...request, targets: ['/repo'] }, { fs, git });
    expect(whole.files.map((f) => f.path)).toEqual(['.github/scripts/release.mjs', 'src/app.ts']);
    expect(whole.skipped).toEqual({ 'excluded-directory': 1, minified: 1 });
    const below = await discover({ ...request, targets: ['/repo/src'] }, { fs, git });
    expect(below.files.map((f) => f.path)).toEqual(['src/app.ts']);
    expect(listFiles).not.toHaveBeenCalled();
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
