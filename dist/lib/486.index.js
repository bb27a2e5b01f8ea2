export const id = 486;
export const ids = [486];
export const modules = {

/***/ 486:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8867);
/* harmony import */ var _platform_node_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9662);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5641);



process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .iW)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
}, { fs: _platform_node_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeFileSystem */ .G, git: _platform_node_git_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeGit */ .n, now: () => performance.now() });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/scan.ts + 16 modules
var scan = __webpack_require__(489);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(432);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/tool.ts

/** Name and version as printed by `--version` and written into JSON and SARIF. */
const TOOL = { name: 'tlsguard', version: package_namespaceObject.rE };

;// CONCATENATED MODULE: ./src/report/json.ts
const JSON_FORMAT_VERSION = 1;
/** The stable, versioned `--format json` document (design §6). Keys are listed, not spread, on purpose. */
function renderJson(result, tool) {
    const document = {
        version: JSON_FORMAT_VERSION,
        tool: { name: tool.name, version: tool.version },
        findings: result.findings.map(findingJson),
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
            filesRead: result.stats.filesRead,
            bytesRead: result.stats.bytesRead,
            filesSkipped: result.stats.filesSkipped,
            durationMs: result.stats.durationMs,
        },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
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
        cwe: finding.cwe,
        docs: finding.docs,
    };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var src_rules = __webpack_require__(9323);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/cli/args.ts



const FORMATS = ['text', 'json'];
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    root: { type: 'string' },
    'no-baseline': { type: 'boolean' },
    'no-ignore': { type: 'boolean' },
    'fail-severity': { type: 'string' },
    'test-severity': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
/** argv (without node and the script) → a command; anything malformed is a UsageError (exit 2). */
function parseCommand(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* UsageError */.e(error instanceof Error
            ? (error.message.split('. To specify')[0] ?? error.message)
            : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, ...paths] = positionals;
    if (command === undefined)
        return { kind: 'help' };
    if (command !== 'scan')
        throw new errors/* UsageError */.e(`unknown command '${command}' (expected: scan)`);
    return {
        kind: 'scan',
        options: {
            paths,
            format: oneOf('--format', values.format ?? 'text', FORMATS),
            root: values.root,
            noBaseline: values['no-baseline'] ?? false,
            noIgnore: values['no-ignore'] ?? false,
            failSeverity: oneOf('--fail-severity', values['fail-severity'] ?? 'warning', types/* SEVERITIES */.o),
            testSeverity: oneOf('--test-severity', values['test-severity'] ?? 'note', types/* SEVERITIES */.o),
        },
    };
}
function oneOf(flag, value, allowed) {
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined)
        throw new errors/* UsageError */.e(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
    return match;
}

;// CONCATENATED MODULE: ./src/cli/usage.ts

/** `tlsguard --help`. */
function usage() {
    const rules = src_rules/* RULES */.y.map((rule) => `  ${rule.id.padEnd(36)} ${rule.meta.description}`).join('\n');
    return `Usage: tlsguard scan [paths...] [options]

Finds disabled certificate verification and other insecure TLS settings in JavaScript and
TypeScript. Exits 1 when a finding reaches the failing severity, 2 on a usage error.

Paths default to the current folder. A single folder argument becomes the scan root: reported
paths are relative to it. Otherwise the root is the current folder (or --root).

Options:
  -f, --format <text|json>      output format (default: text)
      --root <dir>              folder that reported paths are relative to
      --no-baseline             report every finding as new, ignoring any baseline file
      --no-ignore               also scan node_modules, dist, build, vendor, minified and
                                git-ignored files (the 2 MB size limit stays)
      --fail-severity <level>   exit 1 when a new finding is at or above: error, warning or
                                note (default: warning)
      --test-severity <level>   cap findings in test code at this level (default: note)
  -h, --help                    show this help
  -v, --version                 print the version

Rules:
${rules}
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** Runs one CLI invocation and returns its exit code. Only usage and configuration errors exit 2. */
async function main(argv, terminal, deps) {
    try {
        const command = parseCommand(argv);
        if (command.kind === 'help') {
            terminal.write(usage());
            return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
        }
        if (command.kind === 'version') {
            terminal.write(`${TOOL.version}\n`);
            return EXIT_OK;
        }
        return await runScan(command.options, terminal, deps);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e) {
            terminal.writeError(`tlsguard: ${error.message}\n`);
            if (!error.file)
                terminal.writeError(`\n${usage()}`);
        }
        else {
            const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
            terminal.writeError(`tlsguard: internal error, please report it: ${detail}\n`);
        }
        return EXIT_USAGE;
    }
}
async function runScan(options, terminal, deps) {
    const targets = (options.paths.length > 0 ? options.paths : ['.']).map((path) => deps.fs.resolve(terminal.cwd, path));
    const root = await chooseRoot(options, targets, terminal, deps.fs);
    const result = await (0,scan/* scan */.SQ)({
        root,
        targets,
        noIgnore: options.noIgnore,
        maxFileBytes: scan/* DEFAULT_MAX_FILE_BYTES */.CR,
        testSeverity: options.testSeverity,
        rules: src_rules/* RULES */.y,
    }, {
        fs: deps.fs,
        git: deps.git,
        now: deps.now,
        logger: { debug: () => undefined, warn: (m) => terminal.writeError(`warning: ${m}\n`) },
    });
    terminal.write(render(result, options, terminal));
    return failing(result, options) ? EXIT_FINDINGS : EXIT_OK;
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
function render(result, options, terminal) {
    if (options.format === 'json')
        return renderJson(result, TOOL);
    const color = terminal.stdoutIsTTY && !terminal.env.NO_COLOR;
    return (0,report_text/* renderText */.S)(result, { color });
}
function failing(result, options) {
    return result.findings.some((f) => f.status === 'new' && (0,severity/* reaches */.O6)(f.severity, options.failSeverity));
}


/***/ })

};
