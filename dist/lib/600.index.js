export const id = 600;
export const ids = [600];
export const modules = {

/***/ 87600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pythonAnalyzer: () => (/* binding */ pythonAnalyzer)
});

// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/languages/python/syntax.ts
var syntax = __webpack_require__(38199);
;// CONCATENATED MODULE: ./src/languages/python/locate.ts


/** A checker's report as the engine wants it: where it is and what identifies it. */
function locate(tree, report) {
    const { node, with: other, ...rest } = report;
    const nodes = other ? [node, other].sort((a, b) => a.start - b.start) : [node];
    const first = nodes[0] ?? node;
    const last = nodes.at(-1) ?? node;
    return {
        ...rest,
        range: [first.start, Math.max(first.end, last.end)],
        identity: nodes.map((part) => identityText(tree, part)).join(';'),
        scope: scopePath(tree.text, first),
    };
}
/** Literal structure a finding's node may sit in before reaching the call it is an argument of. */
const LITERAL_PARTS = new Set([
    'keyword_argument',
    'pair',
    'dictionary',
    'list',
    'tuple',
    'set',
    'dictionary_splat',
    'parenthesized_expression',
]);
/**
 * The normalized offending code (comments dropped, layout and quotes normalized), prefixed by what
 * it is handed to — `requests.get#verify verify=False`, `kwargs= 'verify':False` — so that the same
 * `verify=False` in two calls of one function are two findings, not one.
 */
function identityText(tree, node) {
    const code = normalizedText(tree, node);
    const anchor = anchorOf(tree.text, node);
    return anchor === undefined ? code : `${anchor} ${code}`;
}
function anchorOf(text, node) {
    let current = node;
    while (current.parent && LITERAL_PARTS.has(current.parent.type))
        current = current.parent;
    const parent = current.parent;
    if (parent?.type === 'argument_list' && parent.parent?.type === 'call') {
        const callee = (0,syntax/* child */.jf)(parent.parent, 'function');
        const calleeText = callee ? (0,fingerprint/* normalizeCode */.vz)((0,syntax/* textOf */.b6)(text, callee), []) : '';
        if (current.type === 'keyword_argument') {
            // `requests.get#verify`: the keyword names the argument, wherever it is in the list.
            const name = (0,syntax/* child */.jf)(current, 'name');
            return `${calleeText}#${name ? (0,syntax/* textOf */.b6)(text, name) : ''}`;
        }
        return `${calleeText}#${parent.children.indexOf(current)}`;
    }
    if (current !== node && parent?.type === 'assignment') {
        const left = (0,syntax/* child */.jf)(parent, 'left');
        return left ? `${(0,fingerprint/* normalizeCode */.vz)((0,syntax/* textOf */.b6)(text, left), [])}=` : undefined;
    }
    return undefined;
}
function normalizedText(tree, node) {
    const comments = tree.comments
        .filter(([start, end]) => start >= node.start && end <= node.end)
        .map(([start, end]) => [start - node.start, end - node.start]);
    return (0,fingerprint/* normalizeCode */.vz)((0,syntax/* textOf */.b6)(tree.text, node), comments);
}
/** The names of the `def`s and `class`es around a node, outermost first: `ApiClient.fetch`. */
function scopePath(text, node) {
    const names = [];
    for (let current = node.parent; current; current = current.parent) {
        if (current.type !== 'function_definition' && current.type !== 'class_definition')
            continue;
        const name = (0,syntax/* child */.jf)(current, 'name');
        if (name)
            names.unshift((0,syntax/* textOf */.b6)(text, name));
    }
    return names.join('.');
}

// EXTERNAL MODULE: ./src/languages/shared/checker-runs.ts
var checker_runs = __webpack_require__(57005);
// EXTERNAL MODULE: ./src/languages/shared/work-meter.ts
var work_meter = __webpack_require__(18080);
// EXTERNAL MODULE: ./src/languages/shared/switch-names.ts
var switch_names = __webpack_require__(13040);
;// CONCATENATED MODULE: ./src/languages/python/analysis/strings.ts

/** `'a'`, `r"\d"`, `b'x'`, `"""doc"""`, `f"plain"`; implicit concatenation (`'a' 'b'`) is joined. */
function stringValue(text, node) {
    if (node.type === 'concatenated_string') {
        let value = '';
        let bytes = false;
        for (const part of node.children) {
            const piece = stringValue(text, part);
            if (!piece)
                return undefined;
            value += piece.value;
            bytes ||= piece.bytes;
        }
        return { value, bytes };
    }
    if (node.type !== 'string')
        return undefined;
    if (node.children.some((part) => part.type === 'interpolation'))
        return undefined;
    const open = (0,syntax/* childOfType */.uM)(node, 'string_start');
    const close = (0,syntax/* childOfType */.uM)(node, 'string_end');
    if (!open || !close)
        return undefined;
    const prefix = text.slice(open.start, open.end).replace(/['"]/g, '').toLowerCase();
    const body = text.slice(open.end, close.start);
    const raw = prefix.includes('r');
    return { value: raw ? body : strings_unescape(body), bytes: prefix.includes('b') };
}
const SIMPLE = {
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '\n': '',
};
/** Python's escape sequences (the common ones; an unknown escape keeps its backslash, as Python does). */
function strings_unescape(body) {
    if (!body.includes('\\'))
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.|\n)/g, (match, escape) => {
        const first = escape.charAt(0);
        if (first === 'x' || first === 'u' || first === 'U')
            return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
        if (/^[0-7]+$/.test(escape))
            return String.fromCodePoint(Number.parseInt(escape, 8));
        return SIMPLE[escape] ?? match;
    });
}

;// CONCATENATED MODULE: ./src/languages/python/analysis/conditions.ts



const MAX_TEXT = 60;
/**
 * The innermost test around `node` that names a TLS switch or depends on the environment (design
 * §4), with the truth value that lets `node` run: `if t:` (and `elif`/`else`), `x if t else y`,
 * `t and x`, `t or x`, or an earlier `if t: return` (`raise`, `continue`, `break`, `sys.exit()`) in an
 * enclosing block. Other tests do not make code conditional, and neither do tests that hold in
 * production (`if not DEBUG:`).
 */
