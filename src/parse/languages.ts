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

export function isSourceFile(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && SOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}
