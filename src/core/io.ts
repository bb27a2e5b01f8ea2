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
  /** The path itself is a symbolic link: it is not followed (the scan decides what to say about it). */
  | { readonly kind: 'symlink' }
  | { readonly kind: 'error'; readonly message: string };

export interface FileSystem {
  /** Absolute, normalized path of `paths` joined as `path.resolve` does, with `/` separators. */
  resolve(...paths: string[]): string;
  /** What `path` is; `undefined` when it does not exist. Symlinks are reported as such, not followed. */
  kindOf(path: string): Promise<EntryKind | undefined>;
  readDirectory(path: string): Promise<readonly DirectoryEntry[]>;
  /** The path with every symbolic link resolved, as `realpath` does; `undefined` when it does not exist. */
  realPath(path: string): Promise<string | undefined>;
  /**
   * Reads a whole file unless it is larger than `maxBytes` or is a symbolic link; never throws. The bytes may share memory
   * with the next call's (the Node implementation reuses one buffer, so reading 50k files allocates
   * nothing): use or copy them before reading another file, and read one file at a time.
   */
  readFile(path: string, maxBytes: number): Promise<ReadOutcome>;
  /** Text of a small file such as `.gitignore`; `undefined` when it is missing or unreadable. */
  readText(path: string): Promise<string | undefined>;
  /**
   * Replaces a file's content atomically: a new temporary file with a random name (exclusive create),
   * renamed over the target. No folder between `options.within` and the file may be a symbolic link.
   * Throws on failure, and when the path is refused.
   */
  writeText(path: string, text: string, options: WriteOptions): Promise<WriteOutcome>;
  /** Creates a file that must not exist yet (same checks as `writeText`); false when it already does. */
  createText(path: string, text: string, options: WriteOptions): Promise<boolean>;
}

export interface WriteOptions {
  /**
   * The trusted folder the file must be inside: every folder below it is checked not to be a symbolic
   * link (a repository can commit links). Choose the scan root or workspace for paths inside it.
   */
  readonly within: string;
  /** Create missing folders (and `within` itself). */
  readonly createFolders?: boolean;
  /** A symbolic link at the file's own name is replaced by the file (its target is never touched); otherwise refused. */
  readonly replaceLink?: boolean;
  /** Readable by the owner only (0600): secrets such as the cache key. */
  readonly private?: boolean;
}

export interface WriteOutcome {
  /** The target was a symbolic link, now replaced by the file. */
  readonly replacedLink: boolean;
}

/** One file of `git diff --name-status -M <commit>` (commit → work tree); paths relative to the folder asked. */
export interface FileChange {
  readonly status: 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';
  readonly path: string;
  /** For renames and copies: where it came from. */
  readonly oldPath?: string;
}

/**
 * What tlsguard asks git. Every method answers `undefined` when git cannot (not a work tree, no git,
 * unknown commit) instead of throwing. Paths are relative to `directory`, with `/`.
 */
export interface Git {
  /** Tracked files plus untracked files that are not ignored, below `directory`. */
  listFiles(directory: string): Promise<readonly string[] | undefined>;
  /** The full hash of `revision` when that commit is present in this clone. */
  resolveCommit(directory: string, revision: string): Promise<string | undefined>;
  /**
   * Where `directory` is in its work tree, relative to the top with `/` (`''` at the top; `packages/api/`
   * below it); undefined outside a git work tree. Absent: unknown.
   */
  workTreePrefix?(directory: string): Promise<string | undefined>;
  /** True when the clone is shallow (history cut off), so older commits may simply not be fetched. */
  isShallow(directory: string): Promise<boolean>;
  /** Files changed between `commit` and the work tree, with renames detected; untracked files are added. */
  changesSince(directory: string, commit: string): Promise<readonly FileChange[] | undefined>;
  /** Files changed between two commits, with renames detected: what was committed, nothing else. */
  changesBetween(
    directory: string,
    from: string,
    to: string,
  ): Promise<readonly FileChange[] | undefined>;
  /** Every file below `directory` at `commit`. */
  filesAt(
    directory: string,
    commit: string,
    paths?: ReadonlySet<string>,
  ): Promise<ReadonlySet<string> | undefined>;
  /** The content of `path` at `commit`. */
  show(directory: string, commit: string, path: string): Promise<string | undefined>;
  /** The contents of several files at `commit` in one go (one git process); missing files are left out. */
  showAll(
    directory: string,
    commit: string,
    paths: readonly string[],
  ): Promise<ReadonlyMap<string, string> | undefined>;
  /** Whether git tracks the file at this absolute path (false outside a work tree). */
  isTracked(path: string): Promise<boolean>;
  /** The last commit that changed `path` (used to find renames since the baseline was written). */
  lastCommitTouching(directory: string, path: string): Promise<string | undefined>;
  /**
   * Which of `folders` (relative to `directory`) a `.gitignore` explicitly un-ignores with a negation
   * (`!packages/node_modules`): the project says they hold its own files. Absent: none.
   */
  unignoredFolders?(directory: string, folders: readonly string[]): Promise<ReadonlySet<string>>;
}