function guardTest(context, node) {
    for (let current = node, parent = node.parent; parent; current = parent, parent = parent.parent) {
        // An early `return` tests anything (`if not data: return`); only an `if`/`else` around the
        // code chooses it, so only there does a parameter count as the caller's switch.
        const early = parent.type === 'block' || parent.type === 'module';
        for (const [test, truthy] of guardsAt(context, parent, current)) {
            const condition = testCondition(context, test, truthy, !early);
            if (condition && !condition.inProduction)
                return { test, truthy, parameters: !early };
        }
    }
    return undefined;
}
/** The tests that decide whether `child` runs, each with the truth value that lets it run. */
function guardsAt(context, parent, node) {
    switch (parent.type) {
        case 'if_statement': {
            const condition = (0,syntax/* child */.jf)(parent, 'condition');
            if (!condition || node === condition)
                return [];
            return [[condition, node.field === 'consequence']];
        }
        case 'elif_clause': {
            const condition = (0,syntax/* child */.jf)(parent, 'condition');
            const owner = parent.parent;
            const first = owner && (0,syntax/* child */.jf)(owner, 'condition');
            const own = condition && node !== condition ? [[condition, true]] : [];
            return first ? [...own, [first, false]] : own;
        }
        case 'else_clause': {
            const owner = parent.parent;
            const condition = owner?.type === 'if_statement' ? (0,syntax/* child */.jf)(owner, 'condition') : undefined;
            return condition ? [[condition, false]] : [];
        }
        case 'conditional_expression': {
            const [consequence, test, alternative] = parent.children;
            if (!test || node === test)
                return [];
            if (node === consequence)
                return [[test, true]];
            return node === alternative ? [[test, false]] : [];
        }
        case 'boolean_operator': {
            const left = (0,syntax/* child */.jf)(parent, 'left');
            if (!left || (0,syntax/* child */.jf)(parent, 'right') !== node)
                return [];
            return [[left, parent.operators?.[0] === 'and']];
        }
        case 'block':
        case 'module':
            return earlyExits(parent, node, context.text);
        default:
            return [];
    }
}
/** `if not args.insecure: return` before `node` in the same block: `node` runs when the test is false. */
function earlyExits(block, node, text) {
    const guards = [];
    for (const statement of block.children) {
        if (statement.start >= node.start)
            break;
        if (statement.type !== 'if_statement' || (0,syntax/* child */.jf)(statement, 'alternative'))
            continue;
        const consequence = (0,syntax/* child */.jf)(statement, 'consequence');
        const condition = (0,syntax/* child */.jf)(statement, 'condition');
        if (condition && consequence && leaves(consequence, text))
            guards.unshift([condition, false]);
    }
    return guards;
}
const EXITS = new Set([
    'return_statement',
    'raise_statement',
    'continue_statement',
    'break_statement',
]);
function leaves(block, text) {
    const last = block.children.at(-1);
    if (!last)
        return false;
    if (EXITS.has(last.type))
        return true;
    // `sys.exit(...)`, `exit()`, `os._exit(1)`
    const call = last.type === 'expression_statement' ? last.children[0] : undefined;
    const callee = call?.type === 'call' ? (0,syntax/* child */.jf)(call, 'function') : undefined;
    return callee !== undefined && /^(?:sys\.exit|exit|quit|os\._exit)$/.test((0,syntax/* textOf */.b6)(text, callee));
}
/**
 * A guard's test as a condition, when it reads the environment, names a TLS switch, or — with
 * `parameters` — reads a parameter of the function (design §4: the caller's switch).
 */
function testCondition(context, test, truthy, parameters = true) {
    let node = (0,syntax/* unparenthesized */.eG)(test);
    let when = truthy;
    while (node.type === 'not_operator') {
        const argument = (0,syntax/* child */.jf)(node, 'argument');
        if (!argument)
            break;
        node = (0,syntax/* unparenthesized */.eG)(argument);
        when = !when;
    }
    if (isDefaultBranch(context, node, when))
        return undefined;
    const environment = isEnvironmental(context, node);
    const tlsSwitch = mentionsTlsSwitch(context, node);
    // `def make_context(verified): if not verified: …`: the caller decides.
    const parameter = parameters && readsParameter(context, node);
    if (!environment && !tlsSwitch && !parameter)
        return undefined;
    return makeCondition(context, node, when ? 'set' : 'unset', environment, tlsSwitch);
}
/**
 * `if context is None:` or `if not context:` on a parameter that defaults to `None`: the branch a
 * caller gets by passing nothing, so what it does is the default, not the caller's switch
 * (the standard library's `FTP_TLS` and `SMTP.starttls` make an unverified context there).
 */
function isDefaultBranch(context, node, when) {
    let operand = node;
    let holds = !when;
    if (node.type === 'comparison_operator') {
        const operator = comparisonOperator(node);
        const [left, right] = node.children;
        if (!left || right?.type !== 'none' || (operator !== 'is' && operator !== 'is not'))
            return false;
        operand = left;
        holds = operator === 'is' ? when : !when;
    }
    if (!holds || operand.type !== 'identifier')
        return false;
    const value = context.value(operand);
    return value.kind === 'parameter' && value.default?.type === 'none';
}
/** Functions that read the process environment or settings loaded from it. */
const ENVIRONMENT_READERS = [
    /^os\.(?:environ|getenv|environb)(?:\.|$)/,
    /^environ\.Env/,
    /^decouple\.config$/,
    /^builtins\.(?:getenv)$/,
];
/** The test reads the environment (`os.environ`, `os.getenv`, django-environ, decouple) or a mode flag. */
function isEnvironmental(context, root) {
    const readsEnvironment = some(root, (node) => {
        if (node.type !== 'identifier' && node.type !== 'attribute')
            return false;
        const value = context.value(node);
        const name = value.kind === 'symbol' ? value.qualified : value.kind === 'instance' ? value.of : '';
        return ENVIRONMENT_READERS.some((reader) => reader.test(name));
    });
    if (readsEnvironment)
        return true;
    const modeName = (name) => (0,switch_names/* isDevelopmentName */.D5)(name) || (0,switch_names/* isProductionName */.Zq)(name);
    return namesIn(context, root).some(modeName);
}
/** The test reads a parameter of the function it is in: the caller decides. */
function readsParameter(context, root) {
    return some(root, (node) => {
        if (node.type !== 'identifier')
            return false;
        const value = context.value(node);
        return (value.kind === 'parameter' ||
            (value.kind === 'oneOf' && value.options.some((option) => option.value.kind === 'parameter')));
    });
}
/** Some name in the test says it is a TLS switch: `args.insecure`, `VERIFY_SSL`, `'--no-verify' in argv`. */
function mentionsTlsSwitch(context, root) {
    return namesIn(context, root, true, false).some((name) => (0,switch_names/* isTlsSwitchName */.Lr)(name));
}
/**
 * Identifiers and attribute names in a test, and with `strings` its string literals too. Without
 * `callees`, the name a call is made by is left out: `self.verify(chall, key)` checks something, it
 * is no switch named "verify" (its arguments still count).
 */
