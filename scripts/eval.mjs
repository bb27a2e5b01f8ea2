#!/usr/bin/env node
// `npm run eval [fixture...]`: scans fixture projects under test/fixtures/ with the built CLI and prints
// recall and precision against the expectation comments in their files (default: project, blind,
// beacon, infra and infra-wild), for code and configuration files together and for configuration
// files alone. Exits 1 when configuration files score under issue 16's bar (recall 0.95, precision 0.97).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpectations, score } from './eval-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.[cm]?[jt]sx?$/;
const projects =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['project', 'blind', 'beacon', 'infra', 'infra-wild'];
const CONFIG_BAR = { recall: 0.95, precision: 0.97 };

const totals = { expected: 0, found: 0, truePositives: 0 };
const config = { expected: 0, found: 0, truePositives: 0 };
for (const name of projects) {
  const result = evaluate(join(root, 'test', 'fixtures', name));
  for (const key of Object.keys(totals)) {
    totals[key] += result[key];
    config[key] += result.config[key];
  }
}
console.log(
  `\nAll fixtures: recall ${ratio(totals.truePositives, totals.expected)} (${totals.truePositives}/${totals.expected}), ` +
    `precision ${ratio(totals.truePositives, totals.found)} (${totals.truePositives}/${totals.found})`,
);
console.log(
  `Configuration files: recall ${ratio(config.truePositives, config.expected)} (${config.truePositives}/${config.expected}), ` +
    `precision ${ratio(config.truePositives, config.found)} (${config.truePositives}/${config.found})`,
);
const configRecall = config.expected === 0 ? 1 : config.truePositives / config.expected;
const configPrecision = config.found === 0 ? 1 : config.truePositives / config.found;
if (configRecall < CONFIG_BAR.recall || configPrecision < CONFIG_BAR.precision) {
  console.log(
    `Configuration files score under the bar (recall ${CONFIG_BAR.recall}, precision ${CONFIG_BAR.precision}).`,
  );
  process.exitCode = 1;
}

/** Configuration and infrastructure files: everything the JavaScript language does not read. */
function isConfigFile(file) {
  return !SOURCE.test(file);
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
  const files = readdirSync(project, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(project, join(entry.parentPath, entry.name)).split('\\').join('/'));
  const expectations = files.map((file) =>
    parseExpectations(file, readFileSync(join(project, file), 'utf8')),
  );
  const expected = expectations.flatMap((e) => e.expected);
  const nearMisses = expectations.flatMap((e) => e.nearMisses);
  const cli = join(root, 'dist', 'cli', 'index.js');
  const args = [cli, 'scan', '--format', 'json', '--no-baseline', '--fail-on', 'none', project];
  const report = JSON.parse(
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  const result = score(expected, report.findings);

  console.log(
    `\n== ${relative(root, project)}: ${files.length} files, ${expected.length} expected findings, ${nearMisses.length} near misses ==`,
  );
  console.log(`${'rule'.padEnd(36)} expected  found  missed  false+`);
  const rules = [...new Set([...expected, ...report.findings].map((item) => item.ruleId))].sort();
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
    `precision ${ratio(result.truePositives.length, report.findings.length)}  (${result.truePositives.length}/${report.findings.length})`,
  );
  if (report.diagnostics.length > 0)
    console.log(`diagnostics: ${JSON.stringify(report.diagnostics)}`);
  const configExpected = expected.filter((item) => isConfigFile(item.file));
  const configFindings = report.findings.filter((item) => isConfigFile(item.file));
  const configResult = score(configExpected, configFindings);
  if (configExpected.length + configFindings.length > 0)
    console.log(
      `config files: recall ${ratio(configResult.truePositives.length, configExpected.length)}, ` +
        `precision ${ratio(configResult.truePositives.length, configFindings.length)}`,
    );
  return {
    expected: expected.length,
    found: report.findings.length,
    truePositives: result.truePositives.length,
    config: {
      expected: configExpected.length,
      found: configFindings.length,
      truePositives: configResult.truePositives.length,
    },
  };
}
