export const id = 286;
export const ids = [286];
export const modules = {

/***/ 70675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ COMPARISONS),
  UD: () => (/* binding */ compare),
  pu: () => (/* binding */ describeCondition),
  tt: () => (/* binding */ isEnvironmental),
  ug: () => (/* binding */ makeCondition),
  NV: () => (/* binding */ mentionsTlsSwitch)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/analysis/ast.ts
var ast = __webpack_require__(91242);
;// CONCATENATED MODULE: ./src/analysis/switch-names.ts
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

// EXTERNAL MODULE: ./src/analysis/value.ts
var value = __webpack_require__(51083);
// EXTERNAL MODULE: ./src/analysis/walk.ts
var walk = __webpack_require__(46873);
;// CONCATENATED MODULE: ./src/analysis/conditions.ts





const MAX_TEXT = 60;
const COMPARISONS = {
    '===': '!==',
    '!==': '===',
    '==': '!=',
    '!=': '==',
};
/** The condition reads the environment (`process.env`, `import.meta.env`) or a development/production flag. */
function isEnvironmental(analysis, node) {
    if ((0,value/* isEnvDependent */.ZV)(analysis.value(node)))
        return true;
    const modeName = (name) => isDevelopmentName(name) || isProductionName(name);
    return namesIn(node).some(modeName) || readsEnv(analysis, node);
}
function readsEnv(analysis, root) {
    let found = false;
    visit(root, (node) => {
        if (node.type === dist.AST_NODE_TYPES.MemberExpression && analysis.isEnvObject(node.object))
            found = true;
    });
    return found;
}
/** Some name in the condition says it is a TLS switch (`ignoreTls`, `--insecure`). */
function mentionsTlsSwitch(root) {
    return namesIn(root, true).some((name) => isTlsSwitchName(name));
}
/**
 * Identifiers and property names in a condition, and with `strings` its string literals too
 * (`argv.includes('--insecure')` names a switch; `NODE_ENV === 'production'` names no flag).
 */
function namesIn(root, strings = false) {
    const names = [];
    visit(root, (node) => {
        if (node.type === dist.AST_NODE_TYPES.Identifier)
            names.push(node.name);
        else if (strings && node.type === dist.AST_NODE_TYPES.Literal && typeof node.value === 'string')
            names.push(node.value);
    });
    return names;
}
function visit(root, callback) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        callback(node);
        // A function inside a condition is not part of what it tests.
        if (node.type === dist.AST_NODE_TYPES.ArrowFunctionExpression ||
            node.type === dist.AST_NODE_TYPES.FunctionExpression)
            continue;
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
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
    if (names.some((name) => isProductionName(name)))
        return when === 'set';
    if (names.some((name) => isDevelopmentName(name)))
        return when === 'unset';
    const holds = modeComparison(analysis, node);
    return holds !== undefined && holds === (when === 'set');
}
const MODE_VARIABLES = new Set(['NODE_ENV', 'APP_ENV', 'ENVIRONMENT', 'ENV', 'MODE']);
/** `process.env.NODE_ENV === 'production'` and the like: its value when the mode is `production`. */
function modeComparison(analysis, node) {
    if (node.type !== dist.AST_NODE_TYPES.BinaryExpression || !(node.operator in COMPARISONS))
        return undefined;
    for (const [read, other] of [
        [node.left, node.right],
        [node.right, node.left],
    ]) {
        const target = (0,ast/* unwrap */.oA)(read);
        const literal = analysis.value(other);
        if (target.type === dist.AST_NODE_TYPES.MemberExpression &&
            MODE_VARIABLES.has(lastName(target) ?? '') &&
            (0,value/* isEnvDependent */.ZV)(analysis.value(target)) &&
            literal.kind === 'known' &&
            typeof literal.value === 'string') {
            return compare(node.operator, 'production', literal.value.toLowerCase());
        }
    }
    return undefined;
}
function lastName(node) {
    return node.computed
        ? node.property.type === dist.AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
            ? node.property.value
            : undefined
        : node.property.type === dist.AST_NODE_TYPES.Identifier
            ? node.property.name
            : undefined;
}
function phrase(analysis, node, when) {
    // A call with arguments is a predicate (`argv.includes('--insecure')`); without, a getter.
    const shape = node.type === dist.AST_NODE_TYPES.CallExpression
        ? node.arguments.length === 0
            ? 'call'
            : 'test'
        : node.type === dist.AST_NODE_TYPES.Identifier || node.type === dist.AST_NODE_TYPES.MemberExpression
            ? 'value'
            : 'test';
    // `a !== b` that must not hold reads better as `a === b` that holds.
    if (shape === 'test' && when === 'unset' && node.type === dist.AST_NODE_TYPES.BinaryExpression) {
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
/** "when `monitor.ignoreTls` is set", "unless `opts.strict` is set", "when `a === b`". */
function describeCondition(condition) {
    const text = `\`${condition.text}\``;
    if (condition.shape === 'test')
        return condition.when === 'set' ? `when ${text}` : `unless ${text}`;
    const verb = condition.shape === 'call' ? 'returns true' : 'is set';
    return condition.when === 'set' ? `when ${text} ${verb}` : `unless ${text} ${verb}`;
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

/***/ 85286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ guardOf),
/* harmony export */   l: () => (/* binding */ guardedForProduction)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91242);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70675);



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


/***/ })

};
