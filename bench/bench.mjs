#!/usr/bin/env node
// npm run bench [-- --runs 5] [--corpus npm,tls-dense,repos,pathological,python,large-files,eslint]
//                [--cli dist/cli/index.js] [--workers auto,1,2,read-only,cached]
// Times `tlsguard scan --format json --no-baseline` on real corpora and `rg` on the same files (the
// floor: reading every byte once). Never part of npm test.
//   npm, tls-dense   installed/generated corpora, scanned with --no-ignore
//   repos            three large monorepos at pinned commits: a default scan, and --changed-only on a
//                    50-file pull request (set TLSGUARD_BENCH_GIT_MIRROR without GitHub access)
//   pathological     bench/pathological.mjs's stress files, one scan each
//   python           the installed Python standard library (/usr/lib/python3.*, or the folder in
//                    $TLSGUARD_BENCH_PYTHON, e.g. a virtualenv's site-packages), with --no-ignore
//   large-files      every .js/.cjs file over 200 KB of the npm corpus through every rule: the ten
//                    slowest (in-process, not a CLI run)
//   eslint           what the ESLint plugin (dist/eslint) adds to ESLint's time on files of about 2,000
//                    lines, as they are and with TLS code; and its load time (bench/eslint.mjs)
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  REPOS,
  SOURCE_EXTENSIONS,
  cacheFolder,
  prepareNpmCorpus,
  preparePathologicalCorpus,
  prepareRepo,
  prepareTlsDenseCorpus,
  pullRequestFiles,
} from './corpus.mjs';
import { benchEslint } from './eslint.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(REPO, 'bench', 'rss-probe.mjs');
const MAX_FILE_BYTES = '2M';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: 'npm,tls-dense,repos,pathological,python' },
    cli: { type: 'string', default: join(REPO, 'dist', 'cli', 'index.js') },
    workers: { type: 'string' },
  },
});
const runs = Number(values.runs);
const cli = resolve(values.cli);
const corpora = values.corpus.split(',');
const cores = availableParallelism();

const rg = ripgrepVersion();
if (!rg) {
  console.error(
    'rg (ripgrep) is not installed, so the floor is not measured. Install it with\n' +
      '  apt-get install ripgrep   (Debian/Ubuntu)   or   brew install ripgrep   (macOS)\n',
  );
}
const { words, pythonWords, ruleIds } = await benchInfo();
const cache = cacheFolder();
const npmFolder = prepareNpmCorpus(cache);

console.log(`machine: ${cores} CPUs (${cpus()[0]?.model ?? '?'}), ${gib(totalmem())} GiB RAM`);
console.log(`node ${process.version}, ${rg ?? 'no rg'}; ${runs} timed runs after one warm-up run`);
console.log(`cli: ${cli}\ncache: ${cache}\n`);
const rows = [];
for (const corpus of corpora) {
  if (corpus === 'repos') {
    await benchRepos();
    continue;
  }
  if (corpus === 'pathological') {
    await benchPathological();
    continue;
  }
  if (corpus === 'large-files') {
    await benchLargeFiles();
    continue;
  }
  if (corpus === 'python') {
    await benchPython();
    continue;
  }
  if (corpus === 'eslint') {
    await benchEslint({ repo: REPO, npmFolder, runs });
    continue;
  }
  const folder = corpus === 'npm' ? npmFolder : prepareTlsDenseCorpus(cache, npmFolder);
  // `read-only`: every rule off, so the scan reads and prefilters every file and parses none.
  // `cached`: automatic workers and --cache, timed after the warm-up run filled the cache.
  const workerCounts = (
    values.workers ?? (corpus === 'npm' ? 'auto,1,read-only,cached' : `1,${cores}`)
  ).split(',');
  for (const workers of workerCounts) {
    // rg right before each configuration: on a shared machine, a floor measured minutes earlier can
    // be off by 2x (once 2.09 s against 0.89 s a few minutes later).
    const floor = rg ? await timeRipgrep(folder) : undefined;
    rows.push({ corpus, workers, floor, ...(await timeTlsguard(folder, workers)) });
    console.log(format(rows.at(-1)));
  }
}
if (rows.length > 0) console.log(`\n${markdownTable(rows)}`);

