export const id = 402;
export const ids = [402];
export const modules = {

/***/ 1242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ isFunctionNode),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   pG: () => (/* binding */ enclosingFunction),
/* harmony export */   sP: () => (/* binding */ isTransparentWrapper),
/* harmony export */   xz: () => (/* binding */ literalName)
/* harmony export */ });
/* unused harmony exports isObjectExpression, dottedName */
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);

/** Wrappers that do not change a value at run time: `x as T`, `x!`, `<T>x`, `x satisfies T`, `a?.b`. */
const TRANSPARENT = new Set([
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TSAsExpression,
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TSSatisfiesExpression,
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TSNonNullExpression,
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TSTypeAssertion,
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TSInstantiationExpression,
    _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ChainExpression,
]);
function isTransparentWrapper(node) {
    return TRANSPARENT.has(node.type);
}
/** The expression inside any number of type-only wrappers. */
function unwrap(node) {
    let current = node;
    while (isTransparentWrapper(current))
        current = current.expression;
    return current;
}
function isFunctionNode(node) {
    return (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.FunctionDeclaration ||
        node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.FunctionExpression ||
        node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.ArrowFunctionExpression);
}
/** The nearest function that contains `node`, if any. */
function enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (isFunctionNode(current))
            return current;
    }
    return undefined;
}
/** Name of an identifier-like node: `foo`, `'foo'`, `` `foo` ``, private `#foo` excluded. */
function literalName(node) {
    if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Identifier)
        return node.name;
    if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.Literal) {
        return typeof node.value === 'string' || typeof node.value === 'number'
            ? String(node.value)
            : undefined;
    }
    if (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
        return node.quasis[0]?.value.cooked ?? undefined;
    }
    return undefined;
}
function isObjectExpression(node) {
    return node?.type === AST_NODE_TYPES.ObjectExpression;
}
/** `a.b.c` → ['a', 'b', 'c'] for plain dotted chains of identifiers; undefined otherwise. */
function dottedName(node) {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier)
        return [target.name];
    if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) {
        const head = dottedName(target.object);
        if (head && target.property.type === AST_NODE_TYPES.Identifier) {
            return [...head, target.property.name];
        }
    }
    return undefined;
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ writesOf),
/* harmony export */   JP: () => (/* binding */ readsOf),
/* harmony export */   jW: () => (/* binding */ Bindings),
/* harmony export */   wB: () => (/* binding */ isEffectivelyConst)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9448);
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3141);
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
/** References that read the variable's value (a plain read or the read half of `x += 1`). */
function readsOf(variable) {
    return variable.references.filter((reference) => reference.isRead());
}
/** Every value written to the variable: the initializer and later assignments (`undefined` for none). */
function writesOf(variable) {
    return variable.references.filter((reference) => reference.isWrite());
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

/***/ 8550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate),
  O: () => (/* binding */ functionOf)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(3141);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(1242);
// EXTERNAL MODULE: ./src/analysis/value.ts
var analysis_value = __webpack_require__(1083);
;// CONCATENATED MODULE: ./src/analysis/operators.ts

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

// EXTERNAL MODULE: ./src/analysis/object-shapes.ts
var object_shapes = __webpack_require__(7777);
// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(6873);
;// CONCATENATED MODULE: ./src/analysis/calls.ts





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
    const merged = (0,object_shapes/* mergeShapes */.N2)(shapes);
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
var scope_manager_dist = __webpack_require__(9448);
// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(1474);
// EXTERNAL MODULE: ./src/analysis/patterns.ts
var patterns = __webpack_require__(9759);
;// CONCATENATED MODULE: ./src/analysis/variable-values.ts








/** Everything a variable can hold: its initializer, later assignments, defaults of destructuring. */
function variableValue(analysis, variable) {
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
    const values = (0,bindings/* writesOf */.AP)(variable).map((write) => writtenValue(analysis, write));
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
    const found = followPath(analysis, evaluate(analysis, declarator.init), place.path);
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
        ? { kind: 'object', shape: appendEntries(option.shape, extra) }
        : option));
}
function laterWrites(analysis, variable) {
    const entries = [];
    for (const reference of variable.references) {
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
    return [...(0,object_shapes/* mergeShapes */.N2)(shapes).entries.values()].flat();
}
/** True when `node` is the first argument of `Object.assign(node, ...)`. */
function isObjectAssignTarget(analysis, call, node) {
    return (call.type === dist.AST_NODE_TYPES.CallExpression &&
        call.arguments[0] !== undefined &&
        (0,ast/* unwrap */.oA)(call.arguments[0]) === node &&
        analysis.isObjectAssign(call));
}
function appendEntries(shape, extra) {
    const entries = new Map(shape.entries);
    for (const entry of extra)
        entries.set(entry.key, [...(entries.get(entry.key) ?? []), entry]);
    return { entries, open: shape.open };
}

;// CONCATENATED MODULE: ./src/analysis/evaluate.ts







const MAX_DEPTH = 24;
/**
 * What `node` evaluates to, as far as one file tells: literals, constants, shorthand, spread,
 * `Object.assign`, helpers returning values, env reads. Never throws; gives up with `unknown`.
 */
function evaluate(analysis, node) {
    const guard = analysis.evaluating;
    if (guard.has(node) || guard.size > MAX_DEPTH)
        return analysis_value/* UNKNOWN */.HV;
    guard.add(node);
    try {
        return compute(analysis, node);
    }
    finally {
        guard.delete(node);
    }
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

/***/ 6507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ moduleName),
/* harmony export */   Qj: () => (/* binding */ resolveModuleRef),
/* harmony export */   Zx: () => (/* binding */ GLOBAL_MODULE),
/* harmony export */   g6: () => (/* binding */ refIs)
/* harmony export */ });
/* unused harmony export requiredModule */
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9448);
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1242);
/* harmony import */ var _bindings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1474);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8550);
/* harmony import */ var _object_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7777);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9759);







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

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   AX: () => (/* binding */ memberValue),
/* harmony export */   Bz: () => (/* binding */ propertyName),
/* harmony export */   IY: () => (/* binding */ objectShapeOf),
/* harmony export */   N2: () => (/* binding */ mergeShapes)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1242);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8550);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1083);




/** The static name of a property key or member property: `a`, `'a'`, `[A]` with `const A = 'a'`. */
function propertyName(analysis, node) {
    const key = node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression ? node.property : node.key;
    if (!node.computed) {
        return key.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.PrivateIdentifier ? undefined : (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .literalName */ .xz)(key);
    }
    const value = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(analysis, key);
    return value.kind === 'known' &&
        (typeof value.value === 'string' || typeof value.value === 'number')
        ? String(value.value)
        : undefined;
}
/** Keys and candidate values of an object literal, with spreads of known objects merged in. */
function objectShapeOf(analysis, node) {
    const entries = new Map();
    let open = false;
    for (const property of node.properties) {
        if (property.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.SpreadElement) {
            open = spreadInto(entries, (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(analysis, property.argument)) || open;
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
function spreadInto(entries, value) {
    let open = false;
    const objects = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .alternatives */ .Vo)(value);
    for (const option of objects) {
        if (option.kind === 'object') {
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
function mergeShapes(shapes) {
    const entries = new Map();
    let open = false;
    for (const shape of shapes) {
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
        return shape.open ? _value_js__WEBPACK_IMPORTED_MODULE_3__/* .UNKNOWN */ .HV : (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .known */ .eO)(undefined);
    return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(candidates.map((entry) => (entry.valueNode ? (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(analysis, entry.valueNode) : _value_js__WEBPACK_IMPORTED_MODULE_3__/* .UNKNOWN */ .HV)));
}
function memberValue(analysis, node) {
    if (analysis.isEnvObject(node.object))
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5)('string', true);
    if (isImportMetaEnv(node.object))
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5)('any', true);
    const object = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(analysis, node.object);
    const key = propertyName(analysis, node);
    if (key === undefined)
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5)('any', (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvDependent */ .ZV)(object));
    const results = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .alternatives */ .Vo)(object).map((option) => {
        if (option.kind === 'object')
            return lookup(analysis, option.shape, key);
        if (option.kind === 'known' && typeof option.value === 'string' && key === 'length') {
            return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .known */ .eO)(option.value.length);
        }
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5)('any', (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnvDependent */ .ZV)(option));
    });
    return (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(results);
}
/** `import.meta.env` — Vite and similar inject the environment there at build time. */
function isImportMetaEnv(node) {
    return (node.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression &&
        node.object.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MetaProperty &&
        node.object.meta.name === 'import' &&
        (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .literalName */ .xz)(node.property) === 'env');
}


/***/ }),

/***/ 9759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ placeInPattern)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1242);


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

/***/ 1083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   VA: () => (/* binding */ describePrimitive),
/* harmony export */   Vo: () => (/* binding */ alternatives),
/* harmony export */   ZV: () => (/* binding */ isEnvDependent),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   w8: () => (/* binding */ truthiness),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports isKnown, asEnvString */
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
    for (const option of values.flatMap(alternatives)) {
        const duplicate = options.some((existing) => existing.kind === 'known' &&
            option.kind === 'known' &&
            Object.is(existing.value, option.value));
        if (!duplicate)
            options.push(option);
    }
    if (options.length === 1 && options[0])
        return options[0];
    if (options.length > MAX_OPTIONS)
        return unknown('any', options.some(isEnvDependent));
    return { kind: 'oneOf', options };
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

/***/ 6873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ returnStatements),
/* harmony export */   d: () => (/* binding */ forEachChild)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_visitor_keys__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(715);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1242);



/** Calls `visit` for each direct child node of `node`, in source order. */
function forEachChild(node, visit) {
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
/** The `return` statements of one function body, not those of functions nested inside it. */
function returnStatements(body) {
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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
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


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   fs: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony exports CATEGORIES, DOCS_BASE_URL */
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'certificate-verification',
    'hostname-verification',
    'client-certificates',
    'protocol-version',
    'cipher-suites',
    'deprecated-api',
    'key-logging',
    'environment-override',
    'browser-automation',
]));
/** Identity helper that keeps message ids typed inside `create`. */
function defineRule(rule) {
    return rule;
}
const DOCS_BASE_URL = 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/';
function docsUrl(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  SQ: () => (/* binding */ scan)
});

// UNUSED EXPORTS: compareFindings, compareText

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/discover/excludes.ts
/**
 * What a scan leaves out by default (design §2): dependency, build and vendor folders, and minified
 * bundles — generated or third-party code whose findings the user cannot act on. `--no-ignore` scans them.
 */
const EXCLUDED_DIRECTORIES = new Set([
    'node_modules',
    'dist',
    'build',
    'vendor',
]);
const MINIFIED = /\.min\.[cm]?js$/i;
function isMinifiedName(path) {
    return MINIFIED.test(path);
}
/** The path of the first excluded folder in a `/`-separated relative file path: `pkg/node_modules`. */
function excludedFolderOf(relativePath) {
    const segments = relativePath.split('/');
    const index = segments.findIndex((segment, position) => position < segments.length - 1 && EXCLUDED_DIRECTORIES.has(segment));
    return index < 0 ? undefined : segments.slice(0, index + 1).join('/');
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/gitignore-walk.ts


/**
 * Every file below `start` (paths relative to it, with `/`) for folders that are not git work trees.
 * Nested `.gitignore` files apply to their own folder and below, with the `ignore` package's git
 * semantics. Symlinked folders are not entered, so link loops cannot make the walk endless.
 */
async function walkFiles(fs, start, options) {
    const files = [];
    const visit = async (relative, layers) => {
        const absolute = relative === '' ? start : `${start}/${relative}`;
        const own = options.ignoring ? await loadLayer(fs, absolute, relative) : undefined;
        const active = own ? [...layers, own] : layers;
        const entries = [...(await fs.readDirectory(absolute))].sort((a, b) => a.name < b.name ? -1 : 1);
        for (const entry of entries) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.kind === 'directory') {
                if (entry.name === '.git')
                    continue;
                if (options.ignoring && EXCLUDED_DIRECTORIES.has(entry.name)) {
                    options.onExcludedDirectory(path);
                }
                else if (!isIgnored(active, path, true)) {
                    await visit(path, active);
                }
            }
            else if ((entry.kind === 'file' || entry.kind === 'symlink') &&
                !isIgnored(active, path, false)) {
                files.push(path);
            }
        }
    };
    await visit('', []);
    return files;
}
async function loadLayer(fs, absolute, relative) {
    const text = await fs.readText(`${absolute}/.gitignore`);
    return text === undefined ? undefined : { base: relative, rules: ignore_default()().add(text) };
}
function isIgnored(layers, path, directory) {
    return layers.some((layer) => {
        const local = layer.base === '' ? path : path.slice(layer.base.length + 1);
        return layer.rules.ignores(directory ? `${local}/` : local);
    });
}

;// CONCATENATED MODULE: ./src/discover/discover.ts



/**
 * The candidate files of a scan. In a git work tree git's own list (tracked + untracked, not ignored),
 * elsewhere an ignore-aware walk; default excludes are applied below each target and counted.
 */
async function discover(request, io) {
    const found = new Map();
    const skipped = {};
    const skip = (reason) => {
        skipped[reason] = (skipped[reason] ?? 0) + 1;
    };
    for (const target of request.targets) {
        const kind = await io.fs.kindOf(target);
        if (kind === undefined)
            throw new errors/* UsageError */.e(`no such file or folder: ${target}`);
        const listed = kind === 'directory' ? await listDirectory(request, io, target, skip) : [target];
        for (const absolute of listed) {
            const path = relativeTo(request.root, absolute);
            if (!request.isCandidate(path) || found.has(path))
                continue;
            const reason = kind === 'directory' ? undefined : explicitFileSkip(request, path);
            if (reason)
                skip(reason);
            else if (!request.noIgnore && isMinifiedName(path))
                skip('minified');
            else
                found.set(path, { absolute, path });
        }
    }
    const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { files, skipped };
}
async function listDirectory(request, io, directory, skip) {
    const fromGit = request.noIgnore ? undefined : await io.git.listFiles(directory);
    if (fromGit) {
        const excludedFolders = new Set();
        const kept = fromGit.filter((relative) => {
            const folder = excludedFolderOf(relative);
            if (folder !== undefined)
                excludedFolders.add(folder);
            return folder === undefined;
        });
        excludedFolders.forEach(() => {
            skip('excluded-directory');
        });
        return kept.map((relative) => `${directory}/${relative}`);
    }
    const walked = await walkFiles(io.fs, directory, {
        ignoring: !request.noIgnore,
        onExcludedDirectory: () => {
            skip('excluded-directory');
        },
    });
    return walked.map((relative) => `${directory}/${relative}`);
}
/** A file named on the command line is still left out when it sits in an excluded folder. */
function explicitFileSkip(request, path) {
    if (request.noIgnore)
        return undefined;
    return excludedFolderOf(path) === undefined ? undefined : 'excluded-directory';
}
function relativeTo(root, absolute) {
    if (absolute === root)
        return '';
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute;
}

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/severity.ts
var core_severity = __webpack_require__(432);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/fingerprint.ts

/** Versioned like SARIF fingerprint names; bump when the normalization below changes. */
const FINGERPRINT_ALGORITHM = 'tlsguard-fp/v1';
/**
 * Identity of a finding that survives moved lines, re-indentation, reformatting and CRLF↔LF: a hash of
 * the rule id and the normalized text of the offending node. No line, column, path or message.
 */
