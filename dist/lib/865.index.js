export const id = 865;
export const ids = [865];
export const modules = {

/***/ 63659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ BASELINE_FILE_NAME),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ky: () => (/* binding */ serializeBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   wD: () => (/* binding */ compareEntries)
/* harmony export */ });
/* unused harmony export BASELINE_FORMAT_VERSION */
/* harmony import */ var _config_json_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86948);
/* harmony import */ var _config_closest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39417);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30178);




const BASELINE_FILE_NAME = '.tlsguard-baseline.json';
const BASELINE_FORMAT_VERSION = 1;
const ENTRY_KEYS = [
    'ruleId',
    'path',
    'fingerprint',
    'scope',
    'count',
    'snippet',
    'reason',
];
/**
 * Deterministic text: fixed key order, entries sorted by code point, one entry per line (so each
 * accepted finding is one reviewable diff line and concurrent additions merge), LF, trailing newline,
 * no timestamps or tool version.
 */
function serializeBaseline(entries) {
    const lines = [...entries]
        .sort(compareEntries)
        .map((entry) => `    ${JSON.stringify(ordered(entry))}`);
    const findings = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
    return `{\n  "version": ${BASELINE_FORMAT_VERSION},\n  "fingerprintAlgorithm": "${_engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .FINGERPRINT_ALGORITHM */ .XN}",\n  "findings": ${findings}\n}\n`;
}
function ordered(entry) {
    const record = {};
    for (const key of ENTRY_KEYS) {
        const value = entry[key];
        if (value === undefined || (key === 'count' && value === 1) || value === '')
            continue;
        record[key] = value;
    }
    return record;
}
function compareEntries(a, b) {
    for (const key of ['path', 'ruleId', 'fingerprint', 'scope']) {
        const x = a[key] ?? '';
        const y = b[key] ?? '';
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/**
 * Reads a baseline file's text; anything unexpected is a UsageError naming the file and the entry.
 * `knownRuleIds`: an entry for any other rule is an error, not silently dropped — it can match nothing,
 * so it is a typo, a baseline from a newer tlsguard (whose format errors are errors too), or an edit
 * that smuggles text into reports.
 */
function parseBaseline(text, file, knownRuleIds) {
    const data = (0,_config_json_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonFile */ .O)(text, file);
    if (!isRecord(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('is not a tlsguard baseline (expected a JSON object)', file);
    checkHeader(data, file);
    if (!Array.isArray(data.findings))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('"findings" must be an array', file);
    const entries = data.findings.map((item, index) => parseEntry(item, `findings[${index}]`, file, knownRuleIds));
    const seen = new Set();
    for (const [index, entry] of entries.entries()) {
        const key = JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);
        if (seen.has(key)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`findings[${index}] repeats an earlier entry; merge them into one with "count"`, file);
        }
        seen.add(key);
    }
    return entries;
}
function checkHeader(data, file) {
    const version = data.version;
    if (typeof version !== 'number' || !Number.isInteger(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('has no integer "version"; is it a tlsguard baseline?', file);
    }
    if (version > BASELINE_FORMAT_VERSION) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`was written by a newer tlsguard (format version ${version}; this one reads ${BASELINE_FORMAT_VERSION}); upgrade tlsguard`, file);
    }
    if (version < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`has an unsupported format version ${version}`, file);
    if (data.fingerprintAlgorithm !== _engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .FINGERPRINT_ALGORITHM */ .XN) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`uses fingerprint algorithm ${JSON.stringify(data.fingerprintAlgorithm)}, this tlsguard uses "${_engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .FINGERPRINT_ALGORITHM */ .XN}"; delete the file and run \`tlsguard baseline\` again`, file);
    }
    const unknown = Object.keys(data).filter((key) => !['version', 'fingerprintAlgorithm', 'findings'].includes(key));
    if (unknown.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`has an unknown key "${unknown[0] ?? ''}"`, file);
}
function parseEntry(item, where, file, knownRuleIds) {
    const fail = (problem) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}${problem.startsWith('.') ? '' : ' '}${problem}`, file);
    };
    if (!isRecord(item))
        return fail('must be an object');
    const extra = Object.keys(item).find((key) => !ENTRY_KEYS.includes(key));
    if (extra !== undefined)
        fail(`has an unknown key "${extra}"`);
    const text = (key, required) => {
        const value = item[key];
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== 'string' || value === '')
            return fail(`."${key}" must be a non-empty string`);
        return value;
    };
    const ruleId = text('ruleId', true) ?? '';
    if (!knownRuleIds.includes(ruleId))
        fail(`.ruleId ${quoted(ruleId)} is not a tlsguard rule${(0,_config_closest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(ruleId, knownRuleIds)}`);
    const path = text('path', true) ?? '';
    if (!isSafeRelativePath(path))
        fail(`.path must be a relative path inside the repository with "/" (got ${quoted(path)})`);
    const fingerprint = text('fingerprint', true) ?? '';
    if (!/^[0-9a-f]{8,64}$/.test(fingerprint))
        fail('.fingerprint must be a hexadecimal hash');
    const count = item.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        fail('.count must be a positive integer');
    return {
        ruleId,
        path,
        fingerprint,
        count: count,
        ...optional('scope', text('scope', false)),
        ...optional('snippet', text('snippet', false)),
        ...optional('reason', text('reason', false)),
    };
}
/** A value from the file in a message: quoted, and cut (a baseline can hold a megabyte-long string). */
function quoted(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** No absolute paths, drive letters, backslashes or `..`: a baseline must not point outside the repository. */
function isSafeRelativePath(path) {
    if (path.startsWith('/') || path.includes('\\') || /^[a-zA-Z]:/.test(path))
        return false;
    return path.split('/').every((segment) => segment !== '..' && segment !== '' && segment !== '.');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 82191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ entriesFromFindings),
/* harmony export */   x: () => (/* binding */ mergeEntries)
/* harmony export */ });
/* harmony import */ var _baseline_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63659);

const SNIPPET_LENGTH = 120;
/**
 * Baseline entries for findings: identical findings (same rule, path, fingerprint and scope) become one
 * entry with a count. `pathOf` re-expresses a finding's path (undefined leaves the finding out); a
 * `reasonOf` answer is carried into the entry.
 */
function entriesFromFindings(findings, pathOf, reasonOf = () => undefined) {
    const entries = new Map();
    for (const finding of findings) {
        const path = pathOf(finding);
        if (path === undefined)
            continue;
        const key = JSON.stringify([finding.ruleId, path, finding.fingerprint, finding.scope]);
        const existing = entries.get(key);
        const reason = existing?.reason ?? reasonOf(finding);
        entries.set(key, {
            ruleId: finding.ruleId,
            path,
            fingerprint: finding.fingerprint,
            ...(finding.scope === '' ? {} : { scope: finding.scope }),
            count: (existing?.count ?? 0) + 1,
            snippet: existing?.snippet ?? shortSnippet(finding.snippet),
            ...(reason === undefined ? {} : { reason }),
        });
    }
    return [...entries.values()].sort(_baseline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .compareEntries */ .wD);
}
/** Adds up entries with the same identity (rule, path, fingerprint, scope). */
function mergeEntries(entries) {
    const merged = new Map();
    for (const entry of entries) {
        const key = JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);
        const existing = merged.get(key);
        merged.set(key, existing
            ? {
                ...existing,
                count: existing.count + entry.count,
                reason: existing.reason ?? entry.reason,
            }
            : entry);
    }
    return [...merged.values()].sort(_baseline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .compareEntries */ .wD);
}
function shortSnippet(snippet) {
    const line = (snippet.split('\n')[0] ?? '').trim().replace(/\s+/g, ' ');
    return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}


/***/ }),

/***/ 68835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ dirname),
/* harmony export */   s: () => (/* binding */ relocate)
/* harmony export */ });
/**
 * Re-expresses `path`, relative to folder `from`, relative to folder `to` (both absolute, with `/`).
 * Undefined when the file is not below `to` — a baseline entry of another package, say.
 */
function relocate(path, from, to) {
    const absolute = `${trimSlash(from)}/${path}`;
    const prefix = `${trimSlash(to)}/`;
    return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : undefined;
}
function dirname(path) {
    const index = path.lastIndexOf('/');
    return index <= 0 ? '/' : path.slice(0, index);
}
function trimSlash(folder) {
    return folder.endsWith('/') ? folder.slice(0, -1) : folder;
}


/***/ }),

/***/ 81122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   a: () => (/* binding */ CONFIG_FILE_NAME)
/* harmony export */ });
/* harmony import */ var _schema_tlsguard_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79129);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _baseline_baseline_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63659);
/* harmony import */ var _closest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39417);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36053);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86948);






const CONFIG_FILE_NAME = '.tlsguard.json';
/**
 * The schema's validator, compiled on first use: most repositories have no configuration file, and
 * loading and compiling ajv cost a scan without one about 60 ms.
 */
let validator;
/** What is wrong with a configuration, or undefined when it is valid. */
async function problemWith(data) {
    validator ??= (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 95304))).schemaValidator();
    return validator(data) ? undefined : describe(validator.errors?.[0], data);
}
/**
 * Reads and validates a configuration file. `required`: the user named it, so a missing file is an error;
 * otherwise a missing default file means "no configuration". Anything malformed stops the run (exit 2).
 */
async function loadConfig(fs, path, required) {
    const text = await fs.readText(path);
    if (text === undefined) {
        if (required)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('configuration file not found', path);
        return {};
    }
    const data = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonFile */ .O)(text, path);
    const problem = await problemWith(data);
    if (problem !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(problem, path);
    const raw = data;
    (0,_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlobList */ .FW)(raw.include, 'include', path);
    (0,_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlobList */ .FW)(raw.exclude, 'exclude', path);
    (0,_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlobList */ .FW)(raw.nonProduction, 'nonProduction', path);
    (0,_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlobList */ .FW)(raw.production, 'production', path);
    (raw.ignore ?? []).forEach((entry, index) => {
        (0,_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGlobList */ .FW)([entry.path], `ignore[${index}].path`, path);
    });
    if (raw.baseline === undefined)
        return raw;
    // A config file may come from a pull request: it must not point tlsguard at files outside the repository.
    if (!(0,_baseline_baseline_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeRelativePath */ .VH)(raw.baseline)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"baseline" must be a relative path below the configuration file's folder (got ${JSON.stringify(raw.baseline)})`, path);
    }
    const folder = path.slice(0, path.lastIndexOf('/')) || '/';
    return { ...raw, baseline: fs.resolve(folder, raw.baseline) };
}
const ROOT_KEYS = Object.keys(_schema_tlsguard_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties);
const RULE_IDS = Object.keys(_schema_tlsguard_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties.rules.properties);
function describe(error, data) {
    if (!error)
        return 'is not a valid configuration';
    const where = error.instancePath.slice(1).replaceAll('/', '.');
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        return where === 'rules'
            ? `unknown rule "${key}" in "rules"${(0,_closest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .a)(key, RULE_IDS)}`
            : `unknown key "${key}"${(0,_closest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .a)(key, ROOT_KEYS)}`;
    }
    if (error.keyword === 'enum') {
        const allowed = error.params.allowedValues
            .map(String)
            .join(', ');
        return `"${where}" must be one of ${allowed} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    }
    if (error.keyword === 'pattern' && where === 'pythonVersion')
        return `"pythonVersion" must be a Python version like "3.12" (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    return `"${where || '(top level)'}" ${error.message ?? 'is invalid'}`;
}
function valueAt(data, pointer) {
    return pointer
        .split('/')
        .slice(1)
        .reduce((value, key) => value?.[key], data);
}


/***/ }),

/***/ 86948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parseJsonFile)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;
/**
 * Parses a JSON file the user maintains (config, baseline). Errors name the file and say what is wrong:
 * unresolved merge conflicts, or where the syntax breaks (line and column — JSON.parse does not say,
 * hence jsonc-parser in strict mode).
 */
function parseJsonFile(text, file) {
    const conflict = CONFLICT_MARKER.exec(text);
    if (conflict) {
        const line = text.slice(0, conflict.index).split('\n').length;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`contains an unresolved merge conflict (marker at line ${line}); resolve it first`, file);
    }
    const errors = [];
    const value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(stripBom(text), errors, {
        disallowComments: true,
        allowTrailingComma: false,
    });
    const [first] = errors;
    if (first)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`is not valid JSON: ${describeSyntaxError(first, text)}`, file);
    return value;
}
function stripBom(text) {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
function describeSyntaxError(error, text) {
    const before = text.slice(0, error.offset).split('\n');
    const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    // `CloseBraceExpected` → `close brace expected`
    const problem = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return `${problem} (${where})`;
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ hasPolicyChanges)
/* harmony export */ });
/** Whether anything in it needs a reviewer's eye. */
function hasPolicyChanges(changes) {
    return (changes !== undefined &&
        changes.acceptedEntries.length +
            changes.rules.length +
            changes.settings.length +
            changes.suppressions.length +
            changes.problems.length >
            0);
}


/***/ }),

/***/ 56537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeScope)
/* harmony export */ });
/**
 * The folder a write is checked from (`WriteOptions.within`). Below the scan root or workspace every
 * folder may come from the repository — a pull request can commit a symbolic link where tlsguard
 * writes — so a path there is checked from that root. A path outside it is one the user typed (a flag, an
 * Action input): its folder is taken as given. Both paths absolute, with `/`.
 */
function writeScope(path, root) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (path.startsWith(prefix))
        return root;
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
}


/***/ }),

/***/ 41352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ isMinifiedName),
/* harmony export */   Iq: () => (/* binding */ excludedFolderOf),
/* harmony export */   J: () => (/* binding */ isToolingFolder),
/* harmony export */   ch: () => (/* binding */ isVendoredFile),
/* harmony export */   iJ: () => (/* binding */ isExcludedDirectory),
/* harmony export */   ng: () => (/* binding */ EXCLUDED_DIRECTORIES)
/* harmony export */ });
/**
 * What a scan leaves out by default (design §2): dependency, build and vendor folders, vendored package
 * manager tooling, and minified bundles — generated or third-party code whose findings the user cannot
 * act on. `--no-ignore` scans them.
 */
const EXCLUDED_DIRECTORIES = new Set([
    'node_modules',
    'dist',
    'build',
    'vendor',
]);
/**
 * Yarn Berry's tooling, committed by design (`.yarn/releases` holds Yarn itself, `.yarn/plugins` its
 * plugins: megabyte bundles of other people's code), and its package store when zero-installs are on.
 */
const YARN_TOOLING = new Set(['releases', 'plugins', 'sdks', 'unplugged', 'cache']);
/** Yarn Plug'n'Play's generated loaders, at the root of each project that uses it. */
const VENDORED_FILES = new Set(['.pnp.cjs', '.pnp.loader.mjs', '.pnp.js']);
const MINIFIED = /\.min\.[cm]?js$/i;
function isMinifiedName(path) {
    return MINIFIED.test(path);
}
/** True for a folder left out by default, given its name and its parent folder's name. */
function isExcludedDirectory(name, parentName) {
    return EXCLUDED_DIRECTORIES.has(name) || (parentName === '.yarn' && YARN_TOOLING.has(name));
}
/**
 * True for a folder of a package manager's own tooling (`.yarn/releases`): third-party code by
 * definition, so unlike a tracked `node_modules` it is never named as source the scan left out.
 */
function isToolingFolder(path) {
    const segments = path.split('/');
    return segments.at(-2) === '.yarn' && YARN_TOOLING.has(segments.at(-1) ?? '');
}
/** True for a generated loader of a package manager (`.pnp.cjs`), wherever it sits. */
function isVendoredFile(path) {
    return VENDORED_FILES.has(path.slice(path.lastIndexOf('/') + 1));
}
/** The path of the first excluded folder in a `/`-separated relative file path: `pkg/node_modules`. */
function excludedFolderOf(relativePath) {
    const segments = relativePath.split('/');
    const index = segments.findIndex((segment, position) => position < segments.length - 1 && isExcludedDirectory(segment, segments[position - 1]));
    return index < 0 ? undefined : segments.slice(0, index + 1).join('/');
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

/***/ 75038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ nodeFileSystem)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/platform/safe-write.ts



/** A write tlsguard refused because the path could lead somewhere else than it says. */
class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
/**
 * The one way tlsguard writes a file (SARIF, baseline, cache, its cache key). Everything in a pull
 * request — folders, symbolic links — is the author's to shape, so below the trusted folder `within`
 * no folder may be a symbolic link, and the file itself is written as a new file: a temporary file
 * with a random name created exclusively (`wx`: never through an existing name or link), then
 * renamed over the target. A rename replaces a link at the target's own name, never what it points at.
 */
