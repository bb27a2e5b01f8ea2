export const id = 326;
export const ids = [326,961];
export const modules = {

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
const LANGUAGE_IDS = (/* unused pure expression or super */ null && (['javascript', 'python', 'config']));
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
    /**
     * Has syntax errors the parser recovered from (Python): analyzed, but code in and next to the broken
     * parts may have been missed.
     */
    'partial-parse',
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

/***/ 76120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ VARIABLE),
  A: () => (/* binding */ no_tls_verification_env_override)
});

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/rules/config/env-override-messages.ts
const TAMPER = 'so anyone on the network path can read and change what it downloads and sends';
const CONFIG_ENV_MESSAGES = {
    configNode: {
        risk: 'critical',
        headline: '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off TLS certificate checks for {{reach}}',
        text: `\`NODE_TLS_REJECT_UNAUTHORIZED\` is \`0\` for {{reach}}: every Node process there verifies no TLS certificate — npm, \`fetch\`, \`https\`, axios and database drivers alike — ${TAMPER}, including the packages it installs. Delete the variable; mount the CA and set \`NODE_EXTRA_CA_CERTS=/path/to/ca.pem\` instead.`,
    },
    configGitNoVerify: {
        risk: 'high',
        headline: '`GIT_SSL_NO_VERIFY` turns off the TLS certificate checks of git for {{reach}}, whatever its value',
        text: `\`GIT_SSL_NO_VERIFY\` is set for {{reach}}: git then verifies no HTTPS server certificate — whatever the value, even \`0\` or \`false\`, because git only checks that the variable exists — ${TAMPER}. Remove it; trust the server's CA with \`GIT_SSL_CAINFO=/path/to/ca.pem\` or \`git config http.sslCAInfo /path/to/ca.pem\`.`,
    },
    configGitConfigEnv: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of git for {{reach}}',
        text: `{{setting}} sets git's \`http.sslVerify\` to false for {{reach}}: git accepts any HTTPS server certificate, ${TAMPER}. Remove it; give git the CA with \`http.sslCAInfo\` instead (\`GIT_CONFIG_KEY_0=http.sslCAInfo\`, \`GIT_CONFIG_VALUE_0=/path/to/ca.pem\`).`,
    },
    configNpmEnv: {
        risk: 'high',
        headline: '`{{name}}={{value}}` turns off the TLS certificate checks of npm for {{reach}}',
        text: `\`{{name}}={{value}}\` turns npm's \`strict-ssl\` off for {{reach}}: npm and pnpm then accept any certificate from the registry, ${TAMPER}, so the packages installed there can be swapped. Remove it; point npm at the CA with \`npm_config_cafile=/path/to/ca.pem\` (the \`cafile=\` setting) or \`NODE_EXTRA_CA_CERTS\`.`,
    },
    configNpmEnvIneffective: {
        risk: 'info',
        headline: '`{{name}}={{value}}` has no effect: npm reads only `false`, `0` and `null` as false',
        text: "`{{name}}={{value}}` does not turn npm's `strict-ssl` off: npm reads only `false`, `0` and `null` as false, so it keeps verifying and the line only misleads. Remove it; if a certificate error led to it, trust the CA with `npm_config_cafile=/path/to/ca.pem` instead.",
    },
    configYarnEnv: {
        risk: 'high',
        headline: '`YARN_ENABLE_STRICT_SSL={{value}}` turns off the TLS certificate checks of Yarn for {{reach}}',
        text: `\`YARN_ENABLE_STRICT_SSL={{value}}\` makes Yarn accept any certificate from the registry for {{reach}}, ${TAMPER}, so the packages installed there can be swapped. Remove it; set \`YARN_HTTPS_CA_FILE_PATH=/path/to/ca.pem\` (\`httpsCaFilePath\` in \`.yarnrc.yml\`) instead.`,
    },
    configPipEnv: {
        risk: 'high',
        headline: '`PIP_TRUSTED_HOST` turns off the TLS certificate checks of pip for {{hosts}} in {{reach}}',
        text: `\`PIP_TRUSTED_HOST\` makes pip skip certificate verification for {{hosts}} in {{reach}} (and accept plain HTTP from it), ${TAMPER}, so the packages installed there can be swapped. Remove it; give pip the CA with \`PIP_CERT=/path/to/ca.pem\` instead.`,
    },
    configPythonHttpsVerify: {
        risk: 'medium',
        headline: '`PYTHONHTTPSVERIFY=0` turns off certificate checks of PEP 493 Python 2.7 builds for {{reach}}',
        text: '`PYTHONHTTPSVERIFY=0` asks Python to skip certificate verification for {{reach}}. Python 3 ignores it, but the Python 2.7 builds of RHEL/CentOS 7 and SLES (PEP 493) honour it, and such legacy base images are common. Remove it; trust the CA with `SSL_CERT_FILE=/path/to/ca.pem` (and `REQUESTS_CA_BUNDLE` for requests) instead.',
    },
    configEmptyCaBundle: {
        risk: 'medium',
        headline: 'An empty `{{name}}` turns off the certificate checks of requests < 2.28 for {{reach}}',
        text: "`{{name}}` is empty for {{reach}}: requests before 2.28 read an empty bundle as `verify=''` and skip certificate verification — a widely copied workaround that still works wherever an old requests is installed. Remove it, or point it at the CA file: `{{name}}=/path/to/ca.pem`.",
    },
    configRunnerNoVerify: {
        risk: 'high',
        headline: '`GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY` turns off the TLS certificate checks of the runner for {{reach}}',
        text: "`GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY={{value}}` runs the self-hosted Actions runner in insecure mode for {{reach}}: it accepts any certificate from GitHub and its services, so the jobs, secrets and artifacts it exchanges can be read and changed on the network path. Remove it; add the proxy's or enterprise CA to the machine's trust store instead.",
    },
};

