import type * as DockerfileAst from 'dockerfile-ast';
import type * as JsoncParser from 'jsonc-parser';
import type { Parser } from 'web-tree-sitter';
import type * as Yaml from 'yaml';
import type { Budget } from './budget.js';
import type { ModelBuilder } from './model.js';
import type { ShellReader } from './shell.js';

/** The parsers, loaded once with the language. */
export interface Parsers {
  /** tree-sitter-bash, for every piece of shell text. */
  readonly bash: Parser;
  readonly yaml: typeof Yaml;
  readonly dockerfile: typeof DockerfileAst;
  readonly json: typeof JsoncParser;
}

export interface ReadInput {
  readonly path: string;
  readonly text: string;
  readonly parsers: Parsers;
  readonly budget: Budget;
}

/** Reads one format into the shared model. Throws `ConfigSyntaxError` when the file does not parse. */
export type Reader = (input: ReadInput, builder: ModelBuilder) => void;

/** The file is not valid in its format (YAML with errors, a Dockerfile without instructions, …). */
export class ConfigSyntaxError extends Error {
  constructor(
    message: string,
    /** Where (an offset), when the parser says. */
    readonly offset?: number,
  ) {
    super(message);
  }
}

export function shellReader(input: ReadInput, builder: ModelBuilder): ShellReader {
  return { parser: input.parsers.bash, budget: input.budget, builder };
}
