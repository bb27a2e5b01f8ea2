export const id = 369;
export const ids = [369];
export const modules = {

/***/ 91242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ isFunctionNode),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   pG: () => (/* binding */ enclosingFunction),
/* harmony export */   sP: () => (/* binding */ isTransparentWrapper),
/* harmony export */   xz: () => (/* binding */ literalName)
/* harmony export */ });
/* unused harmony exports isObjectExpression, dottedName */
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
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

/***/ 31474:
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

/***/ 58550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate),
  O: () => (/* binding */ functionOf)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(91242);
// EXTERNAL MODULE: ./src/analysis/value.ts
var analysis_value = __webpack_require__(51083);
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
var object_shapes = __webpack_require__(40158);
// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(46873);
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
var scope_manager_dist = __webpack_require__(49448);
// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(31474);
// EXTERNAL MODULE: ./src/analysis/patterns.ts
var patterns = __webpack_require__(79759);
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
/* harmony export */   Qj: () => (/* binding */ resolveModuleRef),
/* harmony export */   Zx: () => (/* binding */ GLOBAL_MODULE),
/* harmony export */   g6: () => (/* binding */ refIs)
/* harmony export */ });
/* unused harmony exports moduleName, requiredModule */
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49448);
/* harmony import */ var _typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_scope_manager__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91242);
/* harmony import */ var _bindings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31474);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58550);
/* harmony import */ var _object_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40158);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79759);







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

/***/ 40158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   AX: () => (/* binding */ memberValue),
/* harmony export */   Bz: () => (/* binding */ propertyName),
/* harmony export */   IY: () => (/* binding */ objectShapeOf),
/* harmony export */   N2: () => (/* binding */ mergeShapes)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91242);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58550);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51083);




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

/***/ 79759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ placeInPattern)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91242);


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

/***/ 51083:
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

/***/ 46873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ returnStatements),
/* harmony export */   d: () => (/* binding */ forEachChild)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _typescript_eslint_visitor_keys__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90715);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91242);



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