async function writeFileSafely(path, text, options) {
    const { folder, name } = await safeFolder(path, options);
    const target = (0,external_node_path_.join)(folder, name);
    const replacedLink = await checkTarget(target, path, options);
    const temporary = (0,external_node_path_.join)(folder, `.${name}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
    await writeNew(temporary, text, options);
    try {
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    return { replacedLink };
}
/**
 * Creates `path` with `text` unless something already has that name (then false); the same checks as
 * `writeFileSafely`. For files several processes may create at once, such as the cache key.
 */
async function createFileSafely(path, text, options) {
    const { folder, name } = await safeFolder(path, options);
    try {
        await writeNew((0,external_node_path_.join)(folder, name), text, options);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/** Exclusive create: fails on any existing name, a dangling link included. */
async function writeNew(path, text, options) {
    const handle = await (0,promises_.open)(path, 'wx', options.private === true ? 0o600 : 0o666);
    let written = false;
    try {
        await handle.writeFile(text, 'utf8');
        written = true;
    }
    finally {
        await handle.close();
        if (!written)
            await (0,promises_.unlink)(path).catch(() => undefined);
    }
}
/**
 * The real folder the file goes in, reached from `within` one folder at a time without following a
 * link. A path outside `within` is refused: callers choose `within` so that every path a repository
 * could shape lies below it.
 */
async function safeFolder(path, options) {
    const absolute = (0,external_node_path_.resolve)(path);
    const below = (0,external_node_path_.relative)((0,external_node_path_.resolve)(options.within), absolute);
    if (below === '' || below.startsWith('..') || (0,external_node_path_.isAbsolute)(below))
        throw new UnsafePathError(`${path} is not inside ${options.within}`);
    // The trusted folder itself is the caller's (the workspace, the user's cache folder): made if missing.
    if (options.createFolders === true)
        await (0,promises_.mkdir)(options.within, { recursive: true });
    let folder = await (0,promises_.realpath)(options.within);
    const parts = (0,external_node_path_.dirname)(below) === '.' ? [] : (0,external_node_path_.dirname)(below).split(/[\\/]/);
    for (const [index, part] of parts.entries()) {
        folder = (0,external_node_path_.join)(folder, part);
        const shown = () => parts.slice(0, index + 1).join('/');
        const stats = await (0,promises_.lstat)(folder).catch((error) => {
            if (error.code !== 'ENOENT' || options.createFolders !== true)
                throw error;
            return undefined;
        });
        if (stats === undefined)
            await (0,promises_.mkdir)(folder).catch(ignoreExisting);
        else if (stats.isSymbolicLink())
            throw new UnsafePathError(`${shown()} (in ${options.within}) is a symbolic link; tlsguard does not write through links`);
        else if (!stats.isDirectory())
            throw new UnsafePathError(`${shown()} is not a folder`);
    }
    // A folder created by someone else between the check and mkdir must pass the same check.
    const created = await (0,promises_.lstat)(folder);
    if (created.isSymbolicLink() || !created.isDirectory())
        throw new UnsafePathError(`${(0,external_node_path_.dirname)(path)} changed while tlsguard was writing into it`);
    return { folder, name: (0,external_node_path_.basename)(absolute) };
}
async function checkTarget(target, path, options) {
    const stats = await (0,promises_.lstat)(target).catch(() => undefined);
    if (stats === undefined)
        return false;
    if (stats.isSymbolicLink()) {
        if (options.replaceLink === true)
            return true;
        throw new UnsafePathError(`${path} is a symbolic link; tlsguard does not write through links (name its target instead)`);
    }
    if (!stats.isFile())
        throw new UnsafePathError(`${path} exists and is not a file`);
    return false;
}
function ignoreExisting(error) {
    if (error.code !== 'EEXIST')
        throw error;
}

;// CONCATENATED MODULE: ./src/platform/node-fs.ts




/** `FileSystem` over node:fs. Never throws for a single file: failures come back as data. */
const nodeFileSystem = {
    // Forward slashes everywhere: Node accepts them on Windows too, and reports use them.
    resolve: (...paths) => (0,external_node_path_.resolve)(...paths).replaceAll('\\', '/'),
    async kindOf(path) {
        try {
            return kindOfStats(await (0,promises_.lstat)(path));
        }
        catch {
            return undefined;
        }
    },
    // Synchronous for the same reason as readFile below: the walk lists thousands of folders.
    readDirectory(path) {
        try {
            const entries = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
            return Promise.resolve(entries.map((entry) => ({ name: entry.name, kind: kindOfStats(entry) })));
        }
        catch {
            return Promise.resolve([]);
        }
    },
    // Synchronous system calls on purpose: a scan reads tens of thousands of mostly small files, and each
    // asynchronous call is a round trip through libuv's thread pool that costs more than the read itself
    // (measured on the bench corpus: 60k files in 0.7–1.3 s this way, 2–9 s through fs/promises).
    // Callers still get a promise, so the interface stays the same for the in-memory fakes.
    readFile(path, maxBytes) {
        return Promise.resolve(readWholeFile(path, maxBytes));
    },
    writeText: writeFileSafely,
    createText: createFileSafely,
    async realPath(path) {
        try {
            return (await (0,promises_.realpath)(path)).replaceAll('\\', '/');
        }
        catch {
            return undefined;
        }
    },
    async readText(path) {
        try {
            return await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            return undefined;
        }
    },
};
function readWholeFile(path, maxBytes) {
    let fd;
    try {
        if (NO_FOLLOW === 0 && isSymbolicLink(path))
            return { kind: 'symlink' };
        // O_NONBLOCK: opening a FIFO that happens to be named *.js must not hang the scan. O_NOFOLLOW: a
        // symbolic link is not opened at all (ELOOP), so the check and the read cannot race.
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | NO_FOLLOW);
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { kind: 'not-a-file' };
        if (stats.size > maxBytes)
            return { kind: 'too-large', size: stats.size };
        return readOpen(fd, stats.size, maxBytes);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            return { kind: 'not-a-file' };
        if (code === 'ELOOP')
            return { kind: 'symlink' };
        return { kind: 'error', message: describeError(error) };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
// Windows has no O_NOFOLLOW (Node leaves the constant out): there links are found with lstat first
// (and are rare: git checks them out as plain files unless told otherwise).
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
function isSymbolicLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** The one buffer every read goes into (see `FileSystem.readFile`); grows to the largest file read. */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
/**
 * Reads to the end: a file that grew since `fstat` is read whole, still within `maxBytes`. A read that
 * returns less than it was offered once the expected size is in has reached the end, so a file costs
 * open, fstat, one read and close — not a second read only to see the end.
 */
function readOpen(fd, size, maxBytes) {
    // One byte more than expected, to notice growth without a second fstat.
    if (scratch.length < size + 1)
        scratch = Buffer.allocUnsafeSlow(Math.min(size * 2, maxBytes) + 1);
    let length = 0;
    for (;;) {
        if (length === scratch.length) {
            if (length > maxBytes)
                return { kind: 'too-large', size: length };
            const larger = Buffer.allocUnsafeSlow(Math.min(length * 2, maxBytes + 1));
            scratch.copy(larger, 0, 0, length);
            scratch = larger;
        }
        const offered = scratch.length - length;
        const count = (0,external_node_fs_.readSync)(fd, scratch, length, offered, null);
        length += count;
        if (count === 0 || (count < offered && length >= size))
            break;
    }
    if (length > maxBytes)
        return { kind: 'too-large', size: length };
    return { kind: 'ok', bytes: scratch.subarray(0, length) };
}
function kindOfStats(stats) {
    if (stats.isSymbolicLink())
        return 'symlink';
    if (stats.isFile())
        return 'file';
    return stats.isDirectory() ? 'directory' : 'other';
}
function describeError(error) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return 'the file no longer exists';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}


/***/ }),

/***/ 79662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   ns: () => (/* binding */ nodeGit)
/* harmony export */ });
/* unused harmony exports SAFE_GIT_CONFIG, gitEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** `git diff` listing changed files with renames detected, paths relative to the folder asked. */
const NAME_STATUS = [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--name-status',
    '-z',
    '-M',
    '--relative',
];
/** Up to this many paths, `filesAt` asks git about them by name rather than listing the whole tree. */
const MAX_PATHSPECS = 200;
const MAX_OUTPUT = 512 * 1024 * 1024;
/**
 * Settings that make git run a program, overridden for every command tlsguard runs: a repository's own
 * configuration (.git/config of a folder from an archive, say) must not run code through a read-only scan.
 * `core.fsmonitor` runs a hook on every index refresh (ls-files, diff, status); hooks; signature
 * checks (`log.showSignature` runs gpg.program). External diff drivers (`diff.external`, attribute
 * drivers) and textconv filters are off per command (`--no-ext-diff`, `--no-textconv`). `core.quotepath=off` keeps names readable.
 */
const SAFE_GIT_CONFIG = [
    'core.quotepath=off',
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'log.showSignature=false',
].flatMap((setting) => ['-c', setting]);
/**
 * The environment git runs in: tlsguard's own, less what the Actions runner hands to steps that git has
 * no use for — inputs (`INPUT_TOKEN` is the GitHub token) and the runtime's tokens.
 */
function gitEnvironment(env) {
    const kept = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || name.startsWith('INPUT_') || SECRET_VARIABLES.has(name))
            continue;
        kept[name] = value;
    }
    // Never wait for a password prompt, whatever a remote in the configuration says.
    kept.GIT_TERMINAL_PROMPT = '0';
    return kept;
}
const SECRET_VARIABLES = new Set([
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
/** `Git` through the git command line; any failure (no git, not a work tree, no such commit) is undefined. */
const nodeGit = {
    async listFiles(directory) {
        // Both at once: the untracked files take a walk of the work tree (most of the time), the deleted
        // ones a look at the index.
        const [listed, deletedList] = await Promise.all([
            git(directory, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
            git(directory, ['ls-files', '-z', '--deleted']),
        ]);
        if (listed === undefined)
            return undefined;
        const deleted = new Set(splitNul(deletedList ?? ''));
        // Unmerged paths are listed once per conflict stage.
        return [...new Set(splitNul(listed))].filter((path) => !deleted.has(path));
    },
    async resolveCommit(directory, revision) {
        if (revision.startsWith('-'))
            return undefined;
        const hash = await git(directory, [
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${revision}^{commit}`,
        ]);
        return nonEmpty(hash?.trim());
    },
    async workTreePrefix(directory) {
        // `--show-prefix` answers even inside .git; a work tree is what --base-ref and links need.
        const [inside, prefix] = await Promise.all([
            git(directory, ['rev-parse', '--is-inside-work-tree']),
            git(directory, ['rev-parse', '--show-prefix']),
        ]);
        return inside?.trim() === 'true' ? (prefix?.trimEnd() ?? '') : undefined;
    },
    async isShallow(directory) {
        return (await git(directory, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
    },
    async changesSince(directory, commit) {
        const [output, untracked] = await Promise.all([
            git(directory, [...NAME_STATUS, commit, '--']),
            git(directory, ['ls-files', '-z', '--others', '--exclude-standard']),
        ]);
        if (output === undefined)
            return undefined;
        // git diff leaves out files it does not track yet; they are new all the same.
        const added = splitNul(untracked ?? '').map((path) => ({ status: 'added', path }));
        return [...parseNameStatus(output), ...added];
    },
    async changesBetween(directory, from, to) {
        const output = await git(directory, [...NAME_STATUS, from, to, '--']);
        return output === undefined ? undefined : parseNameStatus(output);
    },
    async filesAt(directory, commit, paths) {
        // A few paths are looked up by name; git matches every entry against every path given, so for
        // many it lists the whole tree instead.
        const named = paths !== undefined && paths.size <= MAX_PATHSPECS;
        const pathspecs = named ? [...paths].map((path) => `:(literal)${path}`) : ['.'];
        const output = await git(directory, [
            'ls-tree',
            '-r',
            '-z',
            '--name-only',
            commit,
            '--',
            ...pathspecs,
        ]);
        return output === undefined ? undefined : new Set(splitNul(output));
    },
    async show(directory, commit, path) {
        return git(directory, ['show', `${commit}:./${path}`]);
    },
    async showAll(directory, commit, paths) {
        // `git cat-file --batch` takes one name per line: a path with a line break goes through `show`.
        const batchable = paths.filter((path) => !path.includes('\n'));
        const input = batchable.map((path) => `${commit}:./${path}\n`).join('');
        const output = batchable.length === 0
            ? Buffer.alloc(0)
            : await gitBytes(directory, ['cat-file', '--batch'], input);
        if (output === undefined)
            return undefined;
        const texts = parseBatch(output, batchable);
        for (const path of paths.filter((candidate) => candidate.includes('\n'))) {
            const text = await nodeGit.show(directory, commit, path);
            if (text !== undefined)
                texts.set(path, text);
        }
        return texts;
    },
    async isTracked(path) {
        const slash = path.lastIndexOf('/');
        const folder = slash <= 0 ? '/' : path.slice(0, slash);
        const listed = await git(folder, ['ls-files', '-z', '--', path.slice(slash + 1)]);
        return listed !== undefined && listed !== '';
    },
    async lastCommitTouching(directory, path) {
        const output = await git(directory, ['log', '-1', '--format=%H', '--', path]);
        return nonEmpty(output?.trim());
    },
    async unignoredFolders(directory, folders) {
        // -v shows the pattern that decided each path, negations included (`!packages/node_modules`);
        // --no-index asks about tracked paths too. Names with line breaks cannot go through --stdin.
        const names = folders.filter((folder) => !folder.includes('\n'));
        if (names.length === 0)
            return new Set();
        const args = ['check-ignore', '-v', '-z', '--no-index', '--non-matching', '--stdin'];
        const output = await gitBytes(directory, args, names.map((name) => `${name}\0`).join(''), [0, 1]);
        return output === undefined ? new Set() : negatedPaths(output.toString('utf8'));
    },
};
/** `git check-ignore -v -z` records — source, line, pattern, path — whose pattern is a negation. */
function negatedPaths(output) {
    const fields = output.split('\0');
    const paths = new Set();
    for (let index = 0; index + 3 < fields.length; index += 4) {
        const pattern = fields[index + 2] ?? '';
        if (pattern.startsWith('!'))
            paths.add(fields[index + 3] ?? '');
    }
    return paths;
}
/** Runs git in `cwd`; stdout, or undefined when git fails or is missing. */
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...SAFE_GIT_CONFIG, ...args], {
            cwd,
            env: gitEnvironment(process.env),
            maxBuffer: MAX_OUTPUT,
            encoding: 'utf8',
            windowsHide: true,
        }, (error, stdout) => {
            resolve(error ? undefined : stdout);
        });
    });
}
/** Runs git with `input` on stdin; raw stdout, or undefined when git fails (exits otherwise than `ok`) or is missing. */
function gitBytes(cwd, args, input, ok = [0]) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...SAFE_GIT_CONFIG, ...args], {
            cwd,
            env: gitEnvironment(process.env),
            windowsHide: true,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', () => {
            resolve(undefined);
        });
        child.on('close', (code) => {
            resolve(code !== null && ok.includes(code) ? Buffer.concat(chunks) : undefined);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}
const utf8 = new TextDecoder('utf-8');
/** `git cat-file --batch` output, one entry per requested path in order: `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
function parseBatch(output, paths) {
    const texts = new Map();
    let offset = 0;
    for (const path of paths) {
        const end = output.indexOf(0x0a, offset);
        if (end < 0)
            break;
        const header = output.toString('utf8', offset, end).split(' ');
        offset = end + 1;
        if (header.length !== 3)
            continue;
        const size = Number(header[2]);
        if (header[1] === 'blob')
            texts.set(path, utf8.decode(output.subarray(offset, offset + size)));
        offset += size + 1;
    }
    return texts;
}
function nonEmpty(text) {
    return text === '' ? undefined : text;
}
function splitNul(output) {
    return output.split('\0').filter((path) => path.length > 0);
}
const STATUS = {
    A: 'added',
    D: 'deleted',
    M: 'modified',
    T: 'modified',
    R: 'renamed',
    C: 'copied',
};
/** `git diff --name-status -z` output: status, path — or status, old path, new path for R and C. */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let index = 0; index < fields.length - 1;) {
        const status = STATUS[(fields[index] ?? '').charAt(0)];
        const first = fields[index + 1] ?? '';
        if (status === 'renamed' || status === 'copied') {
            changes.push({ status, oldPath: first, path: fields[index + 2] ?? '' });
            index += 3;
        }
        else {
            if (status)
                changes.push({ status, path: first });
            index += 2;
        }
    }
    return changes;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ annotationCandidates),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* unused harmony export annotationFor */
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60432);
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85985);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90078);



/** GitHub keeps 10 workflow-command annotations per level per step and drops the rest without a word. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'notice',
};
/**
 * Spends GitHub's annotation budget where a reviewer looks (design §6): the findings to annotate (new
 * ones, and accepted ones only when they fail the run) in priority order — new first, on changed lines
 * first, errors before warnings — at most 10 per level, then one notice saying how many more exist.
 * `alreadyUsed`: annotations this step printed before (warnings about permissions, say), which count too.
 */
function planAnnotations(candidates, options) {
    const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const free = (level) => Math.max(0, perLevel - (options.alreadyUsed?.[level] ?? 0));
    const wanted = { error: 0, warning: 0, notice: 0 };
    for (const finding of candidates)
        wanted[LEVEL[finding.severity]]++;
    const overflows = ['error', 'warning', 'notice'].some((l) => wanted[l] > free(l));
    // When anything is cut, one notice slot is kept for saying so.
    const room = (level) => level === 'notice' && overflows ? Math.max(0, free(level) - 1) : free(level);
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const finding of [...candidates].sort(byPriority(options.changedLines))) {
        const level = LEVEL[finding.severity];
        if (used[level] >= room(level))
            continue;
        annotations.push(annotationFor(finding, level, options.pathPrefix));
        used[level]++;
    }
    const omitted = candidates.length - annotations.length;
    if (omitted > 0 && free('notice') > 0)
        annotations.push(moreNotice(omitted));
    return { annotations, omitted };
}
function annotationFor(finding, level, pathPrefix) {
    const oneLine = finding.endLine === finding.line;
    return {
        level,
        file: (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .q)(pathPrefix, finding.file),
        startLine: finding.line,
        endLine: finding.endLine,
        ...(oneLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
        // The headline says what and where; the explanation, the rule and its page follow below it.
        title: annotationText(finding.headline),
        message: annotationText(`${finding.message}\n${finding.ruleId}: ${finding.docs}`),
    };
}
/**
 * An annotation's message as GitHub shows it: @actions/core escapes what the workflow-command protocol
 * needs (`%`, CR, LF); code quoted in a message may also hold bidirectional or invisible characters, shown
 * as escapes. The `file` property stays the exact path, or GitHub could not place the annotation.
 */
function annotationText(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_1__/* .revealHidden */ .C)(text, '\n');
}
/** New findings, and accepted ones only when they fail the run (`fail-on: any`). */
function annotationCandidates(findings, failing) {
    return [
        ...findings.filter((f) => f.status === 'new'),
        ...failing.filter((f) => f.status !== 'new'),
    ];
}
/** Why the step fails, in one line ("2 new insecure TLS findings at or above error"). */
function failureMessage(failing, failOn, failSeverity) {
    const which = failOn === 'new' ? 'new ' : '';
    return `${failing} ${which}insecure TLS finding${failing === 1 ? '' : 's'} at or above ${failSeverity} (see the job summary)`;
}
function moreNotice(omitted) {
    const noun = omitted === 1 ? 'finding' : 'findings';
    return {
        level: 'notice',
        title: 'tlsguard: more findings',
        message: `${omitted} more ${noun} — see the job summary. GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the job summary lists every finding.`,
    };
}
function byPriority(changed) {
    const onChangedLine = (finding) => {
        const lines = changed?.get(finding.file);
        if (!lines)
            return false;
        for (let line = finding.line; line <= finding.endLine; line++)
            if (lines.has(line))
                return true;
        return false;
    };
    const rank = (finding) => (finding.status === 'new' ? 0 : 2) + (onChangedLine(finding) ? 0 : 1);
    return (a, b) => rank(a) - rank(b) ||
        (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(b.severity) - (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(a.severity) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column;
}


/***/ }),

/***/ 32585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ addRows),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   hg: () => (/* binding */ characters)
/* harmony export */ });
/**
 * A text that must stay under a platform limit (job summary: 1 MiB in bytes; PR comment: 65,536
 * characters). Parts are added while they fit; whoever adds keeps `reserve` free for what must follow,
 * so a truncation note always fits and nothing is cut mid-row.
 */
class Budget {
    limit;
    measure;
    parts = [];
    used = 0;
    constructor(limit, measure) {
        this.limit = limit;
        this.measure = measure;
    }
    /** Adds `text` if it fits with `reserve` left over; false (and nothing added) otherwise. */
    tryAdd(text, reserve = 0) {
        const cost = this.measure(text);
        if (this.used + cost + reserve > this.limit)
            return false;
        this.parts.push(text);
        this.used += cost;
        return true;
    }
    /** Adds text that must be there (headings, notes); callers reserved room for it. */
    add(text) {
        this.parts.push(text);
        this.used += this.measure(text);
    }
    get size() {
        return this.used;
    }
    toString() {
        return this.parts.join('');
    }
}
const encoder = new TextEncoder();
const utf8Bytes = (text) => encoder.encode(text).byteLength;
const characters = (text) => text.length;
/**
 * Adds rows while they fit (keeping `reserve` free) and returns how many did not. The caller says so
 * explicitly — a silently shortened list is the complaint we are avoiding.
 */