function namesIn(context, root, strings = false, callees = true) {
    const names = [];
    visit(root, (node) => {
        if (node.type === 'identifier' && (callees || !isCallee(node)))
            names.push((0,syntax/* textOf */.b6)(context.text, node));
        else if (strings && node.type === 'string') {
            const string = stringValue(context.text, node);
            if (string)
                names.push(string.value);
        }
    });
    return names;
}
/** `verify` in `verify(x)` and in `self.verify(x)`. */
function isCallee(identifier) {
    const parent = identifier.parent;
    const name = parent?.type === 'attribute' && (0,syntax/* child */.jf)(parent, 'attribute') === identifier ? parent : identifier;
    return name.parent?.type === 'call' && (0,syntax/* child */.jf)(name.parent, 'function') === name;
}
/** Whether some node of the test (functions inside it left out) satisfies `predicate`. */
function some(root, predicate) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (predicate(node))
            return true;
        if (node.type !== 'lambda')
            stack.push(...node.children);
    }
    return false;
}
function visit(root, callback) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        callback(node);
        // A function inside a test is not part of what it tests.
        if (node.type === 'lambda')
            continue;
        stack.push(...node.children);
    }
}
function makeCondition(context, node, when, environment, tlsSwitch) {
    const inProduction = environment && holdsInProduction(context, node, when);
    return { ...phrase(context, node, when), environment, tlsSwitch, inProduction };
}
function holdsInProduction(context, node, when) {
    const names = namesIn(context, node);
    if (names.some((name) => (0,switch_names/* isProductionName */.Zq)(name)))
        return when === 'set';
    if (names.some((name) => (0,switch_names/* isDevelopmentName */.D5)(name)))
        return when === 'unset';
    const holds = modeComparison(context, node);
    return holds !== undefined && holds === (when === 'set');
}
const MODE_VARIABLES = new Set([
    'ENV',
    'ENVIRONMENT',
    'APP_ENV',
    'FLASK_ENV',
    'DJANGO_ENV',
    'MODE',
    'STAGE',
]);
/** `os.environ.get('ENV') == 'production'`: the test's value when the mode is `production`. */
function modeComparison(context, node) {
    if (node.type !== 'comparison_operator' || node.children.length !== 2)
        return undefined;
    const operator = node.operators?.[0];
    if (operator !== '==' && operator !== '!=')
        return undefined;
    const [left, right] = node.children;
    if (!left || !right)
        return undefined;
    for (const [read, other] of [
        [left, right],
        [right, left],
    ]) {
        const literal = context.value(other);
        if (literal.kind !== 'constant' || typeof literal.value !== 'string')
            continue;
        if (!readsModeVariable(context, read))
            continue;
        const equal = literal.value.toLowerCase() === 'production' || literal.value.toLowerCase() === 'prod';
        return operator === '==' ? equal : !equal;
    }
    return undefined;
}
/** `os.environ['ENV']`, `os.getenv('ENV')`, `os.environ.get('ENV', 'dev')`. */
function readsModeVariable(context, node) {
    return (isEnvironmental(context, node) &&
        some(node, (part) => {
            if (part.type !== 'string')
                return false;
            const string = stringValue(context.text, part);
            return string !== undefined && MODE_VARIABLES.has(string.value.toUpperCase());
        }));
}
const NEGATED = {
    '==': '!=',
    '!=': '==',
    is: 'is not',
    'is not': 'is',
    in: 'not in',
    'not in': 'in',
};
function phrase(context, node, when) {
    const argumentCount = node.type === 'call' ? ((0,syntax/* child */.jf)(node, 'arguments')?.children.length ?? 0) : 0;
    const shape = node.type === 'call'
        ? argumentCount === 0
            ? 'call'
            : 'test'
        : node.type === 'identifier' || node.type === 'attribute' || node.type === 'subscript'
            ? 'value'
            : 'test';
    // `a != b` that must not hold reads better as `a == b` that holds.
    if (shape === 'test' && when === 'unset' && node.type === 'comparison_operator') {
        const [left, right] = node.children;
        const negated = NEGATED[comparisonOperator(node) ?? ''];
        if (left && right && negated) {
            const text = `${excerpt(context, left)} ${negated} ${excerpt(context, right)}`;
            return { text: shorten(text), when: 'set', shape };
        }
    }
    return { text: shorten(excerpt(context, node)), when, shape };
}
/**
 * The operator of a two-operand comparison. `is not` and `not in` come as the pair's own token
 * followed by its two words (`['is not', 'is', 'not']`), so the first entry is the operator.
 */
