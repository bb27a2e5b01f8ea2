import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
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
    language = loadGrammar(TreeSitterRuntime, grammar);
    grammars.set(grammar, language);
  }
  const parser = new TreeSitterRuntime.Parser();
  parser.setLanguage(await language);
  return { parser, language: await language };
}

/**
 * Grammars V8 compiles with its baseline compiler (Liftoff) only. V8 otherwise compiles a whole WASM
 * module a second time with its optimizing compiler in background threads: for tree-sitter-bash that
 * is ~0.35 s of CPU per thread (measured with Node 20 on 2 CPUs), paid again by every worker, while the
 * shell texts of config files are a few kilobytes (a 140 KB script parses in ~40 ms on Liftoff code).
 * It took the config language from +19% to the bench's npm corpus CPU time. Python stays optimized:
 * its files are many and large, where optimized code parses ~1.4x faster. The flag is V8's and
 * process-wide, so it is on only while the module compiles.
 */
const BASELINE_ONLY: ReadonlySet<Grammar> = new Set(['bash']);

async function loadGrammar(runtime: Runtime, grammar: Grammar): Promise<TreeSitter.Language> {
  const bytes = readFileSync(grammarPath(grammar));
  if (!BASELINE_ONLY.has(grammar)) return runtime.Language.load(bytes);
  setFlagsFromString('--liftoff-only');
  try {
    return await runtime.Language.load(bytes);
  } finally {
    setFlagsFromString('--no-liftoff-only');
  }
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
