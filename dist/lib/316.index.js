export const id = 316;
export const ids = [316,577];
export const modules = {

/***/ 39417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The candidate nearest to `word` by edit distance, if it is close enough to be a plausible typo. */
function closest(word, candidates) {
    const extensions = candidates.filter((candidate) => candidate.startsWith(word));
    if (word.length >= 3 && extensions.length === 1)
        return extensions[0];
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
        ? best
        : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** ` (did you mean "x"?)` or nothing. */
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}


/***/ }),

/***/ 41903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ analyzeTask)
/* harmony export */ });
/* harmony import */ var _config_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39417);
/* harmony import */ var _engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52822);


/**
 * Parse → rules → suppressions for one task. The main thread and the worker threads both run exactly
 * this, each with its own rule registry (rules are code, so they are looked up by id, never sent).
 */
function analyzeTask(parser, task, registry) {
    const { knownRuleIds, activeRuleIds, ruleSeverities } = task.settings;
    return (0,_engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__.analyzeFile)(parser, {
        path: task.path,
        text: task.text,
        rules: task.ruleIds.map((id) => {
            const rule = registry.get(id);
            if (!rule)
                throw new Error(`no rule '${id}' in this thread's registry`);
            return rule;
        }),
        severityCap: task.severityCap,
        ruleSeverities: new Map(ruleSeverities),
        ruleIds: {
            known: knownRuleIds,
            active: new Set(activeRuleIds),
            suggest: (id) => {
                const suggestion = (0,_config_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(id, knownRuleIds);
                return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
            },
        },
    });
}


/***/ }),

/***/ 26316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeInWorker: () => (/* binding */ analyzeInWorker)
/* harmony export */ });
/* harmony import */ var _core_file_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41903);
/* harmony import */ var _parse_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38176);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54843);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70577);




// Each worker thread loads the parser for itself: let it use the compile cache too.
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_3__.enableCompileCache)();
const registry = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__.RULES.map((rule) => [rule.id, rule]));
/** One file's analysis inside a worker thread (the pool's task handler). */
async function analyzeInWorker(task) {
    return (0,_core_file_task_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeTask */ .q)(await (0,_parse_parser_js__WEBPACK_IMPORTED_MODULE_1__.loadParser)(), task, registry);
}


/***/ }),

/***/ 70577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enableCompileCache: () => (/* binding */ enableCompileCache)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _user_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51451);




/**
 * Node's on-disk cache of compiled code (Node 22.1 and later; the Action runs on Node 24): the
 * TypeScript compiler inside the parser is 10 MB of JavaScript, and compiling it is most of the cost of
 * the first file a scan parses. Kept in this user's cache folder, not the shared temp folder Node
 * would pick, so no other account can plant entries. `NODE_COMPILE_CACHE` still chooses the folder and
 * `NODE_DISABLE_COMPILE_CACHE` turns it off, as for any Node program. Nothing happens on older Nodes.
 */
function enableCompileCache(env = process.env) {
    const enable = (node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache);
    if (!enable || nonEmpty(env.NODE_DISABLE_COMPILE_CACHE) !== undefined)
        return;
    const folder = nonEmpty(env.NODE_COMPILE_CACHE) ?? ownFolder(env);
    if (folder === undefined)
        return;
    try {
        enable(folder);
    }
    catch {
        // A cache is an optimisation: an unwritable folder only makes the scan as slow as without it.
    }
}
function ownFolder(env) {
    const cache = (0,_user_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .userCacheFolder */ .s)(env, process.platform, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)());
    return cache === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache, 'node-compile-cache');
}
/** An environment variable's value; set but empty counts as unset, as shells and Node treat it. */
function nonEmpty(value) {
    return value === '' ? undefined : value;
}


/***/ }),

/***/ 51451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ userCacheFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The per-user cache folder for tlsguard, outside every repository: `$XDG_CACHE_HOME/tlsguard` (else
 * `~/.cache/tlsguard`) on Linux and other Unix systems, `~/Library/Caches/tlsguard` on macOS,
 * `%LOCALAPPDATA%\tlsguard\Cache` on Windows. Undefined when there is no home folder to put it in.
 */
function userCacheFolder(env, platform, home) {
    const absolute = (path) => path !== undefined && path !== '' && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : undefined;
    if (platform === 'win32') {
        const local = absolute(env.LOCALAPPDATA) ?? (home === '' ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, 'AppData', 'Local'));
        return local === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(local, 'tlsguard', 'Cache');
    }
    if (platform === 'darwin')
        return home === '' ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, 'Library', 'Caches', 'tlsguard');
    // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and must be ignored.
    const xdg = absolute(env.XDG_CACHE_HOME);
    if (xdg !== undefined)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(xdg, 'tlsguard');
    return home === '' ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, '.cache', 'tlsguard');
}


/***/ })

};