function comparisonOperator(node) {
    return node.children.length === 2 ? node.operators?.[0] : undefined;
}
function excerpt(context, node) {
    return (0,syntax/* textOf */.b6)(context.text, node).replace(/\s+/g, ' ').trim();
}
function shorten(text) {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

// EXTERNAL MODULE: ./src/languages/python/analysis/imports.ts
var imports = __webpack_require__(28179);
// EXTERNAL MODULE: ./src/languages/python/analysis/scopes.ts
var scopes = __webpack_require__(72124);
// EXTERNAL MODULE: ./src/languages/python/analysis/values.ts
var values = __webpack_require__(40975);
;// CONCATENATED MODULE: ./src/languages/python/analysis/evaluate.ts





/** Helper calls followed into (`def make_context(): … return ctx`), so helpers of helpers still resolve. */
const MAX_DEPTH = 24;
/**
 * Values of expressions: literals, names through their bindings (imports, assignments, parameters,
 * `with … as`), attribute paths of modules, instances made by calls (also through helper functions
 * and `self.x` attributes of the same class), dicts. Memoized per node; every step is charged to the
 * file's work meter, and a question that runs out of steps answers `unknown`.
 */
class Evaluator {
    tree;
    scopes;
    meter;
    memo = new Map();
    inProgress = new Set();
    depth = 0;
    constructor(tree, scopes, meter) {
        this.tree = tree;
        this.scopes = scopes;
        this.meter = meter;
    }
    value(node) {
        return this.meter.ask(() => this.evaluate(node));
    }
    /** The value a binding gives its name. */
    bindingValue(binding) {
        switch (binding.kind) {
            case 'import':
                return { kind: 'symbol', qualified: binding.qualified };
            case 'value':
                return this.evaluate(binding.value);
            case 'parameter':
                return { kind: 'parameter', node: binding.node, default: binding.default };
            case 'definition':
                return binding.definition.type === 'class_definition'
                    ? { kind: 'class', node: binding.definition }
                    : { kind: 'function', node: binding.definition };
            case 'opaque':
                return values/* UNKNOWN */.HV;
        }
    }
    evaluate(node) {
        this.meter.spend();
        if (this.meter.questionSpent || this.depth > MAX_DEPTH)
            return values/* UNKNOWN */.HV;
        const known = this.memo.get(node);
        if (known)
            return known;
        if (this.inProgress.has(node))
            return values/* UNKNOWN */.HV;
        this.inProgress.add(node);
        this.depth++;
        try {
            const value = this.compute((0,syntax/* unparenthesized */.eG)(node));
            this.memo.set(node, value);
            return value;
        }
        finally {
            this.depth--;
            this.inProgress.delete(node);
        }
    }
    compute(node) {
        switch (node.type) {
            case 'true':
                return (0,values/* constant */.dY)(true);
            case 'false':
                return (0,values/* constant */.dY)(false);
            case 'none':
                return (0,values/* constant */.dY)(null);
            case 'integer':
                return integer(this.text(node));
            case 'string':
            case 'concatenated_string': {
                const string = stringValue(this.tree.text, node);
                return string ? { kind: 'constant', value: string.value, bytes: string.bytes } : values/* UNKNOWN */.HV;
            }
            case 'unary_operator':
                return this.unary(node);
            case 'not_operator': {
                const argument = (0,syntax/* child */.jf)(node, 'argument');
                const truth = argument && (0,values/* truthiness */.w8)(this.evaluate(argument));
                return truth === undefined ? values/* UNKNOWN */.HV : (0,values/* constant */.dY)(!truth);
            }
            case 'binary_operator':
                return this.concatenation(node);
            case 'identifier':
                return (0,syntax/* isNameReference */.$o)(node) ? this.name(node) : values/* UNKNOWN */.HV;
            case 'attribute':
                return this.attribute(node);
            case 'call':
                return this.call(node);
            case 'dictionary':
                return { kind: 'dict', node };
            case 'lambda':
                return { kind: 'function', node };
            case 'conditional_expression': {
                // `a if test else b`: either, each under its branch (see guards).
                const [consequence, , alternative] = node.children;
                if (!consequence || !alternative)
                    return values/* UNKNOWN */.HV;
                return {
                    kind: 'oneOf',
                    options: [consequence, alternative].map((branch) => ({
                        value: this.evaluate(branch),
                        binding: branch,
                    })),
                };
            }
            case 'await':
                return node.children[0] ? this.evaluate(node.children[0]) : values/* UNKNOWN */.HV;
            default:
                return values/* UNKNOWN */.HV;
        }
    }
    unary(node) {
        const argument = (0,syntax/* child */.jf)(node, 'argument');
        const operand = argument && this.evaluate(argument);
        if (operand?.kind !== 'constant' || typeof operand.value !== 'number')
            return values/* UNKNOWN */.HV;
        const operator = node.operators?.[0];
        return operator === '-' ? (0,values/* constant */.dY)(-operand.value) : operator === '+' ? operand : values/* UNKNOWN */.HV;
    }
    /** `'DEFAULT' + ':@SECLEVEL=1'`. */
    concatenation(node) {
        if (node.operators?.[0] !== '+')
            return values/* UNKNOWN */.HV;
        const [left, right] = [(0,syntax/* child */.jf)(node, 'left'), (0,syntax/* child */.jf)(node, 'right')].map((part) => part ? this.evaluate(part) : values/* UNKNOWN */.HV);
        if (left?.kind === 'constant' &&
            right?.kind === 'constant' &&
            typeof left.value === 'string' &&
            typeof right.value === 'string')
            return (0,values/* constant */.dY)(left.value + right.value);
        return values/* UNKNOWN */.HV;
    }
    name(node) {
        const bindings = this.scopes.resolve(node);
        if (!bindings)
            return this.unbound(node);
        const options = bindings.map((binding) => ({
            value: this.bindingValue(binding),
            binding: binding.node,
        }));
        const [only] = options;
        if (options.length === 1 && only)
            return only.value;
        return options.length === 0 ? values/* UNKNOWN */.HV : { kind: 'oneOf', options };
    }
    /** A name bound nowhere in the file: from a `from m import *`, or a builtin (`dict`, `getattr`). */
    unbound(node) {
        const name = this.text(node);
        const [wildcard, ...others] = this.scopes.wildcards;
        if (wildcard !== undefined && others.length === 0 && /^[A-Z_]/.test(name))
            return { kind: 'symbol', qualified: `${wildcard}.${name}` };
        return { kind: 'symbol', qualified: `builtins.${name}` };
    }
    attribute(node) {
        const object = (0,syntax/* child */.jf)(node, 'object');
        const attribute = (0,syntax/* child */.jf)(node, 'attribute');
        if (!object || !attribute)
            return values/* UNKNOWN */.HV;
        const name = this.text(attribute);
        const self = this.selfClass(object);
        if (self)
            return this.instanceAttribute(self, name);
        const base = notNone(this.evaluate(object));
        if (base.kind === 'symbol' && !base.qualified.startsWith('builtins.'))
            return { kind: 'symbol', qualified: (0,imports/* normalizeModulePath */.LE)(`${base.qualified}.${name}`) };
        return values/* UNKNOWN */.HV;
    }
    /**
     * `self.x`: what the methods of the class assign to it, or the class attribute — unless `x` is
     * public and the file also sets it on other objects (`context.verify_mode = cert_reqs`): then the
     * class's own value is a default its users replace (urllib3's stand-in `SSLContext` starts at
     * `CERT_NONE` like the real one), not what every instance holds.
     */
    instanceAttribute(classNode, name) {
        if (!name.startsWith('_') && this.setFromOutside().has(name))
            return values/* UNKNOWN */.HV;
        const options = [
            ...this.scopes.attributeWrites(classNode, name).map((write) => ({
                value: this.evaluate(write.value),
                binding: write.target,
            })),
            ...this.scopes.classBindings(classNode, name).map((binding) => ({
                value: this.bindingValue(binding),
                binding: binding.node,
            })),
        ];
        const [only] = options;
        if (options.length === 1 && only)
            return only.value;
        return options.length === 0 ? values/* UNKNOWN */.HV : { kind: 'oneOf', options };
    }
    outsideWrites;
    /** Attribute names the file assigns on something other than a method's `self`. */
    setFromOutside() {
        if (this.outsideWrites)
            return this.outsideWrites;
        const names = new Set();
        for (const node of this.tree.nodes) {
            if (node.type !== 'assignment' && node.type !== 'augmented_assignment')
                continue;
            const left = (0,syntax/* child */.jf)(node, 'left');
            const object = left?.type === 'attribute' ? (0,syntax/* child */.jf)(left, 'object') : undefined;
            const attribute = left && (0,syntax/* child */.jf)(left, 'attribute');
            if (object && attribute && !this.selfClass(object))
                names.add(this.text(attribute));
        }
        this.meter.spend(Math.ceil(this.tree.nodes.length / 64));
        this.outsideWrites = names;
        return names;
    }
    /** The class whose instance `node` is, when it is the `self` of one of its methods. */
    selfClass(node) {
        if (node.type !== 'identifier')
            return undefined;
        for (let owner = (0,scopes/* scopeOwner */.Qi)(node); owner; owner = (0,scopes/* scopeOwner */.Qi)(owner)) {
            if (owner.type !== 'function_definition')
                continue;
            const classNode = (0,scopes/* classOfMethod */.ny)(owner);
            if (classNode && (0,scopes/* firstParameter */.Ku)(this.tree.text, owner) === this.text(node))
                return classNode;
            return undefined;
        }
        return undefined;
    }
    call(node) {
        const callee = (0,syntax/* child */.jf)(node, 'function');
        if (!callee)
            return values/* UNKNOWN */.HV;
        const target = notNone(this.evaluate(callee));
        switch (target.kind) {
            case 'symbol':
                return this.symbolCall(node, target.qualified);
            case 'class': {
                const base = this.baseOf(target.node);
                return base === undefined ? values/* UNKNOWN */.HV : { kind: 'instance', of: base, call: node };
            }
            case 'function':
                return this.returned(target.node);
            default:
                return values/* UNKNOWN */.HV;
        }
    }
    symbolCall(node, qualified) {
        if (qualified === 'builtins.dict')
            return { kind: 'dict', node };
        const [first] = node.children.find((part) => part.field === 'arguments')?.children ?? [];
        if (qualified === 'builtins.bool' || qualified === 'builtins.str') {
            const argument = first && first.type !== 'keyword_argument' ? this.evaluate(first) : values/* UNKNOWN */.HV;
            if (argument.kind !== 'constant')
                return values/* UNKNOWN */.HV;
            if (qualified === 'builtins.bool') {
                const truth = (0,values/* truthiness */.w8)(argument);
                return truth === undefined ? values/* UNKNOWN */.HV : (0,values/* constant */.dY)(truth);
            }
            return argument.value === null ? (0,values/* constant */.dY)('None') : (0,values/* constant */.dY)(pythonString(argument.value));
        }
        return { kind: 'instance', of: qualified, call: node };
    }
    /** What a `def` or `lambda` of this file returns, when its `return`s agree. */
    returned(definition) {
        if (definition.type === 'lambda') {
            const body = (0,syntax/* child */.jf)(definition, 'body');
            return body ? this.evaluate(body) : values/* UNKNOWN */.HV;
        }
        const returns = [];
        const body = (0,syntax/* child */.jf)(definition, 'body');
        const stack = body ? [...body.children] : [];
        for (let node = stack.pop(); node; node = stack.pop()) {
            this.meter.spend();
            if (node.type === 'return_statement') {
                const value = node.children[0];
                returns.push({ value: value ? this.evaluate(value) : (0,values/* constant */.dY)(null), binding: node });
            }
            else if (!NESTED_SCOPES.has(node.type))
                stack.push(...node.children);
        }
        const [first] = returns;
        if (!first)
            return (0,values/* constant */.dY)(null);
        if (returns.every((option) => sameValue(option.value, first.value)))
            return first.value;
        // Different `return`s: each under the conditions that lead to it (see guards).
        return { kind: 'oneOf', options: returns.reverse() };
    }
    /** The first base class of a class of this file that resolves to a library's (or a further base). */
    baseOf(classNode) {
        const bases = (0,syntax/* child */.jf)(classNode, 'superclasses')?.children ?? [];
        for (const base of bases) {
            if (base.type === 'keyword_argument')
                continue;
            const value = this.evaluate(base);
            if (value.kind === 'symbol' && !value.qualified.startsWith('builtins.'))
                return value.qualified;
            if (value.kind === 'class') {
                const further = this.baseOf(value.node);
                if (further !== undefined)
                    return further;
            }
        }
        return undefined;
    }
    text(node) {
        return (0,syntax/* textOf */.b6)(this.tree.text, node);
    }
}
const NESTED_SCOPES = new Set([
    'function_definition',
    'class_definition',
    'lambda',
]);
/**
 * The value of something whose attribute is read or that is called: not `None` (that would raise),
 * so `try: import ssl / except ImportError: ssl = None` still leaves `ssl` the module.
 */
function notNone(value) {
    if (value.kind !== 'oneOf')
        return value;
    const options = value.options.filter((option) => !(option.value.kind === 'constant' && option.value.value === null));
    const [only] = options;
    if (options.length === 1 && only)
        return only.value;
    return options.length === value.options.length ? value : { kind: 'oneOf', options };
}
function integer(text) {
    const digits = text.replace(/_/g, '').toLowerCase();
    const value = /^0[xob]/.test(digits) ? Number(digits) : Number.parseInt(digits, 10);
    return Number.isSafeInteger(value) ? (0,values/* constant */.dY)(value) : values/* UNKNOWN */.HV;
}
function pythonString(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    return String(value);
}
function sameValue(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'constant' && b.kind === 'constant')
        return a.value === b.value;
    if (a.kind === 'symbol' && b.kind === 'symbol')
        return a.qualified === b.qualified;
    if (a.kind === 'instance' && b.kind === 'instance')
        return a.of === b.of;
    return false;
}

