export const id = 636;
export const ids = [636];
export const modules = {

/***/ 32546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ writesOf),
/* harmony export */   JP: () => (/* binding */ readsOf),
/* harmony export */   jW: () => (/* binding */ Bindings),
/* harmony export */   wB: () => (/* binding */ isEffectivelyConst)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49448);
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Name resolution for one file, from typescript-eslint's scope manager: which declaration an identifier
 * refers to, and where a variable is read and written. Hand-written scoping gets shadowing wrong.
 */
class Bindings {
    manager;
    references = new Map();
    constructor(program) {
        // lib: [] keeps TypeScript's lib globals out, so every global (process, Object, require) is unresolved.
        this.manager = (0,_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__.analyze)(program, { sourceType: program.sourceType, lib: [] });
        for (const scope of this.manager.scopes) {
            for (const reference of scope.references)
                this.references.set(reference.identifier, reference);
        }
    }
    /** The variable `identifier` refers to; `null` for a global; `undefined` when it is not a reference. */
    variableOf(identifier) {
        const reference = this.references.get(identifier);
        return reference === undefined ? undefined : reference.resolved;
    }
    /** True when `identifier` reads the global of its name (not shadowed by any declaration). */
    isGlobal(identifier) {
        const reference = this.references.get(identifier);
        return reference?.resolved === null;
    }
    /** Variables declared by a declaration node (declarator, function, import specifier, parameter owner). */
    declaredBy(node) {
        return this.manager.getDeclaredVariables(node);
    }
    /** The variable a function is callable by: its declaration name, or the `const` it is assigned to. */
    functionVariable(node) {
        if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.FunctionDeclaration && node.id) {
            return this.declaredBy(node).find((variable) => variable.name === node.id?.name);
        }
        const parent = node.parent;
        if (parent?.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.VariableDeclarator && parent.init === node) {
            return this.declaredBy(parent)[0];
        }
        return undefined;
    }
}
const readsByVariable = new WeakMap();
const writesByVariable = new WeakMap();
/**
 * References that read the variable's value (a plain read or the read half of `x += 1`). Kept per
 * variable: a minified bundle has variables with thousands of references, asked about again and again.
 */
function readsOf(variable) {
    let reads = readsByVariable.get(variable);
    if (!reads) {
        reads = variable.references.filter((reference) => reference.isRead());
        readsByVariable.set(variable, reads);
    }
    return reads;
}
/** Every value written to the variable: the initializer and later assignments (`undefined` for none). */
function writesOf(variable) {
    let writes = writesByVariable.get(variable);
    if (!writes) {
        writes = variable.references.filter((reference) => reference.isWrite());
        writesByVariable.set(variable, writes);
    }
    return writes;
}
/** True for a `const`, or a `let`/`var` written exactly once (its initializer): effectively constant. */
function isEffectivelyConst(variable) {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__.DefinitionType.Variable)
        return false;
    const declaration = def.parent;
    if (declaration.kind === 'const')
        return true;
    return writesOf(variable).length === 1 && def.node.init !== null;
}


/***/ }),

/***/ 85126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ COMPARISONS),
/* harmony export */   NV: () => (/* binding */ mentionsTlsSwitch),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   tt: () => (/* binding */ isEnvironmental),
/* harmony export */   ug: () => (/* binding */ makeCondition)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91258);
/* harmony import */ var _shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13040);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1499);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97321);





const MAX_TEXT = 60;
const COMPARISONS = {
    '===': '!==',
    '!==': '===',
    '==': '!=',
    '!=': '==',
};
/** The condition reads the environment (`process.env`, `import.meta.env`) or a development/production flag. */
function isEnvironmental(analysis, node) {
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvDependent */ .ZV)(analysis.value(node)))
        return true;
    const modeName = (name) => (0,_shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isDevelopmentName */ .D5)(name) || (0,_shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductionName */ .Zq)(name);
    return namesIn(node).some(modeName) || readsEnv(analysis, node);
}
function readsEnv(analysis, root) {
    let found = false;
    visit(root, (node) => {
        if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression && analysis.isEnvObject(node.object))
            found = true;
    });
    return found;
}
/** Some name in the condition says it is a TLS switch (`ignoreTls`, `--insecure`). */
function mentionsTlsSwitch(root) {
    return namesIn(root, true).some((name) => (0,_shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isTlsSwitchName */ .Lr)(name));
}
/**
 * Identifiers and property names in a condition, and with `strings` its string literals too
 * (`argv.includes('--insecure')` names a switch; `NODE_ENV === 'production'` names no flag).
 */
function namesIn(root, strings = false) {
    const names = [];
    visit(root, (node) => {
        if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Identifier)
            names.push(node.name);
        else if (strings && node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Literal && typeof node.value === 'string')
            names.push(node.value);
    });
    return names;
}
function visit(root, callback) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        callback(node);
        // A function inside a condition is not part of what it tests.
        if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ArrowFunctionExpression ||
            node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.FunctionExpression)
            continue;
        (0,_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachChild */ .d)(node, (child) => stack.push(child));
    }
}
/** The condition `node` (which way: `when`), phrased for a message and placed relative to production. */
function makeCondition(analysis, node, when, environment, tlsSwitch) {
    const inProduction = environment && holdsInProduction(analysis, node, when);
    return { ...phrase(analysis, node, when), environment, tlsSwitch, inProduction };
}
/** Whether the condition (`node` truthy for `set`, falsy for `unset`) holds in a production run. */
function holdsInProduction(analysis, node, when) {
    const names = namesIn(node);
    if (names.some((name) => (0,_shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductionName */ .Zq)(name)))
        return when === 'set';
    if (names.some((name) => (0,_shared_switch_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isDevelopmentName */ .D5)(name)))
        return when === 'unset';
    const holds = modeComparison(analysis, node);
    return holds !== undefined && holds === (when === 'set');
}
const MODE_VARIABLES = new Set(['NODE_ENV', 'APP_ENV', 'ENVIRONMENT', 'ENV', 'MODE']);
/** `process.env.NODE_ENV === 'production'` and the like: its value when the mode is `production`. */
function modeComparison(analysis, node) {
    if (node.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.BinaryExpression || !(node.operator in COMPARISONS))
        return undefined;
    for (const [read, other] of [
        [node.left, node.right],
        [node.right, node.left],
    ]) {
        const target = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(read);
        const literal = analysis.value(other);
        if (target.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression &&
            MODE_VARIABLES.has(lastName(target) ?? '') &&
            (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvDependent */ .ZV)(analysis.value(target)) &&
            literal.kind === 'known' &&
            typeof literal.value === 'string') {
            return compare(node.operator, 'production', literal.value.toLowerCase());
        }
    }
    return undefined;
}
function lastName(node) {
    return node.computed
        ? node.property.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
            ? node.property.value
            : undefined
        : node.property.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Identifier
            ? node.property.name
            : undefined;
}
function phrase(analysis, node, when) {
    // A call with arguments is a predicate (`argv.includes('--insecure')`); without, a getter.
    const shape = node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.CallExpression
        ? node.arguments.length === 0
            ? 'call'
            : 'test'
        : node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Identifier || node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression
            ? 'value'
            : 'test';
    // `a !== b` that must not hold reads better as `a === b` that holds.
    if (shape === 'test' && when === 'unset' && node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.BinaryExpression) {
        const negated = COMPARISONS[node.operator];
        if (negated) {
            const text = `${excerpt(analysis, node.left)} ${negated} ${excerpt(analysis, node.right)}`;
            return { text: shorten(text), when: 'set', shape };
        }
    }
    return { text: shorten(excerpt(analysis, node)), when, shape };
}
function excerpt(analysis, node) {
    return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ').trim();
}
function shorten(text) {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
/** `left <operator> right` for the four equality operators. */
function compare(operator, left, right) {
    switch (operator) {
        case '===':
            return left === right;
        case '!==':
            return left !== right;
        case '==':
            return left == right;
        default:
            return left != right;
    }
}


/***/ }),