function fingerprint(ruleId, normalizedCode) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\n${normalizedCode}`).digest('hex').slice(0, 20);
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

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(3141);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(1242);
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
function toFinding(file, report) {
    const { rule, node } = report;
    const spec = rule.meta.messages[report.messageId];
    if (!spec)
        throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
    const natural = (0,core_severity/* severityForRisk */.M6)(spec.risk);
    const cap = file.severityCap;
    const capped = cap !== undefined && (0,core_severity/* severityRank */.qs)(natural) > (0,core_severity/* severityRank */.qs)(cap);
    const severity = capped ? cap : natural;
    let message = interpolate(spec.text, report.data);
    if (capped)
        message += ` (In test code: reported as ${severity}.)`;
    return {
        ruleId: rule.id,
        messageId: report.messageId,
        severity,
        risk: spec.risk,
        message,
        file: file.path,
        line: node.loc.start.line,
        column: node.loc.start.column + 1,
        endLine: node.loc.end.line,
        endColumn: node.loc.end.column + 1,
        snippet: snippet(file.lines, node.loc.start.line, node.loc.end.line),
        fingerprint: fingerprint(rule.id, normalizedNodeText(file, node)),
        scope: scopePath(node),
        status: 'new',
        cwe: rule.meta.cwe,
        docs: (0,core_rule/* docsUrl */.fs)(rule.id),
    };
}
function interpolate(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name) => data[name] ?? match);
}
function snippet(lines, first, last) {
    const end = Math.min(last, first + SNIPPET_MAX_LINES - 1);
    const picked = [];
    for (let line = first; line <= end; line++) {
        const text = (lines[line - 1] ?? '').trimEnd();
        picked.push(text.length > SNIPPET_MAX_CHARS ? `${text.slice(0, SNIPPET_MAX_CHARS)}…` : text);
    }
    return picked.join('\n');
}
function normalizedNodeText(file, node) {
    const [start, end] = node.range;
    const comments = (file.program.comments ?? [])
        .filter((comment) => comment.range[0] >= start && comment.range[1] <= end)
        .map((comment) => [comment.range[0] - start, comment.range[1] - start]);
    return normalizeCode(file.text.slice(start, end), comments);
}

// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(1474);
// EXTERNAL MODULE: ./src/analysis/evaluate.ts + 3 modules
var evaluate = __webpack_require__(8550);
// EXTERNAL MODULE: ./src/analysis/object-shapes.ts
var object_shapes = __webpack_require__(7777);
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
    /** Nodes being evaluated right now: breaks cycles such as `let a = b; let b = a`. */
    evaluating = new Set();
    bindingsCache;
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
        return (0,modules/* resolveModuleRef */.Qj)(this, node);
    }
    /** Where a value goes: calls it is passed to, members it is assigned to, or nowhere we can see. */
    uses(node) {
        return usesOf(this, node);
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

// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(6873);
;// CONCATENATED MODULE: ./src/engine/traverse.ts

/**
 * The one traversal of a file: links every node to its parent (analysis walks upwards) and collects,
 * in source order, the nodes of the types some rule listens to. Iterative, so deeply nested code cannot
 * overflow the stack.
 */
function linkAndCollect(program, wanted) {
    const collected = [];
    const stack = [program];
    for (let node = stack.pop(); node; node = stack.pop()) {
        const parent = node;
        if (wanted.has(node.type))
            collected.push(node);
        const children = [];
        (0,walk/* forEachChild */.d)(node, (child) => {
            child.parent = parent;
            children.push(child);
        });
        stack.push(...children.reverse());
    }
    return collected;
}

;// CONCATENATED MODULE: ./src/engine/run-rules.ts



/**
 * Runs every rule over one file in a single traversal. A rule that throws is switched off for this file
 * and recorded as a failure; the other rules and files carry on.
 */
function runRules(program, text, filename, rules) {
    const analysis = new FileAnalysis(program, text);
    const reports = new ReportSet();
    const failures = [];
    const handlers = new Map();
    for (const rule of rules) {
        const context = {
            filename,
            analysis,
            report: ({ node, messageId, data }) => reports.add({ rule, node, messageId, data: data ?? {} }),
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
    const failed = new Set();
    for (const node of linkAndCollect(program, new Set(handlers.keys()))) {
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
    return { reports: reports.values(), failures };
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

;// CONCATENATED MODULE: ./src/engine/analyze-file.ts


/** Parse → rules → findings for one file. Pure: a syntax error or a failing rule becomes a diagnostic. */
function analyzeFile(parser, input) {
    const parsed = parser.parse(input.text, input.path);
    if (!parsed.ok) {
        const diagnostic = {
            file: input.path,
            kind: 'parse-error',
            message: `could not parse: ${parsed.message}`,
            ...(parsed.line === undefined ? {} : { line: parsed.line, column: parsed.column }),
        };
        return { findings: [], diagnostics: [diagnostic] };
    }
    const run = runRules(parsed.program, input.text, input.path, input.rules);
    const source = {
        path: input.path,
        text: input.text,
        lines: input.text.split(/\r\n|\r|\n/),
        program: parsed.program,
        severityCap: input.severityCap,
    };
    const diagnostics = run.failures.map(({ ruleId, error }) => ({
        file: input.path,
        kind: 'internal-error',
        message: `rule ${ruleId} failed on this file and was skipped for it: ${describe(error)}`,
    }));
    const findings = [];
    for (const report of run.reports) {
        try {
            findings.push(toFinding(source, report));
        }
        catch (error) {
            diagnostics.push({ file: input.path, kind: 'internal-error', message: describe(error) });
        }
    }
    return { findings, diagnostics };
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/parse/languages.ts
/** File extensions tlsguard parses as JavaScript or TypeScript (JSX where the compiler allows it). */
const SOURCE_EXTENSIONS = [
    '.js',
    '.cjs',
    '.mjs',
    '.jsx',
    '.ts',
    '.cts',
    '.mts',
    '.tsx',
];
function isSourceFile(path) {
    const dot = path.lastIndexOf('.');
    return dot >= 0 && SOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/parse/parser.ts

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
    globals.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
    return __webpack_require__.e(/* import() */ 332).then(__webpack_require__.t.bind(__webpack_require__, 332, 23));
}
function createParser(estree) {
    return {
        parse(text, filePath) {
            try {
                const program = estree.parse(text, {
                    filePath,
                    loc: true,
                    range: true,
                    comment: true,
                    errorOnUnknownASTType: false,
                    suppressDeprecatedPropertyWarnings: true,
                });
                return { ok: true, program };
            }
            catch (error) {
                return parseFailure(error);
            }
        },
    };
}
function parseFailure(error) {
    if (error instanceof Error && 'location' in error) {
        const location = error
            .location;
        const start = location?.start;
        return start
            ? { ok: false, message: error.message, line: start.line, column: start.column + 1 }
            : { ok: false, message: error.message };
    }
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

;// CONCATENATED MODULE: ./src/prefilter/prefilter.ts
/**
 * One combined matcher for every rule's triggers, so each file's text is scanned once, not once per
 * rule. Rules without triggers run on every parsed file but do not by themselves cause parsing.
 */
function createPrefilter(rules) {
    const rulesByTrigger = new Map();
    const always = rules.filter((rule) => rule.triggers.length === 0);
    for (const rule of rules) {
        for (const trigger of rule.triggers) {
            rulesByTrigger.set(trigger, [...(rulesByTrigger.get(trigger) ?? []), rule]);
        }
    }
    const triggers = [...rulesByTrigger.keys()].sort((a, b) => b.length - a.length);
    if (triggers.length === 0)
        return { rulesFor: () => [] };
    // A match of `sslmode` hides the `ssl` inside it from the scan: it triggers the rules of both.
    const rulesByMatch = new Map(triggers.map((trigger) => [
        trigger,
        triggers
            .filter((other) => trigger.includes(other))
            .flatMap((other) => rulesByTrigger.get(other) ?? []),
    ]));
    const pattern = new RegExp(triggers.map(escapeRegExp).join('|'), 'g');
    return {
        rulesFor(text) {
            const found = new Set();
            const seen = new Set();
            for (const match of text.matchAll(pattern)) {
                if (seen.has(match[0]))
                    continue;
                seen.add(match[0]);
                for (const rule of rulesByMatch.get(match[0]) ?? [])
                    found.add(rule);
                if (seen.size === triggers.length)
                    break;
            }
            if (found.size === 0)
                return [];
            for (const rule of always)
                found.add(rule);
            return rules.filter((rule) => found.has(rule));
        },
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/concurrency.ts
/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const lane = async () => {
        for (let index = next++; index < items.length; index = next++) {
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
    return results;
}

;// CONCATENATED MODULE: ./src/core/test-paths.ts
/**
 * Test code by path (design §4): `test/`, `tests/`, `__tests__/`, `e2e/` folders and `*.test.*` /
 * `*.spec.*` files. Findings there are real but less urgent, so they are capped at `testSeverity`.
 */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__mocks__', 'e2e', 'spec']);
const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;
function isTestPath(path) {
    const segments = path.split('/');
    const name = segments.pop() ?? '';
    return TEST_FILE.test(name) || segments.some((segment) => TEST_FOLDERS.has(segment));
}

;// CONCATENATED MODULE: ./src/core/scan.ts







const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const READ_CONCURRENCY = 32;
/** The whole pipeline (design §2): discover → prefilter → parse → rules → findings. */
async function scan(options, io) {
    const started = io.now();
    const discovery = await discover({
        root: options.root,
        targets: options.targets,
        noIgnore: options.noIgnore,
        isCandidate: isSourceFile,
    }, io);
    io.logger.debug(`discovered ${discovery.files.length} candidate files`);
    const prefilter = createPrefilter(options.rules);
    const outcomes = await mapBounded(discovery.files, READ_CONCURRENCY, (file) => scanFile(file, options, io, prefilter));
    const skipped = { ...discovery.skipped };
    for (const outcome of outcomes) {
        if (outcome.skip)
            skipped[outcome.skip] = (skipped[outcome.skip] ?? 0) + 1;
    }
    return {
        root: options.root,
        findings: outcomes.flatMap((o) => o.findings).sort(compareFindings),
        fixed: [],
        diagnostics: outcomes.flatMap((o) => o.diagnostics),
        stats: {
            filesDiscovered: discovery.files.length,
            filesRead: outcomes.filter((o) => o.bytes > 0).length,
            filesParsed: outcomes.filter((o) => o.parsed).length,
            bytesRead: outcomes.reduce((sum, o) => sum + o.bytes, 0),
            filesSkipped: skipped,
            durationMs: Math.round(io.now() - started),
        },
    };
}
async function scanFile(file, options, io, prefilter) {
    const read = await io.fs.readFile(file.absolute, options.maxFileBytes);
    if (read.kind === 'too-large')
        return empty({ skip: 'too-large' });
    if (read.kind === 'not-a-file')
        return empty({});
    if (read.kind === 'error') {
        return empty({
            diagnostics: [
                { file: file.path, kind: 'read-error', message: `could not read: ${read.message}` },
            ],
        });
    }
    const text = decoder.decode(read.bytes);
    const rules = prefilter.rulesFor(text);
    const bytes = read.bytes.byteLength;
    if (rules.length === 0)
        return empty({ bytes });
    const parser = await loadParser();
    const severityCap = isTestPath(file.path) ? options.testSeverity : undefined;
    const output = analyzeFile(parser, { path: file.path, text, rules, severityCap });
    return { ...output, bytes, parsed: true };
}
const decoder = new TextDecoder('utf-8');
function empty(partial) {
    return { findings: [], diagnostics: [], bytes: 0, parsed: false, ...partial };
}
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.messageId, b.messageId));
}
/** Code-point order, independent of the locale (baselines and reports must sort the same everywhere). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ severityForRisk),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   wv: () => (/* binding */ riskRank)
/* harmony export */ });
/* unused harmony export securitySeverityScore */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);

function severityRank(severity) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(severity);
}
/** True when `severity` is at or above `threshold`. */
function reaches(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
function riskRank(risk) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RISKS */ .F.indexOf(risk);
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

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RISKS),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** The shared vocabulary of every stage. Plain data only: renderers and the baseline work on these shapes. */
/** How loudly a finding is reported. Ordered: a finding "reaches" a level when it is at or above it. */
const SEVERITIES = ['note', 'warning', 'error'];
/** The catalogue's finer risk scale (rules.md); it decides the severity and SARIF's security-severity. */
const RISKS = ['info', 'low', 'medium', 'high', 'critical'];


/***/ }),

/***/ 8867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ nodeFileSystem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** `FileSystem` over node:fs. Never throws for a single file: failures come back as data. */
const nodeFileSystem = {
    // Forward slashes everywhere: Node accepts them on Windows too, and reports use them.
    resolve: (...paths) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(...paths).replaceAll('\\', '/'),
    async kindOf(path) {
        try {
            return kindOfStats(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path));
        }
        catch {
            return undefined;
        }
    },
    async readDirectory(path) {
        try {
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(path, { withFileTypes: true });
            return entries.map((entry) => ({
                name: entry.name,
                kind: kindOfStats(entry),
            }));
        }
        catch {
            return [];
        }
    },
    async readFile(path, maxBytes) {
        let handle;
        try {
            // O_NONBLOCK: opening a FIFO that happens to be named *.js must not hang the scan.
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            const stats = await handle.stat();
            if (!stats.isFile())
                return { kind: 'not-a-file' };
            if (stats.size > maxBytes)
                return { kind: 'too-large', size: stats.size };
            return { kind: 'ok', bytes: await handle.readFile() };
        }
        catch (error) {
            if (error.code === 'EISDIR')
                return { kind: 'not-a-file' };
            return { kind: 'error', message: describeError(error) };
        }
        finally {
            await handle?.close();
        }
    },
    async readText(path) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        }
        catch {
            return undefined;
        }
    },
};
function kindOfStats(stats) {
    if (stats.isSymbolicLink())
        return 'symlink';
    if (stats.isFile())
        return 'file';
    return stats.isDirectory() ? 'directory' : 'other';
}
function describeError(error) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return 'the file no longer exists';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}


/***/ }),

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ nodeGit)
/* harmony export */ });
/* unused harmony export git */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const MAX_OUTPUT = 512 * 1024 * 1024;
/** `Git` through the git command line; any failure (no git, not a work tree) means "not available". */
const nodeGit = {
    async listFiles(directory) {
        const listed = await git(directory, [
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
        ]);
        if (listed === undefined)
            return undefined;
        const deleted = new Set(splitNul((await git(directory, ['ls-files', '-z', '--deleted'])) ?? ''));
        // Unmerged paths are listed once per conflict stage.
        return [...new Set(splitNul(listed))].filter((path) => !deleted.has(path));
    },
};
/** Runs git in `cwd`; stdout, or undefined when git fails or is missing. */
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotepath=off', ...args], { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout) => {
            resolve(error ? undefined : stdout);
        });
    });
}
function splitNul(output) {
    return output.split('\0').filter((path) => path.length > 0);
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export clean */
const SKIP_LABELS = {
    'excluded-directory': 'excluded folders (node_modules, dist, build, vendor)',
    minified: 'minified files',
    'too-large': 'files over the size limit',
    'unsupported-extension': 'files of other languages',
    'ignored-by-config': 'files excluded by configuration',
};
/** Human-readable report: findings grouped by file with a one-line code frame, then a summary. */
function renderText(result, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const [file, findings] of groupByFile(result.findings)) {
        lines.push(paint.underline(clean(file)));
        for (const finding of findings)
            lines.push(...renderFinding(finding, paint), '');
    }
    if (result.diagnostics.length > 0) {
        lines.push(paint.bold('Files that could not be analyzed:'));
        for (const diagnostic of result.diagnostics)
            lines.push(`  ${renderDiagnostic(diagnostic)}`);
        lines.push('');
    }
    lines.push(summary(result, paint));
    return `${lines.join('\n')}\n`;
}
function renderFinding(finding, paint) {
    const status = finding.status === 'unchanged' ? paint.dim(' (in baseline)') : '';
    const head = `  ${finding.line}:${finding.column}  ${paint.severity(finding.severity)}  ${paint.dim(finding.ruleId)}${status}`;
    const gutter = String(finding.line).length;
    const [first = '', ...rest] = finding.snippet.split('\n');
    const frame = [`  ${paint.dim(`${finding.line} |`)} ${clean(first)}`];
    const width = finding.endLine === finding.line
        ? finding.endColumn - finding.column
        : first.length - finding.column + 1;
    frame.push(`  ${' '.repeat(gutter)} ${paint.dim('|')} ${' '.repeat(finding.column - 1)}${paint.severityColor(finding.severity, '^'.repeat(Math.max(1, width)))}`);
    if (rest.length > 0)
        frame.push(`  ${' '.repeat(gutter)} ${paint.dim('|')} ${paint.dim('…')}`);
    return [head, `  ${clean(finding.message)}`, ...frame, `  ${paint.dim(finding.docs)}`];
}
function renderDiagnostic(diagnostic) {
    const where = diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`;
    return `${clean(diagnostic.file)}${where}  ${clean(diagnostic.message)}`;
}
function summary(result, paint) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of result.findings)
        counts[finding.severity]++;
    const total = result.findings.length;
    const files = new Set(result.findings.map((f) => f.file)).size;
    const { stats } = result;
    const scanned = `${plural(stats.filesDiscovered, 'file')} scanned, ${stats.filesParsed} parsed, in ${(stats.durationMs / 1000).toFixed(2)} s`;
    const skipped = Object.entries(stats.filesSkipped)
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => `${count} ${SKIP_LABELS[reason]}`);
    const skippedLine = skipped.length > 0 ? `\nSkipped: ${skipped.join(', ')}.` : '';
    if (total === 0)
        return `${paint.good('✔ No insecure TLS usage found')} (${scanned}).${skippedLine}`;
    const breakdown = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
    const head = `✖ ${plural(total, 'finding')} (${breakdown}) in ${plural(files, 'file')}`;
    const newCount = result.findings.filter((f) => f.status === 'new').length;
    const fresh = newCount === total ? '' : `; ${newCount} new, ${total - newCount} in the baseline`;
    return `${paint.bad(head)}${fresh} (${scanned}).${skippedLine}`;
}
function groupByFile(findings) {
    const groups = new Map();
    for (const finding of findings)
        groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
    return groups;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * File names and code are untrusted: control characters (ANSI escapes, carriage returns that would
 * overwrite the line) are shown as `\xNN`, never sent to the terminal.
 */
function clean(text) {
    return text.replace(CONTROL_CHARACTERS, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
function painter(color) {
    const wrap = (open, close) => (text) => color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    const red = wrap(31, 39);
    const yellow = wrap(33, 39);
    const cyan = wrap(36, 39);
    const byLevel = {
        error: red,
        warning: yellow,
        note: cyan,
    };
    return {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        underline: wrap(4, 24),
        good: wrap(32, 39),
        bad: red,
        severity: (severity) => byLevel[severity](severity.padEnd(7)),
        severityColor: (severity, text) => byLevel[severity](text),
    };
}


/***/ }),

/***/ 9323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// UNUSED EXPORTS: findRule

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/scope-manager/dist/index.js
var dist = __webpack_require__(9448);
// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var types_dist = __webpack_require__(3141);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(1242);
// EXTERNAL MODULE: ./src/analysis/modules.ts
var modules = __webpack_require__(6507);
// EXTERNAL MODULE: ./src/analysis/value.ts
var analysis_value = __webpack_require__(1083);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/rules/utils/tls-bag-destinations.ts



/** Node core APIs that take a TLS options bag in some argument (rules.md N1, N5). */
const CORE_ENTRY_POINTS = [
    { module: 'https', member: 'request', side: 'client' },
    { module: 'https', member: 'get', side: 'client' },
    { module: 'https', member: 'Agent', side: 'client' },
    { module: 'tls', member: 'connect', side: 'client' },
    { module: 'tls', member: 'TLSSocket', side: 'client' },
    { module: 'http2', member: 'connect', side: 'client' },
    { module: 'https', member: 'createServer', side: 'server' },
    { module: 'https', member: 'Server', side: 'server' },
    { module: 'tls', member: 'createServer', side: 'server' },
    { module: 'tls', member: 'Server', side: 'server' },
    { module: 'http2', member: 'createSecureServer', side: 'server' },
    // tls.createSecureContext has no rejectUnauthorized: the key is ignored there.
    { module: 'tls', member: 'createSecureContext', side: 'inert' },
];
/** Every place the object literal `bag` is handed to, classified for TLS. Empty uses count as unknown. */
function bagDestinations(analysis, bag) {
    const uses = analysis.uses(bag);
    if (uses.length === 0)
        return [{ kind: 'unknown' }];
    return uses.map((use) => classifyUse(analysis, use));
}
function classifyUse(analysis, use) {
    if (use.kind === 'assigned') {
        return use.path.length === 0 && isGlobalAgentOptions(analysis, use.target)
            ? { kind: 'global-agent' }
            : { kind: 'unknown' };
    }
    if (use.kind !== 'argument' || use.path.length > 0)
        return { kind: 'unknown' };
    const entry = coreEntryPoint(analysis, use.call);
    if (!entry)
        return renegotiation(use.call)
            ? { kind: 'client', api: 'tlsSocket.renegotiate' }
            : { kind: 'unknown' };
    const api = `${entry.module}.${entry.member}`;
    if (entry.side === 'server')
        return { kind: 'server', api, call: use.call };
    if (entry.side === 'inert')
        return { kind: 'inert', api };
    if (entry.member === 'Agent' && agentBecomesGlobal(analysis, use.call))
        return { kind: 'global-agent' };
    return { kind: 'client', api };
}
function coreEntryPoint(analysis, call) {
    const ref = analysis.moduleRef(call.callee);
    return CORE_ENTRY_POINTS.find((entry) => (0,modules/* refIs */.g6)(ref, entry.module, entry.member));
}
/** `socket.renegotiate({ rejectUnauthorized: false }, cb)` on a TLS socket. */
function renegotiation(call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    return (call.type === types_dist.AST_NODE_TYPES.CallExpression &&
        callee.type === types_dist.AST_NODE_TYPES.MemberExpression &&
        (0,ast/* literalName */.xz)(callee.property) === 'renegotiate');
}
/** `https.globalAgent.options` (any alias), whose settings apply to every request without an agent. */
function isGlobalAgentOptions(analysis, node) {
    return (0,modules/* refIs */.g6)(analysis.moduleRef(node), 'https', 'globalAgent', 'options');
}
/** `https.globalAgent = agent` (directly or through a variable). */
function agentBecomesGlobal(analysis, agent) {
    return analysis
        .uses(agent)
        .some((use) => use.kind === 'assigned' &&
        use.path.length === 0 &&
        (0,modules/* refIs */.g6)(analysis.moduleRef(use.target), 'https', 'globalAgent'));
}
/**
 * Destinations for `holder.rejectUnauthorized = …`: the global agent, an `https.Agent`'s `options`, or
 * whatever the object stored in the `holder` variable is passed to.
 */
function holderDestinations(analysis, holder) {
    const node = (0,ast/* unwrap */.oA)(holder);
    if (isGlobalAgentOptions(analysis, node))
        return [{ kind: 'global-agent' }];
    if (node.type === types_dist.AST_NODE_TYPES.MemberExpression && (0,ast/* literalName */.xz)(node.property) === 'options') {
        const agent = agentConstruction(analysis, node.object);
        if (agent) {
            return [
                agentBecomesGlobal(analysis, agent)
                    ? { kind: 'global-agent' }
                    : { kind: 'client', api: 'https.Agent' },
            ];
        }
    }
    const init = node.type === types_dist.AST_NODE_TYPES.Identifier ? initializerOf(analysis, node) : undefined;
    return init ? bagDestinations(analysis, init) : [{ kind: 'unknown' }];
}
function agentConstruction(analysis, node) {
    const target = (0,ast/* unwrap */.oA)(node);
    if (target.type === types_dist.AST_NODE_TYPES.NewExpression ||
        target.type === types_dist.AST_NODE_TYPES.CallExpression) {
        return (0,modules/* refIs */.g6)(analysis.moduleRef(target.callee), 'https', 'Agent') ? target : undefined;
    }
    if (target.type !== types_dist.AST_NODE_TYPES.Identifier)
        return undefined;
    const init = initializerOf(analysis, target);
    return init && init !== target ? agentConstruction(analysis, init) : undefined;
}
function initializerOf(analysis, identifier) {
    const def = analysis.bindings.variableOf(identifier)?.defs[0];
    return def?.node.type === types_dist.AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
        ? (def.node.init ?? undefined)
        : undefined;
}

;// CONCATENATED MODULE: ./src/rules/utils/bag-target.ts


const CLIENTS = {
    'https.request': 'this `https.request` call',
    'https.get': 'this `https.get` call',
    'https.Agent': 'every request made through this `https.Agent`',
    'tls.connect': 'this `tls.connect` connection',
    'tls.TLSSocket': 'this `tls.TLSSocket`',
    'http2.connect': 'this `http2.connect` session',
    'tlsSocket.renegotiate': 'the renegotiated connection',
};
const DEFAULT_TARGET = 'the TLS connections that use these options';
/**
 * Who an option applies to, for a message ("… for {{target}}"): the core client or server the options
 * object reaches, a library it is passed to, or the connections that use these options.
 */
function bagTarget(analysis, write) {
    const destinations = write.inLiteral
        ? bagDestinations(analysis, write.holder)
        : holderDestinations(analysis, write.holder);
    const known = destinations.map(describe).find((text) => text !== undefined);
    return known ?? (write.inLiteral ? libraryTarget(analysis, write) : undefined) ?? DEFAULT_TARGET;
}
function describe(destination) {
    switch (destination.kind) {
        case 'client':
            return CLIENTS[destination.api];
        case 'server':
            return `every connection this \`${destination.api}\` server accepts`;
        case 'inert':
            return `every connection that uses this \`${destination.api}\` context`;
        case 'global-agent':
            return 'every request through `https.globalAgent`';
        case 'unknown':
            return undefined;
    }
}
/** `got(url, { https: { … } })`, `nodemailer.createTransport({ tls: { … } })`: name the package. */
function libraryTarget(analysis, write) {
    for (const use of analysis.uses(write.holder)) {
        if (use.kind !== 'argument')
            continue;
        const module = analysis.moduleRef(use.call.callee)?.module;
        if (module !== undefined && module !== modules/* GLOBAL_MODULE */.Zx) {
            return `the connections \`${module}\` makes with these options`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(1474);
;// CONCATENATED MODULE: ./src/rules/utils/const-initializer.ts


/**
 * The initializer of the variable `identifier` reads, when that variable never changes
 * (`const x = …`, or a `let` written once) and is not destructured: the expression to read instead.
 */
function constInitializer(analysis, identifier) {
    const variable = analysis.bindings.variableOf(identifier);
    const def = variable?.defs[0];
    if (!variable || def?.type !== dist.DefinitionType.Variable || !(0,bindings/* isEffectivelyConst */.wB)(variable)) {
        return undefined;
    }
    return def.node.id === def.name ? (def.node.init ?? undefined) : undefined;
}

// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(6873);
;// CONCATENATED MODULE: ./src/rules/utils/feature-guard.ts


/**
 * True when `node` only runs after a test that looks at the same API — feature detection such as
 * `if (typeof tls.createSecurePair === 'function') …`, `api ? api(x) : fallback`, `api && api(x)` or
 * an optional call `api?.(x)`: code written to survive the API's removal.
 */
function isFeatureGuarded(node, mentionsApi) {
    if (node.type === types_dist.AST_NODE_TYPES.CallExpression && node.optional)
        return true;
    const tests = (test) => someNode(test, mentionsApi);
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        switch (parent.type) {
            case types_dist.AST_NODE_TYPES.IfStatement:
            case types_dist.AST_NODE_TYPES.ConditionalExpression:
                if (parent.test !== child && tests(parent.test))
                    return true;
                break;
            case types_dist.AST_NODE_TYPES.LogicalExpression:
                if (parent.right === child && tests(parent.left))
                    return true;
                break;
            default:
                break;
        }
    }
    return false;
}
function someNode(root, predicate) {
    if (predicate(root))
        return true;
    let found = false;
    (0,walk/* forEachChild */.d)(root, (child) => {
        found ||= someNode(child, predicate);
    });
    return found;
}

;// CONCATENATED MODULE: ./src/rules/utils/only-servers.ts

/**
 * True when every place the options reach is a server or `tls.createSecureContext`: client-only
 * options such as `minDHSize` or `servername` do nothing there.
 */
function reachesOnlyServers(analysis, write) {
    const destinations = write.inLiteral
        ? bagDestinations(analysis, write.holder)
        : holderDestinations(analysis, write.holder);
    return destinations.every((d) => d.kind === 'server' || d.kind === 'inert');
}

// EXTERNAL MODULE: ./src/analysis/object-shapes.ts
var object_shapes = __webpack_require__(7777);
;// CONCATENATED MODULE: ./src/rules/utils/option-write.ts


/**
 * The option written by a `Property` of an object literal (never of a destructuring pattern, a getter or
 * a method) or by an assignment to a member. `a.key &&= v` only narrows an existing value and is skipped.
 */
function optionWrite(analysis, node) {
    if (node.type === types_dist.AST_NODE_TYPES.Property) {
        if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
            return;
        const key = (0,object_shapes/* propertyName */.Bz)(analysis, node);
        return key === undefined
            ? undefined
            : { key, valueNode: node.value, site: node, holder: node.parent, inLiteral: true };
    }
    const left = node.left;
    if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
        return undefined;
    const key = (0,object_shapes/* propertyName */.Bz)(analysis, left);
    return key === undefined
        ? undefined
        : { key, valueNode: node.right, site: node, holder: left.object, inLiteral: false };
}

;// CONCATENATED MODULE: ./src/rules/no-deprecated-tls-api.ts











/* harmony default export */ const no_deprecated_tls_api = ((0,rule/* defineRule */.Km)({
    id: 'no-deprecated-tls-api',
    meta: {
        description: 'Disallow deprecated and removed Node.js TLS APIs and options, which crash on current Node or block TLS 1.3.',
        category: 'deprecated-api',
        cwe: ['CWE-477'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            removed: {
                risk: 'medium',
                text: '{{api}} was removed in Node {{version}} ({{dep}}): {{consequence}}, so this code will crash on Node ≥ {{version}} — and until then it runs on an API that gets no fixes. Use {{replacement}} instead.',
            },
            deprecated: {
                risk: 'low',
                text: '{{api}} is deprecated ({{dep}}): {{status}}. It still works, but it can disappear in a future major version. Use {{replacement}} instead.',
            },
            pinsTls12: {
                risk: 'info',
                text: "`secureProtocol: '{{method}}'` pins {{target}} to TLS 1.2. That is safe today, but it rules out TLS 1.3, and `secureProtocol` is the legacy way to choose versions. Replace it with `minVersion: 'TLSv1.2'`, which keeps the same floor and lets TLS 1.3 be negotiated.",
            },
        },
    },
    triggers: [
        'SecurePair',
        'CryptoStream',
        'Credentials',
        'parseCertString',
        'convertNPNProtocols',
        'setOptions',
        'ecdhCurve',
        'servername',
        '_tls_wrap',
        '_tls_common',
        'SSL_OP_',
        'TLSv1_2_',
    ],
    create(context) {
        return {
            CallExpression(node) {
                removedCall(context, node);
                internalModule(context, node, context.analysis.moduleRef(node));
                serverSetOptions(context, node);
            },
            NewExpression(node) {
                removedCall(context, node);
            },
            BinaryExpression(node) {
                if (node.operator === 'instanceof')
                    removedClassCheck(context, node);
            },
            ImportDeclaration(node) {
                internalModule(context, node, { module: (0,modules/* moduleName */.AO)(node.source.value), path: [] });
                constantsImport(context, node);
            },
            ImportExpression(node) {
                internalModule(context, node, context.analysis.moduleRef(node));
            },
            VariableDeclarator(node) {
                constantsDestructuring(context, node);
            },
            MemberExpression(node) {
                constantsMember(context, node);
            },
            Property(node) {
                no_deprecated_tls_api_option(context, node);
            },
            AssignmentExpression(node) {
                no_deprecated_tls_api_option(context, node);
            },
        };
    },
}));
const PAIR_REPLACEMENT = '`tls.connect({ socket })` to secure an existing client socket (it verifies the certificate and host name), or `new tls.TLSSocket(socket, { isServer: true, secureContext })` on a server';
/** rules.md N15: APIs that are gone (undefined) on current Node, with the version that removed them. */
const REMOVED_APIS = [
    {
        module: 'tls',
        member: 'createSecurePair',
        dep: 'DEP0064',
        version: '24',
        replacement: PAIR_REPLACEMENT,
    },
    {
        module: 'tls',
        member: 'SecurePair',
        dep: 'DEP0043',
        version: '24',
        replacement: PAIR_REPLACEMENT,
    },
    {
        module: 'tls',
        member: 'CryptoStream',
        dep: 'DEP0042',
        version: '10',
        replacement: '`tls.TLSSocket`',
    },
    {
        module: 'crypto',
        member: 'createCredentials',
        dep: 'DEP0010',
        version: '11',
        replacement: '`tls.createSecureContext(options)`',
    },
    {
        module: 'crypto',
        member: 'Credentials',
        dep: 'DEP0011',
        version: '11',
        replacement: '`tls.createSecureContext(options)`, which returns a `tls.SecureContext`',
    },
    {
        module: 'tls',
        member: 'parseCertString',
        dep: 'DEP0076',
        version: '18',
        replacement: 'the already parsed fields of `socket.getPeerCertificate().subject` (`querystring.parse()` is not a safe replacement: it mis-parses escaped values)',
    },
    {
        module: 'tls',
        member: 'convertNPNProtocols',
        dep: 'DEP0107',
        version: '11',
        replacement: 'ALPN: the `ALPNProtocols` option (NPN support is gone)',
    },
];
const UNDEFINED_CALL = 'it is `undefined` there, and using it throws a `TypeError`';
function removedApi(ref) {
    return REMOVED_APIS.find((api) => (0,modules/* refIs */.g6)(ref, api.module, api.member));
}
/** `tls.createSecurePair(...)`, `new tls.SecurePair(...)`, `crypto.createCredentials(...)`, … */
function removedCall(context, call) {
    const ref = context.analysis.moduleRef(call.callee);
    const api = removedApi(ref);
    if (!api || isFeatureGuarded(call, (node) => sameRef(context.analysis, node, ref)))
        return;
    reportRemoved(context, call, api);
}
/** `x instanceof tls.SecurePair` throws once the class is gone (its right side is `undefined`). */
function removedClassCheck(context, node) {
    const ref = context.analysis.moduleRef(node.right);
    const api = removedApi(ref);
    if (!api ||
        isFeatureGuarded(node, (n) => n !== node.right && sameRef(context.analysis, n, ref))) {
        return;
    }
    reportRemoved(context, node, api);
}
function reportRemoved(context, node, api) {
    context.report({
        node,
        messageId: 'removed',
        data: {
            api: `\`${api.module}.${api.member}\``,
            version: api.version,
            dep: api.dep,
            consequence: UNDEFINED_CALL,
            replacement: api.replacement,
        },
    });
}
function sameRef(analysis, node, ref) {
    if (!ref)
        return false;
    if (node.type !== types_dist.AST_NODE_TYPES.MemberExpression && node.type !== types_dist.AST_NODE_TYPES.Identifier) {
        return false;
    }
    const other = analysis.moduleRef(node);
    return (0,modules/* refIs */.g6)(other, ref.module, ...ref.path);
}
const INTERNAL_MODULES = new Set(['_tls_wrap', '_tls_common']);
/** `require('_tls_wrap')`, `import … from 'node:_tls_common'` (DEP0192). */
function internalModule(context, node, ref) {
    if (!ref || ref.path.length > 0 || !INTERNAL_MODULES.has(ref.module))
        return;
    context.report({
        node,
        messageId: 'deprecated',
        data: {
            api: `The internal module \`${ref.module}\``,
            dep: 'DEP0192',
            status: 'it was never a public API, and current Node (26) prints a deprecation warning when it is loaded',
            replacement: "the public `require('node:tls')`",
        },
    });
}
const TLS_SERVERS = [
    ['tls', 'createServer'],
    ['tls', 'Server'],
    ['https', 'createServer'],
    ['https', 'Server'],
];
/** `server.setOptions(...)` where `server` is a `tls.Server` created in this file (DEP0122). */
function serverSetOptions(context, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return;
    if ((0,ast/* literalName */.xz)(callee.property) !== 'setOptions' || callee.computed)
        return;
    if (!isTlsServer(context.analysis, callee.object, 0))
        return;
    const mentions = (node) => node.type === types_dist.AST_NODE_TYPES.MemberExpression &&
        node !== callee &&
        (0,ast/* literalName */.xz)(node.property) === 'setOptions';
    if (isFeatureGuarded(call, mentions))
        return;
    context.report({
        node: call,
        messageId: 'removed',
        data: {
            api: '`tlsServer.setOptions()`',
            version: '24',
            dep: 'DEP0122',
            consequence: '`tls.Server` no longer has the method, so the call throws a `TypeError`',
            replacement: '`server.setSecureContext(options)`',
        },
    });
}
function isTlsServer(analysis, node, depth) {
    const target = (0,ast/* unwrap */.oA)(node);
    if (target.type === types_dist.AST_NODE_TYPES.CallExpression ||
        target.type === types_dist.AST_NODE_TYPES.NewExpression) {
        const ref = analysis.moduleRef(target.callee);
        return TLS_SERVERS.some(([module, member]) => (0,modules/* refIs */.g6)(ref, module, member));
    }
    if (target.type !== types_dist.AST_NODE_TYPES.Identifier || depth > 4)
        return false;
    const init = constInitializer(analysis, target);
    return init !== undefined && isTlsServer(analysis, init, depth + 1);
}
const CONSTANTS_DATA = {
    api: "Reading `SSL_OP_*` flags from `require('constants')`",
    dep: 'DEP0008',
    status: 'the `constants` module has been deprecated in the documentation since Node 6.3',
    replacement: "`require('node:crypto').constants` (for example `crypto.constants.SSL_OP_NO_TLSv1`)",
};
/** `require('constants').SSL_OP_X` or `c.SSL_OP_X` with `c` from it: reported once, at the require. */
function constantsMember(context, node) {
    const ref = context.analysis.moduleRef(node);
    const member = ref?.path[0];
    if (ref?.module !== 'constants' || ref.path.length !== 1 || !member?.startsWith('SSL_OP_')) {
        return;
    }
    const source = moduleSource(context.analysis, node.object, 0);
    if (source)
        context.report({ node: source, messageId: 'deprecated', data: CONSTANTS_DATA });
}
/** `const { SSL_OP_NO_SSLv3 } = require('constants')`. */
function constantsDestructuring(context, node) {
    if (node.id.type !== types_dist.AST_NODE_TYPES.ObjectPattern || !node.init)
        return;
    if (!(0,modules/* refIs */.g6)(context.analysis.moduleRef(node.init), 'constants'))
        return;
    const names = node.id.properties.map((p) => p.type === types_dist.AST_NODE_TYPES.Property && !p.computed ? (0,ast/* literalName */.xz)(p.key) : undefined);
    if (!names.some((name) => name?.startsWith('SSL_OP_')))
        return;
    const source = moduleSource(context.analysis, node.init, 0);
    if (source)
        context.report({ node: source, messageId: 'deprecated', data: CONSTANTS_DATA });
}
/** `import { SSL_OP_NO_SSLv3 } from 'constants'`. */
function constantsImport(context, node) {
    if ((0,modules/* moduleName */.AO)(node.source.value) !== 'constants')
        return;
    const named = node.specifiers.some((specifier) => specifier.type === types_dist.AST_NODE_TYPES.ImportSpecifier &&
        ((0,ast/* literalName */.xz)(specifier.imported) ?? '').startsWith('SSL_OP_'));
    if (named)
        context.report({ node, messageId: 'deprecated', data: CONSTANTS_DATA });
}
/** The `require(...)` call or `import` declaration a module reference comes from. */
function moduleSource(analysis, node, depth) {
    if (depth > 8)
        return undefined;
    const target = (0,ast/* unwrap */.oA)(node);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.CallExpression:
        case types_dist.AST_NODE_TYPES.ImportExpression:
            return target;
        case types_dist.AST_NODE_TYPES.AwaitExpression:
        case types_dist.AST_NODE_TYPES.MemberExpression:
            return moduleSource(analysis, target.type === types_dist.AST_NODE_TYPES.MemberExpression ? target.object : target.argument, depth + 1);
        case types_dist.AST_NODE_TYPES.Identifier: {
            const def = analysis.bindings.variableOf(target)?.defs[0];
            if (def?.type === dist.DefinitionType.ImportBinding)
                return def.parent;
            if (def?.type !== dist.DefinitionType.Variable || !def.node.init)
                return undefined;
            return moduleSource(analysis, def.node.init, depth + 1);
        }
        default:
            return undefined;
    }
}
const OPTION_KEYS = new Set(['ecdhCurve', 'servername', 'secureProtocol']);
const TLS12_METHOD = /^TLSv1_2_(?:client_|server_)?method$/;
/** Options: `ecdhCurve: false` (DEP0083), `servername: '<IP>'` (DEP0123), `secureProtocol: 'TLSv1_2_method'`. */
function no_deprecated_tls_api_option(context, node) {
    const write = optionWrite(context.analysis, node);
    if (!write || !OPTION_KEYS.has(write.key))
        return;
    const values = (0,analysis_value/* alternatives */.Vo)(context.analysis.value(write.valueNode));
    const all = (test) => values.every((v) => v.kind === 'known' && test(v.value));
    if (write.key === 'ecdhCurve' && all((v) => v === false))
        ecdhCurveFalse(context, write);
    if (write.key === 'servername' && all(isIpLiteral))
        servernameIp(context, write);
    if (write.key === 'secureProtocol') {
        const method = values.find((v) => v.kind === 'known' && TLS12_METHOD.test(String(v.value)));
        if (method?.kind === 'known')
            pinsTls12(context, write, String(method.value));
    }
}
function ecdhCurveFalse(context, write) {
    context.report({
        node: write.site,
        messageId: 'removed',
        data: {
            api: '`ecdhCurve: false`',
            version: '10',
            dep: 'DEP0083',
            consequence: 'turning ECDH off this way is no longer supported and `ecdhCurve` must be a string (Node throws `ERR_INVALID_ARG_TYPE`)',
            replacement: "the default (`'auto'`), or a curve list such as `ecdhCurve: 'X25519:P-256'` — ECDHE is what gives forward secrecy",
        },
    });
}
function servernameIp(context, write) {
    if (reachesOnlyServers(context.analysis, write))
        return;
    context.report({
        node: write.site,
        messageId: 'removed',
        data: {
            api: '`servername` set to an IP address',
            version: '25',
            dep: 'DEP0123',
            consequence: 'SNI may only carry host names (RFC 6066), and `tls.connect` now throws `ERR_INVALID_ARG_VALUE` for an IP',
            replacement: 'no `servername` when connecting by IP address — the certificate is still checked against the IP, which must be in its subjectAltName — or the host name the certificate was issued for',
        },
    });
}
function pinsTls12(context, write, method) {
    context.report({
        node: write.site,
        messageId: 'pinsTls12',
        data: { method, target: bagTarget(context.analysis, write) },
    });
}
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:.]+(?:%[\w.-]+)?$/i;
/** What `net.isIP` accepts, closely enough for literals in code. */
function isIpLiteral(value) {
    if (typeof value !== 'string')
        return false;
    return IPV4.test(value) || (IPV6.test(value) && (value.match(/:/g) ?? []).length >= 2);
}

;// CONCATENATED MODULE: ./src/rules/utils/false-disables.ts

function judgeFalseDisables(value) {
    if (value.kind === 'known') {
        if (value.value === false)
            return { kind: 'disabled' };
        return value.value ? undefined : { kind: 'legacy', value: (0,analysis_value/* describePrimitive */.VA)(value.value) };
    }
    if (value.kind === 'unknown') {
        return value.env && value.type === 'boolean' ? { kind: 'conditional' } : undefined;
    }
    const options = (0,analysis_value/* alternatives */.Vo)(value);
    const falses = options.filter((option) => option.kind === 'known' && option.value === false);
    if (falses.length === options.length && falses.length > 0)
        return { kind: 'disabled' };
    if (falses.length > 0)
        return { kind: 'conditional' };
    const envBoolean = options.some((option) => option.kind === 'unknown' && option.env && option.type === 'boolean');
    return envBoolean ? { kind: 'conditional' } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/utils/source-excerpt.ts
const MAX_LENGTH = 60;
/** The node's source on one line, shortened for a message: `process.env.NODE_ENV === 'production'`. */
function sourceExcerpt(context, node) {
    const text = context.analysis.text
        .slice(node.range[0], node.range[1])
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/rules/no-disabled-cert-verification.ts






const FIX = "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
/* harmony default export */ const no_disabled_cert_verification = ((0,rule/* defineRule */.Km)({
    id: 'no-disabled-cert-verification',
    meta: {
        description: 'Disallow turning off TLS certificate verification for a connection, agent, client or the whole process.',
        category: 'certificate-verification',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            disabled: {
                risk: 'high',
                text: `\`rejectUnauthorized\` is \`false\` here, which turns off certificate verification for {{target}}: any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic. ${FIX}`,
            },
            globalAgent: {
                risk: 'critical',
                text: `\`rejectUnauthorized\` is \`false\` on \`https.globalAgent\`, which turns off certificate verification for every HTTPS request in the process that does not bring its own agent — and a per-request \`rejectUnauthorized: true\` cannot undo it. Never weaken the global agent: scope a \`ca\` option to the one client that needs it, or start Node with \`NODE_EXTRA_CA_CERTS\`.`,
            },
            legacyFalsy: {
                risk: 'low',
                text: '`rejectUnauthorized: {{value}}` does not turn verification off on current Node (only `false` does), but it did before Node 12.22.5, 14.17.5 and 16.6.2 (CVE-2021-22939), and it reads as if it meant to. Remove the option — verification is on by default — or set it to `true`.',
            },
            conditional: {
                risk: 'medium',
                text: `\`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` in some environments or configurations and then turns off certificate verification for {{target}}; switches like this end up off in production. Verify everywhere: give development and test servers certificates from a CA you trust and pass it with \`ca\` or \`NODE_EXTRA_CA_CERTS\`.`,
            },
        },
    },
    triggers: ['rejectUnauthorized'],
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== 'rejectUnauthorized')
                    return;
                const verdict = judgeFalseDisables(analysis.value(node.value));
                if (verdict)
                    report(context, node, node.value, verdict, bagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, left) !== 'rejectUnauthorized')
                    return;
                const verdict = judgeFalseDisables(analysis.value(node.right));
                if (verdict)
                    report(context, node, node.right, verdict, holderDestinations(analysis, left.object));
            },
        };
    },
}));
function report(context, node, valueNode, verdict, destinations) {
    // A server reads rejectUnauthorized only together with requestCert (no-unenforced-client-certs);
    // tls.createSecureContext ignores it. Options that reach nothing else are not a client bypass.
    const relevant = destinations.filter((d) => d.kind !== 'server' && d.kind !== 'inert');
    if (relevant.length === 0)
        return;
    const global = relevant.some((d) => d.kind === 'global-agent');
    const target = describeTarget(relevant);
    if (verdict.kind === 'legacy') {
        context.report({ node, messageId: 'legacyFalsy', data: { value: verdict.value } });
    }
    else if (verdict.kind === 'conditional') {
        context.report({
            node,
            messageId: 'conditional',
            data: { expression: sourceExcerpt(context, valueNode), target },
        });
    }
    else {
        context.report({ node, messageId: global ? 'globalAgent' : 'disabled', data: { target } });
    }
}
const TARGETS = {
    'https.request': 'this `https.request` call',
    'https.get': 'this `https.get` call',
    'https.Agent': 'every request made through this `https.Agent`',
    'tls.connect': 'this `tls.connect` connection',
    'tls.TLSSocket': 'this `tls.TLSSocket`',
    'http2.connect': 'this `http2.connect` session',
    'tlsSocket.renegotiate': 'the renegotiated connection',
};
function describeTarget(destinations) {
    if (destinations.some((d) => d.kind === 'global-agent'))
        return 'every request through `https.globalAgent`';
    const client = destinations.find((d) => d.kind === 'client');
    return (client && TARGETS[client.api]) ?? 'the TLS connections that use these options';
}

