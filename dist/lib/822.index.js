export const id = 822;
export const ids = [822,656,176];
export const modules = {

/***/ 52822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_AST_NODES: () => (/* binding */ MAX_AST_NODES),
  analyzeFile: () => (/* binding */ analyzeFile)
});

// EXTERNAL MODULE: ./src/analysis/file-analysis.ts + 2 modules
var file_analysis = __webpack_require__(94638);
// EXTERNAL MODULE: ./src/parse/line-map.ts
var line_map = __webpack_require__(96674);
// EXTERNAL MODULE: ./src/parse/parser.ts
var parse_parser = __webpack_require__(38176);
// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/analysis/conditions.ts + 1 modules
var conditions = __webpack_require__(70675);
// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(46873);
// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(21961);
// EXTERNAL MODULE: ./src/core/severity.ts
var core_severity = __webpack_require__(60432);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(91242);
;// CONCATENATED MODULE: ./src/engine/anchor.ts


/** Literal structure a finding's node may sit in before reaching the code that uses it. */
const LITERAL_PARTS = new Set([
    dist.AST_NODE_TYPES.Property,
    dist.AST_NODE_TYPES.ObjectExpression,
    dist.AST_NODE_TYPES.ArrayExpression,
    dist.AST_NODE_TYPES.SpreadElement,
]);
/**
 * What the offending code is handed to, for the fingerprint: `tls.connect#0` for an option inside the
 * first argument of `tls.connect(...)`, `opts=` for an object stored in `opts`. Without it every
 * `rejectUnauthorized: false` in a function would share one fingerprint, and fixing one while adding
 * another elsewhere in that function would go unnoticed. Returns the node; the caller normalizes its text.
 */
