import { UsageError } from '../core/errors.js';
import type { Git } from '../core/io.js';

/**
 * Diff mode: the files that changed since `commit` (added, modified, renamed or copied in the work
 * tree, untracked included), relative to `root`. The scan keeps the discovered files among them, so
 * every exclude and include rule still applies and a pull request costs what its own files cost.
 */
export async function changedFiles(
  root: string,
  commit: string,
  git: Git,
): Promise<ReadonlySet<string>> {
  const changes = await git.changesSince(root, commit);
  if (changes === undefined) {
    throw new UsageError(`--changed-only: git could not compare the work tree with ${commit}`);
  }
  return new Set(
    changes.filter((change) => change.status !== 'deleted').map((change) => change.path),
  );
}
