export const id = 486;
export const ids = [486];
export const modules = {

/***/ 70486:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_code_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18469);
/* harmony import */ var _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75038);
/* harmony import */ var _platform_node_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79662);
/* harmony import */ var _platform_package_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92609);
/* harmony import */ var _platform_parallelism_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88257);
/* harmony import */ var _platform_user_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51451);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47167);








process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .main */ .iW)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
}, {
    fs: _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeFileSystem */ .G,
    git: _platform_node_git_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeGit */ .ns,
    now: () => performance.now(),
    parallelism: _platform_parallelism_js__WEBPACK_IMPORTED_MODULE_5__/* .nodeParallelism */ .T,
    codeIdentity: _platform_code_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .codeIdentity */ .y,
    userCacheFolder: () => (0,_platform_user_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .userCacheFolder */ .s)(process.env, process.platform, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)()),
    docsFolder: _platform_package_files_js__WEBPACK_IMPORTED_MODULE_4__/* .docsFolder */ .M,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 47167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/baseline/baseline-file.ts
var baseline_file = __webpack_require__(63659);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/baseline/entries.ts
var entries = __webpack_require__(82191);
// EXTERNAL MODULE: ./src/baseline/paths.ts
var paths = __webpack_require__(68835);
;// CONCATENATED MODULE: ./src/baseline/update.ts



/**
 * The baseline after `tlsguard baseline`: every current finding (reasons kept), plus the entries this run
 * could not evaluate, plus — unless `prune` — the stale entries, so a partial run never loses anything.
 * With `prune` the file then holds exactly the current findings.
 */
function updatedBaseline(result, file, prune) {
    const folder = (0,paths/* dirname */.p)(file);
    const reasons = new Map(result.findings.map((finding, index) => [finding, result.baseline?.reasons[index]]));
    const current = (0,entries/* entriesFromFindings */.j)(result.findings, (finding) => {
        const path = (0,paths/* relocate */.s)(finding.file, result.root, folder);
        if (path === undefined) {
            throw new errors/* UsageError */.eb(`cannot record ${finding.file}: the baseline must be in the scanned folder or above it`, file);
        }
        return path;
    }, (finding) => reasons.get(finding));
    const kept = [
        ...(result.baseline?.notEvaluated ?? []),
        ...(prune ? [] : (result.baseline?.stale ?? [])),
    ];
    return (0,entries/* mergeEntries */.x)([...current, ...kept]);
}

// EXTERNAL MODULE: ./src/scan/scan.ts + 14 modules
var scan = __webpack_require__(69566);
// EXTERNAL MODULE: ./src/scan/settings.ts + 2 modules
var settings = __webpack_require__(29686);
// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __webpack_require__(96567);
// EXTERNAL MODULE: ./src/core/write-scope.ts
var write_scope = __webpack_require__(56537);
// EXTERNAL MODULE: ./src/scan/verdict.ts
var verdict = __webpack_require__(96776);
// EXTERNAL MODULE: ./src/report/repo-path.ts
var repo_path = __webpack_require__(90078);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/rules/index.ts + 9 modules
var src_rules = __webpack_require__(7853);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/closest.ts
var closest = __webpack_require__(39417);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/cli/report-targets.ts


const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'junit'];
/**
 * The reports `--format` and `--output` ask for, in the order given: an `--output` writes the
 * `--format` given just before it (or, when it comes first, the one right after it); a `--format`
 * without an `--output` goes to standard output, which only one can. When every format goes to a file,
 * standard output gets the text report. The first report returned is always standard output's.
 */
function reportsOf(tokens) {
    const files = [];
    let stdout;
    let pending;
    let orphan;
    for (const token of tokens) {
        if (token.kind !== 'option' || token.value === undefined)
            continue;
        if (token.name === 'format') {
            const format = formatOf(token.value);
            if (orphan !== undefined)
                files.push({ format, file: orphan });
            else {
                if (pending !== undefined)
                    stdout = toStdout(stdout, pending);
                pending = format;
            }
            orphan = undefined;
        }
        else if (token.name === 'output') {
            if (pending !== undefined)
                files.push({ format: pending, file: token.value });
            else if (orphan === undefined)
                orphan = token.value;
            else
                throw new errors/* UsageError */.eb(`--output ${orphan} needs a --format of its own before it`);
            pending = undefined;
        }
    }
    if (orphan !== undefined)
        throw new errors/* UsageError */.eb(`--output ${orphan} needs a --format: which report goes there?`);
    if (pending !== undefined)
        stdout = toStdout(stdout, pending);
    const twice = files.find((report, index) => files.findIndex((r) => r.file === report.file) < index);
    if (twice !== undefined)
        throw new errors/* UsageError */.eb(`--output ${twice.file ?? ''} is given twice: one file, one format`);
    return [{ format: stdout ?? 'text' }, ...files];
}
function toStdout(current, format) {
    if (current === undefined)
        return format;
    throw new errors/* UsageError */.eb(`--format ${current} and --format ${format} would both go to standard output: put --output <file> after all but one`);
}
function formatOf(value) {
    const format = FORMATS.find((candidate) => candidate === value);
    if (format === undefined)
        throw new errors/* UsageError */.eb(`--format must be one of ${FORMATS.join(', ')} (got '${value}')${(0,closest/* didYouMean */.a)(value, FORMATS)}`);
    return format;
}

;// CONCATENATED MODULE: ./src/cli/args.ts






