import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';
import { workerModule } from './worker-module.js';

/** The tree-sitter grammars tlsguard ships: Python, and bash for the shell text of config files. */
export type Grammar = 'python' | 'bash';

/** A parser for one grammar, and the grammar itself (for queries and node types). */
export interface TreeSitterParser {
  readonly parser: TreeSitter.Parser;
  readonly language: TreeSitter.Language;
}

type Runtime = typeof TreeSitter;

let runtime: Promise<Runtime> | undefined;
const grammars = new Map<Grammar, Promise<TreeSitter.Language>>();

/**
 * A tree-sitter parser for `grammar`, loaded once per thread. web-tree-sitter and the grammars' WASM
 * files are shipped as published next to the bundle (`dist/lib/vendor/`, see scripts/build.mjs): ncc
 * cannot bundle web-tree-sitter (its ESM build imports `module` in a way the bundle breaks) and
 * rewrites the bytes of a `.wasm` it copies. From the sources (tests) they come from node_modules.
 * Nothing is downloaded.
 */
export async function treeSitterParser(grammar: Grammar): Promise<TreeSitterParser> {
  const TreeSitterRuntime = await loadRuntime();
  let language = grammars.get(grammar);
  if (!language) {
    language = TreeSitterRuntime.Language.load(readFileSync(grammarPath(grammar)));
    grammars.set(grammar, language);
  }
  const parser = new TreeSitterRuntime.Parser();
  parser.setLanguage(await language);
  return { parser, language: await language };
}

function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const module = (await import(/* webpackIgnore: true */ runtimeSpecifier())) as Runtime;
    await module.Parser.init();
    return module;
  })();
  return runtime;
}

/** Where the bundle keeps its vendored files; undefined when running from the sources. */
function vendorFolder(): string | undefined {
  const entry = workerModule();
  return entry === undefined ? undefined : join(dirname(fileURLToPath(entry)), 'vendor');
}

function runtimeSpecifier(): string {
  const vendor = vendorFolder();
  return vendor === undefined
    ? 'web-tree-sitter'
    : new URL(`file://${join(vendor, 'web-tree-sitter', 'web-tree-sitter.js')}`).href;
}

function grammarPath(grammar: Grammar): string {
  const file = `tree-sitter-${grammar}.wasm`;
  const vendor = vendorFolder();
  if (vendor !== undefined) return join(vendor, 'grammars', file);
  return createRequire(import.meta.url).resolve(`tree-sitter-${grammar}/${file}`);
}
