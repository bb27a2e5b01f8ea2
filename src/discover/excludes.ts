/**
 * What a scan leaves out by default (design §2): dependency, build and vendor folders, and minified
 * bundles — generated or third-party code whose findings the user cannot act on. `--no-ignore` scans them.
 */
export const EXCLUDED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  'build',
  'vendor',
]);

const MINIFIED = /\.min\.[cm]?js$/i;

export function isMinifiedName(path: string): boolean {
  return MINIFIED.test(path);
}

/** The path of the first excluded folder in a `/`-separated relative file path: `pkg/node_modules`. */
export function excludedFolderOf(relativePath: string): string | undefined {
  const segments = relativePath.split('/');
  const index = segments.findIndex(
    (segment, position) => position < segments.length - 1 && EXCLUDED_DIRECTORIES.has(segment),
  );
  return index < 0 ? undefined : segments.slice(0, index + 1).join('/');
}
