import { describe, expect, it } from 'vitest';
import { finding, findings } from '../../test/helpers/findings.js';
import { planAnnotations } from './annotations.js';

const count = (plan: ReturnType<typeof planAnnotations>, level: string) =>
  plan.annotations.filter((a) => a.level === level && a.file !== undefined).length;

describe('annotation plan', () => {
  it('annotates 10 of 25 errors and adds one notice with the rest', () => {
    const plan = planAnnotations(findings(25), { pathPrefix: '' });
    expect(count(plan, 'error')).toBe(10);
    expect(plan.omitted).toBe(15);
    const notices = plan.annotations.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/^15 more findings — see the job summary/);
    expect(notices[0]?.file).toBeUndefined();
  });

  it('needs no notice when everything fits', () => {
    const plan = planAnnotations(
      [
        ...findings(10),
        ...findings(10, { severity: 'warning' }),
        ...findings(10, { severity: 'note' }),
      ],
      { pathPrefix: '' },
    );
    expect(plan.omitted).toBe(0);
    expect(plan.annotations).toHaveLength(30);
  });

  it('keeps a notice slot for the "more" notice when notes overflow or other levels do', () => {
    const plan = planAnnotations([...findings(11), ...findings(10, { severity: 'note' })], {
      pathPrefix: '',
    });
    expect(count(plan, 'notice')).toBe(9);
    expect(plan.omitted).toBe(2);
    expect(plan.annotations.filter((a) => a.level === 'notice')).toHaveLength(10);
  });

  it('puts new findings on changed lines first, then other new ones, then failing unchanged ones', () => {
    const changed = finding({ file: 'b.js', line: 50, endLine: 50 });
    const elsewhere = finding({ file: 'a.js', line: 1, endLine: 1 });
    const accepted = finding({ file: 'a.js', line: 2, endLine: 2, status: 'unchanged' });
    const plan = planAnnotations([accepted, elsewhere, changed], {
      pathPrefix: '',
      perLevel: 2,
      changedLines: new Map([['b.js', new Set([50])]]),
    });
    expect(plan.annotations.map((a) => `${a.file ?? ''}:${a.startLine ?? ''}`)).toEqual([
      'b.js:50',
      'a.js:1',
      ':',
    ]);
  });

  it('counts annotations printed before (permission warnings) against the budget', () => {
    const plan = planAnnotations(findings(10, { severity: 'warning' }), {
      pathPrefix: '',
      alreadyUsed: { warning: 1 },
    });
    expect(count(plan, 'warning')).toBe(9);
    expect(plan.omitted).toBe(1);
  });

  it('uses repository paths, and columns only for one-line findings', () => {
    const { annotations } = planAnnotations(
      [finding(), finding({ file: 'src/b.js', line: 4, endLine: 6 })],
      { pathPrefix: 'packages/api' },
    );
    const one = annotations.find((a) => a.file === 'packages/api/src/client.js');
    const many = annotations.find((a) => a.file === 'packages/api/src/b.js');
    expect(one).toMatchObject({
      file: 'packages/api/src/client.js',
      startColumn: 5,
      endColumn: 30,
    });
    expect(many).toMatchObject({ file: 'packages/api/src/b.js', startLine: 4, endLine: 6 });
    expect(many).not.toHaveProperty('startColumn');
    // The headline is the title; the explanation, the rule and its page are the message.
    expect(one?.title).toBe(
      'Certificate verification is off (`rejectUnauthorized: false`) for this `https.request` call',
    );
    expect(one?.message).toBe(
      '`rejectUnauthorized` is `false` here, which turns off certificate verification.\n' +
        'no-disabled-cert-verification: https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-disabled-cert-verification.md',
    );
  });
});