/***/ 21961:
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
/** Pages of the built-in `tlsguard/…` ids, which are not rules of the registry. */
const BUILT_IN_DOCS = {
    'tlsguard/suppression': 'https://github.com/tlsguard/tlsguard/blob/main/docs/suppressions.md',
};
function docsUrl(ruleId) {
    return BUILT_IN_DOCS[ruleId] ?? `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 38369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  findRule: () => (/* binding */ findRule)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/analysis/object-shapes.ts
var object_shapes = __webpack_require__(40158);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
// EXTERNAL MODULE: ./src/analysis/value.ts
var analysis_value = __webpack_require__(51083);
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

// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(91242);
// EXTERNAL MODULE: ./src/analysis/modules.ts
var modules = __webpack_require__(6507);
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
    return (call.type === dist.AST_NODE_TYPES.CallExpression &&
        callee.type === dist.AST_NODE_TYPES.MemberExpression &&
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
    if (node.type === dist.AST_NODE_TYPES.MemberExpression && (0,ast/* literalName */.xz)(node.property) === 'options') {
        const agent = agentConstruction(analysis, node.object);
        if (agent) {
            return [
                agentBecomesGlobal(analysis, agent)
                    ? { kind: 'global-agent' }
                    : { kind: 'client', api: 'https.Agent' },
            ];
        }
    }
    const init = node.type === dist.AST_NODE_TYPES.Identifier ? initializerOf(analysis, node) : undefined;
    return init ? bagDestinations(analysis, init) : [{ kind: 'unknown' }];
}
function agentConstruction(analysis, node) {
    const target = (0,ast/* unwrap */.oA)(node);
    if (target.type === dist.AST_NODE_TYPES.NewExpression ||
        target.type === dist.AST_NODE_TYPES.CallExpression) {
        return (0,modules/* refIs */.g6)(analysis.moduleRef(target.callee), 'https', 'Agent') ? target : undefined;
    }
    if (target.type !== dist.AST_NODE_TYPES.Identifier)
        return undefined;
    const init = initializerOf(analysis, target);
    return init && init !== target ? agentConstruction(analysis, init) : undefined;
}
function initializerOf(analysis, identifier) {
    const def = analysis.bindings.variableOf(identifier)?.defs[0];
    return def?.node.type === dist.AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
        ? (def.node.init ?? undefined)
        : undefined;
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
                if (node.parent.type !== dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== 'rejectUnauthorized')
                    return;
                const verdict = judgeFalseDisables(analysis.value(node.value));
                if (verdict)
                    report(context, node, node.value, verdict, bagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
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

// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(46873);
;// CONCATENATED MODULE: ./src/rules/utils/some-in-body.ts


/**
 * True when `predicate` holds for `root` or a node below it, not looking into nested functions: what
 * they do happens only when (and if) they are called.
 */
function someInBody(root, predicate) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (predicate(node))
            return true;
        (0,walk/* forEachChild */.d)(node, (child) => {
            if (!(0,ast/* isFunctionNode */.Px)(child))
                stack.push(child);
        });
    }
    return false;
}

;// CONCATENATED MODULE: ./src/rules/utils/identity-check.ts






/** Utility-library no-ops that return `undefined`. */
const NOOPS = [
    ['lodash', 'noop'],
    ['lodash-es', 'noop'],
    ['lodash/noop'],
    ['lodash.noop'],
    ['underscore', 'noop'],
];
function judgeIdentityValue(analysis, valueNode) {
    const ref = analysis.moduleRef(valueNode);
    if (NOOPS.some(([module, ...path]) => (0,modules/* refIs */.g6)(ref, module, ...path)))
        return 'noop';
    const options = (0,analysis_value/* alternatives */.Vo)(analysis.value(valueNode));
    const verdicts = options.map((option) => option.kind === 'function' ? judgeIdentityFunction(analysis, option.node) : undefined);
    const bypasses = verdicts.filter((verdict) => verdict !== undefined);
    if (bypasses.length === 0)
        return undefined;
    if (bypasses.length < options.length)
        return 'conditional';
    return bypasses.includes('discarded') ? 'discarded' : 'noop';
}
/** A function Node calls as `checkServerIdentity(host, cert)`: does it accept every host? */
function judgeIdentityFunction(analysis, fn) {
    // An async function or a generator returns a Promise or an iterator: truthy, so every host is rejected.
    if (fn.async || fn.generator)
        return undefined;
    // Throwing (or asserting) for some peers is a check, even if a crash-prone one.
    if (someInBody(fn.body, (node) => mayThrow(analysis, node)))
        return undefined;
    if (!onlyFalsyReturns(analysis, fn))
        return undefined;
    return someInBody(fn.body, (node) => callsDefaultCheck(analysis, node)) ? 'discarded' : 'noop';
}
function onlyFalsyReturns(analysis, fn) {
    if (fn.body.type !== dist.AST_NODE_TYPES.BlockStatement) {
        return (0,analysis_value/* truthiness */.w8)(analysis.value(fn.body)) === false;
    }
    return (0,walk/* returnStatements */.$)(fn.body).every((statement) => !statement.argument || (0,analysis_value/* truthiness */.w8)(analysis.value(statement.argument)) === false);
}
function mayThrow(analysis, node) {
    if (node.type === dist.AST_NODE_TYPES.ThrowStatement)
        return true;
    if (node.type !== dist.AST_NODE_TYPES.CallExpression)
        return false;
    const module = analysis.moduleRef(node.callee)?.module;
    return module === 'assert' || module === 'assert/strict';
}
function callsDefaultCheck(analysis, node) {
    return (node.type === dist.AST_NODE_TYPES.CallExpression &&
        (0,modules/* refIs */.g6)(analysis.moduleRef(node.callee), 'tls', 'checkServerIdentity'));
}

;// CONCATENATED MODULE: ./src/rules/utils/reaches-key.ts


/**
 * True when the value `node` ends up under the option `key` of some object: written as `{ key: node }`,
 * assigned as `x.key = node`, or passed there through variables, spreads and helpers.
 */
function reachesKey(analysis, node, key) {
    const parent = node.parent;
    if (parent?.type === dist.AST_NODE_TYPES.Property &&
        parent.value === node &&
        parent.parent.type === dist.AST_NODE_TYPES.ObjectExpression &&
        (0,object_shapes/* propertyName */.Bz)(analysis, parent) === key) {
        return true;
    }
    return analysis.uses(node).some((use) => {
        const last = use.path.at(-1);
        if (last !== undefined)
            return last === key;
        return (use.kind === 'assigned' &&
            use.target.type === dist.AST_NODE_TYPES.MemberExpression &&
            (0,object_shapes/* propertyName */.Bz)(analysis, use.target) === key);
    });
}

;// CONCATENATED MODULE: ./src/rules/utils/switch-on.ts

function judgeSwitchOn(value, semantics) {
    const options = (0,analysis_value/* alternatives */.Vo)(value);
    const on = options.filter((option) => option.kind === 'known' && semantics.isOn(option.value));
    if (on.length > 0)
        return on.length === options.length ? 'on' : 'conditional';
    const fromEnv = options.some((option) => option.kind === 'unknown' && option.env && semantics.envTypes.includes(option.type));
    return fromEnv ? 'conditional' : undefined;
}
/** Boolean options: only `true` is on. */
const BOOLEAN_SWITCH = {
    isOn: (value) => value === true,
    envTypes: ['boolean'],
};

;// CONCATENATED MODULE: ./src/rules/utils/tls-option-target.ts

const CORE_TARGETS = {
    'https.request': 'this `https.request` call',
    'https.get': 'this `https.get` call',
    'https.Agent': 'every request made through this `https.Agent`',
    'tls.connect': 'this `tls.connect` connection',
    'tls.TLSSocket': 'this `tls.TLSSocket`',
    'http2.connect': 'this `http2.connect` session',
    'tlsSocket.renegotiate': 'the renegotiated connection',
};
const CORE_MODULES = new Set(['https', 'http', 'http2', 'tls', 'net']);
const FALLBACK = 'the TLS connections that use these options';
/** `bag` is the object literal holding the option, when there is one, to name a library it reaches. */
function optionTarget(analysis, destinations, bag) {
    const relevant = destinations.filter((d) => d.kind !== 'server' && d.kind !== 'inert');
    if (destinations.length > 0 && relevant.length === 0)
        return { kind: 'inert' };
    if (relevant.some((d) => d.kind === 'global-agent'))
        return { kind: 'global' };
    const client = relevant.find((d) => d.kind === 'client');
    const text = (client && CORE_TARGETS[client.api]) ?? (bag && libraryTarget(analysis, bag));
    return { kind: 'connections', text: text ?? FALLBACK };
}
/** `got(url, { https: bag })` → "the connections made through `got`". */
function libraryTarget(analysis, bag) {
    for (const use of analysis.uses(bag)) {
        if (use.kind !== 'argument')
            continue;
        const name = libraryName(analysis.moduleRef(use.call.callee));
        if (name)
            return `the connections made through ${name}`;
    }
    return undefined;
}
function libraryName(ref) {
    if (!ref || CORE_MODULES.has(ref.module))
        return undefined;
    const member = ref.path.join('.');
    if (ref.module === modules/* GLOBAL_MODULE */.Zx)
        return member ? `\`${member}\`` : undefined;
    return member ? `\`${member}\` from \`${ref.module}\`` : `\`${ref.module}\``;
}

