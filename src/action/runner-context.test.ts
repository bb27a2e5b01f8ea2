import { describe, expect, it } from 'vitest';
import { readRunnerContext } from './runner-context.js';

const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: '/event.json',
  GITHUB_REPOSITORY: 'octocat/Hello-World',
  GITHUB_SHA: 'm'.repeat(40),
  GITHUB_WORKSPACE: '/w',
  GITHUB_SERVER_URL: 'https://github.example/',
  GITHUB_RUN_ID: '42',
};
const event = (headRepo: string | null) => ({
  pull_request: {
    number: 7,
    base: { sha: 'b'.repeat(40), repo: { full_name: 'octocat/Hello-World' } },
    head: { sha: 'h'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
  },
});

describe('runner context', () => {
  it('reads the repository, run URL and pull request from the environment and the event', () => {
    const context = readRunnerContext(env, () => event('octocat/Hello-World'), '/cwd');
    expect(context).toMatchObject({
      owner: 'octocat',
      repo: 'Hello-World',
      workspace: '/w',
      serverUrl: 'https://github.example',
      runUrl: 'https://github.example/octocat/Hello-World/actions/runs/42',
      pullRequest: { number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), fromFork: false },
    });
  });

  it('knows a fork (or a deleted head repository) gets a read-only token', () => {
    expect(readRunnerContext(env, () => event('someone/fork'), '/').pullRequest?.fromFork).toBe(
      true,
    );
    expect(readRunnerContext(env, () => event(null), '/').pullRequest?.fromFork).toBe(true);
  });

  it('has no pull request on other events', () => {
    const push = readRunnerContext(
      { ...env, GITHUB_EVENT_NAME: 'push' },
      () => event('x/y'),
      '/cwd',
    );
    expect(push.pullRequest).toBeUndefined();
  });
});