/** Each monorepo twice: the default scan of the whole tree, and diff mode on its 50-file change. */
async function benchRepos() {
  for (const pinned of REPOS) {
    const folder = prepareRepo(cache, pinned);
    const name = pinned.repo.split('/')[1];
    const full = rg ? await timeRipgrep(folder, { ignoring: true }) : undefined;
    rows.push({
      corpus: name,
      workers: 'full',
      floor: full,
      ...(await timeTlsguard(folder, 'auto', { scanArgs: [folder] })),
    });
    console.log(format(rows.at(-1)));
    const changed = pullRequestFiles(folder).map((path) => join(folder, path));
    const pr = rg ? await timeRipgrep(folder, { files: changed }) : undefined;
    const scanArgs = ['--changed-only', '--base-ref', 'HEAD~1', folder];
    rows.push({
      corpus: name,
      workers: 'pr, 50 files',
      floor: pr,
      ...(await timeTlsguard(folder, 'auto', { scanArgs })),
    });
    console.log(format(rows.at(-1)));
  }
}

/**
 * A Python corpus (the standard library by default: ~2,000 files, every TLS API in `ssl.py` itself)
 * with one worker and with the automatic count; rg searches the same files for the Python trigger words.
 */
async function benchPython() {
  const folder = pythonCorpus();
  if (!folder) {
    console.error('python: no /usr/lib/python3.* and no TLSGUARD_BENCH_PYTHON; skipped');
    return;
  }
  const language = { extensions: ['py', 'pyw'], words: pythonWords };
  for (const workers of (values.workers ?? `1,auto`).split(',')) {
    const floor = rg ? await timeRipgrep(folder, { language }) : undefined;
    rows.push({ corpus: 'python', workers, floor, ...(await timeTlsguard(folder, workers)) });
    console.log(format(rows.at(-1)));
  }
}

function pythonCorpus() {
  if (process.env.TLSGUARD_BENCH_PYTHON) return resolve(process.env.TLSGUARD_BENCH_PYTHON);
  const versions = readdirSync('/usr/lib', { encoding: 'utf8' })
    .filter((name) => /^python3\.\d+$/.test(name))
    .sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]));
  return versions.length > 0 ? join('/usr/lib', versions[0]) : undefined;
}

/** One scan per generated stress file: each must finish in seconds, whatever it is made of. */
async function benchPathological() {
  const { folder, names } = await preparePathologicalCorpus(cache);
  for (const name of names) {
    const scanArgs = ['--no-ignore', join(folder, name)];
    rows.push({
      corpus: `pathological ${name}`,
      workers: 'auto',
      ...(await timeTlsguard(folder, 'auto', { scanArgs })),
    });
    console.log(format(rows.at(-1)));
  }
}

/** Every .js/.cjs file over 200 KB of the npm corpus through the parser and every rule; the ten slowest. */
async function benchLargeFiles() {
  const lib = await import(pathToFileURL(join(REPO, 'dist', 'lib', 'index.js')).href);
  const files = readdirSync(npmFolder, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.c?js$/.test(path))
    .map((path) => join(npmFolder, path))
    .filter((path) => {
      const size = statSync(path).size;
      return size > 200 * 1024 && size <= 2 * 1024 * 1024;
    });
  const results = [];
  for (const file of files) {
    const result = await lib.benchAnalyzeFile(
      file.replace(/\.cjs$/, '.js'),
      readFileSync(file, 'utf8'),
    );
    results.push({
      file: file.slice(npmFolder.length + 1),
      kb: statSync(file).size / 1024,
      ...result,
    });
  }
  results.sort((a, b) => b.parseMs + b.rulesMs - (a.parseMs + a.rulesMs));
  const total = results.reduce((sum, r) => sum + r.parseMs + r.rulesMs, 0);
  console.log(
    `\nlarge files: ${results.length} files over 200 KB, ${s(total)} in all; the ten slowest:`,
  );
  console.log(
    '| file | KB | parse | rules | steps | cut short |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results.slice(0, 10)) {
    console.log(
      `| ${r.file} | ${Math.round(r.kb)} | ${s(r.parseMs)} | ${s(r.rulesMs)} | ${r.steps.toLocaleString('en-US')} | ${r.stopped ? 'yes' : 'no'} |`,
    );
  }
}