/***/ 98199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate),
  O: () => (/* binding */ functionOf)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/ast.ts
var ast = __webpack_require__(91258);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/value.ts
var analysis_value = __webpack_require__(1499);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/operators.ts

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
/** Folds `!x`, `void x`, `-x`, `+x`, `typeof x`; keeps environment dependence when it cannot fold. */
function applyUnary(operator, argument) {
    if (operator === 'void')
        return (0,analysis_value/* known */.eO)(undefined);
    if (operator === '!') {
        const decided = (0,analysis_value/* truthiness */.w8)(argument);
        return decided === undefined ? (0,analysis_value/* unknown */.L5)('boolean', (0,analysis_value/* isEnvDependent */.ZV)(argument)) : (0,analysis_value/* known */.eO)(!decided);
    }
    if (argument.kind === 'known') {
        const folded = foldUnary(operator, argument.value);
        if (folded.ok)
            return (0,analysis_value/* known */.eO)(folded.value);
    }
    if (argument.kind === 'oneOf')
        return (0,analysis_value/* oneOf */.yL)(argument.options.map((o) => applyUnary(operator, o)));
    const type = operator === 'typeof' ? 'string' : operator === 'delete' ? 'boolean' : 'number';
    return (0,analysis_value/* unknown */.L5)(type, (0,analysis_value/* isEnvDependent */.ZV)(argument));
}
/** Folds a binary operator over known operands (per alternative); otherwise the result's type only. */
function applyBinary(operator, left, right) {
    const lefts = (0,analysis_value/* alternatives */.Vo)(left);
    const rights = (0,analysis_value/* alternatives */.Vo)(right);
    if (lefts.length * rights.length <= 16) {
        const results = [];
        for (const l of lefts) {
            for (const r of rights) {
                const folded = l.kind === 'known' && r.kind === 'known'
                    ? foldBinary(operator, l.value, r.value)
                    : undefined;
                if (!folded?.ok)
                    return resultType(operator, left, right);
                results.push((0,analysis_value/* known */.eO)(folded.value));
            }
        }
        return (0,analysis_value/* oneOf */.yL)(results);
    }
    return resultType(operator, left, right);
}
function resultType(operator, left, right) {
    const env = (0,analysis_value/* isEnvDependent */.ZV)(left) || (0,analysis_value/* isEnvDependent */.ZV)(right);
    if (COMPARISONS.has(operator))
        return (0,analysis_value/* unknown */.L5)('boolean', env);
    if (operator === '+') {
        const stringy = [left, right].some((v) => v.kind === 'known' && typeof v.value === 'string');
        return (0,analysis_value/* unknown */.L5)(stringy ? 'string' : 'any', env);
    }
    return (0,analysis_value/* unknown */.L5)('number', env);
}
function foldUnary(operator, value) {
    try {
        switch (operator) {
            case '-':
                return { ok: true, value: -value };
            case '+':
                return { ok: true, value: Number(value) };
            case '~':
                return { ok: true, value: ~value };
            case 'typeof':
                return { ok: true, value: typeof value };
            default:
                return { ok: false };
        }
    }
    catch {
        return { ok: false };
    }
}
function foldBinary(operator, l, r) {
    try {
        const a = l;
        const b = r;
        switch (operator) {
            case '===':
                return { ok: true, value: l === r };
            case '!==':
                return { ok: true, value: l !== r };
            case '==':
                return { ok: true, value: l == r };
            case '!=':
                return { ok: true, value: l != r };
            case '+':
                return { ok: true, value: l + r };
            case '-':
                return { ok: true, value: a - b };
            case '*':
                return { ok: true, value: a * b };
            case '/':
                return { ok: true, value: a / b };
            case '%':
                return { ok: true, value: a % b };
            case '|':
                return { ok: true, value: a | b };
            case '&':
                return { ok: true, value: a & b };
            case '^':
                return { ok: true, value: a ^ b };
            case '<<':
                return { ok: true, value: a << b };
            case '>>':
                return { ok: true, value: a >> b };
            case '<':
                return { ok: true, value: a < b };
            case '>':
                return { ok: true, value: a > b };
            case '<=':
                return { ok: true, value: a <= b };
            case '>=':
                return { ok: true, value: a >= b };
            default:
                return { ok: false };
        }
    }
    catch {
        return { ok: false };
    }
}

// EXTERNAL MODULE: ./src/languages/javascript/analysis/object-shapes.ts + 1 modules
var object_shapes = __webpack_require__(54663);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/walk.ts
var walk = __webpack_require__(97321);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/calls.ts





/** The value a call produces: coercions, `Object.assign`, and helpers declared in the same file. */
function callReturnValue(analysis, call) {
    const callee = call.callee;
    if (callee.type === dist.AST_NODE_TYPES.Identifier && analysis.bindings.isGlobal(callee)) {
        const coerced = coercion(analysis, callee.name, call.arguments[0]);
        if (coerced)
            return coerced;
    }
    if (analysis.isObjectAssign(call))
        return objectAssignValue(analysis, call);
    const fn = functionOf(analysis, callee);
    if (fn)
        return functionReturnValue(analysis, fn);
    if (callee.type === dist.AST_NODE_TYPES.MemberExpression) {
        // `process.env.X.toLowerCase()` and friends stay environment-dependent.
        return (0,analysis_value/* unknown */.L5)('any', (0,analysis_value/* isEnvDependent */.ZV)(evaluate(analysis, callee.object)));
    }
    return analysis_value/* UNKNOWN */.HV;
}
function coercion(analysis, name, argument) {
    if (name !== 'Boolean' && name !== 'String' && name !== 'Number')
        return undefined;
    const value = argument ? evaluate(analysis, argument) : (0,analysis_value/* known */.eO)(undefined);
    if (name === 'Boolean') {
        const decided = (0,analysis_value/* truthiness */.w8)(value);
        return decided === undefined ? (0,analysis_value/* unknown */.L5)('boolean', (0,analysis_value/* isEnvDependent */.ZV)(value)) : (0,analysis_value/* known */.eO)(decided);
    }
    if (value.kind === 'known') {
        return (0,analysis_value/* known */.eO)(name === 'String' ? String(value.value) : Number(value.value));
    }
    return (0,analysis_value/* unknown */.L5)(name === 'String' ? 'string' : 'number', (0,analysis_value/* isEnvDependent */.ZV)(value));
}
function objectAssignValue(analysis, call) {
    const shapes = [];
    let open = false;
    for (const argument of call.arguments) {
        for (const option of (0,analysis_value/* alternatives */.Vo)(evaluate(analysis, argument))) {
            if (option.kind === 'object')
                shapes.push(option.shape);
            else
                open = true;
        }
    }
    const merged = (0,object_shapes/* mergeShapes */.N2)(analysis.meter, shapes);
    return { kind: 'object', shape: { entries: merged.entries, open: merged.open || open } };
}
/** One of the values the function's `return` statements produce (`undefined` when it has none). */
function functionReturnValue(analysis, fn) {
    if (fn.async || fn.generator)
        return analysis_value/* UNKNOWN */.HV;
    if (fn.body.type !== dist.AST_NODE_TYPES.BlockStatement)
        return evaluate(analysis, fn.body);
    const returns = (0,walk/* returnStatements */.$)(fn.body);
    if (returns.length === 0)
        return (0,analysis_value/* known */.eO)(undefined);
    return (0,analysis_value/* oneOf */.yL)(returns.map((statement) => statement.argument ? evaluate(analysis, statement.argument) : (0,analysis_value/* known */.eO)(undefined)));
}

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/scope-manager/dist/index.js
var scope_manager_dist = __webpack_require__(49448);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/bindings.ts
var bindings = __webpack_require__(32546);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/patterns.ts
var patterns = __webpack_require__(84127);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/variable-values.ts








