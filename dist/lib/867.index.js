export const id = 867;
export const ids = [867,656];
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

/***/ 49867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ analyzeTask)
});

// EXTERNAL MODULE: ./src/config/closest.ts
var closest = __webpack_require__(39417);
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
    let message = interpolate(spec.text, report.data);
    if (condition)
        message += ` ${onlyWhen(condition)}`;
    if (capped)
        message += ` (In ${cap.where}: reported as ${severity}.)`;
    const start = file.lineMap.position(node.range[0]);
    const end = file.lineMap.position(node.range[1]);
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
        snippet: snippet(file.lineMap, start.line, end.line),
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
function snippet(lines, first, last) {
    const end = Math.min(last, first + SNIPPET_MAX_LINES - 1);
    const picked = [];
    for (let line = first; line <= end; line++) {
        const text = lines.lineText(line).trimEnd();
        picked.push(text.length > SNIPPET_MAX_CHARS ? `${text.slice(0, SNIPPET_MAX_CHARS)}…` : text);
    }
    return picked.join('\n');
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

;// CONCATENATED MODULE: ./src/analysis/assertion-data.ts


/** Matchers and assertion methods whose arguments are expected values (data), not configuration. */
const MATCHERS = new Set([
    'toEqual',
    'toStrictEqual',
    'toMatchObject',
    'toHaveBeenCalledWith',
    'toHaveBeenLastCalledWith',
    'toHaveBeenNthCalledWith',
    'toBeCalledWith',
    'lastCalledWith',
    'nthCalledWith',
    'toHaveReturnedWith',
    'toContainEqual',
    'toContain',
    'toHaveProperty',
    'toBe',
    'equal',
    'equals',
    'eql',
    'deepEqual',
    'deepStrictEqual',
    'strictEqual',
    'notDeepEqual',
    'notDeepStrictEqual',
    'notEqual',
    'same',
    'strictSame',
    'notSame',
    'match',
    'like',
    'has',
    'include',
    'includes',
    'deepInclude',
    'containSubset',
    'calledWith',
    'calledWithMatch',
    'calledWithExactly',
    'objectContaining',
    'arrayContaining',
]);
/** What assertion chains start from: `expect(…)`, `assert.…`, tap/ava/node:test's `t.…`, `should`. */
const ROOTS = new Set(['expect', 'assert', 'chai', 'should', 'sinon', 'jasmine', 't', 'tt', 'st']);
/** Roots that are assertions when called themselves: `expect(x)`, `assert(x)`, `should(x)`. */
const CALLABLE_ROOTS = new Set(['expect', 'assert', 'should']);
const ASSERTION_MODULES = new Set(['assert', 'assert/strict', 'chai', 'should', 'sinon']);
const LITERALS = new Set([
    dist.AST_NODE_TYPES.Property,
    dist.AST_NODE_TYPES.ObjectExpression,
    dist.AST_NODE_TYPES.ArrayExpression,
]);
/**
 * True when `node` sits in an object or array literal that only ever goes to assertions —
 * `expect(opts).toEqual({ rejectUnauthorized: false })`, `assert.deepStrictEqual(a, expected)`,
 * `t.same(…)`, `opts.should.eql(…)`: test data describing a value, not a setting anything reads.
 */
function isAssertionData(analysis, node) {
    let top = node;
    while (top.parent && (LITERALS.has(top.parent.type) || (0,ast/* isTransparentWrapper */.sP)(top.parent))) {
        top = top.parent;
    }
    if (top.type !== dist.AST_NODE_TYPES.ObjectExpression && top.type !== dist.AST_NODE_TYPES.ArrayExpression)
        return false;
    const uses = analysis.uses(top);
    return (uses.length > 0 &&
        uses.every((use) => use.kind === 'argument' && isAssertionCall(analysis, use.call)));
}
/** `expect(x)`, `expect(x).not.toEqual(y)`, `assert.deepStrictEqual(…)`, `t.same(…)`, `x.should.eql(…)`. */
function isAssertionCall(analysis, call) {
    if (call.type !== dist.AST_NODE_TYPES.CallExpression)
        return false;
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type === dist.AST_NODE_TYPES.Identifier)
        return CALLABLE_ROOTS.has(callee.name) || isRoot(analysis, callee, true);
    if (callee.type !== dist.AST_NODE_TYPES.MemberExpression)
        return false;
    const method = (0,ast/* literalName */.xz)(callee.property);
    if (method === undefined)
        return false;
    if (method !== 'ok' && !MATCHERS.has(method) && !isRoot(analysis, callee.object))
        return false;
    return chainFromRoot(analysis, callee.object);
}
/** The receiver chain of a matcher starts at an assertion root or passes through `.should`. */
function chainFromRoot(analysis, start) {
    for (let node = (0,ast/* unwrap */.oA)(start);;) {
        if (isRoot(analysis, node))
            return true;
        if (node.type === dist.AST_NODE_TYPES.MemberExpression) {
            if ((0,ast/* literalName */.xz)(node.property) === 'should')
                return true;
            node = (0,ast/* unwrap */.oA)(node.object);
        }
        else if (node.type === dist.AST_NODE_TYPES.CallExpression) {
            node = (0,ast/* unwrap */.oA)(node.callee);
        }
        else {
            return false;
        }
    }
}
function isRoot(analysis, node, moduleOnly = false) {
    const ref = analysis.moduleRef(node);
    if (ref && ASSERTION_MODULES.has(ref.module))
        return true;
    return !moduleOnly && node.type === dist.AST_NODE_TYPES.Identifier && ROOTS.has(node.name);
}

