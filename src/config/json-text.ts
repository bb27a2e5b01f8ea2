import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { UsageError } from '../core/errors.js';

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;

/**
 * Parses a JSON file the user maintains (config, baseline). Errors name the file and say what is wrong:
 * unresolved merge conflicts, or where the syntax breaks (line and column — JSON.parse does not say,
 * hence jsonc-parser in strict mode).
 */
export function parseJsonFile(text: string, file: string): unknown {
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    throw new UsageError(
      `contains an unresolved merge conflict (marker at line ${line}); resolve it first`,
      file,
    );
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(stripBom(text), errors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  const [first] = errors;
  if (first) throw new UsageError(`is not valid JSON: ${describeSyntaxError(first, text)}`, file);
  return value;
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function describeSyntaxError(error: ParseError, text: string): string {
  const before = text.slice(0, error.offset).split('\n');
  const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  // `CloseBraceExpected` → `close brace expected`
  const problem = printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${problem} (${where})`;
}
