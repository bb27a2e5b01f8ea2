import { didYouMean } from '../config/closest.js';
import { UsageError } from '../core/errors.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'junit'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** A report to write: to `file`, or to standard output when it has none. */
export interface Report {
  readonly format: OutputFormat;
  readonly file?: string;
}

/** What `parseArgs({ tokens: true })` gives for an option. */
interface Token {
  readonly kind: string;
  readonly name?: string;
  readonly value?: string | undefined;
}

/**
 * The reports `--format` and `--output` ask for, in the order given: an `--output` writes the
 * `--format` given just before it (or, when it comes first, the one right after it); a `--format`
 * without an `--output` goes to standard output, which only one can. When every format goes to a file,
 * standard output gets the text report. The first report returned is always standard output's.
 */
export function reportsOf(tokens: readonly Token[]): Report[] {
  const files: Report[] = [];
  let stdout: OutputFormat | undefined;
  let pending: OutputFormat | undefined;
  let orphan: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'format') {
      const format = formatOf(token.value);
      if (orphan !== undefined) files.push({ format, file: orphan });
      else {
        if (pending !== undefined) stdout = toStdout(stdout, pending);
        pending = format;
      }
      orphan = undefined;
    } else if (token.name === 'output') {
      if (pending !== undefined) files.push({ format: pending, file: token.value });
      else if (orphan === undefined) orphan = token.value;
      else throw new UsageError(`--output ${orphan} needs a --format of its own before it`);
      pending = undefined;
    }
  }
  if (orphan !== undefined)
    throw new UsageError(`--output ${orphan} needs a --format: which report goes there?`);
  if (pending !== undefined) stdout = toStdout(stdout, pending);
  const twice = files.find(
    (report, index) => files.findIndex((r) => r.file === report.file) < index,
  );
  if (twice !== undefined)
    throw new UsageError(`--output ${twice.file ?? ''} is given twice: one file, one format`);
  return [{ format: stdout ?? 'text' }, ...files];
}

function toStdout(current: OutputFormat | undefined, format: OutputFormat): OutputFormat {
  if (current === undefined) return format;
  throw new UsageError(
    `--format ${current} and --format ${format} would both go to standard output: put --output <file> after all but one`,
  );
}

function formatOf(value: string): OutputFormat {
  const format = FORMATS.find((candidate) => candidate === value);
  if (format === undefined)
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')} (got '${value}')${didYouMean(value, FORMATS)}`,
    );
  return format;
}
