import type { TSESTree } from '@typescript-eslint/types';
import type * as Estree from '@typescript-eslint/typescript-estree';
import { fileURLToPath } from 'node:url';
import { isStackOverflow } from '../../core/errors.js';
import { LineMap } from '../../engine/line-map.js';

export type ParseOutcome =
  | { readonly ok: true; readonly program: TSESTree.Program }
  | {
      readonly ok: false;
      /** `too-deep`: the parser ran out of stack (thousands of nested brackets), not a syntax error. */
      readonly reason: 'syntax' | 'too-deep';
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
    };

export interface ParseOptions {
  /**
   * Collect `program.comments` (default true). Converting them re-scans the whole file, ~15% of the
   * parse; most files need none (no suppression marker, no finding spanning a comment).
   */
  readonly comments?: boolean;
}

export interface Parser {
  /** Parses one file; a syntax error is returned as data, never thrown. */
  parse(text: string, filePath: string, options?: ParseOptions): ParseOutcome;
}

let loading: Promise<Parser> | undefined;

/**
 * Loads typescript-estree (and with it the TypeScript compiler, ~10 MB) on first use only, so scans in
 * which the prefilter rules out every file never pay for it.
 */
export function loadParser(): Promise<Parser> {
  loading ??= importEstree().then(createParser);
  return loading;
}

async function importEstree(): Promise<typeof Estree> {
  // The bundled TypeScript compiler reads the CommonJS `__filename` free variable, which an ES module
  // bundle does not define; give it the bundle's own path before the compiler loads.
  const globals = globalThis as { __filename?: string };
  globals.__filename ??= fileURLToPath(import.meta.url);
  return import('@typescript-eslint/typescript-estree');
}

function createParser(estree: typeof Estree): Parser {
  return {
    parse(text, filePath, options = {}) {
      try {
        const program = estree.parse(text, {
          filePath,
          loc: true,
          range: true,
          comment: options.comments ?? true,
          errorOnUnknownASTType: false,
          suppressDeprecatedPropertyWarnings: true,
          // JSDoc nodes are not part of the ESTree AST, and comments are collected without them.
          jsDocParsingMode: 'none',
        });
        return { ok: true, program };
      } catch (error) {
        return parseFailure(error, text);
      }
    },
  };
}

function parseFailure(error: unknown, text: string): ParseOutcome {
  if (isStackOverflow(error)) {
    return { ok: false, reason: 'too-deep', message: 'nested too deeply to parse' };
  }
  const message = error instanceof Error ? error.message : String(error);
  const offset =
    error instanceof Error && 'location' in error
      ? (error as { location?: { start?: { offset?: number } } }).location?.start?.offset
      : undefined;
  // Lines as git counts them (see LineMap), not as the parser does.
  const start = offset === undefined ? undefined : new LineMap(text).position(offset);
  const explained = message.startsWith(MERGE_CONFLICT)
    ? `${message} It looks like an unresolved merge conflict: resolve it and commit the result.`
    : message;
  return start
    ? {
        ok: false,
        reason: 'syntax',
        message: explained,
        line: start.line,
        column: start.column,
      }
    : { ok: false, reason: 'syntax', message: explained };
}

/** TypeScript's own wording for `<<<<<<<`, `=======`, `|||||||` and `>>>>>>>` at the start of a line. */
const MERGE_CONFLICT = 'Merge conflict marker encountered';

/** V8's "Maximum call stack size exceeded": recursion too deep for this thread's stack. */