;// CONCATENATED MODULE: ./src/rules/utils/bag-shapes.ts


/**
 * The option objects an option ends up in: its own object, and — for a literal — the objects it is
 * spread or merged into by the time it reaches a call, so `{ ...legacy, ciphers }` counts as one bag.
 */
function bagShapes(analysis, write) {
    const shapes = objectShapes(analysis.value(write.holder));
    if (!write.inLiteral)
        return shapes;
    for (const use of analysis.uses(write.holder)) {
        if (use.kind !== 'argument')
            continue;
        const argument = use.call.arguments[use.index];
        if (!argument)
            continue;
        let value = analysis.value(argument);
        for (const key of use.path) {
            value = valueAt(analysis, value, key);
        }
        shapes.push(...objectShapes(value));
    }
    return shapes;
}
function valueAt(analysis, value, key) {
    return (0,analysis_value/* oneOf */.yL)(objectShapes(value).map((shape) => (0,object_shapes/* lookup */.$I)(analysis, shape, key)));
}
function objectShapes(value) {
    return (0,analysis_value/* alternatives */.Vo)(value).flatMap((option) => (option.kind === 'object' ? [option.shape] : []));
}

;// CONCATENATED MODULE: ./src/rules/utils/cipher-list.ts
/**
 * OpenSSL cipher-list semantics (rules.md §0.4, N11; OpenSSL ciphers(1)): tokens are separated by `:`,
 * `,`, `;` or spaces; `!X` removes X for good, `-X` removes what was added so far, `+X` only moves X to
 * the end; `A+B` inside a token means "suites that are both A and B"; `@SECLEVEL=n` sets the security
 * level and may be glued to the previous token (`DEFAULT@SECLEVEL=0`). Names are case-sensitive.
 */
