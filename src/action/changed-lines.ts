import type { ChangedLines } from '../report/annotations.js';
import { git } from '../platform/node-git.js';

/**
 * Lines added or modified between `base` and HEAD (what the pull request commits), per file relative to `root` — used only to put annotations on
 * the lines a reviewer is looking at first. Undefined when git cannot tell.
 */
export async function changedLinesSince(
  root: string,
  base: string,
): Promise<ChangedLines | undefined> {
  const diff = await git(root, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    base,
    'HEAD',
    '--',
  ]);
  return diff === undefined ? undefined : parseUnifiedDiff(diff);
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Added line numbers per new-side path from `git diff --unified=0` output. */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = diffPath(line.slice(4));
      current = path === undefined ? undefined : new Set<number>();
      if (path !== undefined && current) changed.set(path, current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let offset = 0; offset < count; offset++) current.add(start + offset);
    }
  }
  return changed;
}

/** `b/src/a.js`, `"b/odd\\tname.js"` (git's C quoting) or `/dev/null` (a deleted file). */
function diffPath(text: string): string | undefined {
  const raw = text.trimEnd();
  if (raw === '/dev/null') return undefined;
  const path = raw.startsWith('"') ? unquote(raw) : raw;
  return path.startsWith('b/') ? path.slice(2) : undefined;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/** Undoes git's quoting of unusual file names: C escapes, octal bytes of UTF-8. */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  for (let index = 0; index < body.length; index++) {
    const char = body.charAt(index);
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const next = body.charAt(index + 1);
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(SIMPLE_ESCAPES[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
