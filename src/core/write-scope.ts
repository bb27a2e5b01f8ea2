/**
 * The folder a write is checked from (`WriteOptions.within`). Below the scan root or workspace every
 * folder may come from the repository — a pull request can commit a symbolic link where tlsguard
 * writes — so a path there is checked from that root. A path outside it is one the user typed (a flag, an
 * Action input): its folder is taken as given. Both paths absolute, with `/`.
 */
export function writeScope(path: string, root: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  if (path.startsWith(prefix)) return root;
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