function addRows(budget, rows, reserve) {
    let index = 0;
    while (index < rows.length && budget.tryAdd(rows[index] ?? '', reserve))
        index++;
    return rows.length - index;
}


/***/ }),

/***/ 51128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ groupByRule)
/* harmony export */ });
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60432);

/**
 * Findings by rule, then by explanation, then by headline, in reading order: new before accepted,
 * errors before warnings before notes, then by file and line — each group where its first finding is.
 */
function groupByRule(findings) {
    return groupBy([...findings].sort(readingOrder), (f) => f.ruleId)
        .sort(byWeight)
        .map((ofRule) => {
        const [first] = ofRule;
        const explanations = groupBy(ofRule, (f) => f.message).map((same) => ({
            explanation: same[0]?.message ?? '',
            items: groupBy(same, (f) => `${isAccepted(f)} ${f.severity} ${f.headline}`).map((group) => ({
                headline: group[0]?.headline ?? '',
                severity: group[0]?.severity ?? 'note',
                accepted: group[0] !== undefined && isAccepted(group[0]),
                findings: group,
            })),
        }));
        const accepted = ofRule.filter(isAccepted).length;
        return {
            ruleId: first.ruleId,
            docs: first.docs,
            explanations,
            fresh: ofRule.length - accepted,
            accepted,
        };
    });
}
/** Rules with new findings first, then by their worst severity, then by how many findings they have. */
function byWeight(a, b) {
    const [first, second] = [a[0], b[0]];
    if (first === undefined || second === undefined)
        return 0;
    return (Number(isAccepted(first)) - Number(isAccepted(second)) ||
        (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(second.severity) - (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(first.severity) ||
        b.length - a.length);
}
function isAccepted(finding) {
    return finding.status !== 'new';
}
/** Groups in the order of their first member; members keep their order. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return [...groups.values()];
}
/** `client-2.js` before `client-10.js`, as people count. */
const FILE_ORDER = new Intl.Collator('en', { numeric: true });
function readingOrder(a, b) {
    return (Number(isAccepted(a)) - Number(isAccepted(b)) ||
        (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) ||
        FILE_ORDER.compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column);
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ verdictSentence),
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   Re: () => (/* binding */ FIXED_TABLE_HEAD),
/* harmony export */   Rt: () => (/* binding */ SEVERITY_LABEL),
/* harmony export */   dN: () => (/* binding */ FINDINGS_TABLE_HEAD),
/* harmony export */   ex: () => (/* binding */ findingRow),
/* harmony export */   iw: () => (/* binding */ fileUrl),
/* harmony export */   lN: () => (/* binding */ fixedRow),
/* harmony export */   v5: () => (/* binding */ severityBreakdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90078);


const SEVERITY_LABEL = {
    error: '🔴 error',
    warning: '🟠 warning',
    note: '🔵 note',
};
const FINDINGS_TABLE_HEAD = '| Location | Rule | Severity | Finding |\n| --- | --- | --- | --- |\n';
/**
 * One table row per finding: file:line linked to the reviewed commit, rule linked to its page, and
 * the headline (the explanation is too long for a table; `explanationRows` gives it once per group).
 */
function findingRow(finding, context) {
    const path = (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .q)(context.pathPrefix, finding.file);
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${path}:${finding.line}`);
    const location = context.links ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(fileUrl(context.links, path, finding.line), where) : where;
    const rule = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(finding.docs, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(finding.ruleId));
    return `| ${location} | ${rule} | ${SEVERITY_LABEL[finding.severity]} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(finding.headline)} |\n`;
}
const FIXED_TABLE_HEAD = '| File | Rule | Findings | Code |\n| --- | --- | --- | --- |\n';
function fixedRow(entry, context) {
    const path = (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .q)(context.pathPrefix, entry.file);
    const snippet = entry.snippet === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(entry.snippet);
    return `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(path)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(entry.ruleId)} | ${entry.count} | ${snippet} |\n`;
}
function fileUrl(links, path, line) {
    return `${links.serverUrl}/${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(links.repository)}/blob/${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(links.commit)}/${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(path)}#L${line}`;
}
function tally(result) {
    return {
        fresh: result.findings.filter((f) => f.status === 'new'),
        unchanged: result.findings.filter((f) => f.status === 'unchanged' && !f.acceptedInChange),
        acceptedInChange: result.findings.filter((f) => f.acceptedInChange === true),
        fixed: result.fixed.reduce((sum, entry) => sum + entry.count, 0),
    };
}
/** "2 errors, 1 warning" — only the levels present. */
function severityBreakdown(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return ['error', 'warning', 'note']
        .filter((severity) => counts[severity] > 0)
        .map((severity) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts[severity], severity))
        .join(', ');
}
/** Why the run passes or fails, in one sentence. */
function verdictSentence(verdict) {
    if (verdict.failOn === 'none')
        return 'This run does not fail on findings (`fail-on: none`).';
    const which = verdict.failOn === 'new' ? 'new ' : '';
    const level = verdict.failSeverity === 'note' ? '' : ` at \`${verdict.failSeverity}\` or above`;
    return verdict.failing > 0
        ? `❌ This run fails: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(verdict.failing, `${which}finding`)}${level}.`
        : `✅ This run passes: no ${which}finding${level}.`;
}


/***/ }),

/***/ 85985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ revealHidden)
/* harmony export */ });
/**
 * Characters that are not what they seem when shown: control characters (a terminal obeys them; CR
 * overwrites a line), line and paragraph separators, bidirectional controls that reorder the text around
 * them (`src/bidi\u202Etxt.js` displays as `src/bidi` + `sj.txt` reversed — "Trojan Source"), and
 * invisible formatting characters (zero-width space, joiners, word joiner, byte-order mark, soft hyphen,
 * invisible operators, tags). File names and code are untrusted, so wherever tlsguard shows them these
 * are written out as escapes instead.
 */
const HIDDEN = 
// eslint-disable-next-line no-control-regex -- matching these is the point
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
/**
 * `text` with every hidden character written as `\xNN`, `\uNNNN` or `\u{NNNNN}`, except those in `keep`
 * (a tab in a terminal, the line breaks tlsguard puts in a message itself).
 */
function revealHidden(text, keep = '') {
    return text.replace(HIDDEN, (char) => (keep.includes(char) ? char : escapeOf(char)));
}
function escapeOf(char) {
    const code = char.codePointAt(0) ?? 0;
    const hex = code.toString(16);
    if (code <= 0xff)
        return `\\x${hex.padStart(2, '0')}`;
    return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tu: () => (/* binding */ shortLink),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85985);
/**
 * Text from the repository (file names, code, messages quoting code) placed into GitHub markdown: job
 * summary, PR comment, check run. Nothing of it may become markup, a table cell break, a mention or a
 * hidden control character, so every character markdown or HTML could read as syntax is an entity.
 * CommonMark never treats an entity as syntax, and GFM splits table rows before entities are decoded.
 */

/** ASCII punctuation that is syntax somewhere in GFM inline text, tables, HTML or GitHub math. */
const SYNTAX = /[&<>"'`\\*_[\]|~$:()!#]/g;
/**
 * Untrusted text as inert markdown: entities for syntax; control, bidirectional and invisible
 * characters as escapes (`\x0a`, `\u202e`, see hidden-characters.ts).
 */
function escapeText(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .revealHidden */ .C)(text)
        .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
        .replaceAll('@', '@&#8203;'); // a zero-width space keeps `@name` from notifying anyone
}
/** Untrusted text shown as code. */
function code(text) {
    return `<code>${escapeText(text)}</code>`;
}
/** A rule message: our own prose with `backtick` spans that may quote the scanned code. */
function messageMarkdown(message) {
    return message
        .split('`')
        .map((part, index) => (index % 2 === 1 ? code(part) : escapeText(part)))
        .join('');
}
/** A link whose text is already escaped markdown. Only http(s) URLs we built ourselves come here. */
function link(url, escapedText) {
    return `<a href="${escapeAttribute(url)}">${escapedText}</a>`;
}
/**
 * The same link in markdown syntax, a third shorter where many links share a size limit (the PR
 * comment). Only for URLs without spaces, parentheses, angle brackets or backslashes, which could end
 * the destination early; anything else stays an `<a>` element.
 */
function shortLink(url, escapedText) {
    return /^https?:\/\/[^\s()<>\\]+$/.test(url)
        ? `[${escapedText}](${url})`
        : link(url, escapedText);
}
function escapeAttribute(value) {
    return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
/** Percent-encodes each segment of a POSIX path for a URL (keeps the slashes). */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function plural(count, noun, pluralNoun = `${noun}s`) {
    return `${count} ${count === 1 ? noun : pluralNoun}`;
}


/***/ }),

/***/ 37386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ addPolicySection)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32585);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _policy_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45132);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90078);




/** Room kept for the notes that follow each table. */
const RESERVE = 2048;
/**
 * The policy section at the top of the job summary and the PR comment: what the pull request did to
 * the configuration, baseline and suppressions it is judged by, each change in a table, and whether
 * those changes took effect (`policy: head`) or not (`policy: base`). Returns rows left out.
 */
function addPolicySection(budget, changes, context) {
    const subject = context.pullRequest === true ? 'This pull request' : 'This change';
    budget.add(`### ⚠️ Policy changes: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(`${subject} ${(0,_policy_text_js__WEBPACK_IMPORTED_MODULE_2__/* .policySummary */ .j)(changes)}`)} — review these changes\n\n${effect(changes, subject)}\n\n`);
    const where = (file) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .q)(context.pathPrefix, file ?? ''));
    let left = 0;
    left += table(budget, {
        title: `Baseline entries added in ${where(changes.baselineFile)}`,
        head: '| File | Rule | Findings | Code | Reason |',
        rows: changes.acceptedEntries.map(({ entry, added }) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .q)(context.pathPrefix, entry.path)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(entry.ruleId),
            String(added),
            entry.snippet === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(entry.snippet),
            entry.reason === undefined ? '_none given_' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(entry.reason),
        ]),
    });
    left += table(budget, {
        title: `Rules turned off or lowered in ${where(changes.configFile)}`,
        head: '| Rule | Base | Now |',
        rows: changes.rules.map((rule) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(rule.ruleId), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rule.from), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rule.to)]),
    });
    left += table(budget, {
        title: `Settings changed in ${where(changes.configFile)}`,
        head: '| Setting | Base | Now |',
        rows: changes.settings.map((setting) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(setting.key),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(setting.from),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(setting.to),
        ]),
    });
    left += table(budget, {
        title: 'New suppression comments',
        head: '| Location | Rule | Reason |',
        rows: changes.suppressions.map((finding) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${(0,_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .q)(context.pathPrefix, finding.file)}:${finding.line}`),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(finding.ruleId),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(finding.reason),
        ]),
    });
    if (changes.problems.length > 0)
        budget.add(`${changes.problems.map((problem) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(problem)}\n`).join('')}\n`);
    return left;
}
/** Whether the changes judged this run, and what to do about it. */
function effect(changes, subject) {
    const base = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(changes.baseRef.slice(0, 12));
    if (changes.source === 'base') {
        return `Compared with the base commit ${base}. **None of these changes applied to this run**: it was judged by the base commit's configuration and baseline (\`policy: base\`), and new suppression comments were not honoured.`;
    }
    const accepted = changes.acceptedFindings === 0
        ? ''
        : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(changes.acceptedFindings, 'finding')} ${subject === 'This pull request' ? 'it adds' : 'added'} ${changes.acceptedFindings === 1 ? 'is' : 'are'} accepted only by these baseline entries.`;
    return `Compared with the base commit ${base}. These changes **applied to this run**: ${subject.toLowerCase()} was judged by its own configuration, baseline and suppression comments.${accepted} To judge pull requests by their base branch's instead, set \`policy: base\`.`;
}
function table(budget, spec) {
    if (spec.rows.length === 0)
        return 0;
    const columns = spec.head.split('|').length - 2;
    budget.add(`**${spec.title}**\n\n${spec.head}\n${'| --- '.repeat(columns)}|\n`);
    const rows = spec.rows.map((cells) => `| ${cells.join(' | ')} |\n`);
    const left = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .addRows */ .PJ)(budget, rows, RESERVE);
    budget.add(left > 0 ? `\n_…and ${left} more not shown._\n\n` : '\n');
    return left;
}


/***/ }),

/***/ 45132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ policyLines),
/* harmony export */   j: () => (/* binding */ policySummary)
/* harmony export */ });
/** "accepts 1 finding in its baseline and turns off 1 rule": what a reviewer must look at, worst first. */
function policySummary(changes) {
    const accepted = changes.acceptedEntries.reduce((sum, item) => sum + item.added, 0);
    const off = changes.rules.filter((rule) => rule.to === 'off').length;
    const parts = [
        phrase(accepted, 'accepts', 'finding', 'in its baseline'),
        phrase(changes.suppressions.length, 'suppresses', 'finding', 'with a comment'),
        phrase(off, 'turns off', 'rule'),
        phrase(changes.rules.length - off, 'lowers', 'rule'),
        phrase(changes.settings.length, 'changes', 'setting'),
        phrase(changes.problems.length, 'could not be compared in', 'file'),
    ].filter((part) => part !== '');
    return parts.length <= 1
        ? (parts[0] ?? 'changes nothing')
        : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
function phrase(count, verb, noun, tail = '') {
    if (count === 0)
        return '';
    return `${verb} ${count} ${noun}${count === 1 ? '' : 's'}${tail === '' ? '' : ` ${tail}`}`;
}
/** The policy changes as plain lines (the text report); untrusted parts are escaped by `clean`. */
function policyLines(changes, clean) {
    const lines = [
        `Policy changes since ${changes.baseRef.slice(0, 12)}: this change ${policySummary(changes)} — review these changes.`,
        changes.source === 'base'
            ? '  None of them applied: the run was judged by the base revision’s configuration and baseline (--policy base).'
            : '  They applied to this run (--policy base judges by the base revision’s configuration and baseline instead).',
    ];
    for (const { entry, added, line } of changes.acceptedEntries)
        lines.push(`  baseline entry added (${where(changes.baselineFile ?? '', line)}): ${clean(entry.path)}  ${clean(entry.ruleId)}${added > 1 ? ` ×${added}` : ''}${entry.snippet === undefined ? '' : `  ${clean(entry.snippet)}`}  reason: ${entry.reason === undefined ? '(none)' : clean(entry.reason)}`);
    for (const rule of changes.rules)
        lines.push(`  rule ${rule.to === 'off' ? 'turned off' : 'lowered'} (${where(changes.configFile, rule.line)}): ${rule.ruleId} ${rule.from} → ${rule.to}`);
    for (const setting of changes.settings)
        lines.push(`  setting changed (${where(changes.configFile, setting.line)}): ${setting.key} ${clean(setting.from)} → ${clean(setting.to)}`);
    for (const finding of changes.suppressions)
        lines.push(`  suppression added (${clean(finding.file)}:${finding.line}): ${finding.ruleId}  reason: ${clean(finding.reason)}`);
    for (const problem of changes.problems)
        lines.push(`  ${clean(problem)}`);
    return lines;
}
function where(file, line) {
    return line === undefined ? file : `${file}:${line}`;
}


/***/ }),

/***/ 90078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ normalizeRelative),
/* harmony export */   q: () => (/* binding */ repoPath)
/* harmony export */ });
/**
 * Findings carry POSIX paths relative to the scan root; GitHub (annotations, links, SARIF) wants them
 * relative to the repository root, with `/`, no `./` and no leading `/` — otherwise annotations silently
 * miss the diff. `prefix` is the scan root relative to the repository root ('' when they are the same).
 * A backslash in a finding's path is part of a POSIX file name, not a separator, and is kept.
 */
function repoPath(prefix, file) {
    const folder = normalizeRelative(prefix);
    const path = normalizeRelative(file);
    return folder === '' ? path : `${folder}/${path}`;
}
/**
 * `./packages/api/` → `packages/api`; `.` and `` → ``. With `windows`, `\` separates folders too
 * (`path.relative` output on Windows).
 */
function normalizeRelative(path, options = {}) {
    return (options.windows ? path.replaceAll('\\', '/') : path)
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   o9: () => (/* binding */ sarifJson)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, FINGERPRINT_KEY */
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21961);
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60432);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90078);




const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** tlsguard's own identity of a finding (design §5), next to GitHub's `primaryLocationLineHash`. */
const FINGERPRINT_KEY = 'tlsguardFingerprint/v1';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note',
};
/**
 * One SARIF 2.1.0 run (design §6) for github/codeql-action/upload-sarif and other consumers: rule
 * descriptors with help and CWE tags, results with repository-relative locations, tlsguard's fingerprint
 * under its own key, `baselineState`, in-source suppressions, and unanalyzable files as notifications.
 */
