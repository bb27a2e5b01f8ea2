export const id = 617;
export const ids = [617,141,587,961];
export const modules = {

/***/ 67282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ describeCondition)
/* harmony export */ });
/** "when `monitor.ignoreTls` is set", "unless `opts.strict` is set", "when `a === b`". */
function describeCondition(condition) {
    const text = `\`${condition.text}\``;
    if (condition.shape === 'test')
        return condition.when === 'set' ? `when ${text}` : `unless ${text}`;
    const verb = condition.shape === 'call' ? 'returns true' : 'is set';
    return condition.when === 'set' ? `when ${text} ${verb}` : `unless ${text} ${verb}`;
}


/***/ }),

/***/ 21961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   NU: () => (/* binding */ defaultSeverity),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   mn: () => (/* binding */ HEADLINE_MAX_CHARS)
/* harmony export */ });
/* unused harmony exports LANGUAGE_IDS, CATEGORIES, DOCS_BASE_URL */
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60432);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);


/**
 * The languages tlsguard reads (design §3). A rule is one concept across them: one id, one set of
 * messages, and a checker for each language it covers.
 */
const LANGUAGE_IDS = (/* unused pure expression or super */ null && (['javascript']));
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
/** A finding's headline, placeholders filled and conditions added, is cut to this many characters. */
const HEADLINE_MAX_CHARS = 160;
/** Identity helper that keeps message ids typed. */
function defineRule(rule) {
    return rule;
}
/** A rule's severity when the configuration sets none: that of its most severe message. */
function defaultSeverity(rule) {
    const risks = Object.values(rule.meta.messages).map((spec) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .riskRank */ .wv)(spec.risk));
    return (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityForRisk */ .M6)(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RISKS */ .F7[Math.max(...risks)] ?? 'info');
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

/***/ 91258:
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

/***/ 74165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ CURL_TRIGGERS),
/* harmony export */   cy: () => (/* binding */ curlSetOpt),
/* harmony export */   f6: () => (/* binding */ curlyOption),
/* harmony export */   iT: () => (/* binding */ curlCheckOff)
/* harmony export */ });
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63141);
/* harmony import */ var _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _languages_javascript_analysis_ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91258);


const NAMES = new Map(['SSL', 'PROXY_SSL', 'DOH_SSL'].flatMap((prefix) => [
    [`${prefix}_VERIFYPEER`, 'peer'],
    [`${prefix}_VERIFYHOST`, 'host'],
]));
const CAMEL = new Map([
    ['sslVerifyPeer', 'peer'],
    ['sslVerifyHost', 'host'],
    ['proxySslVerifyPeer', 'peer'],
    ['proxySslVerifyHost', 'host'],
    ['dohSslVerifyPeer', 'peer'],
    ['dohSslVerifyHost', 'host'],
]);
const CURL_TRIGGERS = ['VERIFYPEER', 'VerifyPeer', 'VERIFYHOST', 'VerifyHost'];
/** True for values libcurl reads as "do not check": `0` and `false`. */
function curlCheckOff(value) {
    return value === 0 || value === false;
}
/** `handle.setOpt(<verification option>, value)`. */
function curlSetOpt(analysis, call) {
    const callee = (0,_languages_javascript_analysis_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(call.callee);
    if (callee.type !== _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression)
        return undefined;
    if ((0,_languages_javascript_analysis_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .literalName */ .xz)(callee.property) !== 'setOpt')
        return undefined;
    const [option, value] = call.arguments;
    if (!option || !value)
        return undefined;
    const name = optionName(analysis, option);
    const check = name === undefined ? undefined : NAMES.get(name);
    return check && name ? { check, name, site: 'setOpt', valueNode: value } : undefined;
}
/** `{ sslVerifyPeer: false }` or `{ SSL_VERIFYHOST: 0 }` in curly's options. */
function curlyOption(key, valueNode) {
    const check = CAMEL.get(key) ?? NAMES.get(key);
    return check ? { check, name: key, site: 'option', valueNode } : undefined;
}
/** `'SSL_VERIFYPEER'`, or `Curl.option.SSL_VERIFYPEER` / `CurlOption.SSL_VERIFYPEER`. */
function optionName(analysis, node) {
    const value = analysis.value(node);
    if (value.kind === 'known')
        return typeof value.value === 'string' ? value.value : undefined;
    const target = (0,_languages_javascript_analysis_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(node);
    return target.type === _typescript_eslint_types__WEBPACK_IMPORTED_MODULE_0__.AST_NODE_TYPES.MemberExpression && !target.computed
        ? (0,_languages_javascript_analysis_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .literalName */ .xz)(target.property)
        : undefined;
}


/***/ }),