/** Weaknesses that are legacy but not broken (rules.md N11: low); all others are medium. */
const LEGACY = new Set(['static-rsa', 'sha1-cbc']);
const WEAKNESS_LABELS = {
    'null-encryption': 'no encryption',
    anonymous: 'no server authentication',
    export: 'export-grade keys',
    low: '56/64-bit ciphers',
    rc4: 'RC4',
    rc2: 'RC2',
    des: 'DES',
    '3des': '3DES',
    md5: 'MD5',
    idea: 'IDEA',
    seed: 'SEED',
    'static-rsa': 'static RSA key exchange without forward secrecy',
    'sha1-cbc': 'CBC with SHA-1',
};
const OLD_PROTOCOL_SUITES = [
    'anonymous',
    'export',
    'low',
    'rc4',
    'rc2',
    'des',
    '3des',
    'md5',
    'idea',
    'seed',
    'static-rsa',
    'sha1-cbc',
];
/** OpenSSL aliases that select weak suites (what a positive token adds, what `!`/`-` removes). */
const ALIASES = {
    NULL: ['null-encryption'],
    eNULL: ['null-encryption'],
    COMPLEMENTOFALL: ['null-encryption'],
    aNULL: ['anonymous'],
    ADH: ['anonymous'],
    AECDH: ['anonymous'],
    COMPLEMENTOFDEFAULT: ['anonymous', 'rc4'],
    EXPORT: ['export'],
    EXP: ['export'],
    EXPORT40: ['export'],
    EXPORT56: ['export'],
    LOW: ['low', 'des'],
    MEDIUM: ['rc4', '3des', 'idea', 'seed'],
    RC4: ['rc4'],
    RC2: ['rc2'],
    DES: ['des'],
    '3DES': ['3des'],
    MD5: ['md5'],
    IDEA: ['idea'],
    SEED: ['seed'],
    ALL: OLD_PROTOCOL_SUITES,
    SSLv3: OLD_PROTOCOL_SUITES,
    TLSv1: OLD_PROTOCOL_SUITES,
    'TLSv1.0': OLD_PROTOCOL_SUITES,
    kRSA: ['static-rsa'],
    RSA: ['static-rsa'],
    SHA1: ['sha1-cbc'],
    SHA: ['sha1-cbc'],
};
/** Key exchanges with forward secrecy: in `ECDHE+RSA` the `RSA` is only the authentication. */
const FORWARD_SECRET = new Set([
    'ECDHE',
    'EECDH',
    'kECDHE',
    'kEECDH',
    'DHE',
    'EDH',
    'kDHE',
    'kEDH',
]);
/** OpenSSL suite names without a key-exchange prefix use static RSA (`AES128-SHA`). */
const STATIC_RSA_SUITE = /^(?:AES|CAMELLIA|ARIA|DES|RC4|RC2|IDEA|SEED|NULL)/;
const NAME = /^[aek]?[A-Z0-9][A-Z0-9_.-]*(?:v[0-9][A-Z0-9_.-]*)?$/;
const SECLEVEL = /^@SECLEVEL=(\d+)$/;
const CIPHER_SEPARATORS = /[:,;\s]+/;
/**
 * Judges whole cipher-list tokens (unknown parts already dropped). Undefined when a token is not
 * OpenSSL cipher-list syntax (an SSH algorithm list, a word) or when nothing weak remains.
 */
