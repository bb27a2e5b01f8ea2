export const id = 177;
export const ids = [177,141,605];
export const modules = {

/***/ 66177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPlugin: () => (/* binding */ createPlugin)
});

// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __webpack_require__(96567);
// EXTERNAL MODULE: ./src/engine/suppression-rule.ts
var suppression_rule = __webpack_require__(3240);
// EXTERNAL MODULE: ./src/rules/index.ts + 9 modules
var rules = __webpack_require__(7853);
;// CONCATENATED MODULE: ./src/eslint/javascript-rules.ts

/**
 * The rules the plugin offers: those with JavaScript triggers. A rule of other languages only (Python,
 * configuration files) could never report in ESLint, so it gets no `tlsguard/<rule-id>`.
 */
const JAVASCRIPT_RULES = rules.RULES.filter((rule) => rule.triggers.javascript !== undefined);

// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(60432);
// EXTERNAL MODULE: ./src/languages/javascript/files.ts
var files = __webpack_require__(60924);
;// CONCATENATED MODULE: ./src/eslint/severities.ts

/** ESLint's levels for tlsguard's severities: it has no third level, so a note is a warning. */
const LEVELS = { error: 2, warning: 1, note: 1 };
/**
 * The severity of each tlsguard message of the files being processed, by `messageKey`: filled by the
 * rules between `preprocess` and `postprocess` of the same file (one thread lints a file from start to
 * end), emptied by `postprocess`. Only files `preprocess` announced are recorded, so linting without
 * the processor stores nothing.
 */
const pending = new Map();
/** What identifies a message of a rule in ESLint's output: rule, position and text. */
function messageKey(ruleId, line, column, message) {
    return `${ruleId}\n${String(line)}\n${String(column)}\n${message}`;
}
/** Remembers the severity `tlsguard scan` gives a message, if its file is being processed. */
function recordSeverity(filename, key, severity) {
    pending.get(filename)?.set(key, severity);
}
/**
 * ESLint has one severity per rule; tlsguard has one per finding (design §4): the same rule reports an
 * error in production code, a warning for a user's switch and a note in test code. This processor
 * gives every tlsguard message its own severity, never above the rule's configured one: `error` stays
 * an error, `warning` and `note` become warnings. It changes nothing else (the text is linted as it
 * is; other rules' messages, fixes and suggestions pass through).
 */
const severitiesProcessor = {
    meta: { name: 'tlsguard/severities', version: tool/* TOOL */.j.version },
    supportsAutofix: true,
    preprocess(text, filename) {
        pending.set(filename, new Map());
        return [text];
    },
    postprocess(messages, filename) {
        const severities = pending.get(filename);
        pending.delete(filename);
        return messages.flat().map((message) => {
            const severity = message.ruleId === null
                ? undefined
                : severities?.get(messageKey(message.ruleId, message.line, message.column, message.message));
            if (severity === undefined)
                return message;
            return { ...message, severity: Math.min(message.severity, LEVELS[severity]) };
        });
    },
};

;// CONCATENATED MODULE: ./src/eslint/recommended.ts




/** The namespace of the plugin's rules in `configs.recommended`: `tlsguard/<rule-id>`. */
const NAMESPACE = 'tlsguard';
/**
 * `configs.recommended`: every rule on the files tlsguard scans, at the highest severity its
 * messages can have (the README's default severity: `error`, else `warn`), and the severities
 * processor, which lowers each message to the severity `tlsguard scan` gives that finding — so ESLint
 * fails exactly where `tlsguard scan` fails by default (`failSeverity: error`). A note (test and
 * example code, settings without effect) is a warning: ESLint has no lower level, and an editor is
 * where a developer should still see it.
 */
