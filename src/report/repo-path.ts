/**
 * Findings carry POSIX paths relative to the scan root; GitHub (annotations, links, SARIF) wants them
 * relative to the repository root, with `/`, no `./` and no leading `/` — otherwise annotations silently
 * miss the diff. `prefix` is the scan root relative to the repository root ('' when they are the same).
 * A backslash in a finding's path is part of a POSIX file name, not a separator, and is kept.
 */
export function repoPath(prefix: string, file: string): string {
  const folder = normalizeRelative(prefix);
  const path = normalizeRelative(file);
  return folder === '' ? path : `${folder}/${path}`;
}

/**
 * `./packages/api/` → `packages/api`; `.` and `` → ``. With `windows`, `\` separates folders too
 * (`path.relative` output on Windows).
 */
export function normalizeRelative(path: string, options: { windows?: boolean } = {}): string {
  return (options.windows ? path.replaceAll('\\', '/') : path)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}