const COMMANDS = ['scan', 'baseline', 'rules', 'explain'];
const FAIL_ON = ['new', 'any', 'none'];
const POLICIES = ['head', 'base'];
const OPTIONS = {
    format: { type: 'string', short: 'f', multiple: true },
    output: { type: 'string', short: 'o', multiple: true },
    root: { type: 'string' },
    config: { type: 'string', short: 'c' },
    baseline: { type: 'string' },
    'no-baseline': { type: 'boolean' },
    'base-ref': { type: 'string' },
    'changed-only': { type: 'boolean' },
    policy: { type: 'string' },
    'no-ignore': { type: 'boolean' },
    'fail-on': { type: 'string' },
    'fail-severity': { type: 'string' },
    'test-severity': { type: 'string' },
    'non-production': { type: 'string', multiple: true },
    production: { type: 'string', multiple: true },
    'python-version': { type: 'string' },
    workers: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    prune: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: OPTIONS,
            allowPositionals: true,
            strict: true,
            tokens: true,
        });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(optionError(error instanceof Error ? error.message : String(error)));
    }
}
/** Node's message for a bad option, shorter, with the closest option for a typo. */
function optionError(message) {
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown === undefined)
        return message.split('. To specify')[0] ?? message;
    const name = unknown.split('=')[0] ?? unknown;
    const options = Object.keys(OPTIONS).map((option) => `--${option}`);
    return `unknown option '${unknown}'${(0,closest/* didYouMean */.a)(name, options)}; tlsguard --help lists the options`;
}
/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
function parseCommand(argv) {
    const parsed = parse(argv);
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, ...rest] = positionals;
    if (command === undefined)
        return { kind: 'help' };
    switch (command) {
        case 'scan':
        case 'baseline':
            return scanCommand(command, parsed, rest);
        case 'rules':
        case 'explain':
            return ruleCommand(command, parsed, rest);
        default:
            throw new errors/* UsageError */.eb(`unknown command '${command}'${(0,closest/* didYouMean */.a)(command, COMMANDS)}; the commands are ${COMMANDS.join(', ')}${/[./\\]/.test(command) ? ` (to scan a path: tlsguard scan ${command})` : ''}`);
    }
}
function scanCommand(command, parsed, paths) {
    const { values } = parsed;
    if (values.prune && command !== 'baseline')
        throw new errors/* UsageError */.eb('--prune goes with the baseline command');
    if (values.baseline !== undefined && values['no-baseline']) {
        throw new errors/* UsageError */.eb('--baseline and --no-baseline contradict each other');
    }
    const options = commandOptions(values, paths, reportsOf(parsed.tokens));
    if (command === 'scan')
        return { kind: 'scan', options };
    if (options.baseline === false)
        throw new errors/* UsageError */.eb('the baseline command cannot take --no-baseline');
    if (options.baseRef !== undefined || options.changedOnly || options.policy !== undefined)
        throw new errors/* UsageError */.eb('the baseline command records a baseline file of the whole root; --base-ref, --changed-only and --policy do not apply');
    if (values.output !== undefined)
        throw new errors/* UsageError */.eb('the baseline command writes the baseline file; --output does not apply');
    return { kind: 'baseline', options, prune: values.prune ?? false };
}
/** `tlsguard rules [--format text|json]` and `tlsguard explain <rule-id>`: nothing else applies. */
function ruleCommand(command, parsed, rest) {
    const given = Object.keys(parsed.values).filter((name) => name !== 'format');
    if (given.length > 0 || (command === 'explain' && parsed.values.format !== undefined))
        throw new errors/* UsageError */.eb(`tlsguard ${command} takes ${command === 'rules' ? 'only --format text|json' : 'no options'} (got --${given[0] ?? 'format'})`);
    if (command === 'explain') {
        const [ruleId, ...more] = rest;
        if (ruleId === undefined || more.length > 0)
            throw new errors/* UsageError */.eb('tlsguard explain takes one rule id, e.g. tlsguard explain no-weak-ciphers');
        return { kind: 'explain', ruleId };
    }
    if (rest.length > 0)
        throw new errors/* UsageError */.eb(`tlsguard rules takes no paths (got '${rest[0]}')`);
    const formats = parsed.values.format ?? ['text'];
    const format = formats.length === 1 ? formats[0] : undefined;
    if (format !== 'text' && format !== 'json')
        throw new errors/* UsageError */.eb(`tlsguard rules --format must be text or json (got '${formats.join(' ')}')`);
    return { kind: 'rules', json: format === 'json' };
}
function commandOptions(values, paths, reports) {
    return {
        paths,
        reports,
        root: values.root,
        config: values.config,
        baseline: values['no-baseline'] ? false : values.baseline,
        baseRef: values['base-ref'],
        changedOnly: values['changed-only'] ?? false,
        policy: optionalOneOf('--policy', values.policy, POLICIES),
        noIgnore: values['no-ignore'] ?? false,
        failOn: optionalOneOf('--fail-on', values['fail-on'], FAIL_ON),
        failSeverity: optionalOneOf('--fail-severity', values['fail-severity'], types/* SEVERITIES */.oC),
        testSeverity: optionalOneOf('--test-severity', values['test-severity'], types/* SEVERITIES */.oC),
        nonProduction: values['non-production'],
        production: values.production,
        pythonVersion: values['python-version'],
        workers: workerCount('--workers', values.workers),
        cache: values['cache-location'] ?? values.cache ?? false,
    };
}
/** A positive whole number of worker threads; `auto` (or nothing) leaves the choice to tlsguard. */
function workerCount(source, value) {
    if (value === undefined || value === 'auto')
        return undefined;
    const count = Number(value);
    if (!/^\d+$/.test(value) || count < 1 || count > 256)
        throw new errors/* UsageError */.eb(`${source} must be a whole number from 1 to 256, or auto (got '${value}')`);
    return count;
}
function optionalOneOf(flag, value, allowed) {
    return value === undefined ? undefined : oneOf(flag, value, allowed);
}
function oneOf(flag, value, allowed) {
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined)
        throw new errors/* UsageError */.eb(`${flag} must be one of ${allowed.join(', ')} (got '${value}')${(0,closest/* didYouMean */.a)(value, allowed)}`);
    return match;
}

;// CONCATENATED MODULE: ./src/cache/result-cache.ts

/** Marks a file as ours, so `--cache-location` can never overwrite anything else. */
const MARKER = 'tlsguard-cache';
/** 2: entries sealed with the machine's key (`mac`). Version 1 files are ours but unsealed: replaced. */
const FORMAT_VERSION = 2;
/**
 * Analyses of earlier scans, keyed by everything an analysis depends on: the file's path and text, the
 * rules the prefilter chose and the scan's settings (`FileTask`), and — for the whole file — the code
 * of tlsguard itself (`identity`: a hash of the bundle and the Node version). A file whose key matches
 * is not parsed again; any change to the file, the configuration or tlsguard misses.
 *
 * A cache could hide findings from whoever can write it, so its entries are sealed with `key`, a secret
 * of this machine's user (kept in the user cache folder, never in a repository): a cache file committed
 * to a repository, edited, or copied from another machine does not verify and is not used.
 */
