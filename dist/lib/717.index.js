export const id = 717;
export const ids = [717,656];
export const modules = {

/***/ 67282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ describeCondition)
/* harmony export */ });
/** "when `monitor.ignoreTls` is set", "unless `opts.strict` is set", "when `a === b`". */
function describeCondition(condition) {
    const text = `\`${condition.text}\``;
    if (condition.shape === 'test')
        return condition.when === 'set' ? `when ${text}` : `unless ${text}`;
    const verb = condition.shape === 'call' ? 'returns true' : 'is set';
    return condition.when === 'set' ? `when ${text} ${verb}` : `unless ${text} ${verb}`;
}


/***/ }),

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

/***/ 92590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ WHERE)
/* harmony export */ });
const WHERE = {
    test: 'test code',
    example: 'example code',
    benchmark: 'benchmark code',
    docs: 'documentation code',
    tooling: 'development tooling',
    configured: 'code .tlsguard.json declares non-production',
};


/***/ }),

/***/ 22717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FILE_STEP_LIMIT: () => (/* binding */ FILE_STEP_LIMIT),
/* harmony export */   MAX_AST_NODES: () => (/* binding */ MAX_AST_NODES),
/* harmony export */   analyzeFile: () => (/* binding */ analyzeFile),
/* harmony export */   analyzeFileSourced: () => (/* binding */ analyzeFileSourced)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8166);
/* harmony import */ var _line_map_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41881);
/* harmony import */ var _suppression_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3240);
/* harmony import */ var _suppressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51656);





/**
 * Steps one file's checkers may take in all (see `WorkMeter`), each step a value asked for or a
 * reference, write, use or syntax node looked at. A step costs 1-1.7 µs (measured), so this keeps any
 * file's rule time under about five seconds. Real code stays far below it: with every rule on, the most
 * any of the 285 files over 200 KB of the bench's npm corpus took was 0.91 million (an
 * Emscripten-compiled decoder).
 */
const FILE_STEP_LIMIT = 3_000_000;
/**
 * The work limit per file. Real code has 0.03-0.15 syntax nodes per byte (measured on bundles of 1-2 MB),
 * so a file at the 2 MB size limit has at most ~300,000; only dense generated data comes near this.
 */
const MAX_AST_NODES = 1_000_000;
/**
 * Parse → checkers → findings → inline suppressions, for one file of `language`. Failures become
 * diagnostics: nothing one file contains may end the scan (or, in a worker thread, take the worker
 * pool down).
 */
