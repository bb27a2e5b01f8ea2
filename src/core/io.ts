/**
 * The only doors to the outside world the pipeline uses. `src/platform/` implements them for Node; tests
 * pass in-memory fakes, so no stage touches the disk or runs git directly.
 */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirectoryEntry {
  readonly name: string;
  readonly kind: EntryKind;
}

export type ReadOutcome =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly size: number }
  /** A folder, device or socket reached through a symlink or a stale listing: not source code. */
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'error'; readonly message: string };

export interface FileSystem {
  /** Absolute, normalized path of `paths` joined as `path.resolve` does, with `/` separators. */
  resolve(...paths: string[]): string;
  /** What `path` is; `undefined` when it does not exist. Symlinks are reported as such, not followed. */
  kindOf(path: string): Promise<EntryKind | undefined>;
  readDirectory(path: string): Promise<readonly DirectoryEntry[]>;
  /** Reads a whole file unless it is larger than `maxBytes`; never throws. */
  readFile(path: string, maxBytes: number): Promise<ReadOutcome>;
  /** Text of a small file such as `.gitignore`; `undefined` when it is missing or unreadable. */
  readText(path: string): Promise<string | undefined>;
}

export interface Git {
  /**
   * Files git would consider part of the work tree below `directory` (tracked, plus untracked files that
   * are not ignored), as paths relative to `directory` with `/`. `undefined` when `directory` is not in a
   * git work tree or git is not available.
   */
  listFiles(directory: string): Promise<readonly string[] | undefined>;
}