;// CONCATENATED MODULE: ./src/rules/no-hostname-verification-bypass.ts












const WHY = 'the certificate chain is still checked, so anyone holding a certificate from a trusted CA for any name (one for their own domain is enough) can impersonate the server and read or change the traffic';
const no_hostname_verification_bypass_FIX = "Keep the default `tls.checkServerIdentity`. If the host is reached under another name, set `servername` to the name in its certificate or reissue the certificate with the name you use; to pin, return `tls.checkServerIdentity(host, cert)`'s error first and then compare `cert.fingerprint256`.";
/** How to fix a library switch; `caOption` is where that library takes a private CA. */
function switchFix(caOption) {
    return `Connect with the host name the certificate was issued for, or reissue the certificate with that name in its subjectAltName; trust a private CA with ${caOption} rather than skipping the name check.`;
}
/**
 * MongoDB reads option names case-insensitively (rules.md L13). Driver 6+ takes `true`/`'true'` and throws
 * on other strings; drivers 4 and 5 also took `t`, `1`, `y`, `yes` in any case — still on there.
 */
const MONGO_TRUTHS = new Set(['true', 't', '1', 'y', 'yes']);
const MONGO_SWITCH = {
    isOn: (value) => value === true ||
        ((typeof value === 'string' || typeof value === 'number') &&
            MONGO_TRUTHS.has(String(value).toLowerCase())),
    envTypes: ['boolean', 'string'],
};
const MONGO_OPTION = 'tlsallowinvalidhostnames';
const MONGO_URI = /^mongodb(?:\+srv)?:\/\//i;
/** Stands for `${…}` in a template literal: it can match neither a name nor `true`. */
const HOLE = '\u0000';
const PROCESS = { kind: 'process' };
const PROCESS_TEXT = 'every TLS connection in the process that does not bring its own `checkServerIdentity` (`tls.connect`, `https`, `http2` and most client libraries use `tls.checkServerIdentity` as their default)';
const GLOBAL_AGENT_TEXT = 'every request through `https.globalAgent`';
/* harmony default export */ const no_hostname_verification_bypass = ((0,rule/* defineRule */.Km)({
    id: 'no-hostname-verification-bypass',
    meta: {
        description: 'Disallow skipping the check that a TLS certificate was issued for the host being connected to.',
        category: 'hostname-verification',
        cwe: ['CWE-297'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            noop: {
                risk: 'high',
                text: `This \`checkServerIdentity\` can only return a falsy value, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${WHY}. ${no_hostname_verification_bypass_FIX}`,
            },
            discarded: {
                risk: 'high',
                text: `This \`checkServerIdentity\` calls \`tls.checkServerIdentity\` but throws its result away and returns nothing, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${WHY}. Return the error: \`(host, cert) => tls.checkServerIdentity(host, cert)\` — or drop the option to keep the default.`,
            },
            processWide: {
                risk: 'critical',
                text: `This installs a \`checkServerIdentity\` that can only return a falsy value for {{target}}, so all of them accept a certificate issued for any host: ${WHY}. Never replace the default process-wide; fix the host name or the certificate, or scope a \`servername\` to the one client that needs it.`,
            },
            conditional: {
                risk: 'medium',
                text: `\`checkServerIdentity\` is \`{{expression}}\`, which in some run-time branch is a function that accepts every host name for {{target}}; switches like this end up on in production. ${no_hostname_verification_bypass_FIX}`,
            },
            mongoInvalidHostnames: {
                risk: 'medium',
                text: `{{option}} makes the MongoDB driver replace \`checkServerIdentity\` with a no-op, so the database connection accepts a certificate issued for any host: ${WHY}, including credentials and query results. Remove the option. ${switchFix('`tlsCAFile`')}`,
            },
            mysqlNoVerifyIdentity: {
                risk: 'medium',
                text: `\`verifyIdentity: false\` tells mysql2 not to check the server's host name against its certificate, so the database connection accepts a certificate issued for any host: ${WHY}, including credentials and query results. Set \`verifyIdentity: true\`. ${switchFix('`ssl.ca`')}`,
            },
            denoNoHostnameVerification: {
                risk: 'medium',
                text: `\`unsafelyDisableHostnameVerification: true\` makes \`Deno.connectTls\` / \`Deno.startTls\` accept a certificate issued for any host: ${WHY}. Remove the option. ${switchFix('`caCerts`')}`,
            },
            conditionalSwitch: {
                risk: 'low',
                text: `\`{{option}}\` is \`{{expression}}\`, which turns host-name verification off in some environments or configurations; switches like this end up flipped in production. Verify host names everywhere. ${switchFix("the client's CA option")}`,
            },
        },
    },
    triggers: [
        'checkServerIdentity',
        'AllowInvalidHostnames',
        'allowinvalidhostnames',
        'ALLOWINVALIDHOSTNAMES',
        'verifyIdentity',
        'unsafelyDisableHostnameVerification',
    ],
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, node);
                if (key === 'checkServerIdentity')
                    identityProperty(context, node, node.parent);
                else if (key !== undefined)
                    switchOption(context, node, key, node.value, node.parent);
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== dist.AST_NODE_TYPES.MemberExpression || node.operator !== '=')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, left);
                if (key === 'checkServerIdentity')
                    identityAssignment(context, node, left);
                else if (key !== undefined)
                    switchOption(context, node, key, node.right, left.object);
            },
            Literal(node) {
                if (typeof node.value === 'string' && node.parent.type !== dist.AST_NODE_TYPES.TSLiteralType)
                    mongoUri(context, node, node.value);
            },
            TemplateLiteral(node) {
                mongoUri(context, node, node.quasis.map((quasi) => quasi.value.cooked ?? '').join(HOLE));
            },
        };
    },
}));
function identityProperty(context, property, bag) {
    const { analysis } = context;
    const verdict = judgeIdentityValue(analysis, property.value);
    if (!verdict)
        return;
    const target = patchesTlsModule(context, bag)
        ? PROCESS
        : optionTarget(analysis, bagDestinations(analysis, bag), bag);
    reportIdentity(context, property, property.value, verdict, target);
}
function identityAssignment(context, assignment, left) {
    const { analysis } = context;
    const verdict = judgeIdentityValue(analysis, assignment.right);
    if (!verdict)
        return;
    const target = (0,modules/* refIs */.g6)(analysis.moduleRef(left), 'tls', 'checkServerIdentity')
        ? PROCESS
        : optionTarget(analysis, holderDestinations(analysis, left.object), undefined);
    reportIdentity(context, assignment, assignment.right, verdict, target);
}
/** `Object.assign(tls, { checkServerIdentity })` replaces the module's default like an assignment. */
function patchesTlsModule(context, bag) {
    const call = bag.parent;
    if (call?.type !== dist.AST_NODE_TYPES.CallExpression || !context.analysis.isObjectAssign(call))
        return false;
    const [target, ...sources] = call.arguments;
    return (target !== undefined &&
        sources.includes(bag) &&
        (0,modules/* refIs */.g6)(context.analysis.moduleRef(target), 'tls'));
}
function reportIdentity(context, node, valueNode, verdict, target) {
    if (target.kind === 'inert')
        return; // servers and createSecureContext never check a host name
    const text = target.kind === 'process'
        ? PROCESS_TEXT
        : target.kind === 'global'
            ? GLOBAL_AGENT_TEXT
            : target.text;
    if (verdict === 'conditional') {
        const expression = sourceExcerpt(context, valueNode);
        context.report({ node, messageId: 'conditional', data: { expression, target: text } });
    }
    else if (target.kind === 'process' || target.kind === 'global') {
        context.report({ node, messageId: 'processWide', data: { target: text } });
    }
    else {
        context.report({ node, messageId: verdict, data: { target: text } });
    }
}
/**
 * Library and runtime switches that skip the host-name check (rules.md L11, L13, R4). `holder` is the
 * object that receives the key: the literal, or the `x` of `x.key = value`.
 */
