export const id = 590;
export const ids = [590];
export const modules = {

/***/ 58590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckers: () => (/* binding */ runCheckers)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/ast.ts
var ast = __webpack_require__(91258);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/assertion-data.ts


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

// EXTERNAL MODULE: ./src/languages/javascript/analysis/bindings.ts
var bindings = __webpack_require__(32546);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/evaluate.ts + 3 modules
var evaluate = __webpack_require__(98199);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/object-shapes.ts + 1 modules
var object_shapes = __webpack_require__(54663);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/flow.ts




const MAX_STEPS = 64;
/**
 * Follows a value forward through the file: into object literals, spreads, variables, `Object.assign`,
 * helper parameters and return values, until it is passed to a call, assigned to a member, or escapes
 * (exported, stored, returned from a function nobody here calls).
 */
function usesOf(analysis, start) {
    const tracer = new Tracer(analysis);
    tracer.follow(start, []);
    // Cut short, the value may also go where the tracer did not look: say so, as for any escape.
    if (tracer.cut)
        tracer.uses.push({ kind: 'escape', node: start, path: [] });
    return tracer.uses;
}
class Tracer {
    analysis;
    uses = [];
    /** True when the trace stopped at its bound, so `uses` may be incomplete. */
    cut = false;
    seen = new Set();
    constructor(analysis) {
        this.analysis = analysis;
    }
    follow(start, path) {
        if (this.seen.has(start))
            return;
        this.analysis.meter.spend();
        if (this.seen.size > MAX_STEPS || this.analysis.meter.questionSpent) {
            this.cut = true;
            return;
        }
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
        for (const reference of (0,bindings/* readsOf */.JP)(variable)) {
            if (this.cut)
                return;
            this.follow(reference.identifier, path);
        }
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
            if (this.cut)
                return;
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

// EXTERNAL MODULE: ./src/languages/javascript/analysis/modules.ts
var modules = __webpack_require__(77627);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/value.ts
var analysis_value = __webpack_require__(1499);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/memo.ts

/** How many values may be in evaluation at once: a chain of aliases deeper than this is `unknown`. */
const MAX_DEPTH = 24;
/**
 * The answers of one file's value resolution, each computed once.
 *
 * A value can depend on itself (`let a = b; let b = a`, `e = e || {}`): the inner request is cut with
 * `unknown`, which stands for any value, so what comes out is a sound approximation. Whether it may be
 * kept depends on where the cut pointed. A value whose cuts all pointed at itself or at values it
 * started is complete whoever asks, and is kept; one whose cut pointed at a value still being computed
 * further out is provisional (it holds that outer value's `unknown`) and is computed again when asked
 * again. This is the low-link bookkeeping of Tarjan's strongly connected components: without it a
 * variable written as `e = e || {}` in a minified bundle was recomputed for each of its thousands of
 * references.
 *
 * A chain of requests deeper than `MAX_DEPTH` is cut too. What the cut value's computation found is as
 * good as any request from that depth or deeper could find, so it is reused there, and computed again
 * only when asked from nearer the top: helpers that call helpers in a cycle are each computed a bounded
 * number of times, however many paths lead to them.
 *
 * A question that runs out of steps (see `WorkMeter`) ends there: every value it was computing is kept
 * as `unknown`, so the same expensive question is never asked twice.
 */
class ValueMemo {
    meter;
    values = new Map();
    /** The values being computed, with their position on the stack of requests. */
    active = new Map();
    /** The outermost stack position a cycle cut inside the current computation pointed at. */
    reach = Number.POSITIVE_INFINITY;
    /** Whether the current computation was cut by the depth limit somewhere below. */
    tooDeep = false;
    constructor(meter) {
        this.meter = meter;
    }
    value(key, compute) {
        const known = this.values.get(key);
        if (known && known.validFrom <= this.active.size)
            return known.value;
        if (this.active.size === 0)
            return this.meter.ask(() => this.evaluate(key, compute));
        return this.evaluate(key, compute);
    }
    evaluate(key, compute) {
        const cycle = this.active.get(key);
        if (cycle !== undefined) {
            this.reach = Math.min(this.reach, cycle);
            return analysis_value/* UNKNOWN */.HV;
        }
        if (this.active.size > MAX_DEPTH) {
            this.tooDeep = true;
            return analysis_value/* UNKNOWN */.HV;
        }
        if (this.meter.questionSpent)
            return analysis_value/* UNKNOWN */.HV;
        this.meter.spend();
        const depth = this.active.size;
        const outer = { reach: this.reach, tooDeep: this.tooDeep };
        this.reach = Number.POSITIVE_INFINITY;
        this.tooDeep = false;
        this.active.set(key, depth);
        try {
            return this.settle(key, depth, compute());
        }
        finally {
            this.active.delete(key);
            this.reach = Math.min(outer.reach, this.reach >= depth ? Number.POSITIVE_INFINITY : this.reach);
            this.tooDeep ||= outer.tooDeep;
        }
    }
    /** Keeps what may be kept of a finished computation (see the class comment) and returns it. */
    settle(key, depth, value) {
        if (this.meter.questionSpent) {
            this.values.set(key, { value: analysis_value/* UNKNOWN */.HV, validFrom: 0 });
            return analysis_value/* UNKNOWN */.HV;
        }
        // Cut by depth, the value is as good as any asked at this depth or deeper would be; asked from
        // nearer the top, it is computed again (at most once per depth, so the work stays bounded).
        if (this.reach >= depth)
            this.values.set(key, { value, validFrom: this.tooDeep ? depth : 0 });
        return value;
    }
}

// EXTERNAL MODULE: ./src/languages/shared/work-meter.ts
var work_meter = __webpack_require__(18080);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/file-analysis.ts







/**
 * Steps one question may take (a value, the uses of an object, a module reference). Helpers that call
 * helpers that read variables branch at every level; without a bound a 7 KB file of minified decorator
 * helpers took minutes.
 */
const QUESTION_STEP_LIMIT = 20_000;
/**
 * Everything rules may ask about one parsed file. Built once per file by the engine; the scope analysis
 * inside is computed on first use, so files where no rule needs it never pay for it.
 */
class FileAnalysis {
    program;
    text;
    meter;
    memo;
    bindingsCache;
    /** Several rules ask about the same option objects and callees; each answer is computed once. */
    usesCache = new Map();
    moduleRefCache = new Map();
    constructor(program, text, 
    /**
     * Counts this file's analysis work; rules stop when it is used up (see `WorkMeter`). The engine
     * gives every file its limit; without one (unit tests) only each question is bounded.
     */
    meter = new work_meter/* WorkMeter */.Bu(Number.POSITIVE_INFINITY, QUESTION_STEP_LIMIT)) {
        this.program = program;
        this.text = text;
        this.meter = meter;
        this.memo = new ValueMemo(meter);
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
        if (!this.moduleRefCache.has(node)) {
            const ref = this.meter.ask(() => (0,modules/* resolveModuleRef */.Qj)(this, node));
            this.moduleRefCache.set(node, ref);
        }
        return this.moduleRefCache.get(node);
    }
    /** Where a value goes: calls it is passed to, members it is assigned to, or nowhere we can see. */
    uses(node) {
        let uses = this.usesCache.get(node);
        if (!uses) {
            uses = this.meter.ask(() => usesOf(this, node));
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

// EXTERNAL MODULE: ./src/languages/javascript/analysis/guards.ts
var guards = __webpack_require__(27030);
// EXTERNAL MODULE: ./src/languages/shared/checker-runs.ts
var checker_runs = __webpack_require__(57005);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/walk.ts
var walk = __webpack_require__(97321);
;// CONCATENATED MODULE: ./src/languages/javascript/traverse.ts

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

;// CONCATENATED MODULE: ./src/languages/javascript/run-checkers.ts






/**
 * Runs every rule's checker over one file in a single traversal. A checker that throws is switched off
 * for this file and recorded as a failure; the other rules and files carry on.
 */
function runCheckers(program, text, filename, rules, limits) {
    const meter = new work_meter/* WorkMeter */.Bu(limits.maxSteps, QUESTION_STEP_LIMIT);
    const analysis = new FileAnalysis(program, text, meter);
    const reports = new checker_runs/* ReportSet */.Hp((report) => `${report.node.range[0]}\0${report.node.range[1]}`);
    const failures = [];
    const handlers = new Map();
    for (const { rule, checker } of rules) {
        const context = {
            filename,
            analysis,
            report: ({ node, messageId, data, suggest }) => {
                // Expected values in assertions are data, not configuration (issue 13): never a finding.
                if (isAssertionData(analysis, node))
                    return;
                const condition = (0,checker_runs/* isUnconditional */.y9)(rule, messageId) ? (0,guards/* guardOf */.H)(analysis, node) : undefined;
                reports.add({
                    rule,
                    node,
                    messageId,
                    data: data ?? {},
                    ...(condition ? { condition } : {}),
                    ...(suggest && suggest.length > 0 ? { suggestions: suggest } : {}),
                });
            },
        };
        (0,checker_runs/* addVisitor */.eH)(handlers, rule, () => checker.create(context), failures);
    }
    const nodes = linkAndCollect(program, new Set(handlers.keys()), limits.maxNodes);
    if (!nodes)
        return { reports: [], failures: [], overLimit: true, steps: 0 };
    const stoppedAt = (0,work_meter/* chargingWalksTo */.lS)(analysis.meter, () => (0,checker_runs/* dispatch */.JD)(nodes, handlers, failures));
    const run = {
        reports: reports.values(),
        failures,
        overLimit: false,
        steps: analysis.meter.total,
    };
    return stoppedAt ? { ...run, stoppedAt } : run;
}


/***/ }),

/***/ 57005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ ReportSet),
/* harmony export */   JD: () => (/* binding */ dispatch),
/* harmony export */   Y6: () => (/* binding */ locateAll),
/* harmony export */   eH: () => (/* binding */ addVisitor),
/* harmony export */   y9: () => (/* binding */ isUnconditional)
/* harmony export */ });
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60432);
/* harmony import */ var _work_meter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18080);


