import type { FileChange, Git } from './io.js';

/**
 * One scan's view of git, where each comparison of the work tree with a commit is made once. Diff mode
 * and the base revision both ask what changed since a pull request's base, and every answer costs a
 * `git diff` that looks at each tracked file and a walk of the tree for untracked ones.
 */
export function gitSession(git: Git): Git {
  const changes = new Map<string, Promise<readonly FileChange[] | undefined>>();
  return {
    ...git,
    changesSince(directory, commit) {
      const key = `${directory}\0${commit}`;
      let answer = changes.get(key);
      if (!answer) {
        answer = git.changesSince(directory, commit);
        changes.set(key, answer);
      }
      return answer;
    },
  };
}
