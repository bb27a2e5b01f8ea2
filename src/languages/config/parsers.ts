import { treeSitterParser } from '../../platform/tree-sitter.js';
import type { Parsers } from './reader.js';

/**
 * The config language's parsers, loaded on first use: tree-sitter-bash (sharing the WASM runtime with
 * Python) for shell text, `yaml` for workflow, composite-action, compose and `.yarnrc.yml` files,
 * `dockerfile-ast` for Dockerfiles and `jsonc-parser` for `package.json`.
 */
export async function loadParsers(): Promise<Parsers> {
  const [bash, yaml, dockerfile, json] = await Promise.all([
    treeSitterParser('bash'),
    import('yaml'),
    import('dockerfile-ast'),
    import('jsonc-parser'),
  ]);
  return { bash: bash.parser, yaml, dockerfile, json };
}