/***/ 73779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   Y: () => (/* binding */ CAPABILITY_CONSTANT)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21961);

const WHY = 'makes the browser accept any TLS certificate — self-signed, expired or issued for another host — so what it loads and submits (logins, tokens, test results) can be read or changed by anyone on the network path, and certificate problems of the site under test go unnoticed';
const FIX = 'Give the test server a certificate the browser trusts instead: issue it from a local CA (for example with mkcert) and trust that CA in the system or browser profile.';
const CAPABILITY_CONSTANT = 'ACCEPT_INSECURE_TLS_CERTS';
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
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
                headline: '`acceptInsecureCerts: true`{{where}} makes the browser accept any certificate',
                text: `\`acceptInsecureCerts: true\`{{where}} ${WHY}. ${FIX}`,
            },
            ignoreHttpsErrors: {
                risk: 'medium',
                headline: '`ignoreHTTPSErrors: true`{{where}} makes the browser accept any certificate',
                text: `\`ignoreHTTPSErrors: true\`{{where}} ${WHY}. ${FIX}`,
            },
            puppeteerIgnoreHttpsErrors: {
                risk: 'medium',
                headline: '`ignoreHTTPSErrors: true`{{where}}: any certificate on Puppeteer ≤ 22, ignored since 23',
                text: `\`ignoreHTTPSErrors: true\`{{where}}: on Puppeteer 22 and older this ${WHY}. Puppeteer 23 renamed the option to \`acceptInsecureCerts\` and silently ignores the old name, so on current versions the line does nothing — do not "fix" it by renaming. ${FIX}`,
            },
            ignoreCertificateErrorsArg: {
                risk: 'medium',
                headline: 'The browser switch `{{arg}}` makes the browser accept any certificate',
                text: `The browser switch \`{{arg}}\` ${WHY}. Remove the switch. ${FIX}`,
            },
            conditional: {
                risk: 'low',
                headline: '`{{option}}` makes the browser accept any certificate {{condition}}',
                text: `\`{{option}}\` is \`{{expression}}\`, which — {{condition}} — ${WHY}; switches like this end up on where they should not. ${FIX}`,
            },
        },
    },
    triggers: {
        javascript: [
            'acceptInsecureCerts',
            'AcceptInsecureCerts',
            CAPABILITY_CONSTANT,
            'ignoreHTTPSErrors',
            'ignore-certificate-errors',
        ],
    },
}));


/***/ }),

/***/ 34406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   T: () => (/* binding */ VARIABLE)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21961);

