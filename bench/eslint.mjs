// npm run bench -- --corpus eslint: what the ESLint plugin adds to ESLint's own time on one file of
// about 2,000 lines, in a warm process (an editor's ESLint server, or each file of `eslint .`), and
// the one-time cost of loading it. Real files of the npm corpus: as they are (most files have no
// TLS code: the prefilter finds no trigger word and nothing is parsed), with one insecure option
// appended (the file is parsed, one rule runs), and with code that wakes every rule (the worst case).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import js from '@eslint/js';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const JS_LINES = [1950, 2050];
/** The npm corpus ships few TypeScript sources of about 2,000 lines: a wider band. */
const TS_LINES = [1500, 2500];

/** One insecure option, as a file that uses TLS might have: the file is parsed, one rule runs. */
const ONE_OPTION = `
;(function tlsguardBench() {
  return require('https').get('https://example.com', { rejectUnauthorized: false });
})();
`;

/** Valid at the end of any script or module, in JavaScript and TypeScript; every rule reports in it. */
const EVERY_RULE = `
;(function tlsguardBench() {
  var https = require('https');
  var tls = require('tls');
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  var socket = tls.connect(443, 'example.com', {
    rejectUnauthorized: false,
    secureProtocol: 'TLSv1_method',
    ciphers: 'DEFAULT:@SECLEVEL=0',
    checkServerIdentity: function () { return undefined; },
  });
  socket.on('keylog', function (line) { require('fs').appendFileSync('/tmp/keys.log', line); });
  https.createServer({ requestCert: true, rejectUnauthorized: false }, function () {});
  require('puppeteer').launch({ ignoreHTTPSErrors: true });
  return tls.createSecurePair();
})();
`;

const CONTENTS = [
  ['as is', ''],
  ['+ one TLS option', ONE_OPTION],
  ['+ every rule', EVERY_RULE],
];

export async function benchEslint({ repo, npmFolder, runs }) {
  const entry = join(repo, 'dist', 'eslint', 'index.js');
  console.log(`ESLint plugin: ${entry}\n`);
  console.log(`loading it (a fresh process, median of 5): ${ms(median(loadTimes(entry, 5)))}\n`);
  const { default: plugin } = await import(pathToFileURL(entry).href);
  const files = pickFiles(join(npmFolder, 'node_modules'));
  const iterations = Math.max(runs, 4) * 3;
  const rows = [];
  for (const file of files) {
    const text = readFileSync(join(npmFolder, 'node_modules', file), 'utf8');
    for (const variant of variantsOf(file)) {
      for (const [content, appended] of CONTENTS) {
        const code = `${text}${appended}`;
        // ESLint ignores every node_modules folder: the file is linted under a name outside them.
        const filename = `/project/${file.replaceAll('node_modules/', 'modules/')}`;
        const row = timeFile(plugin, variant, filename, code, iterations);
        if (!row) continue;
        rows.push({ file, lines: code.split('\n').length, content, variant: variant.name, ...row });
        console.log(format(rows.at(-1)));
      }
    }
  }
  console.log(
    `\nMedians over the files of each file's median (or fastest) run:\n${summaryTable(rows)}`,
  );
  console.log(
    `\nCPU pressure (share of time runnable tasks waited for a CPU, last 60 s): ${pressure()}%`,
  );
}

function pressure() {
  try {
    return /avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? 'n/a';
  } catch {
    return 'n/a';
  }
}

/** JavaScript behind espree (parsed again by the plugin); TypeScript behind typescript-eslint, whose tree is reused (A) or, to compare, not (B). */
function variantsOf(file) {
  const base = tseslint.configs.recommended;
  if (!/\.[cm]?tsx?$/.test(file)) {
    return [{ name: 'js, espree', base: [js.configs.recommended] }];
  }
  const renamed = {
    meta: { name: 'bench/renamed-parser', version: '1.0.0' },
    parseForESLint: tseslint.parser.parseForESLint,
  };
  return [
    { name: 'ts, tree reused (A)', base },
    { name: 'ts, parsed again (B)', base: [...base, { languageOptions: { parser: renamed } }] },
  ];
}