;// CONCATENATED MODULE: ./src/rules/no-tls-verification-env-override/index.ts


const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
const FIX = 'Trust the missing CA instead: `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` when the process starts, or a `ca` option on the one client that needs it.';
/* harmony default export */ const no_tls_verification_env_override = ((0,rule/* defineRule */.Km)({
    id: 'no-tls-verification-env-override',
    meta: {
        description: 'Disallow environment variables that turn off TLS certificate verification for whole processes, such as NODE_TLS_REJECT_UNAUTHORIZED=0 or PYTHONHTTPSVERIFY=0.',
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
            pythonNodeVariable: {
                risk: 'high',
                headline: `\`${VARIABLE}='0'\` set for {{target}}: Node.js verifies no certificate there`,
                text: `Setting \`${VARIABLE}\` to \`'0'\` for {{target}} turns off certificate verification for every TLS connection of the Node.js programs that run with it (a build step, a CLI, a headless browser), so anyone on the network path can read and change their traffic. ${FIX}`,
            },
            pythonHttpsVerify: {
                risk: 'medium',
                headline: '`PYTHONHTTPSVERIFY=0` set for {{target}}: some Python builds then verify no certificate',
                text: "Setting `PYTHONHTTPSVERIFY` to `'0'` for {{target}} asks Python not to verify HTTPS certificates. The Python 2.7 builds of some distributions honour it (PEP 493: RHEL/CentOS 7, SLES), and there every standard-library HTTPS client in those processes accepts any certificate; upstream Python 3 and requests ignore it. Remove it and trust the CA instead: `SSL_CERT_FILE=/path/to/ca.pem`, or `cafile=` on the one client that needs it.",
            },
            pythonHttpsVerifyIgnored: {
                risk: 'low',
                headline: '`PYTHONHTTPSVERIFY=0` does nothing on Python {{version}}, but says verification was meant to be off',
                text: "Setting `PYTHONHTTPSVERIFY` to `'0'` for {{target}} does nothing on Python {{version}}, which this project targets: only the Python 2.7 builds of some distributions (PEP 493) read it. It still says that someone wanted certificate checks off — look for the code that needed it, and trust the CA instead (`SSL_CERT_FILE`, or `cafile=`).",
            },
            pythonCaBundle: {
                risk: 'medium',
                headline: '`{{name}}` set to an empty string for {{target}}: old requests then skips certificate checks',
                text: 'Setting `{{name}}` to an empty string for {{target}} is the widely copied trick to make requests skip certificate verification: before requests 2.28 the empty path reached `verify` as a false value and every request accepted any certificate; curl is left without CAs too. Remove it; point the variable at a CA bundle (`/etc/ssl/certs/ca-certificates.crt` or your corporate CA) if you need one.',
            },
            ineffective: {
                risk: 'info',
                headline: `Setting \`${VARIABLE}\` to {{value}} does nothing: only \`'0'\` turns verification off`,
                text: `Setting \`${VARIABLE}\` to {{value}} does nothing: Node turns verification off only for the exact string \`'0'\`. Remove the line; if it was meant to get past a certificate error, trust the right CA with \`NODE_EXTRA_CA_CERTS\` rather than turning verification off.`,
            },
            ...CONFIG_ENV_MESSAGES,
        },
    },
    triggers: {
        javascript: [VARIABLE],
        config: [
            VARIABLE,
            'GIT_SSL_NO_VERIFY',
            'GIT_CONFIG',
            'strict_ssl',
            'STRICT_SSL',
            'strict-ssl',
            'PIP_TRUSTED_HOST',
            'PYTHONHTTPSVERIFY',
            'CA_BUNDLE',
            'RUNNER_TLS_NO_VERIFY',
        ],
        python: [VARIABLE, 'PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE'],
    },
}));


/***/ })

};
