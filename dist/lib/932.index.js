export const id = 932;
export const ids = [932];
export const modules = {

/***/ 31932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadParser: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _engine_line_map_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41881);



let loading;
/**
 * Loads typescript-estree (and with it the TypeScript compiler, ~10 MB) on first use only, so scans in
 * which the prefilter rules out every file never pay for it.
 */
function loadParser() {
    loading ??= importEstree().then(createParser);
    return loading;
}
async function importEstree() {
    // The bundled TypeScript compiler reads the CommonJS `__filename` free variable, which an ES module
    // bundle does not define; give it the bundle's own path before the compiler loads.
    const globals = globalThis;
    globals.__filename ??= (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url);
    return __webpack_require__.e(/* import() */ 332).then(__webpack_require__.t.bind(__webpack_require__, 10332, 23));
}
function createParser(estree) {
    return {
        parse(text, filePath, options = {}) {
            try {
                const program = estree.parse(text, {
                    filePath,
                    loc: true,
                    range: true,
                    comment: options.comments ?? true,
                    errorOnUnknownASTType: false,
                    suppressDeprecatedPropertyWarnings: true,
                    // JSDoc nodes are not part of the ESTree AST, and comments are collected without them.
                    jsDocParsingMode: 'none',
                });
                return { ok: true, program };
            }
            catch (error) {
                return parseFailure(error, text);
            }
        },
    };
}
function parseFailure(error, text) {
    if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isStackOverflow */ .fF)(error)) {
        return { ok: false, reason: 'too-deep', message: 'nested too deeply to parse' };
    }
    const message = error instanceof Error ? error.message : String(error);
    const offset = error instanceof Error && 'location' in error
        ? error.location?.start?.offset
        : undefined;
    // Lines as git counts them (see LineMap), not as the parser does.
    const start = offset === undefined ? undefined : new _engine_line_map_js__WEBPACK_IMPORTED_MODULE_2__/* .LineMap */ .H(text).position(offset);
    const explained = message.startsWith(MERGE_CONFLICT)
        ? `${message} It looks like an unresolved merge conflict: resolve it and commit the result.`
        : message;
    return start
        ? {
            ok: false,
            reason: 'syntax',
            message: explained,
            line: start.line,
            column: start.column,
        }
        : { ok: false, reason: 'syntax', message: explained };
}
/** TypeScript's own wording for `<<<<<<<`, `=======`, `|||||||` and `>>>>>>>` at the start of a line. */
const MERGE_CONFLICT = 'Merge conflict marker encountered';
/** V8's "Maximum call stack size exceeded": recursion too deep for this thread's stack. */


/***/ })

};