function switchOption(context, node, key, valueNode, holder) {
    if (key.toLowerCase() === MONGO_OPTION) {
        const verdict = judgeSwitchOn(context.analysis.value(valueNode), MONGO_SWITCH);
        const option = `\`${key}: ${sourceExcerpt(context, valueNode)}\``;
        if (verdict === 'on')
            context.report({ node, messageId: 'mongoInvalidHostnames', data: { option } });
        else if (verdict)
            reportConditionalSwitch(context, node, key, valueNode);
    }
    else if (key === 'unsafelyDisableHostnameVerification') {
        const verdict = judgeSwitchOn(context.analysis.value(valueNode), BOOLEAN_SWITCH);
        if (verdict === 'on')
            context.report({ node, messageId: 'denoNoHostnameVerification' });
        else if (verdict)
            reportConditionalSwitch(context, node, key, valueNode);
    }
    else if (key === 'verifyIdentity' && isSslOptions(context, holder)) {
        mysqlVerifyIdentity(context, node, valueNode);
    }
}
/** Only an explicit `false`: leaving the key out is mysql2's (insecure) default, not a decision here. */
function mysqlVerifyIdentity(context, node, valueNode) {
    const verdict = judgeFalseDisables(context.analysis.value(valueNode));
    if (verdict?.kind === 'disabled')
        context.report({ node, messageId: 'mysqlNoVerifyIdentity' });
    else if (verdict?.kind === 'conditional')
        reportConditionalSwitch(context, node, 'verifyIdentity', valueNode);
}
function reportConditionalSwitch(context, node, option, valueNode) {
    const expression = sourceExcerpt(context, valueNode);
    context.report({ node, messageId: 'conditionalSwitch', data: { option, expression } });
}
/** The object is a driver's `ssl` bag: `{ ssl: { … } }`, `config.ssl`, or a variable that ends up there. */
function isSslOptions(context, holder) {
    const { analysis } = context;
    const node = (0,ast/* unwrap */.oA)(holder);
    if (node.type === dist.AST_NODE_TYPES.MemberExpression)
        return (0,object_shapes/* propertyName */.Bz)(analysis, node) === 'ssl';
    if (node.type === dist.AST_NODE_TYPES.Identifier) {
        const def = analysis.bindings.variableOf(node)?.defs[0];
        const init = def?.node.type === dist.AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
        return init !== null && reachesKey(analysis, init, 'ssl');
    }
    return reachesKey(analysis, node, 'ssl');
}
/** `mongodb://…?tlsAllowInvalidHostnames=true` (name case-insensitive; values as `MONGO_SWITCH`). */
function mongoUri(context, node, text) {
    if (!MONGO_URI.test(text))
        return;
    const query = (text.split('#')[0] ?? '').split('?').slice(1).join('?');
    const pair = query.split('&').find((part) => {
        const [name, value] = part.split('=');
        return name?.toLowerCase() === MONGO_OPTION && value !== undefined && MONGO_SWITCH.isOn(value);
    });
    if (pair) {
        const option = `\`${pair}\` in this connection string`;
        context.report({ node, messageId: 'mongoInvalidHostnames', data: { option } });
    }
}

;// CONCATENATED MODULE: ./src/rules/utils/browser-args.ts




