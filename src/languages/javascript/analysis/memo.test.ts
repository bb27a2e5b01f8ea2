import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../test/helpers/analyze.js';
import { forEachChild } from './walk.js';

function identifiersNamed(root: TSESTree.Node, name: string): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name) found.push(node);
    forEachChild(node, (child) => stack.push(child));
  }
  return found;
}

/** Steps taken to ask for the value at every mention of `o` in a file that reads and writes it `count` times. */
async function stepsForMentions(count: number): Promise<number> {
  const line = 'o = o || { rejectUnauthorized: o.v }; use(o);';
  const code = `let o = {};\n${Array.from({ length: count }, () => line).join('\n')}`;
  const { analysis } = await analyze(code);
  for (const mention of identifiersNamed(analysis.program, 'o')) analysis.value(mention);
  return analysis.meter.total;
}

describe('ValueMemo', () => {
  it('resolves a variable once, however many references read it: steps grow linearly', async () => {
    const small = await stepsForMentions(400);
    const large = await stepsForMentions(800);
    expect(small).toBeGreaterThan(400);
    expect(large / small).toBeLessThan(2.2);
  });

  it('keeps a value whose cycle closes on itself: `e = e || {}` is computed once', async () => {
    const { analysis } = await analyze('let e = f();\ne = e || {};\nuse(e);\nother(e);');
    const [, , , first, second] = identifiersNamed(analysis.program, 'e').sort(
      (a, b) => a.range[0] - b.range[0],
    );
    if (!first || !second) throw new Error('expected five mentions of e');
    analysis.value(first);
    const firstSteps = analysis.meter.total;
    analysis.value(second);
    expect(firstSteps).toBeGreaterThan(3);
    expect(analysis.meter.total - firstSteps).toBe(1);
  });
});