/**
 * Everything a variable can hold: its initializer, later assignments, defaults of destructuring. Asked
 * for once per variable, however many references read it.
 */
function variableValue(analysis, variable) {
    return analysis.memo.value(variable, () => computeVariableValue(analysis, variable));
}
function computeVariableValue(analysis, variable) {
    const def = variable.defs[0];
    if (!def || variable.defs.length !== 1)
        return analysis_value/* UNKNOWN */.HV;
    switch (def.type) {
        case scope_manager_dist.DefinitionType.Variable:
            return declaredValue(analysis, variable, def.node, def.name);
        case scope_manager_dist.DefinitionType.Parameter:
            return parameterValue(analysis, def.name);
        case scope_manager_dist.DefinitionType.FunctionName:
            return def.node.type === dist.AST_NODE_TYPES.FunctionDeclaration
                ? { kind: 'function', node: def.node }
                : analysis_value/* UNKNOWN */.HV;
        default:
            return analysis_value/* UNKNOWN */.HV;
    }
}
function declaredValue(analysis, variable, declarator, name) {
    const loop = declarator.parent.parent.type;
    if (loop === dist.AST_NODE_TYPES.ForOfStatement || loop === dist.AST_NODE_TYPES.ForInStatement)
        return analysis_value/* UNKNOWN */.HV;
    if (declarator.id !== name)
        return destructuredValue(analysis, declarator, name);
    const writes = (0,bindings/* writesOf */.AP)(variable);
    analysis.meter.spend(writes.length);
    const values = writes.map((write) => writtenValue(analysis, write));
    if (!declarator.init)
        values.push((0,analysis_value/* known */.eO)(undefined));
    return withMemberWrites(analysis, variable, (0,analysis_value/* oneOf */.yL)(values));
}
function writtenValue(analysis, write) {
    const parent = write.identifier.parent;
    if (parent.type === dist.AST_NODE_TYPES.AssignmentExpression && parent.operator !== '=') {
        return analysis_value/* UNKNOWN */.HV;
    }
    return write.writeExpr ? evaluate(analysis, write.writeExpr) : analysis_value/* UNKNOWN */.HV;
}
/** `const { a: { b = 1 } } = init` — walks the initializer's shape along the pattern path. */
function destructuredValue(analysis, declarator, name) {
    const place = (0,patterns/* placeInPattern */.P)(name, declarator.id);
    if (!place || !declarator.init)
        return analysis_value/* UNKNOWN */.HV;
    // `const { DEBUG_TLS } = process.env`: every variable of the environment is a string (or undefined).
    const fromEnv = place.path.length === 1 && analysis.isEnvObject(declarator.init);
    const found = fromEnv
        ? (0,analysis_value/* unknown */.L5)('string', true)
        : followPath(analysis, evaluate(analysis, declarator.init), place.path);
    return applyDefault(analysis, found, place.defaultValue);
}
/** A parameter's value is unknown, but its default (`verify = false`) is one of the options. */
function parameterValue(analysis, name) {
    let root = name;
    while (root.parent && !(0,ast/* isFunctionNode */.Px)(root.parent))
        root = root.parent;
    const place = (0,patterns/* placeInPattern */.P)(name, root);
    return place ? applyDefault(analysis, analysis_value/* UNKNOWN */.HV, place.defaultValue) : analysis_value/* UNKNOWN */.HV;
}
function followPath(analysis, start, path) {
    let current = start;
    for (const key of path) {
        current = (0,analysis_value/* oneOf */.yL)((0,analysis_value/* alternatives */.Vo)(current).map((option) => option.kind === 'object' ? (0,object_shapes/* lookup */.$I)(analysis, option.shape, key) : analysis_value/* UNKNOWN */.HV));
    }
    return current;
}
function applyDefault(analysis, value, defaultValue) {
    if (!defaultValue)
        return value;
    const fallback = evaluate(analysis, defaultValue);
    const options = (0,analysis_value/* alternatives */.Vo)(value).flatMap((option) => {
        if (option.kind === 'known' && option.value === undefined)
            return [fallback];
        if (option.kind === 'unknown')
            return [option, fallback];
        return [option];
    });
    return (0,analysis_value/* oneOf */.yL)(options);
}
/**
 * An object held in a variable also gets the properties written to it later:
 * `opts.rejectUnauthorized = false` and `Object.assign(opts, {...})`.
 */
function withMemberWrites(analysis, variable, value) {
    if (!(0,analysis_value/* alternatives */.Vo)(value).some((option) => option.kind === 'object'))
        return value;
    const extra = laterWrites(analysis, variable);
    if (extra.length === 0)
        return value;
    return (0,analysis_value/* oneOf */.yL)((0,analysis_value/* alternatives */.Vo)(value).map((option) => option.kind === 'object'
        ? { kind: 'object', shape: appendEntries(analysis, option.shape, extra) }
        : option));
}
function laterWrites(analysis, variable) {
    const entries = [];
    for (const reference of variable.references) {
        analysis.meter.spend();
        if (analysis.meter.questionSpent)
            break;
        const node = reference.identifier;
        const member = node.parent;
        if (member.type === dist.AST_NODE_TYPES.MemberExpression && member.object === node) {
            const assignment = member.parent;
            const key = (0,object_shapes/* propertyName */.Bz)(analysis, member);
            if (assignment.type === dist.AST_NODE_TYPES.AssignmentExpression &&
                assignment.left === member &&
                key) {
                entries.push({ key, valueNode: assignment.right, site: assignment });
            }
        }
        else if (member.type === dist.AST_NODE_TYPES.CallExpression &&
            isObjectAssignTarget(analysis, member, node)) {
            entries.push(...assignedEntries(analysis, member));
        }
    }
    return entries;
}
function assignedEntries(analysis, call) {
    const shapes = [];
    for (const source of call.arguments.slice(1)) {
        for (const option of (0,analysis_value/* alternatives */.Vo)(evaluate(analysis, source))) {
            if (option.kind === 'object')
                shapes.push(option.shape);
        }
    }
    return [...(0,object_shapes/* mergeShapes */.N2)(analysis.meter, shapes).entries.values()].flat();
}
/** True when `node` is the first argument of `Object.assign(node, ...)`. */
function isObjectAssignTarget(analysis, call, node) {
    return (call.type === dist.AST_NODE_TYPES.CallExpression &&
        call.arguments[0] !== undefined &&
        (0,ast/* unwrap */.oA)(call.arguments[0]) === node &&
        analysis.isObjectAssign(call));
}
function appendEntries(analysis, shape, extra) {
    analysis.meter.spend(shape.entries.size + extra.length);
    const entries = new Map(shape.entries);
    for (const entry of extra)
        entries.set(entry.key, [...(entries.get(entry.key) ?? []), entry]);
    return { entries, open: shape.open };
}

