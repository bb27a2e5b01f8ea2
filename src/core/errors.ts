/**
 * The user's fault: a bad flag, config or baseline. Adapters print the message and exit 2 (CLI) or fail
 * the step (Action); nothing has been written when one is thrown.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The file the problem is in, when there is one (config, baseline). */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(file === undefined ? message : `${file}: ${message}`);
    this.file = file;
  }
}

export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}

/** A stack overflow: the input's doing (thousands of nested brackets), not a bug in tlsguard. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