function judgeCipherTokens(rawTokens) {
    const tokens = rawTokens.flatMap(splitCommand);
    if (tokens.length === 0 || !tokens.every(isCipherToken))
        return undefined;
    // The last `@SECLEVEL` wins.
    const levels = tokens.flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
    const seclevelZero = levels.at(-1) === '0';
    const remaining = tokens
        .map((token, index) => positiveAt(token, index))
        .filter((positive) => positive !== undefined)
        .map((positive) => ({ ...positive, weaknesses: afterExclusions(positive, tokens) }))
        .filter((positive) => positive.weaknesses.length > 0);
    const weak = remaining.filter((p) => p.weaknesses.some((w) => !LEGACY.has(w)));
    const legacy = remaining.filter((p) => p.weaknesses.every((w) => LEGACY.has(w)));
    if (!seclevelZero && remaining.length === 0)
        return undefined;
    const strip = ({ token, weaknesses }) => ({ token, weaknesses });
    return { seclevelZero, weak: weak.map(strip), legacy: legacy.map(strip) };
}
/** `DEFAULT@SECLEVEL=0` is two tokens. */
function splitCommand(token) {
    const at = token.indexOf('@');
    return at > 0 ? [token.slice(0, at), token.slice(at)] : [token];
}
function isCipherToken(token) {
    if (token.startsWith('@'))
        return true;
    const body = /^[!+-]/.test(token) ? token.slice(1) : token;
    return body !== '' && body.split('+').every((part) => NAME.test(part));
}
function positiveAt(token, index) {
    if (/^[!+@-]/.test(token))
        return undefined;
    const parts = token.split('+');
    const forwardSecret = parts.some((part) => FORWARD_SECRET.has(part));
    const weaknesses = parts
        .flatMap(weaknessesOf)
        .filter((weakness) => !(forwardSecret && weakness === 'static-rsa'));
    return weaknesses.length > 0 ? { token, index, weaknesses: [...new Set(weaknesses)] } : undefined;
}
/** What a single alias or suite name adds. */
function weaknessesOf(name) {
    if (name.startsWith('TLS_'))
        return suiteWeaknesses(name.split('_'), ianaStaticRsa(name));
    if (name.includes('-'))
        return suiteWeaknesses(name.split('-'), STATIC_RSA_SUITE.test(name));
    return ALIASES[name] ?? [];
}
function isAlias(name) {
    return !name.includes('+') && !name.includes('-') && !name.startsWith('TLS_');
}
function ianaStaticRsa(name) {
    return name.startsWith('TLS_RSA_WITH_');
}
function suiteWeaknesses(components, staticRsa) {
    const found = [];
    const has = (name) => components.includes(name);
    if (has('NULL'))
        found.push('null-encryption');
    if (has('ADH') || has('AECDH') || has('anon'))
        found.push('anonymous');
    if (components.some((c) => c.startsWith('EXP')))
        found.push('export');
    if (has('RC4'))
        found.push('rc4');
    if (has('RC2'))
        found.push('rc2');
    if (has('3DES') || (has('DES') && (has('CBC3') || has('EDE'))))
        found.push('3des');
    else if (has('DES'))
        found.push('des');
    if (has('MD5'))
        found.push('md5');
    if (has('IDEA'))
        found.push('idea');
    if (has('SEED'))
        found.push('seed');
    if (staticRsa)
        found.push('static-rsa');
    if (components.at(-1) === 'SHA' && !has('RC4') && !has('NULL'))
        found.push('sha1-cbc');
    return found;
}
/** Drops what `!X` (anywhere) and `-X` (later in the list) remove from a positive token. */
function afterExclusions(positive, tokens) {
    const removed = new Set();
    for (const [index, token] of tokens.entries()) {
        const permanent = token.startsWith('!');
        if (!permanent && !(token.startsWith('-') && index > positive.index))
            continue;
        const name = token.slice(1);
        if (name === positive.token)
            return [];
        // `!A+B` removes only suites that are both A and B, `!AES128-SHA` only that suite: too narrow
        // to clear a whole weakness.
        if (isAlias(name))
            for (const weakness of weaknessesOf(name))
                removed.add(weakness);
    }
    const kept = positive.weaknesses.filter((weakness) => !removed.has(weakness));
    // A suite name is one cipher: removing any set it belongs to removes it.
    const suite = !isAlias(positive.token) && !positive.token.includes('+');
    return suite && kept.length < positive.weaknesses.length ? [] : kept;
}

;// CONCATENATED MODULE: ./src/rules/utils/judge-alternatives.ts
/** Undefined when no alternative has a verdict; otherwise the worst one (by `rank`) and whether all do. */
function judgeAlternatives(verdicts, rank) {
    const found = verdicts.filter((verdict) => verdict !== undefined);
    const worst = found.reduce((best, verdict) => (best === undefined || rank(verdict) > rank(best) ? verdict : best), undefined);
    return worst === undefined
        ? undefined
        : { verdict: worst, always: found.length === verdicts.length };
}

;// CONCATENATED MODULE: ./src/rules/utils/env-destinations.ts



/** APIs that start a process or thread with an `env` option (rules.md N3b). */
const CHILD_APIS = [
    ['child_process', 'spawn'],
    ['child_process', 'spawnSync'],
    ['child_process', 'exec'],
    ['child_process', 'execSync'],
    ['child_process', 'execFile'],
    ['child_process', 'execFileSync'],
    ['child_process', 'fork'],
    ['execa'],
    ['execa', 'execa'],
    ['execa', 'execaSync'],
    ['execa', 'execaNode'],
    ['execa', 'execaCommand'],
    ['execa', 'execaCommandSync'],
    ['cross-spawn'],
    ['cross-spawn', 'spawn'],
    ['cross-spawn', 'sync'],
    ['worker_threads', 'Worker'],
];
/** The label of the process-starting API `call` invokes (`child_process.spawn`), if it is one. */
function childProcessApi(analysis, call) {
    const ref = analysis.moduleRef(call.callee);
    const api = CHILD_APIS.find(([module, ...path]) => (0,modules/* refIs */.g6)(ref, module, ...path));
    if (api)
        return api.join('.');
    // An undeclared `spawn(...)` in a snippet is child_process's.
    const name = ref?.module === modules/* GLOBAL_MODULE */.Zx && ref.path.length === 1 ? ref.path[0] : undefined;
    return name !== undefined && CHILD_PROCESS_FUNCTIONS.has(name) ? name : undefined;
}
const CHILD_PROCESS_FUNCTIONS = new Set(CHILD_APIS.filter(([module]) => module === 'child_process').map(([, name]) => name));
/** Destinations of an object literal whose keys are environment variable names. */
function envBagDestinations(analysis, bag) {
    const uses = analysis.uses(bag);
    return uses.length === 0 ? [{ kind: 'unknown' }] : uses.map((use) => classify(analysis, use));
}
/** Destinations for `holder.NODE_TLS_REJECT_UNAUTHORIZED = …`. */
function envHolderDestinations(analysis, holder) {
    const node = (0,ast/* unwrap */.oA)(holder);
    if (analysis.isEnvObject(node))
        return [{ kind: 'process' }];
    if (node.type !== types_dist.AST_NODE_TYPES.Identifier)
        return [{ kind: 'unknown' }];
    const def = analysis.bindings.variableOf(node)?.defs[0];
    const init = def?.node.type === types_dist.AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
        ? def.node.init
        : null;
    return init ? envBagDestinations(analysis, init) : [{ kind: 'unknown' }];
}
function classify(analysis, use) {
    if (use.kind === 'assigned' && use.path.length === 0 && analysis.isEnvObject(use.target)) {
        return { kind: 'process' };
    }
    if (use.kind === 'argument' && use.path.length === 1 && use.path[0] === 'env') {
        const api = childProcessApi(analysis, use.call);
        if (api)
            return { kind: 'child', api };
    }
    return { kind: 'unknown' };
}

;// CONCATENATED MODULE: ./src/rules/utils/string-pieces.ts





const MAX_ALTERNATIVES = 16;
const MAX_DEPTH = 8;
const UNSEEN = [null];
/** Stands for unseen text while a string is split into tokens; never occurs in source strings. */
const GAP = '\u0000';
/**
 * The strings an expression can produce, each known in parts: `tls.DEFAULT_CIPHERS + ':!RC4'` is
 * `[null, ':!RC4']`, `` `${opts} --tls-min-v1.0` `` is `[null, ' --tls-min-v1.0']`, a ternary gives one
 * alternative per branch. Settings written as `[...].join(':')` are common, so arrays joined with a
 * known separator are read too. Values that are not strings give no alternatives.
 */
function stringAlternatives(analysis, node) {
    return piecesOf(analysis, node, 0).slice(0, MAX_ALTERNATIVES);
}
/**
 * The whole tokens of a partly known string split at `separators`: a token that touches unseen text
 * (`'@SECLEVEL=' + level`) is dropped, because its real value is unknown.
 */