function analyzeFile(language, input) {
    const output = analyzeFileSourced(language, input);
    return { ...output, findings: output.findings.map(({ finding }) => finding) };
}
/** `analyzeFile`, each finding with its report (the ESLint plugin reports offsets, with suggestions). */
function analyzeFileSourced(language, input) {
    try {
        return analyzeParsed(language, input);
    }
    catch (error) {
        return { findings: [], suppressed: [], diagnostics: [failure(input.path, error)] };
    }
}
function analyzeParsed(language, input) {
    const directivesWanted = input.ruleIds !== undefined && input.text.includes(_suppressions_js__WEBPACK_IMPORTED_MODULE_3__.DIRECTIVE_MARKER);
    const maxNodes = input.maxAstNodes ?? MAX_AST_NODES;
    const maxSteps = input.maxAnalysisSteps ?? FILE_STEP_LIMIT;
    const run = language.analyze({
        path: input.path,
        text: input.text,
        rules: input.rules,
        comments: directivesWanted,
        maxNodes,
        maxSteps,
        ...(input.targetVersions ? { targetVersions: input.targetVersions } : {}),
    });
    if (!run.ok)
        return { findings: [], suppressed: [], diagnostics: [unanalyzed(input.path, run, maxNodes)] };
    const source = {
        path: input.path,
        lineMap: new _line_map_js__WEBPACK_IMPORTED_MODULE_4__/* .LineMap */ .H(input.text),
        severityCap: input.severityCap,
        ...(input.testSeverity ? { testSeverity: input.testSeverity } : {}),
    };
    const diagnostics = runDiagnostics(source, input.text, run, maxSteps);
    const sourced = [];
    for (const report of run.reports) {
        try {
            const finding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .toFinding */ .N6)(source, report, input.ruleSeverities?.get(report.rule.id));
            sourced.push({ finding, report });
        }
        catch (error) {
            diagnostics.push(failure(input.path, error));
        }
    }
    if (!input.ruleIds)
        return { findings: sourced, suppressed: [], diagnostics };
    const directives = directivesWanted ? (0,_suppressions_js__WEBPACK_IMPORTED_MODULE_3__.parseDirectives)(run.comments(), source.lineMap) : [];
    const findings = sourced.map(({ finding }) => finding);
    const outcome = (0,_suppressions_js__WEBPACK_IMPORTED_MODULE_3__.applySuppressions)(findings, directives, input.ruleIds, input.ruleIds.suggest);
    const kept = new Set(outcome.kept);
    const problems = outcome.problems.map((problem) => {
        const report = {
            rule: _suppression_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .suppressionRule */ .Y,
            messageId: problem.messageId,
            data: problem.data,
            range: problem.directive.comment.range,
            identity: problem.directive.comment.value.trim(),
            scope: '',
        };
        return { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .toFinding */ .N6)(source, report), report };
    });
    return {
        findings: [...sourced.filter(({ finding }) => kept.has(finding)), ...problems],
        suppressed: outcome.suppressed.map(({ finding, reason }) => ({ ...finding, reason })),
        diagnostics,
    };
}
/** Why a file was not analyzed at all. */
function unanalyzed(file, run, maxNodes) {
    if (run.reason === 'too-many-nodes') {
        const message = `skipped: more than ${maxNodes.toLocaleString('en-US')} syntax nodes, over the work limit per file`;
        return { file, kind: 'too-complex', message };
    }
    return {
        file,
        kind: run.reason === 'too-deep' ? 'too-complex' : 'parse-error',
        message: run.reason === 'too-deep' ? `skipped: ${run.message}` : `could not parse: ${run.message}`,
        ...(run.line === undefined ? {} : { line: run.line, column: run.column }),
    };
}
/** Checkers that failed, the work limit if it was reached, and reports that could not be located. */
function runDiagnostics(source, text, run, maxSteps) {
    const diagnostics = run.failures.map(({ ruleId, error }) => ({
        file: source.path,
        kind: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isStackOverflow */ .fF)(error) ? 'too-complex' : 'internal-error',
        message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
    }));
    if (run.stoppedAt !== undefined) {
        diagnostics.push(stoppedDiagnostic(source, text, run.stoppedAt, maxSteps));
    }
    for (const error of run.errors)
        diagnostics.push(failure(source.path, error));
    const [firstError] = run.syntaxErrors ?? [];
    if (firstError !== undefined)
        diagnostics.push(partialParse(source, run.syntaxErrors?.length ?? 0, firstError));
    return diagnostics;
}
/** Syntax errors the parser recovered from: the findings stand, code near the errors may be missed. */
function partialParse(source, count, offset) {
    const { line, column } = source.lineMap.position(offset);
    const errors = count === 1 ? 'a syntax error' : `${count.toLocaleString('en-US')} syntax errors`;
    return {
        file: source.path,
        kind: 'partial-parse',
        message: `${errors}, the first at line ${line}: analyzed around ${count === 1 ? 'it' : 'them'}, so code in and next to the broken part may have been missed`,
        line,
        column,
    };
}
/** The checkers used up the file's work limit: what they found stands, the rest of the file was not checked. */
function stoppedDiagnostic(source, text, offset, steps) {
    const { line, column } = source.lineMap.position(offset);
    const lines = source.lineMap.position(text.length).line;
    return {
        file: source.path,
        kind: 'too-complex',
        message: `analysis stopped at line ${line} of ${lines}: the file used up its ${steps.toLocaleString('en-US')} ` +
            'analysis steps (value resolution over very many references or helpers); findings before that point are ' +
            'reported, code from there on was not fully checked',
        line,
        column,
    };
}
/** A stack overflow is the file's doing (deep nesting); anything else is a bug in tlsguard. */
function failure(file, error) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isStackOverflow */ .fF)(error)
        ? {
            file,
            kind: 'too-complex',
            message: 'skipped: the analysis ran out of stack (deeply nested or very long code)',
        }
        : { file, kind: 'internal-error', message: `analysis failed: ${describe(error)}` };
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ headlineData),
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   N6: () => (/* binding */ toFinding)
/* harmony export */ });
/* unused harmony export oneLine */
/* harmony import */ var _core_condition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67282);
/* harmony import */ var _core_non_production_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92590);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21961);
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60432);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30178);





const SNIPPET_MAX_LINES = 5;
const SNIPPET_MAX_CHARS = 300;
/**
 * A value put into a message (code quoted by a rule, a rule id from a comment) is cut to this length:
 * long enough for the advice some rules pass as a value, short enough that quoted code cannot bloat.
 */
