export const id = 605;
export const ids = [605];
export const modules = {

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


/***/ })

};