function renderSarif(result, options) {
    const ids = [
        ...new Set([
            ...options.rules.map((rule) => rule.id),
            ...result.findings.map((f) => f.ruleId),
            ...result.suppressed.map((f) => f.ruleId),
        ]),
    ].sort();
    const index = new Map(ids.map((id, position) => [id, position]));
    const known = new Map(options.rules.map((rule) => [rule.id, rule]));
    const toResult = (finding) => sarifResult(finding, index.get(finding.ruleId) ?? -1, options.pathPrefix);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: options.tool.name,
                        version: options.tool.version,
                        semanticVersion: options.tool.version,
                        informationUri: 'https://github.com/tlsguard/tlsguard',
                        rules: ids.map((id) => descriptor(id, known.get(id))),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: [...result.findings.map(toResult), ...result.suppressed.map(toResult)],
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.diagnostics.map((d) => notification(d, options.pathPrefix)),
                    },
                ],
            },
        ],
    };
}
/** The SARIF file's text, as the Action writes it and `tlsguard scan --format sarif` prints it. */
function sarifJson(log) {
    return `${JSON.stringify(log, null, 2)}\n`;
}
function descriptor(id, rule) {
    if (rule === undefined) {
        const text = 'A problem with a tlsguard-ignore comment (no reason given, or nothing to suppress).';
        return {
            id,
            shortDescription: { text },
            fullDescription: { text },
            helpUri: (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id),
            help: {
                text: `${text} See ${(0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id)}`,
                markdown: `${text} [Documentation](${(0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id)})`,
            },
            defaultConfiguration: { level: 'warning' },
            properties: { tags: ['maintainability'] },
        };
    }
    const risk = highestRisk(Object.values(rule.meta.messages).map((message) => message.risk));
    const cwes = rule.meta.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`);
    const { description } = rule.meta;
    return {
        id,
        name: pascalCase(id),
        shortDescription: { text: description },
        fullDescription: { text: description },
        helpUri: (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id),
        help: {
            text: `${description} Weakness: ${rule.meta.cwe.join(', ')}. Why it is dangerous, examples and how to fix it: ${(0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id)}`,
            markdown: `${description}\n\nWeakness: ${rule.meta.cwe.join(', ')}. [Why it is dangerous, examples and how to fix it](${(0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(id)}).`,
        },
        defaultConfiguration: { level: LEVEL[(0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .severityForRisk */ .M6)(risk)] },
        properties: {
            tags: ['security', 'tls', ...cwes],
            precision: rule.meta.confidence,
            'security-severity': (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .securitySeverityScore */ .gk)(risk),
            category: rule.meta.category,
        },
    };
}
function sarifResult(finding, ruleIndex, pathPrefix) {
    const uri = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePath */ .O0)((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .q)(pathPrefix, finding.file));
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                        ...(finding.snippet === '' ? {} : { snippet: { text: finding.snippet } }),
                    },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        baselineState: finding.status,
        ...('reason' in finding
            ? { suppressions: [{ kind: 'inSource', justification: finding.reason }] }
            : {}),
        properties: {
            'security-severity': (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .securitySeverityScore */ .gk)(finding.risk),
            ...(finding.scope === '' ? {} : { scope: finding.scope }),
        },
    };
}
/** A bug in tlsguard is an error; a file left out is a warning; a file analyzed despite bad bytes, a note. */
const NOTIFICATION_LEVEL = {
    'internal-error': 'error',
    'parse-error': 'warning',
    'read-error': 'warning',
    'binary-file': 'warning',
    'too-large': 'warning',
    'too-complex': 'warning',
    'outside-root': 'warning',
    'invalid-utf8': 'note',
    'partial-parse': 'note',
};
function notification(diagnostic, pathPrefix) {
    const uri = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePath */ .O0)((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .q)(pathPrefix, diagnostic.file));
    return {
        level: NOTIFICATION_LEVEL[diagnostic.kind],
        message: { text: diagnostic.message },
        descriptor: { id: diagnostic.kind },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    ...(diagnostic.line === undefined
                        ? {}
                        : { region: { startLine: diagnostic.line, startColumn: diagnostic.column ?? 1 } }),
                },
            },
        ],
    };
}
function highestRisk(risks) {
    return risks.reduce((top, risk) => ((0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .riskRank */ .wv)(risk) > (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .riskRank */ .wv)(top) ? risk : top), 'info');
}
function pascalCase(id) {
    return id
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}


/***/ }),

/***/ 84030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ fileCount),
/* harmony export */   y: () => (/* binding */ skippedFolderNotes)
/* harmony export */ });
/** The skipped folders with files, largest first; paths are untrusted text for each renderer to escape. */
function skippedFolderNotes(stats) {
    return [...(stats.skippedFolders ?? [])]
        .sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((folder) => ({ ...folder, pattern: `${folder.path}/**` }));
}
/** "412 tracked source files" — JavaScript/TypeScript files git lists in the folder. */
function fileCount(files) {
    return `${files} tracked source ${files === 1 ? 'file' : 'files'}`;
}


/***/ }),

/***/ 78458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ planStepAnnotations)
});

// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/repo-path.ts
var repo_path = __webpack_require__(90078);
;// CONCATENATED MODULE: ./src/report/policy-annotations.ts


/**
 * A notice on each line that changes the policy (a baseline entry, a rule or setting in the
 * configuration, a suppression comment), within `room` notices: when more changes than that exist,
 * the last one says how many more the job summary lists.
 */
function planPolicyAnnotations(changes, options) {
    const at = (file, line) => ({
        file: (0,repo_path/* repoPath */.q)(options.pathPrefix, file ?? ''),
        ...(line === undefined ? {} : { startLine: line, endLine: line }),
    });
    const applied = changes.source === 'base'
        ? ' It did not apply to this run (`policy: base`).'
        : ' Review it: with `policy: base` tlsguard judges pull requests by their base branch’s policy.';
    const all = [
        ...changes.acceptedEntries.map(({ entry, added, line }) => notice(at(changes.baselineFile, line), [
            `${options.subject} adds a baseline entry that accepts ${added} ${entry.ruleId} finding${added === 1 ? '' : 's'} in ${entry.path}`,
            entry.snippet === undefined ? '.' : `: ${entry.snippet}`,
            ` Reason: ${entry.reason ?? 'none given'}.${applied}`,
        ])),
        ...changes.rules.map((rule) => notice(at(changes.configFile, rule.line), [
            `${options.subject} ${rule.to === 'off' ? 'turns off' : 'lowers'} ${rule.ruleId} (${rule.from} → ${rule.to}).${applied}`,
        ])),
        ...changes.settings.map((setting) => notice(at(changes.configFile, setting.line), [
            `${options.subject} changes ${setting.key} from ${setting.from} to ${setting.to}.${applied}`,
        ])),
        ...changes.suppressions.map((finding) => notice(at(finding.file, finding.line), [
            `${options.subject} suppresses ${finding.ruleId} here with a comment. Reason: ${finding.reason}.${applied}`,
        ])),
    ];
    if (all.length <= options.room)
        return all;
    const shown = all.slice(0, Math.max(0, options.room - 1));
    const more = all.length - shown.length;
    return options.room === 0
        ? []
        : [
            ...shown,
            {
                level: 'notice',
                title: 'tlsguard: more policy changes',
                message: `${more} more policy change${more === 1 ? '' : 's'} — see the job summary.`,
            },
        ];
}
function notice(where, parts) {
    return {
        level: 'notice',
        ...where,
        title: 'tlsguard: policy change',
        message: (0,annotations/* annotationText */.xr)(parts.join('')),
    };
}

;// CONCATENATED MODULE: ./src/report/step-annotations.ts



/**
 * Every annotation of a step, in the order they are printed, within GitHub's budget of 10 per level:
 * a notice on each line that changes the policy (leaving one notice for the findings' "N more"), then
 * the findings (see `planAnnotations`). The Action and `tlsguard scan --format github` both print
 * these, so a workflow gets the same annotations either way.
 */
function planStepAnnotations(result, failing, options) {
    const used = { error: 0, warning: 0, notice: 0, ...options.alreadyUsed };
    const notices = (0,policy/* hasPolicyChanges */.S)(result.policy)
        ? planPolicyAnnotations(result.policy, {
            pathPrefix: options.pathPrefix,
            room: Math.max(0, annotations/* ANNOTATIONS_PER_LEVEL */.eA - used.notice - 1),
            subject: options.subject,
        })
        : [];
    const plan = (0,annotations/* planAnnotations */.mc)((0,annotations/* annotationCandidates */.AQ)(result.findings, failing), {
        pathPrefix: options.pathPrefix,
        ...(options.changedLines === undefined ? {} : { changedLines: options.changedLines }),
        alreadyUsed: { ...used, notice: used.notice + notices.length },
    });
    return [...notices, ...plan.annotations];
}


/***/ }),

/***/ 5382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderSummaryMarkdown)
/* harmony export */ });
/* unused harmony export SUMMARY_MAX_BYTES */
/* harmony import */ var _finding_groups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51128);
/* harmony import */ var _skipped_folders_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84030);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32585);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77941);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32721);
/* harmony import */ var _policy_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37386);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54285);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90078);








/**
 * GitHub rejects a step summary over 1 MiB whole (nothing is shown). Stay well below it: the summary
 * may share the step with other writers, and every cut is announced.
 */
const SUMMARY_MAX_BYTES = 900 * 1024;
/** Room kept for closing tags and the truncation notes that may follow a table. */
const RESERVE = 4096;
/** The job summary: counts, new findings, then unchanged, fixed and unanalyzable files folded away. */
function renderSummaryMarkdown(result, context, options = {}) {
    const budget = new _budget_js__WEBPACK_IMPORTED_MODULE_1__/* .Budget */ .__(options.maxBytes ?? SUMMARY_MAX_BYTES, _budget_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy);
    const counts = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .tally */ .N4)(result);
    budget.add(heading(counts, context));
    const policyCut = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .hasPolicyChanges */ .S)(result.policy)
        ? (0,_policy_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .addPolicySection */ .$)(budget, result.policy, context)
        : 0;
    budget.add(countsTable(result, counts));
    budget.add(`${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictSentence */ .BT)(context.verdict)} ${comparedWith(result, context)}${diffMode(context)}\n\n${skippedFolders(result)}`);
    const cut = [
        addSection(budget, {
            title: `New findings (${counts.fresh.length})`,
            head: _github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDINGS_TABLE_HEAD */ .dN,
            rows: counts.fresh.map((f) => (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .findingRow */ .ex)(f, context)),
            noun: 'new finding',
        }),
        addSection(budget, {
            title: 'Why these findings are insecure, and how to fix them',
            folded: true,
            head: '',
            rows: explanationRows([...counts.fresh, ...counts.acceptedInChange], context),
            noun: 'explanation',
        }),
        addSection(budget, {
            title: `Accepted in this ${context.pullRequest === true ? 'pull request' : 'change'} (${counts.acceptedInChange.length}) — only by baseline entries it adds`,
            head: _github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDINGS_TABLE_HEAD */ .dN,
            rows: counts.acceptedInChange.map((f) => (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .findingRow */ .ex)(f, context)),
            noun: 'accepted finding',
        }),
        addSection(budget, {
            title: `Unchanged findings (${counts.unchanged.length}) — accepted by the baseline or already on the base`,
            folded: true,
            head: _github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .FINDINGS_TABLE_HEAD */ .dN,
            rows: counts.unchanged.map((f) => (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .findingRow */ .ex)(f, context)),
            noun: 'unchanged finding',
        }),
        addSection(budget, {
            title: `Fixed since the baseline (${counts.fixed})`,
            folded: true,
            head: _github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .FIXED_TABLE_HEAD */ .Re,
            rows: result.fixed.map((e) => (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedRow */ .lN)(e, context)),
            noun: 'fixed entry',
            pluralNoun: 'fixed entries',
        }),
        addSection(budget, {
            title: `Files that could not be fully analyzed (${result.diagnostics.length})`,
            folded: true,
            head: '',
            rows: result.diagnostics.map((d) => diagnosticItem(d, context.pathPrefix)),
            noun: 'file',
        }),
    ].reduce((sum, left) => sum + left, policyCut);
    budget.add(footer(result, options, cut));
    return budget.toString();
}
function heading(counts, context) {
    const where = context.pathPrefix === '' ? '' : ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(context.pathPrefix)}`;
    const fresh = counts.fresh.length;
    const accepted = counts.acceptedInChange.length;
    if (fresh > 0)
        return `## tlsguard: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(fresh, 'new insecure TLS finding')}${where}\n\n`;
    if (accepted > 0)
        return `## tlsguard: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(accepted, 'insecure TLS finding')} accepted by ${context.pullRequest === true ? "this pull request's" : "this change's"} own baseline${where}\n\n`;
    return `## tlsguard: no new insecure TLS usage${where}\n\n`;
}
function countsTable(result, counts) {
    const { fresh, unchanged, acceptedInChange, fixed } = counts;
    const breakdown = fresh.length === 0 ? '' : ` (${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .severityBreakdown */ .v5)(fresh)})`;
    // The column only when there is something in it: most runs accept nothing of their own.
    const accepted = acceptedInChange.length === 0 ? [] : [['Accepted here', String(acceptedInChange.length)]];
    const columns = [
        ['New', `**${fresh.length}**${breakdown}`],
        ...accepted,
        ['Unchanged', String(unchanged.length)],
        ['Fixed', String(fixed)],
        ['Suppressed', String(result.suppressed.length)],
        ['Files scanned', `${result.stats.filesDiscovered} (${result.stats.filesParsed} parsed)`],
    ];
    const row = (cells) => `| ${cells.join(' | ')} |\n`;
    return `${row(columns.map(([name = '']) => name))}${row(columns.map(() => '---'))}${row(columns.map(([, value = '']) => value))}\n`;
}
function comparedWith(result, context) {
    const baseline = result.baseline;
    const parts = [];
    if (baseline?.file !== undefined)
        parts.push('the baseline file');
    if (baseline?.baseRef !== undefined)
        parts.push(`the base commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(shortRef(baseline.baseRef))}`);
    if (parts.length === 0) {
        return context.verdict.failOn === 'new'
            ? 'No baseline file or base commit: every finding counts as new.'
            : '';
    }
    return `Findings already in ${parts.join(' and ')} are reported as unchanged.`;
}
/** Source that was not scanned must not go unnoticed: one line per skipped folder that git tracks files in. */
function skippedFolders(result) {
    const notes = (0,_skipped_folders_js__WEBPACK_IMPORTED_MODULE_6__/* .skippedFolderNotes */ .y)(result.stats);
    if (notes.length === 0)
        return '';
    const lines = notes.map((folder) => `- skipped ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(folder.path)}: ${(0,_skipped_folders_js__WEBPACK_IMPORTED_MODULE_6__/* .fileCount */ .w)(folder.files)} — add ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(`"${folder.pattern}"`)} to \`include\` in \`.tlsguard.json\` to scan it`);
    return `${lines.join('\n')}\n\n`;
}
function diffMode(context) {
    if (context.changedSince === undefined)
        return '';
    return ` Only the files changed since ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(shortRef(context.changedSince))} were scanned (set \`changed-only: false\` to scan every file).`;
}
function shortRef(ref) {
    return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}
/** A section with the rows that fit and a note on the rest; returns how many rows were left out. */
function addSection(budget, section) {
    if (section.rows.length === 0)
        return 0;
    budget.add(section.folded === true
        ? `<details><summary>${section.title}</summary>\n\n${section.head}`
        : `### ${section.title}\n\n${section.head}`);
    const left = note(budget, (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .addRows */ .PJ)(budget, section.rows, RESERVE), section.noun, section.pluralNoun);
    budget.add(section.folded === true ? '\n</details>\n\n' : '\n');
    return left;
}
/** Findings listed under an explanation, by location; the tables above list them all. */
const LOCATIONS_PER_EXPLANATION = 10;
/**
 * The explanations (why it is insecure, how to fix it) of the findings in the tables, each once: per
 * rule, each distinct explanation, with the locations it applies to.
 */
function explanationRows(findings, context) {
    return (0,_finding_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .R)(findings).flatMap((rule) => rule.explanations.map(({ explanation, items }) => {
        const places = items.flatMap((item) => item.findings);
        const shown = places
            .slice(0, LOCATIONS_PER_EXPLANATION)
            .map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(`${(0,_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .repoPath */ .q)(context.pathPrefix, f.file)}:${f.line}`));
        const more = places.length - shown.length;
        const tail = more > 0 ? ` and ${more} more` : '';
        return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)(rule.docs, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(rule.ruleId))}** — ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .messageMarkdown */ .zv)(explanation)}<br><sub>${shown.join(' · ')}${tail}</sub>\n\n`;
    }));
}
function diagnosticItem(diagnostic, pathPrefix) {
    const where = diagnostic.line === undefined ? '' : `:${diagnostic.line}`;
    return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(`${(0,_repo_path_js__WEBPACK_IMPORTED_MODULE_7__/* .repoPath */ .q)(pathPrefix, diagnostic.file)}${where}`)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .messageMarkdown */ .zv)(diagnostic.message)}\n`;
}
/** Says explicitly what did not fit; returns the count for the footer. */
function note(budget, left, noun, pluralNoun) {
    if (left > 0) {
        budget.add(`\n_…and ${left} more ${left === 1 ? noun : (pluralNoun ?? `${noun}s`)} not shown: the job summary is limited to 1 MiB._\n`);
    }
    return left;
}
function footer(result, options, cut) {
    const seconds = (result.stats.durationMs / 1000).toFixed(1);
    const sarif = options.sarifFile === undefined
        ? ''
        : ` Every finding is in the SARIF file ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(options.sarifFile)}.`;
    const truncated = cut === 0
        ? ''
        : ` **This summary is truncated** (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(cut, 'row')} left out); <code>tlsguard scan --format json</code> lists everything.`;
    return `<sub>tlsguard scanned ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(result.stats.filesDiscovered, 'file')} in ${seconds} s.${sarif}${truncated}</sub>\n`;
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   v3: () => (/* binding */ cleanLines)
/* harmony export */ });
/* unused harmony export TEXT_MAX_ITEMS */
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32721);
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85985);
/* harmony import */ var _policy_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45132);
/* harmony import */ var _skipped_folders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84030);




const SKIP_LABELS = {
    'excluded-directory': 'excluded folders (node_modules, dist, build, vendor, .yarn tooling)',
    minified: 'minified files',
    vendored: "package managers' generated loaders (.pnp.cjs)",
    'too-large': 'files over the size limit',
    'unsupported-extension': 'files of other languages',
    'ignored-by-config': 'files excluded by configuration',
    symlink: 'symbolic links (their targets are scanned under their own paths)',
};
/**
 * Per section, at most this many findings (or entries, or files) are listed: a pull request can hold
 * any number, and a log or terminal of millions of lines helps nobody. The rest is counted, and
 * `--format json` lists everything. Each finding's lines are bounded too (see `renderFinding`).
 */
const TEXT_MAX_ITEMS = 1000;
/** Human-readable report: findings grouped by file with a one-line code frame, then a summary. */
function renderText(result, options) {
    const paint = painter(options.color);
    const lines = [];
    if ((0,_core_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPolicyChanges */ .S)(result.policy))
        lines.push(...(0,_policy_text_js__WEBPACK_IMPORTED_MODULE_1__/* .policyLines */ .E)(result.policy, clean).map((line, i) => (i === 0 ? paint.bold(line) : line)), '');
    const fresh = result.findings.filter((f) => f.status === 'new');
    for (const [file, findings] of groupByFile(fresh.slice(0, TEXT_MAX_ITEMS))) {
        lines.push(paint.underline(clean(file)));
        for (const finding of findings)
            lines.push(...renderFinding(finding, paint), '');
    }
    lines.push(...more(fresh.length, 'new finding'));
    const accepted = result.findings.filter((f) => f.status === 'unchanged');
    if (accepted.length > 0)
        lines.push(...renderAccepted(accepted, paint), '');
    if (result.fixed.length > 0)
        lines.push(...renderFixed(result), '');
    if (result.diagnostics.length > 0) {
        lines.push(paint.bold('Files that could not be fully analyzed:'));
        for (const diagnostic of result.diagnostics.slice(0, TEXT_MAX_ITEMS))
            lines.push(`  ${renderDiagnostic(diagnostic)}`);
        lines.push(...more(result.diagnostics.length, 'file'), '');
    }
    lines.push(summary(result, paint));
    return `${lines.join('\n')}\n`;
}
/** The note after a list cut at `TEXT_MAX_ITEMS`, or nothing. */
function more(count, noun) {
    const left = count - TEXT_MAX_ITEMS;
    return left > 0
        ? [`  …and ${plural(left, `more ${noun}`)} not listed here; --format json lists every one.`, '']
        : [];
}
/** Columns of the snippet shown on either side of a finding: a minified line is not printed whole. */
const FRAME_WIDTH = 160;
/**
 * The finding with a code frame: its first line, cut to a window around the finding (the snippet may
 * already be a window of a long line, see `Finding.snippetOffset`), and a caret line that never reaches
 * past the code shown.
 */
