import type { Git } from '../core/io.js';
import type { RunnerContext } from './runner-context.js';

export interface BaseRefChoice {
  /** The revision to compare with, if any. */
  readonly baseRef?: string;
  /** Why the automatic base could not be used, and the exact fix. */
  readonly warning?: string;
}

/**
 * The base the findings are compared with (design §5). An explicit `base-ref` is used as given — if it
 * is missing the scan stops with a configuration error. On a pull request the default is its base, when
 * that commit is in the clone: with the merge commit checked out (the default) its first parent is the
 * base it was merged with, which `fetch-depth: 2` brings along; otherwise `pull_request.base.sha`.
 * Without either the run goes on (baseline file only) and says what to add.
 */
export async function chooseBaseRef(
  input: string | false | undefined,
  context: RunnerContext,
  root: string,
  git: Git,
): Promise<BaseRefChoice> {
  if (typeof input === 'string') return { baseRef: input };
  const pr = context.pullRequest;
  if (input === false || pr === undefined) return {};
  if (await isMergeCheckout(context, root, git)) {
    const parent = await git.resolveCommit(root, 'HEAD^1');
    if (parent !== undefined) return { baseRef: parent };
  }
  const base = await git.resolveCommit(root, pr.baseSha);
  if (base !== undefined) return { baseRef: base };
  return {
    warning:
      `tlsguard cannot compare with this pull request's base commit ${pr.baseSha.slice(0, 12)}: it is not in ` +
      `the clone (actions/checkout fetches one commit by default). Add \`with: { fetch-depth: 2 }\` to the ` +
      `actions/checkout step so that only findings this pull request adds count as new. Until then every ` +
      `finding that is not in the baseline file is reported as new.`,
  };
}

/** HEAD is GitHub's merge commit of the pull request: its second parent is the pull request's head. */
async function isMergeCheckout(context: RunnerContext, root: string, git: Git): Promise<boolean> {
  const pr = context.pullRequest;
  if (pr === undefined) return false;
  const head = await git.resolveCommit(root, 'HEAD');
  if (head === undefined || head === pr.headSha) return false;
  return (await git.resolveCommit(root, 'HEAD^2')) === pr.headSha;
}
