#!/usr/bin/env node
// Prints the notes of one version from CHANGELOG.md (its "## [x.y.z] - date" section, without the
// heading), for the GitHub release. Usage: node scripts/release-notes.mjs <version> [changelog]
// Exits 1 when the version has no section or the section is empty: a release needs its notes.
import { readFileSync } from 'node:fs';

const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error(`usage: release-notes.mjs <version> [changelog] (got '${version ?? ''}')`);
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const heading = new RegExp(
  `^## \\[${version.replaceAll('.', '\\.')}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`,
);
const start = lines.findIndex((line) => heading.test(line));
if (start < 0) {
  console.error(
    `${file} has no "## [${version}] - YYYY-MM-DD" section: write the release notes first.`,
  );
  process.exit(1);
}
const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
const notes = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim();
if (notes === '') {
  console.error(`${file}: the section of ${version} is empty.`);
  process.exit(1);
}
process.stdout.write(`${notes}\n`);
