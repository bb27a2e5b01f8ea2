#!/usr/bin/env node
// `npm run eval [fixture...]`: scans fixture projects under test/fixtures/ with the built CLI and prints
// recall and precision against the expectation comments in their files (default: project, blind,
// beacon, python-service, infra and infra-wild), per fixture and per language (configuration files
// scored on their own, issue 16).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_LANGUAGES, evalLanguage, parseExpectations, score } from './eval-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['project', 'blind', 'beacon', 'python-service', 'infra', 'infra-wild'];

const all = { expected: [], findings: [] };
for (const name of projects) {
  const result = evaluate(join(root, 'test', 'fixtures', name));
  all.expected.push(...result.expected);
  all.findings.push(...result.findings);
}

console.log('\n== All fixtures, per language ==');
const shortfalls = [];
for (const { name, minimum } of EVAL_LANGUAGES) {
  const expected = all.expected.filter((item) => item.language === name);
  const findings = all.findings.filter((item) => item.language === name);
  if (expected.length === 0 && findings.length === 0) continue;
  const result = score(expected, findings);
  console.log(
    `${name.padEnd(24)} recall ${ratio(result.truePositives.length, expected.length)} (${result.truePositives.length}/${expected.length}), ` +
      `precision ${ratio(result.truePositives.length, findings.length)} (${result.truePositives.length}/${findings.length})`,
  );
  if (result.recall < minimum.recall) shortfalls.push(`${name} recall below ${minimum.recall}`);
  if (result.precision < minimum.precision)
    shortfalls.push(`${name} precision below ${minimum.precision}`);
}
const total = score(all.expected, all.findings);
console.log(
  `${'All'.padEnd(24)} recall ${ratio(total.truePositives.length, all.expected.length)} (${total.truePositives.length}/${all.expected.length}), ` +
    `precision ${ratio(total.truePositives.length, all.findings.length)} (${total.truePositives.length}/${all.findings.length})`,
);
if (shortfalls.length > 0) {
  console.error(`\neval failed: ${shortfalls.join('; ')}`);
  process.exitCode = 1;
}

function wanted(expectation) {
  const parts = [expectation.severity, expectation.mentions && `"${expectation.mentions}"`];
  const text = parts.filter(Boolean).join(' ');
  return text ? ` (${text})` : '';
}

function ratio(part, whole) {
  return (whole === 0 ? 1 : part / whole).toFixed(3);
}

function evaluate(project) {
  const texts = new Map(
    readdirSync(project, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(project, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .map((file) => [file, readFileSync(join(project, file), 'utf8')]),
  );
  const languages = new Map(
    [...texts].flatMap(([file, text]) => {
      const language = evalLanguage(file, text);
      return language ? [[file, language]] : [];
    }),
  );
  const expectations = [...languages.keys()].map((file) =>
    parseExpectations(file, texts.get(file) ?? ''),
  );
  const withLanguage = (item) => ({ ...item, language: languages.get(item.file) ?? 'other' });
  const expected = expectations.flatMap((e) => e.expected).map(withLanguage);
  const nearMisses = expectations.flatMap((e) => e.nearMisses);
  const cli = join(root, 'dist', 'cli', 'index.js');
  const args = [cli, 'scan', '--format', 'json', '--no-baseline', '--fail-on', 'none', project];
  const report = JSON.parse(
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  const findings = report.findings.map(withLanguage);
  const result = score(expected, findings);

  console.log(
    `\n== ${relative(root, project)}: ${languages.size} files, ${expected.length} expected findings, ${nearMisses.length} near misses ==`,
  );
  console.log(`${'rule'.padEnd(36)} expected  found  missed  false+`);
  const rules = [...new Set([...expected, ...findings].map((item) => item.ruleId))].sort();
  for (const rule of rules) {
    const count = (list) => String(list.filter((item) => item.ruleId === rule).length);
    const cells = [count(expected).padStart(8), count(result.truePositives).padStart(6)];
    cells.push(count(result.falseNegatives).padStart(7), count(result.falsePositives).padStart(7));
    console.log(`${rule.padEnd(36)} ${cells.join(' ')}`);
  }
  for (const miss of result.falseNegatives)
    console.log(`missed:         ${miss.file}:${miss.line} ${miss.ruleId}${wanted(miss)}`);
  for (const extra of result.falsePositives)
    console.log(`false positive: ${extra.file}:${extra.line} ${extra.ruleId} (${extra.severity})`);
  console.log(
    `recall    ${ratio(result.truePositives.length, expected.length)}  (${result.truePositives.length}/${expected.length})`,
  );
  console.log(
    `precision ${ratio(result.truePositives.length, findings.length)}  (${result.truePositives.length}/${findings.length})`,
  );
  if (report.diagnostics.length > 0)
    console.log(`diagnostics: ${JSON.stringify(report.diagnostics)}`);
  return { expected, findings };
}