// EXTERNAL MODULE: ./src/analysis/guards.ts
var guards = __webpack_require__(85286);
// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(31474);
// EXTERNAL MODULE: ./src/analysis/evaluate.ts + 3 modules
var evaluate = __webpack_require__(58550);
// EXTERNAL MODULE: ./src/analysis/object-shapes.ts + 1 modules
var object_shapes = __webpack_require__(44591);
;// CONCATENATED MODULE: ./src/analysis/flow.ts




const MAX_STEPS = 64;
/**
 * Follows a value forward through the file: into object literals, spreads, variables, `Object.assign`,
 * helper parameters and return values, until it is passed to a call, assigned to a member, or escapes
 * (exported, stored, returned from a function nobody here calls).
 */
function usesOf(analysis, start) {
    const tracer = new Tracer(analysis);
    tracer.follow(start, []);
    return tracer.uses;
}
class Tracer {
    analysis;
    uses = [];
    seen = new Set();
    constructor(analysis) {
        this.analysis = analysis;
    }
    follow(start, path) {
        if (this.seen.has(start) || this.seen.size > MAX_STEPS)
            return;
        this.seen.add(start);
        let node = start;
        let parent = node.parent;
        while (parent && isPassThrough(parent, node)) {
            node = parent;
            parent = parent.parent;
        }
        if (!parent)
            this.uses.push({ kind: 'escape', node, path });
        else
            this.step(parent, node, path);
    }
    step(parent, node, path) {
        switch (parent.type) {
            case dist.AST_NODE_TYPES.Property:
                return this.intoProperty(parent, node, path);
            case dist.AST_NODE_TYPES.SpreadElement:
                if (parent.parent.type === dist.AST_NODE_TYPES.ObjectExpression)
                    return this.follow(parent.parent, path);
                return this.escape(parent, path);
            case dist.AST_NODE_TYPES.CallExpression:
            case dist.AST_NODE_TYPES.NewExpression:
                return this.intoCall(parent, node, path);
            case dist.AST_NODE_TYPES.VariableDeclarator:
                return parent.init === node ? this.intoDeclarator(parent, path) : undefined;
            case dist.AST_NODE_TYPES.AssignmentExpression:
                return parent.right === node ? this.intoTarget(parent.left, path) : undefined;
            case dist.AST_NODE_TYPES.ReturnStatement:
                return this.outOfFunction(parent, path);
            case dist.AST_NODE_TYPES.ArrowFunctionExpression:
                return parent.body === node ? this.outOfFunction(parent, path) : undefined;
            case dist.AST_NODE_TYPES.MemberExpression:
            case dist.AST_NODE_TYPES.ExpressionStatement:
            case dist.AST_NODE_TYPES.UnaryExpression:
            case dist.AST_NODE_TYPES.BinaryExpression:
            case dist.AST_NODE_TYPES.IfStatement:
                return undefined; // read or discarded, not passed on
            default:
                return this.escape(parent, path);
        }
    }
    escape(node, path) {
        this.uses.push({ kind: 'escape', node, path });
    }
    intoProperty(property, node, path) {
        const object = property.parent;
        if (property.value !== node || object.type !== dist.AST_NODE_TYPES.ObjectExpression)
            return;
        const key = (0,object_shapes/* propertyName */.Bz)(this.analysis, property);
        if (key === undefined)
            this.escape(property, path);
        else
            this.follow(object, [key, ...path]);
    }
    intoCall(call, node, path) {
        const index = call.arguments.indexOf(node);
        if (index < 0)
            return; // the value is the callee
        if (call.type === dist.AST_NODE_TYPES.CallExpression && this.analysis.isObjectAssign(call)) {
            const target = call.arguments[0];
            if (index > 0 && target)
                this.intoTarget(target, path);
            return this.follow(call, path);
        }
        this.uses.push({ kind: 'argument', call, index, path });
        this.intoParameter(call, index, path);
    }
    /** A helper declared in this file passes its parameter on: follow it inside. */
    intoParameter(call, index, path) {
        const fn = call.type === dist.AST_NODE_TYPES.CallExpression ? this.analysis.calledFunction(call) : undefined;
        const parameter = fn?.params[index];
        if (parameter?.type !== dist.AST_NODE_TYPES.Identifier)
            return;
        const variable = this.analysis.bindings
            .declaredBy(fn)
            .find((v) => v.name === parameter.name);
        if (variable)
            this.intoVariable(variable, path);
    }
    intoDeclarator(declarator, path) {
        if (declarator.id.type !== dist.AST_NODE_TYPES.Identifier)
            return;
        const variable = this.analysis.bindings.declaredBy(declarator)[0];
        if (variable)
            this.intoVariable(variable, path);
    }
    intoVariable(variable, path) {
        for (const reference of (0,bindings/* readsOf */.JP)(variable))
            this.follow(reference.identifier, path);
    }
    /** `target = value` or `Object.assign(target, value)`: the value now lives in `target`. */
    intoTarget(target, path) {
        const node = (0,ast/* unwrap */.oA)(target);
        if (node.type === dist.AST_NODE_TYPES.Identifier) {
            const variable = this.analysis.bindings.variableOf(node);
            if (variable)
                return this.intoVariable(variable, path);
        }
        // A fresh object as Object.assign's target is followed through the call's result instead.
        if (node.type !== dist.AST_NODE_TYPES.MemberExpression)
            return;
        this.uses.push({ kind: 'assigned', target: node, path });
        const key = (0,object_shapes/* propertyName */.Bz)(this.analysis, node);
        const holder = (0,ast/* unwrap */.oA)(node.object);
        if (key !== undefined && holder.type === dist.AST_NODE_TYPES.Identifier) {
            const variable = this.analysis.bindings.variableOf(holder);
            if (variable)
                this.intoVariable(variable, [key, ...path]);
        }
    }
    outOfFunction(from, path) {
        const fn = (0,ast/* isFunctionNode */.Px)(from) ? from : (0,ast/* enclosingFunction */.pG)(from);
        const variable = fn && this.analysis.bindings.functionVariable(fn);
        if (!variable)
            return this.escape(from, path);
        for (const reference of (0,bindings/* readsOf */.JP)(variable)) {
            const call = reference.identifier.parent;
            if (call.type === dist.AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) {
                this.follow(call, path);
            }
            else {
                this.escape(reference.identifier, path);
            }
        }
    }
}
/** Nodes a value passes through unchanged: type wrappers, `a ? value : b`, `a || value`, `await`. */
function isPassThrough(parent, node) {
    if ((0,ast/* isTransparentWrapper */.sP)(parent))
        return true;
    switch (parent.type) {
        case dist.AST_NODE_TYPES.ConditionalExpression:
            return parent.test !== node;
        case dist.AST_NODE_TYPES.LogicalExpression:
        case dist.AST_NODE_TYPES.AwaitExpression:
            return true;
        case dist.AST_NODE_TYPES.SequenceExpression:
            return parent.expressions.at(-1) === node;
        default:
            return false;
    }
}