class ResultCache {
    identity;
    key;
    previous;
    used = new Map();
    constructor(identity, key, previous) {
        this.identity = identity;
        this.key = key;
        this.previous = previous;
    }
    static empty(identity, key) {
        return new ResultCache(identity, key, new Map());
    }
    /** `text` is the file's content, or undefined when there is no file yet. */
    static load(text, identity, key) {
        const empty = ResultCache.empty(identity, key);
        if (text === undefined)
            return { kind: 'ok', cache: empty };
        const document = parseDocument(text);
        if (typeof document === 'string')
            return { kind: 'foreign', problem: document };
        // An older format, or written by another version of tlsguard (or Node): nothing in it still holds.
        if (document.version !== FORMAT_VERSION || document.identity !== identity)
            return { kind: 'ok', cache: empty };
        if (!verifies(document, key)) {
            const rejected = 'its seal does not match this machine’s cache key (it was edited, committed or copied from elsewhere), so none of it is used';
            return { kind: 'ok', cache: empty, rejected };
        }
        return { kind: 'ok', cache: new ResultCache(identity, key, validEntries(document.entries)) };
    }
    /** The stored analysis of a task, if an earlier scan analyzed exactly this. */
    get(task) {
        const key = keyOf(task);
        const entry = this.used.get(key) ?? this.previous.get(key);
        if (entry)
            this.used.set(key, entry);
        return entry?.output;
    }
    set(task, output) {
        this.used.set(keyOf(task), { path: task.path, output });
    }
    /**
     * The file to write. After a scan of the whole root only what it used is kept (deleted and changed
     * files drop out); after a partial scan, entries of the files it did not analyze stay as well.
     */
    serialize(scanWasPartial) {
        const entries = {};
        const analyzed = new Set([...this.used.values()].map((entry) => entry.path));
        if (scanWasPartial) {
            for (const [key, entry] of this.previous) {
                if (!analyzed.has(entry.path))
                    entries[key] = entry;
            }
        }
        for (const [key, entry] of this.used)
            entries[key] = entry;
        const document = {
            tool: MARKER,
            version: FORMAT_VERSION,
            identity: this.identity,
            mac: seal(this.key, this.identity, entries),
            entries,
        };
        return `${JSON.stringify(document)}\n`;
    }
}
/** JSON.stringify of parsed JSON gives back the text it was made from, so the seal survives a round trip. */
function seal(key, identity, entries) {
    return (0,external_node_crypto_.createHmac)('sha256', key)
        .update(identity)
        .update('\0')
        .update(JSON.stringify(entries))
        .digest('hex');
}
function verifies(document, key) {
    if (typeof document.mac !== 'string' || !/^[0-9a-f]{64}$/.test(document.mac))
        return false;
    const expected = Buffer.from(seal(key, document.identity, document.entries), 'hex');
    return (0,external_node_crypto_.timingSafeEqual)(expected, Buffer.from(document.mac, 'hex'));
}
function keyOf(task) {
    const { text, ...rest } = task;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(rest)).update('\0').update(text).digest('hex');
}
/** The cache document, or why the text is not one. */
function parseDocument(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not a tlsguard cache file (it is not JSON)';
    }
    if (!isRecord(value) || value.tool !== MARKER)
        return 'not a tlsguard cache file (no "tool": "tlsguard-cache")';
    if (![1, FORMAT_VERSION].includes(value.version) || typeof value.identity !== 'string')
        return `a tlsguard cache file of an unknown format (version ${JSON.stringify(value.version)})`;
    if (!isRecord(value.entries))
        return 'a damaged tlsguard cache file ("entries" is not an object)';
    return value;
}
/** Entries that do not look like analyses are dropped (they would be analyzed again), never trusted. */
function validEntries(entries) {
    const valid = new Map();
    for (const [key, entry] of Object.entries(entries)) {
        if (isEntry(entry))
            valid.set(key, entry);
    }
    return valid;
}
function isEntry(value) {
    if (!isRecord(value) || typeof value.path !== 'string' || !isRecord(value.output))
        return false;
    const { findings, suppressed, diagnostics } = value.output;
    return Array.isArray(findings) && Array.isArray(suppressed) && Array.isArray(diagnostics);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/cli/cache-file.ts




/** The file name in a folder given to `--cache-location`. */
const DEFAULT_CACHE_NAME = '.tlsguard-cache';
/**
 * The result cache `--cache` asked for: `location` is `true` (the default: a file per scan root in the
 * user cache folder, outside every repository) or the path given, a file or a folder to put
 * `.tlsguard-cache` in (an existing folder, or a path ending in `/`). A file git tracks is never read:
 * a repository must not bring its own cache. Entries are sealed with a key kept in the user cache folder.
 * A file that is not a tlsguard cache stops the run (exit 2) rather than being overwritten. Undefined
 * (with a warning) when the cache cannot be used.
 */
async function openCache(location, paths, io, place, warn) {
    const { folder, identity } = place;
    if (identity === undefined || folder === undefined) {
        warn(identity === undefined
            ? '--cache is ignored when tlsguard runs from its sources (it cannot identify its own code)'
            : '--cache is ignored: there is no user cache folder (set HOME or XDG_CACHE_HOME)');
        return undefined;
    }
    const { file, write } = await cacheFile(location, paths, io.fs, folder);
    const keyFile = `${folder}/key`;
    const tracked = await Promise.all([io.git.isTracked(file), io.git.isTracked(keyFile)]);
    if (tracked.some(Boolean)) {
        warn(`--cache is ignored: ${tracked[0] ? file : keyFile} is tracked by git, and a cache a repository brings could hide findings`);
        return undefined;
    }
    const key = await cacheKey(keyFile, folder, io.fs);
    const loaded = ResultCache.load(await io.fs.readText(file), identity, key);
    if (loaded.kind === 'foreign') {
        throw new errors/* UsageError */.eb(`${loaded.problem}; tlsguard will not overwrite it — delete it or choose another --cache-location`, file);
    }
    if (loaded.rejected !== undefined)
        warn(`the cache ${file}: ${loaded.rejected}`);
    return { file, cache: loaded.cache, write };
}
async function cacheFile(location, paths, fs, folder) {
    if (location === true) {
        // One file per scan root, named by the root's real path (a root reached through a link is the same root).
        const real = (await fs.realPath(paths.root)) ?? paths.root;
        const name = (0,external_node_crypto_.createHash)('sha256').update(real).digest('hex').slice(0, 32);
        return {
            file: `${folder}/results/${name}.json`,
            write: { within: folder, createFolders: true },
        };
    }
    const path = fs.resolve(paths.cwd, location);
    const isFolder = /[/\\]$/.test(location) || (await fs.kindOf(path)) === 'directory';
    const file = isFolder ? fs.resolve(path, DEFAULT_CACHE_NAME) : path;
    return { file, write: { within: (0,write_scope/* writeScope */.S)(file, paths.root) } };
}
/** This user's secret for sealing caches: read, or made once (readable by the owner only). */
async function cacheKey(keyFile, folder, fs) {
    const stored = (await fs.readText(keyFile))?.trim();
    if (stored !== undefined && /^[0-9a-f]{64}$/.test(stored))
        return stored;
    const fresh = (0,external_node_crypto_.randomBytes)(32).toString('hex');
    const write = { within: folder, createFolders: true, private: true };
    if (stored !== undefined)
        await fs.writeText(keyFile, `${fresh}\n`, write);
    else if (!(await fs.createText(keyFile, `${fresh}\n`, write)))
        // Another tlsguard made it first: use theirs.
        return cacheKey(keyFile, folder, fs);
    return fresh;
}
/** Writes the cache; failing to is a warning — the scan's result stands without it. */
async function saveCache(open, scanWasPartial, fs, warn) {
    try {
        await fs.writeText(open.file, open.cache.serialize(scanWasPartial), open.write);
    }
    catch (error) {
        warn(`could not write the cache ${open.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var report_annotations = __webpack_require__(856);
;// CONCATENATED MODULE: ./src/report/gitlab.ts


/** GitLab's levels: info, minor, major, critical, blocker. */
const SEVERITY = {
    error: 'critical',
    warning: 'major',
    note: 'minor',
};
/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): the JSON array of issues GitLab
 * documents — `description` (the headline: the merge request widget shows one line), `check_name`
 * (the rule), `fingerprint`, `severity`, `location.path` (relative to the repository), and
 * `location.lines.begin` — plus `type`, `categories` and `content.body` (the explanation) from the Code
 * Climate spec GitLab's format is a subset of. Every current finding is listed, new and accepted alike:
 * GitLab compares the report with the target branch's to show what a merge request adds.
 */
function renderGitLab(result, options) {
    const seen = new Map();
    const issues = result.findings.map((finding) => {
        const path = (0,repo_path/* repoPath */.q)(options.pathPrefix, finding.file);
        // Identical findings in one file share tlsguard's fingerprint; GitLab needs one per issue.
        const key = `${finding.ruleId}\0${path}\0${finding.fingerprint}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return issue(finding, path, fingerprint(key, occurrence));
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}
function issue(finding, path, id) {
    return {
        type: 'issue',
        check_name: finding.ruleId,
        description: finding.headline,
        content: { body: `${finding.message}\n\n${finding.docs}` },
        categories: ['Security'],
        fingerprint: id,
        severity: SEVERITY[finding.severity],
        location: { path, lines: { begin: finding.line, end: finding.endLine } },
    };
}
/** Stable across runs and line shifts, like tlsguard's own: rule, path, code, and which repeat it is. */
function fingerprint(key, occurrence) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/report/json.ts
const JSON_FORMAT_VERSION = 1;
/** The stable, versioned `--format json` document (design §6). Keys are listed, not spread, on purpose. */
function renderJson(result, tool) {
    const document = {
        version: JSON_FORMAT_VERSION,
        tool: { name: tool.name, version: tool.version },
        findings: result.findings.map(findingJson),
        suppressed: result.suppressed.map((finding) => ({
            ruleId: finding.ruleId,
            file: finding.file,
            line: finding.line,
            column: finding.column,
            fingerprint: finding.fingerprint,
            reason: finding.reason,
        })),
        fixed: result.fixed.map((entry) => ({
            ruleId: entry.ruleId,
            file: entry.file,
            fingerprint: entry.fingerprint,
            count: entry.count,
            ...(entry.snippet === undefined ? {} : { snippet: entry.snippet }),
        })),
        diagnostics: result.diagnostics.map((d) => ({
            file: d.file,
            message: d.message,
            kind: d.kind,
            ...(d.line === undefined ? {} : { line: d.line, column: d.column }),
        })),
        stats: {
            filesDiscovered: result.stats.filesDiscovered,
            filesParsed: result.stats.filesParsed,
            ...(result.stats.filesFromCache === undefined
                ? {}
                : { filesFromCache: result.stats.filesFromCache }),
            filesRead: result.stats.filesRead,
            bytesRead: result.stats.bytesRead,
            filesSkipped: result.stats.filesSkipped,
            ...(result.stats.skippedFolders ? { skippedFolders: result.stats.skippedFolders } : {}),
            workers: result.stats.workers ?? 0,
            durationMs: result.stats.durationMs,
        },
        ...(result.policy === undefined ? {} : { policy: policyJson(result.policy) }),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** What the change did to its own policy (present with --base-ref). */
function policyJson(policy) {
    return {
        baseRef: policy.baseRef,
        source: policy.source,
        configFile: policy.configFile,
        ...(policy.baselineFile === undefined ? {} : { baselineFile: policy.baselineFile }),
        acceptedEntries: policy.acceptedEntries,
        rules: policy.rules,
        settings: policy.settings,
        suppressions: policy.suppressions.map((finding) => ({
            ruleId: finding.ruleId,
            file: finding.file,
            line: finding.line,
            column: finding.column,
            fingerprint: finding.fingerprint,
            reason: finding.reason,
        })),
        acceptedFindings: policy.acceptedFindings,
        problems: policy.problems,
    };
}
function findingJson(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        headline: finding.headline,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        snippet: finding.snippet,
        fingerprint: finding.fingerprint,
        status: finding.status,
        ...(finding.acceptedInChange ? { acceptedInChange: true } : {}),
        cwe: finding.cwe,
        docs: finding.docs,
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/hidden-characters.ts
var hidden_characters = __webpack_require__(85985);
;// CONCATENATED MODULE: ./src/report/xml.ts

/**
 * Text from the repository (file names, code) in XML. Markup characters become entities; characters XML
 * 1.0 forbids (controls, unpaired surrogates, U+FFFE/U+FFFF) and those that hide or reorder text
 * (bidirectional controls, zero-width characters) are written as escapes (`\x1b`, `\u202e`), so the
 * document stays well-formed and shows what the file names really are.
 */
function xmlText(text) {
    return escapeMarkup(revealForXml(text, '\n\t'));
}
/** The same for an attribute value: line breaks are escapes too (parsers fold them into spaces). */
function xmlAttribute(text) {
    return escapeMarkup(revealForXml(text, '')).replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}
const FORBIDDEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
function revealForXml(text, keep) {
    return (0,hidden_characters/* revealHidden */.C)(text, keep).replace(FORBIDDEN, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
function escapeMarkup(text) {
    return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

;// CONCATENATED MODULE: ./src/report/junit.ts



/**
 * A JUnit XML report for Jenkins, Azure Pipelines, GitLab and other test-report viewers: one test
 * suite, one test case per rule. A rule with findings that fail the run fails, and its `<failure>` lists
 * every one of them (file:line:column, severity, headline, explanation, rule page) — one failure element
 * per test case, because Jenkins and Azure show only the first. Other new findings of the rule (below
 * the failing severity) are listed in `<system-out>`, so the report fails exactly when the exit code does.
 */
function renderJUnit(result, options) {
    const ids = [...new Set([...options.ruleIds, ...result.findings.map((f) => f.ruleId)])].sort();
    const failing = new Set(options.failing);
    const cases = ids.map((id) => testCase(id, result.findings.filter((f) => f.ruleId === id), failing, options));
    const failures = cases.filter((c) => c.failed).length;
    const time = (result.stats.durationMs / 1000).toFixed(3);
    const counts = `tests="${ids.length}" failures="${failures}" errors="0" skipped="0" time="${time}"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="tlsguard" ${counts}>`,
        `  <testsuite name="tlsguard" ${counts}>`,
        ...cases.map((c) => c.xml),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
function testCase(ruleId, findings, failing, options) {
    const fails = findings.filter((f) => failing.has(f));
    const others = findings.filter((f) => f.status === 'new' && !failing.has(f));
    const open = `    <testcase classname="tlsguard" name="${xmlAttribute(ruleId)}" time="0"`;
    if (fails.length === 0 && others.length === 0)
        return { failed: false, xml: `${open}/>` };
    const lines = [`${open}>`];
    if (fails.length > 0) {
        const [first] = fails;
        const message = `${(0,markdown/* plural */.LS)(fails.length, 'finding')} failing the run: ${first.headline}${fails.length > 1 ? ' …' : ''}`;
        lines.push(`      <failure type="${first.severity}" message="${xmlAttribute(message)}">${xmlText(fails.map((f) => entry(f, options.pathPrefix)).join('\n\n'))}</failure>`);
    }
    if (others.length > 0)
        lines.push(`      <system-out>${xmlText(`New findings below the failing severity:\n\n${others.map((f) => entry(f, options.pathPrefix)).join('\n\n')}`)}</system-out>`);
    lines.push('    </testcase>');
    return { failed: fails.length > 0, xml: lines.join('\n') };
}
/** One finding as plain text: where, how severe, what, why and how to fix, and the rule's page. */
function entry(finding, pathPrefix) {
    const where = `${(0,repo_path/* repoPath */.q)(pathPrefix, finding.file)}:${finding.line}:${finding.column}`;
    return `${where}  ${finding.severity}  ${finding.headline}\n${finding.message}\n${finding.docs}`;
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/report/step-annotations.ts + 1 modules
var step_annotations = __webpack_require__(78458);
// EXTERNAL MODULE: ./src/report/summary-markdown.ts
var summary_markdown = __webpack_require__(5382);
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
/**
 * Workflow commands printed as text, byte for byte what @actions/core prints for the same call
 * (`core.error(message, properties)`, `core.info`): `tlsguard scan --format github` gives a workflow
 * step the annotations the Action gives. Escaping as in @actions/core's command.ts: `%`, CR and LF in
 * the message; also `:` and `,` in property values, or a file name could end the property early.
 */
function workflowCommand(annotation) {
    const properties = [
        ['title', annotation.title],
        ['file', annotation.file],
        ['line', annotation.startLine],
        ['endLine', annotation.endLine],
        ['col', annotation.startColumn],
        ['endColumn', annotation.endColumn],
    ]
        // @actions/core leaves out empty values (and zeros: no line or column is 0).
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([name, value]) => `${String(name)}=${escapeProperty(String(value))}`);
    const head = properties.length === 0 ? '' : ` ${properties.join(',')}`;
    return `::${annotation.level}${head}::${escapeData(annotation.message)}\n`;
}
/** `core.setFailed(message)`'s annotation: an error without a location. */
function failureCommand(message) {
    return `::error::${escapeData(message)}\n`;
}
/**
 * Text from the repository printed into the log: workflow commands are switched off around it (with
 * a token nobody can guess), so a line of it that reads `::error::…` stays text.
 */
function inertText(text, token) {
    return `::stop-commands::${token}\n${text}\n::${token}::\n`;
}
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

;// CONCATENATED MODULE: ./src/cli/reports.ts











/** One report in one format. `color`: ANSI colours in the text report (a terminal without NO_COLOR). */
function renderReport(format, input, color) {
    const { result, pathPrefix } = input;
    switch (format) {
        case 'text':
            return (0,report_text/* renderText */.S5)(result, { color });
        case 'json':
            return renderJson(result, tool/* TOOL */.j);
        case 'sarif':
            return (0,sarif/* sarifJson */.o9)((0,sarif/* renderSarif */.WH)(result, { tool: tool/* TOOL */.j, rules: src_rules.RULES, pathPrefix }));
        case 'github':
            return githubCommands(input);
        case 'markdown':
            return (0,summary_markdown/* renderSummaryMarkdown */.i)(result, githubContext(input));
        case 'gitlab':
            return renderGitLab(result, { pathPrefix });
        case 'junit':
            return renderJUnit(result, {
                ruleIds: input.settings.scan.rules.map((rule) => rule.id),
                failing: input.failing,
                pathPrefix,
            });
    }
}
/**
 * What the Action prints into a step's log: the text report with workflow commands switched off around
 * it, then the same annotations (policy notices, findings within GitHub's 10 per level, "N more"), then
 * the failure as an error while one is left.
 */
function githubCommands(input) {
    const annotations = (0,step_annotations/* planStepAnnotations */.e)(input.result, input.failing, {
        pathPrefix: input.pathPrefix,
        subject: pullRequest(input.env) ? 'This pull request' : 'This change',
    });
    const { failOn, failSeverity } = input.settings;
    const errors = annotations.filter((a) => a.level === 'error').length;
    const failure = input.failing.length > 0 && errors < report_annotations/* ANNOTATIONS_PER_LEVEL */.eA
        ? failureCommand((0,report_annotations/* failureMessage */.oh)(input.failing.length, failOn, failSeverity))
        : '';
    return `${inertText((0,report_text/* renderText */.S5)(input.result, { color: false }), input.stopToken)}${annotations.map(workflowCommand).join('')}${failure}`;
}
/** The job summary's context; on GitHub Actions (its variables set) with links to the run's commit. */
function githubContext(input) {
    const links = githubLinks(input.env);
    const changedSince = input.settings.scan.changedSince;
    return {
        pathPrefix: input.pathPrefix,
        ...(links === undefined ? {} : { links }),
        verdict: {
            failOn: input.settings.failOn,
            failSeverity: input.settings.failSeverity,
            failing: input.failing.length,
        },
        ...(changedSince === undefined ? {} : { changedSince }),
        ...(pullRequest(input.env) ? { pullRequest: true } : {}),
    };
}
function githubLinks(env) {
    const { GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID } = env;
    if (GITHUB_ACTIONS !== 'true' || !GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA)
        return undefined;
    let server = GITHUB_SERVER_URL;
    while (server.endsWith('/'))
        server = server.slice(0, -1);
    return {
        serverUrl: server,
        repository: GITHUB_REPOSITORY,
        commit: GITHUB_SHA,
        ...(GITHUB_RUN_ID
            ? { runUrl: `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` }
            : {}),
    };
}
function pullRequest(env) {
    return env.GITHUB_ACTIONS === 'true' && (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request');
}

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/cli/rule-commands.ts




/** `tlsguard rules`: every rule with the languages it checks, its default severity and its page. */
function renderRules(rules, json) {
    const rows = rules.map((rule) => ({
        id: rule.id,
        languages: Object.keys(rule.triggers).sort(),
        defaultSeverity: (0,core_rule/* defaultSeverity */.NU)(rule),
        description: rule.meta.description,
        cwe: rule.meta.cwe,
        docs: (0,core_rule/* docsUrl */.fs)(rule.id),
    }));
    if (json)
        return `${JSON.stringify(rows, null, 2)}\n`;
    const width = Math.max(...rows.map((row) => row.id.length));
    const languages = Math.max('languages'.length, ...rows.map((row) => row.languages.join(', ').length));
    const lines = rows.map((row) => `${row.id.padEnd(width)}  ${row.defaultSeverity.padEnd(7)}  ${row.languages.join(', ').padEnd(languages)}  ${row.docs}\n${' '.repeat(width + 2)}${row.description}`);
    return `${'rule'.padEnd(width)}  default  ${'languages'.padEnd(languages)}  docs\n${lines.join('\n')}\n`;
}
/** The docs page of a rule id (or of the suppression findings), relative to the docs folder. */
function pageOf(ruleId, rules) {
    if (ruleId === 'tlsguard/suppression')
        return 'suppressions.md';
    if (rules.some((rule) => rule.id === ruleId))
        return `rules/${ruleId}.md`;
    const ids = rules.map((rule) => rule.id);
    throw new errors/* UsageError */.eb(`'${ruleId}' is not a tlsguard rule${(0,closest/* didYouMean */.a)(ruleId, ids)}; tlsguard rules lists them`);
}
/**
 * `tlsguard explain <rule-id>`: the rule's docs page, read from the `docs/` folder shipped next to the
 * bundle (package.json "files"). Markdown reads well as it is; on a terminal headings are bold.
 */
async function explainRule(ruleId, rules, docsFolder, io) {
    const file = pageOf(ruleId, rules);
    const path = docsFolder === undefined ? undefined : io.fs.resolve(docsFolder, file);
    const text = path === undefined ? undefined : await io.fs.readText(path);
    if (text === undefined)
        throw new errors/* UsageError */.eb(`the docs page of ${ruleId} is not installed with this copy of tlsguard; read it at ${(0,core_rule/* docsUrl */.fs)(ruleId)}`);
    const bold = (line) => (io.color ? `\u001b[1m${line}\u001b[22m` : line);
    // The front matter is for tools (the description, checked against the rule's); the page starts after it.
    const page = text.replace(/^---\n[\s\S]*?\n---\n+/, '');
    return `${page
        .split('\n')
        .map((line) => (/^#{1,6} /.test(line) ? bold((0,report_text/* clean */.uH)(line)) : (0,report_text/* clean */.uH)(line)))
        .join('\n')
        .trimEnd()}\n\n${(0,core_rule/* docsUrl */.fs)(ruleId)}\n`;
}

;// CONCATENATED MODULE: ./src/cli/usage.ts

/** `tlsguard --help`. */
function usage() {
    const rules = src_rules.RULES.map((rule) => `  ${rule.id.padEnd(36)} ${rule.meta.description}`).join('\n');
    return `Usage:
  tlsguard scan [paths...] [options]       report insecure TLS usage
  tlsguard baseline [paths...] [options]   record the current findings as accepted
  tlsguard rules [--format json]           list the rules: languages, default severity, docs
  tlsguard explain <rule-id>               print a rule's documentation

Finds disabled certificate verification and other insecure TLS settings in JavaScript,
TypeScript and Python, and in configuration files: Dockerfiles, GitHub workflows, Compose and
dotenv files, .npmrc/.yarnrc, git, curl, wget and pip configuration, shell and package.json
scripts. Findings recorded in the baseline file (.tlsguard-baseline.json) are reported as
unchanged and do not fail the run: only new ones do. Exit codes: 0 nothing fails, 1 new
findings at or above the failing severity, 2 usage, configuration or baseline error.

Paths default to the current folder. A single folder argument becomes the scan root: reported
paths are relative to it, and .tlsguard.json and .tlsguard-baseline.json are looked up there.
Otherwise the root is the current folder (or --root).

Options:
  -f, --format <format>         report format: text (default), json, sarif, github (workflow
                                commands: annotations as the Action makes them), markdown (the
                                job summary), gitlab (Code Quality), junit (JUnit XML)
  -o, --output <file>           write the --format given just before it to <file>; the terminal
                                still gets the text report (or the one --format left without
                                --output). Repeat the pair for several reports:
                                  -f sarif -o tlsguard.sarif -f junit -o tlsguard.xml
      --root <dir>              folder that reported paths are relative to
  -c, --config <file>           configuration file (default: <root>/.tlsguard.json if present)
      --baseline <file>         baseline file (default: <root>/.tlsguard-baseline.json if present)
      --no-baseline             ignore the baseline file: every finding is new
      --base-ref <rev>          also accept findings the git revision <rev> already had
                                (for a pull request: its base commit)
      --changed-only            scan only the files changed since --base-ref (added, modified,
                                renamed, untracked); the baseline still applies
      --policy <head|base>      with --base-ref: whose .tlsguard.json and baseline judge the run —
                                the work tree's (head, default) or those of <rev> (base). Either
                                way, what the change does to them is reported (policy changes)
      --no-ignore               also scan node_modules, dist, build, vendor, minified and
                                git-ignored files (the 2 MB size limit stays)
      --fail-on <new|any|none>  which findings fail the run (default: new)
      --fail-severity <level>   lowest failing severity: error, warning or note (default: error)
      --test-severity <level>   cap findings in test and other non-production code at this level
                                (default: note)
      --non-production <glob>   more non-production code, capped like test code (repeatable;
                                replaces nonProduction in .tlsguard.json). By default: tests,
                                benchmark(s)/, bench/, example(s)/, demo(s)/, sample(s)/, docs/,
                                fixtures/, playground/, root example.* files, dev-server and
                                bundler configurations
      --production <glob>       production code after all, though a default pattern matches it
                                (repeatable; replaces production in .tlsguard.json)
      --python-version <x.y>    the oldest Python the project supports: APIs removed in it are
                                errors (default: pythonVersion in .tlsguard.json, else
                                requires-python in pyproject.toml, .python-version, runtime.txt)
      --workers <n|auto>        threads for parsing (default: auto, one per CPU but one once a
                                scan has enough to parse; 1: main thread only); env TLSGUARD_WORKERS
      --cache                   keep each file's analysis in the user cache folder and reuse it while
                                the file, the configuration and tlsguard are unchanged
      --cache-location <path>   the cache file, or a folder for it (default: one file per scan root
                                in ~/.cache/tlsguard or its platform equivalent); implies --cache
      --prune                   baseline: also drop entries whose findings are gone, so the file
                                holds exactly the current findings (needs a scan of the whole root)
  -h, --help                    show this help
  -v, --version                 print the version

Suppress one reviewed finding in the code, with a reason (required):
  // tlsguard-ignore-next-line <rule-id> -- <reason>
  doSomething(); // tlsguard-ignore <rule-id> -- <reason>
  # tlsguard-ignore-next-line <rule-id> -- <reason>     (Python)

Rules:
${rules}
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts

















const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** Runs one CLI invocation and returns its exit code. Only usage, configuration and internal errors exit 2. */
async function main(argv, terminal, deps) {
    try {
        const command = parseCommand(argv);
        switch (command.kind) {
            case 'help':
                terminal.write(usage());
                return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
            case 'version':
                terminal.write(`${tool/* TOOL */.j.version}\n`);
                return EXIT_OK;
            case 'scan':
                return await runScan(command.options, terminal, deps);
            case 'baseline':
                return await runBaseline(command.options, command.prune, terminal, deps);
            case 'rules':
                terminal.write(renderRules(src_rules.RULES, command.json));
                return EXIT_OK;
            case 'explain':
                terminal.write(await explainRule(command.ruleId, src_rules.RULES, deps.docsFolder?.(), {
                    fs: deps.fs,
                    color: colorFor(terminal),
                }));
                return EXIT_OK;
        }
    }
    catch (error) {
        return reportError(error, terminal);
    }
}
function reportError(error, terminal) {
    if (error instanceof errors/* UsageError */.eb) {
        terminal.writeError(`tlsguard: ${(0,report_text/* cleanLines */.v3)(error.message)}\n`);
    }
    else {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        terminal.writeError(`tlsguard: internal error, please report it: ${(0,report_text/* cleanLines */.v3)(detail)}\n`);
    }
    return EXIT_USAGE;
}
async function runScan(options, terminal, deps) {
    const settings = await settingsFor(options, terminal, deps);
    const result = await runPipeline(settings.scan, settings.partial, options, terminal, deps);
    const failing = (0,verdict/* failingFindings */.v)(result.findings, settings.failOn, settings.failSeverity);
    const input = {
        result,
        settings,
        failing,
        pathPrefix: await repositoryPrefix(settings.scan.root, deps.git),
        env: terminal.env,
        stopToken: (0,external_node_crypto_.randomUUID)(),
    };
    const [stdout, ...files] = options.reports;
    for (const report of files)
        await writeReport(report, input, terminal, deps);
    terminal.write(renderReport(stdout?.format ?? 'text', input, colorFor(terminal)));
    return failing.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
function colorFor(terminal) {
    return terminal.stdoutIsTTY && !terminal.env.NO_COLOR;
}
/** The scan root relative to the repository's top, for SARIF, annotations and GitLab paths. */
async function repositoryPrefix(root, git) {
    return (0,repo_path/* normalizeRelative */.i)((await git.workTreePrefix?.(root)) ?? '');
}
/**
 * `--output <file>`: written atomically, never through a symbolic link a repository committed on the
 * way to it (a link at the file's own name is replaced, with a warning, as the Action does).
 */
async function writeReport(report, input, terminal, deps) {
    const file = deps.fs.resolve(terminal.cwd, report.file ?? '');
    const text = renderReport(report.format, input, false);
    try {
        const within = (0,write_scope/* writeScope */.S)(file, input.settings.scan.root);
        const { replacedLink } = await deps.fs.writeText(file, text, {
            within,
            createFolders: true,
            replaceLink: true,
        });
        if (replacedLink)
            terminal.writeError(`warning: ${(0,report_text/* clean */.uH)(file)} was a symbolic link; tlsguard replaced the link with the report and left its target alone\n`);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`could not write the ${report.format} report: ${error instanceof Error ? error.message : String(error)}`, file);
    }
}
async function runBaseline(options, prune, terminal, deps) {
    const settings = await settingsFor(options, terminal, deps);
    if (prune && settings.partial) {
        throw new errors/* UsageError */.eb('--prune needs a scan of the whole root: run it without paths (or with the root folder only)');
    }
    const file = settings.baselineFile;
    const result = await runPipeline({ ...settings.scan, baseline: { file, fileRequired: typeof options.baseline === 'string' } }, settings.partial, options, terminal, deps);
    const entries = updatedBaseline(result, file, prune);
    await writeBaseline(deps.fs, file, (0,baseline_file/* serializeBaseline */.ky)(entries), settings.scan.root);
    const occurrences = entries.reduce((sum, entry) => sum + entry.count, 0);
    const stale = result.baseline?.stale.length ?? 0;
    const staleNote = stale === 0
        ? ''
        : prune
            ? `; removed ${stale} stale`
            : `; kept ${stale} stale (run with --prune to drop them)`;
    terminal.write(`Wrote ${(0,report_text/* clean */.uH)(file)}: ${entries.length} entries, ${occurrences} findings${staleNote}.\n`);
    for (const diagnostic of result.diagnostics) {
        terminal.writeError(`warning: ${(0,report_text/* clean */.uH)(diagnostic.file)}: ${(0,report_text/* clean */.uH)(diagnostic.message)}\n`);
    }
    return EXIT_OK;
}
/** The baseline is the user's to write, but never through a link a repository could have committed. */
async function writeBaseline(fs, file, text, root) {
    try {
        await fs.writeText(file, text, { within: (0,write_scope/* writeScope */.S)(file, root) });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`tlsguard did not write it: ${error instanceof Error ? error.message : String(error)}`, file);
    }
}
async function settingsFor(options, terminal, deps) {
    const targets = (options.paths.length > 0 ? options.paths : ['.']).map((path) => deps.fs.resolve(terminal.cwd, path));
    const root = await chooseRoot(options, targets, terminal, deps.fs);
    await requireInsideRoot(options, targets, root, deps.fs);
    const resolve = (path) => path === undefined ? undefined : deps.fs.resolve(terminal.cwd, path);
    return (0,settings/* resolveSettings */.M)(root, targets, {
        ...optional('config', resolve(options.config)),
        ...optional('baseline', options.baseline === false ? false : resolve(options.baseline)),
        ...optional('baseRef', options.baseRef),
        ...optional('failOn', options.failOn),
        ...optional('failSeverity', options.failSeverity),
        ...optional('testSeverity', options.testSeverity),
        ...optional('policy', options.policy),
        ...optional('nonProduction', options.nonProduction),
        ...optional('production', options.production),
        ...optional('pythonVersion', options.pythonVersion),
        noIgnore: options.noIgnore,
        changedOnly: options.changedOnly,
    }, src_rules.RULES, deps.fs, deps.git);
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** One folder argument is the root (paths relative to it); otherwise the current folder or --root. */
async function chooseRoot(options, targets, terminal, fs) {
    if (options.root !== undefined)
        return fs.resolve(terminal.cwd, options.root);
    const [only] = targets;
    if (targets.length === 1 && only !== undefined && (await fs.kindOf(only)) === 'directory')
        return only;
    return fs.resolve(terminal.cwd);
}
/**
 * Findings are reported relative to the root, so every path must be inside it: a path outside would be
 * reported as an absolute path that matches no baseline entry, annotation or link.
 */
async function requireInsideRoot(options, targets, root, fs) {
    const outside = targets.findIndex((target) => target !== root && !target.startsWith(root.endsWith('/') ? root : `${root}/`));
    // A path that does not exist gets the scan's "no such file or folder" instead.
    if (outside < 0 || (await fs.kindOf(targets[outside] ?? '')) === undefined)
        return;
    const given = options.paths[outside] ?? '.';
    const why = options.root === undefined
        ? `the current folder ${root}, which is the scan root when several paths or a file are given`
        : `the scan root ${root} (--root)`;
    throw new errors/* UsageError */.eb(`${given} is not inside ${why}. Reported paths are relative to the root: give a --root that contains every path, or scan from a folder that does.`);
}
/** The scan, with the result cache read before and written after it when `--cache` asks for one. */
async function runPipeline(scanOptions, partial, options, terminal, deps) {
    const io = scanIO(options, terminal, deps);
    const warn = (message) => {
        io.logger.warn(message);
    };
    const cache = options.cache === false
        ? undefined
        : await openCache(options.cache, { root: scanOptions.root, cwd: terminal.cwd }, deps, { folder: deps.userCacheFolder?.(), identity: deps.codeIdentity?.() }, warn);
    const result = await (0,scan/* scan */.SQ)(scanOptions, cache ? { ...io, resultCache: cache.cache } : io);
    if (cache)
        await saveCache(cache, partial, deps.fs, warn);
    return result;
}
function scanIO(options, terminal, deps) {
    // The flag beats the environment variable (handy in CI and for the bench).
    const workers = options.workers ?? workerCount('TLSGUARD_WORKERS', terminal.env.TLSGUARD_WORKERS);
    return {
        fs: deps.fs,
        git: deps.git,
        now: deps.now,
        ...(deps.parallelism ? { parallelism: deps.parallelism(workers) } : {}),
        logger: {
            debug: () => undefined,
            warn: (message) => {
                terminal.writeError(`warning: ${(0,report_text/* cleanLines */.v3)(message)}\n`);
            },
        },
    };
}


/***/ }),

/***/ 18469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ codeIdentity)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _worker_module_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44022);





/**
 * A hash of the code that analyzes files — every chunk of the bundle (rules, parser, compiler) — and of
 * the Node version (how deep a file may nest before it is too complex depends on V8). Results cached
 * under another identity are never used. Undefined when running from the sources (no bundle).
 */
function codeIdentity() {
    const entry = (0,_worker_module_js__WEBPACK_IMPORTED_MODULE_4__/* .workerModule */ .F)();
    if (entry === undefined)
        return undefined;
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(entry));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(process.version);
    const chunks = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(folder)
        .filter((name) => name.endsWith('.js'))
        .sort();
    for (const name of chunks)
        hash.update(`\0${name}\0`).update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name)));
    return hash.digest('hex');
}


/***/ }),

/***/ 92609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ docsFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _worker_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44022);



/**
 * The `docs/` folder shipped next to `dist/` — in the repository, in a git checkout run with npx, and in
 * the npm package (package.json "files") — found from the bundle's own entry (`dist/lib/index.js`).
 * Undefined when running from the sources (there is no bundle).
 */
function docsFolder() {
    const entry = (0,_worker_module_js__WEBPACK_IMPORTED_MODULE_2__/* .workerModule */ .F)();
    return entry === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(entry)), '..', '..', 'docs');
}


/***/ }),

/***/ 88257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ nodeParallelism)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _worker_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44022);


/**
 * Worker threads through tinypool: `requested` is the user's `--workers` (forced), otherwise chosen here
 * and used only when a scan has enough to parse. Without a bundle to load in workers (running from the
 * sources), everything stays on the main thread.
 */
function nodeParallelism(requested) {
    const filename = (0,_worker_module_js__WEBPACK_IMPORTED_MODULE_1__/* .workerModule */ .F)();
    return {
        workers: filename === undefined ? 0 : workerCount(requested),
        forced: requested !== undefined,
        startPool: (workers) => {
            if (filename === undefined)
                throw new Error('no worker module registered');
            return tinypool(filename, workers);
        },
    };
}
// The copy scripts/build.mjs puts next to the bundle (dist/lib/vendor/), loaded as it is published: a
// bundled tinypool cannot find its worker entry. The variable and webpackIgnore keep ncc's hands off.
const TINYPOOL = './vendor/tinypool/dist/index.js';
function tinypool(filename, workers) {
    const pool = import(/* webpackIgnore: true */ TINYPOOL).then(({ default: Tinypool }) => new Tinypool({
        filename,
        name: 'analyzeInWorker',
        minThreads: workers,
        maxThreads: workers,
        // A smaller young generation than V8's default: measured on the npm corpus, peak RSS with two
        // workers dropped from 630-680 MB to ~530 MB at no cost in time. The capped old generation makes
        // V8 collect instead of growing: 907 MB -> 460 MB with two workers (see workerHeapMb).
        // The stack matches the main thread's (V8's default 984 KB; Node keeps 192 KB of a worker's
        // stack in reserve), so how deeply nested a file may be does not depend on which thread
        // analyzes it: with the default 4 MB, a file could be analyzed in a worker but be too complex
        // on the main thread, and its findings would come and go with the pool.
        resourceLimits: {
            maxYoungGenerationSizeMb: 8,
            maxOldGenerationSizeMb: workerHeapMb(),
            stackSizeMb: (984 + 192) / 1024,
        },
    }));
    return {
        analyze: async (task) => (await pool).run(task),
        close: async () => {
            await (await pool.catch(() => undefined))?.destroy();
        },
    };
}
/**
 * Old-generation heap per worker. V8 otherwise grows the heap rather than collect while it parses a
 * megabyte bundle: on the npm corpus peak RSS with two workers was 907 MB uncapped and 460-475 MB at
 * 160, 256 or 384 MB. A file that needs more kills its worker; the dispatcher then analyzes that file
 * on the main thread, whose heap is not capped, so no file is lost (`TLSGUARD_WORKER_HEAP_MB` sets
 * it, for tests).
 */
function workerHeapMb() {
    const configured = Number(process.env.TLSGUARD_WORKER_HEAP_MB);
    return Number.isInteger(configured) && configured > 0 ? configured : 384;
}
/**
 * `--workers 1` is the main thread only (0 workers). Automatically, one worker per CPU but one: the
 * main thread reads and prefilters meanwhile. On the npm corpus with 2 CPUs one worker took about as
 * long as two (13.2-14.2 s against 12.3-13.1 s) at 313-325 MB peak RSS instead of 450-467 MB.
 */
function workerCount(requested) {
    if (requested !== undefined)
        return requested <= 1 ? 0 : requested;
    return Math.max((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() - 1, 0);
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