;// CONCATENATED MODULE: ./src/languages/python/analysis/value-conditions.ts



const MAX_INLINE_DEPTH = 4;
/**
 * The condition under which `node`'s value weakens TLS, when it is computed from one switch with
 * `not`, `x if t else y`, `and`/`or`, or a comparison with `True`/`False`/`None`:
 * `not args.insecure`, `False if settings.DEBUG else True`, `os.getenv('VERIFY', '1') == '1'`, or a
 * parameter whose default is weak (`def get(url, verify=False)`). A plain pass-through
 * (`verify=self.verify`) forwards the caller's choice: a condition only when its default is weak.
 */
function valueCondition(context, node, weakens) {
    const atoms = new Map();
    collectAtoms(context, node, atoms, 0, true);
    const [only, ...others] = atoms.values();
    if (!only || others.length > 0)
        return undefined;
    const key = (0,syntax/* textOf */.b6)(context.text, only);
    const whenSet = resultUnder(context, node, key, (0,values/* constant */.dY)(true), 0);
    const whenUnset = resultUnder(context, node, key, unsetValue(context, only), 0);
    const weakSet = whenSet !== undefined && weakens(whenSet);
    const weakUnset = whenUnset !== undefined && weakens(whenUnset);
    if (weakSet === weakUnset || (weakSet && passesThrough(context, node, only)))
        return undefined;
    return makeCondition(context, only, weakSet ? 'set' : 'unset', isEnvironmental(context, only), mentionsTlsSwitch(context, only));
}
function collectAtoms(context, node, atoms, depth, decides) {
    const target = (0,syntax/* unparenthesized */.eG)(node);
    const into = (next, decision) => {
        if (next)
            collectAtoms(context, next, atoms, depth, decision);
    };
    switch (target.type) {
        case 'not_operator':
            return into((0,syntax/* child */.jf)(target, 'argument'), true);
        case 'conditional_expression': {
            const [consequence, test, alternative] = target.children;
            into(test, true);
            into(consequence, false);
            return into(alternative, false);
        }
        case 'boolean_operator':
            into((0,syntax/* child */.jf)(target, 'left'), true);
            return into((0,syntax/* child */.jf)(target, 'right'), decides);
        case 'comparison_operator': {
            const operand = flagOperand(context, target);
            if (operand)
                return into(operand, true);
            break;
        }
        case 'identifier': {
            const init = inlinable(context, target, depth);
            if (init)
                return collectAtoms(context, init, atoms, depth + 1, decides);
            break;
        }
        default:
            break;
    }
    const value = context.value(target);
    if (value.kind === 'constant' || value.kind === 'function' || value.kind === 'dict')
        return;
    if (!decides && value.kind !== 'parameter')
        return;
    atoms.set((0,syntax/* textOf */.b6)(context.text, target), target);
}
/** The value of `node` when the switch `key` holds `atom`; undefined when that does not decide it. */
function resultUnder(context, node, key, atom, depth) {
    const target = (0,syntax/* unparenthesized */.eG)(node);
    if ((0,syntax/* textOf */.b6)(context.text, target) === key)
        return atom;
    const recurse = (next) => next ? resultUnder(context, next, key, atom, depth) : undefined;
    switch (target.type) {
        case 'not_operator': {
            const inner = truthOf(recurse((0,syntax/* child */.jf)(target, 'argument')));
            return inner === undefined ? undefined : (0,values/* constant */.dY)(!inner);
        }
        case 'conditional_expression': {
            const [consequence, test, alternative] = target.children;
            const truth = truthOf(recurse(test));
            if (truth === undefined)
                return undefined;
            return recurse(truth ? consequence : alternative);
        }
        case 'boolean_operator': {
            const left = recurse((0,syntax/* child */.jf)(target, 'left'));
            const truth = truthOf(left);
            if (truth === undefined)
                return undefined;
            const takeLeft = target.operators?.[0] === 'and' ? !truth : truth;
            return takeLeft ? left : recurse((0,syntax/* child */.jf)(target, 'right'));
        }
        case 'comparison_operator': {
            const operand = flagOperand(context, target);
            if (!operand)
                return known(context.value(target));
            const inner = recurse(operand);
            const other = target.children.find((part) => part !== operand);
            const literal = other && context.value(other);
            if (inner?.kind !== 'constant' || literal?.kind !== 'constant')
                return undefined;
            return (0,values/* constant */.dY)(compare(target.operators?.[0] ?? '', inner.value, literal.value));
        }
        case 'identifier': {
            const init = inlinable(context, target, depth);
            return init ? resultUnder(context, init, key, atom, depth + 1) : known(context.value(target));
        }
        default:
            return known(context.value(target));
    }
}
/** `x is False`, `x == True`, `x is not None`: a switch compared with a flag value. */
function flagOperand(context, node) {
    if (node.children.length !== 2 || !COMPARISONS.has(node.operators?.[0] ?? ''))
        return undefined;
    const [left, right] = node.children;
    if (!left || !right)
        return undefined;
    for (const [operand, other] of [
        [left, right],
        [right, left],
    ]) {
        const value = context.value(other);
        if (value.kind === 'constant' &&
            (typeof value.value === 'boolean' || value.value === null) &&
            context.value(operand).kind !== 'constant')
            return operand;
    }
    return undefined;
}
const COMPARISONS = new Set(['==', '!=', 'is', 'is not']);
function compare(operator, left, right) {
    const equal = left === right;
    return operator === '==' || operator === 'is' ? equal : !equal;
}
/** What a switch holds when nobody sets it: a parameter's default, `False` for a test, else `None`. */
function unsetValue(context, atom) {
    const value = context.value(atom);
    if (value.kind === 'parameter') {
        if (!value.default)
            return (0,values/* constant */.dY)(null);
        const fallback = context.value(value.default);
        return fallback.kind === 'constant' ? fallback : (0,values/* constant */.dY)(null);
    }
    const target = (0,syntax/* unparenthesized */.eG)(atom);
    return (0,values/* constant */.dY)(target.type === 'comparison_operator' || target.type === 'boolean_operator' ? false : null);
}
/** `node` is the switch itself, perhaps through local names (`v = opts.verify; … v`). */
function passesThrough(context, node, atom) {
    let current = (0,syntax/* unparenthesized */.eG)(node);
    for (let depth = 0; current !== atom && current.type === 'identifier'; depth++) {
        const init = inlinable(context, current, depth);
        if (!init)
            break;
        current = (0,syntax/* unparenthesized */.eG)(init);
    }
    return current === atom;
}
function inlinable(context, node, depth) {
    if (depth >= MAX_INLINE_DEPTH)
        return undefined;
    const binding = context.soleBinding(node);
    return binding?.kind === 'value' ? binding.value : undefined;
}
function known(value) {
    return value.kind === 'constant' || value.kind === 'function' || value.kind === 'dict'
        ? value
        : undefined;
}
function truthOf(value) {
    return value === undefined ? undefined : (0,values/* truthiness */.w8)(value);
}

