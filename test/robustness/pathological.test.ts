import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, shared with `npm run bench`
import { pathologicalFiles } from '../../bench/pathological.mjs';
import type { LoadedLanguage } from '../../src/core/language.js';
import { analyzeFile, FILE_STEP_LIMIT } from '../../src/engine/analyze-file.js';
import { loadLanguage } from '../../src/languages/index.js';
import { runCheckers } from '../../src/languages/javascript/run-checkers.js';
import { loadParser, type Parser } from '../../src/languages/javascript/parser.js';
import { JAVASCRIPT_CHECKERS } from '../../src/rules/checkers/javascript.js';
import { createPrefilter } from '../../src/prefilter/prefilter.js';
import { RULES } from '../../src/rules/index.js';

interface GeneratedFile {
  readonly name: string;
  readonly text: string;
}

const FILES = (pathologicalFiles as () => GeneratedFile[])();

/**
 * What "bounded" means here: steps grow with the size of the code, not with its references squared or
 * its helper paths. Every file below has 25,000-300,000 syntax nodes; before resolution was bounded,
 * several took minutes (one more than 600 s). The bound is far below the per-file limit, so none of
 * them is cut short: they are analyzed whole.
 */
const STEP_BOUND = 600_000;

let parser: Parser;
let javascript: LoadedLanguage;
beforeAll(async () => {
  parser = await loadParser();
  javascript = await loadLanguage('javascript');
});

const CHECKED = RULES.map((rule) => {
  const checker = JAVASCRIPT_CHECKERS.get(rule.id);
  if (!checker) throw new Error(`${rule.id} has no JavaScript checker`);
  return { rule, checker };
});

describe('pathological files: every resolver bounded, counted in steps', () => {
  it.each(FILES.map((file) => [file.name, file] as const))(
    '%s: every rule runs, within the step bound, to the end of the file',
    (_name, file) => {
      expect(createPrefilter(RULES, { language: 'javascript' }).rulesFor(file.text)).toHaveLength(
        RULES.length,
      );
      const parsed = parser.parse(file.text, file.name);
      if (!parsed.ok) throw new Error(parsed.message);
      const run = runCheckers(parsed.program, file.text, file.name, CHECKED, {
        maxNodes: Number.POSITIVE_INFINITY,
        maxSteps: FILE_STEP_LIMIT,
      });
      expect(run.failures).toEqual([]);
      expect(run.stoppedAt).toBeUndefined();
      expect(run.steps).toBeGreaterThan(0);
      expect(run.steps).toBeLessThan(STEP_BOUND);
      expect(run.reports.length).toBeGreaterThan(0);
    },
  );

  it('a file that uses up its steps keeps what was found and says where the analysis stopped', () => {
    const file = FILES.find((candidate) => candidate.name === 'many-references.js');
    if (!file) throw new Error('many-references.js is not generated');
    const text = `https.get(u, { rejectUnauthorized: false });\n${file.text}`;
    const full = analyzeFile(javascript, {
      path: file.name,
      text,
      rules: RULES,
      severityCap: undefined,
    });
    const cut = analyzeFile(javascript, {
      path: file.name,
      text,
      rules: RULES,
      severityCap: undefined,
      maxAnalysisSteps: 20_000,
    });
    expect(full.diagnostics).toEqual([]);
    expect(cut.diagnostics).toEqual([
      expect.objectContaining({
        file: 'many-references.js',
        kind: 'too-complex',
        message: expect.stringMatching(
          /^analysis stopped at line \d+ of \d+: the file used up its 20,000 analysis steps/,
        ) as unknown,
      }),
    ]);
    const stoppedAt = cut.diagnostics[0]?.line ?? 0;
    expect(stoppedAt).toBeGreaterThan(1);
    expect(cut.findings.map((finding) => finding.line)).toContain(1);
    expect(cut.findings.every((finding) => finding.line <= stoppedAt)).toBe(true);
    expect(full.findings).toEqual(expect.arrayContaining(cut.findings));
  });
});
