import { getOctokit } from '@actions/github';
import type { RunnerContext } from './runner-context.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Octokit for GITHUB_API_URL (read by @actions/github when the bundle loads), through the runner's proxy. */
export function createClient(token: string): GitHubClient {
  return getOctokit(token);
}

export function httpStatus(error: unknown): number | undefined {
  const status =
    typeof error === 'object' && error !== null
      ? (error as { status?: unknown }).status
      : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * One warning for a report GitHub refused. A 403/404 on a write means the token may not do it: name the
 * permission to add (and why forks and Dependabot cannot have it). The step's outcome never depends on it.
 */
export function writeFailureWarning(
  what: string,
  permission: string,
  error: unknown,
  context: RunnerContext,
): string {
  const status = httpStatus(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (status !== 403 && status !== 404)
    return `tlsguard could not ${what}: ${reason}. The findings are in the job summary.`;
  const readOnly =
    context.pullRequest?.fromFork === true || context.actor === 'dependabot[bot]'
      ? ' Runs for pull requests from forks and from Dependabot get a read-only token, so this cannot work there; the job summary has the full report.'
      : '';
  return (
    `tlsguard could not ${what} (HTTP ${status}: ${reason}). Give the job's token the permission ` +
    `\`permissions: ${permission}\` in the workflow (or set the \`token\` input to a token that has it).${readOnly}`
  );
}
