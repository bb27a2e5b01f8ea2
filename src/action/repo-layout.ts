import { relative, sep } from 'node:path';
import { normalizeRelative } from '../report/repo-path.js';
import { git } from '../platform/node-git.js';

/**
 * The scan root relative to the repository root, which annotations, links and SARIF need: git's own
 * answer when the root is in a work tree (right even when actions/checkout used a `path:`), else the
 * root relative to the workspace.
 */
export async function scanRootPrefix(root: string, workspace: string): Promise<string> {
  const prefix = await git(root, ['rev-parse', '--show-prefix']);
  if (prefix !== undefined) return normalizeRelative(prefix.trim());
  const fromWorkspace = normalizeRelative(relative(workspace, root), { windows: sep === '\\' });
  return fromWorkspace.startsWith('..') ? '' : fromWorkspace;
}
