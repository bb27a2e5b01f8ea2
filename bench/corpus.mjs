// The bench corpora: installed or generated into a cache folder outside the repository, reused when present.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const NPM_CORPUS = join(HERE, 'corpora', 'npm');
const READY = '.tlsguard-bench-ready';
export const SOURCE_EXTENSIONS = ['js', 'cjs', 'mjs', 'jsx', 'ts', 'cts', 'mts', 'tsx'];

/** `$TLSGUARD_BENCH_DIR`, else `$XDG_CACHE_HOME/tlsguard-bench`, else `~/.cache/tlsguard-bench`. */
export function cacheFolder() {
  if (process.env.TLSGUARD_BENCH_DIR) return process.env.TLSGUARD_BENCH_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tlsguard-bench');
}

/**
 * The npm corpus: the packages of bench/corpora/npm/package.json, every version pinned by its lock file,
 * installed with `npm ci --ignore-scripts`. The folder name carries the lock's hash, so changing the list
 * installs a fresh corpus next to the old one.
 */
export function prepareNpmCorpus(cache) {
  const lock = readFileSync(join(NPM_CORPUS, 'package-lock.json'));
  const folder = join(cache, `npm-${hash(lock)}`);
  if (existsSync(join(folder, READY))) return folder;
  console.error(`Installing the npm corpus into ${folder} (once; a few minutes)…`);
  const staging = `${folder}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(join(NPM_CORPUS, file), join(staging, file));
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(join(staging, READY), '');
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  return folder;
}

const TLS_DENSE_FILES = 3000;
const GENERATOR_VERSION = '2';

/**
 * The parse-heavy corpus: real source files taken from the npm corpus (every k-th file of 2–64 KB, no
 * declaration or minified files), each with one TLS snippet appended, so the prefilter lets every file
 * through and parsing plus the rules dominate. Deterministic for a given npm corpus.
 */
export function prepareTlsDenseCorpus(cache, npmFolder) {
  const folder = join(cache, `tls-dense-${hash(`${npmFolder}\n${GENERATOR_VERSION}`)}`);
  if (existsSync(join(folder, READY))) return folder;
  console.error(`Generating the TLS-dense corpus into ${folder}…`);
  const staging = `${folder}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const picked = pickFiles(join(npmFolder, 'node_modules'), TLS_DENSE_FILES);
  picked.forEach((relative, index) => {
    const target = join(staging, relative);
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(join(npmFolder, 'node_modules', relative), 'utf8');
    writeFileSync(target, `${text}\n${SNIPPETS[index % SNIPPETS.length]}`);
  });
  writeFileSync(join(staging, READY), '');
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  return folder;
}

function pickFiles(root, count) {
  const candidates = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => isSource(path) && !/\.d\.[cm]?ts$/.test(path) && !path.includes('.min.'))
    .sort()
    .filter((path) => {
      const size = statSync(join(root, path)).size;
      return size >= 2048 && size <= 65536;
    });
  const step = Math.max(1, Math.floor(candidates.length / count));
  return candidates.filter((_, index) => index % step === 0).slice(0, count);
}

export function isSource(path) {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && SOURCE_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase());
}

// Plain script syntax that is valid at the end of any module or script, in JS and TS alike. No
// `requestCert` server: when the corpus was made, no-unenforced-client-certs did not finish on some
// files with one appended (next's applyDecs2301.js); since the analysis is bounded (issue 12) it takes
// 0.1 s, but the snippets stay as they are so that figures remain comparable across versions.
const SNIPPETS = [
  `;(function tlsguardBench() {
  var https = require('https');
  var options = { host: 'example.com', rejectUnauthorized: false };
  return https.request(options);
})();
`,
  `;(function tlsguardBench() {
  var tls = require('tls');
  return tls.connect(443, 'example.com', { checkServerIdentity: function () { return undefined; } });
})();
`,
  `;(function tlsguardBench() {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
})();
`,
  `;(function tlsguardBench() {
  var puppeteer = require('puppeteer');
  return puppeteer.launch({ ignoreHTTPSErrors: true, args: ['--ignore-certificate-errors'] });
})();
`,
];

function hash(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/**
 * Large public monorepos at pinned commits, checked out into the cache folder. Each also gets a
 * "pull request": one commit on top that changes 50 of its source files, for the diff-mode rows.
 * Cloned from GitHub, or from `$TLSGUARD_BENCH_GIT_MIRROR`, a path pattern with `{repo}` standing for
 * `owner+name` (for machines without GitHub access).
 */
export const REPOS = [
  // 27,700 files (17,600 JS/TS); Yarn Berry with its release and plugins committed.
  { repo: 'babel/babel', commit: '1da3cfa1a25503c7ecba7304f8738933e6d16dca' },
  // 9,300 files; Yarn Berry.
  { repo: 'prettier/prettier', commit: '4f84a934201322ca87750e2b9b25baf296da6560' },
  // 7,500 files.
  {
    repo: 'typescript-eslint/typescript-eslint',
    commit: '56c9ed90d0aee0b5a71cfc39fc76b715b82e3ea8',
  },
];

const PR_FILES = 50;

export function prepareRepo(cache, { repo, commit }) {
  const folder = join(cache, `repo-${repo.replace('/', '+')}-${commit.slice(0, 12)}`);
  if (existsSync(join(folder, '.git', READY))) return folder;
  console.error(`Checking out ${repo} at ${commit.slice(0, 12)} into ${folder}…`);
  rmSync(folder, { recursive: true, force: true });
  const mirror = process.env.TLSGUARD_BENCH_GIT_MIRROR?.replace('{repo}', repo.replace('/', '+'));
  const git = (...args) =>
    execFileSync('git', args, { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(folder, { recursive: true });
  git('init', '--quiet');
  git('fetch', '--quiet', '--depth', '1', mirror ?? `https://github.com/${repo}.git`, commit);
  git('checkout', '--quiet', '--detach', commit);
  pullRequestCommit(folder);
  writeFileSync(join(folder, '.git', READY), '');
  return folder;
}

/** A commit on top of the pinned one that changes every k-th of its source files, 50 in all. */
function pullRequestCommit(folder) {
  const listed = execFileSync('git', ['ls-files', '-z'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .split('\0')
    .filter(
      (path) => isSource(path) && !/(^|\/)(node_modules|dist|build|vendor|\.yarn)\//.test(path),
    );
  const step = Math.max(1, Math.floor(listed.length / PR_FILES));
  for (const path of listed.filter((_, index) => index % step === 0).slice(0, PR_FILES)) {
    writeFileSync(
      join(folder, path),
      `${readFileSync(join(folder, path), 'utf8')}\n// bench change\n`,
    );
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  };
  execFileSync(
    'git',
    ['commit', '--quiet', '--all', '--no-verify', '-m', 'bench: a 50-file change'],
    {
      cwd: folder,
      env,
    },
  );
}

/** The changed files of the bench's pull request commit. */
export function pullRequestFiles(folder) {
  return execFileSync('git', ['diff', '--name-only', '-z', 'HEAD~1', 'HEAD'], {
    cwd: folder,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
}

/** The generated stress files of bench/pathological.mjs, written into the cache folder. */
export async function preparePathologicalCorpus(cache) {
  const { pathologicalFiles } = await import('./pathological.mjs');
  const files = pathologicalFiles();
  const folder = join(cache, `pathological-${hash(files.map((file) => file.text).join('\0'))}`);
  if (existsSync(join(folder, READY))) return { folder, names: files.map((file) => file.name) };
  mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
  writeFileSync(join(folder, READY), '');
  return { folder, names: files.map((file) => file.name) };
}
