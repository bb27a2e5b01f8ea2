/** Where the pipeline's progress notes go; the adapters decide (stderr for the CLI, core.debug for the Action). */
export interface Logger {
  debug(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  warn: () => undefined,
};
