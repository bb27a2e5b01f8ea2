import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';
import type { Value } from './value.js';

async function valueOf(
  code: string,
  expression: string,
  occurrence: 'first' | 'last' = 'first',
): Promise<Value> {
  const { analysis, node } = await analyze(code);
  return analysis.value(node(expression, occurrence));
}

function summarize(value: Value): unknown {
  switch (value.kind) {
    case 'known':
      return value.value;
    case 'oneOf':
      return { oneOf: value.options.map(summarize) };
    case 'unknown':
      return `unknown ${value.type}${value.env ? ' env' : ''}`;
    default:
      return value.kind;
  }
}

describe('evaluate', () => {
  it.each([
    ['x = !1', '!1', false],
    ['x = !!0', '!!0', false],
    ['x = void 0', 'void 0', undefined],
    ['x = Boolean(0)', 'Boolean(0)', false],
    ['x = String(0)', 'String(0)', '0'],
    ['x = `0`', '`0`', '0'],
    ['x = false as boolean', 'false as boolean', false],
    ['x = <boolean>false', '<boolean>false', false],
    ['x = (false satisfies boolean)!', '(false satisfies boolean)!', false],
    ["const a = 'TLS'; x = `${a}v1`", '`${a}v1`', 'TLSv1'],
    ['x = 1 + 1', '1 + 1', 2],
    ['x = typeof 1', 'typeof 1', 'number'],
    ["x = 'a' === 'a'", "'a' === 'a'", true],
  ])('folds constants: %s', async (code, expression, expected) => {
    expect(summarize(await valueOf(code, expression))).toBe(expected);
  });

  it('resolves const bindings, object properties and destructuring', async () => {
    const code = [
      'const off = false;',
      'const cfg = { tls: { verify: off } };',
      'const { tls: { verify } } = cfg;',
      'use(verify);',
    ].join('\n');
    expect(summarize(await valueOf(code, 'verify', 'last'))).toBe(false);
  });

  it('follows helpers declared in the same file', async () => {
    const code =
      'function flag() { if (a) return false; return false }\nconst v = () => flag();\nuse(v());';
    expect(summarize(await valueOf(code, 'v()'))).toBe(false);
  });

  it('keeps run-time choices as oneOf', async () => {
    expect(summarize(await valueOf('x = a ? false : true', 'a ? false : true'))).toEqual({
      oneOf: [false, true],
    });
    expect(
      summarize(await valueOf('let v = true;\nif (a) v = false;\nuse(v)', 'v', 'last')),
    ).toEqual({
      oneOf: [true, false],
    });
  });

  it('marks values read from the process environment', async () => {
    expect(summarize(await valueOf('x = process.env.A', 'process.env.A'))).toBe(
      'unknown string env',
    );
    expect(summarize(await valueOf("x = process.env.A === '1'", "process.env.A === '1'"))).toBe(
      'unknown boolean env',
    );
    expect(summarize(await valueOf('x = !process.env.A', '!process.env.A'))).toBe(
      'unknown boolean env',
    );
    expect(summarize(await valueOf('x = import.meta.env.DEV', 'import.meta.env.DEV'))).toBe(
      'unknown any env',
    );
    expect(summarize(await valueOf("x = cfg.a === '1'", "cfg.a === '1'"))).toBe('unknown boolean');
  });

  it('gives a parameter default as one of the options', async () => {
    const code = 'function f(verify = false) { use(verify) }';
    expect(summarize(await valueOf(code, 'verify', 'last'))).toEqual({
      oneOf: ['unknown any', false],
    });
  });

  it('merges Object.assign and spreads, later keys winning', async () => {
    const code =
      'const base = { a: 1, b: 1 };\nconst o = Object.assign({}, base, { b: 2 });\nx = { ...o, c: 3 }.b';
    expect(summarize(await valueOf(code, '{ ...o, c: 3 }.b'))).toBe(2);
  });

  it('gives up on cycles instead of looping', async () => {
    expect(summarize(await valueOf('var a = b; var b = a; x = a', 'a', 'last'))).toBe(
      'unknown any',
    );
  });

  it('answers in bounded work when helpers branch into helpers, four calls per level', async () => {
    const helpers = Array.from({ length: 40 }, (_, i) => {
      const next = `f${i + 1}()`;
      return `function f${i}() { return a ? ${next} : b ? ${next} : c ? ${next} : ${next} }`;
    });
    const code = [...helpers, 'function f40() { return false }', 'use(f0())'].join('\n');
    // The chain is deeper than evaluation goes: the answer is a give-up, after a bounded number of
    // steps rather than 4^12 of them.
    expect(summarize(await valueOf(code, 'f0()', 'last'))).toBe('unknown any');
  });

  it('reuses the answer for a shared helper instead of recomputing it', async () => {
    const helpers = Array.from(
      { length: 10 },
      (_, i) => `function f${i}() { return c ? f${i + 1}() : f${i + 1}() }`,
    );
    const code = [...helpers, 'function f10() { return false }', 'use(f0())'].join('\n');
    expect(summarize(await valueOf(code, 'f0()', 'last'))).toBe(false);
  });
});