;// CONCATENATED MODULE: ./src/languages/javascript/analysis/evaluate.ts







/**
 * What `node` evaluates to, as far as one file tells: literals, constants, shorthand, spread,
 * `Object.assign`, helpers returning values, env reads. Never throws for the code's sake; gives up with
 * `unknown` (see `ValueMemo` for cycles and the work each question may take).
 */
function evaluate(analysis, node) {
    return analysis.memo.value(node, () => compute(analysis, node));
}
function compute(analysis, node) {
    switch (node.type) {
        case dist.AST_NODE_TYPES.Literal:
            return literalValue(node);
        case dist.AST_NODE_TYPES.TemplateLiteral:
            return templateValue(analysis, node);
        case dist.AST_NODE_TYPES.Identifier:
            return identifierValue(analysis, node);
        case dist.AST_NODE_TYPES.UnaryExpression:
            return applyUnary(node.operator, evaluate(analysis, node.argument));
        case dist.AST_NODE_TYPES.BinaryExpression:
            return node.left.type === dist.AST_NODE_TYPES.PrivateIdentifier
                ? (0,analysis_value/* unknown */.L5)('boolean')
                : applyBinary(node.operator, evaluate(analysis, node.left), evaluate(analysis, node.right));
        case dist.AST_NODE_TYPES.LogicalExpression:
            return logicalValue(analysis, node);
        case dist.AST_NODE_TYPES.ConditionalExpression:
            return choose(analysis, node.test, node.consequent, node.alternate);
        case dist.AST_NODE_TYPES.MemberExpression:
            return (0,object_shapes/* memberValue */.AX)(analysis, node);
        case dist.AST_NODE_TYPES.CallExpression:
            return callReturnValue(analysis, node);
        case dist.AST_NODE_TYPES.ObjectExpression:
            return { kind: 'object', shape: (0,object_shapes/* objectShapeOf */.IY)(analysis, node) };
        case dist.AST_NODE_TYPES.ArrowFunctionExpression:
        case dist.AST_NODE_TYPES.FunctionExpression:
            return { kind: 'function', node };
        case dist.AST_NODE_TYPES.SequenceExpression:
            return evaluateLast(analysis, node.expressions);
        case dist.AST_NODE_TYPES.AssignmentExpression:
            return node.operator === '=' ? evaluate(analysis, node.right) : analysis_value/* UNKNOWN */.HV;
        case dist.AST_NODE_TYPES.TSAsExpression:
        case dist.AST_NODE_TYPES.TSSatisfiesExpression:
        case dist.AST_NODE_TYPES.TSNonNullExpression:
        case dist.AST_NODE_TYPES.TSTypeAssertion:
        case dist.AST_NODE_TYPES.TSInstantiationExpression:
        case dist.AST_NODE_TYPES.ChainExpression:
            return evaluate(analysis, node.expression);
        default:
            return analysis_value/* UNKNOWN */.HV;
    }
}
function literalValue(node) {
    if ('regex' in node)
        return analysis_value/* UNKNOWN */.HV;
    if ('bigint' in node)
        return (0,analysis_value/* known */.eO)(BigInt(node.bigint));
    return (0,analysis_value/* known */.eO)(node.value);
}
function templateValue(analysis, node) {
    let text = node.quasis[0]?.value.cooked ?? '';
    let env = false;
    for (const [index, expression] of node.expressions.entries()) {
        const part = evaluate(analysis, expression);
        env ||= (0,analysis_value/* isEnvDependent */.ZV)(part);
        if (part.kind !== 'known')
            return (0,analysis_value/* unknown */.L5)('string', env);
        text += String(part.value) + (node.quasis[index + 1]?.value.cooked ?? '');
    }
    return (0,analysis_value/* known */.eO)(text);
}
function identifierValue(analysis, node) {
    const variable = analysis.bindings.variableOf(node);
    if (variable === null)
        return globalValue(node.name);
    if (variable === undefined)
        return analysis_value/* UNKNOWN */.HV;
    return variableValue(analysis, variable);
}
function globalValue(name) {
    if (name === 'undefined')
        return (0,analysis_value/* known */.eO)(undefined);
    if (name === 'NaN')
        return (0,analysis_value/* known */.eO)(NaN);
    if (name === 'Infinity')
        return (0,analysis_value/* known */.eO)(Infinity);
    return analysis_value/* UNKNOWN */.HV;
}
function logicalValue(analysis, node) {
    const left = evaluate(analysis, node.left);
    const decided = node.operator === '??' ? nullishness(left) : (0,analysis_value/* truthiness */.w8)(left);
    if (decided === undefined)
        return (0,analysis_value/* oneOf */.yL)([left, evaluate(analysis, node.right)]);
    const takeLeft = node.operator === '&&' ? !decided : node.operator === '||' ? decided : !decided;
    return takeLeft ? left : evaluate(analysis, node.right);
}
/** For `??`: true when the value is known to be null/undefined, false when known not to be. */
function nullishness(value) {
    const results = new Set((0,analysis_value/* alternatives */.Vo)(value).map((option) => option.kind === 'known'
        ? option.value === null || option.value === undefined
        : option.kind === 'unknown'
            ? undefined
            : false));
    return results.size === 1 ? [...results][0] : undefined;
}
function choose(analysis, test, consequent, alternate) {
    const decided = (0,analysis_value/* truthiness */.w8)(evaluate(analysis, test));
    if (decided === true)
        return evaluate(analysis, consequent);
    if (decided === false)
        return evaluate(analysis, alternate);
    return (0,analysis_value/* oneOf */.yL)([evaluate(analysis, consequent), evaluate(analysis, alternate)]);
}
function evaluateLast(analysis, nodes) {
    const last = nodes.at(-1);
    return last ? evaluate(analysis, last) : analysis_value/* UNKNOWN */.HV;
}
/** The function a value or callee denotes, when it is one declared in this file. */
function functionOf(analysis, node) {
    if ((0,ast/* isFunctionNode */.Px)(node))
        return node;
    const value = evaluate(analysis, node);
    return value.kind === 'function' ? value.node : undefined;
}


/***/ }),

/***/ 27030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ guardOf),
/* harmony export */   l: () => (/* binding */ guardedForProduction)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91258);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85126);




