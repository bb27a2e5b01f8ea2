export const id = 845;
export const ids = [845];
export const modules = {

/***/ 28179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ wildcardModule),
/* harmony export */   L8: () => (/* binding */ importedNames),
/* harmony export */   LE: () => (/* binding */ normalizeModulePath)
/* harmony export */ });
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38199);

/**
 * The names an `import` / `from … import` statement binds:
 * - `import ssl` → `ssl`; `import urllib.request` → `urllib` (the rest is an attribute path);
 * - `import ssl as s` → `s` = `ssl`; `import urllib.request as r` → `r` = `urllib.request`;
 * - `from ssl import CERT_NONE as N` → `N` = `ssl.CERT_NONE`;
 * - `from . import x` → `x` = `.x` (a module of this package: matches no library).
 * `from m import *` binds nothing here (see `wildcardModule`).
 */
function importedNames(text, statement) {
    if (statement.type === 'import_statement') {
        return statement.children.flatMap((name) => {
            if (name.type === 'dotted_name') {
                const first = name.children[0];
                if (!first)
                    return [];
                const bound = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, first);
                return [{ node: first, name: bound, qualified: normalizeModulePath(bound) }];
            }
            return aliased(text, name, '');
        });
    }
    if (statement.type !== 'import_from_statement')
        return [];
    const module = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(statement, 'module_name');
    if (!module)
        return [];
    const prefix = `${moduleText(text, module)}.`;
    return statement.children
        .filter((name) => name.field === 'name')
        .flatMap((name) => {
        if (name.type === 'dotted_name') {
            const bound = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, name);
            return [{ node: name, name: bound, qualified: normalizeModulePath(prefix + bound) }];
        }
        return aliased(text, name, prefix);
    });
}
/** `from ssl import *`: the module whose public names become this module's. */
function wildcardModule(text, statement) {
    if (statement.type !== 'import_from_statement')
        return undefined;
    if (!statement.children.some((node) => node.type === 'wildcard_import'))
        return undefined;
    const module = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(statement, 'module_name');
    return module ? normalizeModulePath(moduleText(text, module)) : undefined;
}
function aliased(text, node, prefix) {
    if (node.type !== 'aliased_import')
        return [];
    const name = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'name');
    const alias = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'alias');
    if (!name || !alias)
        return [];
    return [
        {
            node: alias,
            name: (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, alias),
            qualified: normalizeModulePath(prefix + (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, name)),
        },
    ];
}
/** `a.b` as written, without spaces; relative imports keep their dots (`..pkg`). */
function moduleText(text, node) {
    return (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, node).replace(/\s+/g, '');
}
/**
 * Copies and old names of the libraries the rules know, mapped to the real ones: requests' vendored
 * urllib3 (`requests.packages.urllib3`), pip's vendored libraries (`pip._vendor.requests`), botocore's
 * old vendored requests, and Python 2's names of the standard library's HTTP modules.
 */
const ALIASES = [
    ['requests.packages.urllib3', 'urllib3'],
    ['pip._vendor.urllib3', 'urllib3'],
    ['pip._vendor.requests', 'requests'],
    ['botocore.vendored.requests', 'requests'],
    ['six.moves.urllib.request', 'urllib.request'],
    ['six.moves.http_client', 'http.client'],
    ['urllib2', 'urllib.request'],
    ['httplib', 'http.client'],
];
function normalizeModulePath(path) {
    for (const [from, to] of ALIASES) {
        if (path === from || path.startsWith(`${from}.`))
            return to + path.slice(from.length);
    }
    return path;
}


/***/ }),

/***/ 72124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ firstParameter),
/* harmony export */   MJ: () => (/* binding */ Scopes),
/* harmony export */   Qi: () => (/* binding */ scopeOwner),
/* harmony export */   ny: () => (/* binding */ classOfMethod)
/* harmony export */ });
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38199);
/* harmony import */ var _imports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28179);


/**
 * Python's scopes (PEP 227) for one file: which binding a name refers to where it is used. Class bodies
 * are skipped when a function looks a name up (their names are not visible in methods); `global`
 * redirects a function's bindings to the module.
 */
