export const id = 924;
export const ids = [924,577,141];
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

/***/ 27973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ nonProductionFile),
/* harmony export */   lI: () => (/* binding */ surfaceOf),
/* harmony export */   m0: () => (/* binding */ mayBeScript)
/* harmony export */ });
/** Files known by their exact name, wherever they are. */
const BY_NAME = new Map([
    ['dockerfile', 'dockerfile'],
    ['containerfile', 'dockerfile'],
    ['.npmrc', 'npmrc'],
    ['.yarnrc', 'yarnrc'],
    ['.yarnrc.yml', 'yarnrc-yml'],
    ['.yarnrc.yaml', 'yarnrc-yml'],
    ['package.json', 'package-json'],
    ['.gitconfig', 'gitconfig'],
    ['.curlrc', 'curlrc'],
    ['_curlrc', 'curlrc'],
    ['.wgetrc', 'wgetrc'],
    ['pip.conf', 'pip-conf'],
    ['pip.ini', 'pip-conf'],
    ['action.yml', 'action'],
    ['action.yaml', 'action'],
]);
const DOCKERFILE = /^(?:dockerfile|containerfile)\.[\w.-]+$|\.(?:dockerfile|containerfile)$/i;
const COMPOSE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
const DOTENV = /^\.env(?:\.[\w.-]+)?$|^[\w.-]+\.env$/;
const YAML = /\.ya?ml$/i;
const SHELL_EXTENSION = /\.(?:sh|bash)$/i;
/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`, dash and ash. */
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:ba|da|a)?sh(?:\s|$)/;
/**
 * Extension-less names that are never shell scripts: they are not read to look at their first line
 * (every package has a LICENSE; tools ship binaries without extension).
 */
const NOT_SCRIPTS = new Set([
    'license',
    'licence',
    'copying',
    'notice',
    'authors',
    'contributors',
    'readme',
    'changelog',
    'changes',
    'history',
    'patents',
    'makefile',
    'procfile',
    'version',
    'owners',
    'codeowners',
    'dockerfile',
    'containerfile',
    'gemfile',
    'rakefile',
    'jenkinsfile',
    'vagrantfile',
    'brewfile',
]);
/** The format of a file, by its path (and, for a file without extension, its shebang). */
function surfaceOf(path, firstLine) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const lower = name.toLowerCase();
    const known = BY_NAME.get(lower) ?? BY_NAME.get(name);
    if (known)
        return known;
    if (DOCKERFILE.test(name))
        return 'dockerfile';
    if (YAML.test(name))
        return yamlSurface(path, name);
    if (DOTENV.test(name))
        return 'dotenv';
    if (isRequirementsName(name) || isInRequirementsFolder(path, name))
        return 'requirements';
    if (SHELL_EXTENSION.test(name))
        return 'shell';
    if (firstLine !== undefined && mayBeScript(path) && SHELL_SHEBANG.test(firstLine))
        return 'shell';
    return undefined;
}
/**
 * `requirements.txt`, `dev-requirements.in`, `requirements_test.txt`, `requirements.dev.txt`: the word
 * `requirements` between separators (`-`, `_`, `.`) or the ends, before `.txt` or `.in`.
 */
function isRequirementsName(name) {
    const lower = name.toLowerCase();
    if (!/^[\w.-]+$/.test(lower))
        return false;
    const extension = lower.endsWith('.txt') ? 4 : lower.endsWith('.in') ? 3 : 0;
    if (extension === 0)
        return false;
    const base = lower.slice(0, -extension);
    const word = 'requirements';
    const separator = (char) => char === undefined || '-_.'.includes(char);
    for (let at = base.indexOf(word); at >= 0; at = base.indexOf(word, at + 1)) {
        if (separator(base[at - 1]) && separator(base[at + word.length]))
            return true;
    }
    return false;
}
function yamlSurface(path, name) {
    if (COMPOSE.test(name))
        return 'compose';
    const folder = path.slice(0, path.length - name.length);
    return folder === '.github/workflows/' || folder.endsWith('/.github/workflows/')
        ? 'workflow'
        : undefined;
}
function isInRequirementsFolder(path, name) {
    return /\.txt$/i.test(name) && /(?:^|\/)requirements\/[^/]+$/.test(path);
}
/** A file without extension that could be a script: read to see whether its shebang says so. */
function mayBeScript(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (name !== '' && !name.includes('.') && !NOT_SCRIPTS.has(name.toLowerCase()) && !isGitPath(path));
}
function isGitPath(path) {
    return path.startsWith('.git/') || path.includes('/.git/');
}
const DEV_COMPOSE = /[.-](?:override|dev|development|local)\.ya?ml$/i;
const TEST_COMPOSE = /[.-](?:test|tests|testing|e2e|ci-test)\.ya?ml$/i;
const DEV_DOTENV = /^\.env\.(?:dev|development|local|development\.local|dev\.local)$/i;
const TEST_DOTENV = /^\.env\.(?:test|testing|e2e|test\.local)$/i;
const EXAMPLE_DOTENV = /^\.env\.(?:example|sample|template|dist|defaults|tpl)$|\.env\.example$/i;
/**
 * Files that only configure a developer's machine or the tests (rules.md §5, issue 16): a
 * `docker-compose.override.yml`, `.env.development`, `.env.test`, `.env.example`. Their findings are
 * capped like test code. Build-only Dockerfile stages and workflow jobs are not among them: what they
 * fetch ends up in what ships.
 */
function nonProductionFile(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const surface = surfaceOf(path);
    if (surface === 'compose') {
        if (TEST_COMPOSE.test(name))
            return 'test';
        return DEV_COMPOSE.test(name) ? 'tooling' : undefined;
    }
    if (surface === 'dotenv') {
        if (TEST_DOTENV.test(name))
            return 'test';
        if (EXAMPLE_DOTENV.test(name))
            return 'example';
        return DEV_DOTENV.test(name) ? 'tooling' : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 59918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qn: () => (/* binding */ isCandidate),
  eX: () => (/* binding */ languageOf),
  rI: () => (/* binding */ loadLanguage)
});

// UNUSED EXPORTS: LANGUAGES

// EXTERNAL MODULE: ./src/languages/config/files.ts
var files = __webpack_require__(27973);
;// CONCATENATED MODULE: ./src/languages/config/index.ts

/**
 * Configuration and infrastructure files (design §3, rules.md §5): Dockerfiles, GitHub workflows and
 * composite actions, compose files, dotenv files, npm/yarn/git/curl/wget/pip configuration, shell
 * scripts and `package.json` scripts. Each format has its own reader; they all produce one model
 * (environment assignments, commands, tool settings) that the rules' config checkers read. The
 * parsers and checkers load on first use.
 */
const config = {
    id: 'config',
    owns: (path, firstLine) => (0,files/* surfaceOf */.lI)(path, firstLine) !== undefined,
    mayOwnByFirstLine: files/* mayBeScript */.m0,
    load: async () => {
        const [{ loadParsers }, { CONFIG_CHECKERS }, { configAnalyzer }] = await Promise.all([
            __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 52982)),
            __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 16898)),
            __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 96814)),
        ]);
        return configAnalyzer(await loadParsers(), CONFIG_CHECKERS);
    },
};

// EXTERNAL MODULE: ./src/languages/javascript/files.ts
var javascript_files = __webpack_require__(60924);
;// CONCATENATED MODULE: ./src/languages/javascript/index.ts

/**
 * JavaScript and TypeScript (design §3): files by extension, typescript-estree as the parser, the rules'
 * JavaScript checkers over its syntax tree. The parser (with the 10 MB TypeScript compiler) and the
 * checkers (with the analysis and its scope manager) load on first use.
 */
const javascript = {
    id: 'javascript',
    owns: (path) => (0,javascript_files/* isSourceFile */.c)(path),
    load: async () => {
        const [{ loadParser }, { JAVASCRIPT_CHECKERS }, { javascriptAnalyzer }] = await Promise.all([
            __webpack_require__.e(/* import() */ 932).then(__webpack_require__.bind(__webpack_require__, 31932)),
            Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(636), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 6975)),
            Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(636), __webpack_require__.e(590), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 34605)),
        ]);
        return javascriptAnalyzer(await loadParser(), JAVASCRIPT_CHECKERS);
    },
};

;// CONCATENATED MODULE: ./src/languages/python/files.ts
/**
 * Files tlsguard reads as Python: `.py` modules and `.pyw` scripts (Windows' windowless interpreter runs
 * them; the code is ordinary Python). Stub files (`.pyi`) are left out, like TypeScript's `.d.ts`: they
 * only declare types (PEP 484: bodies and default values are `...`), no code in them ever runs, and
 * typeshed-style stub packages are among the largest folders of a virtualenv.
 */
const EXTENSIONS = ['.py', '.pyw'];
function isPythonPath(path) {
    const dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && EXTENSIONS.includes(path.slice(dot).toLowerCase());
}
/** A name without a dot (`bin/deploy`), not a dotfile: a script the kernel runs by its shebang. */
function hasNoExtension(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name !== '' && !name.includes('.');
}
/** `python`, `python3`, `python3.12`, `pypy3`: what a shebang names to run a file as Python. */
const INTERPRETER = /^(?:python|pypy)(?:\d+(?:\.\d+)*)?$/;
/**
 * Whether a first line is a shebang that runs the file as Python: `#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, `#!/usr/bin/env -S python3 -u`, `#!/opt/venv/bin/python3.11`.
 */