;// CONCATENATED MODULE: ./src/languages/python/analysis/file-analysis.ts







/** Steps one question (one rule asking one thing) may take before its answer is `unknown`. */
const QUESTION_STEP_LIMIT = 20_000;
/**
 * Everything a Python checker asks about one file: values of expressions (through imports, bindings,
 * helpers, `self` attributes), call targets and arguments, and the conditions code runs under. Every
 * step counts against the file's work meter.
 */
class PythonAnalysis {
    tree;
    meter;
    text;
    scopes;
    evaluator;
    constructor(tree, meter) {
        this.tree = tree;
        this.meter = meter;
        this.text = tree.text;
        this.scopes = new scopes/* Scopes */.MJ(tree, meter);
        this.evaluator = new Evaluator(tree, this.scopes, meter);
    }
    textOf(node) {
        return (0,syntax/* textOf */.b6)(this.text, node);
    }
    value(node) {
        return this.evaluator.value(node);
    }
    /** `ssl.CERT_NONE` for `ssl.CERT_NONE`, `N` (`from ssl import CERT_NONE as N`), `s.CERT_NONE`… */
    qualifiedName(node) {
        return (0,values/* qualifiedOf */.wf)(this.value(node));
    }
    /** What `node` is an instance of: `requests.Session` for `s` after `s = requests.Session()`. */
    instanceOf(node) {
        return (0,values/* instanceOf */.hR)(this.value(node));
    }
    /** The string value of a literal (or of a name bound to one). */
    stringOf(node) {
        const direct = stringValue(this.text, (0,syntax/* unparenthesized */.eG)(node));
        if (direct)
            return direct.value;
        const value = this.value(node);
        return value.kind === 'constant' && typeof value.value === 'string' ? value.value : undefined;
    }
    /** The qualified name of what a call calls (`requests.get`), for module functions and classes. */
    calleeName(call) {
        const callee = (0,syntax/* child */.jf)(call, 'function');
        return callee ? this.qualifiedName(callee) : undefined;
    }
    /** `session.get(…)`: the method's name and its receiver. */
    method(call) {
        const callee = (0,syntax/* child */.jf)(call, 'function');
        if (callee?.type !== 'attribute')
            return undefined;
        const receiver = (0,syntax/* child */.jf)(callee, 'object');
        const name = (0,syntax/* child */.jf)(callee, 'attribute');
        return receiver && name ? { name: this.textOf(name), receiver } : undefined;
    }
    /** What a `def` or `lambda` of this file returns, when its `return`s agree. */
    returnedBy(definition) {
        return this.meter.ask(() => this.evaluator.returned(definition));
    }
    /** The library class a class of this file derives from (its first base that resolves to one). */
    baseClass(classNode) {
        return this.meter.ask(() => this.evaluator.baseOf(classNode));
    }
    /** The class whose instance `node` is when it is the `self` of one of its methods. */
    selfClass(node) {
        return this.evaluator.selfClass(node);
    }
    /** The arguments of a call as written (positional, `name=value`, `*args`, `**kwargs`). */
    arguments(call) {
        const list = (0,syntax/* child */.jf)(call, 'arguments');
        return list?.type === 'argument_list' ? list.children : [];
    }
    /**
     * The argument passed as `name=`, or at `position` (0-based, counting positional arguments only,
     * and only while no `*args` comes first), or as a key of a `**kwargs` dict built in this file.
     */
    argument(call, name, position) {
        const args = this.arguments(call);
        for (const argument of args) {
            if (argument.type !== 'keyword_argument')
                continue;
            const key = (0,syntax/* child */.jf)(argument, 'name');
            const value = (0,syntax/* child */.jf)(argument, 'value');
            if (key && value && this.textOf(key) === name)
                return { node: value, holder: argument };
        }
        if (position !== undefined) {
            const positional = args.filter((argument) => argument.type !== 'keyword_argument' && argument.type !== 'dictionary_splat');
            const splat = positional.findIndex((argument) => argument.type === 'list_splat');
            const found = positional[position];
            if (found && (splat < 0 || splat > position))
                return { node: found, holder: found };
        }
        for (const argument of args) {
            if (argument.type !== 'dictionary_splat')
                continue;
            const dict = argument.children[0];
            const entry = dict && this.dictEntry(dict, name, 0);
            if (entry)
                return entry;
        }
        return undefined;
    }
    /** The value stored under the string key `name` in a dict display or `dict(...)` that `node` evaluates to. */
    dictEntry(node, name, depth = 0) {
        if (depth > 4)
            return undefined;
        const value = this.value(node);
        if (value.kind !== 'dict')
            return undefined;
        if (value.node.type === 'call')
            return this.argument(value.node, name);
        let found;
        for (const entry of value.node.children) {
            if (entry.type === 'pair') {
                const key = (0,syntax/* child */.jf)(entry, 'key');
                const item = (0,syntax/* child */.jf)(entry, 'value');
                if (key && item && this.stringOf(key) === name)
                    found = { node: item, holder: entry };
            }
            else if (entry.type === 'dictionary_splat' && entry.children[0]) {
                found = this.dictEntry(entry.children[0], name, depth + 1) ?? found;
            }
        }
        return found;
    }
    /** The bindings of a name that may reach it; undefined when the file binds it nowhere. */
    bindings(node) {
        return this.scopes.resolve(node);
    }
    /** The one binding of a name, when exactly one may reach it. */
    soleBinding(node) {
        const bindings = this.scopes.resolve(node);
        return bindings?.length === 1 ? bindings[0] : undefined;
    }
    /** The innermost condition around `node` that names a TLS switch or the environment (see guardOf). */
    guardOf(node) {
        const guard = guardTest(this, node);
        return guard && testCondition(this, guard.test, guard.truthy, guard.parameters);
    }
    /**
     * Whether `node`'s value is weak by `weak`: always (a literal, a constant, every binding that may
     * reach), or only under a switch or environment condition the message can name. Undefined when it
     * is not known to be weak.
     */
    weakness(node, weak) {
        return this.meter.ask(() => this.weaknessOf(node, weak));
    }
    weaknessOf(node, weak) {
        const value = this.value(node);
        if (value.kind === 'oneOf') {
            const weakOptions = value.options.filter((option) => weak(option.value));
            if (weakOptions.length === value.options.length)
                return { kind: 'always' };
            if (weakOptions.length > 0) {
                // `verify = True` … `if args.insecure: verify = False`: weak under the second one's guard.
                for (const option of weakOptions) {
                    const condition = this.guardOf(option.binding);
                    if (condition)
                        return { kind: 'when', condition };
                }
                for (const option of value.options) {
                    if (weakOptions.includes(option))
                        continue;
                    const guard = guardTest(this, option.binding);
                    const condition = guard && testCondition(this, guard.test, !guard.truthy, guard.parameters);
                    if (condition)
                        return { kind: 'when', condition };
                }
                const condition = valueCondition(this, node, weak);
                return condition ? { kind: 'when', condition } : { kind: 'always' };
            }
        }
        else if (weak(value)) {
            return { kind: 'always' };
        }
        const condition = valueCondition(this, node, weak);
        return condition ? { kind: 'when', condition } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/languages/python/run-checkers.ts



/**
 * Runs every rule's checker over one file in a single pass over its nodes (in source order). A checker
 * that throws is switched off for this file and recorded as a failure; the other rules carry on. All
 * analysis counts against one work meter: past the file's limit the pass stops where it is.
 */
function runCheckers(tree, filename, rules, limits) {
    const meter = new work_meter/* WorkMeter */.Bu(limits.maxSteps, QUESTION_STEP_LIMIT);
    let analysis;
    try {
        analysis = new PythonAnalysis(tree, meter);
    }
    catch (error) {
        if (error instanceof work_meter/* WorkLimitReached */.Dk)
            return { reports: [], failures: [], stoppedAt: tree.root };
        throw error;
    }
    const reports = new checker_runs/* ReportSet */.Hp((report) => `${Math.min(report.node.start, report.with?.start ?? Infinity)}\0${report.node.end}`);
    const failures = [];
    const handlers = new Map();
    for (const { rule, checker } of rules) {
        const context = {
            filename,
            analysis,
            pythonVersion: limits.pythonVersion,
            report: (report) => {
                const unconditional = (0,checker_runs/* isUnconditional */.y9)(rule, report.messageId);
                const condition = unconditional
                    ? (report.condition ?? analysis.guardOf(report.node))
                    : undefined;
                reports.add({
                    rule,
                    node: report.node,
                    messageId: report.messageId,
                    data: report.data ?? {},
                    ...(report.with ? { with: report.with } : {}),
                    ...(condition ? { condition } : {}),
                });
            },
        };
        (0,checker_runs/* addVisitor */.eH)(handlers, rule, () => checker.create(context), failures);
    }
    const stoppedAt = (0,checker_runs/* dispatch */.JD)(tree.nodes, handlers, failures);
    return { reports: reports.values(), failures, ...(stoppedAt ? { stoppedAt } : {}) };
}

// EXTERNAL MODULE: ./src/languages/python/version.ts
var version = __webpack_require__(51730);
;// CONCATENATED MODULE: ./src/languages/python/analyze.ts




/** The Python language, loaded: tree-sitter-python and the rules' Python checkers. */
function pythonAnalyzer(parser, checkers) {
    return { analyze: (input) => analyze(parser, checkersFor(input, checkers), input) };
}
function checkersFor(input, checkers) {
    return input.rules.map((rule) => {
        const checker = checkers.get(rule.id);
        if (!checker)
            throw new Error(`rule ${rule.id} has no Python checker`);
        return { rule, checker };
    });
}
function analyze(parser, rules, input) {
    const parsed = parser.parse(input.text, input.maxNodes);
    if (!parsed.ok)
        return parsed;
    const { tree } = parsed;
    const run = runCheckers(tree, input.path, rules, {
        maxSteps: input.maxSteps,
        pythonVersion: (0,version/* parsePythonVersion */.yn)(input.targetVersions?.python),
    });
    const { reports, errors } = (0,checker_runs/* locateAll */.Y6)(run.reports, (report) => locate(tree, report));
    return {
        ok: true,
        reports,
        failures: run.failures,
        errors,
        ...(run.stoppedAt ? { stoppedAt: run.stoppedAt.start } : {}),
        ...(tree.syntaxErrors.length > 0 ? { syntaxErrors: tree.syntaxErrors } : {}),
        comments: () => comments(tree),
    };
}
/** `# …` comments, without the `#`: suppression directives are read from them. */
function comments(tree) {
    return tree.comments.map(([start, end]) => ({
        value: tree.text.slice(start + 1, end),
        range: [start, end],
    }));
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
