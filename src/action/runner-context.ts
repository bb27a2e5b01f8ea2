/**
 * What the Actions runner tells a step through its environment and the event payload file. Read once,
 * by hand rather than through `github.context`, so it is plain data that tests can build.
 */
export interface RunnerContext {
  readonly eventName: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly owner: string;
  readonly repo: string;
  /** The commit the run checked out (a pull request's merge commit on `pull_request`). */
  readonly sha: string;
  readonly workspace: string;
  readonly serverUrl: string;
  readonly runUrl?: string;
  readonly actor?: string;
  readonly workflow?: string;
  readonly job?: string;
  readonly pullRequest?: PullRequestInfo;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** The head branch lives in another repository: GitHub gives the run a read-only token. */
  readonly fromFork: boolean;
}

export type Environment = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readRunnerContext(
  env: Environment,
  readEvent: (path: string) => unknown,
  cwd: string,
): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = withoutTrailingSlashes(env.GITHUB_SERVER_URL ?? 'https://github.com');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const event = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(event) : undefined;
  return {
    eventName,
    repository,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    serverUrl,
    ...(env.GITHUB_RUN_ID && repository
      ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...optional('actor', env.GITHUB_ACTOR),
    ...optional('workflow', env.GITHUB_WORKFLOW),
    ...optional('job', env.GITHUB_JOB),
    ...(pullRequest ? { pullRequest } : {}),
  };
}

function pullRequestOf(event: unknown): PullRequestInfo | undefined {
  const pr = field(event, 'pull_request');
  const number = field(pr, 'number');
  const baseSha = field(field(pr, 'base'), 'sha');
  const headSha = field(field(pr, 'head'), 'sha');
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string')
    return undefined;
  const headRepo = field(field(field(pr, 'head'), 'repo'), 'full_name');
  const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name');
  return {
    number,
    baseSha,
    headSha,
    fromFork: typeof headRepo !== 'string' || headRepo !== baseRepo,
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** Drops trailing `/` without a regular expression (`/\/+$/` backtracks quadratically). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
