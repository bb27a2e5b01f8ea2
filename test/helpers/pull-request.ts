import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from './git-repo.js';
import { REPO_ROOT } from './run-cli.js';

/** A realistic `pull_request` (synchronize) payload; it validates against GitHub's webhook schema. */
const PAYLOAD_FILE = join(REPO_ROOT, 'test', 'fixtures', 'action', 'pull_request.synchronize.json');

interface Payload {
  after: string;
  pull_request: { base: { sha: string }; head: { sha: string; repo: { full_name: string } } };
}

export function pullRequestEvent(base: string, head: string, fork = false): unknown {
  const payload = JSON.parse(readFileSync(PAYLOAD_FILE, 'utf8')) as Payload;
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.after = head;
  if (fork) payload.pull_request.head.repo.full_name = 'someone/Hello-World';
  return payload;
}

export interface PullRequestCheckout {
  readonly repo: GitRepo;
  /** The base branch's commit the pull request is merged with. */
  readonly base: string;
  /** The pull request's head commit. */
  readonly head: string;
  /** GitHub's merge commit (what actions/checkout checks out; GITHUB_SHA). */
  readonly merge: string;
  readonly event: unknown;
}

/**
 * A repository as actions/checkout leaves it on `pull_request`: the merge commit of the pull request's
 * head (`files` added on a branch) into the base branch (`baseFiles`), checked out with its parents.
 */
export function pullRequestCheckout(
  baseFiles: Record<string, string>,
  files: Record<string, string>,
  /** More of the pull request's work, after `files` are written (links, generated files). */
  more?: (repo: GitRepo) => void,
): PullRequestCheckout {
  const repo = new GitRepo(baseFiles);
  repo.commit('base');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'topic');
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  more?.(repo);
  repo.commit('pull request');
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge head into base', 'topic');
  repo.git('branch', '-q', '-D', 'topic');
  const merge = repo.git('rev-parse', 'HEAD').trim();
  return { repo, base, head, merge, event: pullRequestEvent(base, head) };
}

/** A `fetch-depth: 1` clone of the merge commit: neither parent is there. */
export function shallowClone(checkout: PullRequestCheckout): string {
  const target = join(mkdtempSync(join(tmpdir(), 'tlsguard-shallow-')), 'ws');
  execFileSync('git', ['clone', '-q', '--depth=1', `file://${checkout.repo.root}`, target], {
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  return target;
}