const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
const FIX = 'Trust the missing CA instead: `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` when the process starts, or a `ca` option on the one client that needs it.';
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
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
                headline: `\`${VARIABLE}\` set to \`'0'\`: certificate verification is off for the whole process`,
                text: `Setting \`${VARIABLE}\` to \`'0'\` turns off certificate verification for every TLS connection this process opens from then on (https, fetch, axios, ws, database drivers), so anyone on the network path can read and change the traffic. Remove the assignment. ${FIX}`,
            },
            child: {
                risk: 'high',
                headline: `\`${VARIABLE}='0'\` in the environment of {{api}}: the child verifies no certificate`,
                text: `Passing \`${VARIABLE}='0'\` in the environment of {{api}} turns off certificate verification for every TLS connection the child opens, so anyone on the network path can read and change its traffic. Pass \`NODE_EXTRA_CA_CERTS\` with the CA file in the child's environment instead.`,
            },
            envObject: {
                risk: 'high',
                headline: `This environment sets \`${VARIABLE}\` to \`'0'\`: a Node process started with it verifies no certificate`,
                text: `This environment sets \`${VARIABLE}\` to \`'0'\`: any Node process started with it verifies no TLS certificate, so anyone on the network path can read and change its traffic. Put the CA file in \`NODE_EXTRA_CA_CERTS\` instead.`,
            },
            shell: {
                risk: 'high',
                headline: `This command runs its program with \`${VARIABLE}=0\`: it verifies no certificate`,
                text: `This command runs its program with \`${VARIABLE}=0\`, which turns off certificate verification for every TLS connection that program opens. Set \`NODE_EXTRA_CA_CERTS\` to the CA file instead.`,
            },
            conditional: {
                risk: 'medium',
                headline: `\`${VARIABLE}\` set to \`{{expression}}\`: no certificate is verified {{condition}}`,
                text: `Setting \`${VARIABLE}\` to \`{{expression}}\` turns certificate verification off for every TLS connection this process opens {{condition}}, so anyone on the network path can then read and change the traffic. {{advice}}`,
            },
            ineffective: {
                risk: 'info',
                headline: `Setting \`${VARIABLE}\` to {{value}} does nothing: only \`'0'\` turns verification off`,
                text: `Setting \`${VARIABLE}\` to {{value}} does nothing: Node turns verification off only for the exact string \`'0'\`. Remove the line; if it was meant to get past a certificate error, trust the right CA with \`NODE_EXTRA_CA_CERTS\` rather than turning verification off.`,
            },
        },
    },
    triggers: { javascript: [VARIABLE] },
}));


/***/ }),