const MAX_DEPTH = 4;
/** Selenium's `chrome.Options#addArguments`, and the like; Electron's `appendSwitch` is not here on purpose. */
const ARGUMENT_METHODS = new Set(['addArguments', 'addArgument']);
const ARRAY_APPENDERS = new Set(['push', 'unshift']);
/**
 * True when `array` holds browser command-line arguments: the `args` of a launch option or capability
 * bag (`puppeteer.launch({ args })`, `'goog:chromeOptions': { args }`), or what is passed to
 * `addArguments(...)` — directly, through variables, spreads and `concat`.
 */
function isBrowserArgsArray(analysis, array, depth = 0) {
    if (depth > MAX_DEPTH)
        return false;
    if (reachesKey(analysis, array, 'args'))
        return true;
    return analysis.uses(array).some((use) => {
        if (use.kind === 'argument' && use.path.length === 0) {
            if (isConcat(use.call))
                return isBrowserArgsArray(analysis, use.call, depth + 1);
            return isArgumentsCall(analysis, use.call, depth);
        }
        if (use.kind !== 'escape' || use.node.type !== dist.AST_NODE_TYPES.SpreadElement)
            return false;
        const holder = use.node.parent;
        if (holder.type === dist.AST_NODE_TYPES.ArrayExpression)
            return isBrowserArgsArray(analysis, holder, depth + 1);
        return (holder.type === dist.AST_NODE_TYPES.CallExpression && isArgumentsCall(analysis, holder, depth));
    });
}
/** `options.addArguments(...)`, or `push`/`unshift` onto an arguments array (`launchOptions.args.push(...)`). */
function isArgumentsCall(analysis, call, depth = 0) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (call.type !== dist.AST_NODE_TYPES.CallExpression ||
        callee.type !== dist.AST_NODE_TYPES.MemberExpression)
        return false;
    const method = (0,ast/* literalName */.xz)(callee.property);
    if (method !== undefined && ARGUMENT_METHODS.has(method))
        return true;
    if (method === undefined || !ARRAY_APPENDERS.has(method))
        return false;
    const target = (0,ast/* unwrap */.oA)(callee.object);
    if (target.type === dist.AST_NODE_TYPES.MemberExpression)
        return (0,object_shapes/* propertyName */.Bz)(analysis, target) === 'args';
    const init = target.type === dist.AST_NODE_TYPES.Identifier ? arrayInitializer(analysis, target) : null;
    return init !== null && isBrowserArgsArray(analysis, init, depth + 1);
}
function isConcat(call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    return (callee.type === dist.AST_NODE_TYPES.MemberExpression && (0,ast/* literalName */.xz)(callee.property) === 'concat');
}
function arrayInitializer(analysis, identifier) {
    const def = analysis.bindings.variableOf(identifier)?.defs[0];
    const init = def?.node.type === dist.AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
    return init?.type === dist.AST_NODE_TYPES.ArrayExpression ? init : null;
}

;// CONCATENATED MODULE: ./src/rules/no-insecure-browser-automation.ts







