/** File extensions tlsguard parses as JavaScript or TypeScript (JSX where the compiler allows it). */
export const SOURCE_EXTENSIONS: readonly string[] = [
  '.js',
  '.cjs',
  '.mjs',
  '.jsx',
  '.ts',
  '.cts',
  '.mts',
  '.tsx',
];

/**
 * Declaration files (`.d.ts`, `.d.mts`, `.d.cts`) only describe types: no code in them ever runs, so no
 * rule can find anything there. Generated typings are often the largest files of a repository
 * (googleapis ships 160 MB of them), so they are not scanned at all.
 */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

export function isSourceFile(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return (
    dot >= 0 &&
    SOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase()) &&
    !DECLARATION_FILE.test(path)
  );
}