class Scopes {
    tree;
    meter;
    scopes = new Map();
    module;
    /** `from m import *` at module level. */
    wildcards = [];
    /** Per class: `self.x = value` writes in its methods, by attribute name. */
    attributes = new Map();
    constructor(tree, meter) {
        this.tree = tree;
        this.meter = meter;
        this.module = this.scopeFor(tree.root, undefined);
        for (const node of tree.nodes) {
            meter.spend();
            this.index(node);
        }
    }
    /** The bindings of identifier `node` that may reach it, nearest scope first; undefined when unbound. */
    resolve(node) {
        const name = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(this.tree.text, node);
        const use = this.usageScope(node);
        for (let scope = use; scope; scope = this.enclosing(scope, use)) {
            this.meter.spend();
            const target = scope.globals.has(name) ? this.module : scope;
            const bindings = target.bindings.get(name);
            if (bindings)
                return target === use ? this.reaching(bindings, node) : bindings;
            if (target === this.module)
                return undefined;
        }
        return undefined;
    }
    /** `self.<name> = …` in any method of `classNode`. */
    attributeWrites(classNode, name) {
        return this.attributes.get(classNode)?.get(name) ?? [];
    }
    /** The class-body bindings of `name` (class attributes, methods). */
    classBindings(classNode, name) {
        return this.scopes.get(classNode)?.bindings.get(name) ?? [];
    }
    /** The scope a name used at `node` is looked up in first. */
    usageScope(node) {
        let owner = scopeOwner(node);
        // Default values and decorators are evaluated where the function is defined.
        if (owner && _syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .FUNCTION_TYPES */ .v2.has(owner.type) && !inBody(owner, node))
            owner = scopeOwner(owner);
        return (owner && this.scopes.get(owner)) ?? this.module;
    }
    /** The next scope to look in: classes are visible only to their own body. */
    enclosing(scope, use) {
        let next = scope.parent;
        while (next?.node.type === 'class_definition' && next !== use)
            next = next.parent;
        return next;
    }
    /**
     * Of the bindings in the scope where the name is used, those that may hold at `use`: the last one
     * before it that runs whenever `use` runs (same block or an enclosing one), and any conditional ones
     * after it.
     */
    reaching(bindings, use) {
        const reaching = [];
        for (let index = bindings.length - 1; index >= 0; index--) {
            const binding = bindings[index];
            if (!binding || binding.node.start >= use.start)
                continue;
            // `x = f(x)`: the `x` on the right is an earlier binding.
            if (binding.kind === 'value' && (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(binding.value, use))
                continue;
            this.meter.spend();
            reaching.push(binding);
            if (dominates(binding.node, use))
                break;
        }
        return reaching.reverse();
    }
    scopeFor(node, parent) {
        const scope = { node, parent, bindings: new Map(), globals: new Set() };
        this.scopes.set(node, scope);
        return scope;
    }
    scopeOf(node) {
        const owner = scopeOwner(node);
        return (owner && this.scopes.get(owner)) ?? this.module;
    }
    bind(scope, name, binding) {
        const list = scope.bindings.get(name);
        if (list)
            list.push(binding);
        else
            scope.bindings.set(name, [binding]);
    }
    index(node) {
        if (_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .SCOPE_TYPES */ .$h.has(node.type) && node.type !== 'module') {
            this.scopeFor(node, this.scopeOf(node));
        }
        switch (node.type) {
            case 'import_statement':
            case 'import_from_statement':
                return this.indexImport(node);
            case 'assignment':
                return this.indexAssignment(node);
            case 'augmented_assignment':
            case 'for_statement':
            case 'for_in_clause':
            case 'except_clause':
                return this.indexOpaque(node);
            case 'named_expression':
                return this.indexWalrus(node);
            case 'with_item':
                return this.indexWith(node);
            case 'function_definition':
            case 'class_definition':
                return this.indexDefinition(node);
            case 'parameters':
            case 'lambda_parameters':
                return this.indexParameters(node);
            case 'global_statement':
                for (const name of node.children)
                    this.scopeOf(node).globals.add(this.text(name));
                return;
            default:
                return;
        }
    }
    indexImport(node) {
        const scope = this.scopeOf(node);
        for (const imported of (0,_imports_js__WEBPACK_IMPORTED_MODULE_1__/* .importedNames */ .L8)(this.tree.text, node)) {
            this.bind(scope, imported.name, {
                kind: 'import',
                node: imported.node,
                qualified: imported.qualified,
            });
        }
        const wildcard = (0,_imports_js__WEBPACK_IMPORTED_MODULE_1__/* .wildcardModule */ .HO)(this.tree.text, node);
        if (wildcard !== undefined && scope === this.module)
            this.wildcards.push(wildcard);
    }
    indexAssignment(node) {
        const left = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'left');
        let right = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'right');
        // `a = b = value`: every target gets the innermost value.
        while (right?.type === 'assignment')
            right = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(right, 'right');
        if (!left)
            return;
        if (!right) {
            // `x: int` binds nothing at run time.
            return;
        }
        this.bindTarget(this.scopeOf(node), left, right);
        if (left.type === 'attribute')
            this.recordAttribute(node, left, right);
    }
    /** `x = v` binds x to v; `a, b = v1, v2` pairs them up; other unpacking is opaque. */
    bindTarget(scope, target, value) {
        const left = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .unparenthesized */ .eG)(target);
        if (left.type === 'identifier') {
            this.bind(scope, this.text(left), { kind: 'value', node: left, value });
            return;
        }
        if (!UNPACKING.has(left.type))
            return;
        const right = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .unparenthesized */ .eG)(value);
        const pairs = UNPACKING.has(right.type) && right.children.length === left.children.length
            ? right.children
            : undefined;
        left.children.forEach((element, index) => {
            const paired = pairs?.[index];
            if (paired)
                this.bindTarget(scope, element, paired);
            else
                this.bindOpaque(scope, element);
        });
    }
    bindOpaque(scope, target) {
        const node = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .unparenthesized */ .eG)(target);
        if (node.type === 'identifier')
            this.bind(scope, this.text(node), { kind: 'opaque', node });
        else if (UNPACKING.has(node.type) || node.type === 'list_splat_pattern')
            for (const element of node.children)
                this.bindOpaque(scope, element);
    }
    indexOpaque(node) {
        const target = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, node.type === 'except_clause' ? 'alias' : 'left');
        if (target)
            this.bindOpaque(this.scopeOf(node), target);
    }
    indexWalrus(node) {
        const name = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'name');
        const value = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'value');
        // PEP 572: in a comprehension, `:=` binds in the enclosing function or module.
        let scope = this.scopeOf(node);
        while (scope.node.type.endsWith('comprehension') || scope.node.type === 'generator_expression')
            scope = scope.parent ?? this.module;
        if (name && value)
            this.bind(scope, this.text(name), { kind: 'value', node: name, value });
    }
    /** `with make() as x`: x is what `make()` returns from `__enter__` — for clients, the client itself. */
    indexWith(node) {
        const pattern = node.children[0];
        if (pattern?.type !== 'as_pattern')
            return;
        const value = pattern.children.find((part) => part.field !== 'alias');
        const alias = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(pattern, 'alias')?.children[0];
        if (!value || !alias)
            return;
        this.bindTarget(this.scopeOf(node), alias, value);
    }
    indexDefinition(node) {
        const name = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(node, 'name');
        if (!name)
            return;
        // The name is bound where the `def`/`class` statement runs, not inside it.
        const scope = this.scopeOf(node);
        this.bind(scope, this.text(name), { kind: 'definition', node: name, definition: node });
    }
    indexParameters(node) {
        const owner = node.parent;
        if (!owner)
            return;
        const scope = this.scopes.get(owner) ?? this.scopeOf(node);
        for (const parameter of node.children) {
            const name = parameterName(parameter);
            if (!name)
                continue;
            this.bind(scope, this.text(name), {
                kind: 'parameter',
                node: name,
                function: owner,
                default: (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(parameter, 'value'),
            });
        }
    }
    /** `self.x = value` inside a method of a class (the method's first parameter is the instance). */
    recordAttribute(assignment, target, value) {
        const object = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(target, 'object');
        const attribute = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(target, 'attribute');
        if (object?.type !== 'identifier' || !attribute)
            return;
        const method = scopeOwner(assignment);
        const classNode = method && classOfMethod(method);
        if (!method || !classNode || this.text(object) !== firstParameter(this.tree.text, method))
            return;
        const byName = this.attributes.get(classNode) ?? new Map();
        this.attributes.set(classNode, byName);
        const name = this.text(attribute);
        byName.set(name, [...(byName.get(name) ?? []), { target, value }]);
    }
    text(node) {
        return (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(this.tree.text, node);
    }
}
const UNPACKING = new Set([
    'pattern_list',
    'tuple_pattern',
    'list_pattern',
    'tuple',
    'list',
    'expression_list',
]);
/** The node that owns the scope `node` is in. */
function scopeOwner(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .SCOPE_TYPES */ .$h.has(current.type))
            return current;
    }
    return undefined;
}
/**
 * Whether code at `node` runs inside the function `owner` (its body, its parameters' names) rather than
 * where it is defined (default values and annotations of its parameters, its return annotation).
 */
