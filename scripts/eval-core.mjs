// Scoring for `npm run eval` (and test/eval.test.ts): expectation comments against findings.
// `// expect: <rule-id>[, <rule-id>]` announces findings on the next line; `// ok: <rule-id>` a near
// miss there that must stay silent.

const MARKER = /\/\/\s*(expect|ok):\s*([\w/, -]+)/;

/** @param {string} file @param {string} text */
export function parseExpectations(file, text) {
  const expected = [];
  const nearMisses = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const ids = match[2]
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const target = match[1] === 'expect' ? expected : nearMisses;
    for (const ruleId of ids) target.push({ file, line: index + 2, ruleId });
  });
  return { expected, nearMisses };
}

/**
 * @param {{file: string, line: number, ruleId: string}[]} expected
 * @param {{file: string, line: number, ruleId: string}[]} findings
 */
export function score(expected, findings) {
  const key = (item) => `${item.file}:${item.line}:${item.ruleId}`;
  const pending = new Map();
  for (const item of expected) pending.set(key(item), [...(pending.get(key(item)) ?? []), item]);
  const truePositives = [];
  const falsePositives = [];
  for (const finding of findings) {
    const bucket = pending.get(key(finding));
    if (bucket && bucket.length > 0) truePositives.push(bucket.pop());
    else falsePositives.push(finding);
  }
  const falseNegatives = [...pending.values()].flat();
  const recall = expected.length === 0 ? 1 : truePositives.length / expected.length;
  const precision = findings.length === 0 ? 1 : truePositives.length / findings.length;
  return { truePositives, falsePositives, falseNegatives, recall, precision };
}
