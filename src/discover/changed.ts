import { UsageError } from '../core/errors.js';
import type { Git } from '../core/io.js';
import type { Discovery } from './discover.js';

/**
 * Diff mode: keeps the discovered files that changed since `commit` (added, modified, renamed or copied
 * in the work tree, untracked included), so a pull request costs what its own files cost. Filtering the
 * normal discovery, rather than trusting the diff's list, keeps every exclude and include rule as it is.
 */
export async function keepChanged(
  discovery: Discovery,
  root: string,
  commit: string,
  git: Git,
): Promise<Discovery> {
  const changes = await git.changesSince(root, commit);
  if (changes === undefined) {
    throw new UsageError(`--changed-only: git could not compare the work tree with ${commit}`);
  }
  const changed = new Set(
    changes.filter((change) => change.status !== 'deleted').map((change) => change.path),
  );
  return { ...discovery, files: discovery.files.filter((file) => changed.has(file.path)) };
}