function isPythonShebang(firstLine) {
    if (!firstLine.startsWith('#!'))
        return false;
    const words = firstLine.slice(2).trim().split(/\s+/);
    const program = baseName(words[0] ?? '');
    if (INTERPRETER.test(program))
        return true;
    if (program !== 'env')
        return false;
    // `env [-S] [-i] [NAME=value …] python3 …`: the first word that is neither an option nor an assignment.
    const command = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('='));
    return command !== undefined && INTERPRETER.test(baseName(command));
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/languages/python/index.ts

/**
 * Python (design §3): `.py`/`.pyw` files and extension-less scripts whose shebang runs Python;
 * web-tree-sitter with the tree-sitter-python grammar as the parser (it recovers from syntax errors,
 * so one broken line does not hide the rest of the file); the rules' Python checkers over its tree.
 * The WASM runtime, the grammar and the checkers load on first use.
 */
const python = {
    id: 'python',
    owns: (path, firstLine) => isPythonPath(path) ||
        (firstLine !== undefined && hasNoExtension(path) && isPythonShebang(firstLine)),
    load: async () => {
        const [{ loadPythonParser }, { PYTHON_CHECKERS }, { pythonAnalyzer }] = await Promise.all([
            __webpack_require__.e(/* import() */ 39).then(__webpack_require__.bind(__webpack_require__, 8039)),
            Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 22429)),
            Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 87600)),
        ]);
        return pythonAnalyzer(await loadPythonParser(), PYTHON_CHECKERS);
    },
};

