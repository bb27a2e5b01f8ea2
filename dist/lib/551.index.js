export const id = 551;
export const ids = [551,932];
export const modules = {

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fF: () => (/* binding */ isStackOverflow)
/* harmony export */ });
/* unused harmony export toError */
/**
 * The user's fault: a bad flag, config or baseline. Adapters print the message and exit 2 (CLI) or fail
 * the step (Action); nothing has been written when one is thrown.
 */
class UsageError extends Error {
    name = 'UsageError';
    /** The file the problem is in, when there is one (config, baseline). */
    file;
    constructor(message, file) {
        super(file === undefined ? message : `${file}: ${message}`);
        this.file = file;
    }
}
function toError(value) {
    if (value instanceof Error)
        return value;
    return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
/** A stack overflow: the input's doing (thousands of nested brackets), not a bug in tlsguard. */
function isStackOverflow(error) {
    return error instanceof RangeError && /call stack/i.test(error.message);
}


/***/ }),

/***/ 41881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LineMap)
/* harmony export */ });
/**
 * Line and column of an offset, counting lines the way git, GitHub and editors show them: a line ends
 * at `\r\n`, `\r` or `\n`. The parser's own `loc` also ends lines at U+2028 and U+2029 (ECMAScript
 * line terminators), which would put findings after such a character on the wrong line of the file
 * everyone else sees — and past its end.
 */
class LineMap {
    text;
    /** Offset at which each line starts; found on first use (most parsed files report nothing). */
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    get starts() {
        if (this.lineStarts)
            return this.lineStarts;
        const starts = [0];
        for (let at = 0; at < this.text.length; at++) {
            const code = this.text.charCodeAt(at);
            if (code === 13 && this.text.charCodeAt(at + 1) === 10)
                at++;
            if (code === 10 || code === 13)
                starts.push(at + 1);
        }
        this.lineStarts = starts;
        return starts;
    }
    /** The text of a 1-based line, without its line break ('' past the end). */
    lineText(line) {
        const starts = this.starts;
        const start = starts[line - 1];
        if (start === undefined)
            return '';
        const next = starts[line];
        if (next === undefined)
            return this.text.slice(start);
        return this.text.slice(start, next - (this.text.startsWith('\r\n', next - 2) ? 2 : 1));
    }
    /** 1-based line and column (in UTF-16 code units, as the parser counts them) of `offset`. */
    position(offset) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
    }
}


/***/ }),

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
