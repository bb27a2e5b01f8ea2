import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/types.js';

export type OutputFormat = 'text' | 'json';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'scan'; readonly options: ScanCommandOptions };

export interface ScanCommandOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly root: string | undefined;
  readonly noBaseline: boolean;
  readonly noIgnore: boolean;
  readonly failSeverity: Severity;
  readonly testSeverity: Severity;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  root: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  'fail-severity': { type: 'string' },
  'test-severity': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      error instanceof Error
        ? (error.message.split('. To specify')[0] ?? error.message)
        : String(error),
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'help' };
  if (command !== 'scan') throw new UsageError(`unknown command '${command}' (expected: scan)`);
  return {
    kind: 'scan',
    options: {
      paths,
      format: oneOf('--format', values.format ?? 'text', FORMATS),
      root: values.root,
      noBaseline: values['no-baseline'] ?? false,
      noIgnore: values['no-ignore'] ?? false,
      failSeverity: oneOf('--fail-severity', values['fail-severity'] ?? 'warning', SEVERITIES),
      testSeverity: oneOf('--test-severity', values['test-severity'] ?? 'note', SEVERITIES),
    },
  };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return match;
}