const no_insecure_browser_automation_WHY = 'makes the browser accept any TLS certificate — self-signed, expired or issued for another host — so what it loads and submits (logins, tokens, test results) can be read or changed by anyone on the network path, and certificate problems of the site under test go unnoticed';
const no_insecure_browser_automation_FIX = 'Give the test server a certificate the browser trusts instead: issue it from a local CA (for example with mkcert) and trust that CA in the system or browser profile.';
const PUPPETEER_MODULES = new Set(['puppeteer', 'puppeteer-core', 'puppeteer-extra']);
/** Chromium reads `--switch` and `-switch`; any `=value` still turns it on. */
const IGNORE_CERT_ERRORS = /^--?ignore-certificate-errors(?:=.*)?$/;
const CAPABILITY_CONSTANT = 'ACCEPT_INSECURE_TLS_CERTS';
/** Array elements that cannot be a switch string: not worth evaluating. */
const NOT_A_STRING = new Set([
    dist.AST_NODE_TYPES.SpreadElement,
    dist.AST_NODE_TYPES.ObjectExpression,
    dist.AST_NODE_TYPES.ArrayExpression,
    dist.AST_NODE_TYPES.ArrowFunctionExpression,
    dist.AST_NODE_TYPES.FunctionExpression,
]);
/* harmony default export */ const no_insecure_browser_automation = ((0,rule/* defineRule */.Km)({
    id: 'no-insecure-browser-automation',
    meta: {
        description: 'Disallow telling automated browsers (Puppeteer, Playwright, WebDriver) to accept invalid TLS certificates.',
        category: 'browser-automation',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            acceptInsecureCerts: {
                risk: 'medium',
                text: `\`acceptInsecureCerts: true\`{{where}} ${no_insecure_browser_automation_WHY}. ${no_insecure_browser_automation_FIX}`,
            },
            ignoreHttpsErrors: {
                risk: 'medium',
                text: `\`ignoreHTTPSErrors: true\`{{where}} ${no_insecure_browser_automation_WHY}. ${no_insecure_browser_automation_FIX}`,
            },
            puppeteerIgnoreHttpsErrors: {
                risk: 'medium',
                text: `\`ignoreHTTPSErrors: true\`{{where}}: on Puppeteer 22 and older this ${no_insecure_browser_automation_WHY}. Puppeteer 23 renamed the option to \`acceptInsecureCerts\` and silently ignores the old name, so on current versions the line does nothing — do not "fix" it by renaming. ${no_insecure_browser_automation_FIX}`,
            },
            ignoreCertificateErrorsArg: {
                risk: 'medium',
                text: `The browser switch \`{{arg}}\` ${no_insecure_browser_automation_WHY}. Remove the switch. ${no_insecure_browser_automation_FIX}`,
            },
            conditional: {
                risk: 'low',
                text: `\`{{option}}\` is \`{{expression}}\`, which in some environments ${no_insecure_browser_automation_WHY}; switches like this end up on where they should not. ${no_insecure_browser_automation_FIX}`,
            },
        },
    },
    triggers: [
        'acceptInsecureCerts',
        'AcceptInsecureCerts',
        CAPABILITY_CONSTANT,
        'ignoreHTTPSErrors',
        'ignore-certificate-errors',
    ],
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                const option = optionKey(analysis, node.key, node.computed);
                if (option)
                    judgeOption(context, node, option, node.value, optionWhere(context, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== dist.AST_NODE_TYPES.MemberExpression || node.operator !== '=')
                    return;
                const option = optionKey(analysis, left.property, left.computed);
                if (option)
                    judgeOption(context, node, option, node.right, '');
            },
            CallExpression(node) {
                capabilitySetter(context, node);
                if (isArgumentsCall(analysis, node)) {
                    for (const argument of node.arguments)
                        switchArgument(context, argument);
                }
            },
            ArrayExpression(node) {
                const elements = node.elements.filter((element) => element !== null && !NOT_A_STRING.has(element.type));
                const matching = elements.filter((element) => switchText(analysis, element) !== undefined);
                if (matching.length > 0 && isBrowserArgsArray(analysis, node)) {
                    for (const element of matching)
                        switchArgument(context, element);
                }
            },
        };
    },
}));
/** `acceptInsecureCerts`, `ignoreHTTPSErrors`, or Selenium's `[Capability.ACCEPT_INSECURE_TLS_CERTS]`. */
function optionKey(analysis, key, computed) {
    const name = computed ? capabilityName(analysis, key) : (0,ast/* literalName */.xz)(key);
    return name === 'acceptInsecureCerts' || name === 'ignoreHTTPSErrors' ? name : undefined;
}
/** A computed key or `caps.set(key, …)` argument: a string, or the Selenium capability constant. */
function capabilityName(analysis, key) {
    const target = (0,ast/* unwrap */.oA)(key);
    if (target.type === dist.AST_NODE_TYPES.MemberExpression &&
        (0,object_shapes/* propertyName */.Bz)(analysis, target) === CAPABILITY_CONSTANT) {
        return 'acceptInsecureCerts';
    }
    const value = analysis.value(key);
    return value.kind === 'known' && typeof value.value === 'string' ? value.value : undefined;
}
function judgeOption(context, node, option, valueNode, where) {
    const verdict = judgeSwitchOn(context.analysis.value(valueNode), BOOLEAN_SWITCH);
    if (verdict === 'conditional') {
        const expression = sourceExcerpt(context, valueNode);
        context.report({ node, messageId: 'conditional', data: { option, expression } });
    }
    else if (verdict === 'on' && option === 'acceptInsecureCerts') {
        context.report({ node, messageId: 'acceptInsecureCerts', data: { where } });
    }
    else if (verdict === 'on') {
        const puppeteer = reachesPuppeteer(context.analysis, node.parent);
        const messageId = puppeteer ? 'puppeteerIgnoreHttpsErrors' : 'ignoreHttpsErrors';
        context.report({ node, messageId, data: { where } });
    }
}
/** ` in the options of \`browser.newContext()\`` for the first call the options object is passed to. */
function optionWhere(context, bag) {
    const use = context.analysis.uses(bag).find((u) => u.kind === 'argument');
    if (use?.kind !== 'argument')
        return '';
    const isNew = use.call.type === dist.AST_NODE_TYPES.NewExpression;
    return ` in the options of \`${isNew ? 'new ' : ''}${sourceExcerpt(context, use.call.callee)}()\``;
}
function reachesPuppeteer(analysis, bag) {
    if (bag?.type !== dist.AST_NODE_TYPES.ObjectExpression)
        return false;
    return analysis.uses(bag).some((use) => {
        const module = use.kind === 'argument' ? analysis.moduleRef(use.call.callee)?.module : undefined;
        return module !== undefined && PUPPETEER_MODULES.has(module);
    });
}
/** Selenium: `options.setAcceptInsecureCerts(true)`, `caps.set(Capability.ACCEPT_INSECURE_TLS_CERTS, true)`. */
function capabilitySetter(context, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== dist.AST_NODE_TYPES.MemberExpression)
        return;
    const method = (0,ast/* literalName */.xz)(callee.property);
    const [first, second] = call.arguments;
    const value = method === 'setAcceptInsecureCerts'
        ? first
        : method === 'set' &&
            first &&
            capabilityName(context.analysis, first) === 'acceptInsecureCerts'
            ? second
            : undefined;
    if (!value)
        return;
    const where = ` via \`${sourceExcerpt(context, callee)}()\``;
    judgeOption(context, call, 'acceptInsecureCerts', value, where);
}
function switchArgument(context, node) {
    const arg = switchText(context.analysis, node);
    if (arg !== undefined)
        context.report({ node, messageId: 'ignoreCertificateErrorsArg', data: { arg } });
}
function switchText(analysis, node) {
    const value = analysis.value(node);
    if (value.kind !== 'known' || typeof value.value !== 'string')
        return undefined;
    const text = value.value.trim();
    return IGNORE_CERT_ERRORS.test(text) ? text : undefined;
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
    if (node.type !== dist.AST_NODE_TYPES.Identifier)
        return [{ kind: 'unknown' }];
    const def = analysis.bindings.variableOf(node)?.defs[0];
    const init = def?.node.type === dist.AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
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
                if (node.parent.type !== dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== VARIABLE)
                    return;
                judge(context, node, node.value, envBagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                if (node.left.type !== dist.AST_NODE_TYPES.MemberExpression)
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
        const strings = argument.type === dist.AST_NODE_TYPES.ArrayExpression ? argument.elements : [argument];
        for (const element of strings) {
            if (!element || element.type === dist.AST_NODE_TYPES.SpreadElement)
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

;// CONCATENATED MODULE: ./src/rules/utils/client-cert-check.ts




const STATUS_MEMBERS = new Set(['authorized', 'authorizationError']);
const STATUS_CALLS = new Set(['verifyError']);
const CERTIFICATE_CALLS = new Set(['getPeerCertificate', 'getPeerX509Certificate']);
/** The strongest check in `roots` and, through calls, the functions of this file they call. */
function clientCertCheck(analysis, roots) {
    let found;
    const visited = new Set();
    const stack = [...roots];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (visited.has(node))
            continue;
        visited.add(node);
        const check = checkAt(analysis, node);
        if (check === 'guard')
            return check;
        found ??= check;
        const callee = calledHere(analysis, node);
        if (callee)
            stack.push(callee);
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
    }
    return found;
}
function calledHere(analysis, node) {
    return node.type === dist.AST_NODE_TYPES.CallExpression ? analysis.calledFunction(node) : undefined;
}
function checkAt(analysis, node) {
    if (node.type === dist.AST_NODE_TYPES.MemberExpression) {
        const name = (0,object_shapes/* propertyName */.Bz)(analysis, node);
        if (name === undefined || !STATUS_MEMBERS.has(name) || isWriteTarget(node))
            return undefined;
        return isBranchedOn(node) ? 'guard' : 'read';
    }
    if (node.type === dist.AST_NODE_TYPES.CallExpression) {
        const callee = node.callee;
        const name = callee.type === dist.AST_NODE_TYPES.MemberExpression ? (0,ast/* literalName */.xz)(callee.property) : undefined;
        if (name !== undefined && STATUS_CALLS.has(name))
            return isBranchedOn(node) ? 'guard' : 'read';
        return name !== undefined && CERTIFICATE_CALLS.has(name) ? 'read' : undefined;
    }
    // `const { authorized } = req.socket`
    if (node.type === dist.AST_NODE_TYPES.Property && node.parent.type === dist.AST_NODE_TYPES.ObjectPattern) {
        return (0,object_shapes/* propertyName */.Bz)(analysis, node) === 'authorized' ? 'read' : undefined;
    }
    return undefined;
}
function isWriteTarget(node) {
    return node.parent.type === dist.AST_NODE_TYPES.AssignmentExpression && node.parent.left === node;
}
/**
 * True when the status decides a branch: the test of an `if` / `?:` / loop, or the left side of
 * `authorized || reject()`, possibly under `!`, comparisons and `&&` / `||`.
 */
function isBranchedOn(node) {
    let current = node;
    for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
        if (isTestOf(parent, current))
            return true;
        if (parent.type === dist.AST_NODE_TYPES.LogicalExpression &&
            parent.left === current &&
            parent.right.type === dist.AST_NODE_TYPES.CallExpression) {
            return true;
        }
        const passes = (0,ast/* isTransparentWrapper */.sP)(parent) ||
            (parent.type === dist.AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
            parent.type === dist.AST_NODE_TYPES.BinaryExpression ||
            parent.type === dist.AST_NODE_TYPES.LogicalExpression;
        if (!passes)
            return false;
    }
    return false;
}
function isTestOf(parent, node) {
    switch (parent.type) {
        case dist.AST_NODE_TYPES.IfStatement:
        case dist.AST_NODE_TYPES.ConditionalExpression:
        case dist.AST_NODE_TYPES.WhileStatement:
            return parent.test === node;
        default:
            return false;
    }
}

// EXTERNAL MODULE: ./src/analysis/bindings.ts
var bindings = __webpack_require__(31474);
;// CONCATENATED MODULE: ./src/rules/utils/server-handlers.ts



const LISTENER_METHODS = new Set([
    'on',
    'once',
    'addListener',
    'prependListener',
    'prependOnceListener',
]);
/** Events that hand a server's TLS connection (or a request on it) to application code. */
const CONNECTION_EVENTS = new Set(['secureConnection', 'request', 'stream', 'session']);
/**
 * The functions that handle a server's connections: function arguments of `createServer(...)` and
 * `'secureConnection'` / `'request'` / `'stream'` / `'session'` listeners on the server. Undefined when
 * some handler is not visible here (an `app` object, an imported function) or none is attached here.
 */
function connectionHandlers(analysis, server) {
    const handlers = [];
    for (const argument of server.arguments) {
        const value = analysis.value(argument);
        if (value.kind === 'function')
            handlers.push(value.node);
        else if (value.kind !== 'object')
            return undefined;
    }
    for (const reference of serverReferences(analysis, server)) {
        for (let node = reference;;) {
            const listener = listenerCall(node);
            if (!listener)
                break;
            const handler = connectionListener(analysis, listener);
            if (handler === null)
                return undefined;
            if (handler)
                handlers.push(handler);
            node = listener; // `.on()` returns the server: `server.on(a, f).on(b, g)`
        }
    }
    return handlers.length > 0 ? handlers : undefined;
}
/** The server expression and every read of the `const` it is stored in. */
function serverReferences(analysis, server) {
    const parent = server.parent;
    if (parent?.type !== dist.AST_NODE_TYPES.VariableDeclarator || parent.init !== server)
        return [server];
    const variable = analysis.bindings.declaredBy(parent)[0];
    return [server, ...(variable ? (0,bindings/* readsOf */.JP)(variable).map((reference) => reference.identifier) : [])];
}
/** `node.on(...)` when `node` is the object of a listener method call. */
function listenerCall(node) {
    const member = node.parent;
    if (member?.type !== dist.AST_NODE_TYPES.MemberExpression || member.object !== node)
        return undefined;
    const call = member.parent;
    const method = (0,ast/* literalName */.xz)(member.property);
    return call.type === dist.AST_NODE_TYPES.CallExpression &&
        call.callee === member &&
        method !== undefined &&
        LISTENER_METHODS.has(method)
        ? call
        : undefined;
}
/** The listener function for a connection event; undefined for other events, null when not visible. */
function connectionListener(analysis, call) {
    const [event, listener] = call.arguments;
    const name = event && analysis.value(event);
    if (name?.kind !== 'known' || typeof name.value !== 'string')
        return null;
    if (!CONNECTION_EVENTS.has(name.value))
        return undefined;
    const value = listener && analysis.value(listener);
    return value?.kind === 'function' ? value.node : null;
}

;// CONCATENATED MODULE: ./src/rules/no-unenforced-client-certs.ts









const no_unenforced_client_certs_FIX = 'Drop the `rejectUnauthorized` override so the handshake fails for clients whose certificate does not chain to the `ca` you trust. If you need a custom error response instead, reject every connection or request whose `socket.authorized` (`req.socket.authorized`) is false before serving anything.';
/* harmony default export */ const no_unenforced_client_certs = ((0,rule/* defineRule */.Km)({
    id: 'no-unenforced-client-certs',
    meta: {
        description: 'Disallow TLS servers that ask clients for a certificate but accept clients whose certificate fails verification.',
        category: 'client-certificates',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            unenforced: {
                risk: 'high',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate is missing, self-signed, expired or from an unknown CA — and no handler in view checks \`socket.authorized\`, so any client passes as an authenticated one. ${no_unenforced_client_certs_FIX}`,
            },
            unguarded: {
                risk: 'medium',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate fails verification. Code in this file looks at a peer's certificate or \`authorized\` flag, but no handler of this server visibly turns unauthorized clients away — and \`getPeerCertificate()\` returns unverified certificates too — every listener, route and middleware has to repeat the check, and one that forgets serves unauthenticated clients. ${no_unenforced_client_certs_FIX}`,
            },
            conditional: {
                risk: 'medium',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` in some environments or configurations: there the server accepts clients whose certificate fails verification, and no handler in view checks \`socket.authorized\`. Switches like this end up off in production. ${no_unenforced_client_certs_FIX}`,
            },
        },
    },
    triggers: ['requestCert'],
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== 'rejectUnauthorized')
                    return;
                no_unenforced_client_certs_judge(context, node, node.value, bagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, left) !== 'rejectUnauthorized')
                    return;
                no_unenforced_client_certs_judge(context, node, node.right, holderDestinations(analysis, left.object));
            },
        };
    },
}));
/** `site` writes `rejectUnauthorized` (the Property or the assignment); `valueNode` is what it writes. */
function no_unenforced_client_certs_judge(context, site, valueNode, destinations) {
    const { analysis } = context;
    // A server tests `rejectUnauthorized !== false`: other falsy values keep it on (rules.md §0.1).
    const verdict = judgeFalseDisables(analysis.value(valueNode));
    if (!verdict || verdict.kind === 'legacy')
        return;
    const server = destinations.find((d) => d.kind === 'server' && requestsCert(analysis, d.call, site));
    if (!server)
        return;
    const check = handlerCheck(analysis, server.call);
    if (check === 'guard')
        return; // the documented custom-error pattern (rules.md N5 "Do not flag")
    const api = `\`${server.api}\``;
    if (verdict.kind === 'conditional') {
        const expression = sourceExcerpt(context, valueNode);
        context.report({ node: site, messageId: 'conditional', data: { api, expression } });
    }
    else {
        context.report({ node: site, messageId: check ? 'unguarded' : 'unenforced', data: { api } });
    }
}
/**
 * True when the options `call` receives contain this `rejectUnauthorized` write (not overridden by a
 * later key) together with `requestCert` that is exactly `true` — the server tests `=== true`.
 */
