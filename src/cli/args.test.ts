import { describe, expect, it } from 'vitest';
import { parseCommand, type Command } from './args.js';

function reports(argv: string[]) {
  const command = parseCommand(['scan', ...argv]);
  if (command.kind !== 'scan') throw new Error(command.kind);
  return command.options.reports;
}

function error(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('--format and --output', () => {
  it('prints text by default, or the one format given', () => {
    expect(reports([])).toEqual([{ format: 'text' }]);
    expect(reports(['--format', 'sarif'])).toEqual([{ format: 'sarif' }]);
  });

  it('writes each --output in the --format given just before it, and prints text meanwhile', () => {
    expect(reports(['-f', 'sarif', '-o', 'a.sarif', '-f', 'junit', '-o', 'b.xml'])).toEqual([
      { format: 'text' },
      { format: 'sarif', file: 'a.sarif' },
      { format: 'junit', file: 'b.xml' },
    ]);
  });

  it('prints the one format left without an --output, wherever it is', () => {
    const expected = [{ format: 'json' }, { format: 'gitlab', file: 'gl.json' }];
    expect(reports(['-f', 'json', '-f', 'gitlab', '-o', 'gl.json'])).toEqual(expected);
    expect(reports(['-f', 'gitlab', '-o', 'gl.json', '-f', 'json'])).toEqual(expected);
  });

  it('takes an --output given before its --format', () => {
    expect(reports(['--output', 'r.sarif', '--format', 'sarif', 'src'])).toEqual([
      { format: 'text' },
      { format: 'sarif', file: 'r.sarif' },
    ]);
  });

  it('refuses what cannot be meant', () => {
    expect(error(['scan', '-f', 'json', '-f', 'sarif'])).toBe(
      '--format json and --format sarif would both go to standard output: put --output <file> after all but one',
    );
    expect(error(['scan', '-o', 'x.json'])).toBe(
      '--output x.json needs a --format: which report goes there?',
    );
    expect(error(['scan', '-f', 'json', '-o', 'a', '-f', 'sarif', '-o', 'a'])).toBe(
      '--output a is given twice: one file, one format',
    );
    expect(error(['scan', '--format', 'jsno'])).toBe(
      '--format must be one of text, json, sarif, github, markdown, gitlab, junit (got \'jsno\') (did you mean "json"?)',
    );
    expect(error(['baseline', '-f', 'json', '-o', 'x.json'])).toContain('--output does not apply');
  });
});

describe('typos and commands', () => {
  it('suggests the closest option, without printing the whole help', () => {
    expect(error(['scan', '--formt', 'json'])).toBe(
      'unknown option \'--formt\' (did you mean "--format"?); tlsguard --help lists the options',
    );
    expect(error(['scan', '--base-rev=main'])).toContain('(did you mean "--base-ref"?)');
    expect(error(['scan', '--zzzzzz'])).toBe(
      "unknown option '--zzzzzz'; tlsguard --help lists the options",
    );
  });

  it('suggests the closest command, and how to scan a path given as one', () => {
    expect(error(['scna'])).toBe(
      'unknown command \'scna\' (did you mean "scan"?); the commands are scan, baseline, rules, explain',
    );
    expect(error(['src/'])).toContain('(to scan a path: tlsguard scan src/)');
  });

  it('reads tlsguard rules and tlsguard explain <rule-id>', () => {
    expect(parseCommand(['rules'])).toEqual<Command>({ kind: 'rules', json: false });
    expect(parseCommand(['rules', '--format', 'json'])).toEqual<Command>({
      kind: 'rules',
      json: true,
    });
    expect(parseCommand(['explain', 'no-weak-ciphers'])).toEqual<Command>({
      kind: 'explain',
      ruleId: 'no-weak-ciphers',
    });
    expect(error(['rules', '--format', 'sarif'])).toContain('must be text or json');
    expect(error(['rules', '--no-baseline'])).toBe(
      'tlsguard rules takes only --format text|json (got --no-baseline)',
    );
    expect(error(['explain'])).toContain('takes one rule id');
  });
});
