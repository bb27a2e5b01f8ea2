export const id = 638;
export const ids = [638];
export const modules = {

/***/ 94638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FILE_STEP_LIMIT: () => (/* binding */ FILE_STEP_LIMIT),
  FileAnalysis: () => (/* binding */ FileAnalysis),
  QUESTION_STEP_LIMIT: () => (/* binding */ QUESTION_STEP_LIMIT)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(31474);
// EXTERNAL MODULE: ./src/analysis/evaluate.ts + 3 modules
var evaluate = __webpack_require__(58550);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(91242);
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

// EXTERNAL MODULE: ./src/analysis/modules.ts
var modules = __webpack_require__(6507);
// EXTERNAL MODULE: ./src/analysis/value.ts
var analysis_value = __webpack_require__(51083);
;// CONCATENATED MODULE: ./src/analysis/memo.ts

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

// EXTERNAL MODULE: ./src/analysis/work-meter.ts
var work_meter = __webpack_require__(35037);
;// CONCATENATED MODULE: ./src/analysis/file-analysis.ts







/**
 * Steps one question may take (a value, the uses of an object, a module reference). Helpers that call
 * helpers that read variables branch at every level; without a bound a 7 KB file of minified decorator
 * helpers took minutes.
 */
const QUESTION_STEP_LIMIT = 20_000;
/**
 * Steps one file's rules may take in all, each step a value asked for or a reference, write, use or
 * syntax node looked at. A step costs 1-1.7 µs (measured), so this keeps any file's rule time under
 * about five seconds. Real code stays far below it: with every rule on, the most any of the 285 files
 * over 200 KB of the bench's npm corpus took was 0.91 million (an Emscripten-compiled decoder).
 */
const FILE_STEP_LIMIT = 3_000_000;
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
    /** Counts this file's analysis work; rules stop when it is used up (see `WorkMeter`). */
    meter = new work_meter/* WorkMeter */.Bu(FILE_STEP_LIMIT, QUESTION_STEP_LIMIT)) {
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


/***/ })

};