async function timeTlsguard(folder, workers, { scanArgs } = {}) {
  const samples = [];
  // `cached`: the default scan with --cache; the warm-up run fills the cache, the timed runs reuse it.
  const cacheFolder =
    workers === 'cached' ? mkdtempSync(join(tmpdir(), 'tlsguard-cache-')) : undefined;
  for (let attempt = 0; attempt <= runs; attempt++) {
    const sample = await runTlsguard(folder, workers, cacheFolder, scanArgs);
    if (attempt > 0) samples.push(sample);
  }
  if (cacheFolder) rmSync(cacheFolder, { recursive: true, force: true });
  const stats = samples[0].stats;
  return {
    folder,
    discovered: stats.filesDiscovered,
    read: stats.filesRead,
    parsed: stats.filesParsed,
    fromCache: stats.filesFromCache,
    bytes: stats.bytesRead,
    findings: samples[0].findings,
    diagnostics: samples[0].diagnostics,
    wall: summary(samples.map((s) => s.wall)),
    cpu: summary(samples.map((s) => s.cpuMs)),
    rssKb: Math.max(...samples.map((s) => s.rssKb)),
    pressure: cpuPressure(),
  };
}

async function runTlsguard(folder, workers, cacheFolder, scanArgs = ['--no-ignore', folder]) {
  const scratch = mkdtempSync(join(tmpdir(), 'tlsguard-bench-'));
  const rssFile = join(scratch, 'rss');
  const env = { ...process.env, TLSGUARD_BENCH_RSS_FILE: rssFile };
  if (/^\d+$/.test(workers)) env.TLSGUARD_WORKERS = workers;
  else delete env.TLSGUARD_WORKERS;
  const args = ['--import', pathToFileURL(PROBE).href, cli, 'scan', '--format', 'json'];
  if (workers === 'read-only') {
    const config = join(scratch, 'rules-off.json');
    writeFileSync(
      config,
      JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) }),
    );
    args.push('--config', config);
  }
  if (cacheFolder) args.push('--cache-location', cacheFolder);
  const started = performance.now();
  const { code, stdout, stderr } = await run(
    process.execPath,
    [...args, '--no-baseline', ...scanArgs],
    env,
  );
  const wall = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`tlsguard exited with ${code}: ${stderr}`);
  const report = JSON.parse(stdout);
  const { rssKb, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(scratch, { recursive: true, force: true });
  const diagnostics = report.diagnostics.filter((d) => d.kind !== 'too-large').length;
  return { wall, rssKb, cpuMs, stats: report.stats, findings: report.findings.length, diagnostics };
}

function parsedText(row) {
  return row.fromCache ? `${row.parsed} (${row.fromCache} from cache)` : String(row.parsed);
}

/**
 * `rg` listing the files that contain any trigger word: same extensions, size limit and folders. By
 * default every file below the folder (as tlsguard's --no-ignore); `ignoring`: .gitignore and the
 * default excluded folders honoured, as a default scan; `files`: exactly these files.
 */
