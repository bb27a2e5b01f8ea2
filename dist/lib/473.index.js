export const id = 473;
export const ids = [473];
export const modules = {

/***/ 98473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPythonParser: () => (/* binding */ loadPythonParser)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
        language = TreeSitterRuntime.Language.load((0,external_node_fs_.readFileSync)(grammarPath(grammar)));
        grammars.set(grammar, language);
    }
    const parser = new TreeSitterRuntime.Parser();
    parser.setLanguage(await language);
    return { parser, language: await language };
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

;// CONCATENATED MODULE: ./src/languages/python/parser.ts

/** Loads web-tree-sitter and the tree-sitter-python grammar (once per thread). */
async function loadPythonParser() {
    const { parser } = await treeSitterParser('python');
    return { parse: (text, maxNodes) => parseWith(parser, text, maxNodes) };
}
function parseWith(parser, text, maxNodes) {
    const tree = parser.parse(text);
    if (!tree)
        return { ok: false, reason: 'syntax', message: 'the Python parser gave no tree' };
    try {
        const copied = copyTree(tree, text, maxNodes);
        return copied
            ? { ok: true, tree: copied }
            : { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
    }
    finally {
        // The tree lives in the WASM heap: free it now, the analysis only needs the copy.
        tree.delete();
    }
}
/** Tokens that carry meaning in these nodes, and only these (punctuation is dropped everywhere). */
const OPERATOR_NODES = new Set([
    'binary_operator',
    'unary_operator',
    'augmented_assignment',
    'boolean_operator',
    'comparison_operator',
]);
/** Extras: they may sit between any two tokens, so they are no node's children. */
const EXTRAS = new Set(['comment', 'line_continuation']);
/**
 * One walk with a tree cursor (iterative: a file nested thousands deep cannot overflow the stack)
 * copies the named nodes; undefined when there are more than `maxNodes`.
 */
function copyTree(tree, text, maxNodes) {
    const cursor = tree.walk();
    try {
        const nodes = [];
        const comments = [];
        const syntaxErrors = [];
        // The nearest named ancestor of the cursor's node, per depth of the cursor.
        const parents = [];
        let parent;
        for (;;) {
            const type = cursor.nodeType;
            const start = cursor.startIndex;
            let current;
            if (cursor.nodeIsMissing || type === 'ERROR')
                syntaxErrors.push(start);
            if (EXTRAS.has(type)) {
                if (type === 'comment')
                    comments.push([start, cursor.endIndex]);
            }
            else if (cursor.nodeIsNamed) {
                if (nodes.length >= maxNodes)
                    return undefined;
                current = {
                    type,
                    start,
                    end: cursor.endIndex,
                    parent,
                    children: [],
                    field: cursor.currentFieldName ?? undefined,
                };
                parent?.children.push(current);
                nodes.push(current);
            }
            else if (parent && OPERATOR_NODES.has(parent.type)) {
                (parent.operators ??= []).push(type);
            }
            if (!EXTRAS.has(type) && cursor.gotoFirstChild()) {
                parents.push(parent);
                parent = current ?? parent;
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent()) {
                    const root = nodes[0];
                    if (!root)
                        return undefined;
                    syntaxErrors.sort((a, b) => a - b);
                    return { text, root, nodes, comments, syntaxErrors };
                }
                parent = parents.pop();
            }
        }
    }
    finally {
        cursor.delete();
    }
}


/***/ })

};