/**
 * The innermost condition around `node` that names a TLS switch or depends on the environment:
 * `if (t) node`, `t ? node : …`, `t && node`, `t || node`, or `if (t) return;` earlier in an
 * enclosing block. Other conditions (`if (url.protocol === 'https:')`) do not make code conditional
 * in the sense of design §4 and are passed over, and so are conditions that hold in production
 * (`if (process.env.NODE_ENV === 'production')`, `if (!isDev)`).
 */
function guardOf(analysis, node) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        for (const [test, truthy] of guardsAt(parent, child)) {
            // A condition that holds in production does not keep the code out of production.
            const condition = testCondition(analysis, test, truthy);
            if (condition && !condition.inProduction)
                return condition;
        }
    }
    return undefined;
}
/** Some condition around `node` holds only in production (`if (app.isPackaged)`): it runs there. */
function guardedForProduction(analysis, node) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        for (const [test, truthy] of guardsAt(parent, child)) {
            if (testCondition(analysis, test, truthy)?.inProduction)
                return true;
        }
    }
    return false;
}
/** The tests that decide whether `child` runs, with the truthiness that lets it run. */
function guardsAt(parent, child) {
    switch (parent.type) {
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.IfStatement:
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ConditionalExpression:
            if (parent.test === child)
                return [];
            return [[parent.test, parent.consequent === child]];
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.LogicalExpression:
            if (parent.right !== child || parent.operator === '??')
                return [];
            return [[parent.left, parent.operator === '&&']];
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.BlockStatement:
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Program:
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.SwitchCase:
            return earlyExits(parent, child);
        default:
            return [];
    }
}
/** `if (!options.insecure) return;` before `child` in the same block: `child` runs when the test is falsy. */
function earlyExits(block, child) {
    const statements = block.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.SwitchCase ? block.consequent : block.body;
    const index = statements.indexOf(child);
    const guards = [];
    for (const statement of statements.slice(0, Math.max(index, 0)).reverse()) {
        if (statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.IfStatement && !statement.alternate) {
            if (leaves(statement.consequent))
                guards.push([statement.test, false]);
        }
    }
    return guards;
}
/** The statement always leaves the block: `return`, `throw`, `continue`, `break` (last in a block). */
function leaves(statement) {
    if (statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.BlockStatement) {
        const last = statement.body.at(-1);
        return last !== undefined && leaves(last);
    }
    return (statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ReturnStatement ||
        statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ThrowStatement ||
        statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ContinueStatement ||
        statement.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.BreakStatement);
}
/** A guard test, if it is an environment condition or names a TLS switch. */
function testCondition(analysis, test, truthy) {
    let node = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(test);
    let when = truthy;
    while (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
        node = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(node.argument);
        when = !when;
    }
    const environment = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .isEnvironmental */ .tt)(analysis, node);
    const tlsSwitch = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .mentionsTlsSwitch */ .NV)(node);
    if (!environment && !tlsSwitch)
        return undefined;
    return (0,_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .makeCondition */ .ug)(analysis, node, when ? 'set' : 'unset', environment, tlsSwitch);
}


/***/ }),

/***/ 77627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ moduleName),
/* harmony export */   Qj: () => (/* binding */ resolveModuleRef),
/* harmony export */   Zx: () => (/* binding */ GLOBAL_MODULE),
/* harmony export */   g6: () => (/* binding */ refIs),
/* harmony export */   k9: () => (/* binding */ requiredModule)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49448);
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91258);
/* harmony import */ var _bindings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32546);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98199);
/* harmony import */ var _object_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54663);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84127);







const GLOBAL_MODULE = '<global>';
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/**
 * Core modules the Node REPL (and countless snippets) use without a `require`: an undeclared `https` or
 * `tls` is taken to be that module, so `https.createServer(...)` is known to be a server either way.
 */
const IMPLICIT_CORE_MODULES = new Set([
    'https',
    'http',
    'http2',
    'tls',
    'net',
    'crypto',
    'child_process',
    'process',
    'fs',
]);
const MAX_DEPTH = 12;
/** `node:https` → `https`; other specifiers unchanged. */
function moduleName(specifier) {
    return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}
function resolveModuleRef(analysis, node, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const target = (0,_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .unwrap */ .oA)(node);
    switch (target.type) {
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.Identifier:
            return identifierRef(analysis, target, depth);
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.MemberExpression:
            return memberRef(analysis, target, depth);
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.CallExpression: {
            const specifier = requiredModule(analysis, target);
            return specifier === undefined ? undefined : { module: specifier, path: [] };
        }
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.ImportExpression:
            return importedModule(analysis, target.source);
        case _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.AwaitExpression:
            return target.argument.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.ImportExpression
                ? importedModule(analysis, target.argument.source)
                : undefined;
        default:
            return undefined;
    }
}
function importedModule(analysis, source) {
    const value = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._)(analysis, source);
    return value.kind === 'known' && typeof value.value === 'string'
        ? { module: moduleName(value.value), path: [] }
        : undefined;
}
function memberRef(analysis, node, depth) {
    const base = resolveModuleRef(analysis, node.object, depth + 1);
    const name = base && (0,_object_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .propertyName */ .Bz)(analysis, node);
    if (!base || name === undefined)
        return undefined;
    return extend(base, [name]);
}
/** Appends members, dropping the `default` of a module root and naming globals by their own module. */
function extend(base, members) {
    let ref = base;
    for (const member of members) {
        if (ref.path.length === 0 && member === 'default' && ref.module !== GLOBAL_MODULE)
            continue;
        ref = { module: ref.module, path: [...ref.path, member] };
        ref = normalizeGlobal(ref);
    }
    return ref;
}
function normalizeGlobal(ref) {
    if (ref.module !== GLOBAL_MODULE)
        return ref;
    const [head, ...rest] = ref.path;
    if (head !== undefined && GLOBAL_OBJECTS.has(head))
        return normalizeGlobal({ module: GLOBAL_MODULE, path: rest });
    if (head !== undefined && IMPLICIT_CORE_MODULES.has(head))
        return { module: head, path: rest };
    return ref;
}
function identifierRef(analysis, node, depth) {
    const variable = analysis.bindings.variableOf(node);
    if (variable === null)
        return normalizeGlobal({ module: GLOBAL_MODULE, path: [node.name] });
    return variable ? variableRef(analysis, variable, depth) : undefined;
}
function variableRef(analysis, variable, depth) {
    const def = variable.defs[0];
    if (!def || variable.defs.length !== 1)
        return undefined;
    if (def.type === _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__.DefinitionType.ImportBinding)
        return importBindingRef(analysis, def.node);
    if (def.type !== _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__.DefinitionType.Variable || !(0,_bindings_js__WEBPACK_IMPORTED_MODULE_3__/* .isEffectivelyConst */ .wB)(variable))
        return undefined;
    const init = def.node.init;
    if (!init)
        return undefined;
    const base = resolveModuleRef(analysis, init, depth + 1);
    if (!base || def.node.id === def.name)
        return base;
    const place = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_6__/* .placeInPattern */ .P)(def.name, def.node.id);
    return place && !place.defaultValue ? extend(base, place.path) : undefined;
}
function importBindingRef(analysis, node) {
    if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.TSImportEqualsDeclaration) {
        const reference = node.moduleReference;
        return reference.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.TSExternalModuleReference
            ? importedModule(analysis, reference.expression)
            : undefined;
    }
    const source = node.parent.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.ImportDeclaration ? node.parent.source : null;
    if (!source)
        return undefined;
    const module = moduleName(source.value);
    if (node.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.ImportSpecifier)
        return { module, path: [] };
    const imported = (0,_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .literalName */ .xz)(node.imported);
    return imported === undefined ? undefined : extend({ module, path: [] }, [imported]);
}
/**
 * The module a `require(...)` call loads: the global `require`, or one made by
 * `createRequire(import.meta.url)`. Undefined for any other call.
 */