function tokensOf(pieces, separators) {
    const text = pieces.map((piece) => piece ?? GAP).join('');
    return text.split(separators).filter((token) => token !== '' && !token.includes(GAP));
}
/** True when nothing of the string is known. */
function isUnseen(pieces) {
    return pieces.every((piece) => piece === null || piece === '');
}
function piecesOf(analysis, node, depth) {
    if (depth > MAX_DEPTH)
        return [UNSEEN];
    const target = (0,ast/* unwrap */.oA)(node);
    const value = analysis.value(target);
    if ((0,analysis_value/* alternatives */.Vo)(value).every((option) => option.kind === 'known'))
        return fromValue(value);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.TemplateLiteral:
            return templatePieces(analysis, target, depth);
        case types_dist.AST_NODE_TYPES.BinaryExpression:
            return target.operator === '+'
                ? concat(piecesOf(analysis, target.left, depth + 1), piecesOf(analysis, target.right, depth + 1))
                : fromValue(value);
        case types_dist.AST_NODE_TYPES.ConditionalExpression:
            return [
                ...piecesOf(analysis, target.consequent, depth + 1),
                ...piecesOf(analysis, target.alternate, depth + 1),
            ];
        case types_dist.AST_NODE_TYPES.LogicalExpression:
            // Undecided (the analysis folds decided ones): either side.
            return [
                ...piecesOf(analysis, target.left, depth + 1),
                ...piecesOf(analysis, target.right, depth + 1),
            ];
        case types_dist.AST_NODE_TYPES.CallExpression:
            return joinPieces(analysis, target, depth) ?? fromValue(value);
        case types_dist.AST_NODE_TYPES.Identifier:
        case types_dist.AST_NODE_TYPES.MemberExpression:
            return referencePieces(analysis, target, value, depth);
        default:
            return fromValue(value);
    }
}
function templatePieces(analysis, node, depth) {
    let result = [[node.quasis[0]?.value.cooked ?? null]];
    for (const [index, expression] of node.expressions.entries()) {
        result = concat(result, piecesOf(analysis, expression, depth + 1));
        result = concat(result, [[node.quasis[index + 1]?.value.cooked ?? null]]);
    }
    return result;
}
/** A constant's initializer or an object property's value, read in parts when not fully known. */
function referencePieces(analysis, node, value, depth) {
    const sources = sourceNodes(analysis, node);
    if (sources.length === 0)
        return fromValue(value);
    return sources.flatMap((source) => piecesOf(analysis, source, depth + 1));
}
/** Where a reference's value is written: a `const` initializer, or the writes to an object's key. */
function sourceNodes(analysis, node) {
    if (node.type === types_dist.AST_NODE_TYPES.Identifier) {
        const init = constInitializer(analysis, node);
        return init ? [init] : [];
    }
    const key = (0,object_shapes/* propertyName */.Bz)(analysis, node);
    const holder = analysis.value(node.object);
    if (key === undefined || holder.kind !== 'object')
        return [];
    return (holder.shape.entries.get(key) ?? []).flatMap((entry) => entry.valueNode ? [entry.valueNode] : []);
}
/** `[a, b].join(':')` and `list.join(':')` with `const list = [...]`. */
function joinPieces(analysis, call, depth) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression || (0,ast/* literalName */.xz)(callee.property) !== 'join') {
        return undefined;
    }
    const elements = arrayElements(analysis, callee.object);
    if (!elements)
        return undefined;
    const separatorNode = call.arguments[0];
    const separator = separatorNode ? analysis.value(separatorNode) : undefined;
    const glue = separator === undefined ? ',' : separator.kind === 'known' ? separator.value : null;
    if (typeof glue !== 'string' && glue !== null)
        return undefined;
    let result = [[]];
    for (const [index, element] of elements.entries()) {
        if (index > 0)
            result = concat(result, [[glue]]);
        result = concat(result, element ? piecesOf(analysis, element, depth + 1) : [UNSEEN]);
    }
    return result;
}
/** The elements of an array literal (directly or through a constant); `undefined` for a spread. */
function arrayElements(analysis, node) {
    let target = (0,ast/* unwrap */.oA)(node);
    if (target.type === types_dist.AST_NODE_TYPES.Identifier) {
        const init = sourceNodes(analysis, target)[0];
        target = init ? (0,ast/* unwrap */.oA)(init) : target;
    }
    if (target.type !== types_dist.AST_NODE_TYPES.ArrayExpression)
        return undefined;
    return target.elements.map((element) => element && element.type !== types_dist.AST_NODE_TYPES.SpreadElement ? element : undefined);
}
/** Each known string alternative as one piece; anything else is unseen text. */
function fromValue(value) {
    return (0,analysis_value/* alternatives */.Vo)(value).map((option) => option.kind === 'known' && typeof option.value === 'string' ? [option.value] : UNSEEN);
}
function concat(lefts, rights) {
    const result = [];
    for (const left of lefts) {
        for (const right of rights) {
            if (result.length >= MAX_ALTERNATIVES)
                return result;
            result.push([...left, ...right]);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/rules/utils/node-flag-sites.ts







const node_flag_sites_MAX_ALTERNATIVES = 16;
const node_flag_sites_MAX_DEPTH = 6;
/** Stands for text static analysis cannot see inside a word. */
const node_flag_sites_UNSEEN = '\u0000';
const WORD_SEPARATORS = /[\s'"`;&|()]+/;
const NODE_BINARY = /^(?:.*[/\\])?(?:node|nodejs)(?:\.exe)?$/;
const NODE_OPTIONS_ASSIGNMENT = 'NODE_OPTIONS=';
const EXEC_ARGV_TARGET = 'child processes this process forks later (`fork` passes `process.execArgv` on; the running process itself is not affected)';
const PROCESS_ENV_TARGET = 'child processes this process starts later (they inherit `NODE_OPTIONS`; the running process read it at start-up and is not affected)';
/**
 * Where Node flags are written in code (rules.md N10/N11/N14, code forms only): `execArgv` options
 * (`fork`, `Worker`, `cluster.setupPrimary`), `process.execArgv` changes, `NODE_OPTIONS` in an
 * environment object or in `process.env`, and command lines given to child_process, execa or zx.
 */
function flagSitesAt(analysis, node) {
    switch (node.type) {
        case types_dist.AST_NODE_TYPES.Property:
        case types_dist.AST_NODE_TYPES.AssignmentExpression:
            return optionSites(analysis, node);
        case types_dist.AST_NODE_TYPES.CallExpression:
            return [...execArgvMutation(analysis, node), ...commandSites(analysis, node)];
        case types_dist.AST_NODE_TYPES.TaggedTemplateExpression:
            return taggedCommand(analysis, node);
    }
}
/** The values given to `flag` in `words`: `--flag=value`, `--flag= value` or `--flag value`. */
function flagValues(words, flag) {
    const values = [];
    for (const [index, word] of words.entries()) {
        const next = words[index + 1];
        if (word === flag || word === `${flag}=`) {
            if (next !== undefined)
                values.push(next);
        }
        else if (word.startsWith(`${flag}=`)) {
            values.push(word.slice(flag.length + 1));
        }
    }
    return values;
}
function optionSites(analysis, node) {
    const write = optionWrite(analysis, node);
    if (write?.key === 'execArgv') {
        const alternatives = argvAlternatives(analysis, write.valueNode, 0);
        return [{ node: write.site, alternatives, target: execArgvTarget(analysis, write) }];
    }
    if (write?.key === 'NODE_OPTIONS') {
        const alternatives = stringWords(analysis, write.valueNode);
        return [{ node: write.site, alternatives, target: nodeOptionsTarget(analysis, write) }];
    }
    return [];
}
function execArgvTarget(analysis, write) {
    if (!write.inLiteral) {
        return (0,modules/* refIs */.g6)(analysis.moduleRef(write.holder), 'process')
            ? EXEC_ARGV_TARGET
            : 'the Node process started with these options';
    }
    for (const use of analysis.uses(write.holder)) {
        if (use.kind !== 'argument' || use.path.length > 0)
            continue;
        const api = childProcessApi(analysis, use.call);
        if (api)
            return `the process started by \`${api}\``;
        const ref = analysis.moduleRef(use.call.callee);
        if ((0,modules/* refIs */.g6)(ref, 'cluster', 'setupPrimary') || (0,modules/* refIs */.g6)(ref, 'cluster', 'setupMaster')) {
            return 'the cluster workers forked after this call';
        }
    }
    return 'the Node process started with these options';
}
function nodeOptionsTarget(analysis, write) {
    const destinations = write.inLiteral
        ? envBagDestinations(analysis, write.holder)
        : envHolderDestinations(analysis, write.holder);
    if (destinations.some((d) => d.kind === 'process'))
        return PROCESS_ENV_TARGET;
    for (const destination of destinations) {
        if (destination.kind === 'child')
            return `the process started by \`${destination.api}\``;
    }
    return 'any Node process started with this environment';
}
/** `process.execArgv.push('--tls-min-v1.0')`, `unshift(...)`, `splice(i, n, ...)`. */
function execArgvMutation(analysis, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return [];
    const method = (0,ast/* literalName */.xz)(callee.property);
    if (method !== 'push' && method !== 'unshift' && method !== 'splice')
        return [];
    if (!(0,modules/* refIs */.g6)(analysis.moduleRef(callee.object), 'process', 'execArgv'))
        return [];
    const added = method === 'splice' ? call.arguments.slice(2) : call.arguments;
    let alternatives = [[]];
    for (const argument of added) {
        alternatives = product(alternatives, elementWords(analysis, argument, 0));
    }
    return [{ node: call, alternatives, target: EXEC_ARGV_TARGET }];
}
/**
 * Command lines and argument lists given to a process-starting API. Only words that reach Node count:
 * the arguments of a `node` program (`spawn(process.execPath, [...])`), and in a command line the
 * words after `node` or `NODE_OPTIONS=` — `echo --tls-min-v1.0` is not a Node option, and neither are
 * `fork`'s script arguments.
 */
function commandSites(analysis, call) {
    const api = childProcessApi(analysis, call);
    if (!api || api.endsWith('fork') || api === 'execa.execaNode')
        return [];
    const target = `the command run by \`${api}\``;
    const first = call.arguments[0];
    const nodeProgram = first !== undefined && isNodeProgram(analysis, first);
    const sites = [];
    for (const [index, argument] of call.arguments.entries()) {
        const node = (0,ast/* unwrap */.oA)(argument);
        if (node.type === types_dist.AST_NODE_TYPES.ObjectExpression)
            continue;
        const toNode = (alternatives) => nodeProgram && index > 0 ? alternatives : alternatives.map(nodeCommandWords);
        if (node.type !== types_dist.AST_NODE_TYPES.ArrayExpression) {
            sites.push({ node, alternatives: toNode(argvAlternatives(analysis, node, 0)), target });
            continue;
        }
        for (const element of node.elements) {
            if (!element)
                continue;
            const alternatives = toNode(elementWords(analysis, element, 0));
            sites.push({ node: element, alternatives, target });
        }
    }
    return sites;
}
/** `'node'`, `'/usr/bin/node'`, `process.execPath`, `process.argv[0]`. */
function isNodeProgram(analysis, node) {
    const ref = analysis.moduleRef(node);
    if ((0,modules/* refIs */.g6)(ref, 'process', 'execPath') ||
        (0,modules/* refIs */.g6)(ref, 'process', 'argv0') ||
        (0,modules/* refIs */.g6)(ref, 'process', 'argv', '0')) {
        return true;
    }
    const value = analysis.value(node);
    return value.kind === 'known' && typeof value.value === 'string' && NODE_BINARY.test(value.value);
}
/** The words of a command line that Node reads: after `node`, or inside `NODE_OPTIONS=…`. */
function nodeCommandWords(words) {
    const kept = [];
    let reached = false;
    for (const word of words) {
        if (!reached && NODE_BINARY.test(word)) {
            reached = true;
            continue;
        }
        if (!reached && word.startsWith(NODE_OPTIONS_ASSIGNMENT)) {
            reached = true;
            const value = word.slice(NODE_OPTIONS_ASSIGNMENT.length);
            if (value !== '')
                kept.push(value);
            continue;
        }
        if (reached)
            kept.push(word);
    }
    return kept;
}
/** execa's and zx's `` $`node --tls-min-v1.0 app.js` ``. */
function taggedCommand(analysis, node) {
    const ref = analysis.moduleRef(node.tag);
    const known = (0,modules/* refIs */.g6)(ref, 'execa', '$') || (0,modules/* refIs */.g6)(ref, 'execa', 'execa') || (0,modules/* refIs */.g6)(ref, 'zx', '$');
    if (!known)
        return [];
    const alternatives = stringWords(analysis, node.quasi).map(nodeCommandWords);
    return [{ node, alternatives, target: `the command run by \`${ref?.module ?? ''}\`` }];
}
/** An argv list: array literals (through constants), spreads, `.concat(...)`, or one command string. */
function argvAlternatives(analysis, node, depth) {
    if (depth > node_flag_sites_MAX_DEPTH)
        return [[]];
    const target = (0,ast/* unwrap */.oA)(node);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.ArrayExpression: {
            let result = [[]];
            for (const element of target.elements) {
                if (element)
                    result = product(result, elementWords(analysis, element, depth + 1));
            }
            return result;
        }
        case types_dist.AST_NODE_TYPES.ConditionalExpression:
            return [
                ...argvAlternatives(analysis, target.consequent, depth + 1),
                ...argvAlternatives(analysis, target.alternate, depth + 1),
            ].slice(0, node_flag_sites_MAX_ALTERNATIVES);
        case types_dist.AST_NODE_TYPES.LogicalExpression:
            return [
                ...argvAlternatives(analysis, target.left, depth + 1),
                ...argvAlternatives(analysis, target.right, depth + 1),
            ].slice(0, node_flag_sites_MAX_ALTERNATIVES);
        case types_dist.AST_NODE_TYPES.Identifier: {
            const init = constInitializer(analysis, target);
            return init ? argvAlternatives(analysis, init, depth + 1) : stringWords(analysis, target);
        }
        case types_dist.AST_NODE_TYPES.CallExpression:
            return concatAlternatives(analysis, target, depth) ?? stringWords(analysis, target);
        default:
            return stringWords(analysis, target);
    }
}
function elementWords(analysis, element, depth) {
    return element.type === types_dist.AST_NODE_TYPES.SpreadElement
        ? argvAlternatives(analysis, element.argument, depth + 1)
        : stringWords(analysis, element);
}
/** `base.concat(['--flag'], '--other')`. */
function concatAlternatives(analysis, call, depth) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression ||
        (0,ast/* literalName */.xz)(callee.property) !== 'concat') {
        return undefined;
    }
    let result = argvAlternatives(analysis, callee.object, depth + 1);
    for (const argument of call.arguments) {
        result = product(result, elementWords(analysis, argument, depth + 1));
    }
    return result;
}
/** The words of each alternative of a string, split like a shell would. */
function stringWords(analysis, node) {
    return stringAlternatives(analysis, node).map(splitWords);
}
function splitWords(pieces) {
    const text = pieces.map((piece) => piece ?? node_flag_sites_UNSEEN).join('');
    return text.split(WORD_SEPARATORS).filter((word) => word !== '' && isKnownWord(word));
}
/** A word with unseen text is kept only as `--flag=<unseen>`: the flag is known, its value is not. */
function isKnownWord(word) {
    const unseen = word.indexOf(node_flag_sites_UNSEEN);
    if (unseen < 0)
        return true;
    const equals = word.indexOf('=');
    return word.startsWith('--') && equals > 0 && equals < unseen;
}
/** A flag value from `flagValues` as a partly known string (`--tls-keylog=${file}`). */
function valuePieces(value) {
    return value.split(node_flag_sites_UNSEEN).flatMap((part, index) => (index === 0 ? [part] : [null, part]));
}
function product(lefts, rights) {
    const result = [];
    for (const left of lefts) {
        for (const right of rights.length > 0 ? rights : [[]]) {
            if (result.length < node_flag_sites_MAX_ALTERNATIVES)
                result.push([...left, ...right]);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/rules/utils/ssl-op-flags.ts




const ssl_op_flags_MAX_DEPTH = 8;
const SSL_OP = /^SSL_OP_[A-Za-z0-9_]+$/;
/**
 * The OpenSSL `SSL_OP_*` constants a `secureOptions` expression ORs together:
 * `c.SSL_OP_NO_TLSv1_2 | constants.SSL_OP_NO_TLSv1_3` → both names. Constants are recognised by name
 * (from `crypto.constants`, the `constants` module, destructured or aliased); other operands, such as
 * numbers or configuration values, are left out.
 */
function sslOpFlags(analysis, node, depth = 0) {
    if (depth > ssl_op_flags_MAX_DEPTH)
        return [];
    const target = (0,ast/* unwrap */.oA)(node);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.BinaryExpression:
            if (target.operator !== '|')
                return [];
            return [
                ...sslOpFlags(analysis, target.left, depth + 1),
                ...sslOpFlags(analysis, target.right, depth + 1),
            ];
        case types_dist.AST_NODE_TYPES.MemberExpression:
        case types_dist.AST_NODE_TYPES.Identifier: {
            const name = constantName(analysis, target);
            if (name !== undefined)
                return SSL_OP.test(name) ? [name] : [];
            const init = target.type === types_dist.AST_NODE_TYPES.Identifier ? constInitializer(analysis, target) : undefined;
            return init ? sslOpFlags(analysis, init, depth + 1) : [];
        }
        default:
            return [];
    }
}
/** `crypto.constants.X` / `require('constants').X` through aliases, or the name of `obj.X` / `X`. */
function constantName(analysis, node) {
    const ref = analysis.moduleRef(node);
    const last = ref?.path.at(-1);
    if (last !== undefined && SSL_OP.test(last))
        return last;
    const name = node.type === types_dist.AST_NODE_TYPES.Identifier ? node.name : (0,object_shapes/* propertyName */.Bz)(analysis, node);
    return name !== undefined && SSL_OP.test(name) ? name : undefined;
}

;// CONCATENATED MODULE: ./src/rules/utils/tls-module-write.ts


/**
 * True when the write sets a property of the `tls` module itself — `tls.X = …`, `require('tls').X = …`
 * through any alias, or `Object.assign(tls, { X: … })` — the process-wide defaults such as
 * `DEFAULT_MIN_VERSION` and `DEFAULT_CIPHERS`.
 */
function writesToTlsModule(analysis, write) {
    if (!write.inLiteral)
        return (0,modules/* refIs */.g6)(analysis.moduleRef(write.holder), 'tls');
    const call = write.holder.parent;
    if (call?.type !== types_dist.AST_NODE_TYPES.CallExpression || !analysis.isObjectAssign(call))
        return false;
    const [first, ...sources] = call.arguments;
    return (first !== undefined &&
        sources.includes(write.holder) &&
        (0,modules/* refIs */.g6)(analysis.moduleRef(first), 'tls'));
}

;// CONCATENATED MODULE: ./src/rules/no-insecure-tls-version.ts













const no_insecure_tls_version_FIX = "Let Node negotiate TLS 1.2 or 1.3 (its default), or say so explicitly with `minVersion: 'TLSv1.2'`; if one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.";
const RFC = 'deprecated by RFC 8996';
/* harmony default export */ const no_insecure_tls_version = ((0,rule/* defineRule */.Km)({
    id: 'no-insecure-tls-version',
    meta: {
        description: 'Disallow allowing or pinning SSL 3.0, TLS 1.0 or TLS 1.1, and lowering the TLS version floor of a connection, server or process.',
        category: 'protocol-version',
        cwe: ['CWE-757'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            sslMethod: {
                risk: 'high',
                text: `\`secureProtocol: '{{method}}'\` asks for SSL {{version}}, which is broken (POODLE, DROWN). Current Node refuses these methods and throws \`ERR_TLS_INVALID_PROTOCOL_METHOD\`, so this code crashes on every supported Node and speaks broken SSL on the old runtimes it was written for. Remove \`secureProtocol\`. ${no_insecure_tls_version_FIX}`,
            },
            weakMethod: {
                risk: 'high',
                text: `\`secureProtocol: '{{method}}'\` pins {{target}} to TLS {{version}} (${RFC}): it can never use TLS 1.2 or 1.3, and its old ciphers and handshake are open to downgrade and BEAST-class attacks. Remove \`secureProtocol\`. ${no_insecure_tls_version_FIX}`,
            },
            weakMinVersion: {
                risk: 'medium',
                text: `\`minVersion: '{{value}}'\` lets {{target}} fall back to TLS {{version}} (${RFC}), which a network attacker can force by downgrade. On OpenSSL 3 (Node 17+) the handshake additionally needs \`@SECLEVEL=0\`, but on older runtimes it works as written. Set \`minVersion: 'TLSv1.2'\` — Node's default since 12 — or drop the option.`,
            },
            weakMaxVersion: {
                risk: 'medium',
                text: `\`maxVersion: '{{value}}'\` caps {{target}} at TLS {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless \`@SECLEVEL=0\` is added. Remove \`maxVersion\` (or set it to \`'TLSv1.3'\`). ${no_insecure_tls_version_FIX}`,
            },
            seclevelVersion: {
                risk: 'high',
                text: `\`{{option}}: '{{value}}'\` together with \`@SECLEVEL=0\` in the same options' \`ciphers\` really negotiates TLS {{version}} (${RFC}) for {{target}}: security level 0 re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 otherwise refuses. Use \`minVersion: 'TLSv1.2'\` and remove \`@SECLEVEL=0\`. ${no_insecure_tls_version_FIX}`,
            },
            globalVersion: {
                risk: 'high',
                text: `Setting \`tls.{{name}}\` to \`'{{value}}'\` {{effect}} for every TLS client and server in this process that does not set its own \`minVersion\`/\`maxVersion\`, including those created by libraries. TLS {{version}} is ${RFC}. Remove the assignment; if one legacy peer needs an old protocol, set \`minVersion\` on that one connection and plan to retire it.`,
            },
            globalMaxTls12: {
                risk: 'info',
                text: "{{setting}} turns TLS 1.3 off for {{target}}. TLS 1.2 is still safe, but TLS 1.3 removes the legacy handshake options and is faster; a process-wide cap usually outlives the one server that needed it. Remove it, and if one peer fails with TLS 1.3, cap only that connection with `maxVersion: 'TLSv1.2'`.",
            },
            cliMinVersion: {
                risk: 'medium',
                text: `\`{{flag}}\` lowers the default minimum TLS version to {{version}} (${RFC}) for {{target}}: every connection and server there that does not set \`minVersion\` accepts the old protocol. Remove the flag. ${no_insecure_tls_version_FIX}`,
            },
            secureOptions: {
                risk: 'medium',
                text: '`secureOptions` sets {{flags}}: {{effects}}. Remove these flags; choose protocol versions with `minVersion`/`maxVersion` (default TLS 1.2–1.3) and never enable legacy renegotiation.',
            },
            conditional: {
                risk: 'low',
                text: `{{option}} is \`{{expression}}\`, which allows {{protocol}} (${RFC}) under some run-time condition — and switches like this end up on in production. Require TLS 1.2 or later in every environment; if a test peer only speaks an old protocol, upgrade the peer.`,
            },
        },
    },
    triggers: [
        'secureProtocol',
        'minVersion',
        'maxVersion',
        'DEFAULT_MIN_VERSION',
        'DEFAULT_MAX_VERSION',
        '--tls-min-v1.',
        '--tls-max-v1.2',
        'secureOptions',
    ],
    create(context) {
        return {
            Property(node) {
                no_insecure_tls_version_option(context, node);
                cliFlags(context, flagSitesAt(context.analysis, node));
            },
            AssignmentExpression(node) {
                no_insecure_tls_version_option(context, node);
                cliFlags(context, flagSitesAt(context.analysis, node));
            },
            CallExpression(node) {
                cliFlags(context, flagSitesAt(context.analysis, node));
            },
            TaggedTemplateExpression(node) {
                cliFlags(context, flagSitesAt(context.analysis, node));
            },
        };
    },
}));
const RISK_ORDER = [
    'globalMaxTls12',
    'weakMinVersion',
    'weakMaxVersion',
    'cliMinVersion',
    'weakMethod',
    'sslMethod',
    'globalVersion',
];
function no_insecure_tls_version_option(context, node) {
    const write = optionWrite(context.analysis, node);
    if (!write)
        return;
    switch (write.key) {
        case 'secureProtocol':
        case 'minVersion':
        case 'maxVersion':
            return bagVersion(context, write);
        case 'DEFAULT_MIN_VERSION':
        case 'DEFAULT_MAX_VERSION':
            return defaultVersion(context, write);
        case 'secureOptions':
            return secureOptions(context, write);
    }
}
const VERSIONS = { TLSv1: '1.0', 'TLSv1.1': '1.1' };
const METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method$/;
const METHOD_VERSIONS = {
    SSLv2: '2.0',
    SSLv3: '3.0',
    TLSv1: '1.0',
    TLSv1_1: '1.1',
};
/** `secureProtocol`, `minVersion`, `maxVersion` in an options object (client or server alike). */
function bagVersion(context, write) {
    const { analysis } = context;
    const target = () => bagTarget(analysis, write);
    const judged = judgeAlternatives(stringValues(analysis, write.valueNode).map((value) => bagVerdict(write.key, value, target)), rank);
    if (!judged)
        return;
    if (!judged.always)
        return conditional(context, write, `\`${write.key}\``, judged.verdict);
    const { verdict } = judged;
    const versionOption = verdict.messageId === 'weakMinVersion' || verdict.messageId === 'weakMaxVersion';
    if (versionOption && bagHasSeclevelZero(analysis, write)) {
        context.report({
            node: write.site,
            messageId: 'seclevelVersion',
            data: {
                option: write.key,
                value: verdict.data.value ?? '',
                version: verdict.data.version ?? '',
                target: target(),
            },
        });
        return;
    }
    context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data });
}
function bagVerdict(key, value, target) {
    if (value === undefined)
        return undefined;
    if (key === 'secureProtocol') {
        const match = METHOD.exec(value);
        const family = match?.[1];
        const version = family === undefined ? undefined : METHOD_VERSIONS[family];
        if (family === undefined || version === undefined)
            return undefined;
        return family.startsWith('SSL')
            ? { messageId: 'sslMethod', data: { method: value, version }, protocol: `SSL ${version}` }
            : {
                messageId: 'weakMethod',
                data: { method: value, version, target: target() },
                protocol: `TLS ${version}`,
            };
    }
    const version = VERSIONS[value];
    if (version === undefined)
        return undefined;
    const messageId = key === 'minVersion' ? 'weakMinVersion' : 'weakMaxVersion';
    return { messageId, data: { value, version, target: target() }, protocol: `TLS ${version}` };
}
/** `tls.DEFAULT_MIN_VERSION = 'TLSv1'` through any alias of the tls module (rules.md N9). */
function defaultVersion(context, write) {
    const { analysis } = context;
    if (!writesToTlsModule(analysis, write))
        return;
    const verdicts = stringValues(analysis, write.valueNode).map((value) => defaultVerdict(write.key, value));
    const judged = judgeAlternatives(verdicts, rank);
    if (!judged)
        return;
    const { verdict } = judged;
    if (judged.always) {
        context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data });
    }
    else if (verdict.messageId === 'globalVersion') {
        conditional(context, write, `\`tls.${write.key}\``, verdict);
    }
}
function defaultVerdict(key, value) {
    if (value === undefined)
        return undefined;
    if (key === 'DEFAULT_MAX_VERSION' && value === 'TLSv1.2') {
        return {
            messageId: 'globalMaxTls12',
            data: {
                setting: "Setting `tls.DEFAULT_MAX_VERSION` to `'TLSv1.2'`",
                target: 'this whole process',
            },
            protocol: 'TLS 1.2',
        };
    }
    const version = VERSIONS[value];
    if (version === undefined)
        return undefined;
    const effect = key === 'DEFAULT_MIN_VERSION'
        ? `lowers the minimum protocol to TLS ${version}`
        : `caps every connection at TLS ${version}`;
    return {
        messageId: 'globalVersion',
        data: { name: key, value, effect, version },
        protocol: `TLS ${version}`,
    };
}
const UNSAFE_OPTIONS = {
    SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 'unsafe legacy renegotiation lets a man-in-the-middle splice his own data in front of the peer’s (CVE-2009-3555)',
    SSL_OP_LEGACY_SERVER_CONNECT: 'connecting to servers without secure renegotiation (RFC 5746) leaves the client open to the renegotiation attack (CVE-2009-3555)',
    SSL_OP_TLS_ROLLBACK_BUG: 'the version-rollback check of the RSA key exchange is turned off, which allows protocol downgrades',
};
/** `secureOptions` with flags that weaken the protocol (rules.md N12); hardening flags are fine. */
function secureOptions(context, write) {
    const flags = new Set(sslOpFlags(context.analysis, write.valueNode));
    const unsafe = [...flags].filter((flag) => flag in UNSAFE_OPTIONS);
    const effects = unsafe.map((flag) => UNSAFE_OPTIONS[flag] ?? '');
    if (flags.has('SSL_OP_NO_TLSv1_2') && flags.has('SSL_OP_NO_TLSv1_3')) {
        unsafe.push('SSL_OP_NO_TLSv1_2', 'SSL_OP_NO_TLSv1_3');
        effects.push('turning off TLS 1.2 and 1.3 together leaves only TLS 1.0/1.1 (deprecated by RFC 8996)');
    }
    if (unsafe.length === 0)
        return;
    context.report({
        node: write.site,
        messageId: 'secureOptions',
        data: { flags: unsafe.map((flag) => `\`${flag}\``).join(', '), effects: effects.join('; ') },
    });
}
const CLI_MIN_VERSIONS = {
    '--tls-min-v1.0': 'TLS 1.0',
    '--tls-min-v1.1': 'TLS 1.1',
};
/** `--tls-min-v1.0`/`--tls-min-v1.1` (medium) and `--tls-max-v1.2` (info) in code (rules.md N10). */
function cliFlags(context, sites) {
    for (const site of sites) {
        const judged = judgeAlternatives(site.alternatives.map((words) => flagVerdict(words, site)), rank);
        if (!judged)
            continue;
        if (judged.always) {
            context.report({
                node: site.node,
                messageId: judged.verdict.messageId,
                data: judged.verdict.data,
            });
        }
        else if (judged.verdict.messageId === 'cliMinVersion') {
            context.report({
                node: site.node,
                messageId: 'conditional',
                data: {
                    option: 'This Node command line',
                    expression: sourceExcerpt(context, site.node),
                    protocol: judged.verdict.protocol,
                },
            });
        }
    }
}
function flagVerdict(words, site) {
    const flag = words.find((word) => word in CLI_MIN_VERSIONS);
    const version = flag === undefined ? undefined : CLI_MIN_VERSIONS[flag];
    if (flag !== undefined && version !== undefined) {
        return {
            messageId: 'cliMinVersion',
            data: { flag, version, target: site.target },
            protocol: version,
        };
    }
    if (!words.includes('--tls-max-v1.2'))
        return undefined;
    return {
        messageId: 'globalMaxTls12',
        data: { setting: '`--tls-max-v1.2`', target: site.target },
        protocol: 'TLS 1.2',
    };
}
function conditional(context, write, option, verdict) {
    if (verdict.messageId === 'globalMaxTls12')
        return;
    context.report({
        node: write.site,
        messageId: 'conditional',
        data: {
            option,
            expression: sourceExcerpt(context, write.valueNode),
            protocol: verdict.protocol,
        },
    });
}
function rank(verdict) {
    return RISK_ORDER.indexOf(verdict.messageId);
}
/** Each run-time alternative of a value as a string; `undefined` where it is not a known string. */
function stringValues(analysis, node) {
    return (0,analysis_value/* alternatives */.Vo)(analysis.value((0,ast/* unwrap */.oA)(node))).map((option) => option.kind === 'known' && typeof option.value === 'string' ? option.value : undefined);
}
/** `@SECLEVEL=0` in the `ciphers` of the same options object (rules.md N8). */
function bagHasSeclevelZero(analysis, write) {
    return bagShapes(analysis, write).some((shape) => (shape.entries.get('ciphers') ?? []).some((entry) => entry.valueNode !== undefined &&
        stringAlternatives(analysis, entry.valueNode).some((pieces) => judgeCipherTokens(tokensOf(pieces, CIPHER_SEPARATORS))?.seclevelZero === true)));
}