function renderFinding(finding, paint) {
    const head = `  ${finding.line}:${finding.column}  ${paint.severity(finding.severity)}  ${paint.dim(finding.ruleId)}`;
    const gutter = String(finding.line).length;
    const [first = '', ...rest] = finding.snippet.split('\n');
    const frame = codeFrame(first, finding);
    const lines = [
        `  ${paint.dim(`${finding.line} |`)} ${frame.code}`,
        `  ${' '.repeat(gutter)} ${paint.dim('|')} ${frame.padding}${paint.severityColor(finding.severity, '^'.repeat(frame.width))}`,
    ];
    if (rest.length > 0)
        lines.push(`  ${' '.repeat(gutter)} ${paint.dim('|')} ${paint.dim('…')}`);
    return [head, `  ${clean(finding.message)}`, ...lines, `  ${paint.dim(finding.docs)}`];
}
function codeFrame(line, finding) {
    // Where the finding starts and ends in `line`: the snippet starts at `snippetOffset`, after a `…`.
    const offset = finding.snippetOffset ?? 0;
    const lead = offset > 0 ? 1 : 0;
    const start = clamp(finding.column - 1 - offset + lead, 0, line.length);
    const end = finding.endLine === finding.line
        ? clamp(finding.endColumn - 1 - offset + lead, start, line.length)
        : line.length;
    const from = Math.max(0, start - FRAME_WIDTH);
    const to = Math.min(line.length, Math.max(end, start + 1) + FRAME_WIDTH);
    const before = `${from > 0 ? '…' : ''}${line.slice(from, start)}`;
    const marked = line.slice(start, Math.min(end, start + FRAME_WIDTH));
    const code = `${clean(before)}${clean(line.slice(start, to))}${to < line.length ? '…' : ''}`;
    return {
        code,
        padding: clean(before).replace(/[^\t]/g, ' '),
        width: Math.max(1, clean(marked).length),
    };
}
function clamp(value, low, high) {
    return Math.min(Math.max(value, low), high);
}
/** Accepted findings, one line each: they are known, so the full message would only be noise. */
function renderAccepted(findings, paint) {
    return [
        paint.dim(`Accepted in the baseline (${findings.length}):`),
        ...findings
            .slice(0, TEXT_MAX_ITEMS)
            .map((f) => paint.dim(`  ${clean(f.file)}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}${f.acceptedInChange ? '  (only by an entry this change added)' : ''}`)),
        ...more(findings.length, 'accepted finding'),
    ];
}
function renderFixed(result) {
    const count = result.fixed.reduce((sum, entry) => sum + entry.count, 0);
    const hint = result.baseline?.file === undefined
        ? ''
        : ' (`tlsguard baseline --prune` removes them from the baseline)';
    return [
        `Fixed since the baseline: ${plural(count, 'finding')}${hint}:`,
        ...result.fixed.slice(0, TEXT_MAX_ITEMS).map((entry) => {
            const times = entry.count > 1 ? ` ×${entry.count}` : '';
            return `  ${clean(entry.file)}  ${clean(entry.ruleId)}${times}${entry.snippet === undefined ? '' : `  ${clean(entry.snippet)}`}`;
        }),
        ...more(result.fixed.length, 'fixed entry'),
    ];
}
function renderDiagnostic(diagnostic) {
    const where = diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`;
    return `${clean(diagnostic.file)}${where}  ${clean(diagnostic.message)}`;
}
function summary(result, paint) {
    const { stats } = result;
    const seconds = (stats.durationMs / 1000).toFixed(2);
    const cached = stats.filesFromCache === undefined ? '' : `, ${stats.filesFromCache} from cache`;
    const scanned = `${plural(stats.filesDiscovered, 'file')} scanned, ${stats.filesParsed} parsed${cached}, in ${seconds} s`;
    const total = result.findings.length;
    const fresh = result.findings.filter((f) => f.status === 'new');
    let head;
    if (total === 0)
        head = paint.good('✔ No insecure TLS usage found');
    else if (fresh.length === 0)
        head = paint.good(`✔ No new insecure TLS usage (${plural(total, 'finding')} in the baseline)`);
    else {
        const accepted = total - fresh.length;
        const files = new Set(fresh.map((f) => f.file)).size;
        const tail = accepted > 0 ? `; ${accepted} more in the baseline` : '';
        head = paint.bad(`✖ ${plural(fresh.length, 'new finding')} (${breakdown(fresh)}) in ${plural(files, 'file')}${tail}`);
    }
    return [`${head} (${scanned}).`, ...footnotes(result)].join('\n');
}
function breakdown(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}
function footnotes(result) {
    const skipped = Object.entries(result.stats.filesSkipped)
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => `${count} ${SKIP_LABELS[reason]}`);
    const notes = [];
    if (skipped.length > 0)
        notes.push(`Skipped: ${skipped.join(', ')}.`);
    for (const folder of (0,_skipped_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .skippedFolderNotes */ .y)(result.stats)) {
        notes.push(`Skipped ${clean(folder.path)}: ${(0,_skipped_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .fileCount */ .w)(folder.files)} — add "${clean(folder.pattern)}" to "include" in .tlsguard.json to scan it.`);
    }
    if (result.suppressed.length > 0)
        notes.push(`Suppressed by tlsguard-ignore comments: ${result.suppressed.length}.`);
    return notes;
}
function groupByFile(findings) {
    const groups = new Map();
    for (const finding of findings)
        groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
    return groups;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * Text for a terminal. File names and code are untrusted: control characters (ANSI escapes, carriage
 * returns that would overwrite the line), bidirectional controls and invisible characters are shown
 * as escapes (`\x1b`, `\u202e`), never sent to the terminal; a tab stays a tab.
 */
function clean(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_3__/* .revealHidden */ .C)(text, '\t');
}
/** Like `clean`, for tlsguard's own messages of several lines that quote untrusted text (stderr). */
function cleanLines(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_3__/* .revealHidden */ .C)(text, '\t\n');
}
function painter(color) {
    const wrap = (open, close) => (text) => color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    const red = wrap(31, 39);
    const yellow = wrap(33, 39);
    const cyan = wrap(36, 39);
    const byLevel = {
        error: red,
        warning: yellow,
        note: cyan,
    };
    return {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        underline: wrap(4, 24),
        good: wrap(32, 39),
        bad: red,
        severity: (severity) => byLevel[severity](severity.padEnd(7)),
        severityColor: (severity, text) => byLevel[severity](text),
    };
}


/***/ }),

/***/ 69566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  SQ: () => (/* binding */ scan)
});

// UNUSED EXPORTS: compareFindings, compareText

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/baseline/entries.ts
var baseline_entries = __webpack_require__(82191);
;// CONCATENATED MODULE: ./src/baseline/base-revision.ts


/**
 * The findings the base revision had, as baseline entries (design §5, second mode). Files unchanged since
 * the base keep their findings as they are; changed, renamed and deleted files are read from git at the
 * base (`git show`, in memory — no checkout) and analyzed. Added files have no entries: all new.
 * A base file that cannot be read or parsed fails closed: its findings stay new, with a diagnostic.
 */
async function baseRevisionEntries(baseRef, input, io) {
    const commit = await requireCommit(baseRef, input.root, io.git);
    const changes = await io.git.changesSince(input.root, commit);
    if (!changes)
        throw cannotCompare(baseRef);
    const changed = new Set(changes.map((change) => change.path));
    // Files git does not list as changed that have findings: those the base has keep them as they are.
    const kept = new Set([...input.findings, ...input.suppressed].map((f) => f.file).filter((f) => !changed.has(f)));
    const atBase = kept.size === 0 ? new Set() : await io.git.filesAt(input.root, commit, kept);
    if (!atBase)
        throw cannotCompare(baseRef);
    const unchanged = (f) => !changed.has(f.file) && atBase.has(f.file);
    const entries = (0,baseline_entries/* entriesFromFindings */.j)(input.findings.filter(unchanged), (f) => f.file);
    const suppressed = (0,baseline_entries/* entriesFromFindings */.j)(input.suppressed.filter(unchanged), (f) => f.file);
    const diagnostics = [];
    const toAnalyze = changes.filter((change) => change.status !== 'added' && change.status !== 'copied' && input.inScope(change.path));
    // One git process for all old texts: a pull request can change hundreds of files.
    const texts = await io.git.showAll(input.root, commit, toAnalyze.map((change) => change.oldPath ?? change.path));
    for (const change of toAnalyze) {
        const oldPath = change.oldPath ?? change.path;
        const text = texts ? texts.get(oldPath) : await io.git.show(input.root, commit, oldPath);
        const analyzed = text === undefined ? undefined : await input.analyzeText(oldPath, text);
        if (!analyzed?.ok) {
            diagnostics.push({
                file: change.path,
                kind: 'read-error',
                message: `could not ${text === undefined ? 'read' : 'parse'} ${oldPath} at ${baseRef}; its findings are reported as new`,
            });
        }
        entries.push(...(0,baseline_entries/* entriesFromFindings */.j)(analyzed?.findings ?? [], (f) => f.file));
        suppressed.push(...(0,baseline_entries/* entriesFromFindings */.j)(analyzed?.suppressed ?? [], (f) => f.file));
    }
    const renames = new Map(changes.flatMap((c) => c.status === 'renamed' && c.oldPath !== undefined ? [[c.path, c.oldPath]] : []));
    return {
        entries: (0,baseline_entries/* mergeEntries */.x)(entries),
        suppressed: (0,baseline_entries/* mergeEntries */.x)(suppressed),
        renames,
        diagnostics,
    };
}
function cannotCompare(baseRef) {
    return new errors/* UsageError */.eb(`--base-ref ${baseRef}: git could not compare the work tree with it`);
}
/** The commit `baseRef` names; a usage error that says how to fetch it when the clone lacks it. */
async function requireCommit(baseRef, root, git) {
    const commit = await git.resolveCommit(root, baseRef);
    if (commit !== undefined)
        return commit;
    if (git.workTreePrefix !== undefined && (await git.workTreePrefix(root)) === undefined)
        throw new errors/* UsageError */.eb(`--base-ref ${baseRef}: ${root} is not in a git work tree (or git is not installed), so there is ` +
            `no revision to compare with. Run tlsguard in a clone of the repository, or leave out --base-ref.`);
    const shallow = await git.isShallow(root);
    throw new errors/* UsageError */.eb(`--base-ref ${baseRef}: no such commit in this ${shallow ? 'shallow ' : ''}clone. ` +
        `Fetch it first (git fetch --depth=1 origin <commit>), or check out with more history ` +
        `(actions/checkout: fetch-depth: 2 for a pull request's base, 0 for everything).`);
}

// EXTERNAL MODULE: ./src/baseline/baseline-file.ts
var baseline_file = __webpack_require__(63659);
;// CONCATENATED MODULE: ./src/baseline/match.ts
const exact = (r, p, f, s) => JSON.stringify([r, p, f, s]);
const loose = (r, p, f) => JSON.stringify([r, p, f]);
/**
 * One-to-one matching of findings against baseline entries, strictest pass first (research/baseline.md):
 * 1. same rule, path, fingerprint and scope; 2. ignoring scope (code moved within the file);
 * 3. across a rename git detected; 4. across an untracked rename: the old file is gone and exactly one
 * entry fits. Counts make it a multiset: the third copy of a line accepted twice is new. Findings are
 * taken in source order, so when copies outnumber the entry it is the later ones that are new.
 */
function matchBaseline(findings, entries, context) {
    const remaining = new Map(entries.map((entry) => [entry, entry.count]));
    const matches = findings.map(() => undefined);
    const pass = (key, pathOf) => {
        const buckets = bucket(entries, key);
        findings.forEach((finding, index) => {
            const path = pathOf(finding);
            if (matches[index] || path === undefined)
                return;
            const candidates = buckets.get(key(finding.ruleId, path, finding.fingerprint, finding.scope)) ?? [];
            const entry = candidates.find((candidate) => (remaining.get(candidate) ?? 0) > 0);
            if (entry)
                take(entry, index);
        });
    };
    const take = (entry, index) => {
        remaining.set(entry, (remaining.get(entry) ?? 0) - 1);
        matches[index] = entry;
    };
    pass(exact, (f) => f.file);
    pass(loose, (f) => f.file);
    pass(loose, (f) => context.renames.get(f.file));
    for (const withScope of [true, false]) {
        for (const [entry, indexes] of untrackedRenames(findings, entries, matches, remaining, context, withScope)) {
            for (const index of indexes.slice(0, remaining.get(entry) ?? 0))
                take(entry, index);
        }
    }
    const leftovers = entries
        .map((entry) => ({ entry, count: remaining.get(entry) ?? 0 }))
        .filter((leftover) => leftover.count > 0);
    return { matches, leftovers };
}
/**
 * Entries whose file is gone, paired with the still-new findings of the one other file that has the same
 * rule and fingerprint — only when that pairing is unique on both sides, so a copy never inherits.
 */
function untrackedRenames(findings, entries, matches, remaining, context, withScope) {
    const pairs = new Map();
    const orphans = entries.filter((e) => (remaining.get(e) ?? 0) > 0 && !context.exists(e.path));
    const same = (ruleId, fingerprint, scope, entry) => ruleId === entry.ruleId &&
        fingerprint === entry.fingerprint &&
        (!withScope || scope === (entry.scope ?? ''));
    for (const entry of orphans) {
        const indexes = findings.flatMap((f, index) => !matches[index] && same(f.ruleId, f.fingerprint, f.scope, entry) ? [index] : []);
        const files = new Set(indexes.map((index) => findings[index]?.file));
        const rivals = orphans.filter((o) => same(o.ruleId, o.fingerprint, o.scope ?? '', entry));
        if (files.size === 1 && rivals.length === 1)
            pairs.set(entry, indexes);
    }
    return pairs;
}
function bucket(entries, key) {
    const buckets = new Map();
    for (const entry of entries) {
        const k = key(entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '');
        buckets.set(k, [...(buckets.get(k) ?? []), entry]);
    }
    return buckets;
}

// EXTERNAL MODULE: ./src/baseline/paths.ts
var paths = __webpack_require__(68835);
;// CONCATENATED MODULE: ./src/baseline/compare.ts




/** Classifies findings as new or unchanged against a baseline file and/or a base revision. */
async function compareWithBaseline(request, input, io) {
    const fromFile = request.file === undefined ? undefined : await fileMode(request.file, request, input, io);
    const fromBase = input.base === undefined ? undefined : await baseRevisionMode(input.base, input, io);
    const unchanged = input.findings.map((_, index) => fromFile?.match.matches[index] !== undefined || fromBase?.match.matches[index] !== undefined);
    return {
        unchanged,
        acceptedBy: input.findings.map((_, index) => fromFile?.match.matches[index]),
        atBase: input.findings.map((_, index) => fromBase?.match.matches[index] !== undefined),
        fixed: fromFile ? fromFile.fixed : (fromBase?.fixed ?? []),
        notEvaluated: fromFile?.notEvaluated ?? [],
        stale: fromFile?.stale ?? [],
        entries: fromFile?.entries,
        diagnostics: fromBase?.diagnostics ?? [],
    };
}
async function fileMode(file, request, input, io) {
    const text = request.fileRevision === undefined
        ? await io.fs.readText(file)
        : await io.git.show((0,paths/* dirname */.p)(file), request.fileRevision, file.slice((0,paths/* dirname */.p)(file).length + 1));
    if (text === undefined) {
        if (request.fileRequired)
            throw new errors/* UsageError */.eb(request.fileRevision === undefined
                ? 'baseline file not found'
                : `baseline file not found at ${request.fileRevision}`, file);
        return undefined;
    }
    const entries = (0,baseline_file/* parseBaseline */.nk)(text, file, input.knownRuleIds);
    const folder = (0,paths/* dirname */.p)(file);
    // Matching works on paths relative to the scan root; entries for files outside it are not evaluated.
    const original = new Map();
    const notEvaluated = [];
    for (const entry of entries) {
        const path = (0,paths/* relocate */.s)(entry.path, folder, input.root);
        if (path === undefined)
            notEvaluated.push(entry);
        else
            original.set({ ...entry, path }, entry);
    }
    const local = [...original.keys()];
    const renames = await renamesSinceBaseline(file, input.root, io.git);
    const exists = await existenceCheck(io.fs, input.root, local.map((e) => e.path));
    const match = matchBaseline(input.findings, local, { renames, exists });
    const fixed = [];
    const stale = [];
    for (const { entry, count } of match.leftovers) {
        const source = original.get(entry) ?? entry;
        // A file that was scanned or no longer exists really lost the finding; an excluded one was not looked at.
        if (input.scanned.has(entry.path) || !exists(entry.path)) {
            fixed.push(fixedEntry(entry, count));
            stale.push({ ...source, count });
        }
        else {
            notEvaluated.push({ ...source, count });
        }
    }
    const acceptedBy = match.matches.map((entry) => (entry ? original.get(entry) : undefined));
    return {
        match: { matches: acceptedBy, leftovers: match.leftovers },
        entries,
        fixed,
        stale,
        notEvaluated,
    };
}
/** Renames git detects between the commit that last wrote the baseline and the work tree. */
async function renamesSinceBaseline(file, root, git) {
    const folder = (0,paths/* dirname */.p)(file);
    const commit = await git.lastCommitTouching(folder, file.slice(folder.length + 1));
    const changes = commit === undefined ? undefined : await git.changesSince(root, commit);
    const renames = new Map();
    for (const change of changes ?? []) {
        if (change.status === 'renamed' && change.oldPath !== undefined)
            renames.set(change.path, change.oldPath);
    }
    return renames;
}
async function existenceCheck(fs, root, paths) {
    const present = new Set();
    for (const path of new Set(paths)) {
        if ((await fs.kindOf(`${root}/${path}`)) !== undefined)
            present.add(path);
    }
    return (path) => present.has(path);
}
function fixedEntry(entry, count) {
    return {
        ruleId: entry.ruleId,
        file: entry.path,
        fingerprint: entry.fingerprint,
        count,
        ...(entry.snippet === undefined ? {} : { snippet: entry.snippet }),
    };
}
async function baseRevisionMode(base, input, io) {
    const exists = await existenceCheck(io.fs, input.root, base.entries.map((e) => e.path));
    const match = matchBaseline(input.findings, base.entries, { renames: base.renames, exists });
    const fixed = match.leftovers.map(({ entry, count }) => fixedEntry(entry, count));
    return { match, fixed, diagnostics: base.diagnostics };
}

;// CONCATENATED MODULE: ./src/discover/changed.ts

/**
 * Diff mode: the files that changed since `commit` (added, modified, renamed or copied in the work
 * tree, untracked included), relative to `root`. The scan keeps the discovered files among them, so
 * every exclude and include rule still applies and a pull request costs what its own files cost.
 */
async function changedFiles(root, commit, git) {
    const changes = await git.changesSince(root, commit);
    if (changes === undefined) {
        throw new errors/* UsageError */.eb(`--changed-only: git could not compare the work tree with ${commit}`);
    }
    return new Set(changes.filter((change) => change.status !== 'deleted').map((change) => change.path));
}

// EXTERNAL MODULE: ./src/discover/excludes.ts
var excludes = __webpack_require__(41352);
;// CONCATENATED MODULE: ./src/discover/excluded-folders.ts

/**
 * Sorts the files git lists inside default-excluded folders (`node_modules`, `dist`, `build`,
 * `vendor`). A folder the repository's `.gitignore` explicitly un-ignores (`!packages/node_modules`)
 * holds the project's own source, and so does one an `include` pattern names: those are scanned.
 * The others are skipped — and counted, so no output can hide that source was left out.
 * `toRoot` turns a listed path into one relative to the scan root, as `include` and `isCandidate` see it.
 */
async function sortExcluded(listed, directory, git, rules) {
    const prefixes = new Map(listed.map((path) => [path, excludedPrefixes(path)]));
    const folders = new Set([...prefixes.values()].flat());
    const unignored = folders.size === 0 ? new Set() : await unignoredIn(git, directory, [...folders]);
    const kept = [];
    const counts = new Map();
    for (const [path, excluded] of prefixes) {
        // Yarn's own tooling is un-ignored by every Yarn Berry .gitignore (`!.yarn/plugins`): committed,
        // but never the project's source.
        const blocking = excluded.find((folder) => !unignored.has(folder) || (0,excludes/* isToolingFolder */.J)(folder));
        const root = rules.toRoot(path);
        if (blocking === undefined || rules.include?.lifts?.(root)) {
            kept.push(path);
        }
        else {
            counts.set(blocking, (counts.get(blocking) ?? 0) + (rules.isCandidate(root) ? 1 : 0));
        }
    }
    const skipped = [...counts].map(([folder, files]) => ({ folder, files }));
    return { kept, skipped };
}
/** `a/node_modules/b/dist/c.js` → `['a/node_modules', 'a/node_modules/b/dist']`. */
function excludedPrefixes(path) {
    const prefixes = [];
    let offset = 0;
    for (let folder = (0,excludes/* excludedFolderOf */.Iq)(path); folder !== undefined;) {
        const absolute = path.slice(0, offset) + folder;
        prefixes.push(absolute);
        offset = absolute.length + 1;
        folder = (0,excludes/* excludedFolderOf */.Iq)(path.slice(offset));
    }
    return prefixes;
}
async function unignoredIn(git, directory, folders) {
    return git.unignoredFolders ? git.unignoredFolders(directory, folders) : new Set();
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/gitignore-walk.ts


/**
 * Every file below `start` (paths relative to it, with `/`) for folders that are not git work trees.
 * Nested `.gitignore` files apply to their own folder and below, with the `ignore` package's git
 * semantics. Symlinked folders are not entered, so link loops cannot make the walk endless.
 */
async function walkFiles(fs, start, options) {
    const files = [];
    const visit = async (relative, layers) => {
        const absolute = relative === '' ? start : `${start}/${relative}`;
        const own = options.ignoring ? await loadLayer(fs, absolute, relative) : undefined;
        const active = own ? [...layers, own] : layers;
        const entries = [...(await fs.readDirectory(absolute))].sort((a, b) => a.name < b.name ? -1 : 1);
        for (const entry of entries) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.kind === 'directory') {
                if (entry.name === '.git')
                    continue;
                const excluded = options.ignoring && (0,excludes/* isExcludedDirectory */.iJ)(entry.name, parentName(relative));
                if (excluded && !options.onExcludedDirectory(path, isUnignored(active, path)))
                    continue;
                if (excluded || !isIgnored(active, path, true)) {
                    await visit(path, active);
                }
            }
            else if ((entry.kind === 'file' || entry.kind === 'symlink') &&
                !isIgnored(active, path, false)) {
                files.push(path);
            }
        }
    };
    await visit('', []);
    return files;
}
function parentName(relative) {
    return relative === '' ? undefined : relative.slice(relative.lastIndexOf('/') + 1);
}
async function loadLayer(fs, absolute, relative) {
    const text = await fs.readText(`${absolute}/.gitignore`);
    return text === undefined ? undefined : { base: relative, rules: ignore_default()().add(text) };
}
/** A negation in some `.gitignore` decides the folder: `!packages/node_modules`. */
function isUnignored(layers, path) {
    return layers.some((layer) => {
        const local = layer.base === '' ? path : path.slice(layer.base.length + 1);
        return layer.rules.test(`${local}/`).unignored;
    });
}
function isIgnored(layers, path, directory) {
    return layers.some((layer) => {
        const local = layer.base === '' ? path : path.slice(layer.base.length + 1);
        return layer.rules.ignores(directory ? `${local}/` : local);
    });
}