// EXTERNAL MODULE: ./src/analysis/modules.ts
var modules = __webpack_require__(6507);
;// CONCATENATED MODULE: ./src/analysis/file-analysis.ts





/**
 * Everything rules may ask about one parsed file. Built once per file by the engine; the scope analysis
 * inside is computed on first use, so files where no rule needs it never pay for it.
 */
class FileAnalysis {
    program;
    text;
    evaluation = {
        active: new Set(),
        values: new Map(),
        cuts: 0,
        steps: 0,
    };
    bindingsCache;
    /** Several rules ask about the same option objects and callees; each answer is computed once. */
    usesCache = new Map();
    moduleRefCache = new Map();
    constructor(program, text) {
        this.program = program;
        this.text = text;
    }
    get bindings() {
        this.bindingsCache ??= new bindings/* Bindings */.jW(this.program);
        return this.bindingsCache;
    }
    /** The statically known value of an expression (see `Value`). */
    value(node) {
        return (0,evaluate/* evaluate */._)(this, node);
    }
    /** The module member or global an expression denotes, e.g. `https.request` through any alias. */
    moduleRef(node) {
        if (!this.moduleRefCache.has(node))
            this.moduleRefCache.set(node, (0,modules/* resolveModuleRef */.Qj)(this, node));
        return this.moduleRefCache.get(node);
    }
    /** Where a value goes: calls it is passed to, members it is assigned to, or nowhere we can see. */
    uses(node) {
        let uses = this.usesCache.get(node);
        if (!uses) {
            uses = usesOf(this, node);
            this.usesCache.set(node, uses);
        }
        return uses;
    }
    /** `process.env` under any alias: `globalThis.process.env`, `import { env } from 'node:process'`, … */
    isEnvObject(node) {
        return (0,modules/* refIs */.g6)(this.moduleRef(node), 'process', 'env');
    }
    isObjectAssign(call) {
        return (0,modules/* refIs */.g6)(this.moduleRef(call.callee), '<global>', 'Object', 'assign');
    }
    /** The function declared in this file that a call invokes, if it is one. */
    calledFunction(call) {
        if (call.callee.type === dist.AST_NODE_TYPES.Super)
            return undefined;
        return (0,evaluate/* functionOf */.O)(this, call.callee);
    }
}

