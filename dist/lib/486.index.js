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
/* harmony import */ var _platform_parallelism_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88257);
/* harmony import */ var _platform_user_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51451);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89565);







process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_6__/* .main */ .iW)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
}, {
    fs: _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeFileSystem */ .G,
    git: _platform_node_git_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeGit */ .ns,
    now: () => performance.now(),
    parallelism: _platform_parallelism_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeParallelism */ .T,
    codeIdentity: _platform_code_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .codeIdentity */ .y,
    userCacheFolder: () => (0,_platform_user_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .userCacheFolder */ .s)(process.env, process.platform, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)()),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

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

// EXTERNAL MODULE: ./src/scan/scan.ts + 13 modules
var scan = __webpack_require__(67183);
// EXTERNAL MODULE: ./src/scan/settings.ts + 1 modules
var settings = __webpack_require__(28478);
// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __webpack_require__(96567);
// EXTERNAL MODULE: ./src/core/write-scope.ts
var write_scope = __webpack_require__(56537);
// EXTERNAL MODULE: ./src/scan/verdict.ts
var verdict = __webpack_require__(96776);
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

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/rules/index.ts + 7 modules
var src_rules = __webpack_require__(32366);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/cli/args.ts



const FORMATS = ['text', 'json'];
const FAIL_ON = ['new', 'any', 'none'];
const POLICIES = ['head', 'base'];
const OPTIONS = {
    format: { type: 'string', short: 'f' },
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
    workers: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    prune: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* UsageError */.eb(message.split('. To specify')[0] ?? message);
    }
}
/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
function parseCommand(argv) {
    const { values, positionals } = parse(argv);
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, ...paths] = positionals;
    if (command === undefined)
        return { kind: 'help' };
    if (command !== 'scan' && command !== 'baseline') {
        throw new errors/* UsageError */.eb(`unknown command '${command}' (expected: scan, baseline)`);
    }
    if (values.prune && command !== 'baseline')
        throw new errors/* UsageError */.eb('--prune goes with the baseline command');
    if (values.baseline !== undefined && values['no-baseline']) {
        throw new errors/* UsageError */.eb('--baseline and --no-baseline contradict each other');
    }
    const options = commandOptions(values, paths);
    if (command === 'baseline') {
        if (options.baseline === false)
            throw new errors/* UsageError */.eb('the baseline command cannot take --no-baseline');
        if (options.baseRef !== undefined || options.changedOnly || options.policy !== undefined)
            throw new errors/* UsageError */.eb('the baseline command records a baseline file of the whole root; --base-ref, --changed-only and --policy do not apply');
        return { kind: 'baseline', options, prune: values.prune ?? false };
    }
    return { kind: 'scan', options };
}
function commandOptions(values, paths) {
    return {
        paths,
        format: oneOf('--format', values.format ?? 'text', FORMATS),
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
        throw new errors/* UsageError */.eb(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
    return match;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

;// CONCATENATED MODULE: ./src/cli/usage.ts

/** `tlsguard --help`. */
function usage() {
    const rules = src_rules.RULES.map((rule) => `  ${rule.id.padEnd(36)} ${rule.meta.description}`).join('\n');
    return `Usage:
  tlsguard scan [paths...] [options]       report insecure TLS usage
  tlsguard baseline [paths...] [options]   record the current findings as accepted

Finds disabled certificate verification and other insecure TLS settings in JavaScript and
TypeScript. Findings recorded in the baseline file (.tlsguard-baseline.json) are reported as
unchanged and do not fail the run: only new ones do. Exit codes: 0 nothing fails, 1 new
findings at or above the failing severity, 2 usage, configuration or baseline error.

Paths default to the current folder. A single folder argument becomes the scan root: reported
paths are relative to it, and .tlsguard.json and .tlsguard-baseline.json are looked up there.
Otherwise the root is the current folder (or --root).

Options:
  -f, --format <text|json>      output format (default: text)
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
        }
    }
    catch (error) {
        return reportError(error, terminal);
    }
}
function reportError(error, terminal) {
    if (error instanceof errors/* UsageError */.eb) {
        terminal.writeError(`tlsguard: ${(0,report_text/* cleanLines */.v3)(error.message)}\n`);
        if (!error.file && error.message.startsWith('Unknown option'))
            terminal.writeError(`\n${usage()}`);
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
    terminal.write(render(result, options, terminal));
    return (0,verdict/* failingFindings */.v)(result.findings, settings.failOn, settings.failSeverity).length > 0
        ? EXIT_FINDINGS
        : EXIT_OK;
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
function render(result, options, terminal) {
    if (options.format === 'json')
        return renderJson(result, tool/* TOOL */.j);
    const color = terminal.stdoutIsTTY && !terminal.env.NO_COLOR;
    return (0,report_text/* renderText */.S5)(result, { color });
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