;// CONCATENATED MODULE: ./src/languages/shared/scripts.ts
/**
 * Folders where repositories keep executable scripts, often without an extension (`bin/deploy`,
 * `scripts/release`): their language is told by the shebang on the first line.
 */
const SCRIPT_FOLDERS = new Set([
    'bin',
    'sbin',
    'scripts',
    'script',
    'tools',
    'libexec',
    'hack',
]);
/**
 * An extension-less file in a script folder: worth reading to see whether its shebang names a language
 * tlsguard reads. Only there: every extension-less file would also mean reading each `LICENSE`,
 * `Makefile` and `CODEOWNERS` of a repository for nothing. Measured on ten real repositories (requests,
 * httpx, aiohttp, urllib3, babel, prettier, typescript-eslint, jest, hedgedoc, uptime-kuma) this adds
 * 0–10 files per repository (httpx's `scripts/`), a few kilobytes.
 */
function isScriptCandidate(path) {
    const segments = path.split('/');
    const name = segments.pop() ?? '';
    return (name !== '' && !name.includes('.') && segments.some((segment) => SCRIPT_FOLDERS.has(segment)));
}

;// CONCATENATED MODULE: ./src/languages/index.ts




/**
 * Every language tlsguard reads (design §3), in the order a file is offered to them: JavaScript first,
 * so a `.js` file is always JavaScript (the config language owns `package.json`, which is no JS file);
 * Python and the config language never claim the same file (a shebang names one interpreter).
 */
const LANGUAGES = [javascript, python, config];
/** The language a file is in, by its path (and, for a file without extension, its first line). */
function languageOf(path, firstLine) {
    return LANGUAGES.find((language) => language.owns(path, firstLine));
}
/**
 * Whether discovery should read a file: one of the languages owns it by its path, or it is an
 * extension-less script whose first line (its shebang) may name one: in a script folder (see
 * `isScriptCandidate`), or wherever a language asks for it (the config language: any extension-less
 * name that is not a LICENSE, Makefile or the like, since shell entrypoints sit anywhere).
 */
