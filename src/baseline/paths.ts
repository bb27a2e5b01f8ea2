/**
 * Re-expresses `path`, relative to folder `from`, relative to folder `to` (both absolute, with `/`).
 * Undefined when the file is not below `to` — a baseline entry of another package, say.
 */
export function relocate(path: string, from: string, to: string): string | undefined {
  const absolute = `${trimSlash(from)}/${path}`;
  const prefix = `${trimSlash(to)}/`;
  return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : undefined;
}

export function dirname(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

function trimSlash(folder: string): string {
  return folder.endsWith('/') ? folder.slice(0, -1) : folder;
}
