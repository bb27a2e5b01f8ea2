#!/usr/bin/env node
// `npm run eval`: scans the fixture project with the built CLI and prints recall and precision
// against the expectation comments in its files.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectations, score } from './eval-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(root, 'test', 'fixtures', 'project');
const SOURCE = /\.[cm]?[jt]sx?$/;

const files = readdirSync(project, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
  .map((entry) => relative(project, join(entry.parentPath, entry.name)).split('\\').join('/'));
const expectations = files.map((file) =>
  parseExpectations(file, readFileSync(join(project, file), 'utf8')),
);
const expected = expectations.flatMap((e) => e.expected);
const nearMisses = expectations.flatMap((e) => e.nearMisses);

const output = execFileSync(
  process.execPath,
  [
    join(root, 'dist', 'cli', 'index.js'),
    'scan',
    '--format',
    'json',
    '--no-baseline',
    '--fail-on',
    'none',
    project,
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const report = JSON.parse(output);
const result = score(expected, report.findings);

const rules = [...new Set([...expected, ...report.findings].map((item) => item.ruleId))].sort();
console.log(
  `Fixture project: ${files.length} files, ${expected.length} expected findings, ${nearMisses.length} near misses.\n`,
);
console.log(`${'rule'.padEnd(36)} expected  found  missed  false+`);
for (const rule of rules) {
  const count = (list) => list.filter((item) => item.ruleId === rule).length;
  console.log(
    `${rule.padEnd(36)} ${String(count(expected)).padStart(8)} ${String(count(result.truePositives)).padStart(6)} ${String(count(result.falseNegatives)).padStart(7)} ${String(count(result.falsePositives)).padStart(7)}`,
  );
}
for (const miss of result.falseNegatives)
  console.log(`missed:         ${miss.file}:${miss.line} ${miss.ruleId}`);
for (const extra of result.falsePositives)
  console.log(`false positive: ${extra.file}:${extra.line} ${extra.ruleId}`);
console.log(
  `\nrecall    ${result.recall.toFixed(3)}  (${result.truePositives.length}/${expected.length})`,
);
console.log(
  `precision ${result.precision.toFixed(3)}  (${result.truePositives.length}/${report.findings.length})`,
);
if (report.diagnostics.length > 0)
  console.log(`diagnostics: ${JSON.stringify(report.diagnostics)}`);
