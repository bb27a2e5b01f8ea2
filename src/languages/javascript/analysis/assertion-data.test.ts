import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';
import { isAssertionData } from './assertion-data.js';

async function isData(code: string, literal: string): Promise<boolean> {
  const { analysis, node } = await analyze(code);
  return isAssertionData(analysis, node(literal));
}

describe('isAssertionData', () => {
  it.each([
    'expect(x).toEqual({ a: 1 })',
    'expect(x).not.toEqual({ a: 1 })',
    'expect(x).resolves.toMatchObject({ a: 1 })',
    'expect({ a: 1 }).toBeDefined()',
    'expect(spy).toHaveBeenCalledWith(expect.objectContaining({ a: 1 }))',
    "import assert from 'node:assert';\nassert.deepEqual(x, { a: 1 })",
    "const { strict: assert } = require('assert');\nassert.deepStrictEqual(x, { a: 1 })",
    't.same(x, { a: 1 })',
    'x.should.deep.equal({ a: 1 })',
    'should(x).eql({ a: 1 })',
    'chai.expect(x).to.deep.equal({ a: 1 })',
    'sinon.assert.calledWith(stub, { a: 1 })',
    'const expected = { a: 1 };\nexpect(x).toEqual(expected);\nassert.deepEqual(y, expected)',
  ])('%s', async (code) => {
    expect(await isData(code, '{ a: 1 }')).toBe(true);
  });

  it.each([
    'tls.connect({ a: 1 })',
    'list.includes({ a: 1 })',
    'text.match({ a: 1 })',
    't({ a: 1 })',
    'const options = { a: 1 };\nexpect(connect(options)).toBe(true)',
    'const options = { a: 1 };\nexpect(x).toEqual(options);\nconnect(options)',
    'expect(createAgent({ a: 1 })).toBeDefined()',
  ])('%s is not assertion data', async (code) => {
    expect(await isData(code, '{ a: 1 }')).toBe(false);
  });
});
