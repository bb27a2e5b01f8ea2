export const id = 193;
export const ids = [193];
export const modules = {

/***/ 39193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadParsers: () => (/* binding */ loadParsers)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/platform/worker-module.ts
var worker_module = __webpack_require__(44022);
;// CONCATENATED MODULE: ./src/platform/tree-sitter.ts






let runtime;
const grammars = new Map();
/**
 * A tree-sitter parser for `grammar`, loaded once per thread. web-tree-sitter and the grammars' WASM
 * files are shipped as published next to the bundle (`dist/lib/vendor/`, see scripts/build.mjs): ncc
 * cannot bundle web-tree-sitter (its ESM build imports `module` in a way the bundle breaks) and
 * rewrites the bytes of a `.wasm` it copies. From the sources (tests) they come from node_modules.
 * Nothing is downloaded.
 */
async function treeSitterParser(grammar) {
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
const BASELINE_ONLY = new Set(['bash']);
async function loadGrammar(runtime, grammar) {
    const bytes = (0,external_node_fs_.readFileSync)(grammarPath(grammar));
    if (!BASELINE_ONLY.has(grammar))
        return runtime.Language.load(bytes);
    (0,external_node_v8_.setFlagsFromString)('--liftoff-only');
    try {
        return await runtime.Language.load(bytes);
    }
    finally {
        (0,external_node_v8_.setFlagsFromString)('--no-liftoff-only');
    }
}
function loadRuntime() {
    runtime ??= (async () => {
        const module = (await import(/* webpackIgnore: true */ runtimeSpecifier()));
        await module.Parser.init();
        return module;
    })();
    return runtime;
}
/** Where the bundle keeps its vendored files; undefined when running from the sources. */
function vendorFolder() {
    const entry = (0,worker_module/* workerModule */.F)();
    return entry === undefined ? undefined : (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(entry)), 'vendor');
}
function runtimeSpecifier() {
    const vendor = vendorFolder();
    return vendor === undefined
        ? 'web-tree-sitter'
        : new URL(`file://${(0,external_node_path_.join)(vendor, 'web-tree-sitter', 'web-tree-sitter.js')}`).href;
}
function grammarPath(grammar) {
    const file = `tree-sitter-${grammar}.wasm`;
    const vendor = vendorFolder();
    if (vendor !== undefined)
        return (0,external_node_path_.join)(vendor, 'grammars', file);
    return (0,external_node_module_.createRequire)(import.meta.url).resolve(`tree-sitter-${grammar}/${file}`);
}

;// CONCATENATED MODULE: ./src/languages/config/parsers.ts

/**
 * The config language's parsers, loaded on first use: tree-sitter-bash (sharing the WASM runtime with
 * Python) for shell text, `yaml` for workflow, composite-action, compose and `.yarnrc.yml` files,
 * `dockerfile-ast` for Dockerfiles and `jsonc-parser` for `package.json`.
 */
async function loadParsers() {
    const [bash, yaml, dockerfile, json] = await Promise.all([
        treeSitterParser('bash'),
        __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)),
        __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 78390)),
        __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)),
    ]);
    return { bash: bash.parser, yaml, dockerfile, json };
}


/***/ })

};
