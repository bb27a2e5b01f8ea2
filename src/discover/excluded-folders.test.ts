import { describe, expect, it } from 'vitest';
import { fakeGit, memoryFileSystem } from '../../test/helpers/memory-fs.js';
import { includeRules } from '../config/include-overrides.js';
import type { Git } from '../core/io.js';
import { isSourceFile } from '../languages/javascript/files.js';
import { discover } from './discover.js';

const LISTING = [
  'src/app.ts',
  'packages/node_modules/@acme/api/index.js',
  'packages/node_modules/@acme/api/lib/tls.ts',
  'packages/node_modules/@acme/api/node_modules/dep/index.js',
  'packages/node_modules/@acme/api/README.md',
  'vendor/sdk/client.js',
  'vendor/sdk/LICENSE',
  'dist/app.js',
];

/** git's list of the repository, with `unignored` the folders `.gitignore` negations re-include. */
function gitWith(unignored: readonly string[]): Git {
  return {
    ...fakeGit('/repo', LISTING),
    unignoredFolders: (_directory, folders) =>
      Promise.resolve(new Set(folders.filter((folder) => unignored.includes(folder)))),
  };
}

const TREE = Object.fromEntries(LISTING.map((path) => [`/repo/${path}`, '']));

function run(git: Git, include?: string[], files: Record<string, string> = TREE) {
  return discover(
    {
      root: '/repo',
      targets: ['/repo'],
      noIgnore: false,
      isCandidate: isSourceFile,
      ...(include ? { includeRules: includeRules(include) } : {}),
    },
    { fs: memoryFileSystem(files), git },
  );
}

describe('default-excluded folders that hold the project’s source', () => {
  it('scans a folder .gitignore un-ignores, and names the skipped ones that git tracks files in', async () => {
    const result = await run(gitWith(['packages/node_modules']));
    expect(result.files.map((f) => f.path)).toEqual([
      'packages/node_modules/@acme/api/index.js',
      'packages/node_modules/@acme/api/lib/tls.ts',
      'src/app.ts',
    ]);
    expect(result.skippedFolders).toEqual([
      { path: 'dist', files: 1 },
      { path: 'packages/node_modules/@acme/api/node_modules', files: 1 },
      { path: 'vendor', files: 1 },
    ]);
    expect(result.skipped).toEqual({ 'excluded-directory': 3 });
  });

  it('skips every default-excluded folder when nothing un-ignores them, and says how many files each holds', async () => {
    const result = await run(gitWith([]));
    expect(result.files.map((f) => f.path)).toEqual(['src/app.ts']);
    expect(result.skippedFolders).toEqual([
      { path: 'dist', files: 1 },
      { path: 'packages/node_modules', files: 3 },
      { path: 'vendor', files: 1 },
    ]);
  });

  it('scans what an include pattern that names the folder matches, without narrowing the rest', async () => {
    const result = await run(gitWith([]), ['vendor/**']);
    expect(result.files.map((f) => f.path)).toEqual(['src/app.ts', 'vendor/sdk/client.js']);
    expect(result.skippedFolders.map((folder) => folder.path)).toEqual([
      'dist',
      'packages/node_modules',
    ]);
  });

  it('walks into a folder a .gitignore negation un-ignores outside git, and into one include names', async () => {
    const files = {
      '/repo/.gitignore': 'node_modules/\n!packages/node_modules/\n',
      '/repo/src/app.ts': '',
      '/repo/node_modules/dep/index.js': '',
      '/repo/packages/node_modules/@acme/api/index.js': '',
      '/repo/vendor/sdk/client.js': '',
    };
    const walked = await run(fakeGit(), undefined, files);
    expect(walked.files.map((f) => f.path)).toEqual([
      'packages/node_modules/@acme/api/index.js',
      'src/app.ts',
    ]);
    expect(walked.skipped).toEqual({ 'excluded-directory': 2 });
    expect(walked.skippedFolders).toEqual([]);
    const included = await run(fakeGit(), ['vendor/**'], files);
    expect(included.files.map((f) => f.path)).toContain('vendor/sdk/client.js');
    expect(included.files.map((f) => f.path)).not.toContain('node_modules/dep/index.js');
  });
});

describe('includeRules', () => {
  it('splits include into restricting patterns and patterns that lift a default exclude', () => {
    const rules = includeRules(['src/**', 'packages/node_modules/**', '**/dist/*.js']);
    expect(rules.restrict?.('src/a.ts')).toBe(true);
    expect(rules.restrict?.('packages/node_modules/a.js')).toBe(false);
    expect(rules.lifts?.('packages/node_modules/@x/a.js')).toBe(true);
    expect(rules.lifts?.('web/dist/app.js')).toBe(true);
    expect(rules.entersFolder('packages/node_modules')).toBe(true);
    expect(rules.entersFolder('node_modules')).toBe(true);
    expect(includeRules(['packages/node_modules/**']).entersFolder('node_modules')).toBe(false);
    expect(includeRules(undefined)).toMatchObject({ restrict: undefined, lifts: undefined });
  });
});
