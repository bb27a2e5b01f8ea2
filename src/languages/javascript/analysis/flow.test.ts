import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';
import type { Use } from './flow.js';

async function usesOf(code: string, source: string): Promise<string[]> {
  const { analysis, node } = await analyze(code);
  const text = (use: Use): string => {
    const node =
      use.kind === 'argument' ? use.call.callee : use.kind === 'assigned' ? use.target : use.node;
    const where = code.slice(node.range[0], node.range[1]);
    const detail = use.kind === 'argument' ? `${where}#${use.index}` : where;
    return `${use.kind} ${detail} [${use.path.join('.')}]`;
  };
  return analysis.uses(node(source)).map(text);
}

describe('uses', () => {
  it('follows an object into a nested option bag of a call', async () => {
    expect(
      await usesOf(
        'got(url, { https: { rejectUnauthorized: false } })',
        '{ rejectUnauthorized: false }',
      ),
    ).toEqual(['argument got#1 [https]']);
  });

  it('follows variables, spreads, ternaries and Object.assign', async () => {
    const code = [
      'const base = { rejectUnauthorized: false };',
      'const opts = cond ? { ...base, ca } : base;',
      'const merged = Object.assign({}, opts);',
      'tls.connect(merged);',
    ].join('\n');
    expect(await usesOf(code, '{ rejectUnauthorized: false }')).toEqual([
      'argument tls.connect#0 []',
    ]);
  });

  it('follows return values to the callers of a helper, and arguments into a helper', async () => {
    const code = [
      'function options() { return { rejectUnauthorized: false } }',
      'function get(u, o) { return https.get(u, o) }',
      'get(url, options());',
    ].join('\n');
    expect(await usesOf(code, '{ rejectUnauthorized: false }')).toEqual([
      'argument get#1 []',
      'argument https.get#1 []',
    ]);
  });

  it('reports assignments to members, and into an object held in a variable', async () => {
    const code = 'const cfg = {};\ncfg.ssl = { rejectUnauthorized: false };\nnew Client(cfg);';
    expect(await usesOf(code, '{ rejectUnauthorized: false }')).toEqual([
      'assigned cfg.ssl []',
      'argument Client#0 [ssl]',
    ]);
  });

  it('says when a value escapes where it cannot be followed', async () => {
    expect(
      await usesOf('export default { rejectUnauthorized: false }', '{ rejectUnauthorized: false }'),
    ).toEqual(['escape export default { rejectUnauthorized: false } []']);
  });

  it('does not count reads of a property as uses of the object', async () => {
    const code = 'const o = { rejectUnauthorized: false };\nif (o.rejectUnauthorized) {}';
    expect(await usesOf(code, '{ rejectUnauthorized: false }')).toEqual([]);
  });
});
