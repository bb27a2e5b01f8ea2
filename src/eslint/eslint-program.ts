import type { TSESTree } from '@typescript-eslint/types';
import estreePackage from '@typescript-eslint/typescript-estree/package.json' with { type: 'json' };
import type { Parser } from '../languages/javascript/parser.js';

/** What the plugin needs to know of ESLint's parse of a file. */
export interface EslintParse {
  /** `languageOptions.parser` of the file's configuration (undefined: ESLint's default, espree). */
  readonly parser: unknown;
  readonly ast: unknown;
}

const PARSER_NAME = 'typescript-eslint/parser';
const ESTREE_MAJOR = estreePackage.version.split('.')[0] ?? '';

/**
 * The parser for one file: ESLint's own syntax tree when typescript-eslint's parser produced it (the
 * same typescript-estree, major version and all, that `tlsguard scan` parses with, so the tree is the
 * one the checkers were written for), and otherwise a parse of its own with typescript-estree. Espree's
 * trees, ESLint's default for JavaScript, differ in shape and in scope analysis (measured: the
 * checkers fail or miss findings on them), so a JavaScript file costs a second parse.
 */
export function parserFor(own: Parser, eslint: EslintParse): Parser {
  const program = reusableProgram(eslint);
  return program ? { parse: () => ({ ok: true, program }) } : own;
}

function reusableProgram({ parser, ast }: EslintParse): TSESTree.Program | undefined {
  const meta = (parser as { meta?: { name?: unknown; version?: unknown } } | undefined)?.meta;
  if (meta?.name !== PARSER_NAME || typeof meta.version !== 'string') return undefined;
  if (meta.version.split('.')[0] !== ESTREE_MAJOR) return undefined;
  return (ast as { type?: unknown } | undefined)?.type === 'Program'
    ? (ast as TSESTree.Program)
    : undefined;
}