/**
 * ESLint's own time on the file (its recommended rules, or typescript-eslint's) and its time with the
 * plugin's recommended configuration added, interleaved so that load on the machine hits both alike.
 */
function timeFile(plugin, variant, filename, code, iterations) {
  const linter = new Linter({ cwd: '/project' });
  const files = { files: ['**/*.{js,cjs,mjs,ts,cts,mts}'] };
  const own = variant.base.map((config) => ({ ...files, ...config }));
  const withPlugin = [...own, plugin.configs.recommended];
  const fatal = linter.verify(code, own, { filename }).some((message) => message.fatal);
  if (fatal) return undefined;
  const samples = { own: [], plugin: [], ownCpu: [], pluginCpu: [] };
  for (let round = 0; round < iterations + 3; round++) {
    const a = run(linter, code, own, filename);
    const b = run(linter, code, withPlugin, filename);
    if (round < 3) continue;
    samples.own.push(a.wall);
    samples.plugin.push(b.wall);
    samples.ownCpu.push(a.cpu);
    samples.pluginCpu.push(b.cpu);
  }
  const found = linter
    .verify(code, withPlugin, { filename })
    .filter((message) => message.ruleId?.startsWith('tlsguard/')).length;
  return {
    own: median(samples.own),
    added: median(samples.plugin) - median(samples.own),
    // The fastest run of each is the one least disturbed by other work on the machine.
    addedFastest: Math.min(...samples.plugin) - Math.min(...samples.own),
    addedCpu: median(samples.pluginCpu) - median(samples.ownCpu),
    findings: found,
  };
}

function run(linter, code, config, filename) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  linter.verify(code, config, { filename });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Real sources of about 2,000 lines (no declaration files, no minified or generated one-liners), one copy each. */
function pickFiles(root) {
  const seen = new Set();
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter(
      (path) =>
        /\.(?:[cm]?js|[cm]?ts)$/.test(path) &&
        !/\.d\.[cm]?ts$/.test(path) &&
        !path.includes('.min.'),
    )
    .sort()
    .filter((path) => {
      const stats = statSync(join(root, path));
      // 1,500-2,500 lines of at most 120 characters.
      if (!stats.isFile() || stats.size < 15_000 || stats.size > 300_000) return false;
      const text = readFileSync(join(root, path), 'utf8');
      const lines = text.split('\n').length;
      const [low, high] = /\.[cm]?ts$/.test(path) ? TS_LINES : JS_LINES;
      if (lines < low || lines > high || text.length / lines > 120 || seen.has(text)) return false;
      seen.add(text);
      return true;
    });
}

function loadTimes(entry, count) {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(performance.now() - t);`;
  return Array.from({ length: count }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ),
  );
}

function format(row) {
  return `${row.file} (${row.lines} lines, ${row.content}, ${row.variant}): ESLint ${ms(row.own)}, plugin adds ${ms(row.added)} (fastest runs ${ms(row.addedFastest)}, CPU ${ms(row.addedCpu)}), ${row.findings} findings`;
}

function summaryTable(rows) {
  const groups = new Map();
  for (const row of rows) {
    const key = `${row.variant} | ${row.content}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const lines = [
    '| files and parser | content | files | ESLint alone | plugin adds | fastest runs: adds | worst file, fastest runs | CPU added |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [key, group] of groups) {
    const of = (pick) => group.map(pick);
    lines.push(
      `| ${key} | ${group.length} | ${ms(median(of((r) => r.own)))} | ${ms(median(of((r) => r.added)))} | ${ms(median(of((r) => r.addedFastest)))} | ${ms(Math.max(...of((r) => r.addedFastest)))} | ${ms(median(of((r) => r.addedCpu)))} |`,
    );
  }
  return lines.join('\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}
