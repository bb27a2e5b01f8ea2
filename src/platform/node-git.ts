import { execFile, spawn } from 'node:child_process';
import type { FileChange, Git } from '../core/io.js';

const MAX_OUTPUT = 512 * 1024 * 1024;

/** `Git` through the git command line; any failure (no git, not a work tree, no such commit) is undefined. */
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

  async resolveCommit(directory, revision) {
    if (revision.startsWith('-')) return undefined;
    const hash = await git(directory, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${revision}^{commit}`,
    ]);
    return nonEmpty(hash?.trim());
  },

  async isShallow(directory) {
    return (await git(directory, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
  },

  async changesSince(directory, commit) {
    const [output, untracked] = await Promise.all([
      git(directory, ['diff', '--name-status', '-z', '-M', '--relative', commit, '--']),
      git(directory, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    if (output === undefined) return undefined;
    // git diff leaves out files it does not track yet; they are new all the same.
    const added = splitNul(untracked ?? '').map((path): FileChange => ({ status: 'added', path }));
    return [...parseNameStatus(output), ...added];
  },

  async filesAt(directory, commit) {
    const output = await git(directory, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
    return output === undefined ? undefined : new Set(splitNul(output));
  },

  async show(directory, commit, path) {
    return git(directory, ['show', `${commit}:./${path}`]);
  },

  async showAll(directory, commit, paths) {
    // `git cat-file --batch` takes one name per line: a path with a line break goes through `show`.
    const batchable = paths.filter((path) => !path.includes('\n'));
    const input = batchable.map((path) => `${commit}:./${path}\n`).join('');
    const output =
      batchable.length === 0
        ? Buffer.alloc(0)
        : await gitBytes(directory, ['cat-file', '--batch'], input);
    if (output === undefined) return undefined;
    const texts = parseBatch(output, batchable);
    for (const path of paths.filter((candidate) => candidate.includes('\n'))) {
      const text = await nodeGit.show(directory, commit, path);
      if (text !== undefined) texts.set(path, text);
    }
    return texts;
  },

  async lastCommitTouching(directory, path) {
    const output = await git(directory, ['log', '-1', '--format=%H', '--', path]);
    return nonEmpty(output?.trim());
  },

  async unignoredFolders(directory, folders) {
    // -v shows the pattern that decided each path, negations included (`!packages/node_modules`);
    // --no-index asks about tracked paths too. Names with line breaks cannot go through --stdin.
    const names = folders.filter((folder) => !folder.includes('\n'));
    if (names.length === 0) return new Set();
    const args = ['check-ignore', '-v', '-z', '--no-index', '--non-matching', '--stdin'];
    const output = await gitBytes(
      directory,
      args,
      names.map((name) => `${name}\0`).join(''),
      [0, 1],
    );
    return output === undefined ? new Set() : negatedPaths(output.toString('utf8'));
  },
};

/** `git check-ignore -v -z` records — source, line, pattern, path — whose pattern is a negation. */
function negatedPaths(output: string): Set<string> {
  const fields = output.split('\0');
  const paths = new Set<string>();
  for (let index = 0; index + 3 < fields.length; index += 4) {
    const pattern = fields[index + 2] ?? '';
    if (pattern.startsWith('!')) paths.add(fields[index + 3] ?? '');
  }
  return paths;
}

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

/** Runs git with `input` on stdin; raw stdout, or undefined when git fails (exits otherwise than `ok`) or is missing. */
function gitBytes(
  cwd: string,
  args: readonly string[],
  input: string,
  ok: readonly number[] = [0],
): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => {
      resolve(undefined);
    });
    child.on('close', (code) => {
      resolve(code !== null && ok.includes(code) ? Buffer.concat(chunks) : undefined);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const utf8 = new TextDecoder('utf-8');

/** `git cat-file --batch` output, one entry per requested path in order: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
function parseBatch(output: Buffer, paths: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  let offset = 0;
  for (const path of paths) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = output.toString('utf8', offset, end).split(' ');
    offset = end + 1;
    if (header.length !== 3) continue;
    const size = Number(header[2]);
    if (header[1] === 'blob') texts.set(path, utf8.decode(output.subarray(offset, offset + size)));
    offset += size + 1;
  }
  return texts;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === '' ? undefined : text;
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((path) => path.length > 0);
}

const STATUS: Readonly<Record<string, FileChange['status']>> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  T: 'modified',
  R: 'renamed',
  C: 'copied',
};

/** `git diff --name-status -z` output: status, path — or status, old path, new path for R and C. */
function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length - 1;) {
    const status = STATUS[(fields[index] ?? '').charAt(0)];
    const first = fields[index + 1] ?? '';
    if (status === 'renamed' || status === 'copied') {
      changes.push({ status, oldPath: first, path: fields[index + 2] ?? '' });
      index += 3;
    } else {
      if (status) changes.push({ status, path: first });
      index += 2;
    }
  }
  return changes;
}
