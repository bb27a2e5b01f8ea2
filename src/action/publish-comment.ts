import { createHash } from 'node:crypto';
import { httpStatus, writeFailureWarning, type GitHubClient } from './github-api.js';
import type { RunnerContext } from './runner-context.js';
import type { StepLog } from './step-log.js';

/**
 * The hidden marker of this step's comment. Keyed by workflow, job and scan root, so two tlsguard steps
 * (say, two packages of a monorepo) keep one comment each.
 */
export function commentMarker(context: RunnerContext, pathPrefix: string): string {
  const key = createHash('sha256')
    .update([context.workflow ?? '', context.job ?? '', pathPrefix].join('\0'))
    .digest('hex')
    .slice(0, 12);
  return `<!-- tlsguard:pr-comment ${key} -->`;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string | undefined;
  readonly user: { readonly login: string; readonly type?: string } | null;
}

/**
 * One sticky comment per pull request (design §6): found by its marker among comments written by this
 * token's account, updated in place, never duplicated. A clean run updates an existing comment to the
 * all-clear but does not open a new one. A refused write is one warning; it never fails the step.
 */
export async function publishComment(
  client: GitHubClient,
  context: RunnerContext,
  comment: { body: string; marker: string; clean: boolean },
  log: StepLog,
): Promise<void> {
  const pr = context.pullRequest;
  if (pr === undefined) return;
  const where = { owner: context.owner, repo: context.repo };
  try {
    const author = await tokenAccount(client);
    const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
      ...where,
      issue_number: pr.number,
      per_page: 100,
    });
    const ours = comments
      .filter((c) => c.body?.includes(comment.marker) === true && author(c.user))
      .sort((a, b) => a.id - b.id);
    const [existing, ...duplicates] = ours;
    if (existing === undefined) {
      if (comment.clean) {
        log.info('No new findings and no earlier tlsguard comment: nothing to comment.');
        return;
      }
      await client.rest.issues.createComment({
        ...where,
        issue_number: pr.number,
        body: comment.body,
      });
      log.info(`Commented on pull request #${pr.number}.`);
      return;
    }
    if (existing.body !== comment.body)
      await client.rest.issues.updateComment({
        ...where,
        comment_id: existing.id,
        body: comment.body,
      });
    log.info(`Updated the tlsguard comment on pull request #${pr.number}.`);
    // Two runs racing can both create one; keep the oldest.
    for (const duplicate of duplicates)
      await client.rest.issues.deleteComment({ ...where, comment_id: duplicate.id });
  } catch (error) {
    log.warning(
      writeFailureWarning(
        `comment on pull request #${pr.number}`,
        '{ pull-requests: write }',
        error,
        context,
      ),
    );
  }
}

/**
 * Which comment authors are this token's account. A personal token can ask (`GET /user`); GitHub App
 * installation tokens, GITHUB_TOKEN included, cannot — GitHub answers 403, and some servers (GitHub
 * Enterprise, proxies) 404 or 401. Their comments are written by a bot account (`github-actions[bot]`,
 * `<app>[bot]`), a name no person can register.
 */
async function tokenAccount(
  client: GitHubClient,
): Promise<(user: IssueComment['user']) => boolean> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return (user) => user?.login === data.login;
  } catch (error) {
    if (!NOT_A_USER.has(httpStatus(error) ?? 0)) throw error;
    return (user) => user?.type === 'Bot' && user.login.endsWith('[bot]');
  }
}

/** `GET /user` answers for a token that belongs to no user account. */
const NOT_A_USER = new Set([401, 403, 404]);