function recommendedConfig(plugin) {
    return {
        name: `${NAMESPACE}/recommended`,
        files: files/* SOURCE_EXTENSIONS */.f.map((extension) => `**/*${extension}`),
        plugins: { [NAMESPACE]: plugin },
        processor: severitiesProcessor,
        rules: {
            ...Object.fromEntries(JAVASCRIPT_RULES.map((rule) => [`${NAMESPACE}/${rule.id}`, level(rule)])),
            [`${NAMESPACE}/suppression`]: 'warn',
        },
    };
}
function level(rule) {
    const risks = Object.values(rule.meta.messages).map((spec) => spec.risk);
    return risks.some((risk) => (0,severity/* severityForRisk */.M6)(risk) === 'error') ? 'error' : 'warn';
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(21961);
// EXTERNAL MODULE: ./node_modules/@typescript-eslint/typescript-estree/package.json
var typescript_estree_package = __webpack_require__(20340);
;// CONCATENATED MODULE: ./src/eslint/eslint-program.ts

const PARSER_NAME = 'typescript-eslint/parser';
const ESTREE_MAJOR = typescript_estree_package.version.split('.')[0] ?? '';
/**
 * The parser for one file: ESLint's own syntax tree when typescript-eslint's parser produced it (the
 * same typescript-estree, major version and all, that `tlsguard scan` parses with, so the tree is the
 * one the checkers were written for), and otherwise a parse of its own with typescript-estree. Espree's
 * trees, ESLint's default for JavaScript, differ in shape and in scope analysis (measured: the
 * checkers fail or miss findings on them), so a JavaScript file costs a second parse.
 */
function parserFor(own, eslint) {
    const program = reusableProgram(eslint);
    return program ? { parse: () => ({ ok: true, program }) } : own;
}
function reusableProgram({ parser, ast }) {
    const meta = parser?.meta;
    if (meta?.name !== PARSER_NAME || typeof meta.version !== 'string')
        return undefined;
    if (meta.version.split('.')[0] !== ESTREE_MAJOR)
        return undefined;
    return ast?.type === 'Program'
        ? ast
        : undefined;
}

;// CONCATENATED MODULE: ./src/eslint/file-state.ts
const lints = new WeakMap();
/**
 * Registers a rule for the file ESLint is about to walk. ESLint calls every enabled rule's `create`
 * before it visits the first node, so when the first rule's `Program` handler runs, the set is
 * complete: the file is analyzed once, for all of them, in one traversal (as `tlsguard scan` does),
 * however many tlsguard rules are on. Keyed by ESLint's `SourceCode`, a new object for every lint.
 */
function enableRule(sourceCode, rule) {
    let lint = lints.get(sourceCode);
    // A computed result belongs to an earlier lint of the same SourceCode object: start over.
    if (!lint || lint.result) {
        lint = { rules: new Set(), result: undefined };
        lints.set(sourceCode, lint);
    }
    lint.rules.add(rule);
    return lint;
}
/** The file's findings by rule id, computed by the first rule that asks. */
function resultOf(lint, compute) {
    lint.result ??= compute([...lint.rules]);
    return lint.result;
}

// EXTERNAL MODULE: ./src/core/non-production.ts
var non_production = __webpack_require__(92590);
// EXTERNAL MODULE: ./src/engine/analyze-file.ts
var analyze_file = __webpack_require__(22717);
// EXTERNAL MODULE: ./src/engine/findings.ts
var findings = __webpack_require__(8166);
// EXTERNAL MODULE: ./src/engine/suppressions.ts
var suppressions = __webpack_require__(51656);
// EXTERNAL MODULE: ./src/languages/javascript/analyze.ts + 3 modules
var analyze = __webpack_require__(34605);
// EXTERNAL MODULE: ./src/prefilter/prefilter.ts + 2 modules
var prefilter_prefilter = __webpack_require__(1284);
// EXTERNAL MODULE: ./src/rules/checkers/javascript.ts + 47 modules
var javascript = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/scan/file-task.ts
var file_task = __webpack_require__(54473);
// EXTERNAL MODULE: ./src/scan/non-production.ts
var scan_non_production = __webpack_require__(55336);
;// CONCATENATED MODULE: ./src/eslint/lint-file.ts











/** The data key of what tlsguard adds to a headline: the condition it runs under, a severity cap. */
const CONTEXT_KEY = 'tlsguardContext';
/**
 * What `tlsguard scan` finds in one file with these rules, by rule id (`tlsguard/suppression` for
 * suppression comments): the same prefilter, checkers, severity caps and `// tlsguard-ignore`
 * directives, through the engine's own `analyzeFile`. Files tlsguard does not scan (declaration files,
 * other extensions) have none. Never throws: a file that cannot be analyzed has no findings (the CLI
 * reports it as a diagnostic).
 */
function lintFile(input) {
    const byRule = new Map();
    if (!(0,files/* isSourceFile */.c)(input.path))
        return byRule;
    const verdict = prefilterFor(input.rules).check(input.text);
    if (!verdict.parse)
        return byRule;
    const kind = (0,scan_non_production/* defaultKind */.c)(input.path);
    const output = (0,analyze_file.analyzeFileSourced)((0,analyze.javascriptAnalyzer)(input.parser, javascript.JAVASCRIPT_CHECKERS), {
        path: input.path,
        text: input.text,
        rules: verdict.rules,
        severityCap: kind ? { severity: 'note', where: non_production/* WHERE */.g[kind] } : undefined,
        ruleIds: (0,file_task/* directiveRuleIds */.k)(rules.RULES.map((rule) => rule.id), input.rules.map((rule) => rule.id)),
    });
    for (const sourced of output.findings) {
        const list = byRule.get(sourced.finding.ruleId) ?? [];
        list.push(lintReport(sourced));
        byRule.set(sourced.finding.ruleId, list);
    }
    return byRule;
}
function lintReport({ finding, report }) {
    const data = (0,findings/* headlineData */.By)(report.data);
    const spec = report.rule.meta.messages[report.messageId];
    const base = spec ? (0,findings/* interpolate */.GW)(spec.headline, data) : undefined;
    // toFinding's headline is the template filled with this data, then what it adds (unless cut).
    const templated = base !== undefined && finding.headline.startsWith(base);
    return {
        messageId: report.messageId,
        data: { ...data, [CONTEXT_KEY]: templated ? finding.headline.slice(base.length) : '' },
        templated,
        range: report.range,
        message: finding.headline,
        severity: finding.severity,
        suggestions: report.suggestions ?? [],
    };
}
const prefilters = new Map();
/** The CLI's prefilter for these rules (also parsing on suppression comments), built once per rule set. */
function prefilterFor(rules) {
    const key = rules.map((rule) => rule.id).join(',');
    let prefilter = prefilters.get(key);
    if (!prefilter) {
        prefilter = (0,prefilter_prefilter.createPrefilter)(rules, { language: 'javascript', alsoParseOn: [suppressions.DIRECTIVE_MARKER] });
        prefilters.set(key, prefilter);
    }
    return prefilter;
}

;// CONCATENATED MODULE: ./src/eslint/rule-module.ts







/**
 * The ESLint rule of one tlsguard rule (or of `tlsguard/suppression`): its metadata is the rule's own
 * (description, docs page, message texts, suggestion texts; no options), and what it reports is what
 * `tlsguard scan` finds for it in the file (see lint-file.ts).
 */
function eslintRule(rule, parser) {
    return {
        meta: {
            type: 'problem',
            docs: { description: rule.meta.description, url: (0,core_rule/* docsUrl */.fs)(rule.id), recommended: true },
            messages: eslintMessages(rule),
            schema: [],
            ...(rule.meta.suggestions ? { hasSuggestions: true } : {}),
        },
        create(context) {
            const lint = enableRule(context.sourceCode, rule);
            return {
                Program() {
                    // A code block of another file (a processor's virtual file) is not a file tlsguard scans.
                    if (context.filename !== context.physicalFilename)
                        return;
                    const results = resultOf(lint, (enabled) => lintFile({
                        path: relativePath(context.cwd, context.filename),
                        text: context.sourceCode.text,
                        rules: rules.RULES.filter((candidate) => enabled.includes(candidate)),
                        parser: parserFor(parser, {
                            parser: context.languageOptions.parser,
                            ast: context.sourceCode.ast,
                        }),
                    }));
                    for (const report of results.get(rule.id) ?? [])
                        reportOne(context, report);
                },
            };
        },
    };
}
/**
 * The rule's messages and its suggestion texts. A message is the headline, followed by what tlsguard
 * adds to it (the condition, the severity cap): ESLint shows a message as one line — a row of its
 * `stylish` output, an entry of the editor's problems list — where tlsguard's explanations (several
 * sentences) would wrap and bury the place; tlsguard shows the same headline in annotation titles
 * and tables, and the explanation is one click away on the rule's docs page (`meta.docs.url`).
 */
function eslintMessages(rule) {
    const messages = { ...rule.meta.suggestions };
    for (const [id, spec] of Object.entries(rule.meta.messages)) {
        messages[id] = `${spec.headline}{{${CONTEXT_KEY}}}`;
    }
    return messages;
}
function reportOne(context, report) {
    const { sourceCode } = context;
    const start = sourceCode.getLocFromIndex(report.range[0]);
    const end = sourceCode.getLocFromIndex(report.range[1]);
    recordSeverity(context.filename, messageKey(context.id, start.line, start.column + 1, report.message), report.severity);
    context.report({
        loc: { start, end },
        ...(report.templated
            ? { messageId: report.messageId, data: report.data }
            : { message: report.message }),
        ...(report.suggestions.length > 0
            ? { suggest: report.suggestions.map((suggestion) => eslintSuggestion(suggestion)) }
            : {}),
    });
}
function eslintSuggestion(suggestion) {
    return {
        messageId: suggestion.id,
        data: suggestion.data ?? {},
        fix: (fixer) => suggestion.edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text)),
    };
}
/** The path `tlsguard scan` run in ESLint's working directory would give the file. */
function relativePath(cwd, filename) {
    return (0,external_node_path_.relative)(cwd, filename).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/eslint/plugin.ts






/**
 * tlsguard as an ESLint plugin (ESLint 9 and 10, flat config): a rule `tlsguard/<rule-id>` for every
 * JavaScript/TypeScript rule and `tlsguard/suppression` for `// tlsguard-ignore…` comments, the
 * severities processor, and `configs.recommended`. `parser` is typescript-estree, loaded.
 */
function createPlugin(parser) {
    const rules = Object.fromEntries([
        ...JAVASCRIPT_RULES.map((rule) => [rule.id, eslintRule(rule, parser)]),
        ['suppression', eslintRule(suppression_rule/* suppressionRule */.Y, parser)],
    ]);
    // One object: ESLint refuses two different plugin objects under one namespace, so the one in
    // `configs.recommended` must be the very one users import.
    const configs = {};
    const plugin = {
        meta: { name: tool/* TOOL */.j.name, version: tool/* TOOL */.j.version, namespace: NAMESPACE },
        rules,
        processors: { severities: severitiesProcessor },
        configs,
    };
    configs.recommended = recommendedConfig(plugin);
    return plugin;
}


/***/ }),