function inBody(owner, node) {
    const body = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(owner, 'body');
    if (body && (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(body, node))
        return true;
    const parameters = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(owner, 'parameters');
    if (!parameters || !(0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(parameters, node))
        return false;
    for (let current = node; current && current !== parameters; current = current.parent) {
        if (current.field === 'value' || current.field === 'type')
            return false;
    }
    return true;
}
function parameterName(parameter) {
    if (parameter.type === 'identifier')
        return parameter;
    if (parameter.type === 'default_parameter' || parameter.type === 'typed_default_parameter') {
        const name = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(parameter, 'name');
        return name?.type === 'identifier' ? name : undefined;
    }
    if (parameter.type === 'typed_parameter') {
        const name = parameter.children.find((part) => part.field !== 'type');
        return name?.type === 'identifier' ? name : undefined;
    }
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') {
        const name = parameter.children[0];
        return name?.type === 'identifier' ? name : undefined;
    }
    return undefined;
}
/** The class a `def` is a method of (directly in its body, perhaps decorated). */
function classOfMethod(method) {
    if (method.type !== 'function_definition')
        return undefined;
    let holder = method.parent;
    if (holder?.type === 'decorated_definition')
        holder = holder.parent;
    return holder?.type === 'block' && holder.parent?.type === 'class_definition'
        ? holder.parent
        : undefined;
}
/** The name of a function's first parameter (`self` by convention). */
function firstParameter(text, method) {
    const first = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(method, 'parameters')?.children[0];
    const name = first && parameterName(first);
    return name ? (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(text, name) : undefined;
}
/**
 * Whether the binding at `binding` runs whenever code at `use` (after it) runs: the statement holding
 * the binding sits in a block that also holds `use`, so no `if`, loop or `try` separates them.
 */
function dominates(binding, use) {
    let statement = binding;
    while (statement.parent &&
        statement.parent.type !== 'block' &&
        statement.parent.type !== 'module')
        statement = statement.parent;
    const block = statement.parent;
    return block !== undefined && (0,_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(block, use);
}


/***/ }),

/***/ 40975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ creatingCall),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   dY: () => (/* binding */ constant),
/* harmony export */   hR: () => (/* binding */ instanceOf),
/* harmony export */   w8: () => (/* binding */ truthiness),
/* harmony export */   wf: () => (/* binding */ qualifiedOf)
/* harmony export */ });
const UNKNOWN = { kind: 'unknown' };
function constant(value) {
    return { kind: 'constant', value };
}
/** Python's truth value of a known value; undefined when it cannot be told. */
function truthiness(value) {
    switch (value.kind) {
        case 'constant':
            return (value.value !== false && value.value !== null && value.value !== 0 && value.value !== '');
        case 'function':
        case 'class':
        case 'symbol':
            return true;
        case 'oneOf': {
            const truths = value.options.map((option) => truthiness(option.value));
            return truths.every((truth) => truth === truths[0]) ? truths[0] : undefined;
        }
        default:
            return undefined;
    }
}
/** The symbol's qualified name, also when every binding that may reach agrees on it. */
function qualifiedOf(value) {
    if (value.kind === 'symbol')
        return value.qualified;
    if (value.kind !== 'oneOf')
        return undefined;
    const names = value.options.map((option) => qualifiedOf(option.value));
    return names.every((name) => name !== undefined && name === names[0]) ? names[0] : undefined;
}
/** What the value is an instance of, also when every binding that may reach agrees on it. */
function instanceOf(value) {
    if (value.kind === 'instance')
        return value.of;
    if (value.kind !== 'oneOf')
        return undefined;
    const kinds = value.options.map((option) => instanceOf(option.value));
    return kinds.every((kind) => kind !== undefined && kind === kinds[0]) ? kinds[0] : undefined;
}
/** The call that made the instance (the first, when several bindings agree on its class). */
function creatingCall(value) {
    if (value.kind === 'instance')
        return value.call;
    if (value.kind !== 'oneOf')
        return undefined;
    for (const option of value.options) {
        const call = creatingCall(option.value);
        if (call)
            return call;
    }
    return undefined;
}