;// CONCATENATED MODULE: ./src/discover/discover.ts




/**
 * The candidate files of a scan. In a git work tree git's own list (tracked + untracked, not ignored),
 * elsewhere an ignore-aware walk; default excludes are applied below each target and counted.
 */
async function discover(request, io) {
    const found = new Map();
    const skipped = {};
    const skip = (reason) => {
        skipped[reason] = (skipped[reason] ?? 0) + 1;
    };
    const skippedFolders = new Map();
    const skipFolder = (folder) => {
        skip('excluded-directory');
        if (folder.files > 0 && !(0,excludes/* isToolingFolder */.J)(folder.path))
            skippedFolders.set(folder.path, folder.files);
    };
    for (const target of request.targets) {
        const kind = await io.fs.kindOf(target);
        if (kind === undefined)
            throw new errors/* UsageError */.eb(`no such file or folder: ${target}`);
        const listed = kind === 'directory' ? await listDirectory(request, io, target, skipFolder) : [target];
        for (const absolute of listed) {
            const path = relativeTo(request.root, absolute);
            if (!request.isCandidate(path) || found.has(path))
                continue;
            const reason = kind === 'directory' ? undefined : explicitFileSkip(request, path);
            if (reason)
                skip(reason);
            else if (!request.noIgnore && (0,excludes/* isMinifiedName */.Fq)(path))
                skip('minified');
            else if (!request.noIgnore && (0,excludes/* isVendoredFile */.ch)(path))
                skip('vendored');
            else if (request.pathFilter && !request.pathFilter(path))
                skip('ignored-by-config');
            else
                found.set(path, { absolute, path });
        }
    }
    const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const folders = [...skippedFolders]
        .map(([path, files]) => ({ path, files }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, skipped, skippedFolders: folders };
}
async function listDirectory(request, io, directory, skipFolder) {
    const toRoot = (relative) => relativeTo(request.root, `${directory}/${relative}`);
    const only = request.only && onlyBelow(request, directory);
    if (only && request.noIgnore)
        return only.map((relative) => `${directory}/${relative}`);
    const fromGit = only ?? (request.noIgnore ? undefined : await io.git.listFiles(directory));
    if (fromGit) {
        const sorted = await sortExcluded(fromGit, directory, io.git, {
            ...(request.includeRules ? { include: request.includeRules } : {}),
            // Files the configuration leaves out anyway are no source the user is missing.
            isCandidate: (path) => request.isCandidate(path) && (request.pathFilter?.(path) ?? true),
            toRoot,
        });
        for (const { folder, files } of sorted.skipped)
            skipFolder({ path: toRoot(folder), files });
        return sorted.kept.map((relative) => `${directory}/${relative}`);
    }
    const walked = await walkFiles(io.fs, directory, {
        ignoring: !request.noIgnore,
        // Outside git there is nothing tracked to count: a skipped folder is just counted.
        onExcludedDirectory: (relative, unignored) => {
            const projectSource = unignored && !(0,excludes/* isToolingFolder */.J)(relative);
            if (projectSource || request.includeRules?.entersFolder(toRoot(relative)))
                return true;
            skipFolder({ path: toRoot(relative), files: 0 });
            return false;
        },
    });
    return walked.map((relative) => `${directory}/${relative}`);
}
/** The given files below a listed folder, relative to it. */
function onlyBelow(request, directory) {
    const prefix = relativeTo(request.root, directory);
    const below = [...(request.only ?? [])].filter((path) => prefix === '' || path.startsWith(`${prefix}/`));
    return below.map((path) => (prefix === '' ? path : path.slice(prefix.length + 1)));
}
/** A file named on the command line is still left out when it sits in an excluded folder. */
function explicitFileSkip(request, path) {
    if (request.noIgnore)
        return undefined;
    return (0,excludes/* excludedFolderOf */.Iq)(path) === undefined ? undefined : 'excluded-directory';
}
function relativeTo(root, absolute) {
    if (absolute === root)
        return '';
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute;
}

// EXTERNAL MODULE: ./src/engine/suppression-rule.ts
var suppression_rule = __webpack_require__(3240);
// EXTERNAL MODULE: ./src/engine/suppressions.ts
var suppressions = __webpack_require__(51656);
// EXTERNAL MODULE: ./src/languages/index.ts + 5 modules
var languages = __webpack_require__(59918);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(60432);
;// CONCATENATED MODULE: ./src/policy/changes.ts


function policyChanges(input) {
    const configTree = input.headText.config === undefined ? undefined : (0,main.parseTree)(input.headText.config);
    const lineOf = (path) => lineAt(input.headText.config, configTree && (0,main.findNodeAtLocation)(configTree, path));
    return {
        baseRef: input.baseRef,
        source: input.source,
        configFile: input.configFile,
        ...(input.baselineFile === undefined ? {} : { baselineFile: input.baselineFile }),
        acceptedEntries: addedEntries(input.base.baseline, input.head.baseline, input.headText.baseline),
        rules: ruleChanges(input.base.config, input.head.config, input.defaultSeverity).map((change) => withLine(change, lineOf(['rules', change.ruleId]) ?? lineOf(['rules']))),
        settings: settingChanges(input.base.config, input.head.config).map((change) => withLine(change, lineOf([change.key]))),
        suppressions: input.newSuppressions,
        acceptedFindings: input.acceptedFindings,
        problems: input.problems,
    };
}
function withLine(change, line) {
    return line === undefined ? change : { ...change, line };
}
const identity = (entry) => JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);
function addedEntries(base, head, headText) {
    const before = new Map((base ?? []).map((entry) => [identity(entry), entry.count]));
    const lines = headText?.split(/\r?\n/) ?? [];
    const added = [];
    for (const entry of head ?? []) {
        const count = entry.count - (before.get(identity(entry)) ?? 0);
        if (count <= 0)
            continue;
        // One entry per line (serializeBaseline): the line holding its fingerprint and path.
        const index = lines.findIndex((line) => line.includes(entry.fingerprint) && line.includes(JSON.stringify(entry.path)));
        added.push({ entry, added: count, ...(index < 0 ? {} : { line: index + 1 }) });
    }
    return added;
}
function ruleChanges(base, head, defaultSeverity) {
    const ids = new Set([...Object.keys(base.rules ?? {}), ...Object.keys(head.rules ?? {})]);
    const changes = [];
    for (const ruleId of [...ids].sort()) {
        const from = base.rules?.[ruleId] ?? 'default';
        const to = head.rules?.[ruleId] ?? 'default';
        const rank = (setting) => setting === 'off'
            ? -1
            : (0,severity/* severityRank */.qs)(setting === 'default' ? defaultSeverity(ruleId) : setting);
        if (rank(to) < rank(from))
            changes.push({ ruleId, from, to });
    }
    return changes;
}
/** From the weakest setting to the strictest. */
const FAIL_ON_STRICTNESS = ['none', 'new', 'any'];
/** Failing at `note` fails on the most. */
const FAIL_SEVERITY_STRICTNESS = ['error', 'warning', 'note'];
const TEST_SEVERITY_STRICTNESS = ['note', 'warning', 'error'];
const DEFAULTS = {
    failOn: 'new',
    failSeverity: 'warning',
    testSeverity: 'note',
};
function settingChanges(base, head) {
    const changes = [];
    const weakened = (key, order) => {
        const from = base[key] ?? DEFAULTS[key];
        const to = head[key] ?? DEFAULTS[key];
        if (order.indexOf(to) < order.indexOf(from))
            changes.push({ key, from: shown(base[key]), to: shown(head[key]) });
    };
    weakened('failOn', FAIL_ON_STRICTNESS);
    weakened('failSeverity', FAIL_SEVERITY_STRICTNESS);
    weakened('testSeverity', TEST_SEVERITY_STRICTNESS);
    // Which files are scanned, which baseline accepts findings, which are ignored: any change can hide one.
    for (const key of ['include', 'exclude', 'baseline', 'ignore']) {
        const from = shown(base[key]);
        const to = shown(head[key]);
        if (from !== to)
            changes.push({ key, from, to });
    }
    return changes;
}
function shown(value) {
    return value === undefined ? 'default' : JSON.stringify(value);
}
function lineAt(text, node) {
    if (text === undefined || node === undefined)
        return undefined;
    // The key's line: a property's value node sits after its key.
    const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1))
        line++;
    return line;
}
/** The findings a change added that only its own baseline entries accept (not the base commit). */
function acceptedByChange(findings, acceptedBy, atBase, added) {
    return findings.map((_, index) => {
        const entry = acceptedBy[index];
        return entry !== undefined && !atBase[index] && added.has(baselineIdentity(entry));
    });
}
/** The identity of an entry whatever folder its path is relative to: rule, fingerprint, scope, file name. */
function baselineIdentity(entry) {
    return JSON.stringify([entry.ruleId, entry.fingerprint, entry.scope ?? '']);
}

// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(81122);
;// CONCATENATED MODULE: ./src/policy/read.ts



/**
 * Both sides' configuration and baseline: the work tree's, and the base commit's read from git (in
 * memory). A side that cannot be read or is invalid counts as empty and is named in `problems`: the
 * run itself already stopped if the side it is judged by was broken.
 */
async function readPolicyFiles(request, root, commit, knownRuleIds, io) {
    const problems = [];
    const atBase = (path) => io.git.show((0,paths/* dirname */.p)(path), commit, path.slice((0,paths/* dirname */.p)(path).length + 1));
    const headConfigText = await io.fs.readText(request.configFile);
    const [head, base] = [
        await parseConfig(headConfigText, request.configFile, io.fs, 'this change', problems),
        await parseConfig(await atBase(request.configFile), request.configFile, io.fs, 'the base', problems),
    ];
    const baselineOf = (config) => request.baselineOverride === false
        ? undefined
        : (request.baselineOverride ?? config.baseline ?? request.defaultBaselineFile);
    const headBaseline = baselineOf(head);
    const baseBaseline = baselineOf(base);
    const headBaselineText = headBaseline === undefined ? undefined : await io.fs.readText(headBaseline);
    const read = (text, file, side) => file === undefined ? undefined : parseEntries(text, file, root, knownRuleIds, side, problems);
    return {
        head: { config: head, baseline: read(headBaselineText, headBaseline, 'this change') },
        base: {
            config: base,
            baseline: read(baseBaseline && (await atBase(baseBaseline)), baseBaseline, 'the base'),
        },
        headText: {
            ...(headConfigText === undefined ? {} : { config: headConfigText }),
            ...(headBaselineText === undefined ? {} : { baseline: headBaselineText }),
        },
        ...(headBaseline === undefined ? {} : { baselineFile: headBaseline }),
        problems,
    };
}
async function parseConfig(text, path, fs, side, problems) {
    try {
        return await (0,config/* loadConfig */.Z)({ ...fs, readText: () => Promise.resolve(text) }, path, false);
    }
    catch (error) {
        problems.push(`The configuration of ${side} could not be read: ${message(error)}`);
        return {};
    }
}
/** Entries with paths relative to the scan root; entries of files outside it are left out. */
function parseEntries(text, file, root, knownRuleIds, side, problems) {
    if (text === undefined)
        return undefined;
    try {
        return (0,baseline_file/* parseBaseline */.nk)(text, file, knownRuleIds).flatMap((entry) => {
            const path = (0,paths/* relocate */.s)(entry.path, (0,paths/* dirname */.p)(file), root);
            return path === undefined ? [] : [{ ...entry, path }];
        });
    }
    catch (error) {
        problems.push(`The baseline of ${side} could not be read: ${message(error)}`);
        return undefined;
    }
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/policy/stage.ts



/**
 * The suppressions this change added: findings a comment suppresses now that the base did not suppress
 * (matched like baseline entries, so code that only moved keeps its suppression).
 */
function newSuppressions(suppressed, base) {
    const match = matchBaseline(suppressed, base.suppressed, {
        renames: base.renames,
        exists: () => true,
    });
    return suppressed.filter((_, index) => match.matches[index] === undefined);
}
/** A suppressed finding as the finding it was, for `policy: base`: the base did not suppress it. */
function unsuppressed(finding) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the reason is what is dropped
    const { reason, ...rest } = finding;
    return rest;
}
/** Compares the policy with the base commit's and marks what only the change itself accepts. */
async function comparePolicy(request, context, io) {
    const files = await readPolicyFiles(request, context.root, context.commit, context.knownRuleIds, io);
    const changes = policyChanges({
        baseRef: context.baseRef,
        source: request.source,
        base: files.base,
        head: files.head,
        headText: files.headText,
        configFile: relativeFile(request.configFile, context.root),
        ...(files.baselineFile === undefined
            ? {}
            : { baselineFile: relativeFile(files.baselineFile, context.root) }),
        newSuppressions: context.newSuppressions,
        acceptedFindings: 0,
        defaultSeverity: request.defaultSeverity,
        problems: files.problems,
    });
    // With `policy: base` the change's own entries accepted nothing: the base's baseline judged.
    const added = new Set(request.source === 'head'
        ? changes.acceptedEntries.map((item) => baselineIdentity(item.entry))
        : []);
    const accepted = acceptedByChange(context.findings, context.comparison.acceptedBy, context.comparison.atBase, added);
    return {
        changes: { ...changes, acceptedFindings: accepted.filter(Boolean).length },
        acceptedByChange: accepted,
    };
}
/** `path` relative to `root` when below it, else as it is. */
function relativeFile(path, root) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

// EXTERNAL MODULE: ./src/prefilter/prefilter.ts + 2 modules
var prefilter_prefilter = __webpack_require__(1284);
;// CONCATENATED MODULE: ./src/scan/dispatch.ts
/**
 * Text waiting to be parsed before a worker pool pays for itself. Each worker loads the parser and warms
 * up its JIT on its own (typescript-estree runs 2-3x slower cold), and holds its own compiler in memory
 * (~100 MB more per worker). Measured on 2 CPUs (docs/performance.md): a pool costs 1.5-2 s more CPU in
 * all; on an idle machine it wins from ~1-2 MB of source, on a busy one only from ~4-8 MB.
 */