const DATA_MAX_CHARS = 500;
/** In a headline, quoted code is cut shorter: the line must stay a line. */
const HEADLINE_DATA_MAX_CHARS = 80;
/**
 * A report as the user sees it. `configured` is the severity the configuration sets for the rule (it
 * replaces the message's own); non-production code is then capped.
 */
function toFinding(file, report, configured) {
    const { rule, range } = report;
    const spec = rule.meta.messages[report.messageId];
    if (!spec)
        throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
    const { condition } = report;
    const risk = condition ? 'medium' : spec.risk;
    const natural = configured ?? (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityForRisk */ .M6)(risk);
    const cap = file.severityCap ?? partCap(file, report);
    const capped = cap !== undefined && (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(natural) > (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(cap.severity);
    const severity = capped ? cap.severity : natural;
    let message = interpolate(spec.text, boundedData(report.data, DATA_MAX_CHARS));
    if (condition)
        message += ` ${onlyWhen(condition)}`;
    if (capped)
        message += ` (In ${cap.where}: reported as ${severity}.)`;
    let headline = interpolate(spec.headline, headlineData(report.data));
    if (condition)
        headline += ` ${(0,_core_condition_js__WEBPACK_IMPORTED_MODULE_4__/* .describeCondition */ .p)(condition)}`;
    if (capped)
        headline += ` (in ${cap.where})`;
    const start = file.lineMap.position(range[0]);
    const end = file.lineMap.position(range[1]);
    const shown = snippet(file.lineMap, start, end.line);
    return {
        ruleId: rule.id,
        messageId: report.messageId,
        severity,
        risk,
        message,
        headline: oneLine(headline),
        file: file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        snippet: shown.text,
        ...(shown.offset > 0 ? { snippetOffset: shown.offset } : {}),
        fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprint */ .Rj)(rule.id, report.identity),
        scope: report.scope,
        status: 'new',
        cwe: rule.meta.cwe,
        docs: (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(rule.id),
    };
}
/** A report in a part of the file that does not run in production is capped like test code. */
function partCap(file, report) {
    const kind = report.nonProduction;
    return kind ? { severity: file.testSeverity ?? 'note', where: _core_non_production_js__WEBPACK_IMPORTED_MODULE_0__/* .WHERE */ .g[kind] } : undefined;
}
/** The sentence a guarded finding gains: which condition it runs under, and what to do about it. */
function onlyWhen(condition) {
    const when = (0,_core_condition_js__WEBPACK_IMPORTED_MODULE_4__/* .describeCondition */ .p)(condition);
    return condition.environment
        ? `This code runs only ${when}, and conditions like this end up true in production: make it safe everywhere, with a CA you trust for development servers.`
        : `This code runs only ${when}, a user's opt-in: keep such a switch off by default, named for what it does and warned about when it is on.`;
}
function interpolate(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name) => data[name] ?? match);
}
/** A report's data as its headline shows it: every value cut to `HEADLINE_DATA_MAX_CHARS`. */
function headlineData(data) {
    return boundedData(data, HEADLINE_DATA_MAX_CHARS);
}
function boundedData(data, maxChars) {
    const bounded = {};
    for (const [key, value] of Object.entries(data))
        bounded[key] = cut(value, maxChars);
    return bounded;
}
/** `text` in at most `maxChars` characters, ending in `…` when cut; a code span it opens is closed. */
function cut(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    const kept = `${text.slice(0, maxChars - 1)}…`;
    return (kept.match(/`/g)?.length ?? 0) % 2 === 1 ? `${text.slice(0, maxChars - 2)}\`…` : kept;
}
/**
 * A headline as one line of at most `HEADLINE_MAX_CHARS`: line breaks in quoted code become spaces,
 * and a cut never leaves a code span open (renderers read backticks as code).
 */
function oneLine(text) {
    return cut(joinLines(text), _core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .HEADLINE_MAX_CHARS */ .mn);
}
/**
 * Each run of line breaks, with the white space around it, becomes one space. (Split and trimmed
 * rather than one `\s*[…]+\s*` replacement, which backtracks quadratically on long runs of spaces.)
 */
function joinLines(text) {
    const lines = text.split(/[\r\n\u2028\u2029]/);
    if (lines.length === 1)
        return text;
    const last = lines.length - 1;
    return lines
        .map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()))
        .filter((line, i) => i === 0 || i === last || line !== '')
        .join(' ');
}
/**
 * The lines a finding spans, each cut to a sane length. A long first line (a minified bundle) is cut to
 * a window around the finding's column, so the snippet shows the offending code; `offset` is where in
 * the line the window starts (the text then begins with `…`).
 */
