import { describe, expect, it } from 'vitest';
import { fakeGit } from '../../test/helpers/memory-fs.js';
import { chooseBaseRef } from './base-ref.js';
import type { RunnerContext } from './runner-context.js';

const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const MERGE = 'm'.repeat(40);
const PARENT = 'p'.repeat(40);

const context: RunnerContext = {
  eventName: 'pull_request',
  repository: 'o/r',
  owner: 'o',
  repo: 'r',
  sha: MERGE,
  workspace: '/w',
  serverUrl: 'https://github.com',
  pullRequest: { number: 1, baseSha: BASE, headSha: HEAD, fromFork: false },
};

/** A git that knows exactly `commits` (revision → hash). */
function gitWith(commits: Record<string, string>) {
  return { ...fakeGit(), resolveCommit: (_: string, rev: string) => Promise.resolve(commits[rev]) };
}

describe('choosing the base to compare with', () => {
  it('uses an explicit base-ref as given, and nothing for none or outside pull requests', async () => {
    expect(await chooseBaseRef('main', context, '/w', gitWith({}))).toEqual({ baseRef: 'main' });
    expect(await chooseBaseRef(false, context, '/w', gitWith({ [BASE]: BASE }))).toEqual({});
    const push = { ...context, eventName: 'push', pullRequest: undefined };
    expect(await chooseBaseRef(undefined, push, '/w', gitWith({ [BASE]: BASE }))).toEqual({});
  });

  it("takes the merge commit's first parent when the checkout is GitHub's merge commit", async () => {
    const git = gitWith({ HEAD: MERGE, 'HEAD^2': HEAD, 'HEAD^1': PARENT, [BASE]: BASE });
    expect(await chooseBaseRef(undefined, context, '/w', git)).toEqual({ baseRef: PARENT });
  });

  it('takes pull_request.base.sha when the head itself is checked out (HEAD^1 would be the branch)', async () => {
    const git = gitWith({ HEAD, 'HEAD^1': PARENT, [BASE]: BASE });
    expect(await chooseBaseRef(undefined, context, '/w', git)).toEqual({ baseRef: BASE });
  });

  it('warns with the exact fix, and compares with nothing, when the base is not in the clone', async () => {
    const choice = await chooseBaseRef(undefined, context, '/w', gitWith({ HEAD: MERGE }));
    expect(choice.baseRef).toBeUndefined();
    expect(choice.warning).toContain('fetch-depth: 2');
    expect(choice.warning).toContain(BASE.slice(0, 12));
  });
});
