import { execFile } from 'node:child_process';
import type { Git } from '../core/io.js';

const MAX_OUTPUT = 512 * 1024 * 1024;

/** `Git` through the git command line; any failure (no git, not a work tree) means "not available". */
export const nodeGit: Git = {
  async listFiles(directory) {
    const listed = await git(directory, [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ]);
    if (listed === undefined) return undefined;
    const deleted = new Set(
      splitNul((await git(directory, ['ls-files', '-z', '--deleted'])) ?? ''),
    );
    // Unmerged paths are listed once per conflict stage.
    return [...new Set(splitNul(listed))].filter((path) => !deleted.has(path));
  },
};

/** Runs git in `cwd`; stdout, or undefined when git fails or is missing. */
export function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        resolve(error ? undefined : stdout);
      },
    );
  });
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((path) => path.length > 0);
}