async function timeRipgrep(
  folder,
  { ignoring = false, files, language = { extensions: SOURCE_EXTENSIONS, words } } = {},
) {
  const excluded = [
    'node_modules',
    'dist',
    'build',
    'vendor',
    '.yarn/{releases,plugins,sdks,unplugged,cache}',
  ];
  const args = [
    '--files-with-matches',
    '--fixed-strings',
    ...(ignoring ? excluded.map((name) => `--iglob=!**/${name}/**`) : ['--no-ignore']),
    '--hidden',
    '--max-filesize',
    MAX_FILE_BYTES,
    '--iglob',
    `*.{${language.extensions.join(',')}}`,
    // Declaration files are not scanned (src/parse/languages.ts): nothing in them runs.
    '--iglob',
    '!*.d.{ts,mts,cts}',
    ...language.words.flatMap((word) => ['-e', word]),
    ...(files ?? [folder]),
  ];
  const samples = [];
  const cpu = [];
  let matched = 0;
  for (let attempt = 0; attempt <= runs; attempt++) {
    const started = performance.now();
    // bash's `time` reports rg's own CPU time (user and system, all its threads) on stderr.
    const { code, stdout, stderr } = await run(
      'bash',
      ['-c', 'TIMEFORMAT="@cpu %U %S"; time rg "$@"', 'bash', ...args],
      process.env,
    );
    if (code > 1) throw new Error(`rg exited with ${code}: ${stderr}`);
    if (attempt > 0) {
      samples.push(performance.now() - started);
      const [, user, system] = /@cpu ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
      cpu.push((Number(user) + Number(system)) * 1000);
    }
    matched = stdout.split('\n').filter(Boolean).length;
  }
  return { wall: summary(samples), cpu: summary(cpu), files: matched };
}

/** Linux's CPU pressure (share of time runnable tasks waited for a CPU, last 60 s): how busy the machine is. */
function cpuPressure() {
  try {
    return /avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? 'n/a';
  } catch {
    return 'n/a';
  }
}

function run(command, args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** The words tlsguard's prefilter looks for and its rule ids, from the repository's bundle. */
async function benchInfo() {
  const lib = await import(pathToFileURL(join(REPO, 'dist', 'lib', 'index.js')).href);
  return lib.benchInfo();
}

function ripgrepVersion() {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

function format(row) {
  const seconds = row.wall.median / 1000;
  const floor = row.floor
    ? `; rg ${s(row.floor.wall.median)} (CPU ${s(row.floor.cpu.median)}, ${row.floor.files} files), ratio ${ratio(row)}`
    : '';
  return (
    `${row.corpus} (workers ${row.workers}): ${row.discovered} files discovered, ${parsedText(row)} parsed, ` +
    `${mb(row.bytes)} MB read, ${row.findings} findings; median ${s(row.wall.median)} ` +
    `(min ${s(row.wall.min)}, max ${s(row.wall.max)}), ${Math.round(row.read / seconds)} files/s, ` +
    `${(row.bytes / 1e6 / seconds).toFixed(0)} MB/s, CPU ${s(row.cpu.median)}, peak RSS ` +
    `${Math.round(row.rssKb / 1024)} MB${floor}; CPU pressure ${row.pressure}%`
  );
}

function markdownTable(rows) {
  const header =
    '| corpus | workers | files discovered | files parsed | MB read | median | min | max | files/s | MB/s | CPU (median) | peak RSS | rg median | rg CPU | tlsguard / rg | CPU pressure |';
  const lines = rows.map((row) => {
    const seconds = row.wall.median / 1000;
    return `| ${[
      row.corpus,
      row.workers,
      row.discovered,
      parsedText(row),
      mb(row.bytes),
      s(row.wall.median),
      s(row.wall.min),
      s(row.wall.max),
      Math.round(row.read / seconds),
      (row.bytes / 1e6 / seconds).toFixed(1),
      s(row.cpu.median),
      `${Math.round(row.rssKb / 1024)} MB`,
      row.floor ? s(row.floor.wall.median) : 'n/a',
      row.floor ? s(row.floor.cpu.median) : 'n/a',
      row.floor ? ratio(row) : 'n/a',
      `${row.pressure}%`,
    ].join(' | ')} |`;
  });
  return [header, `|${' --- |'.repeat(16)}`, ...lines].join('\n');
}

function ratio(row) {
  return `${(row.wall.median / row.floor.wall.median).toFixed(2)}×`;
}

function s(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(0);
}

function gib(bytes) {
  return (bytes / 2 ** 30).toFixed(0);
}