/***/ 90659:
/***/ ((__unused_webpack_module, exports) => {


/**********************************************
 *      DO NOT MODIFY THIS FILE MANUALLY      *
 *                                            *
 *  THIS FILE HAS BEEN COPIED FROM ast-spec.  *
 * ANY CHANGES WILL BE LOST ON THE NEXT BUILD *
 *                                            *
 *   MAKE CHANGES TO ast-spec AND THEN RUN    *
 *                 pnpm run build             *
 **********************************************/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
var AST_NODE_TYPES;
(function (AST_NODE_TYPES) {
    AST_NODE_TYPES["AccessorProperty"] = "AccessorProperty";
    AST_NODE_TYPES["ArrayExpression"] = "ArrayExpression";
    AST_NODE_TYPES["ArrayPattern"] = "ArrayPattern";
    AST_NODE_TYPES["ArrowFunctionExpression"] = "ArrowFunctionExpression";
    AST_NODE_TYPES["AssignmentExpression"] = "AssignmentExpression";
    AST_NODE_TYPES["AssignmentPattern"] = "AssignmentPattern";
    AST_NODE_TYPES["AwaitExpression"] = "AwaitExpression";
    AST_NODE_TYPES["BinaryExpression"] = "BinaryExpression";
    AST_NODE_TYPES["BlockStatement"] = "BlockStatement";
    AST_NODE_TYPES["BreakStatement"] = "BreakStatement";
    AST_NODE_TYPES["CallExpression"] = "CallExpression";
    AST_NODE_TYPES["CatchClause"] = "CatchClause";
    AST_NODE_TYPES["ChainExpression"] = "ChainExpression";
    AST_NODE_TYPES["ClassBody"] = "ClassBody";
    AST_NODE_TYPES["ClassDeclaration"] = "ClassDeclaration";
    AST_NODE_TYPES["ClassExpression"] = "ClassExpression";
    AST_NODE_TYPES["ConditionalExpression"] = "ConditionalExpression";
    AST_NODE_TYPES["ContinueStatement"] = "ContinueStatement";
    AST_NODE_TYPES["DebuggerStatement"] = "DebuggerStatement";
    AST_NODE_TYPES["Decorator"] = "Decorator";
    AST_NODE_TYPES["DoWhileStatement"] = "DoWhileStatement";
    AST_NODE_TYPES["EmptyStatement"] = "EmptyStatement";
    AST_NODE_TYPES["ExportAllDeclaration"] = "ExportAllDeclaration";
    AST_NODE_TYPES["ExportDefaultDeclaration"] = "ExportDefaultDeclaration";
    AST_NODE_TYPES["ExportNamedDeclaration"] = "ExportNamedDeclaration";
    AST_NODE_TYPES["ExportSpecifier"] = "ExportSpecifier";
    AST_NODE_TYPES["ExpressionStatement"] = "ExpressionStatement";
    AST_NODE_TYPES["ForInStatement"] = "ForInStatement";
    AST_NODE_TYPES["ForOfStatement"] = "ForOfStatement";
    AST_NODE_TYPES["ForStatement"] = "ForStatement";
    AST_NODE_TYPES["FunctionDeclaration"] = "FunctionDeclaration";
    AST_NODE_TYPES["FunctionExpression"] = "FunctionExpression";
    AST_NODE_TYPES["Identifier"] = "Identifier";
    AST_NODE_TYPES["IfStatement"] = "IfStatement";
    AST_NODE_TYPES["ImportAttribute"] = "ImportAttribute";
    AST_NODE_TYPES["ImportDeclaration"] = "ImportDeclaration";
    AST_NODE_TYPES["ImportDefaultSpecifier"] = "ImportDefaultSpecifier";
    AST_NODE_TYPES["ImportExpression"] = "ImportExpression";
    AST_NODE_TYPES["ImportNamespaceSpecifier"] = "ImportNamespaceSpecifier";
    AST_NODE_TYPES["ImportSpecifier"] = "ImportSpecifier";
    AST_NODE_TYPES["JSXAttribute"] = "JSXAttribute";
    AST_NODE_TYPES["JSXClosingElement"] = "JSXClosingElement";
    AST_NODE_TYPES["JSXClosingFragment"] = "JSXClosingFragment";
    AST_NODE_TYPES["JSXElement"] = "JSXElement";
    AST_NODE_TYPES["JSXEmptyExpression"] = "JSXEmptyExpression";
    AST_NODE_TYPES["JSXExpressionContainer"] = "JSXExpressionContainer";
    AST_NODE_TYPES["JSXFragment"] = "JSXFragment";
    AST_NODE_TYPES["JSXIdentifier"] = "JSXIdentifier";
    AST_NODE_TYPES["JSXMemberExpression"] = "JSXMemberExpression";
    AST_NODE_TYPES["JSXNamespacedName"] = "JSXNamespacedName";
    AST_NODE_TYPES["JSXOpeningElement"] = "JSXOpeningElement";
    AST_NODE_TYPES["JSXOpeningFragment"] = "JSXOpeningFragment";
    AST_NODE_TYPES["JSXSpreadAttribute"] = "JSXSpreadAttribute";
    AST_NODE_TYPES["JSXSpreadChild"] = "JSXSpreadChild";
    AST_NODE_TYPES["JSXText"] = "JSXText";
    AST_NODE_TYPES["LabeledStatement"] = "LabeledStatement";
    AST_NODE_TYPES["Literal"] = "Literal";
    AST_NODE_TYPES["LogicalExpression"] = "LogicalExpression";
    AST_NODE_TYPES["MemberExpression"] = "MemberExpression";
    AST_NODE_TYPES["MetaProperty"] = "MetaProperty";
    AST_NODE_TYPES["MethodDefinition"] = "MethodDefinition";
    AST_NODE_TYPES["NewExpression"] = "NewExpression";
    AST_NODE_TYPES["ObjectExpression"] = "ObjectExpression";
    AST_NODE_TYPES["ObjectPattern"] = "ObjectPattern";
    AST_NODE_TYPES["PrivateIdentifier"] = "PrivateIdentifier";
    AST_NODE_TYPES["Program"] = "Program";
    AST_NODE_TYPES["Property"] = "Property";
    AST_NODE_TYPES["PropertyDefinition"] = "PropertyDefinition";
    AST_NODE_TYPES["RestElement"] = "RestElement";
    AST_NODE_TYPES["ReturnStatement"] = "ReturnStatement";
    AST_NODE_TYPES["SequenceExpression"] = "SequenceExpression";
    AST_NODE_TYPES["SpreadElement"] = "SpreadElement";
    AST_NODE_TYPES["StaticBlock"] = "StaticBlock";
    AST_NODE_TYPES["Super"] = "Super";
    AST_NODE_TYPES["SwitchCase"] = "SwitchCase";
    AST_NODE_TYPES["SwitchStatement"] = "SwitchStatement";
    AST_NODE_TYPES["TaggedTemplateExpression"] = "TaggedTemplateExpression";
    AST_NODE_TYPES["TemplateElement"] = "TemplateElement";
    AST_NODE_TYPES["TemplateLiteral"] = "TemplateLiteral";
    AST_NODE_TYPES["ThisExpression"] = "ThisExpression";
    AST_NODE_TYPES["ThrowStatement"] = "ThrowStatement";
    AST_NODE_TYPES["TryStatement"] = "TryStatement";
    AST_NODE_TYPES["UnaryExpression"] = "UnaryExpression";
    AST_NODE_TYPES["UpdateExpression"] = "UpdateExpression";
    AST_NODE_TYPES["VariableDeclaration"] = "VariableDeclaration";
    AST_NODE_TYPES["VariableDeclarator"] = "VariableDeclarator";
    AST_NODE_TYPES["WhileStatement"] = "WhileStatement";
    AST_NODE_TYPES["WithStatement"] = "WithStatement";
    AST_NODE_TYPES["YieldExpression"] = "YieldExpression";
    AST_NODE_TYPES["TSAbstractAccessorProperty"] = "TSAbstractAccessorProperty";
    AST_NODE_TYPES["TSAbstractKeyword"] = "TSAbstractKeyword";
    AST_NODE_TYPES["TSAbstractMethodDefinition"] = "TSAbstractMethodDefinition";
    AST_NODE_TYPES["TSAbstractPropertyDefinition"] = "TSAbstractPropertyDefinition";
    AST_NODE_TYPES["TSAnyKeyword"] = "TSAnyKeyword";
    AST_NODE_TYPES["TSArrayType"] = "TSArrayType";
    AST_NODE_TYPES["TSAsExpression"] = "TSAsExpression";
    AST_NODE_TYPES["TSAsyncKeyword"] = "TSAsyncKeyword";
    AST_NODE_TYPES["TSBigIntKeyword"] = "TSBigIntKeyword";
    AST_NODE_TYPES["TSBooleanKeyword"] = "TSBooleanKeyword";
    AST_NODE_TYPES["TSCallSignatureDeclaration"] = "TSCallSignatureDeclaration";
    AST_NODE_TYPES["TSClassImplements"] = "TSClassImplements";
    AST_NODE_TYPES["TSConditionalType"] = "TSConditionalType";
    AST_NODE_TYPES["TSConstructorType"] = "TSConstructorType";
    AST_NODE_TYPES["TSConstructSignatureDeclaration"] = "TSConstructSignatureDeclaration";
    AST_NODE_TYPES["TSDeclareFunction"] = "TSDeclareFunction";
    AST_NODE_TYPES["TSDeclareKeyword"] = "TSDeclareKeyword";
    AST_NODE_TYPES["TSEmptyBodyFunctionExpression"] = "TSEmptyBodyFunctionExpression";
    AST_NODE_TYPES["TSEnumBody"] = "TSEnumBody";
    AST_NODE_TYPES["TSEnumDeclaration"] = "TSEnumDeclaration";
    AST_NODE_TYPES["TSEnumMember"] = "TSEnumMember";
    AST_NODE_TYPES["TSExportAssignment"] = "TSExportAssignment";
    AST_NODE_TYPES["TSExportKeyword"] = "TSExportKeyword";
    AST_NODE_TYPES["TSExternalModuleReference"] = "TSExternalModuleReference";
    AST_NODE_TYPES["TSFunctionType"] = "TSFunctionType";
    AST_NODE_TYPES["TSImportEqualsDeclaration"] = "TSImportEqualsDeclaration";
    AST_NODE_TYPES["TSImportType"] = "TSImportType";
    AST_NODE_TYPES["TSIndexedAccessType"] = "TSIndexedAccessType";
    AST_NODE_TYPES["TSIndexSignature"] = "TSIndexSignature";
    AST_NODE_TYPES["TSInferType"] = "TSInferType";
    AST_NODE_TYPES["TSInstantiationExpression"] = "TSInstantiationExpression";
    AST_NODE_TYPES["TSInterfaceBody"] = "TSInterfaceBody";
    AST_NODE_TYPES["TSInterfaceDeclaration"] = "TSInterfaceDeclaration";
    AST_NODE_TYPES["TSInterfaceHeritage"] = "TSInterfaceHeritage";
    AST_NODE_TYPES["TSIntersectionType"] = "TSIntersectionType";
    AST_NODE_TYPES["TSIntrinsicKeyword"] = "TSIntrinsicKeyword";
    AST_NODE_TYPES["TSLiteralType"] = "TSLiteralType";
    AST_NODE_TYPES["TSMappedType"] = "TSMappedType";
    AST_NODE_TYPES["TSMethodSignature"] = "TSMethodSignature";
    AST_NODE_TYPES["TSModuleBlock"] = "TSModuleBlock";
    AST_NODE_TYPES["TSModuleDeclaration"] = "TSModuleDeclaration";
    AST_NODE_TYPES["TSNamedTupleMember"] = "TSNamedTupleMember";
    AST_NODE_TYPES["TSNamespaceExportDeclaration"] = "TSNamespaceExportDeclaration";
    AST_NODE_TYPES["TSNeverKeyword"] = "TSNeverKeyword";
    AST_NODE_TYPES["TSNonNullExpression"] = "TSNonNullExpression";
    AST_NODE_TYPES["TSNullKeyword"] = "TSNullKeyword";
    AST_NODE_TYPES["TSNumberKeyword"] = "TSNumberKeyword";
    AST_NODE_TYPES["TSObjectKeyword"] = "TSObjectKeyword";
    AST_NODE_TYPES["TSOptionalType"] = "TSOptionalType";
    AST_NODE_TYPES["TSParameterProperty"] = "TSParameterProperty";
    AST_NODE_TYPES["TSPrivateKeyword"] = "TSPrivateKeyword";
    AST_NODE_TYPES["TSPropertySignature"] = "TSPropertySignature";
    AST_NODE_TYPES["TSProtectedKeyword"] = "TSProtectedKeyword";
    AST_NODE_TYPES["TSPublicKeyword"] = "TSPublicKeyword";
    AST_NODE_TYPES["TSQualifiedName"] = "TSQualifiedName";
    AST_NODE_TYPES["TSReadonlyKeyword"] = "TSReadonlyKeyword";
    AST_NODE_TYPES["TSRestType"] = "TSRestType";
    AST_NODE_TYPES["TSSatisfiesExpression"] = "TSSatisfiesExpression";
    AST_NODE_TYPES["TSStaticKeyword"] = "TSStaticKeyword";
    AST_NODE_TYPES["TSStringKeyword"] = "TSStringKeyword";
    AST_NODE_TYPES["TSSymbolKeyword"] = "TSSymbolKeyword";
    AST_NODE_TYPES["TSTemplateLiteralType"] = "TSTemplateLiteralType";
    AST_NODE_TYPES["TSThisType"] = "TSThisType";
    AST_NODE_TYPES["TSTupleType"] = "TSTupleType";
    AST_NODE_TYPES["TSTypeAliasDeclaration"] = "TSTypeAliasDeclaration";
    AST_NODE_TYPES["TSTypeAnnotation"] = "TSTypeAnnotation";
    AST_NODE_TYPES["TSTypeAssertion"] = "TSTypeAssertion";
    AST_NODE_TYPES["TSTypeLiteral"] = "TSTypeLiteral";
    AST_NODE_TYPES["TSTypeOperator"] = "TSTypeOperator";
    AST_NODE_TYPES["TSTypeParameter"] = "TSTypeParameter";
    AST_NODE_TYPES["TSTypeParameterDeclaration"] = "TSTypeParameterDeclaration";
    AST_NODE_TYPES["TSTypeParameterInstantiation"] = "TSTypeParameterInstantiation";
    AST_NODE_TYPES["TSTypePredicate"] = "TSTypePredicate";
    AST_NODE_TYPES["TSTypeQuery"] = "TSTypeQuery";
    AST_NODE_TYPES["TSTypeReference"] = "TSTypeReference";
    AST_NODE_TYPES["TSUndefinedKeyword"] = "TSUndefinedKeyword";
    AST_NODE_TYPES["TSUnionType"] = "TSUnionType";
    AST_NODE_TYPES["TSUnknownKeyword"] = "TSUnknownKeyword";
    AST_NODE_TYPES["TSVoidKeyword"] = "TSVoidKeyword";
})(AST_NODE_TYPES || (exports.AST_NODE_TYPES = AST_NODE_TYPES = {}));
var AST_TOKEN_TYPES;
(function (AST_TOKEN_TYPES) {
    AST_TOKEN_TYPES["Boolean"] = "Boolean";
    AST_TOKEN_TYPES["Identifier"] = "Identifier";
    AST_TOKEN_TYPES["JSXIdentifier"] = "JSXIdentifier";
    AST_TOKEN_TYPES["PrivateIdentifier"] = "PrivateIdentifier";
    AST_TOKEN_TYPES["JSXText"] = "JSXText";
    AST_TOKEN_TYPES["Keyword"] = "Keyword";
    AST_TOKEN_TYPES["Null"] = "Null";
    AST_TOKEN_TYPES["Numeric"] = "Numeric";
    AST_TOKEN_TYPES["Punctuator"] = "Punctuator";
    AST_TOKEN_TYPES["RegularExpression"] = "RegularExpression";
    AST_TOKEN_TYPES["String"] = "String";
    AST_TOKEN_TYPES["Template"] = "Template";
    AST_TOKEN_TYPES["Block"] = "Block";
    AST_TOKEN_TYPES["Line"] = "Line";
})(AST_TOKEN_TYPES || (exports.AST_TOKEN_TYPES = AST_TOKEN_TYPES = {}));
//# sourceMappingURL=ast-spec.js.map

/***/ }),

/***/ 63141:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
var ast_spec_1 = __webpack_require__(90659);
Object.defineProperty(exports, "AST_NODE_TYPES", ({ enumerable: true, get: function () { return ast_spec_1.AST_NODE_TYPES; } }));
Object.defineProperty(exports, "AST_TOKEN_TYPES", ({ enumerable: true, get: function () { return ast_spec_1.AST_TOKEN_TYPES; } }));
__exportStar(__webpack_require__(61390), exports);
__exportStar(__webpack_require__(39189), exports);
__exportStar(__webpack_require__(44981), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 61390:
/***/ ((__unused_webpack_module, exports) => {


// THIS CODE WAS AUTOMATICALLY GENERATED
// DO NOT EDIT THIS CODE BY HAND
// RUN THE FOLLOWING COMMAND FROM THE WORKSPACE ROOT TO REGENERATE:
// npx nx generate-lib repo
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=lib.js.map

/***/ }),

/***/ 39189:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=parser-options.js.map

/***/ }),

/***/ 44981:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSESTree = void 0;
exports.TSESTree = __importStar(__webpack_require__(90659));
//# sourceMappingURL=ts-estree.js.map

/***/ })

};