function requiredModule(analysis, call) {
    const callee = (0,_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .unwrap */ .oA)(call.callee);
    const argument = call.arguments[0];
    if (callee.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.Identifier || !argument || !isRequire(analysis, callee)) {
        return undefined;
    }
    const value = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._)(analysis, argument);
    return value.kind === 'known' && typeof value.value === 'string'
        ? moduleName(value.value)
        : undefined;
}
function isRequire(analysis, callee) {
    const variable = analysis.bindings.variableOf(callee);
    if (variable === null)
        return callee.name === 'require';
    const def = variable?.defs[0];
    if (def?.type !== _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__.DefinitionType.Variable || !def.node.init)
        return false;
    const init = (0,_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .unwrap */ .oA)(def.node.init);
    if (init.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__.AST_NODE_TYPES.CallExpression)
        return false;
    const ref = resolveModuleRef(analysis, init.callee);
    return refIs(ref, 'module', 'createRequire');
}
/** True when `ref` is `module` (after `node:`), optionally followed exactly by `path`. */
function refIs(ref, module, ...path) {
    return (ref?.module === module &&
        ref.path.length === path.length &&
        ref.path.every((member, index) => member === path[index]));
}


/***/ }),

/***/ 54663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $I: () => (/* binding */ lookup),
  AX: () => (/* binding */ memberValue),
  N2: () => (/* binding */ mergeShapes),
  IY: () => (/* binding */ objectShapeOf),
  Bz: () => (/* binding */ propertyName)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/ast.ts
var ast = __webpack_require__(91258);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/evaluate.ts + 3 modules
var evaluate = __webpack_require__(98199);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/value.ts
var analysis_value = __webpack_require__(1499);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/walk.ts
var walk = __webpack_require__(97321);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/this-members.ts





const WRITES = new WeakMap();
/**
 * `this.verifyServerCert` inside a class: one of the values the class writes to that property (a field
 * initializer, `this.verifyServerCert = …` in its methods). A write to a property of that name on
 * anything else in this file (`client.verifyServerCert = …`) makes it unknown; writes in other files
 * are out of sight, as for any value.
 */
function thisMemberValue(analysis, node) {
    const body = classOfThis(node);
    const key = propertyName(analysis, node);
    if (!body || key === undefined)
        return analysis_value/* UNKNOWN */.HV;
    const writes = writesOf(analysis).get(key);
    const own = writes?.byClass.get(body);
    if (!writes || writes.outside || !own)
        return analysis_value/* UNKNOWN */.HV;
    return (0,analysis_value/* oneOf */.yL)(own.map((write) => (0,evaluate/* evaluate */._)(analysis, write)));
}
/** The class whose instance `this` is: the nearest non-arrow function must be one of its methods. */
function classOfThis(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === dist.AST_NODE_TYPES.ClassBody)
            return current;
        if ((current.type === dist.AST_NODE_TYPES.FunctionExpression ||
            current.type === dist.AST_NODE_TYPES.FunctionDeclaration) &&
            current.parent.type !== dist.AST_NODE_TYPES.MethodDefinition) {
            return undefined;
        }
    }
    return undefined;
}
/** Every property write of the file, found in one walk on first use. */
function writesOf(analysis) {
    let writes = WRITES.get(analysis);
    if (!writes) {
        writes = collectWrites(analysis);
        WRITES.set(analysis, writes);
    }
    return writes;
}
function collectWrites(analysis) {
    const writes = new Map();
    const entry = (key) => {
        let found = writes.get(key);
        if (!found) {
            found = { byClass: new Map(), outside: false };
            writes.set(key, found);
        }
        return found;
    };
    const record = (key, body, value) => {
        const byClass = entry(key).byClass;
        byClass.set(body, [...(byClass.get(body) ?? []), value]);
    };
    const stack = [analysis.program];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === dist.AST_NODE_TYPES.PropertyDefinition && !node.static && node.value) {
            const key = propertyName(analysis, node);
            if (key !== undefined)
                record(key, node.parent, node.value);
        }
        else if (node.type === dist.AST_NODE_TYPES.AssignmentExpression &&
            node.left.type === dist.AST_NODE_TYPES.MemberExpression) {
            const key = propertyName(analysis, node.left);
            const body = node.left.object.type === dist.AST_NODE_TYPES.ThisExpression ? classOfThis(node) : undefined;
            if (key !== undefined && body && node.operator === '=')
                record(key, body, node.right);
            else if (key !== undefined)
                entry(key).outside = true;
        }
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
    }
    return writes;
}

;// CONCATENATED MODULE: ./src/languages/javascript/analysis/object-shapes.ts





