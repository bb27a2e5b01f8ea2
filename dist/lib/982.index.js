export const id = 982;
export const ids = [982];
export const modules = {

/***/ 52982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadParsers: () => (/* binding */ loadParsers)
/* harmony export */ });
/* harmony import */ var _platform_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57631);

/**
 * The config language's parsers, loaded on first use: tree-sitter-bash (sharing the WASM runtime with
 * Python) for shell text, `yaml` for workflow, composite-action, compose and `.yarnrc.yml` files,
 * `dockerfile-ast` for Dockerfiles and `jsonc-parser` for `package.json`.
 */
async function loadParsers() {
    const [bash, yaml, dockerfile, json] = await Promise.all([
        (0,_platform_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .treeSitterParser */ .D)('bash'),
        __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)),
        __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 78390)),
        __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)),
    ]);
    return { bash: bash.parser, yaml, dockerfile, json };
}


/***/ }),

/***/ 57631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ treeSitterParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _worker_module_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44022);






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
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(grammarPath(grammar));
    if (!BASELINE_ONLY.has(grammar))
        return runtime.Language.load(bytes);
    (0,node_v8__WEBPACK_IMPORTED_MODULE_3__.setFlagsFromString)('--liftoff-only');
    try {
        return await runtime.Language.load(bytes);
    }
    finally {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_3__.setFlagsFromString)('--no-liftoff-only');
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
    const entry = (0,_worker_module_js__WEBPACK_IMPORTED_MODULE_5__/* .workerModule */ .F)();
    return entry === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(entry)), 'vendor');
}
function runtimeSpecifier() {
    const vendor = vendorFolder();
    return vendor === undefined
        ? 'web-tree-sitter'
        : new URL(`file://${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(vendor, 'web-tree-sitter', 'web-tree-sitter.js')}`).href;
}
function grammarPath(grammar) {
    const file = `tree-sitter-${grammar}.wasm`;
    const vendor = vendorFolder();
    if (vendor !== undefined)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(vendor, 'grammars', file);
    return (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve(`tree-sitter-${grammar}/${file}`);
}


/***/ })

};
