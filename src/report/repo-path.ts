/**
 * Findings carry paths relative to the scan root; GitHub (annotations, links, SARIF) wants them relative
 * to the repository root, with `/`, no `./` and no leading `/` — otherwise annotations silently miss the
 * diff. `prefix` is the scan root relative to the repository root ('' when they are the same).
 */
export function repoPath(prefix: string, file: string): string {
  const folder = normalizeRelative(prefix);
  const path = normalizeRelative(file);
  return folder === '' ? path : `${folder}/${path}`;
}

/** `.\\packages\\api\\` → `packages/api`; `.`, `./` and `` → ``. */
export function normalizeRelative(path: string): string {
  return path
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}