/** The static name of a property key or member property: `a`, `'a'`, `[A]` with `const A = 'a'`. */
function propertyName(analysis, node) {
    const key = node.type === dist.AST_NODE_TYPES.MemberExpression ? node.property : node.key;
    if (!node.computed) {
        return key.type === dist.AST_NODE_TYPES.PrivateIdentifier ? undefined : (0,ast/* literalName */.xz)(key);
    }
    const value = (0,evaluate/* evaluate */._)(analysis, key);
    return value.kind === 'known' &&
        (typeof value.value === 'string' || typeof value.value === 'number')
        ? String(value.value)
        : undefined;
}
/** Keys and candidate values of an object literal, with spreads of known objects merged in. */
function objectShapeOf(analysis, node) {
    const entries = new Map();
    let open = false;
    analysis.meter.spend(node.properties.length);
    for (const property of node.properties) {
        if (property.type === dist.AST_NODE_TYPES.SpreadElement) {
            open = spreadInto(analysis.meter, entries, (0,evaluate/* evaluate */._)(analysis, property.argument)) || open;
            continue;
        }
        const key = propertyName(analysis, property);
        if (key === undefined) {
            open = true;
            continue;
        }
        const valueNode = property.kind === 'init' ? property.value : undefined;
        entries.set(key, [{ key, valueNode, site: property }]);
    }
    return { entries, open };
}
/** Copies a spread value's entries; returns true when the spread may add keys we cannot see. */
function spreadInto(meter, entries, value) {
    let open = false;
    const objects = (0,analysis_value/* alternatives */.Vo)(value);
    for (const option of objects) {
        if (option.kind === 'object') {
            meter.spend(option.shape.entries.size);
            for (const [key, candidates] of option.shape.entries) {
                const merged = objects.length > 1 ? [...(entries.get(key) ?? []), ...candidates] : [...candidates];
                entries.set(key, merged);
            }
            open ||= option.shape.open;
        }
        else if (!(option.kind === 'known' &&
            (option.value === null || option.value === undefined))) {
            open = true;
        }
    }
    return open;
}
/** Merges object shapes in order, later keys replacing earlier ones (as `Object.assign` and spread do). */
function mergeShapes(meter, shapes) {
    const entries = new Map();
    let open = false;
    for (const shape of shapes) {
        meter.spend(shape.entries.size);
        for (const [key, candidates] of shape.entries)
            entries.set(key, [...candidates]);
        open ||= shape.open;
    }
    return { entries, open };
}
/** The value of `shape[key]`: one of its candidate writes, undefined when absent from a closed shape. */
function lookup(analysis, shape, key) {
    const candidates = shape.entries.get(key);
    if (!candidates)
        return shape.open ? analysis_value/* UNKNOWN */.HV : (0,analysis_value/* known */.eO)(undefined);
    analysis.meter.spend(candidates.length);
    return (0,analysis_value/* oneOf */.yL)(candidates.map((entry) => (entry.valueNode ? (0,evaluate/* evaluate */._)(analysis, entry.valueNode) : analysis_value/* UNKNOWN */.HV)));
}
function memberValue(analysis, node) {
    if (analysis.isEnvObject(node.object))
        return (0,analysis_value/* unknown */.L5)('string', true);
    if (isImportMetaEnv(node.object))
        return (0,analysis_value/* unknown */.L5)('any', true);
    if (node.object.type === dist.AST_NODE_TYPES.ThisExpression)
        return thisMemberValue(analysis, node);
    const object = (0,evaluate/* evaluate */._)(analysis, node.object);
    const key = propertyName(analysis, node);
    if (key === undefined)
        return (0,analysis_value/* unknown */.L5)('any', (0,analysis_value/* isEnvDependent */.ZV)(object));
    const results = (0,analysis_value/* alternatives */.Vo)(object).map((option) => {
        if (option.kind === 'object')
            return lookup(analysis, option.shape, key);
        if (option.kind === 'known' && typeof option.value === 'string' && key === 'length') {
            return (0,analysis_value/* known */.eO)(option.value.length);
        }
        return (0,analysis_value/* unknown */.L5)('any', (0,analysis_value/* isEnvDependent */.ZV)(option));
    });
    return (0,analysis_value/* oneOf */.yL)(results);
}
/** `import.meta.env` — Vite and similar inject the environment there at build time. */
function isImportMetaEnv(node) {
    return (node.type === dist.AST_NODE_TYPES.MemberExpression &&
        node.object.type === dist.AST_NODE_TYPES.MetaProperty &&
        node.object.meta.name === 'import' &&
        (0,ast/* literalName */.xz)(node.property) === 'env');
}


/***/ }),

/***/ 84127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ placeInPattern)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91258);


/**
 * The property path from `root` (a declarator id or parameter) down to `name`. Undefined for rest elements
 * and computed keys, whose value we cannot name.
 */
function placeInPattern(name, root) {
    const path = [];
    let defaultValue;
    let current = name;
    while (current !== root) {
        const parent = current.parent;
        if (!parent)
            return undefined;
        if (parent.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
            defaultValue ??= parent.right;
        }
        else if (parent.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Property && parent.value === current) {
            const key = parent.computed ? undefined : (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .literalName */ .xz)(parent.key);
            if (key === undefined)
                return undefined;
            path.unshift(key);
        }
        else if (parent.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ArrayPattern) {
            path.unshift(String(parent.elements.indexOf(current)));
        }
        else if (parent.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ObjectPattern) {
            return undefined;
        }
        current = parent;
    }
    return { path, defaultValue };
}


/***/ }),

/***/ 1499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   VA: () => (/* binding */ describePrimitive),
/* harmony export */   Vo: () => (/* binding */ alternatives),
/* harmony export */   ZV: () => (/* binding */ isEnvDependent),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   qE: () => (/* binding */ isKnown),
/* harmony export */   w8: () => (/* binding */ truthiness),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export asEnvString */
const MAX_OPTIONS = 16;
const UNKNOWN = { kind: 'unknown', type: 'any', env: false };
function known(value) {
    return { kind: 'known', value };
}
function unknown(type, env = false) {
    return { kind: 'unknown', type, env };
}
/** A run-time choice between values; nested choices are flattened and duplicate primitives merged. */
function oneOf(values) {
    const options = [];
    const all = values.flatMap(alternatives);
    for (const option of all) {
        // Past the limit the answer is `unknown` anyway: stop comparing (the check below is quadratic).
        if (options.length > MAX_OPTIONS)
            return unknown('any', all.some(isEnvDependent));
        if (!options.some((existing) => sameLeaf(existing, option)))
            options.push(option);
    }
    if (options.length === 1 && options[0])
        return options[0];
    if (options.length > MAX_OPTIONS)
        return unknown('any', all.some(isEnvDependent));
    return { kind: 'oneOf', options };
}
/** Equal primitives, or unknowns of the same type and origin: one of them says all the other does. */
function sameLeaf(a, b) {
    if (a.kind === 'known' && b.kind === 'known')
        return Object.is(a.value, b.value);
    return a.kind === 'unknown' && b.kind === 'unknown' && a.type === b.type && a.env === b.env;
}
/** The leaves of a value: the options of a `oneOf`, or the value itself. */
function alternatives(value) {
    return value.kind === 'oneOf' ? value.options : [value];
}
function isEnvDependent(value) {
    if (value.kind === 'unknown')
        return value.env;
    if (value.kind === 'oneOf')
        return value.options.some(isEnvDependent);
    return false;
}
function isKnown(value, expected) {
    return value.kind === 'known' && Object.is(value.value, expected);
}
/** JavaScript truthiness when it is statically decided; undefined when it depends on run time. */
function truthiness(value) {
    switch (value.kind) {
        case 'known':
            return Boolean(value.value);
        case 'object':
        case 'function':
            return true;
        case 'oneOf': {
            const results = new Set(value.options.map(truthiness));
            return results.size === 1 ? [...results][0] : undefined;
        }
        case 'unknown':
            return undefined;
    }
}
/** `String(value)` for a primitive, as `process.env` stores it. */
function asEnvString(value) {
    return String(value);
}
/** Source-like rendering of a primitive for messages: `false`, `'0'`, `null`. */
function describePrimitive(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (typeof value === 'bigint')
        return `${value.toString()}n`;
    return String(value);
}


/***/ }),

/***/ 97321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ returnStatements),
/* harmony export */   d: () => (/* binding */ forEachChild)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_visitor_keys__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90715);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91258);
/* harmony import */ var _shared_work_meter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18080);




/**
 * Calls `visit` for each direct child node of `node`, in source order. While rules run, each call is a
 * step of the file's work limit: rule helpers walk function bodies and whole programs.
 */
function forEachChild(node, visit) {
    (0,_shared_work_meter_js__WEBPACK_IMPORTED_MODULE_3__/* .chargeWalkStep */ .EA)();
    const keys = _typescript_eslint_visitor_keys__WEBPACK_IMPORTED_MODULE_1__.visitorKeys[node.type] ?? [];
    const record = node;
    for (const key of keys) {
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value)
                if (isNode(item))
                    visit(item);
        }
        else if (isNode(value)) {
            visit(value);
        }
    }
}
function isNode(value) {
    return (typeof value === 'object' && value !== null && typeof value.type === 'string');
}
const returnsByBody = new WeakMap();
/**
 * The `return` statements of one function body, not those of functions nested inside it. Asked for
 * once per call of a helper, so each body is walked once.
 */