function isCandidate(path) {
    return (languageOf(path) !== undefined ||
        isScriptCandidate(path) ||
        LANGUAGES.some((language) => language.mayOwnByFirstLine?.(path) === true));
}
const byId = new Map(LANGUAGES.map((language) => [language.id, language]));
const loaded = new Map();
/** A language's parser and checkers, loaded once per thread. */
function loadLanguage(id) {
    let language = loaded.get(id);
    if (!language) {
        const definition = byId.get(id);
        if (!definition)
            return Promise.reject(new Error(`no language '${id}'`));
        language = definition.load();
        loaded.set(id, language);
    }
    return language;
}


/***/ }),

/***/ 60924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isSourceFile),
/* harmony export */   f: () => (/* binding */ SOURCE_EXTENSIONS)
/* harmony export */ });
/** File extensions tlsguard parses as JavaScript or TypeScript (JSX where the compiler allows it). */
const SOURCE_EXTENSIONS = [
    '.js',
    '.cjs',
    '.mjs',
    '.jsx',
    '.ts',
    '.cts',
    '.mts',
    '.tsx',
];
/**
 * Declaration files (`.d.ts`, `.d.mts`, `.d.cts`) only describe types: no code in them ever runs, so no
 * rule can find anything there. Generated typings are often the largest files of a repository
 * (googleapis ships 160 MB of them), so they are not scanned at all.
 */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
function isSourceFile(path) {
    const dot = path.lastIndexOf('.');
    return (dot >= 0 &&
        SOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase()) &&
        !DECLARATION_FILE.test(path));
}


/***/ }),

/***/ 26316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeInWorker: () => (/* binding */ analyzeInWorker)
/* harmony export */ });
/* harmony import */ var _scan_file_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54473);
/* harmony import */ var _languages_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59918);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7853);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70577);




// Each worker thread loads the parser for itself: let it use the compile cache too.
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_3__.enableCompileCache)();
const registry = new Map(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__.RULES.map((rule) => [rule.id, rule]));
/** One file's analysis inside a worker thread (the pool's task handler). */
async function analyzeInWorker(task) {
    return (0,_scan_file_task_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeTask */ .q)(await (0,_languages_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadLanguage */ .rI)(task.language), task, registry);
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


/***/ }),

/***/ 54473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ directiveRuleIds),
/* harmony export */   q: () => (/* binding */ analyzeTask)
/* harmony export */ });
/* harmony import */ var _config_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39417);
/* harmony import */ var _engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22717);


/**
 * Parse → checkers → suppressions for one task, with the task's language loaded. The main thread and
 * the worker threads both run exactly this, each with its own rule registry (rules are code, so they
 * are looked up by id, never sent).
 */
function analyzeTask(language, task, registry) {
    const { knownRuleIds, activeRuleIds, ruleSeverities, targetVersions } = task.settings;
    return (0,_engine_analyze_file_js__WEBPACK_IMPORTED_MODULE_0__.analyzeFile)(language, {
        path: task.path,
        text: task.text,
        rules: task.ruleIds.map((id) => {
            const rule = registry.get(id);
            if (!rule)
                throw new Error(`no rule '${id}' in this thread's registry`);
            return rule;
        }),
        severityCap: task.severityCap,
        ...(task.settings.testSeverity ? { testSeverity: task.settings.testSeverity } : {}),
        ruleSeverities: new Map(ruleSeverities),
        ...(targetVersions ? { targetVersions } : {}),
        ruleIds: directiveRuleIds(knownRuleIds, activeRuleIds),
    });
}
/** What suppression comments are checked against; an unknown id gets the nearest known one suggested. */
function directiveRuleIds(known, active) {
    return {
        known,
        active: new Set(active),
        suggest: (id) => {
            const suggestion = (0,_config_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(id, known);
            return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
        },
    };
}


/***/ }),