function anchorOf(node) {
    let current = node;
    while (current.parent &&
        (LITERAL_PARTS.has(current.parent.type) || (0,ast/* isTransparentWrapper */.sP)(current.parent))) {
        current = current.parent;
    }
    const parent = current.parent;
    if (!parent || current === node)
        return undefined;
    switch (parent.type) {
        case dist.AST_NODE_TYPES.CallExpression:
        case dist.AST_NODE_TYPES.NewExpression: {
            const index = parent.arguments.indexOf(current);
            return index < 0 ? undefined : { node: parent.callee, suffix: `#${index}` };
        }
        case dist.AST_NODE_TYPES.VariableDeclarator:
            return { node: parent.id, suffix: '=' };
        case dist.AST_NODE_TYPES.AssignmentExpression:
            return { node: parent.left, suffix: '=' };
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
;// CONCATENATED MODULE: ./src/engine/scope-path.ts


/**
 * The named declarations around a node, outermost first: `ApiClient.connect`. Anonymous functions add
 * nothing. Used as a readable tie-breaker between identical findings, never as identity on its own.
 */
function scopePath(node) {
    const names = [];
    for (let current = node.parent; current; current = current.parent) {
        const name = declarationName(current);
        if (name !== undefined)
            names.unshift(name);
    }
    return names.join('.');
}
function declarationName(node) {
    switch (node.type) {
        case dist.AST_NODE_TYPES.FunctionDeclaration:
        case dist.AST_NODE_TYPES.ClassDeclaration:
        case dist.AST_NODE_TYPES.ClassExpression:
        case dist.AST_NODE_TYPES.TSModuleDeclaration:
            return node.id ? nameOf(node.id) : undefined;
        case dist.AST_NODE_TYPES.MethodDefinition:
        case dist.AST_NODE_TYPES.PropertyDefinition:
            return node.computed ? undefined : nameOf(node.key);
        case dist.AST_NODE_TYPES.FunctionExpression:
        case dist.AST_NODE_TYPES.ArrowFunctionExpression:
            return functionExpressionName(node);
        default:
            return undefined;
    }
}
/** `const connect = () => …`, `{ connect() {…} }`, `exports.connect = function () {…}`. */
function functionExpressionName(node) {
    if (node.id)
        return node.id.name;
    const parent = node.parent;
    if (parent.type === dist.AST_NODE_TYPES.VariableDeclarator)
        return nameOf(parent.id);
    if (parent.type === dist.AST_NODE_TYPES.Property && parent.value === node && !parent.computed) {
        return nameOf(parent.key);
    }
    if (parent.type === dist.AST_NODE_TYPES.AssignmentExpression &&
        parent.left.type === dist.AST_NODE_TYPES.MemberExpression) {
        return parent.left.computed ? undefined : nameOf(parent.left.property);
    }
    return undefined;
}
function nameOf(node) {
    if (node.type === dist.AST_NODE_TYPES.PrivateIdentifier)
        return `#${node.name}`;
    if (node.type === dist.AST_NODE_TYPES.TSQualifiedName)
        return undefined;
    return (0,ast/* literalName */.xz)(node);
}

;// CONCATENATED MODULE: ./src/engine/findings.ts








const SNIPPET_MAX_LINES = 5;
const SNIPPET_MAX_CHARS = 300;
/**
 * A value put into a message (code quoted by a rule, a rule id from a comment) is cut to this length:
 * long enough for the advice some rules pass as a value, short enough that quoted code cannot bloat.
 */
const DATA_MAX_CHARS = 500;
/**
 * A report as the user sees it. `configured` is the severity the configuration sets for the rule (it
 * replaces the message's own); non-production code is then capped.
 */
function toFinding(file, report, configured) {
    const { rule, node } = report;
    const spec = rule.meta.messages[report.messageId];
    if (!spec)
        throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
    const { condition } = report;
    const risk = condition ? 'medium' : spec.risk;
    const natural = configured ?? (0,core_severity/* severityForRisk */.M6)(risk);
    const cap = file.severityCap;
    const capped = cap !== undefined && (0,core_severity/* severityRank */.qs)(natural) > (0,core_severity/* severityRank */.qs)(cap.severity);
    const severity = capped ? cap.severity : natural;
    let message = interpolate(spec.text, boundedData(report.data));
    if (condition)
        message += ` ${onlyWhen(condition)}`;
    if (capped)
        message += ` (In ${cap.where}: reported as ${severity}.)`;
    const start = file.lineMap.position(node.range[0]);
    const end = file.lineMap.position(node.range[1]);
    const shown = snippet(file.lineMap, start, end.line);
    return {
        ruleId: rule.id,
        messageId: report.messageId,
        severity,
        risk,
        message,
        file: file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        snippet: shown.text,
        ...(shown.offset > 0 ? { snippetOffset: shown.offset } : {}),
        fingerprint: (0,fingerprint/* fingerprint */.Rj)(rule.id, identityText(file, node)),
        scope: isComment(node) ? '' : scopePath(node),
        status: 'new',
        cwe: rule.meta.cwe,
        docs: (0,core_rule/* docsUrl */.fs)(rule.id),
    };
}
/** The sentence a guarded finding gains: which condition it runs under, and what to do about it. */
function onlyWhen(condition) {
    const when = (0,conditions/* describeCondition */.pu)(condition);
    return condition.environment
        ? `This code runs only ${when}, and conditions like this end up true in production: make it safe everywhere, with a CA you trust for development servers.`
        : `This code runs only ${when}, a user's opt-in: keep such a switch off by default, named for what it does and warned about when it is on.`;
}
function interpolate(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name) => data[name] ?? match);
}
function isComment(node) {
    return node.type === dist.AST_TOKEN_TYPES.Line || node.type === dist.AST_TOKEN_TYPES.Block;
}
function boundedData(data) {
    const bounded = {};
    for (const [key, value] of Object.entries(data))
        bounded[key] = value.length > DATA_MAX_CHARS ? `${value.slice(0, DATA_MAX_CHARS - 1)}…` : value;
    return bounded;
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
/** The normalized offending code, prefixed by what it is handed to (see anchor.ts). */
function identityText(file, node) {
    if (isComment(node))
        return node.value.trim();
    const anchor = anchorOf(node);
    const code = normalizedText(file, node);
    return anchor ? `${normalizedText(file, anchor.node)}${anchor.suffix} ${code}` : code;
}
function normalizedText(file, node) {
    const [start, end] = node.range;
    const text = file.text.slice(start, end);
    // Only code that holds a comment needs the file's comments (perhaps from a second parse).
    const comments = (mayHoldComment(node, text) ? file.comments() : [])
        .filter((comment) => comment.range[0] >= start && comment.range[1] <= end)
        .map((comment) => [comment.range[0] - start, comment.range[1] - start]);
    return (0,fingerprint/* normalizeCode */.vz)(text, comments);
}
/**
 * Whether `//` or `/*` occurs in the node's text outside its string, template, regular-expression and
 * JSX text parts: the URL of a connection string or a proxy target is not a comment, and must not cost
 * the file a second parse.
 */
function mayHoldComment(node, text) {
    const literals = literalRanges(node);
    const start = node.range[0];
    for (const marker of ['//', '/*']) {
        for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            const offset = start + at;
            if (!literals.some(([from, to]) => offset >= from && offset < to))
                return true;
        }
    }
    return false;
}
function literalRanges(node) {
    const ranges = [];
    const visit = (child) => {
        if (LITERAL_TYPES.has(child.type))
            ranges.push(child.range);
        else
            (0,walk/* forEachChild */.d)(child, visit);
    };
    visit(node);
    return ranges;
}
const LITERAL_TYPES = new Set([
    dist.AST_NODE_TYPES.Literal,
    dist.AST_NODE_TYPES.TemplateElement,
    dist.AST_NODE_TYPES.JSXText,
]);

