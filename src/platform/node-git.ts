import { execFile, spawn } from 'node:child_process';
import type { FileChange, Git } from '../core/io.js';

/** `git diff` listing changed files with renames detected, paths relative to the folder asked. */
const NAME_STATUS = [
  'diff',
  '--no-ext-diff',
  '--no-textconv',
  '--name-status',
  '-z',
  '-M',
  '--relative',
];

/** Up to this many paths, `filesAt` asks git about them by name rather than listing the whole tree. */
const MAX_PATHSPECS = 200;
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Settings that make git run a program, overridden for every command tlsguard runs: a repository's own
 * configuration (.git/config of a folder from an archive, say) must not run code through a read-only scan.
 * `core.fsmonitor` runs a hook on every index refresh (ls-files, diff, status); hooks; signature
 * checks (`log.showSignature` runs gpg.program). External diff drivers (`diff.external`, attribute
 * drivers) and textconv filters are off per command (`--no-ext-diff`, `--no-textconv`). `core.quotepath=off` keeps names readable.
 */
export const SAFE_GIT_CONFIG: readonly string[] = [
  'core.quotepath=off',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'log.showSignature=false',
].flatMap((setting) => ['-c', setting]);

/**
 * The environment git runs in: tlsguard's own, less what the Actions runner hands to steps that git has
 * no use for — inputs (`INPUT_TOKEN` is the GitHub token) and the runtime's tokens.
 */
export function gitEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.startsWith('INPUT_') || SECRET_VARIABLES.has(name)) continue;
    kept[name] = value;
  }
  // Never wait for a password prompt, whatever a remote in the configuration says.
  kept.GIT_TERMINAL_PROMPT = '0';
  return kept;
}

const SECRET_VARIABLES = new Set([
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);

/** `Git` through the git command line; any failure (no git, not a work tree, no such commit) is undefined. */
export const nodeGit: Git = {
  async listFiles(directory) {
    // Both at once: the untracked files take a walk of the work tree (most of the time), the deleted
    // ones a look at the index.
    const [listed, deletedList] = await Promise.all([
      git(directory, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
      git(directory, ['ls-files', '-z', '--deleted']),
    ]);
    if (listed === undefined) return undefined;
    const deleted = new Set(splitNul(deletedList ?? ''));
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

  async workTreePrefix(directory) {
    // `--show-prefix` answers even inside .git; a work tree is what --base-ref and links need.
    const [inside, prefix] = await Promise.all([
      git(directory, ['rev-parse', '--is-inside-work-tree']),
      git(directory, ['rev-parse', '--show-prefix']),
    ]);
    return inside?.trim() === 'true' ? (prefix?.trimEnd() ?? '') : undefined;
  },

  async isShallow(directory) {
    return (await git(directory, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
  },

  async changesSince(directory, commit) {
    const [output, untracked] = await Promise.all([
      git(directory, [...NAME_STATUS, commit, '--']),
      git(directory, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    if (output === undefined) return undefined;
    // git diff leaves out files it does not track yet; they are new all the same.
    const added = splitNul(untracked ?? '').map((path): FileChange => ({ status: 'added', path }));
    return [...parseNameStatus(output), ...added];
  },

  async changesBetween(directory, from, to) {
    const output = await git(directory, [...NAME_STATUS, from, to, '--']);
    return output === undefined ? undefined : parseNameStatus(output);
  },

  async filesAt(directory, commit, paths) {
    // A few paths are looked up by name; git matches every entry against every path given, so for
    // many it lists the whole tree instead.
    const named = paths !== undefined && paths.size <= MAX_PATHSPECS;
    const pathspecs = named ? [...paths].map((path) => `:(literal)${path}`) : ['.'];
    const output = await git(directory, [
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      commit,
      '--',
      ...pathspecs,
    ]);
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

  async isTracked(path) {
    const slash = path.lastIndexOf('/');
    const folder = slash <= 0 ? '/' : path.slice(0, slash);
    const listed = await git(folder, ['ls-files', '-z', '--', path.slice(slash + 1)]);
    return listed !== undefined && listed !== '';
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
      [...SAFE_GIT_CONFIG, ...args],
      {
        cwd,
        env: gitEnvironment(process.env),
        maxBuffer: MAX_OUTPUT,
        encoding: 'utf8',
        windowsHide: true,
      },
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
    const child = spawn('git', [...SAFE_GIT_CONFIG, ...args], {
      cwd,
      env: gitEnvironment(process.env),
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
