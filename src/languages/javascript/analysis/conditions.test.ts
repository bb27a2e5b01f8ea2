import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';
import { describeCondition } from '../../../core/condition.js';
import { guardOf } from './guards.js';
import { valueCondition } from './value-conditions.js';
import type { Value } from './value.js';

const isFalse = (value: Value) => value.kind === 'known' && value.value === false;

async function valueSwitch(code: string, expression: string): Promise<string | undefined> {
  const { analysis, node } = await analyze(code);
  const condition = valueCondition(analysis, node(expression, 'last'), isFalse);
  return condition && `${describeCondition(condition)}${condition.environment ? ' (env)' : ''}`;
}

async function guard(code: string, site: string): Promise<string | undefined> {
  const { analysis, node } = await analyze(code);
  const condition = guardOf(analysis, node(site));
  return condition && `${describeCondition(condition)}${condition.environment ? ' (env)' : ''}`;
}

describe('valueCondition', () => {
  it.each([
    [
      'f(!options.allowUnauthorizedCerts)',
      '!options.allowUnauthorizedCerts',
      'when `options.allowUnauthorizedCerts` is set',
    ],
    ['f(!this.getIgnoreTls())', '!this.getIgnoreTls()', 'when `this.getIgnoreTls()` returns true'],
    ['f(!x || false)', '!x || false', 'when `x` is set'],
    ['f(x ? false : true)', 'x ? false : true', 'when `x` is set'],
    ['f(opts.verify ?? false)', 'opts.verify ?? false', 'unless `opts.verify` is set'],
    ['f(opts.verify === true)', 'opts.verify === true', 'unless `opts.verify` is set'],
    ['function g(verify = false) { f(verify) }', 'verify', 'unless `verify` is set'],
    ['function g(insecure) { const v = !insecure; f(v) }', 'v', 'when `insecure` is set'],
    ["f(mode !== 'insecure')", "mode !== 'insecure'", "when `mode === 'insecure'`"],
    [
      "f(process.env.NODE_ENV === 'production')",
      "process.env.NODE_ENV === 'production'",
      "when `process.env.NODE_ENV !== 'production'` (env)",
    ],
    [
      'f(!process.env.ALLOW_SELF_SIGNED)',
      '!process.env.ALLOW_SELF_SIGNED',
      'when `process.env.ALLOW_SELF_SIGNED` is set (env)',
    ],
  ])('%s', async (code, expression, expected) => {
    expect(await valueSwitch(code, expression)).toBe(expected);
  });

  it('knows which environment conditions hold in production', async () => {
    const { analysis, node } = await analyze(
      "f(process.env.NODE_ENV !== 'production');\nf(process.env.NODE_ENV === 'production');",
    );
    const inProduction = (expression: string, occurrence: 'first' | 'last') =>
      valueCondition(analysis, node(expression, occurrence), isFalse)?.inProduction;
    expect(inProduction("process.env.NODE_ENV !== 'production'", 'first')).toBe(true);
    expect(inProduction("process.env.NODE_ENV === 'production'", 'last')).toBe(false);
  });

  it.each([
    ['f(options.rejectUnauthorized)', 'options.rejectUnauthorized'],
    ['f(options.rejectUnauthorized !== false)', 'options.rejectUnauthorized !== false'],
    ['f(options.rejectUnauthorized ?? true)', 'options.rejectUnauthorized ?? true'],
    ['f(a && !b)', 'a && !b'],
    ['f(false)', 'false'],
  ])('%s has no single switch that makes it weak', async (code, expression) => {
    expect(await valueSwitch(code, expression)).toBeUndefined();
  });
});

describe('guardOf', () => {
  it.each([
    ['if (monitor.ignoreTls) { weak() }', 'weak()', 'when `monitor.ignoreTls` is set'],
    ['if (!options.verifyTls) weak()', 'weak()', 'unless `options.verifyTls` is set'],
    ['if (options.verifyTls) ok(); else weak()', 'weak()', 'unless `options.verifyTls` is set'],
    ['const a = options.insecure ? weak() : ok()', 'weak()', 'when `options.insecure` is set'],
    ['options.allowSelfSigned && weak()', 'weak()', 'when `options.allowSelfSigned` is set'],
    ['function f(o) { if (!o.insecure) return; weak() }', 'weak()', 'when `o.insecure` is set'],
    [
      "if (process.argv.includes('--insecure')) weak()",
      'weak()',
      "when `process.argv.includes('--insecure')`",
    ],
    [
      "if (process.env.NODE_ENV !== 'production') weak()",
      'weak()',
      "when `process.env.NODE_ENV !== 'production'` (env)",
    ],
    ['if (!app.isPackaged) weak()', 'weak()', 'unless `app.isPackaged` is set (env)'],
    [
      'if (url.startsWith("https")) { if (opts.noVerify) weak() }',
      'weak()',
      'when `opts.noVerify` is set',
    ],
  ])('%s', async (code, site, expected) => {
    expect(await guard(code, site)).toBe(expected);
  });

  it.each([
    ["if (url.protocol === 'https:') weak()", 'weak()'],
    ["if (process.env.NODE_ENV === 'production') weak()", 'weak()'],
    ["function f() { if (process.env.NODE_ENV === 'test') return; weak() }", 'weak()'],
    ['if (!isDev) weak()', 'weak()'],
    ['if (app.isPackaged) weak()', 'weak()'],
    ['if (options.secure) weak()', 'weak()'],
    ['weak()', 'weak()'],
    ['if (monitor.ignoreTls) ok(); weak()', 'weak()'],
  ])('%s runs unconditionally as far as TLS switches go', async (code, site) => {
    expect(await guard(code, site)).toBeUndefined();
  });
});
