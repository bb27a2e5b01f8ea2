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
// `requestCert` server: no-unenforced-client-certs does not finish (minutes and counting) on some files
// of this corpus with one appended, e.g. next/dist/compiled/@babel/runtime/helpers/applyDecs2301.js.
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
