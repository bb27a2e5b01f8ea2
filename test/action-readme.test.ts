import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/run-cli.js';

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** Rows of the README table whose header starts with `| <first> |`, as trimmed cells. */
function table(first: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(line));
  expect(start, `README table "${first}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('README and action.yml', () => {
  it('lists every input with the description and default of action.yml, in its order', () => {
    const expected = Object.entries(action.inputs).map(([name, input]) => [
      `\`${name}\``,
      input.description,
      input.default ? `\`${input.default}\`` : '',
    ]);
    expect(table('input')).toEqual(expected);
  });

  it('lists every output with the description of action.yml, in its order', () => {
    const expected = Object.entries(action.outputs).map(([name, output]) => [
      `\`${name}\``,
      output.description,
    ]);
    expect(table('output')).toEqual(expected);
  });

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