const POOL_THRESHOLD_BYTES = 4 * 1024 * 1024;
/** Per worker, analyses handed to the pool ahead of time, so a worker never idles waiting for the next. */
const QUEUED_PER_WORKER = 4;
/**
 * Decides where files are analyzed. Until enough text to parse has come in, tasks wait (they are few and
 * small by definition); then either a pool starts and takes them, or — when the scan turns out small —
 * `settle()` runs them on the main thread. With a pool, `accept` waits while the pool is full, which
 * keeps the texts in memory bounded however fast files are read.
 */
class Dispatcher {
    local;
    parallelism;
    warn;
    mode;
    pool;
    waiting = [];
    waitingBytes = 0;
    inFlight = 0;
    slotFreed = [];
    analyzedInPool = 0;
    constructor(local, parallelism, warn) {
        this.local = local;
        this.parallelism = parallelism;
        this.warn = warn;
        this.mode =
            parallelism === undefined || parallelism.workers < 1
                ? 'local'
                : parallelism.forced
                    ? 'pool'
                    : 'waiting';
    }
    /** Resolves once the task is taken (at once, unless the pool is full); `output` is its analysis. */
    async accept(task) {
        while (this.mode === 'pool' && this.inFlight >= this.capacity()) {
            await new Promise((wake) => this.slotFreed.push(wake));
        }
        if (this.mode === 'local')
            return { output: Promise.resolve(await this.local(task)) };
        if (this.mode === 'pool')
            return { output: this.toPool(task) };
        const output = new Promise((settle) => {
            this.waiting.push({ task, settle });
        }).then((promise) => promise);
        this.waitingBytes += task.text.length;
        if (this.waitingBytes >= POOL_THRESHOLD_BYTES)
            this.release('pool');
        return { output };
    }
    /** No more files from the scan: what still waits runs on the main thread. The pool stays for `accept`. */
    settle() {
        if (this.mode === 'waiting')
            this.release('local');
    }
    async close() {
        this.settle();
        await this.pool?.close();
        this.pool = undefined;
    }
    /** Worker threads that analyzed files (0: all on the main thread). */
    get workersUsed() {
        return this.analyzedInPool > 0 ? (this.parallelism?.workers ?? 0) : 0;
    }
    release(mode) {
        this.mode = mode;
        const waiting = this.waiting.splice(0);
        this.waitingBytes = 0;
        for (const { task, settle } of waiting) {
            settle(mode === 'pool' ? this.toPool(task) : this.local(task));
        }
    }
    toPool(task) {
        const pool = this.startedPool();
        if (!pool)
            return this.local(task);
        this.inFlight++;
        return pool
            .analyze(task)
            .then((output) => {
            this.analyzedInPool++;
            return output;
        })
            .catch((error) => this.poolFailed(error, task))
            .finally(() => {
            this.inFlight--;
            this.slotFreed.shift()?.();
        });
    }
    startedPool() {
        if (this.mode === 'pool' && !this.pool && this.parallelism) {
            try {
                this.pool = this.parallelism.startPool(this.parallelism.workers);
            }
            catch (error) {
                this.fallBack(error);
            }
        }
        return this.mode === 'pool' ? this.pool : undefined;
    }
    /**
     * A broken pool (a worker that cannot start or crashed) must not lose files: the main thread takes
     * over. A worker that ran out of its capped heap on one large file is not broken: that file goes to
     * the main thread, whose heap is not capped, and the pool (which replaces the worker) goes on.
     */
    poolFailed(error, task) {
        if (this.mode === 'pool' && !isOutOfMemory(error))
            this.fallBack(error);
        return this.local(task);
    }
    fallBack(error) {
        this.mode = 'local';
        this.warn(`the worker threads failed (${error instanceof Error ? error.message : String(error)}); ` +
            'analyzing on the main thread instead');
        for (const wake of this.slotFreed.splice(0))
            wake();
    }
    capacity() {
        return (this.parallelism?.workers ?? 1) * QUEUED_PER_WORKER;
    }
}
function isOutOfMemory(error) {
    return (error instanceof Error &&
        (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ||
            /out of memory/i.test(error.message)));
}

;// CONCATENATED MODULE: ./src/scan/ignore-entries.ts
/**
 * Moves the findings an `ignore` entry covers to the suppressed ones, with the entry's reason: the
 * same outcome as an inline `tlsguard-ignore` comment, for `package.json` and other files without
 * comments.
 */
function applyIgnoreRules(findings, rules) {
    if (rules.length === 0)
        return { kept: [...findings], suppressed: [] };
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const rule = rules.find((candidate) => candidate.rule === finding.ruleId &&
            candidate.matches(finding.file) &&
            (candidate.match === undefined || finding.snippet.includes(candidate.match)));
        if (rule)
            suppressed.push({ ...finding, reason: rule.reason });
        else
            kept.push(finding);
    }
    return { kept, suppressed };
}

;// CONCATENATED MODULE: ./src/scan/git-session.ts
/**
 * One scan's view of git, where each question about the work tree and a commit is asked once. Diff
 * mode, the base revision and the policy check all ask what changed since a pull request's base — each
 * answer a `git diff` that looks at every tracked file plus a walk of the tree for untracked ones — and
 * which commit the base names. With `committed`, "what changed" is what was committed since the base
 * (up to HEAD): no look at the work tree, whose other files earlier steps of a CI job made.
 */
function gitSession(git, options = {}) {
    const changes = new Map();
    const commits = new Map();
    // What changed since a commit: up to the work tree, or (`committed`) up to HEAD only.
    const changedSince = options.committed
        ? (directory, commit) => git.changesBetween(directory, commit, 'HEAD')
        : (directory, commit) => git.changesSince(directory, commit);
    return {
        ...git,
        changesSince: (directory, commit) => once(changes, `${directory}\0${commit}`, () => changedSince(directory, commit)),
        resolveCommit: (directory, revision) => once(commits, `${directory}\0${revision}`, () => git.resolveCommit(directory, revision)),
    };
}
function once(answers, key, ask) {
    let answer = answers.get(key);
    if (!answer) {
        answer = ask();
        answers.set(key, answer);
    }
    return answer;
}

// EXTERNAL MODULE: ./src/scan/file-task.ts
var file_task = __webpack_require__(54473);
;// CONCATENATED MODULE: ./src/core/source-bytes.ts
/** How much of a file is looked at for NUL bytes: git's `buffer_is_binary` looks at the first 8,000. */
const SNIFF_BYTES = 8000;
function sniff(bytes) {
    const first = bytes[0];
    const second = bytes[1];
    if (first === 0xff && second === 0xfe)
        return { kind: 'utf16', text: utf16le.decode(bytes) };
    if (first === 0xfe && second === 0xff)
        return { kind: 'utf16', text: utf16be.decode(bytes) };
    return bytes.subarray(0, SNIFF_BYTES).includes(0) ? { kind: 'binary' } : { kind: 'utf8' };
}
/** UTF-8 text, invalid sequences replaced rather than rejected: a stray Latin-1 byte in a comment is common. */
function decodeUtf8(bytes) {
    try {
        return { text: strict.decode(bytes), valid: true };
    }
    catch {
        return { text: lenient.decode(bytes), valid: false };
    }
}
// All of them drop a leading byte-order mark (the default), and all copy: the bytes may be reused.
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

// EXTERNAL MODULE: ./src/core/non-production.ts
var non_production = __webpack_require__(92590);
;// CONCATENATED MODULE: ./src/scan/scan.ts















const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * The whole pipeline (design §2): discover → prefilter → parse → rules → suppressions → baseline.
 * Pure over its inputs and `io`; the adapters decide what to print and how to exit.
 */
async function scan(options, scanIo) {
    const committed = options.committedChanges === true;
    const io = { ...scanIo, git: gitSession(scanIo.git, { committed }) };
    const started = io.now();
    const discovery = await discoverFiles(options, io);
    io.logger.debug(`discovered ${discovery.files.length} candidate files`);
    const analyzer = fileAnalyzer(options, io);
    try {
        // One file at a time: reads are synchronous system calls underneath (see FileSystem.readFile), the
        // bytes are consumed before the next read, and parsing overlaps reading in the worker threads.
        const pending = [];
        for (const file of discovery.files)
            pending.push(await readFile(file, options, io, analyzer));
        analyzer.dispatcher.settle();
        const outcomes = await Promise.all(pending.map(settleOutcome));
        const ignored = applyIgnoreRules(outcomes.flatMap((o) => o.findings).sort(compareFindings), options.ignore ?? []);
        const scanned = {
            findings: ignored.kept,
            suppressed: [...outcomes.flatMap((o) => o.suppressed), ...ignored.suppressed],
        };
        const inScope = (path) => (0,languages/* isCandidate */.qn)(path) && options.pathFilter(path);
        const knownRuleIds = [...options.knownRuleIds, suppression_rule/* suppressionRule */.Y.id];
        const base = await baseRevision(options, { ...scanned, inScope }, analyzer, io);
        const fresh = base && options.policy ? newSuppressions(scanned.suppressed, base.entries) : [];
        // `policy: base`: a suppression the base did not have does not count; its finding is judged.
        const { findings, suppressed } = options.policy?.source === 'base' && fresh.length > 0
            ? {
                findings: [...scanned.findings, ...fresh.map(unsuppressed)].sort(compareFindings),
                suppressed: scanned.suppressed.filter((finding) => !fresh.includes(finding)),
            }
            : scanned;
        const comparison = await compareWithBaseline(options.baseline, {
            root: options.root,
            findings,
            scanned: new Set(discovery.files.map((file) => file.path)),
            inScope,
            knownRuleIds,
            ...(base ? { base: base.entries } : {}),
        }, io);
        const policy = base && options.policy && options.baseline.baseRef !== undefined
            ? await comparePolicy(options.policy, {
                root: options.root,
                baseRef: options.baseline.baseRef,
                commit: base.commit,
                knownRuleIds,
                findings,
                newSuppressions: fresh,
                comparison,
            }, io)
            : undefined;
        return {
            root: options.root,
            findings: findings.map((finding, index) => comparison.unchanged[index]
                ? {
                    ...finding,
                    status: 'unchanged',
                    ...(policy?.acceptedByChange[index] ? { acceptedInChange: true } : {}),
                }
                : finding),
            suppressed,
            fixed: comparison.fixed,
            diagnostics: [...outcomes.flatMap((o) => o.diagnostics), ...comparison.diagnostics],
            stats: {
                ...stats(discovery.files.length, discovery.skipped, outcomes, io.now() - started),
                ...(discovery.skippedFolders.length > 0
                    ? { skippedFolders: discovery.skippedFolders }
                    : {}),
                ...(io.resultCache ? { filesFromCache: outcomes.filter((o) => o.cached).length } : {}),
                workers: analyzer.dispatcher.workersUsed,
            },
            ...baselineInfo(options.baseline, comparison),
            ...(policy ? { policy: policy.changes } : {}),
        };
    }
    finally {
        await analyzer.dispatcher.close();
    }
}
/**
 * The base revision's findings and suppressions (design §5, `--base-ref`): files unchanged since the
 * base keep theirs; changed ones are read from git at the base and analyzed in memory.
 */
async function baseRevision(options, scanned, analyzer, io) {
    const baseRef = options.baseline.baseRef;
    if (baseRef === undefined)
        return undefined;
    const commit = await requireCommit(baseRef, options.root, io.git);
    const entries = await baseRevisionEntries(baseRef, {
        root: options.root,
        ...scanned,
        analyzeText: async (path, text) => {
            const output = await analyzer.analyze(path, text);
            // The same `ignore` entries as the scan's, so an ignored finding is not a new suppression.
            const ignored = applyIgnoreRules(output.findings, options.ignore ?? []);
            return {
                ...output,
                findings: ignored.kept,
                suppressed: [...output.suppressed, ...ignored.suppressed],
                // A file analyzed around syntax errors still has its findings at the base.
                ok: output.diagnostics.every((d) => d.kind === 'partial-parse'),
            };
        },
    }, io);
    return { commit, entries };
}
async function discoverFiles(options, io) {
    const request = {
        root: options.root,
        targets: options.targets,
        noIgnore: options.noIgnore,
        isCandidate: languages/* isCandidate */.qn,
        pathFilter: options.pathFilter,
        ...(options.includeRules ? { includeRules: options.includeRules } : {}),
    };
    if (options.changedSince === undefined)
        return discover(request, io);
    // Diff mode lists only what git says changed: the rest of the tree is never listed or read.
    const commit = await requireCommit(options.changedSince, options.root, io.git);
    const only = await changedFiles(options.root, commit, io.git);
    return discover({ ...request, only }, io);
}
/** Prefilter + parse + rules + suppressions, shared by the scan and the base revision. */
function fileAnalyzer(options, io) {
    const prefilters = new Map();
    const prefilter = (language) => {
        let built = prefilters.get(language);
        if (!built) {
            built =
                options.prefilter === false
                    ? (0,prefilter_prefilter.passEverything)(options.rules, language)
                    : (0,prefilter_prefilter.createPrefilter)(options.rules, { language, alsoParseOn: [suppressions.DIRECTIVE_MARKER] });
            prefilters.set(language, built);
        }
        return built;
    };
    const registry = new Map(options.rules.map((rule) => [rule.id, rule]));
    const settings = {
        knownRuleIds: options.knownRuleIds,
        activeRuleIds: options.rules.map((rule) => rule.id),
        ruleSeverities: [...options.ruleSeverities],
        testSeverity: options.testSeverity,
        ...(options.targetVersions ? { targetVersions: options.targetVersions } : {}),
    };
    const dispatcher = new Dispatcher(async (task) => (0,file_task/* analyzeTask */.q)(await (0,languages/* loadLanguage */.rI)(task.language), task, registry), io.parallelism, (message) => {
        io.logger.warn(message);
    });
    const task = (path, language, text, rules) => {
        const kind = options.nonProduction(path);
        return {
            path,
            language,
            text,
            ruleIds: rules.map((rule) => rule.id),
            severityCap: kind ? { severity: options.testSeverity, where: non_production/* WHERE */.g[kind] } : undefined,
            settings,
        };
    };
    const cache = io.resultCache;
    const submit = async (path, language, text, rules) => {
        const work = task(path, language, text, rules);
        const stored = cache?.get(work);
        if (stored)
            return { output: Promise.resolve(stored), cached: true };
        const { output } = await dispatcher.accept(work);
        return {
            output: cache
                ? output.then((result) => {
                    cache.set(work, result);
                    return result;
                })
                : output,
            cached: false,
        };
    };
    return {
        prefilter,
        dispatcher,
        submit,
        async analyze(path, text) {
            const language = fileLanguage(path, text);
            const verdict = language && prefilter(language.id).check(text);
            if (!language || !verdict?.parse)
                return { findings: [], suppressed: [], diagnostics: [] };
            return (await submit(path, language.id, text, verdict.rules)).output;
        },
    };
}
/** Reads one file and decides whether it needs parsing; only then is it decoded and handed on. */
async function readFile(file, options, io, analyzer) {
    const read = await readSafely(io.fs, file.absolute, options.maxFileBytes);
    // A file read only to look at its first line (no extension) is not ours until that line says so:
    // a large or binary one (a tool shipped without extension) is none of the scan's business.
    if (read.kind !== 'ok' && (0,languages/* languageOf */.eX)(file.path) === undefined)
        return empty({ notOurs: true });
    const problem = (kind, message) => empty({ diagnostics: [{ file: file.path, kind, message }] });
    switch (read.kind) {
        case 'too-large':
            return {
                ...problem('too-large', `skipped: ${megabytes(read.size)} is over the ${megabytes(options.maxFileBytes)} size limit`),
                skip: 'too-large',
            };
        case 'not-a-file':
            return empty({});
        case 'symlink':
            return symlinkOutcome(file, options.root, io.fs);
        case 'error':
            return problem('read-error', `could not read: ${read.message}`);
        case 'ok':
            break;
    }
    const bytes = read.bytes.byteLength;
    const sniffed = sniff(read.bytes);
    if (sniffed.kind === 'binary' && (0,languages/* languageOf */.eX)(file.path) === undefined)
        return empty({ notOurs: true });
    if (sniffed.kind === 'binary') {
        return { ...problem('binary-file', 'skipped: a binary file (it contains NUL bytes)'), bytes };
    }
    const language = fileLanguage(file.path, sniffed.kind === 'utf16' ? sniffed.text : read.bytes);
    if (!language)
        return empty({ notOurs: true });
    // Suppression comments are parsed even without triggers, so a stale one gets reported.
    const content = sniffed.kind === 'utf16' ? sniffed.text : read.bytes;
    const verdict = analyzer.prefilter(language.id).check(content);
    if (!verdict.parse)
        return empty({ bytes });
    // Decoding copies: the bytes may be reused by the next read.
    const decoded = sniffed.kind === 'utf16' ? { text: sniffed.text, valid: true } : decodeUtf8(read.bytes);
    const diagnostics = decoded.valid
        ? []
        : [{ file: file.path, kind: 'invalid-utf8', message: INVALID_UTF8 }];
    const { output, cached } = await analyzer.submit(file.path, language.id, decoded.text, verdict.rules);
    return { diagnostics, bytes, parsed: !cached, cached, output };
}
const LATIN1 = new TextDecoder('latin1');
/** The language of a file that was read: by its path, or for a file without extension by its first line. */
function fileLanguage(path, content) {
    return (0,languages/* languageOf */.eX)(path) ?? (0,languages/* languageOf */.eX)(path, firstLine(content));
}
/** The first line of a file (its shebang, say), at most 200 characters of it. */
function firstLine(content) {
    const head = typeof content === 'string' ? content.slice(0, 200) : LATIN1.decode(content.subarray(0, 200));
    const end = head.search(/\r|\n/);
    return end < 0 ? head : head.slice(0, end);
}
const INVALID_UTF8 = 'not valid UTF-8: analyzed with the invalid bytes replaced, so positions on those lines may be off';
/** `FileSystem.readFile` promises not to throw; a file system that breaks the promise costs one file. */
async function readSafely(fs, path, maxBytes) {
    try {
        return await fs.readFile(path, maxBytes);
    }
    catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
}
/**
 * Symbolic links are never followed: one pointing inside the root names a file that is scanned under
 * its own path (when in scope), and one pointing outside could make a pull request read any file on
 * the runner and show it in a snippet.
 */
