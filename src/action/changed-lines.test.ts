import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from './changed-lines.js';

describe('changed lines from git diff --unified=0', () => {
  it('collects added line numbers per new path, skipping deletions', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      'index 1..2 100644',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -3 +3 @@',
      '-x',
      '+y',
      '@@ -10,0 +11,3 @@ function f() {',
      '+a',
      '+b',
      '+c',
      '@@ -20,2 +23,0 @@',
      'diff --git a/gone.js b/gone.js',
      '--- a/gone.js',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git "a/odd\\tname \\303\\251.js" "b/odd\\tname \\303\\251.js"',
      '--- "a/odd\\tname \\303\\251.js"',
      '+++ "b/odd\\tname \\303\\251.js"',
      '@@ -0,0 +1 @@',
      '+z',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    expect([...changed.keys()]).toEqual(['src/a.js', 'odd\tname é.js']);
    expect([...(changed.get('src/a.js') ?? [])]).toEqual([3, 11, 12, 13]);
    expect([...(changed.get('odd\tname é.js') ?? [])]).toEqual([1]);
  });
});
