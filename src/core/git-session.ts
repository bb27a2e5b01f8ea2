import type { FileChange, Git } from './io.js';

/**
 * One scan's view of git, where each question about the work tree and a commit is asked once. Diff
 * mode, the base revision and the policy check all ask what changed since a pull request's base — each
 * answer a `git diff` that looks at every tracked file plus a walk of the tree for untracked ones — and
 * which commit the base names.
 */
export function gitSession(git: Git): Git {
  const changes = new Map<string, Promise<readonly FileChange[] | undefined>>();
  const commits = new Map<string, Promise<string | undefined>>();
  return {
    ...git,
    changesSince: (directory, commit) =>
      once(changes, `${directory}\0${commit}`, () => git.changesSince(directory, commit)),
    resolveCommit: (directory, revision) =>
      once(commits, `${directory}\0${revision}`, () => git.resolveCommit(directory, revision)),
  };
}

function once<T>(answers: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let answer = answers.get(key);
  if (!answer) {
    answer = ask();
    answers.set(key, answer);
  }
  return answer;
}
