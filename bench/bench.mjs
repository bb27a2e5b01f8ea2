#!/usr/bin/env node
// npm run bench [-- --runs 5] [--corpus npm,tls-dense] [--cli dist/cli/index.js]
//                [--workers auto,1,2,read-only,cached]
// Times `tlsguard scan --format json --no-baseline --no-ignore` on real corpora and `rg` on the same files
// (the floor: reading every byte once). Never part of npm test.
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  SOURCE_EXTENSIONS,
  cacheFolder,
  prepareNpmCorpus,
  prepareTlsDenseCorpus,
} from './corpus.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(REPO, 'bench', 'rss-probe.mjs');
const MAX_FILE_BYTES = '2M';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: 'npm,tls-dense' },
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
const { words, ruleIds } = await benchInfo();
const cache = cacheFolder();
const npmFolder = prepareNpmCorpus(cache);

console.log(`machine: ${cores} CPUs (${cpus()[0]?.model ?? '?'}), ${gib(totalmem())} GiB RAM`);
console.log(`node ${process.version}, ${rg ?? 'no rg'}; ${runs} timed runs after one warm-up run`);
console.log(`cli: ${cli}\ncache: ${cache}\n`);
const rows = [];
for (const corpus of corpora) {
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
console.log(`\n${markdownTable(rows)}`);

async function timeTlsguard(folder, workers) {
  const samples = [];
  // `cached`: the default scan with --cache; the warm-up run fills the cache, the timed runs reuse it.
  const cacheFolder =
    workers === 'cached' ? mkdtempSync(join(tmpdir(), 'tlsguard-cache-')) : undefined;
  for (let attempt = 0; attempt <= runs; attempt++) {
    const sample = await runTlsguard(folder, workers, cacheFolder);
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
    wall: summary(samples.map((s) => s.wall)),
    cpu: summary(samples.map((s) => s.cpuMs)),
    rssKb: Math.max(...samples.map((s) => s.rssKb)),
    pressure: cpuPressure(),
  };
}

async function runTlsguard(folder, workers, cacheFolder) {
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
    [...args, '--no-baseline', '--no-ignore', folder],
    env,
  );
  const wall = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`tlsguard exited with ${code}: ${stderr}`);
  const report = JSON.parse(stdout);
  const { rssKb, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(scratch, { recursive: true, force: true });
  return { wall, rssKb, cpuMs, stats: report.stats, findings: report.findings.length };
}

function parsedText(row) {
  return row.fromCache ? `${row.parsed} (${row.fromCache} from cache)` : String(row.parsed);
}

/** `rg` listing the files that contain any trigger word: same extensions, size limit and folders. */
async function timeRipgrep(folder) {
  const args = [
    '--files-with-matches',
    '--fixed-strings',
    '--no-ignore',
    '--hidden',
    '--max-filesize',
    MAX_FILE_BYTES,
    '--iglob',
    `*.{${SOURCE_EXTENSIONS.join(',')}}`,
    // Declaration files are not scanned (src/parse/languages.ts): nothing in them runs.
    '--iglob',
    '!*.d.{ts,mts,cts}',
    ...words.flatMap((word) => ['-e', word]),
    folder,
  ];
  const samples = [];
  const cpu = [];
  let files = 0;
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
    files = stdout.split('\n').filter(Boolean).length;
  }
  return { wall: summary(samples), cpu: summary(cpu), files };
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