function snippet(lines, start, last) {
    const end = Math.min(last, start.line + SNIPPET_MAX_LINES - 1);
    const picked = [];
    let offset = 0;
    for (let line = start.line; line <= end; line++) {
        const text = lines.lineText(line).trimEnd();
        if (text.length <= SNIPPET_MAX_CHARS) {
            picked.push(text);
            continue;
        }
        const from = line === start.line ? windowStart(text, start.column) : 0;
        if (line === start.line)
            offset = from;
        const to = isHighSurrogate(text.charCodeAt(from + SNIPPET_MAX_CHARS - 1))
            ? from + SNIPPET_MAX_CHARS - 1
            : from + SNIPPET_MAX_CHARS;
        picked.push(`${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`);
    }
    return { text: picked.join('\n'), offset };
}
/** A third of the window before the finding, the rest from it on; never inside a surrogate pair. */
function windowStart(text, column) {
    const wanted = column - 1 - Math.floor(SNIPPET_MAX_CHARS / 3);
    const from = Math.max(0, Math.min(wanted, text.length - SNIPPET_MAX_CHARS));
    return isHighSurrogate(text.charCodeAt(from - 1)) ? from + 1 : from;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}


/***/ }),

/***/ 30178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   XN: () => (/* binding */ FINGERPRINT_ALGORITHM),
/* harmony export */   vz: () => (/* binding */ normalizeCode)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Versioned like SARIF fingerprint names; bump when the normalization below changes. */
const FINGERPRINT_ALGORITHM = 'tlsguard-fp/v1';
/**
 * Identity of a finding that survives moved lines, re-indentation, reformatting and CRLF↔LF: a hash of
 * the rule id and the normalized text of the offending node. No line, column, path or message.
 */
function fingerprint(ruleId, normalizedCode) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\n${normalizedCode}`).digest('hex').slice(0, 20);
}
/**
 * `code` with comments removed (given as ranges relative to `code`), whitespace dropped except where it
 * separates two words, and string quotes made uniform: `'a'` and `"a"` normalize alike.
 */
function normalizeCode(code, comments) {
    let out = '';
    let pendingSpace = false;
    let index = 0;
    let nextComment = 0;
    while (index < code.length) {
        const comment = comments[nextComment];
        if (comment && index >= comment[0]) {
            index = Math.max(index, comment[1]);
            nextComment++;
            pendingSpace = true;
            continue;
        }
        const char = code.charAt(index);
        if (/\s/.test(char)) {
            pendingSpace = true;
            index++;
            continue;
        }
        if (pendingSpace && isWordChar(out.at(-1)) && isWordChar(char))
            out += ' ';
        pendingSpace = false;
        if (char === '"' || char === "'") {
            const end = stringEnd(code, index);
            out += quoteUniformly(code.slice(index + 1, end - 1));
            index = end;
            continue;
        }
        out += char;
        index++;
    }
    return out;
}
function isWordChar(char) {
    return char !== undefined && /[\w$]/.test(char);
}
/** Index just past the closing quote of the string literal starting at `start`. */
function stringEnd(code, start) {
    const quote = code[start];
    let index = start + 1;
    while (index < code.length && code[index] !== quote && code[index] !== '\n') {
        index += code[index] === '\\' ? 2 : 1;
    }
    return Math.min(index + 1, code.length);
}
function quoteUniformly(body) {
    const unescaped = body.replace(/\\(["'])/g, '$1');
    return `'${unescaped.replace(/'/g, "\\'")}'`;
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

/***/ 3240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ suppressionRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21961);

/**
 * Findings about suppression comments themselves. Not a rule in the registry (nothing to configure or
 * scan for); its id is namespaced so it can never clash with a real rule.
 */
const suppressionRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'tlsguard/suppression',
    meta: {
        description: 'Report inline suppressions that are malformed or suppress nothing.',
        category: 'certificate-verification',
        cwe: [],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            missingReason: {
                risk: 'medium',
                headline: 'This suppression gives no reason, so it suppresses nothing',
                text: 'This suppression gives no reason, so it suppresses nothing: a reviewer must be able to see why the finding is acceptable. Add it after `--`, e.g. `// tlsguard-ignore-next-line {{ruleId}} -- test server with a throw-away certificate`.',
            },
            missingRule: {
                risk: 'medium',
                headline: 'This suppression names no rule, so it suppresses nothing',
                text: 'This suppression names no rule, so it suppresses nothing; tlsguard has no blanket suppression on purpose. Name the rule, e.g. `// tlsguard-ignore-next-line no-disabled-cert-verification -- <reason>`.',
            },
            unknownRule: {
                risk: 'medium',
                headline: '`{{ruleId}}` is not a tlsguard rule{{suggestion}}: this suppression suppresses nothing',
                text: '`{{ruleId}}` is not a tlsguard rule{{suggestion}}, so this suppression suppresses nothing. Use a rule id listed by `tlsguard --help`.',
            },
            unused: {
                risk: 'low',
                headline: 'This suppression of `{{ruleId}}` suppresses nothing: no such finding on line {{line}}',
                text: 'This suppression of `{{ruleId}}` suppresses nothing: there is no such finding on line {{line}}. Remove it — the code it excused may have been fixed or moved, and a stale suppression would hide a future finding there.',
            },
        },
    },
    triggers: {},
});


/***/ }),

/***/ 51656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIRECTIVE_MARKER: () => (/* binding */ DIRECTIVE_MARKER),
/* harmony export */   applySuppressions: () => (/* binding */ applySuppressions),
/* harmony export */   parseDirectives: () => (/* binding */ parseDirectives)
/* harmony export */ });
const DIRECTIVE_MARKER = 'tlsguard-ignore';
const NEXT_LINE = '-next-line';
/** The directives among a file's comments; comments that merely mention the word are ignored. */
function parseDirectives(comments, lineMap) {
    const directives = [];
    for (const comment of comments) {
        const directive = parseDirective(comment, lineMap);
        if (directive)
            directives.push(directive);
    }
    return directives;
}
// Plain string operations, no regular expression: comments are untrusted input of any length.
function parseDirective(comment, lineMap) {
    const text = comment.value.replace(/^[\s*]+/, '').trim();
    if (!text.startsWith(DIRECTIVE_MARKER))
        return undefined;
    let rest = text.slice(DIRECTIVE_MARKER.length);
    const nextLine = rest.startsWith(NEXT_LINE);
    if (nextLine)
        rest = rest.slice(NEXT_LINE.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined; // `tlsguard-ignored`, `tlsguard-ignore-foo`
    const separator = rest.indexOf('--');
    const ids = separator < 0 ? rest : rest.slice(0, separator);
    const reason = separator < 0 ? '' : rest.slice(separator + 2).trim();
    return {
        comment,
        targetLine: nextLine
            ? lineMap.position(comment.range[1]).line + 1
            : lineMap.position(comment.range[0]).line,
        ruleIds: ids.split(/[\s,]+/).filter((id) => id.length > 0),
        reason: reason === '' ? undefined : reason,
    };
}
/**
 * Splits a file's findings into kept and suppressed, and reports directives that are malformed (no rule,
 * unknown rule, no reason — these suppress nothing) or that suppress nothing.
 */
function applySuppressions(findings, directives, ruleIds, suggest) {
    const suppressed = [];
    const problems = [];
    const taken = new Set();
    for (const directive of directives) {
        const problem = malformed(directive, ruleIds, suggest);
        if (problem) {
            problems.push(problem);
            continue;
        }
        for (const ruleId of directive.ruleIds) {
            const matches = findings.filter((f) => f.ruleId === ruleId && f.line === directive.targetLine && !taken.has(f));
            for (const finding of matches) {
                taken.add(finding);
                suppressed.push({ finding, reason: directive.reason ?? '' });
            }
            if (matches.length === 0 && ruleIds.active.has(ruleId)) {
                problems.push({
                    directive,
                    messageId: 'unused',
                    data: { ruleId, line: String(directive.targetLine) },
                });
            }
        }
    }
    return { kept: findings.filter((f) => !taken.has(f)), suppressed, problems };
}
function malformed(directive, ruleIds, suggest) {
    if (directive.ruleIds.length === 0)
        return { directive, messageId: 'missingRule', data: {} };
    const unknown = directive.ruleIds.find((id) => !ruleIds.known.includes(id));
    if (unknown !== undefined) {
        return {
            directive,
            messageId: 'unknownRule',
            data: { ruleId: unknown, suggestion: suggest(unknown) },
        };
    }
    if (directive.reason === undefined) {
        return { directive, messageId: 'missingReason', data: { ruleId: directive.ruleIds[0] ?? '' } };
    }
    return undefined;
}


/***/ })

};
