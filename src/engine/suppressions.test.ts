import { describe, expect, it } from 'vitest';
import { analyze } from '../../test/helpers/analyze.js';
import { LineMap } from './line-map.js';
import { applySuppressions, parseDirectives } from './suppressions.js';

async function directivesOf(code: string) {
  const { analysis } = await analyze(code);
  return parseDirectives(analysis.program.comments ?? [], new LineMap(analysis.text));
}

describe('parseDirectives', () => {
  it('reads next-line and same-line forms in line and block comments', async () => {
    const code = [
      '// tlsguard-ignore-next-line rule-a -- test server',
      'x(); // tlsguard-ignore rule-b, rule-c -- reviewed in #42',
      '/* tlsguard-ignore-next-line rule-d -- a */',
      '/**',
      ' * tlsguard-ignore-next-line rule-e -- b',
      ' */',
    ].join('\n');
    const found = (await directivesOf(code)).map((d) => [
      d.targetLine,
      d.ruleIds.join('+'),
      d.reason,
    ]);
    expect(found).toEqual([
      [2, 'rule-a', 'test server'],
      [2, 'rule-b+rule-c', 'reviewed in #42'],
      [4, 'rule-d', 'a'],
      [7, 'rule-e', 'b'],
    ]);
  });

  it('keeps a directive without reason or rule (to report it), and ignores look-alike words', async () => {
    const code = [
      '// tlsguard-ignore-next-line rule-a',
      '// tlsguard-ignore-next-line rule-a --   ',
      '// tlsguard-ignore',
      '// tlsguard-ignored: not a directive',
      '// see tlsguard-ignore-next-line in the docs',
    ].join('\n');
    const found = (await directivesOf(code)).map((d) => [d.ruleIds.join('+'), d.reason ?? null]);
    expect(found).toEqual([
      ['rule-a', null],
      ['rule-a', null],
      ['', null],
    ]);
  });
});

describe('applySuppressions', () => {
  const ruleIds = { known: ['rule-a', 'rule-b'], active: new Set(['rule-a', 'rule-b']) };
  const suggest = () => ' (did you mean `rule-a`?)';

  it('suppresses findings of the named rule on the target line only, and reports malformed and unused ones', async () => {
    const code = [
      '// tlsguard-ignore-next-line rule-a -- fine here',
      'target();',
      '// tlsguard-ignore-next-line rule-a',
      'other();',
      '// tlsguard-ignore-next-line rule-b -- nothing of rule-b here',
      'third();',
      '// tlsguard-ignore-next-line rule-x -- typo',
      'fourth();',
    ].join('\n');
    const findings = [
      { ruleId: 'rule-a', line: 2 },
      { ruleId: 'rule-b', line: 2 },
      { ruleId: 'rule-a', line: 4 },
    ];
    const outcome = applySuppressions(findings, await directivesOf(code), ruleIds, suggest);
    expect(outcome.suppressed).toEqual([{ finding: findings[0], reason: 'fine here' }]);
    expect(outcome.kept).toEqual([findings[1], findings[2]]);
    expect(outcome.problems.map((p) => [p.directive.targetLine, p.messageId])).toEqual([
      [4, 'missingReason'],
      [6, 'unused'],
      [8, 'unknownRule'],
    ]);
  });

  it('does not call a directive unused for a rule that is turned off', async () => {
    const outcome = applySuppressions(
      [],
      await directivesOf('// tlsguard-ignore-next-line rule-b -- off in config\nx();'),
      { known: ['rule-a', 'rule-b'], active: new Set(['rule-a']) },
      suggest,
    );
    expect(outcome.problems).toEqual([]);
  });
});