function requestsCert(analysis, call, site) {
    return call.arguments.some((argument) => (0,analysis_value/* alternatives */.Vo)(analysis.value(argument)).some((option) => {
        if (option.kind !== 'object')
            return false;
        const writes = option.shape.entries.get('rejectUnauthorized') ?? [];
        return (writes.some((write) => write.site === site) &&
            (0,analysis_value/* isKnown */.qE)((0,object_shapes/* lookup */.$I)(analysis, option.shape, 'requestCert'), true));
    }));
}
/**
 * How the server's handlers deal with the client's verification result. When every handler is visible,
 * they (and the functions they call) decide; a check elsewhere in the file still counts as a `read`.
 * Otherwise (an `app` object, a handler from another module) any check in the file counts.
 */
function handlerCheck(analysis, call) {
    const handlers = connectionHandlers(analysis, call);
    const inFile = () => clientCertCheck(analysis, [analysis.program]);
    if (!handlers)
        return inFile();
    return clientCertCheck(analysis, handlers) ?? (inFile() ? 'read' : undefined);
}

;// CONCATENATED MODULE: ./src/rules/index.ts





/** Every rule, sorted by id. Explicit imports (no directory scan) so the bundler sees them all. */
const RULES = [
    no_disabled_cert_verification,
    no_hostname_verification_bypass,
    no_insecure_browser_automation,
    no_tls_verification_env_override,
    no_unenforced_client_certs,
];
function findRule(id) {
    return RULES.find((rule) => rule.id === id);
}


/***/ })

};