/**
 * Calls each node's handlers in order; a rule that throws is recorded as failed and not called again.
 * Returns the node at which the file's work limit was reached, if it was.
 */
function dispatch(nodes, handlers, failures) {
    const failed = new Set();
    for (const node of nodes) {
        for (const { rule, handler } of handlers.get(node.type) ?? []) {
            if (failed.has(rule))
                continue;
            try {
                handler(node);
            }
            catch (error) {
                if (error instanceof _work_meter_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkLimitReached */ .Dk)
                    return node;
                failed.add(rule);
                failures.push({ ruleId: rule.id, error });
            }
        }
    }
    return undefined;
}
/**
 * Design §4: an error means insecure in every run. A rule's unconditional message (risk high or
 * critical) for code that only runs under a user's TLS switch or an environment condition is a
 * warning that names the condition (see engine/findings.ts) — whatever the rule, so every rule keeps
 * the contract. Rules with their own wording for switches report those at medium risk already.
 */
function isUnconditional(rule, messageId) {
    const risk = rule.meta.messages[messageId]?.risk;
    return risk === 'high' || risk === 'critical';
}
/** One report per rule and place (the key the language gives): when a place is reported twice, the riskier message wins. */
class ReportSet {
    placeOf;
    byKey = new Map();
    constructor(placeOf) {
        this.placeOf = placeOf;
    }
    add(report) {
        const key = `${report.rule.id}\0${this.placeOf(report)}`;
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
    return spec ? (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .riskRank */ .wv)(spec.risk) : -1;
}
/** Each report with its place in the file; a report that cannot be placed is an error of the file's analysis, not the end of it. */
function locateAll(reports, locate) {
    const located = [];
    const errors = [];
    for (const report of reports) {
        try {
            located.push(locate(report));
        }
        catch (error) {
            errors.push(error);
        }
    }
    return { reports: located, errors };
}
/** Adds a checker's visitor to the table; a checker whose `create` throws is a failure and adds nothing. */
function addVisitor(handlers, rule, create, failures) {
    let visitor;
    try {
        visitor = create();
    }
    catch (error) {
        failures.push({ ruleId: rule.id, error });
        return;
    }
    for (const [type, handler] of Object.entries(visitor)) {
        if (!handler)
            continue;
        const list = handlers.get(type) ?? [];
        list.push({ rule, handler });
        handlers.set(type, list);
    }
}


/***/ })

};