/***/ }),

/***/ 38199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ SCOPE_TYPES),
/* harmony export */   $o: () => (/* binding */ isNameReference),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   eG: () => (/* binding */ unparenthesized),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   uM: () => (/* binding */ childOfType),
/* harmony export */   v2: () => (/* binding */ FUNCTION_TYPES)
/* harmony export */ });
/* unused harmony export ancestor */
function textOf(text, node) {
    return text.slice(node.start, node.end);
}
function child(node, field) {
    return node.children.find((candidate) => candidate.field === field);
}
function childOfType(node, type) {
    return node.children.find((candidate) => candidate.type === type);
}
/** `(x)` is `x`. */
function unparenthesized(node) {
    let current = node;
    while (current.type === 'parenthesized_expression' && current.children.length === 1) {
        const inner = current.children[0];
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
/** The nearest ancestor of one of `types`. */
function ancestor(node, types) {
    for (let current = node.parent; current; current = current.parent) {
        if (types.has(current.type))
            return current;
    }
    return undefined;
}
function contains(outer, inner) {
    return inner.start >= outer.start && inner.end <= outer.end;
}
/**
 * Whether an identifier names a variable (rather than the attribute of `a.b`, a keyword of
 * `f(k=v)`, an imported module path, or the name of a `def`/`class`/parameter being declared).
 */
function isNameReference(node) {
    const parent = node.parent;
    if (!parent)
        return false;
    if (parent.type === 'attribute')
        return node.field !== 'attribute';
    if (parent.type === 'keyword_argument')
        return node.field !== 'name';
    return parent.type !== 'dotted_name' && parent.type !== 'aliased_import';
}
/** Nodes that start a scope of their own (PEP 227): names bound inside are local to them. */
const SCOPE_TYPES = new Set([
    'module',
    'function_definition',
    'lambda',
    'class_definition',
    'list_comprehension',
    'set_comprehension',
    'dictionary_comprehension',
    'generator_expression',
]);
/** `def`, `lambda`: the scopes whose code runs when called, not where it is written. */
const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);


/***/ }),

/***/ 51730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   yn: () => (/* binding */ parsePythonVersion)
/* harmony export */ });
/** `3.12` (also `3.12.1`, whose patch level does not matter here); undefined for anything else. */
function parsePythonVersion(text) {
    const match = /^(\d{1,2})\.(\d{1,3})(?:\.\d+)?$/.exec(text?.trim() ?? '');
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]) };
}
/** True when `version` is `major.minor` or later. */
function atLeast(version, major, minor) {
    return version.major > major || (version.major === major && version.minor >= minor);
}
function formatVersion(version) {
    return `${version.major}.${version.minor}`;
}


/***/ })

};
