import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { checkSync } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachChild } from '../src/languages/javascript/analysis/walk.js';
import { loadParser, type Parser } from '../src/languages/javascript/parser.js';
import { REPO_ROOT } from './helpers/run-cli.js';

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

let parser: Parser;
beforeAll(async () => {
  parser = await loadParser();
});

/** Every regular expression literal (and `new RegExp('literal')`) in the shipped sources. */
function patternsIn(file: string): Pattern[] {
  const text = readFileSync(file, 'utf8');
  const parsed = parser.parse(text, file);
  if (!parsed.ok) throw new Error(parsed.message);
  const found: Pattern[] = [];
  const where = (node: TSESTree.Node): string =>
    `${relative(REPO_ROOT, file)}:${node.loc.start.line}`;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.Literal && 'regex' in node) {
      found.push({ where: where(node), source: node.regex.pattern, flags: node.regex.flags });
    }
    if (
      node.type === AST_NODE_TYPES.NewExpression &&
      node.callee.type === AST_NODE_TYPES.Identifier &&
      node.callee.name === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments;
      if (pattern?.type === AST_NODE_TYPES.Literal && typeof pattern.value === 'string') {
        const flagText =
          flags?.type === AST_NODE_TYPES.Literal && typeof flags.value === 'string'
            ? flags.value
            : '';
        found.push({ where: where(node), source: pattern.value, flags: flagText });
      }
    }
    forEachChild(node, visit);
  };
  visit(parsed.program);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('regular expressions applied to file contents', () => {
  it('are all free of catastrophic backtracking (checked by recheck)', () => {
    const patterns = sourceFiles(join(REPO_ROOT, 'src')).flatMap(patternsIn);
    expect(patterns.length).toBeGreaterThan(20);
    const unsafe = patterns
      .map((pattern) => ({ ...pattern, result: checkSync(pattern.source, pattern.flags) }))
      .filter((checked) => checked.result.status !== 'safe')
      .map(
        (checked) =>
          `${checked.where} /${checked.source}/${checked.flags}: ${checked.result.status}`,
      );
    expect(unsafe).toEqual([]);
  });

  it('reject a known catastrophic pattern (the checker itself works)', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
