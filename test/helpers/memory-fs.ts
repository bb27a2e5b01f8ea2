import type { DirectoryEntry, EntryKind, FileSystem, Git, ReadOutcome } from '../../src/core/io.js';

/**
 * An in-memory `FileSystem`: `files` maps absolute paths to contents. Folders are implied by the paths;
 * `symlinks` maps a link's path to its target (a folder or a file; never followed by the walk or reads).
 */
export function memoryFileSystem(
  files: Record<string, string>,
  symlinks: Record<string, string> = {},
): FileSystem {
  const isFolder = (path: string): boolean =>
    Object.keys(files).some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  const kind = (path: string): EntryKind | undefined => {
    if (path in symlinks) return 'symlink';
    if (path in files) return 'file';
    return isFolder(path) ? 'directory' : undefined;
  };
  return {
    resolve: (...paths) =>
      paths
        .reduce((acc, part) => (part.startsWith('/') ? part : `${acc}/${part}`), '')
        .replace(/\/\.$|\/\.(?=\/)/g, '') || '/',
    kindOf: (path) => Promise.resolve(kind(path)),
    readDirectory(path) {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = new Set<string>();
      for (const candidate of [...Object.keys(files), ...Object.keys(symlinks)]) {
        if (candidate.startsWith(prefix)) names.add(candidate.slice(prefix.length).split('/')[0]!);
      }
      const entries = [...names].map((name): DirectoryEntry => ({
        name,
        kind: kind(prefix + name)!,
      }));
      return Promise.resolve(entries);
    },
    realPath(path) {
      const target = symlinks[path];
      if (target !== undefined) return Promise.resolve(kind(target) ? target : undefined);
      return Promise.resolve(kind(path) ? path : undefined);
    },
    readFile(path, maxBytes): Promise<ReadOutcome> {
      if (path in symlinks) return Promise.resolve({ kind: 'symlink' });
      const text = files[path];
      if (text === undefined)
        return Promise.resolve({ kind: 'error', message: 'the file no longer exists' });
      const bytes = new TextEncoder().encode(text);
      if (bytes.byteLength > maxBytes)
        return Promise.resolve({ kind: 'too-large', size: bytes.byteLength });
      return Promise.resolve({ kind: 'ok', bytes });
    },
    readText: (path) => Promise.resolve(files[path]),
    writeText(path, text) {
      files[path] = text;
      return Promise.resolve({ replacedLink: false });
    },
    createText(path, text) {
      if (path in files) return Promise.resolve(false);
      files[path] = text;
      return Promise.resolve(true);
    },
  };
}

/** A `Git` that knows one work tree: `listing` is what `git ls-files` would print, relative to `top`. */
export function fakeGit(top?: string, listing: readonly string[] = []): Git {
  return {
    listFiles(directory) {
      if (top === undefined || !(directory === top || directory.startsWith(`${top}/`))) {
        return Promise.resolve(undefined);
      }
      const below = directory === top ? '' : `${directory.slice(top.length + 1)}/`;
      return Promise.resolve(
        listing.filter((path) => path.startsWith(below)).map((path) => path.slice(below.length)),
      );
    },
    resolveCommit: () => Promise.resolve(undefined),
    isShallow: () => Promise.resolve(false),
    changesSince: () => Promise.resolve(undefined),
    changesBetween: () => Promise.resolve(undefined),
    filesAt: () => Promise.resolve(undefined),
    show: () => Promise.resolve(undefined),
    showAll: () => Promise.resolve(undefined),
    isTracked: () => Promise.resolve(false),
    lastCommitTouching: () => Promise.resolve(undefined),
  };
}
