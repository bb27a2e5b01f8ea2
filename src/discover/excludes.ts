/**
 * What a scan leaves out by default (design §2): dependency, build and vendor folders, vendored package
 * manager tooling, and minified bundles — generated or third-party code whose findings the user cannot
 * act on. `--no-ignore` scans them.
 */
export const EXCLUDED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  'build',
  'vendor',
]);

/**
 * Yarn Berry's tooling, committed by design (`.yarn/releases` holds Yarn itself, `.yarn/plugins` its
 * plugins: megabyte bundles of other people's code), and its package store when zero-installs are on.
 */
const YARN_TOOLING = new Set(['releases', 'plugins', 'sdks', 'unplugged', 'cache']);
/** Yarn Plug'n'Play's generated loaders, at the root of each project that uses it. */
const VENDORED_FILES = new Set(['.pnp.cjs', '.pnp.loader.mjs', '.pnp.js']);

const MINIFIED = /\.min\.[cm]?js$/i;

export function isMinifiedName(path: string): boolean {
  return MINIFIED.test(path);
}

/** True for a folder left out by default, given its name and its parent folder's name. */
export function isExcludedDirectory(name: string, parentName: string | undefined): boolean {
  return EXCLUDED_DIRECTORIES.has(name) || (parentName === '.yarn' && YARN_TOOLING.has(name));
}

/**
 * True for a folder of a package manager's own tooling (`.yarn/releases`): third-party code by
 * definition, so unlike a tracked `node_modules` it is never named as source the scan left out.
 */
export function isToolingFolder(path: string): boolean {
  const segments = path.split('/');
  return segments.at(-2) === '.yarn' && YARN_TOOLING.has(segments.at(-1) ?? '');
}

/** True for a generated loader of a package manager (`.pnp.cjs`), wherever it sits. */
export function isVendoredFile(path: string): boolean {
  return VENDORED_FILES.has(path.slice(path.lastIndexOf('/') + 1));
}

/** The path of the first excluded folder in a `/`-separated relative file path: `pkg/node_modules`. */
export function excludedFolderOf(relativePath: string): string | undefined {
  const segments = relativePath.split('/');
  const index = segments.findIndex(
    (segment, position) =>
      position < segments.length - 1 && isExcludedDirectory(segment, segments[position - 1]),
  );
  return index < 0 ? undefined : segments.slice(0, index + 1).join('/');
}