async function symlinkOutcome(file, root, fs) {
    const [target, realRoot] = await Promise.all([fs.realPath(file.absolute), fs.realPath(root)]);
    if (target === undefined) {
        const message = 'not scanned: a symbolic link to a file that does not exist';
        return empty({ diagnostics: [{ file: file.path, kind: 'read-error', message }] });
    }
    if (realRoot !== undefined && isInside(target, realRoot))
        return empty({ skip: 'symlink' });
    const message = 'not scanned: a symbolic link to a file outside the scan root';
    return empty({ diagnostics: [{ file: file.path, kind: 'outside-root', message }] });
}
function isInside(path, folder) {
    return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
async function settleOutcome(pending) {
    const output = await pending.output;
    return {
        ...pending,
        findings: output?.findings ?? [],
        suppressed: output?.suppressed ?? [],
        diagnostics: [...pending.diagnostics, ...(output?.diagnostics ?? [])],
    };
}
function empty(partial) {
    return { diagnostics: [], bytes: 0, parsed: false, ...partial };
}
function stats(discovered, discoverySkips, outcomes, durationMs) {
    const skipped = { ...discoverySkips };
    for (const outcome of outcomes) {
        if (outcome.skip)
            skipped[outcome.skip] = (skipped[outcome.skip] ?? 0) + 1;
    }
    // Files read only for their first line, which made them no language's, were never candidates.
    const notOurs = outcomes.filter((o) => o.notOurs).length;
    return {
        filesDiscovered: discovered - notOurs,
        filesRead: outcomes.filter((o) => o.bytes > 0).length,
        filesParsed: outcomes.filter((o) => o.parsed).length,
        bytesRead: outcomes.reduce((sum, o) => sum + o.bytes, 0),
        filesSkipped: skipped,
        durationMs: Math.round(durationMs),
    };
}
function baselineInfo(request, comparison) {
    if (comparison.entries === undefined && request.baseRef === undefined)
        return {};
    return {
        baseline: {
            ...(comparison.entries === undefined || request.file === undefined
                ? {}
                : { file: request.file }),
            ...(request.baseRef === undefined ? {} : { baseRef: request.baseRef }),
            reasons: comparison.acceptedBy.map((entry) => entry?.reason),
            stale: comparison.stale,
            notEvaluated: comparison.notEvaluated,
        },
    };
}
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.messageId, b.messageId));
}
/** Code-point order, independent of the locale (baselines and reports must sort the same everywhere). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 29686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ resolveSettings)
});

// EXTERNAL MODULE: ./src/baseline/baseline-file.ts
var baseline_file = __webpack_require__(63659);
// EXTERNAL MODULE: ./src/config/config.ts
var config_config = __webpack_require__(81122);
// EXTERNAL MODULE: ./src/config/globs.ts
var config_globs = __webpack_require__(36053);
// EXTERNAL MODULE: ./src/config/closest.ts
var closest = __webpack_require__(39417);
// EXTERNAL MODULE: ./src/discover/excludes.ts
var excludes = __webpack_require__(41352);
;// CONCATENATED MODULE: ./src/config/include-overrides.ts


function includeRules(globs) {
    const all = globs ?? [];
    const lifting = all.filter(namesExcludedFolder);
    const restricting = all.filter((glob) => !namesExcludedFolder(glob));
    const bases = lifting.map(config_globs/* globBase */.EI);
    return {
        restrict: restricting.length > 0 ? (0,config_globs/* compileGlobs */.tI)(restricting) : undefined,
        lifts: lifting.length > 0 ? (0,config_globs/* compileGlobs */.tI)(lifting) : undefined,
        entersFolder: (folder) => bases.some((base) => base === '' || base.startsWith(folder) || folder.startsWith(base)),
    };
}
function namesExcludedFolder(glob) {
    return glob.split('/').some((segment) => excludes/* EXCLUDED_DIRECTORIES */.ng.has(segment));
}

;// CONCATENATED MODULE: ./src/config/python-version.ts
/** `3`, `3.12`, `3.12.1`: a version as flags, configuration and project files write it. */
const VERSION = /^(\d{1,2})(?:\.(\d{1,3}))?(?:\.\d+)?$/;
/** `major.minor` of a version written by a user (`3.12`, `3.12.4`); undefined if it is not one. */
function normalizePythonVersion(text) {
    const match = VERSION.exec(text.trim());
    if (match?.[2] === undefined)
        return undefined;
    return `${Number(match[1])}.${Number(match[2])}`;
}
/**
 * The Python version the project at `root` targets, from its own files: `requires-python` in
 * `pyproject.toml` (PEP 621; or Poetry's `python` dependency), else `.python-version` (pyenv), else
 * `runtime.txt` (Heroku-style `python-3.11.4`). A specifier gives its lower bound — the oldest
 * version the project still supports, which is what removals are judged against.
 */
async function projectPythonVersion(fs, root) {
    const readers = [
        ['pyproject.toml', fromPyproject],
        ['.python-version', fromPythonVersionFile],
        ['runtime.txt', fromRuntimeTxt],
    ];
    for (const [source, read] of readers) {
        const text = await fs.readText(fs.resolve(root, source));
        const version = text === undefined ? undefined : read(text);
        if (version !== undefined)
            return { version, source };
    }
    return undefined;
}
/**
 * `requires-python = ">=3.9"` in `[project]`, or `python = "^3.10"` in
 * `[tool.poetry.dependencies]`. The two keys are one-line strings in practice; this reads those lines
 * rather than the whole TOML grammar, and a file it cannot read this way simply gives no version.
 */
function fromPyproject(text) {
    const wanted = {
        project: 'requires-python',
        'tool.poetry.dependencies': 'python',
    };
    let table = '';
    const found = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = tableHeader(line);
        if (header !== undefined) {
            table = header;
            continue;
        }
        const key = wanted[table];
        if (key === undefined)
            continue;
        const entry = new RegExp(`^["']?${key}["']?\\s*=\\s*(?:"([^"]*)"|'([^']*)')\\s*(?:#.*)?$`).exec(line);
        const value = entry?.[1] ?? entry?.[2];
        if (value !== undefined)
            found[table] = value;
    }
    const specifier = found.project ?? found['tool.poetry.dependencies'];
    return specifier === undefined ? undefined : lowerBound(specifier);
}
/** `[project]`, `[ tool.poetry.dependencies ]  # comment` → the table's name, quotes and spaces removed. */
function tableHeader(line) {
    // Split by hand: one regular expression with optional spaces on both sides of the name backtracks.
    if (!line.startsWith('['))
        return undefined;
    // An array of tables (`[[tool.foo]]`) ends the table before it too; its keys are never wanted.
    if (line.startsWith('[['))
        return '[[]]';
    const close = line.indexOf(']');
    if (close < 0)
        return undefined;
    const name = line.slice(1, close);
    const rest = line.slice(close + 1).trim();
    if (!/^[\w.\-"' ]+$/.test(name) || (rest !== '' && !rest.startsWith('#')))
        return undefined;
    return name.replace(/["'\s]/g, '');
}
/** The first version line of a `.python-version` file (`3.11.7`, `3.12`); names like `system` give none. */
function fromPythonVersionFile(text) {
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.replace(/#.*/, '').trim();
        if (trimmed === '')
            continue;
        return normalizePythonVersion(trimmed.replace(/^(?:cpython|python)-?/i, ''));
    }
    return undefined;
}
/** `python-3.11.4` (Heroku's `runtime.txt`). */
function fromRuntimeTxt(text) {
    for (const line of text.split(/\r?\n/)) {
        const match = /^python-(\d+\.\d+(?:\.\d+)?)$/.exec(line.trim());
        if (match?.[1] !== undefined)
            return normalizePythonVersion(match[1]);
    }
    return undefined;
}
/**
 * The lowest `major.minor` a version specifier allows (PEP 440: `>=3.9`, `~=3.10`, `==3.11.*`,
 * `>3.8,<4`; Poetry: `^3.10`, `~3.9`, `3.11.*`): the highest of its lower bounds.
 */
function lowerBound(specifier) {
    let best;
    for (const clause of specifier.split(/[,|]/)) {
        const trimmed = clause.trim();
        const match = /^(>=|>|~=|===|==|\^|~)?\s*v?(\d+)(?:\.(\d+|\*))?/.exec(trimmed);
        if (!match || trimmed.startsWith('<') || trimmed.startsWith('!='))
            continue;
        const major = Number(match[2]);
        const minor = match[3] === undefined || match[3] === '*' ? 0 : Number(match[3]);
        if (!best || major > best[0] || (major === best[0] && minor > best[1]))
            best = [major, minor];
    }
    return best ? `${best[0]}.${best[1]}` : undefined;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/scan/non-production.ts
var non_production = __webpack_require__(55336);
// EXTERNAL MODULE: ./src/scan/scan.ts + 14 modules
var scan = __webpack_require__(69566);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(60432);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/scan/settings.ts











/** Flags > configuration file > defaults (design §7), resolved into the options of one run. */
async function resolveSettings(root, targets, overrides, allRules, fs, 
/** Needed for `policy: base` (the configuration is read from git). */
git) {
    if (overrides.changedOnly && overrides.baseRef === undefined) {
        throw new errors/* UsageError */.eb('--changed-only needs --base-ref <rev>: the revision to compare with (a pull request base)');
    }
    const policy = overrides.policy ?? 'head';
    const fromBase = policy === 'base' ? overrides.baseRef : undefined;
    if (policy === 'base' && (fromBase === undefined || git === undefined))
        throw new errors/* UsageError */.eb('--policy base needs --base-ref <rev>: the revision whose configuration and baseline judge the run');
    const configPath = overrides.config ?? fs.resolve(root, config_config/* CONFIG_FILE_NAME */.a);
    const config = await (0,config_config/* loadConfig */.Z)(fromBase === undefined || git === undefined ? fs : atRevision(fs, git, fromBase), configPath, overrides.config !== undefined);
    const baselineFile = typeof overrides.baseline === 'string'
        ? overrides.baseline
        : (config.baseline ?? fs.resolve(root, baseline_file/* BASELINE_FILE_NAME */.Ng));
    const ruleSeverities = new Map();
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
        if (setting !== 'off')
            ruleSeverities.set(id, setting);
    }
    // Globs given as flags or Action inputs are checked like the configuration's (exit 2 when unreadable).
    (0,config_globs/* checkGlobList */.FW)(overrides.nonProduction, 'non-production');
    (0,config_globs/* checkGlobList */.FW)(overrides.production, 'production');
    const pythonVersion = await targetPythonVersion(overrides, config, root, fs);
    return {
        scan: {
            root,
            targets,
            noIgnore: overrides.noIgnore ?? false,
            maxFileBytes: scan/* DEFAULT_MAX_FILE_BYTES */.CR,
            testSeverity: overrides.testSeverity ?? config.testSeverity ?? 'note',
            nonProduction: (0,non_production/* pathClassifier */.b)({
                nonProduction: overrides.nonProduction ?? config.nonProduction,
                production: overrides.production ?? config.production,
            }),
            rules: allRules.filter((rule) => config.rules?.[rule.id] !== 'off'),
            knownRuleIds: allRules.map((rule) => rule.id),
            ruleSeverities,
            ...(pythonVersion === undefined ? {} : { targetVersions: { python: pythonVersion } }),
            pathFilter: pathFilter(config),
            includeRules: includeRules(config.include),
            ignore: ignoreRules(config, allRules, configPath),
            baseline: {
                ...(overrides.baseline === false
                    ? {}
                    : { file: baselineFile, fileRequired: typeof overrides.baseline === 'string' }),
                ...(overrides.baseRef === undefined ? {} : { baseRef: overrides.baseRef }),
                ...(fromBase === undefined ? {} : { fileRevision: fromBase }),
            },
            ...(overrides.changedOnly ? { changedSince: overrides.baseRef } : {}),
            ...(overrides.baseRef === undefined
                ? {}
                : {
                    policy: {
                        source: policy,
                        configFile: configPath,
                        ...(overrides.baseline === undefined ? {} : { baselineOverride: overrides.baseline }),
                        defaultBaselineFile: fs.resolve(root, baseline_file/* BASELINE_FILE_NAME */.Ng),
                        defaultSeverity: defaultSeverities(allRules),
                    },
                }),
        },
        failOn: overrides.failOn ?? config.failOn ?? 'new',
        failSeverity: overrides.failSeverity ?? config.failSeverity ?? 'error',
        baselineFile,
        partial: targets.length !== 1 || targets[0] !== root || overrides.changedOnly === true,
    };
}
/**
 * The Python version removals are judged against: the flag or Action input, the configuration, or
 * what the project's own files say (`requires-python`, `.python-version`, `runtime.txt`).
 */
async function targetPythonVersion(overrides, config, root, fs) {
    if (overrides.pythonVersion !== undefined) {
        const version = normalizePythonVersion(overrides.pythonVersion);
        if (version === undefined)
            throw new errors/* UsageError */.eb(`--python-version must be a Python version like 3.12 (got ${JSON.stringify(overrides.pythonVersion)})`);
        return version;
    }
    return config.pythonVersion ?? (await projectPythonVersion(fs, root))?.version;
}
/** Reads files as they are at `revision` (`git show`, in memory) instead of from the work tree. */
function atRevision(fs, git, revision) {
    return {
        ...fs,
        readText: (path) => {
            const slash = path.lastIndexOf('/');
            return git.show(path.slice(0, Math.max(slash, 1)), revision, path.slice(slash + 1));
        },
    };
}
/** Each rule's severity when the configuration sets none: that of its most severe message. */
function defaultSeverities(rules) {
    const severities = new Map(rules.map((rule) => {
        const risks = Object.values(rule.meta.messages).map((message) => (0,severity/* riskRank */.wv)(message.risk));
        return [rule.id, (0,severity/* severityForRisk */.M6)(types/* RISKS */.F7[Math.max(...risks)] ?? 'info')];
    }));
    return (ruleId) => severities.get(ruleId) ?? 'warning';
}
/** `ignore` entries, each naming a rule tlsguard has (a typo would silently ignore nothing). */
function ignoreRules(config, rules, configPath) {
    const ids = rules.map((rule) => rule.id);
    return (config.ignore ?? []).map((entry, index) => {
        if (!ids.includes(entry.rule)) {
            throw new errors/* UsageError */.eb(`unknown rule "${entry.rule}" in "ignore[${index}].rule"${(0,closest/* didYouMean */.a)(entry.rule, ids)}`, configPath);
        }
        return {
            matches: (0,config_globs/* compileGlobs */.tI)([entry.path]),
            rule: entry.rule,
            ...(entry.match === undefined ? {} : { match: entry.match }),
            reason: entry.reason,
        };
    });
}
/** The configuration's globs, matched by an automaton that cannot backtrack (config/globs.ts). */
function pathFilter(config) {
    const { restrict, lifts } = includeRules(config.include);
    const include = restrict && lifts ? (path) => restrict(path) || lifts(path) : (restrict ?? undefined);
    const exclude = config.exclude && config.exclude.length > 0 ? (0,config_globs/* compileGlobs */.tI)(config.exclude) : undefined;
    return (path) => (include?.(path) ?? true) && !(exclude?.(path) ?? false);
}


/***/ }),

/***/ 96776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60432);

/** The findings that make the run fail: new ones (or any, per `failOn`) at or above `failSeverity`. */
function failingFindings(findings, failOn, failSeverity) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => (failOn === 'any' || f.status === 'new') && (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .reaches */ .O6)(f.severity, failSeverity));
}


/***/ }),

/***/ 79129:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/tlsguard/tlsguard/blob/main/schema/tlsguard.schema.json","title":"tlsguard configuration (.tlsguard.json)","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editor completion."},"include":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs (relative to the scan root) of the files to scan; default: every file tlsguard reads (JavaScript/TypeScript, configuration and shell files). A glob that names a node_modules, dist, build or vendor folder (\\"vendor/**\\") scans what it matches there too, without narrowing the rest of the scan."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs (relative to the scan root) of files to leave out, in addition to node_modules, dist, build, vendor and *.min.js."},"rules":{"type":"object","description":"Per rule: \\"off\\", or the severity every finding of that rule is reported at.","additionalProperties":false,"properties":{"no-deprecated-tls-api":{"$ref":"#/definitions/ruleSetting"},"no-disabled-cert-verification":{"$ref":"#/definitions/ruleSetting"},"no-hostname-verification-bypass":{"$ref":"#/definitions/ruleSetting"},"no-insecure-browser-automation":{"$ref":"#/definitions/ruleSetting"},"no-insecure-tls-version":{"$ref":"#/definitions/ruleSetting"},"no-tls-key-logging":{"$ref":"#/definitions/ruleSetting"},"no-tls-verification-env-override":{"$ref":"#/definitions/ruleSetting"},"no-unenforced-client-certs":{"$ref":"#/definitions/ruleSetting"},"no-weak-ciphers":{"$ref":"#/definitions/ruleSetting"}}},"baseline":{"type":"string","minLength":1,"description":"Baseline file, relative to this configuration file; default: .tlsguard-baseline.json."},"failOn":{"enum":["new","any","none"],"description":"Which findings fail the run: only new ones (default), any, or none."},"failSeverity":{"$ref":"#/definitions/severity","description":"Lowest severity that fails the run (default: warning)."},"testSeverity":{"$ref":"#/definitions/severity","description":"Findings in test and other non-production code are reported at most at this severity (default: note)."},"nonProduction":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs (relative to the scan root) of more non-production code, capped like test code: e.g. [\\"tools/**\\", \\"scripts/dev-*.js\\"]. By default tests, benchmark(s)/, bench/, example(s)/, demo(s)/, sample(s)/, docs/, fixtures/, playground/, root example.* files and dev-server/bundler configurations are non-production."},"pythonVersion":{"type":"string","pattern":"^[0-9]{1,2}\\\\.[0-9]{1,3}$","description":"The oldest Python version the project supports, as major.minor (\\"3.12\\"): APIs removed in it are errors, removals in later versions notes. Default: requires-python in pyproject.toml, else .python-version, else runtime.txt."},"ignore":{"type":"array","description":"Reviewed, permanent exceptions for files that cannot hold a suppression comment (package.json, JSON files): each entry suppresses the findings of one rule in the files its path glob matches — only those whose source line contains \\"match\\", when given — and says why. Suppressed findings are listed with their reason, like inline suppressions.","items":{"type":"object","additionalProperties":false,"required":["path","rule","reason"],"properties":{"path":{"type":"string","minLength":1,"description":"Glob (relative to the scan root) of the files, e.g. \\"package.json\\" or \\"packages/*/package.json\\"."},"rule":{"type":"string","minLength":1,"description":"The rule id whose findings are suppressed."},"match":{"type":"string","minLength":1,"description":"Only findings whose source line contains this text, e.g. \\"\\\\\\"test:e2e\\\\\\"\\" for one script."},"reason":{"type":"string","minLength":1,"pattern":"\\\\S","description":"Why this is acceptable: shown with every suppressed finding."}}}},"production":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of code that is production after all, although a default non-production pattern matches it: e.g. [\\"src/docs/**\\"]. nonProduction wins over it."}},"definitions":{"severity":{"enum":["note","warning","error"]},"ruleSetting":{"enum":["off","note","warning","error"]}}}');

/***/ })

};