/***/ 90659:
/***/ ((__unused_webpack_module, exports) => {


/**********************************************
 *      DO NOT MODIFY THIS FILE MANUALLY      *
 *                                            *
 *  THIS FILE HAS BEEN COPIED FROM ast-spec.  *
 * ANY CHANGES WILL BE LOST ON THE NEXT BUILD *
 *                                            *
 *   MAKE CHANGES TO ast-spec AND THEN RUN    *
 *                 pnpm run build             *
 **********************************************/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
var AST_NODE_TYPES;
(function (AST_NODE_TYPES) {
    AST_NODE_TYPES["AccessorProperty"] = "AccessorProperty";
    AST_NODE_TYPES["ArrayExpression"] = "ArrayExpression";
    AST_NODE_TYPES["ArrayPattern"] = "ArrayPattern";
    AST_NODE_TYPES["ArrowFunctionExpression"] = "ArrowFunctionExpression";
    AST_NODE_TYPES["AssignmentExpression"] = "AssignmentExpression";
    AST_NODE_TYPES["AssignmentPattern"] = "AssignmentPattern";
    AST_NODE_TYPES["AwaitExpression"] = "AwaitExpression";
    AST_NODE_TYPES["BinaryExpression"] = "BinaryExpression";
    AST_NODE_TYPES["BlockStatement"] = "BlockStatement";
    AST_NODE_TYPES["BreakStatement"] = "BreakStatement";
    AST_NODE_TYPES["CallExpression"] = "CallExpression";
    AST_NODE_TYPES["CatchClause"] = "CatchClause";
    AST_NODE_TYPES["ChainExpression"] = "ChainExpression";
    AST_NODE_TYPES["ClassBody"] = "ClassBody";
    AST_NODE_TYPES["ClassDeclaration"] = "ClassDeclaration";
    AST_NODE_TYPES["ClassExpression"] = "ClassExpression";
    AST_NODE_TYPES["ConditionalExpression"] = "ConditionalExpression";
    AST_NODE_TYPES["ContinueStatement"] = "ContinueStatement";
    AST_NODE_TYPES["DebuggerStatement"] = "DebuggerStatement";
    AST_NODE_TYPES["Decorator"] = "Decorator";
    AST_NODE_TYPES["DoWhileStatement"] = "DoWhileStatement";
    AST_NODE_TYPES["EmptyStatement"] = "EmptyStatement";
    AST_NODE_TYPES["ExportAllDeclaration"] = "ExportAllDeclaration";
    AST_NODE_TYPES["ExportDefaultDeclaration"] = "ExportDefaultDeclaration";
    AST_NODE_TYPES["ExportNamedDeclaration"] = "ExportNamedDeclaration";
    AST_NODE_TYPES["ExportSpecifier"] = "ExportSpecifier";
    AST_NODE_TYPES["ExpressionStatement"] = "ExpressionStatement";
    AST_NODE_TYPES["ForInStatement"] = "ForInStatement";
    AST_NODE_TYPES["ForOfStatement"] = "ForOfStatement";
    AST_NODE_TYPES["ForStatement"] = "ForStatement";
    AST_NODE_TYPES["FunctionDeclaration"] = "FunctionDeclaration";
    AST_NODE_TYPES["FunctionExpression"] = "FunctionExpression";
    AST_NODE_TYPES["Identifier"] = "Identifier";
    AST_NODE_TYPES["IfStatement"] = "IfStatement";
    AST_NODE_TYPES["ImportAttribute"] = "ImportAttribute";
    AST_NODE_TYPES["ImportDeclaration"] = "ImportDeclaration";
    AST_NODE_TYPES["ImportDefaultSpecifier"] = "ImportDefaultSpecifier";
    AST_NODE_TYPES["ImportExpression"] = "ImportExpression";
    AST_NODE_TYPES["ImportNamespaceSpecifier"] = "ImportNamespaceSpecifier";
    AST_NODE_TYPES["ImportSpecifier"] = "ImportSpecifier";
    AST_NODE_TYPES["JSXAttribute"] = "JSXAttribute";
    AST_NODE_TYPES["JSXClosingElement"] = "JSXClosingElement";
    AST_NODE_TYPES["JSXClosingFragment"] = "JSXClosingFragment";
    AST_NODE_TYPES["JSXElement"] = "JSXElement";
    AST_NODE_TYPES["JSXEmptyExpression"] = "JSXEmptyExpression";
    AST_NODE_TYPES["JSXExpressionContainer"] = "JSXExpressionContainer";
    AST_NODE_TYPES["JSXFragment"] = "JSXFragment";
    AST_NODE_TYPES["JSXIdentifier"] = "JSXIdentifier";
    AST_NODE_TYPES["JSXMemberExpression"] = "JSXMemberExpression";
    AST_NODE_TYPES["JSXNamespacedName"] = "JSXNamespacedName";
    AST_NODE_TYPES["JSXOpeningElement"] = "JSXOpeningElement";
    AST_NODE_TYPES["JSXOpeningFragment"] = "JSXOpeningFragment";
    AST_NODE_TYPES["JSXSpreadAttribute"] = "JSXSpreadAttribute";
    AST_NODE_TYPES["JSXSpreadChild"] = "JSXSpreadChild";
    AST_NODE_TYPES["JSXText"] = "JSXText";
    AST_NODE_TYPES["LabeledStatement"] = "LabeledStatement";
    AST_NODE_TYPES["Literal"] = "Literal";
    AST_NODE_TYPES["LogicalExpression"] = "LogicalExpression";
    AST_NODE_TYPES["MemberExpression"] = "MemberExpression";
    AST_NODE_TYPES["MetaProperty"] = "MetaProperty";
    AST_NODE_TYPES["MethodDefinition"] = "MethodDefinition";
    AST_NODE_TYPES["NewExpression"] = "NewExpression";
    AST_NODE_TYPES["ObjectExpression"] = "ObjectExpression";
    AST_NODE_TYPES["ObjectPattern"] = "ObjectPattern";
    AST_NODE_TYPES["PrivateIdentifier"] = "PrivateIdentifier";
    AST_NODE_TYPES["Program"] = "Program";
    AST_NODE_TYPES["Property"] = "Property";
    AST_NODE_TYPES["PropertyDefinition"] = "PropertyDefinition";
    AST_NODE_TYPES["RestElement"] = "RestElement";
    AST_NODE_TYPES["ReturnStatement"] = "ReturnStatement";
    AST_NODE_TYPES["SequenceExpression"] = "SequenceExpression";
    AST_NODE_TYPES["SpreadElement"] = "SpreadElement";
    AST_NODE_TYPES["StaticBlock"] = "StaticBlock";
    AST_NODE_TYPES["Super"] = "Super";
    AST_NODE_TYPES["SwitchCase"] = "SwitchCase";
    AST_NODE_TYPES["SwitchStatement"] = "SwitchStatement";
    AST_NODE_TYPES["TaggedTemplateExpression"] = "TaggedTemplateExpression";
    AST_NODE_TYPES["TemplateElement"] = "TemplateElement";
    AST_NODE_TYPES["TemplateLiteral"] = "TemplateLiteral";
    AST_NODE_TYPES["ThisExpression"] = "ThisExpression";
    AST_NODE_TYPES["ThrowStatement"] = "ThrowStatement";
    AST_NODE_TYPES["TryStatement"] = "TryStatement";
    AST_NODE_TYPES["UnaryExpression"] = "UnaryExpression";
    AST_NODE_TYPES["UpdateExpression"] = "UpdateExpression";
    AST_NODE_TYPES["VariableDeclaration"] = "VariableDeclaration";
    AST_NODE_TYPES["VariableDeclarator"] = "VariableDeclarator";
    AST_NODE_TYPES["WhileStatement"] = "WhileStatement";
    AST_NODE_TYPES["WithStatement"] = "WithStatement";
    AST_NODE_TYPES["YieldExpression"] = "YieldExpression";
    AST_NODE_TYPES["TSAbstractAccessorProperty"] = "TSAbstractAccessorProperty";
    AST_NODE_TYPES["TSAbstractKeyword"] = "TSAbstractKeyword";
    AST_NODE_TYPES["TSAbstractMethodDefinition"] = "TSAbstractMethodDefinition";
    AST_NODE_TYPES["TSAbstractPropertyDefinition"] = "TSAbstractPropertyDefinition";
    AST_NODE_TYPES["TSAnyKeyword"] = "TSAnyKeyword";
    AST_NODE_TYPES["TSArrayType"] = "TSArrayType";
    AST_NODE_TYPES["TSAsExpression"] = "TSAsExpression";
    AST_NODE_TYPES["TSAsyncKeyword"] = "TSAsyncKeyword";
    AST_NODE_TYPES["TSBigIntKeyword"] = "TSBigIntKeyword";
    AST_NODE_TYPES["TSBooleanKeyword"] = "TSBooleanKeyword";
    AST_NODE_TYPES["TSCallSignatureDeclaration"] = "TSCallSignatureDeclaration";
    AST_NODE_TYPES["TSClassImplements"] = "TSClassImplements";
    AST_NODE_TYPES["TSConditionalType"] = "TSConditionalType";
    AST_NODE_TYPES["TSConstructorType"] = "TSConstructorType";
    AST_NODE_TYPES["TSConstructSignatureDeclaration"] = "TSConstructSignatureDeclaration";
    AST_NODE_TYPES["TSDeclareFunction"] = "TSDeclareFunction";
    AST_NODE_TYPES["TSDeclareKeyword"] = "TSDeclareKeyword";
    AST_NODE_TYPES["TSEmptyBodyFunctionExpression"] = "TSEmptyBodyFunctionExpression";
    AST_NODE_TYPES["TSEnumBody"] = "TSEnumBody";
    AST_NODE_TYPES["TSEnumDeclaration"] = "TSEnumDeclaration";
    AST_NODE_TYPES["TSEnumMember"] = "TSEnumMember";
    AST_NODE_TYPES["TSExportAssignment"] = "TSExportAssignment";
    AST_NODE_TYPES["TSExportKeyword"] = "TSExportKeyword";
    AST_NODE_TYPES["TSExternalModuleReference"] = "TSExternalModuleReference";
    AST_NODE_TYPES["TSFunctionType"] = "TSFunctionType";
    AST_NODE_TYPES["TSImportEqualsDeclaration"] = "TSImportEqualsDeclaration";
    AST_NODE_TYPES["TSImportType"] = "TSImportType";
    AST_NODE_TYPES["TSIndexedAccessType"] = "TSIndexedAccessType";
    AST_NODE_TYPES["TSIndexSignature"] = "TSIndexSignature";
    AST_NODE_TYPES["TSInferType"] = "TSInferType";
    AST_NODE_TYPES["TSInstantiationExpression"] = "TSInstantiationExpression";
    AST_NODE_TYPES["TSInterfaceBody"] = "TSInterfaceBody";
    AST_NODE_TYPES["TSInterfaceDeclaration"] = "TSInterfaceDeclaration";
    AST_NODE_TYPES["TSInterfaceHeritage"] = "TSInterfaceHeritage";
    AST_NODE_TYPES["TSIntersectionType"] = "TSIntersectionType";
    AST_NODE_TYPES["TSIntrinsicKeyword"] = "TSIntrinsicKeyword";
    AST_NODE_TYPES["TSLiteralType"] = "TSLiteralType";
    AST_NODE_TYPES["TSMappedType"] = "TSMappedType";
    AST_NODE_TYPES["TSMethodSignature"] = "TSMethodSignature";
    AST_NODE_TYPES["TSModuleBlock"] = "TSModuleBlock";
    AST_NODE_TYPES["TSModuleDeclaration"] = "TSModuleDeclaration";
    AST_NODE_TYPES["TSNamedTupleMember"] = "TSNamedTupleMember";
    AST_NODE_TYPES["TSNamespaceExportDeclaration"] = "TSNamespaceExportDeclaration";
    AST_NODE_TYPES["TSNeverKeyword"] = "TSNeverKeyword";
    AST_NODE_TYPES["TSNonNullExpression"] = "TSNonNullExpression";
    AST_NODE_TYPES["TSNullKeyword"] = "TSNullKeyword";
    AST_NODE_TYPES["TSNumberKeyword"] = "TSNumberKeyword";
    AST_NODE_TYPES["TSObjectKeyword"] = "TSObjectKeyword";
    AST_NODE_TYPES["TSOptionalType"] = "TSOptionalType";
    AST_NODE_TYPES["TSParameterProperty"] = "TSParameterProperty";
    AST_NODE_TYPES["TSPrivateKeyword"] = "TSPrivateKeyword";
    AST_NODE_TYPES["TSPropertySignature"] = "TSPropertySignature";
    AST_NODE_TYPES["TSProtectedKeyword"] = "TSProtectedKeyword";
    AST_NODE_TYPES["TSPublicKeyword"] = "TSPublicKeyword";
    AST_NODE_TYPES["TSQualifiedName"] = "TSQualifiedName";
    AST_NODE_TYPES["TSReadonlyKeyword"] = "TSReadonlyKeyword";
    AST_NODE_TYPES["TSRestType"] = "TSRestType";
    AST_NODE_TYPES["TSSatisfiesExpression"] = "TSSatisfiesExpression";
    AST_NODE_TYPES["TSStaticKeyword"] = "TSStaticKeyword";
    AST_NODE_TYPES["TSStringKeyword"] = "TSStringKeyword";
    AST_NODE_TYPES["TSSymbolKeyword"] = "TSSymbolKeyword";
    AST_NODE_TYPES["TSTemplateLiteralType"] = "TSTemplateLiteralType";
    AST_NODE_TYPES["TSThisType"] = "TSThisType";
    AST_NODE_TYPES["TSTupleType"] = "TSTupleType";
    AST_NODE_TYPES["TSTypeAliasDeclaration"] = "TSTypeAliasDeclaration";
    AST_NODE_TYPES["TSTypeAnnotation"] = "TSTypeAnnotation";
    AST_NODE_TYPES["TSTypeAssertion"] = "TSTypeAssertion";
    AST_NODE_TYPES["TSTypeLiteral"] = "TSTypeLiteral";
    AST_NODE_TYPES["TSTypeOperator"] = "TSTypeOperator";
    AST_NODE_TYPES["TSTypeParameter"] = "TSTypeParameter";
    AST_NODE_TYPES["TSTypeParameterDeclaration"] = "TSTypeParameterDeclaration";
    AST_NODE_TYPES["TSTypeParameterInstantiation"] = "TSTypeParameterInstantiation";
    AST_NODE_TYPES["TSTypePredicate"] = "TSTypePredicate";
    AST_NODE_TYPES["TSTypeQuery"] = "TSTypeQuery";
    AST_NODE_TYPES["TSTypeReference"] = "TSTypeReference";
    AST_NODE_TYPES["TSUndefinedKeyword"] = "TSUndefinedKeyword";
    AST_NODE_TYPES["TSUnionType"] = "TSUnionType";
    AST_NODE_TYPES["TSUnknownKeyword"] = "TSUnknownKeyword";
    AST_NODE_TYPES["TSVoidKeyword"] = "TSVoidKeyword";
})(AST_NODE_TYPES || (exports.AST_NODE_TYPES = AST_NODE_TYPES = {}));
var AST_TOKEN_TYPES;
(function (AST_TOKEN_TYPES) {
    AST_TOKEN_TYPES["Boolean"] = "Boolean";
    AST_TOKEN_TYPES["Identifier"] = "Identifier";
    AST_TOKEN_TYPES["JSXIdentifier"] = "JSXIdentifier";
    AST_TOKEN_TYPES["PrivateIdentifier"] = "PrivateIdentifier";
    AST_TOKEN_TYPES["JSXText"] = "JSXText";
    AST_TOKEN_TYPES["Keyword"] = "Keyword";
    AST_TOKEN_TYPES["Null"] = "Null";
    AST_TOKEN_TYPES["Numeric"] = "Numeric";
    AST_TOKEN_TYPES["Punctuator"] = "Punctuator";
    AST_TOKEN_TYPES["RegularExpression"] = "RegularExpression";
    AST_TOKEN_TYPES["String"] = "String";
    AST_TOKEN_TYPES["Template"] = "Template";
    AST_TOKEN_TYPES["Block"] = "Block";
    AST_TOKEN_TYPES["Line"] = "Line";
})(AST_TOKEN_TYPES || (exports.AST_TOKEN_TYPES = AST_TOKEN_TYPES = {}));
//# sourceMappingURL=ast-spec.js.map

/***/ }),

/***/ 63141:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
var ast_spec_1 = __webpack_require__(90659);
Object.defineProperty(exports, "AST_NODE_TYPES", ({ enumerable: true, get: function () { return ast_spec_1.AST_NODE_TYPES; } }));
Object.defineProperty(exports, "AST_TOKEN_TYPES", ({ enumerable: true, get: function () { return ast_spec_1.AST_TOKEN_TYPES; } }));
__exportStar(__webpack_require__(61390), exports);
__exportStar(__webpack_require__(39189), exports);
__exportStar(__webpack_require__(44981), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 61390:
/***/ ((__unused_webpack_module, exports) => {


// THIS CODE WAS AUTOMATICALLY GENERATED
// DO NOT EDIT THIS CODE BY HAND
// RUN THE FOLLOWING COMMAND FROM THE WORKSPACE ROOT TO REGENERATE:
// npx nx generate-lib repo
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=lib.js.map

/***/ }),

/***/ 39189:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=parser-options.js.map

/***/ }),

/***/ 44981:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSESTree = void 0;
exports.TSESTree = __importStar(__webpack_require__(90659));
//# sourceMappingURL=ts-estree.js.map

/***/ })

};