;// CONCATENATED MODULE: ./src/rules/utils/keylog-sinks.ts





const MAX_HELPER_DEPTH = 3;
const FS_WRITES = [
    'appendFileSync',
    'appendFile',
    'writeFileSync',
    'writeFile',
    'writeSync',
    'write',
];
const FS_PROMISE_WRITES = ['appendFile', 'writeFile'];
const STREAM_WRITES = new Set(['write', 'end', 'appendFile']);
const LOG_METHODS = new Set(['log', 'info', 'debug', 'trace', 'warn', 'error', 'verbose', 'silly']);
/**
 * The calls through which a `'keylog'` handler sends its first argument (the NSS key-log line) out of
 * the process: directly, through variables derived from it, or through helper functions declared in
 * the same file. A handler that only counts lines or keeps them in memory has no sinks.
 */
function keySinks(analysis, handler) {
    const sinks = [];
    followParameters(analysis, handler, [0], sinks, new Set(), 0);
    return sinks;
}
function followParameters(analysis, fn, indexes, sinks, seen, depth) {
    if (seen.has(fn) || depth > MAX_HELPER_DEPTH)
        return;
    seen.add(fn);
    const tainted = new Set();
    const declared = analysis.bindings.declaredBy(fn);
    for (const index of indexes) {
        const parameter = fn.params[index];
        const variable = parameter?.type === types_dist.AST_NODE_TYPES.Identifier
            ? declared.find((v) => v.name === parameter.name)
            : undefined;
        if (variable)
            tainted.add(variable);
    }
    if (tainted.size === 0)
        return;
    const visit = (node) => {
        (0,walk/* forEachChild */.d)(node, visit);
        if (node.type === types_dist.AST_NODE_TYPES.VariableDeclarator)
            taintDeclarator(analysis, node, tainted);
        if (node.type === types_dist.AST_NODE_TYPES.CallExpression) {
            inspectCall(analysis, node, tainted, sinks, (helper, helperIndexes) => followParameters(analysis, helper, helperIndexes, sinks, seen, depth + 1));
        }
    };
    visit(fn.body);
}
/** `const text = line.toString('hex')` carries the key material on. */
function taintDeclarator(analysis, declarator, tainted) {
    if (declarator.id.type !== types_dist.AST_NODE_TYPES.Identifier || !declarator.init)
        return;
    if (!mentions(analysis, declarator.init, tainted))
        return;
    const variable = analysis.bindings.declaredBy(declarator)[0];
    if (variable)
        tainted.add(variable);
}
function inspectCall(analysis, call, tainted, sinks, intoHelper) {
    const carrying = call.arguments.flatMap((argument, index) => mentions(analysis, argument, tainted) ? [index] : []);
    if (carrying.length === 0)
        return;
    const sink = sinkOf(analysis, call);
    if (sink) {
        sinks.push(sink);
        return;
    }
    const helper = analysis.calledFunction(call);
    if (helper)
        intoHelper(helper, carrying);
}
function sinkOf(analysis, call) {
    const ref = implicitFs(analysis.moduleRef(call.callee));
    if (isFsWrite(ref))
        return { call, kind: 'file', path: call.arguments[0] };
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return undefined;
    const method = (0,ast/* literalName */.xz)(callee.property);
    if (method === undefined)
        return undefined;
    const receiver = analysis.moduleRef(callee.object);
    if ((0,modules/* refIs */.g6)(receiver, 'process', 'stdout') || (0,modules/* refIs */.g6)(receiver, 'process', 'stderr')) {
        return { call, kind: 'log', path: undefined };
    }
    if (STREAM_WRITES.has(method)) {
        return { call, kind: 'file', path: writeStreamPath(analysis, callee.object) };
    }
    return LOG_METHODS.has(method) ? { call, kind: 'log', path: undefined } : undefined;
}
/** Snippets use `fs` without a `require`, as they do `tls` and `https`. */
function implicitFs(ref) {
    const [head, ...rest] = ref?.path ?? [];
    return ref?.module === modules/* GLOBAL_MODULE */.Zx && head === 'fs' ? { module: 'fs', path: rest } : ref;
}
function isFsWrite(ref) {
    return (FS_WRITES.some((name) => (0,modules/* refIs */.g6)(ref, 'fs', name)) ||
        FS_PROMISE_WRITES.some((name) => (0,modules/* refIs */.g6)(ref, 'fs', 'promises', name)) ||
        FS_PROMISE_WRITES.some((name) => (0,modules/* refIs */.g6)(ref, 'fs/promises', name)));
}
/** The path given to `fs.createWriteStream(path)` when `stream` is (a constant holding) one. */
function writeStreamPath(analysis, stream) {
    let target = (0,ast/* unwrap */.oA)(stream);
    if (target.type === types_dist.AST_NODE_TYPES.Identifier)
        target = constInitializer(analysis, target) ?? target;
    if (target.type !== types_dist.AST_NODE_TYPES.CallExpression)
        return undefined;
    return (0,modules/* refIs */.g6)(implicitFs(analysis.moduleRef(target.callee)), 'fs', 'createWriteStream')
        ? target.arguments[0]
        : undefined;
}
function mentions(analysis, node, tainted) {
    if (node.type === types_dist.AST_NODE_TYPES.Identifier) {
        const variable = analysis.bindings.variableOf(node);
        return variable !== null && variable !== undefined && tainted.has(variable);
    }
    let found = false;
    (0,walk/* forEachChild */.d)(node, (child) => {
        found ||= mentions(analysis, child, tainted);
    });
    return found;
}

;// CONCATENATED MODULE: ./src/rules/no-tls-key-logging.ts









const WHY = 'anyone who can read the keys — there, in backups or in the log pipeline — can decrypt every recorded connection, passwords and tokens included';
/* harmony default export */ const no_tls_key_logging = ((0,rule/* defineRule */.Km)({
    id: 'no-tls-key-logging',
    meta: {
        description: 'Disallow writing TLS session keys to files or logs with a keylog listener or the --tls-keylog flag.',
        category: 'key-logging',
        cwe: ['CWE-532'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            keylogFile: {
                risk: 'medium',
                text: `This \`'keylog'\` listener writes the TLS session keys of \`{{emitter}}\` to a file or stream through \`{{sink}}\`: ${WHY}. Node itself warns that key logging makes TLS insecure. Remove the listener; for a one-off debugging session, enable it only behind an explicit opt-in such as \`SSLKEYLOGFILE\`, never in shipped code.`,
            },
            keylogLogged: {
                risk: 'low',
                text: `This \`'keylog'\` listener passes the TLS session keys of \`{{emitter}}\` to \`{{sink}}\`: console output and application logs are usually collected and kept, and ${WHY}. Remove the listener; if you need keys to debug, write them to a local file behind an explicit, temporary opt-in.`,
            },
            keylogOptIn: {
                risk: 'low',
                text: 'This {{what}} writes TLS session keys only when `{{condition}}` holds. Left switched on — in staging, or in production by mistake — it exposes the keys of every connection, and anyone who can read the file can decrypt recorded traffic. Make it an explicit debugging opt-in such as `SSLKEYLOGFILE` (the file exists only when an operator names it), and remove the code once the debugging is done.',
            },
            keylogFlag: {
                risk: 'medium',
                text: `\`--tls-keylog\` makes {{target}} write the TLS session keys of every connection to {{file}}: ${WHY}, and Node warns that it makes TLS insecure. Remove the flag; use it only by hand in a debugging session, never in code that ships.`,
            },
        },
    },
    triggers: ['keylog'],
    create(context) {
        return {
            CallExpression(node) {
                keylogListener(context, node);
                keylogFlags(context, flagSitesAt(context.analysis, node));
            },
            Property(node) {
                keylogFlags(context, flagSitesAt(context.analysis, node));
            },
            AssignmentExpression(node) {
                keylogFlags(context, flagSitesAt(context.analysis, node));
            },
            TaggedTemplateExpression(node) {
                keylogFlags(context, flagSitesAt(context.analysis, node));
            },
        };
    },
}));
const LISTEN_METHODS = new Set([
    'on',
    'once',
    'addListener',
    'prependListener',
    'prependOnceListener',
]);
/** `socket.on('keylog', handler)` (also agents and servers, `once`, `addListener`, …). */
function keylogListener(context, call) {
    const { analysis } = context;
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return;
    if (!LISTEN_METHODS.has((0,ast/* literalName */.xz)(callee.property) ?? ''))
        return;
    const [event, handlerNode] = call.arguments;
    if (!event || !handlerNode)
        return;
    const eventName = analysis.value(event);
    if (eventName.kind !== 'known' || eventName.value !== 'keylog')
        return;
    const handler = handlerFunction(analysis, handlerNode);
    if (!handler)
        return;
    const sinks = keySinks(analysis, handler);
    const sink = sinks.find((s) => s.kind === 'file') ?? sinks[0];
    if (!sink)
        return;
    const emitter = sourceExcerpt(context, (0,ast/* unwrap */.oA)(callee.object));
    const conditions = [...envConditions(analysis, call), ...envPath(analysis, sink)];
    // The SSLKEYLOGFILE convention is the debugging opt-in of rules.md N14's "Do not flag".
    if (conditions.some((condition) => namesSslKeyLogFile(analysis, condition)))
        return;
    const optIn = conditions[0];
    if (optIn) {
        context.report({
            node: call,
            messageId: 'keylogOptIn',
            data: { what: "`'keylog'` listener", condition: sourceExcerpt(context, optIn) },
        });
        return;
    }
    const messageId = sink.kind === 'file' ? 'keylogFile' : 'keylogLogged';
    context.report({
        node: call,
        messageId,
        data: { emitter, sink: sourceExcerpt(context, sink.call.callee) },
    });
}
function handlerFunction(analysis, node) {
    const target = (0,ast/* unwrap */.oA)(node);
    if ((0,ast/* isFunctionNode */.Px)(target))
        return target;
    const value = analysis.value(target);
    return value.kind === 'function' ? value.node : undefined;
}
/** The environment-dependent tests of the `if`, `?:` and `&&` the registration runs under. */
function envConditions(analysis, node) {
    const found = [];
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
        const test = guardingTest(parent, child);
        if (test && (0,analysis_value/* isEnvDependent */.ZV)(analysis.value(test)))
            found.push(test);
    }
    return found;
}
function guardingTest(parent, child) {
    if ((parent.type === types_dist.AST_NODE_TYPES.IfStatement ||
        parent.type === types_dist.AST_NODE_TYPES.ConditionalExpression) &&
        parent.test !== child) {
        return parent.test;
    }
    return parent.type === types_dist.AST_NODE_TYPES.LogicalExpression && parent.right === child
        ? parent.left
        : undefined;
}
/** `fs.appendFileSync(process.env.X, line)`: the file exists only if the operator names it. */
function envPath(analysis, sink) {
    if (!sink.path)
        return [];
    const ref = analysis.moduleRef(sink.path);
    const fromEnv = ref?.module === 'process' && ref.path[0] === 'env';
    return fromEnv || (0,analysis_value/* isEnvDependent */.ZV)(analysis.value(sink.path)) ? [sink.path] : [];
}
/** `process.env.SSLKEYLOGFILE` (through any alias or constant) somewhere in `node`. */
function namesSslKeyLogFile(analysis, node) {
    if ((node.type === types_dist.AST_NODE_TYPES.Identifier || node.type === types_dist.AST_NODE_TYPES.MemberExpression) &&
        (0,modules/* refIs */.g6)(analysis.moduleRef(node), 'process', 'env', 'SSLKEYLOGFILE')) {
        return true;
    }
    let found = false;
    (0,walk/* forEachChild */.d)(node, (child) => {
        found ||= namesSslKeyLogFile(analysis, child);
    });
    return found;
}
/** `--tls-keylog=<file>` in `execArgv`, `NODE_OPTIONS` or a command line (rules.md N14). */
function keylogFlags(context, sites) {
    for (const site of sites) {
        const present = site.alternatives.filter((words) => words.some(isKeylogFlag));
        if (present.length === 0 || namesSslKeyLogFile(context.analysis, site.node))
            continue;
        if (present.length < site.alternatives.length) {
            context.report({
                node: site.node,
                messageId: 'keylogOptIn',
                data: { what: '`--tls-keylog` flag', condition: sourceExcerpt(context, site.node) },
            });
            continue;
        }
        const file = flagValues(present[0] ?? [], '--tls-keylog').at(-1);
        context.report({
            node: site.node,
            messageId: 'keylogFlag',
            data: { target: site.target, file: describeFile(file) },
        });
    }
}
function describeFile(file) {
    if (file === undefined || file === '')
        return 'a file';
    return valuePieces(file).includes(null) ? 'a file chosen at run time' : `\`${file}\``;
}
function isKeylogFlag(word) {
    return word === '--tls-keylog' || word.startsWith('--tls-keylog=');
}

