import { beforeAll, describe, expect, it } from 'vitest';
import { javascriptWith } from '../../test/helpers/javascript.js';
import type { LoadedLanguage } from '../core/language.js';
import { loadParser, type Parser } from '../languages/javascript/parser.js';
import { RULES } from '../rules/index.js';
import { analyzeFile } from './analyze-file.js';

let parser: Parser;
let javascript: LoadedLanguage;
let counting: LoadedLanguage;
let count = 0;
beforeAll(async () => {
  parser = await loadParser();
  javascript = await javascriptWith();
  const countingParser: Parser = {
    parse: (...args) => {
      count++;
      return parser.parse(...args);
    },
  };
  counting = await javascriptWith(new Map(), countingParser);
});

function fingerprints(text: string): string[] {
  const output = analyzeFile(javascript, {
    path: 'a.js',
    text,
    rules: RULES,
    severityCap: undefined,
  });
  return output.findings.map((finding) => finding.fingerprint);
}

/** How often analyzing `text` parses it: once, or twice when a finding's code holds a comment. */
function parses(text: string): number {
  count = 0;
  analyzeFile(counting, { path: 'a.js', text, rules: RULES, severityCap: undefined });
  return count;
}

const PLAIN = "const https = require('https');\nhttps.request({ rejectUnauthorized: false });";
const COMMENTED =
  "const https = require('https');\nhttps.request({ /* TODO */ rejectUnauthorized: // why\n false });";
const URL =
  "const { Client } = require('pg');\nnew Client({ connectionString: 'postgres://u@db/app?sslmode=no-verify' });";

describe('fingerprints', () => {
  // Baselines store these: a change here reports every accepted finding as new. The values were
  // computed when every file was parsed with its comments; they must not depend on how comments are
  // collected now (only when a finding's code may hold one).
  it.each([
    ['plain code', PLAIN, '8596e223f07e0cc0df20'],
    ['code with comments inside the finding', COMMENTED, '8596e223f07e0cc0df20'],
    ['a URL, which only looks like a comment', URL, 'bfcb110747912c7404f6'],
  ])('stay what tlsguard-fp/v1 gave for %s', (_, text, expected) => {
    expect(fingerprints(text)).toEqual([expected]);
  });

  it('ignore comments inside the reported code', () => {
    expect(fingerprints(COMMENTED)).toEqual(fingerprints(PLAIN));
  });

  it('parse a file a second time only when the code of a finding holds a real comment', () => {
    expect(parses(PLAIN)).toBe(1);
    expect(parses(URL)).toBe(1);
    expect(parses(COMMENTED)).toBe(2);
  });
});
