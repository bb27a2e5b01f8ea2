import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/run-cli.js';

/** One finding at column 16 of its line: `rejectUnauthorized` starts after `https.get(u, { `. */
const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';
const COLUMN = INSECURE.indexOf('rejectUnauthorized') + 1;

/** A file's bytes: what a repository full of strangers' files may hold under a `.js` name. */
const BAD_INPUTS: Record<string, Uint8Array> = {
  'binary.js': bytes('\u007fELF', [0, 0, 0], 'rejectUnauthorized: false'),
  'invalid-utf8.js': bytes('// caf', [0xe9, 0x20, 0xff, 0xfe], '\n', INSECURE),
  'bom.js': bytes([0xef, 0xbb, 0xbf], INSECURE),
  'utf16le.js': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INSECURE, 'utf16le')]),
  'utf16be.js': Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from(INSECURE, 'utf16le').swap16(),
  ]),
  // A 10 MB bundle without a .min.js name (those are skipped by name, before reading).
  'bundle.js': Buffer.from('var rejectUnauthorized=false;'.repeat(362_000)),
  'parens.js': bytes(`x = ${'('.repeat(10_000)}rejectUnauthorized${')'.repeat(10_000)};\n`),
  'arrays.js': bytes(
    `https.get(u, ${'['.repeat(10_000)}{ rejectUnauthorized: false }${']'.repeat(10_000)});\n`,
  ),
  'conflict.js': bytes(
    "const https = require('https');\n<<<<<<< HEAD\n",
    INSECURE,
    '=======\nhttps.get(u);\n>>>>>>> feature\n',
  ),
};

function bytes(...parts: (string | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((part) => Buffer.from(part as string)));
}

interface JsonReport {
  findings: { file: string; line: number; column: number }[];
  diagnostics: { file: string; kind: string; message: string; line?: number }[];
  stats: { filesDiscovered: number; filesSkipped: Record<string, number>; workers: number };
}

let folder: string;

beforeAll(() => {
  folder = tempProject({ 'ok.js': INSECURE });
  for (const [name, content] of Object.entries(BAD_INPUTS))
    writeFileSync(join(folder, name), content);
});

describe.each(['1', '2'])('bad inputs, --workers %s (dist CLI)', (workers) => {
  let run: { code: number; stdout: string; stderr: string };
  let report: JsonReport;

  beforeAll(async () => {
    run = await runCli(['scan', '--format', 'json', '--workers', workers, folder]);
    report = JSON.parse(run.stdout) as JsonReport;
  }, 60_000);

  it('ends each bad input as a diagnostic, keeps scanning, and exits on the findings alone', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.stats.filesDiscovered).toBe(Object.keys(BAD_INPUTS).length + 1);
    expect(report.stats.workers).toBe(workers === '1' ? 0 : 2);
    const kinds = Object.fromEntries(report.diagnostics.map((d) => [d.file, d.kind]));
    expect(kinds).toEqual({
      'binary.js': 'binary-file',
      'invalid-utf8.js': 'invalid-utf8',
      'bundle.js': 'too-large',
      'parens.js': 'too-complex',
      'arrays.js': 'too-complex',
      'conflict.js': 'parse-error',
    });
  });

  it('analyzes UTF-8 with a BOM (columns unchanged), UTF-16 either way round, and invalid UTF-8', () => {
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['bom.js', 1, COLUMN],
      ['invalid-utf8.js', 2, COLUMN],
      ['ok.js', 1, COLUMN],
      ['utf16be.js', 1, COLUMN],
      ['utf16le.js', 1, COLUMN],
    ]);
  });

  it('says why: the size, the merge conflict, the replaced bytes', () => {
    const message = (file: string) => report.diagnostics.find((d) => d.file === file)?.message;
    expect(message('bundle.js')).toBe('skipped: 10 MB is over the 2 MB size limit');
    expect(report.stats.filesSkipped['too-large']).toBe(1);
    expect(message('conflict.js')).toMatch(/looks like an unresolved merge conflict/);
    expect(report.diagnostics.find((d) => d.file === 'conflict.js')?.line).toBe(2);
    expect(message('invalid-utf8.js')).toMatch(/^not valid UTF-8: analyzed/);
    expect(message('binary.js')).toMatch(/binary file/);
  });
});

describe('bad inputs alone', () => {
  it('exit 0: diagnostics never fail a scan; the text report names every file', async () => {
    const only = tempProject({});
    for (const [name, content] of Object.entries(BAD_INPUTS)) {
      if (!['bom.js', 'utf16le.js', 'utf16be.js', 'invalid-utf8.js'].includes(name))
        writeFileSync(join(only, name), content);
    }
    const run = await runCli(['scan', only]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const name of ['binary.js', 'bundle.js', 'parens.js', 'arrays.js', 'conflict.js'])
      expect(run.stdout).toContain(`\n  ${name}`);
  });
});
