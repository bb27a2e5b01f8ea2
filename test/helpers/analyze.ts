import type { TSESTree } from '@typescript-eslint/types';
import { FileAnalysis } from '../../src/languages/javascript/analysis/file-analysis.js';
import { linkAndCollect } from '../../src/languages/javascript/traverse.js';
import { loadParser } from '../../src/languages/javascript/parser.js';

export interface Analyzed {
  readonly analysis: FileAnalysis;
  /** The outermost node whose text is exactly `source`, at its first (or, with `last`, its last) occurrence. */
  readonly node: (source: string, occurrence?: 'first' | 'last') => TSESTree.Node;
}

/** Parses `code` and prepares it as the engine does, for unit tests of analysis helpers. */
export async function analyze(code: string, filePath = 'file.ts'): Promise<Analyzed> {
  const parsed = (await loadParser()).parse(code, filePath);
  if (!parsed.ok) throw new Error(parsed.message);
  const all =
    linkAndCollect(parsed.program, new Set(allTypes(parsed.program)), Number.POSITIVE_INFINITY) ??
    [];
  return {
    analysis: new FileAnalysis(parsed.program, code),
    node: (source, occurrence = 'first') => {
      const start = occurrence === 'first' ? code.indexOf(source) : code.lastIndexOf(source);
      if (start < 0) throw new Error(`not in the code: ${source}`);
      const found = all.find(
        (n) =>
          n.range[0] === start &&
          n.range[1] === start + source.length &&
          !/Statement|Program/.test(n.type),
      );
      if (!found) throw new Error(`no node spans exactly: ${source}`);
      return found;
    },
  };
}

function allTypes(program: TSESTree.Program): string[] {
  const types = new Set<string>();
  JSON.stringify(program, (key, value: unknown) => {
    if (key === 'type' && typeof value === 'string') types.add(value);
    return key === 'parent' ? undefined : value;
  });
  return [...types];
}
