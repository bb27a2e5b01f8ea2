import type { IncludeRules } from '../config/include-overrides.js';
import type { Git } from '../core/io.js';
import { excludedFolderOf, isToolingFolder } from './excludes.js';

/** A default-excluded folder that git lists source files in, skipped: outputs name it (issue 13). */
export interface SkippedFolder {
  /** Relative to the scan root, with `/`. */
  readonly path: string;
  /**
   * JavaScript/TypeScript files git lists there (tracked, or untracked and not ignored) that the
   * configuration's `exclude` does not leave out anyway.
   */
  readonly files: number;
}

export interface ExcludedSorting {
  /** Paths (relative to the listed folder) to scan after all. */
  readonly kept: readonly string[];
  /** Folders left out (relative to the listed folder) and the candidate files each holds. */
  readonly skipped: readonly { readonly folder: string; readonly files: number }[];
}

/**
 * Sorts the files git lists inside default-excluded folders (`node_modules`, `dist`, `build`,
 * `vendor`). A folder the repository's `.gitignore` explicitly un-ignores (`!packages/node_modules`)
 * holds the project's own source, and so does one an `include` pattern names: those are scanned.
 * The others are skipped — and counted, so no output can hide that source was left out.
 * `toRoot` turns a listed path into one relative to the scan root, as `include` and `isCandidate` see it.
 */
export async function sortExcluded(
  listed: readonly string[],
  directory: string,
  git: Git,
  rules: {
    readonly include?: IncludeRules;
    readonly isCandidate: (path: string) => boolean;
    readonly toRoot: (path: string) => string;
  },
): Promise<ExcludedSorting> {
  const prefixes = new Map(listed.map((path) => [path, excludedPrefixes(path)]));
  const folders = new Set([...prefixes.values()].flat());
  const unignored =
    folders.size === 0 ? new Set<string>() : await unignoredIn(git, directory, [...folders]);
  const kept: string[] = [];
  const counts = new Map<string, number>();
  for (const [path, excluded] of prefixes) {
    // Yarn's own tooling is un-ignored by every Yarn Berry .gitignore (`!.yarn/plugins`): committed,
    // but never the project's source.
    const blocking = excluded.find((folder) => !unignored.has(folder) || isToolingFolder(folder));
    const root = rules.toRoot(path);
    if (blocking === undefined || rules.include?.lifts?.(root)) {
      kept.push(path);
    } else {
      counts.set(blocking, (counts.get(blocking) ?? 0) + (rules.isCandidate(root) ? 1 : 0));
    }
  }
  const skipped = [...counts].map(([folder, files]) => ({ folder, files }));
  return { kept, skipped };
}

/** `a/node_modules/b/dist/c.js` → `['a/node_modules', 'a/node_modules/b/dist']`. */
function excludedPrefixes(path: string): string[] {
  const prefixes: string[] = [];
  let offset = 0;
  for (let folder = excludedFolderOf(path); folder !== undefined;) {
    const absolute = path.slice(0, offset) + folder;
    prefixes.push(absolute);
    offset = absolute.length + 1;
    folder = excludedFolderOf(path.slice(offset));
  }
  return prefixes;
}

async function unignoredIn(
  git: Git,
  directory: string,
  folders: readonly string[],
): Promise<ReadonlySet<string>> {
  return git.unignoredFolders ? git.unignoredFolders(directory, folders) : new Set();
}
