import { describe, expect, it } from 'vitest';
import type { Condition } from '../core/condition.js';
import { defineRule, HEADLINE_MAX_CHARS } from '../core/rule.js';
import { toFinding } from './findings.js';
import { LineMap } from './line-map.js';

const rule = defineRule<'off'>({
  id: 'no-example',
  meta: {
    description: 'Disallow examples.',
    category: 'certificate-verification',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.0.0',
    messages: {
      off: {
        risk: 'high',
        text: 'Verification is off for {{target}}: anyone on the path can read the traffic. Trust the CA instead.',
        headline: 'Verification is off for {{target}}',
      },
    },
  },
  triggers: { javascript: ['off'] },
});

const source = 'connect({ off: true });\n';

function finding(
  data: Record<string, string>,
  options: { condition?: Condition; test?: boolean } = {},
) {
  return toFinding(
    {
      path: 'src/a.js',
      lineMap: new LineMap(source),
      severityCap: options.test ? { severity: 'note', where: 'test code' } : undefined,
    },
    {
      rule,
      messageId: 'off',
      data,
      ...(options.condition ? { condition: options.condition } : {}),
      range: [10, 19],
      identity: 'off: true',
      scope: '',
    },
  );
}

describe('a finding’s headline', () => {
  it('fills the placeholders, next to the full explanation', () => {
    const f = finding({ target: 'this `https.request` call' });
    expect(f.headline).toBe('Verification is off for this `https.request` call');
    expect(f.message).toBe(
      'Verification is off for this `https.request` call: anyone on the path can read the traffic. Trust the CA instead.',
    );
  });

  it('names the condition the code runs under and the non-production cap, like the message', () => {
    const condition: Condition = {
      text: 'opts.insecure',
      when: 'set',
      shape: 'value',
      environment: false,
      tlsSwitch: true,
      inProduction: false,
    };
    const f = finding({ target: 'x' }, { condition, test: true });
    expect(f.headline).toBe('Verification is off for x when `opts.insecure` is set (in test code)');
    expect(f.severity).toBe('note');
  });

  it('stays one line: quoted code is cut short, line breaks become spaces, code spans stay closed', () => {
    const f = finding({ target: `\`${'a'.repeat(200)}\`\nand more` });
    expect(f.headline).not.toMatch(/[\r\n]/);
    expect(f.headline.length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS);
    expect(f.headline).toMatch(/^Verification is off for `a+`…$/);
    expect(f.headline.match(/`/g)).toHaveLength(2);
    // The explanation keeps much more of the quoted code.
    expect(f.message.length).toBeGreaterThan(200);
  });

  it('turns a line break inside quoted code into a space', () => {
    expect(finding({ target: 'a\r\n  b' }).headline).toBe('Verification is off for a b');
  });
});