;// CONCATENATED MODULE: ./src/engine/traverse.ts

/**
 * The one traversal of a file: links every node to its parent (analysis walks upwards) and collects,
 * in source order, the nodes of the types some rule listens to. Iterative, so deeply nested code cannot
 * overflow the stack. Undefined when the file has more than `maxNodes` nodes (the work limit per file).
 */
function linkAndCollect(program, wanted, maxNodes) {
    const collected = [];
    const stack = [program];
    let visited = 0;
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (++visited > maxNodes)
            return undefined;
        const parent = node;
        if (wanted.has(node.type))
            collected.push(node);
        const children = [];
        (0,walk/* forEachChild */.d)(node, (child) => {
            child.parent = parent;
            children.push(child);
        });
        // One by one, not `push(...children)`: an array literal of 400,000 elements would overflow the
        // call stack as 400,000 arguments.
        for (const child of children.reverse())
            stack.push(child);
    }
    return collected;
}

;// CONCATENATED MODULE: ./src/engine/run-rules.ts





/**
 * Runs every rule over one file in a single traversal. A rule that throws is switched off for this file
 * and recorded as a failure; the other rules and files carry on.
 */
function runRules(program, text, filename, rules, maxNodes) {
    const analysis = new FileAnalysis(program, text);
    const reports = new ReportSet();
    const failures = [];
    const handlers = new Map();
    for (const rule of rules) {
        const context = {
            filename,
            analysis,
            report: ({ node, messageId, data }) => {
                // Expected values in assertions are data, not configuration (issue 13): never a finding.
                if (isAssertionData(analysis, node))
                    return;
                const condition = isUnconditional(rule, messageId) ? (0,guards/* guardOf */.H)(analysis, node) : undefined;
                reports.add({
                    rule,
                    node,
                    messageId,
                    data: data ?? {},
                    ...(condition ? { condition } : {}),
                });
            },
        };
        let visitor;
        try {
            visitor = rule.create(context);
        }
        catch (error) {
            failures.push({ ruleId: rule.id, error });
            continue;
        }
        for (const [type, handler] of Object.entries(visitor)) {
            if (!handler)
                continue;
            const list = handlers.get(type) ?? [];
            list.push({ rule, handler });
            handlers.set(type, list);
        }
    }
    const nodes = linkAndCollect(program, new Set(handlers.keys()), maxNodes);
    if (!nodes)
        return { reports: [], failures: [], overLimit: true };
    const failed = new Set();
    for (const node of nodes) {
        for (const { rule, handler } of handlers.get(node.type) ?? []) {
            if (failed.has(rule))
                continue;
            try {
                handler(node);
            }
            catch (error) {
                failed.add(rule);
                failures.push({ ruleId: rule.id, error });
            }
        }
    }
    return { reports: reports.values(), failures, overLimit: false };
}
/**
 * Design §4: an error means insecure in every run. A rule's unconditional message (risk high or
 * critical) for code that only runs under a user's TLS switch or an environment condition is a
 * warning that names the condition (see findings.ts) — whatever the rule, so every rule keeps the
 * contract. Rules with their own wording for switches report those at medium risk already.
 */