// EXTERNAL MODULE: ./src/engine/run-rules.ts + 2 modules
var run_rules = __webpack_require__(48584);
// EXTERNAL MODULE: ./src/engine/suppression-rule.ts
var suppression_rule = __webpack_require__(3240);
// EXTERNAL MODULE: ./src/engine/suppressions.ts
var suppressions = __webpack_require__(51656);
;// CONCATENATED MODULE: ./src/engine/analyze-file.ts







/**
 * The work limit per file. Real code has 0.03-0.15 syntax nodes per byte (measured on bundles of 1-2 MB),
 * so a file at the 2 MB size limit has at most ~300,000; only dense generated data comes near this.
 */
const MAX_AST_NODES = 1_000_000;
/**
 * Parse → rules → findings → inline suppressions, for one file. Failures become diagnostics: nothing
 * one file contains may end the scan (or, in a worker thread, take the worker pool down).
 */
function analyzeFile(parser, input) {
    try {
        return analyzeParsed(parser, input);
    }
    catch (error) {
        return { findings: [], suppressed: [], diagnostics: [failure(input.path, error)] };
    }
}
function analyzeParsed(parser, input) {
    const directivesWanted = input.ruleIds !== undefined && input.text.includes(suppressions.DIRECTIVE_MARKER);
    const parsed = parser.parse(input.text, input.path, { comments: directivesWanted });
    if (!parsed.ok) {
        const diagnostic = {
            file: input.path,
            kind: parsed.reason === 'too-deep' ? 'too-complex' : 'parse-error',
            message: parsed.reason === 'too-deep'
                ? `skipped: ${parsed.message}`
                : `could not parse: ${parsed.message}`,
            ...(parsed.line === undefined ? {} : { line: parsed.line, column: parsed.column }),
        };
        return { findings: [], suppressed: [], diagnostics: [diagnostic] };
    }
    const maxNodes = input.maxAstNodes ?? MAX_AST_NODES;
    const maxSteps = input.maxAnalysisSteps ?? file_analysis.FILE_STEP_LIMIT;
    const run = (0,run_rules.runRules)(parsed.program, input.text, input.path, input.rules, { maxNodes, maxSteps });
    if (run.overLimit) {
        const message = `skipped: more than ${maxNodes.toLocaleString('en-US')} syntax nodes, over the work limit per file`;
        return {
            findings: [],
            suppressed: [],
            diagnostics: [{ file: input.path, kind: 'too-complex', message }],
        };
    }
    const source = {
        path: input.path,
        text: input.text,
        lineMap: new line_map/* LineMap */.H(input.text),
        program: parsed.program,
        comments: lazyComments(parser, input, parsed.program),
        severityCap: input.severityCap,
    };
    const diagnostics = run.failures.map(({ ruleId, error }) => ({
        file: input.path,
        kind: (0,parse_parser.isStackOverflow)(error) ? 'too-complex' : 'internal-error',
        message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
    }));
    if (run.stoppedAt)
        diagnostics.push(stoppedDiagnostic(source, run.stoppedAt, maxSteps));
    const findings = [];
    for (const report of run.reports) {
        try {
            findings.push(toFinding(source, report, input.ruleSeverities?.get(report.rule.id)));
        }
        catch (error) {
            diagnostics.push(failure(input.path, error));
        }
    }
    if (!input.ruleIds)
        return { findings, suppressed: [], diagnostics };
    const directives = directivesWanted ? (0,suppressions.parseDirectives)(source.comments(), source.lineMap) : [];
    const outcome = (0,suppressions.applySuppressions)(findings, directives, input.ruleIds, input.ruleIds.suggest);
    const problems = outcome.problems.map((problem) => toFinding(source, {
        rule: suppression_rule/* suppressionRule */.Y,
        messageId: problem.messageId,
        node: problem.directive.comment,
        data: problem.data,
    }));
    return {
        findings: [...outcome.kept, ...problems],
        suppressed: outcome.suppressed.map(({ finding, reason }) => ({ ...finding, reason })),
        diagnostics,
    };
}
function lazyComments(parser, input, program) {
    let comments = program.comments;
    return () => {
        if (!comments) {
            const again = parser.parse(input.text, input.path, { comments: true });
            comments = again.ok ? (again.program.comments ?? []) : [];
        }
        return comments;
    };
}
/** The rules used up the file's work limit: what they found stands, the rest of the file was not checked. */
function stoppedDiagnostic(source, node, steps) {
    const { line, column } = source.lineMap.position(node.range[0]);
    const lines = source.lineMap.position(source.text.length).line;
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
    return (0,parse_parser.isStackOverflow)(error)
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
                text: 'This suppression gives no reason, so it suppresses nothing: a reviewer must be able to see why the finding is acceptable. Add it after `--`, e.g. `// tlsguard-ignore-next-line {{ruleId}} -- test server with a throw-away certificate`.',
            },
            missingRule: {
                risk: 'medium',
                text: 'This suppression names no rule, so it suppresses nothing; tlsguard has no blanket suppression on purpose. Name the rule, e.g. `// tlsguard-ignore-next-line no-disabled-cert-verification -- <reason>`.',
            },
            unknownRule: {
                risk: 'medium',
                text: '`{{ruleId}}` is not a tlsguard rule{{suggestion}}, so this suppression suppresses nothing. Use a rule id listed by `tlsguard --help`.',
            },
            unused: {
                risk: 'low',
                text: 'This suppression of `{{ruleId}}` suppresses nothing: there is no such finding on line {{line}}. Remove it — the code it excused may have been fixed or moved, and a stale suppression would hide a future finding there.',
            },
        },
    },
    triggers: [],
    create: () => ({}),
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


/***/ }),

/***/ 96674:
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

/***/ 38176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isStackOverflow: () => (/* binding */ isStackOverflow),
/* harmony export */   loadParser: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _line_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96674);


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
    return Promise.all(/* import() */[__webpack_require__.e(543), __webpack_require__.e(332)]).then(__webpack_require__.t.bind(__webpack_require__, 10332, 23));
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
    if (isStackOverflow(error)) {
        return { ok: false, reason: 'too-deep', message: 'nested too deeply to parse' };
    }
    const message = error instanceof Error ? error.message : String(error);
    const offset = error instanceof Error && 'location' in error
        ? error.location?.start?.offset
        : undefined;
    // Lines as git counts them (see LineMap), not as the parser does.
    const start = offset === undefined ? undefined : new _line_map_js__WEBPACK_IMPORTED_MODULE_1__/* .LineMap */ .H(text).position(offset);
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
function isStackOverflow(error) {
    return error instanceof RangeError && /call stack/i.test(error.message);
}


/***/ })

};
