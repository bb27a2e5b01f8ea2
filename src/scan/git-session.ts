import type { FileChange, Git } from '../core/io.js';

/**
 * One scan's view of git, where each question about the work tree and a commit is asked once. Diff
 * mode, the base revision and the policy check all ask what changed since a pull request's base — each
 * answer a `git diff` that looks at every tracked file plus a walk of the tree for untracked ones — and
 * which commit the base names. With `committed`, "what changed" is what was committed since the base
 * (up to HEAD): no look at the work tree, whose other files earlier steps of a CI job made.
 */
export function gitSession(git: Git, options: { readonly committed?: boolean } = {}): Git {
  const changes = new Map<string, Promise<readonly FileChange[] | undefined>>();
  const commits = new Map<string, Promise<string | undefined>>();
  // What changed since a commit: up to the work tree, or (`committed`) up to HEAD only.
  const changedSince = options.committed
    ? (directory: string, commit: string) => git.changesBetween(directory, commit, 'HEAD')
    : (directory: string, commit: string) => git.changesSince(directory, commit);
  return {
    ...git,
    changesSince: (directory, commit) =>
      once(changes, `${directory}\0${commit}`, () => changedSince(directory, commit)),
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
