import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import type { SkipReason } from '../core/types.js';
import type { IncludeRules } from '../config/include-overrides.js';
import { sortExcluded, type SkippedFolder } from './excluded-folders.js';
import { excludedFolderOf, isMinifiedName, isToolingFolder, isVendoredFile } from './excludes.js';
import { walkFiles } from './gitignore-walk.js';

export interface DiscoverRequest {
  /** Absolute scan root; every path in the result is relative to it. */
  readonly root: string;
  /** Absolute files or folders to scan (the root itself when the user named none). */
  readonly targets: readonly string[];
  /** Scan everything below the targets: no default excludes, no `.gitignore`. */
  readonly noIgnore: boolean;
  /** Which files are worth reading at all (by extension). */
  readonly isCandidate: (path: string) => boolean;
  /** The configuration's include/exclude globs: false leaves a file out (counted). */
  readonly pathFilter?: (path: string) => boolean;
  /** `include` patterns that name a default-excluded folder scan it (include-overrides.ts). */
  readonly includeRules?: IncludeRules;
  /**
   * The only files to consider, relative to the root (diff mode: the files a pull request changed).
   * Nothing else is listed: the cost follows the change, not the tree. The same rules apply to them.
   */
  readonly only?: ReadonlySet<string>;
}

export interface DiscoveredFile {
  readonly absolute: string;
  /** Relative to the root, with `/`. */
  readonly path: string;
}

export interface Discovery {
  readonly files: readonly DiscoveredFile[];
  readonly skipped: Partial<Record<SkipReason, number>>;
  /** Default-excluded folders skipped although git lists source files in them. */
  readonly skippedFolders: readonly SkippedFolder[];
}

/**
 * The candidate files of a scan. In a git work tree git's own list (tracked + untracked, not ignored),
 * elsewhere an ignore-aware walk; default excludes are applied below each target and counted.
 */
export async function discover(
  request: DiscoverRequest,
  io: { fs: FileSystem; git: Git },
): Promise<Discovery> {
  const found = new Map<string, DiscoveredFile>();
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const skippedFolders = new Map<string, number>();
  const skipFolder = (folder: SkippedFolder): void => {
    skip('excluded-directory');
    if (folder.files > 0 && !isToolingFolder(folder.path))
      skippedFolders.set(folder.path, folder.files);
  };
  for (const target of request.targets) {
    const kind = await io.fs.kindOf(target);
    if (kind === undefined) throw new UsageError(`no such file or folder: ${target}`);
    const listed =
      kind === 'directory' ? await listDirectory(request, io, target, skipFolder) : [target];
    for (const absolute of listed) {
      const path = relativeTo(request.root, absolute);
      if (!request.isCandidate(path) || found.has(path)) continue;
      const reason = kind === 'directory' ? undefined : explicitFileSkip(request, path);
      if (reason) skip(reason);
      else if (!request.noIgnore && isMinifiedName(path)) skip('minified');
      else if (!request.noIgnore && isVendoredFile(path)) skip('vendored');
      else if (request.pathFilter && !request.pathFilter(path)) skip('ignored-by-config');
      else found.set(path, { absolute, path });
    }
  }
  const files = [...found.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const folders = [...skippedFolders]
    .map(([path, files]) => ({ path, files }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, skippedFolders: folders };
}

async function listDirectory(
  request: DiscoverRequest,
  io: { fs: FileSystem; git: Git },
  directory: string,
  skipFolder: (folder: SkippedFolder) => void,
): Promise<string[]> {
  const toRoot = (relative: string): string => relativeTo(request.root, `${directory}/${relative}`);
  const only = request.only && onlyBelow(request, directory);
  if (only && request.noIgnore) return only.map((relative) => `${directory}/${relative}`);
  const fromGit = only ?? (request.noIgnore ? undefined : await io.git.listFiles(directory));
  if (fromGit) {
    const sorted = await sortExcluded(fromGit, directory, io.git, {
      ...(request.includeRules ? { include: request.includeRules } : {}),
      // Files the configuration leaves out anyway are no source the user is missing.
      isCandidate: (path) => request.isCandidate(path) && (request.pathFilter?.(path) ?? true),
      toRoot,
    });
    for (const { folder, files } of sorted.skipped) skipFolder({ path: toRoot(folder), files });
    return sorted.kept.map((relative) => `${directory}/${relative}`);
  }
  const walked = await walkFiles(io.fs, directory, {
    ignoring: !request.noIgnore,
    // Outside git there is nothing tracked to count: a skipped folder is just counted.
    onExcludedDirectory: (relative, unignored) => {
      const projectSource = unignored && !isToolingFolder(relative);
      if (projectSource || request.includeRules?.entersFolder(toRoot(relative))) return true;
      skipFolder({ path: toRoot(relative), files: 0 });
      return false;
    },
  });
  return walked.map((relative) => `${directory}/${relative}`);
}

/** The given files below a listed folder, relative to it. */
function onlyBelow(request: DiscoverRequest, directory: string): string[] {
  const prefix = relativeTo(request.root, directory);
  const below = [...(request.only ?? [])].filter(
    (path) => prefix === '' || path.startsWith(`${prefix}/`),
  );
  return below.map((path) => (prefix === '' ? path : path.slice(prefix.length + 1)));
}

/** A file named on the command line is still left out when it sits in an excluded folder. */
function explicitFileSkip(request: DiscoverRequest, path: string): SkipReason | undefined {
  if (request.noIgnore) return undefined;
  return excludedFolderOf(path) === undefined ? undefined : 'excluded-directory';
}

function relativeTo(root: string, absolute: string): string {
  if (absolute === root) return '';
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute;
}