function returnStatements(body) {
    let found = returnsByBody.get(body);
    if (!found) {
        found = collectReturns(body);
        returnsByBody.set(body, found);
    }
    return found;
}
function collectReturns(body) {
    const found = [];
    const visit = (node) => {
        if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ReturnStatement)
            found.push(node);
        if ((0,_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .isFunctionNode */ .Px)(node))
            return;
        forEachChild(node, visit);
    };
    forEachChild(body, visit);
    return found;
}


/***/ }),

/***/ 13040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ isDevelopmentName),
/* harmony export */   Lr: () => (/* binding */ isTlsSwitchName),
/* harmony export */   Zq: () => (/* binding */ isProductionName)
/* harmony export */ });
/* unused harmony export nameWords */
/**
 * What a name says about a condition, word by word: `smtpIgnoreTLSError` is `smtp ignore tls error`, a
 * user's switch for TLS checks; `isDev` is a development-mode flag; `url.protocol` is neither. Names,
 * not values, are all a reviewer has to go on for `if (options.x) { …rejectUnauthorized: false… }`.
 */
/** Words that make a name a TLS-verification switch on their own. */
const ALONE = new Set(['insecure', 'insecurely', 'unsafe', 'unverified', 'selfsigned']);
/** Words that do something to a check … */
const ACTIONS = new Set([
    'ignore',
    'ignored',
    'ignores',
    'skip',
    'disable',
    'disabled',
    'no',
    'allow',
    'accept',
    'trust',
    'verify',
    'verification',
    'validate',
    'validation',
    'check',
    'reject',
    'strict',
]);
/** … and words that say the check is a TLS one. */
const SUBJECTS = new Set([
    'tls',
    'ssl',
    'cert',
    'certs',
    'certificate',
    'certificates',
    'https',
    'unauthorized',
    'unauthorised',
    'untrusted',
    'invalid',
    'peer',
    'hostname',
    'identity',
    'verify',
    'verification',
]);
const DEVELOPMENT = new Set(['dev', 'development', 'debug', 'local', 'localhost']);
const PRODUCTION = new Set(['prod', 'production', 'packaged', 'release']);
const DEVELOPMENT_FILLERS = new Set(['is', 'in', 'mode', 'env', 'build', 'run', 'only']);
/** `smtpIgnoreTLSError` → ['smtp', 'ignore', 'tls', 'error']; `--self-signed` → ['self', 'signed']. */
function nameWords(name) {
    const words = [];
    let current = '';
    for (let index = 0; index < name.length; index++) {
        const char = name.charAt(index);
        const next = name.charAt(index + 1);
        if (!/[A-Za-z0-9]/.test(char)) {
            if (current)
                words.push(current);
            current = '';
            continue;
        }
        const previous = current.charAt(current.length - 1);
        const upper = char >= 'A' && char <= 'Z';
        const startsWord = upper && previous !== '' && (!(previous >= 'A' && previous <= 'Z') || /[a-z]/.test(next));
        if (startsWord) {
            words.push(current);
            current = '';
        }
        current += char;
    }
    if (current)
        words.push(current);
    return joinSelfSigned(words.map((word) => word.toLowerCase()));
}
function joinSelfSigned(words) {
    const joined = [];
    for (const word of words) {
        if (word === 'signed' && joined.at(-1) === 'self')
            joined[joined.length - 1] = 'selfsigned';
        else
            joined.push(word);
    }
    return joined;
}
/** A user-facing TLS switch: `ignoreTls`, `allowUnauthorizedCerts`, `insecure`, `verifyServerCert`. */
function isTlsSwitchName(name) {
    const words = nameWords(name);
    if (words.some((word) => ALONE.has(word)))
        return true;
    if (words.length === 1 && words[0] === 'verify')
        return true;
    return words.some((action, index) => ACTIONS.has(action) &&
        words.some((subject, other) => other !== index && SUBJECTS.has(subject)));
}
/** A development-mode flag: `isDev`, `DEBUG`, `developmentMode`. */
function isDevelopmentName(name) {
    return onlyModeWords(nameWords(name), DEVELOPMENT);
}
/** A production-mode flag: `isProduction`, `IS_PROD`, Electron's `app.isPackaged`. */
function isProductionName(name) {
    return onlyModeWords(nameWords(name), PRODUCTION);
}
function onlyModeWords(words, mode) {
    return (words.some((word) => mode.has(word)) &&
        words.every((word) => mode.has(word) || DEVELOPMENT_FILLERS.has(word)));
}


/***/ }),

/***/ 18080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ WorkMeter),
/* harmony export */   Dk: () => (/* binding */ WorkLimitReached),
/* harmony export */   EA: () => (/* binding */ chargeWalkStep),
/* harmony export */   lS: () => (/* binding */ chargingWalksTo)
/* harmony export */ });
/**
 * Thrown when one file's analysis has used up its work limit. The engine stops the file's rule
 * traversal, keeps what was found so far and reports the file as `too-complex`.
 */
class WorkLimitReached extends Error {
    steps;
    constructor(steps) {
        super(`the analysis of this file took more than ${steps.toLocaleString('en-US')} steps`);
        this.steps = steps;
        this.name = 'WorkLimitReached';
    }
}
/**
 * Counts the work of one file's analysis: every value asked for, every reference, write, use and
 * syntax node a resolver or rule helper looks at. Two bounds:
 * - a *question* (one rule asking one thing: a value, the uses of an object, a module reference) may
 *   take `questionLimit` steps; past it the resolvers give up with `unknown` — the answer is cut short;
 * - the *file* may take `fileLimit` steps in all; past it `spend` throws `WorkLimitReached`.
 */
class WorkMeter {
    fileLimit;
    questionLimit;
    /** Steps spent on the file so far. */
    total = 0;
    question = 0;
    depth = 0;
    constructor(fileLimit, questionLimit) {
        this.fileLimit = fileLimit;
        this.questionLimit = questionLimit;
    }
    /** Runs `answer` as one question; questions asked while answering it count as part of it. */
    ask(answer) {
        if (this.depth === 0)
            this.question = 0;
        this.depth++;
        try {
            return answer();
        }
        finally {
            this.depth--;
        }
    }
    spend(steps = 1) {
        this.total += steps;
        this.question += steps;
        if (this.total > this.fileLimit)
            throw new WorkLimitReached(this.fileLimit);
    }
    /** True once the current question has used its steps: resolvers stop and answer `unknown`. */
    get questionSpent() {
        return this.question > this.questionLimit;
    }
}
/**
 * Syntax walks inside rules (`forEachChild`) are charged to this meter while a file's rules run. The walk
 * helpers are called from many rule helpers that have no analysis at hand; threading the meter through
 * each of them would widen every signature for the sake of one counter. Analysis is synchronous, one
 * file at a time per thread, so one slot per module instance is enough.
 */
let walkMeter;
function chargingWalksTo(meter, run) {
    const previous = walkMeter;
    walkMeter = meter;
    try {
        return run();
    }
    finally {
        walkMeter = previous;
    }
}
function chargeWalkStep() {
    walkMeter?.spend(1);
}


/***/ })

};