/***/ 34605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  javascriptAnalyzer: () => (/* binding */ javascriptAnalyzer)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/walk.ts
var walk = __webpack_require__(97321);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/ast.ts
var ast = __webpack_require__(91258);
;// CONCATENATED MODULE: ./src/languages/javascript/anchor.ts


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

;// CONCATENATED MODULE: ./src/languages/javascript/scope-path.ts


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

;// CONCATENATED MODULE: ./src/languages/javascript/locate.ts





/** A checker's report on a node, as the engine wants it: where it is and what identifies it. */
function locate(file, report) {
    const { node, ...rest } = report;
    return { ...rest, range: node.range, identity: identityText(file, node), scope: scopePath(node) };
}
/** The normalized offending code, prefixed by what it is handed to (see anchor.ts). */
function identityText(file, node) {
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

// EXTERNAL MODULE: ./src/languages/javascript/run-checkers.ts + 5 modules
var run_checkers = __webpack_require__(58590);
// EXTERNAL MODULE: ./src/languages/shared/checker-runs.ts
var checker_runs = __webpack_require__(57005);
;// CONCATENATED MODULE: ./src/languages/javascript/analyze.ts



/** The JavaScript language, loaded: typescript-estree and the rules' JavaScript checkers. */
function javascriptAnalyzer(parser, checkers) {
    return {
        analyze: (input) => analyze(parser, checkersFor(input, checkers), input),
    };
}
function checkersFor(input, checkers) {
    return input.rules.map((rule) => {
        const checker = checkers.get(rule.id);
        if (!checker)
            throw new Error(`rule ${rule.id} has no JavaScript checker`);
        return { rule, checker };
    });
}
function analyze(parser, rules, input) {
    const parsed = parser.parse(input.text, input.path, { comments: input.comments });
    if (!parsed.ok)
        return parsed;
    const run = (0,run_checkers.runCheckers)(parsed.program, input.text, input.path, rules, input);
    if (run.overLimit)
        return { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
    const file = {
        text: input.text,
        comments: lazyComments(parser, input, parsed.program),
    };
    const { reports, errors } = (0,checker_runs/* locateAll */.Y6)(run.reports, (report) => locate(file, report));
    return {
        ok: true,
        reports,
        failures: run.failures,
        errors,
        ...(run.stoppedAt ? { stoppedAt: run.stoppedAt.range[0] } : {}),
        comments: () => file.comments(),
    };
}
/** The file's comments: parsed with it when a suppression marker was seen, else parsed again on demand. */
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

/***/ }),

/***/ 20340:
/***/ ((module) => {

module.exports = {"version":"8.74.0"};

/***/ })

};