function isUnconditional(rule, messageId) {
    const risk = rule.meta.messages[messageId]?.risk;
    return risk === 'high' || risk === 'critical';
}
/** One report per rule and node: when a node is reported twice, the riskier message wins. */
class ReportSet {
    byKey = new Map();
    add(report) {
        const key = `${report.rule.id}\0${report.node.range[0]}\0${report.node.range[1]}`;
        const existing = this.byKey.get(key);
        if (!existing || risk(report) > risk(existing))
            this.byKey.set(key, report);
    }
    values() {
        return [...this.byKey.values()];
    }
}
function risk(report) {
    const spec = report.rule.meta.messages[report.messageId];
    return spec ? (0,core_severity/* riskRank */.wv)(spec.risk) : -1;
}

;// CONCATENATED MODULE: ./src/engine/suppression-rule.ts

/**
 * Findings about suppression comments themselves. Not a rule in the registry (nothing to configure or
 * scan for); its id is namespaced so it can never clash with a real rule.
 */
const suppressionRule = (0,core_rule/* defineRule */.Km)({
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
    const run = runRules(parsed.program, input.text, input.path, input.rules, maxNodes);
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
        kind: (0,parse_parser/* isStackOverflow */.f)(error) ? 'too-complex' : 'internal-error',
        message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
    }));
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
        rule: suppressionRule,
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
/** A stack overflow is the file's doing (deep nesting); anything else is a bug in tlsguard. */
function failure(file, error) {
    return (0,parse_parser/* isStackOverflow */.f)(error)
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

;// CONCATENATED MODULE: ./src/core/file-task.ts


/**
 * Parse → rules → suppressions for one task. The main thread and the worker threads both run exactly
 * this, each with its own rule registry (rules are code, so they are looked up by id, never sent).
 */
function analyzeTask(parser, task, registry) {
    const { knownRuleIds, activeRuleIds, ruleSeverities } = task.settings;
    return analyzeFile(parser, {
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
                const suggestion = (0,closest/* closest */.k)(id, knownRuleIds);
                return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
            },
        },
    });
}


/***/ }),

/***/ 60432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ severityForRisk),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   gk: () => (/* binding */ securitySeverityScore),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   wv: () => (/* binding */ riskRank)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);

function severityRank(severity) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(severity);
}
/** True when `severity` is at or above `threshold`. */
function reaches(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
function riskRank(risk) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RISKS */ .F7.indexOf(risk);
}
/** critical/high block, medium warns, low/info inform — the catalogue's scale folded onto three levels. */
function severityForRisk(risk) {
    switch (risk) {
        case 'critical':
        case 'high':
            return 'error';
        case 'medium':
            return 'warning';
        case 'low':
        case 'info':
            return 'note';
    }
}
/** SARIF `security-severity` (a CVSS-like score GitHub uses to label alerts critical/high/medium/low). */
function securitySeverityScore(risk) {
    const scores = {
        critical: '9.5',
        high: '8.0',
        medium: '5.5',
        low: '3.0',
        info: '1.0',
    };
    return scores[risk];
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ RISKS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export DIAGNOSTIC_KINDS */
/** The shared vocabulary of every stage. Plain data only: renderers and the baseline work on these shapes. */
/** How loudly a finding is reported. Ordered: a finding "reaches" a level when it is at or above it. */
const SEVERITIES = ['note', 'warning', 'error'];
/** The catalogue's finer risk scale (rules.md); it decides the severity and SARIF's security-severity. */
const RISKS = ['info', 'low', 'medium', 'high', 'critical'];
/**
 * What went wrong with one input. Each kind is also the SARIF notification descriptor id, and part of
 * the JSON contract (README): kinds are only ever added.
 */
const DIAGNOSTIC_KINDS = (/* unused pure expression or super */ null && ([
    /** Not valid JavaScript/TypeScript (a syntax error, or merge-conflict markers): not analyzed. */
    'parse-error',
    /** Could not be read (permissions, deleted during the scan, an I/O error): not analyzed. */
    'read-error',
    /** A rule or the engine failed on this file: a bug in tlsguard; other rules and files went on. */
    'internal-error',
    /** NUL bytes in the first 8,000 bytes (git's heuristic): not source code, not analyzed. */
    'binary-file',
    /** Not valid UTF-8: analyzed with the bad bytes replaced by U+FFFD, so columns near them may be off. */
    'invalid-utf8',
    /** Over the size limit (2 MB): not read; also counted in `stats.filesSkipped`. */
    'too-large',
    /** Nested too deeply or too big to analyze safely (stack or node limit): not analyzed (in part). */
    'too-complex',
    /** A symbolic link to a file outside the scan root: not followed, so never read. */
    'outside-root',
]));


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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ isStackOverflow),
/* harmony export */   q: () => (/* binding */ loadParser)
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
    return Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(332)]).then(__webpack_require__.t.bind(__webpack_require__, 10332, 23));
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