;// CONCATENATED MODULE: ./src/rules/no-tls-verification-env-override.ts







const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
const no_tls_verification_env_override_FIX = 'Trust the missing CA instead: `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` when the process starts, or a `ca` option on the one client that needs it.';
/** `NODE_TLS_REJECT_UNAUTHORIZED=0` as a shell assignment inside a command line. */
const SHELL_ASSIGNMENT = /(?:^|[\s;&|(])NODE_TLS_REJECT_UNAUTHORIZED=(?:0|'0'|"0")(?=$|[\s;&|)])/;
/* harmony default export */ const no_tls_verification_env_override = ((0,rule/* defineRule */.Km)({
    id: 'no-tls-verification-env-override',
    meta: {
        description: 'Disallow setting NODE_TLS_REJECT_UNAUTHORIZED to 0, which turns off certificate verification for a whole process.',
        category: 'environment-override',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            process: {
                risk: 'critical',
                text: `Setting \`${VARIABLE}\` to \`'0'\` turns off certificate verification for every TLS connection this process opens from then on (https, fetch, axios, ws, database drivers), so anyone on the network path can read and change the traffic. Remove the assignment. ${no_tls_verification_env_override_FIX}`,
            },
            child: {
                risk: 'high',
                text: `Passing \`${VARIABLE}='0'\` in the environment of {{api}} turns off certificate verification for every TLS connection the child opens, so anyone on the network path can read and change its traffic. Pass \`NODE_EXTRA_CA_CERTS\` with the CA file in the child's environment instead.`,
            },
            envObject: {
                risk: 'high',
                text: `This environment sets \`${VARIABLE}\` to \`'0'\`: any Node process started with it verifies no TLS certificate, so anyone on the network path can read and change its traffic. Put the CA file in \`NODE_EXTRA_CA_CERTS\` instead.`,
            },
            shell: {
                risk: 'high',
                text: `This command runs its program with \`${VARIABLE}=0\`, which turns off certificate verification for every TLS connection that program opens. Set \`NODE_EXTRA_CA_CERTS\` to the CA file instead.`,
            },
            conditional: {
                risk: 'medium',
                text: `\`${VARIABLE}\` is set to \`{{expression}}\`, which is \`'0'\` under some run-time condition — and then certificate verification is off for the whole process; switches like this end up on in production. Do not turn verification off in any environment. ${no_tls_verification_env_override_FIX}`,
            },
            ineffective: {
                risk: 'info',
                text: `Setting \`${VARIABLE}\` to {{value}} does nothing: Node turns verification off only for the exact string \`'0'\`. Remove the line; if it was meant to get past a certificate error, trust the right CA with \`NODE_EXTRA_CA_CERTS\` rather than turning verification off.`,
            },
        },
    },
    triggers: [VARIABLE],
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== VARIABLE)
                    return;
                judge(context, node, node.value, envBagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                if (node.left.type !== types_dist.AST_NODE_TYPES.MemberExpression)
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node.left) !== VARIABLE)
                    return;
                judge(context, node, node.right, envHolderDestinations(analysis, node.left.object));
            },
            CallExpression(node) {
                reflectiveWrite(context, node);
                shellCommand(context, node);
            },
        };
    },
}));
/** process.env stores `String(value)`; only the exact string '0' turns verification off (rules.md §0.2). */
function judgeEnvValue(value) {
    if (value.kind === 'known') {
        if (String(value.value) === '0')
            return { kind: 'disabled' };
        const ineffective = value.value === false || value.value === 'false';
        return ineffective ? { kind: 'ineffective', value: (0,analysis_value/* describePrimitive */.VA)(value.value) } : undefined;
    }
    const zero = (0,analysis_value/* alternatives */.Vo)(value).some((option) => option.kind === 'known' && String(option.value) === '0');
    return zero ? { kind: 'conditional' } : undefined;
}
function judge(context, node, valueNode, destinations) {
    const verdict = judgeEnvValue(context.analysis.value(valueNode));
    if (!verdict)
        return;
    if (verdict.kind === 'ineffective') {
        context.report({ node, messageId: 'ineffective', data: { value: verdict.value } });
    }
    else if (verdict.kind === 'conditional') {
        context.report({
            node,
            messageId: 'conditional',
            data: { expression: sourceExcerpt(context, valueNode) },
        });
    }
    else if (destinations.some((d) => d.kind === 'process')) {
        context.report({ node, messageId: 'process' });
    }
    else {
        const child = destinations.find((d) => d.kind === 'child');
        if (child)
            context.report({ node, messageId: 'child', data: { api: `\`${child.api}\`` } });
        else
            context.report({ node, messageId: 'envObject' });
    }
}
/** `Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')`, `Object.defineProperty(…, { value })`. */
function reflectiveWrite(context, call) {
    const { analysis } = context;
    const [target, key, value] = call.arguments;
    if (!target || !key || !value || !isReflectiveSetter(analysis, call))
        return;
    const name = analysis.value(key);
    if (name.kind !== 'known' || name.value !== VARIABLE)
        return;
    const written = (0,modules/* refIs */.g6)(analysis.moduleRef(call.callee), '<global>', 'Reflect', 'set')
        ? value
        : descriptorValue(analysis, value);
    if (written)
        judge(context, call, written, envHolderDestinations(analysis, target));
}
function isReflectiveSetter(analysis, call) {
    const ref = analysis.moduleRef(call.callee);
    return ((0,modules/* refIs */.g6)(ref, '<global>', 'Reflect', 'set') || (0,modules/* refIs */.g6)(ref, '<global>', 'Object', 'defineProperty'));
}
function descriptorValue(analysis, descriptor) {
    const value = analysis.value(descriptor);
    if (value.kind !== 'object')
        return undefined;
    return value.shape.entries.get('value')?.at(-1)?.valueNode;
}
/** `execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci')`, `spawn('sh', ['-c', '… '])`. */
function shellCommand(context, call) {
    if (!childProcessApi(context.analysis, call))
        return;
    for (const argument of call.arguments) {
        const strings = argument.type === types_dist.AST_NODE_TYPES.ArrayExpression ? argument.elements : [argument];
        for (const element of strings) {
            if (!element || element.type === types_dist.AST_NODE_TYPES.SpreadElement)
                continue;
            const value = context.analysis.value(element);
            if (value.kind === 'known' &&
                typeof value.value === 'string' &&
                SHELL_ASSIGNMENT.test(value.value)) {
                context.report({ node: element, messageId: 'shell' });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/no-weak-ciphers.ts










const no_weak_ciphers_FIX = "Use Node's default cipher list (`tls.DEFAULT_CIPHERS`); if you must customise it, only remove suites (`tls.DEFAULT_CIPHERS + ':!X'`) and never lower `@SECLEVEL`.";
const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';
const SECLEVEL_ZERO = '`@SECLEVEL=0` sets the OpenSSL security level to 0, which re-enables null-encryption and anonymous suites, MD5 and SHA-1 signatures, tiny keys and TLS 1.0/1.1';
/* harmony default export */ const no_weak_ciphers = ((0,rule/* defineRule */.Km)({
    id: 'no-weak-ciphers',
    meta: {
        description: 'Disallow enabling weak, null or anonymous TLS cipher suites, lowering the OpenSSL security level, or accepting small Diffie-Hellman groups.',
        category: 'cipher-suites',
        cwe: ['CWE-327'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            seclevelZero: {
                risk: 'high',
                text: `This cipher list contains {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${no_weak_ciphers_FIX}`,
            },
            weak: {
                risk: 'medium',
                text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the runtime still ships them (OpenSSL 1.x, Node ≤ 16) — and on OpenSSL 3 they are silently dropped, so the list does not mean what it says either. ${no_weak_ciphers_FIX}`,
            },
            legacy: {
                risk: 'low',
                text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption. Prefer ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 — Node's default list already does.`,
            },
            global: {
                risk: 'high',
                text: `{{setting}} replaces the default cipher list of {{target}} with one that enables {{tokens}} ({{weaknesses}}): every TLS client and server there that does not set its own \`ciphers\` — including those inside libraries — can be downgraded to these suites. Remove it; if one legacy peer needs an old suite, set \`ciphers\` on that one connection and plan to retire it. ${no_weak_ciphers_FIX}`,
            },
            conditionalSeclevelZero: {
                risk: 'medium',
                text: `{{setting}} is \`{{expression}}\`, which contains \`@SECLEVEL=0\` under some run-time condition: ${SECLEVEL_ZERO} for {{target}}, and switches like this end up on in production. Keep the default security level in every environment. ${no_weak_ciphers_FIX}`,
            },
            conditional: {
                risk: 'low',
                text: `{{setting}} is \`{{expression}}\`, which enables {{tokens}} ({{weaknesses}}) for {{target}} under some run-time condition — switches like this end up on in production. Use the same strong cipher list in every environment. ${no_weak_ciphers_FIX}`,
            },
            weakDh: {
                risk: 'low',
                text: "`minDHSize: {{value}}` lets {{target}} accept finite-field Diffie-Hellman groups as small as {{value}} bits; groups below 2048 bits are within reach of precomputation attacks such as Logjam. Set `minDHSize: 2048` or higher (Node's default is only 1024), and prefer ECDHE suites.",
            },
        },
    },
    triggers: ['ciphers', 'DEFAULT_CIPHERS', '--tls-cipher-list', 'minDHSize'],
    create(context) {
        return {
            Property(node) {
                no_weak_ciphers_option(context, node);
                cliCipherLists(context, flagSitesAt(context.analysis, node));
            },
            AssignmentExpression(node) {
                no_weak_ciphers_option(context, node);
                cliCipherLists(context, flagSitesAt(context.analysis, node));
            },
            CallExpression(node) {
                cliCipherLists(context, flagSitesAt(context.analysis, node));
            },
            TaggedTemplateExpression(node) {
                cliCipherLists(context, flagSitesAt(context.analysis, node));
            },
        };
    },
}));
function no_weak_ciphers_option(context, node) {
    const { analysis } = context;
    const write = optionWrite(analysis, node);
    if (write?.key === 'minDHSize')
        return weakDh(context, write);
    const global = write?.key === 'DEFAULT_CIPHERS' && writesToTlsModule(analysis, write);
    if (!write || !(global || write.key === 'ciphers'))
        return;
    const scope = {
        node: write.site,
        setting: global ? '`tls.DEFAULT_CIPHERS`' : '`ciphers`',
        target: global ? 'this process' : bagTarget(analysis, write),
        global,
        expression: sourceExcerpt(context, write.valueNode),
    };
    no_weak_ciphers_judge(context, stringAlternatives(analysis, write.valueNode), scope);
}
/** `--tls-cipher-list=…` in `execArgv`, `NODE_OPTIONS` or a command line: the child's default list. */
function cliCipherLists(context, sites) {
    for (const site of sites) {
        const lists = site.alternatives.map((words) => flagValues(words, '--tls-cipher-list'));
        if (lists.every((values) => values.length === 0))
            continue;
        const scope = {
            node: site.node,
            setting: '`--tls-cipher-list`',
            target: site.target,
            global: true,
            expression: sourceExcerpt(context, site.node),
        };
        // The last occurrence of a flag wins; an alternative without it keeps the default list.
        const last = (values) => {
            const value = values.at(-1);
            return value === undefined ? [null] : valuePieces(value);
        };
        no_weak_ciphers_judge(context, lists.map(last), scope);
    }
}
function no_weak_ciphers_judge(context, alternatives, scope) {
    const judged = judgeAlternatives(alternatives.map(verdictOf), (verdict) => verdict.rank);
    if (!judged)
        return;
    const { verdict } = judged;
    const data = {
        tokens: verdict.tokens,
        weaknesses: verdict.weaknesses,
        setting: scope.setting,
        target: scope.target,
    };
    if (!judged.always) {
        if (verdict.rank === 1)
            return; // legacy suites in one branch: not worth a finding
        const messageId = verdict.rank === 3 ? 'conditionalSeclevelZero' : 'conditional';
        context.report({
            node: scope.node,
            messageId,
            data: { ...data, expression: scope.expression },
        });
    }
    else if (verdict.rank === 1) {
        context.report({ node: scope.node, messageId: 'legacy', data });
    }
    else if (scope.global) {
        context.report({ node: scope.node, messageId: 'global', data });
    }
    else {
        context.report({
            node: scope.node,
            messageId: verdict.rank === 3 ? 'seclevelZero' : 'weak',
            data,
        });
    }
}
function verdictOf(pieces) {
    const verdict = judgeCipherTokens(tokensOf(pieces, CIPHER_SEPARATORS));
    if (!verdict)
        return undefined;
    if (verdict.seclevelZero) {
        return {
            rank: 3,
            tokens: describeTokens(['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]),
            weaknesses: [SECLEVEL_ZERO_LABEL, ...labels(verdict.weak)].join(', '),
        };
    }
    const reported = verdict.weak.length > 0 ? verdict.weak : verdict.legacy;
    if (reported.length === 0)
        return undefined;
    return {
        rank: verdict.weak.length > 0 ? 2 : 1,
        tokens: describeTokens(reported.map((weak) => weak.token)),
        weaknesses: labels(reported).join(', '),
    };
}
function describeTokens(tokens) {
    return [...new Set(tokens)].map((token) => `\`${token}\``).join(', ');
}
function labels(tokens) {
    return [...new Set(tokens.flatMap((token) => token.weaknesses))].map((weakness) => WEAKNESS_LABELS[weakness]);
}
const SAFE_DH_BITS = 2048;
/** `minDHSize` below 2048 on a client (rules.md N13); servers and secure contexts ignore it. */
function weakDh(context, write) {
    const { analysis } = context;
    const value = analysis.value(write.valueNode);
    if (value.kind !== 'known' || typeof value.value !== 'number')
        return;
    if (!(value.value > 0 && value.value < SAFE_DH_BITS))
        return;
    if (reachesOnlyServers(analysis, write))
        return;
    context.report({
        node: write.site,
        messageId: 'weakDh',
        data: { value: String(value.value), target: bagTarget(analysis, write) },
    });
}

;// CONCATENATED MODULE: ./src/rules/index.ts






/** Every rule, sorted by id. Explicit imports (no directory scan) so the bundler sees them all. */
const RULES = [
    no_deprecated_tls_api,
    no_disabled_cert_verification,
    no_insecure_tls_version,
    no_tls_key_logging,
    no_tls_verification_env_override,
    no_weak_ciphers,
];
function findRule(id) {
    return RULES.find((rule) => rule.id === id);
}


/***/ })

};
