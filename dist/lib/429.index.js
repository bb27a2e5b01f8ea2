export const id = 429;
export const ids = [429];
export const modules = {

/***/ 22429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PYTHON_CHECKERS: () => (/* binding */ PYTHON_CHECKERS)
});

;// CONCATENATED MODULE: ./src/languages/python/checker.ts
/** Identity helper that keeps message ids typed inside `create`. */
function pythonChecker(checker) {
    return checker;
}

// EXTERNAL MODULE: ./src/languages/python/syntax.ts
var syntax = __webpack_require__(38199);
// EXTERNAL MODULE: ./src/languages/python/version.ts
var version = __webpack_require__(51730);
;// CONCATENATED MODULE: ./src/rules/python/compat-guards.ts

/** Exceptions a `try` catches to fall back when an API is missing. */
const FALLBACK_EXCEPTIONS = /^(?:AttributeError|ImportError|ModuleNotFoundError|TypeError|NameError|Exception|BaseException)$/;
/**
 * Whether `node` is compatibility code that only runs where an API exists: under a test of
 * `sys.version_info`, `hasattr`/`getattr`, or in the body of a `try` whose `except` catches the
 * error a missing API raises (`AttributeError`, `ImportError`, `TypeError`, or everything).
 */
function isCompatibilityCode(analysis, node) {
    for (let current = node, parent = node.parent; parent; current = parent, parent = parent.parent) {
        if ((parent.type === 'if_statement' || parent.type === 'elif_clause') &&
            current.field !== 'condition') {
            const condition = (0,syntax/* child */.jf)(parent, 'condition');
            if (condition && testsFeatures(analysis, condition))
                return true;
        }
        if (parent.type === 'conditional_expression') {
            const test = parent.children[1];
            if (test && test !== current && testsFeatures(analysis, test))
                return true;
        }
        if (parent.type === 'try_statement' &&
            current.field === 'body' &&
            catchesFallback(analysis, parent))
            return true;
    }
    return false;
}
function testsFeatures(analysis, test) {
    return /\bsys\.version_info\b|\bversion_info\b|\bhasattr\s*\(|\bgetattr\s*\(|PY3|PY2|IS_PY/.test(analysis.textOf(test));
}
function catchesFallback(analysis, tryStatement) {
    return tryStatement.children.some((clause) => {
        if (clause.type !== 'except_clause')
            return false;
        const caught = clause.children.find((part) => part.type !== 'block' && part.field !== 'alias');
        if (!caught)
            return true;
        return analysis
            .textOf(caught)
            .replace(/[()\s]/g, '')
            .split(',')
            .some((name) => FALLBACK_EXCEPTIONS.test(name.replace(/^.*\./, '')));
    });
}

;// CONCATENATED MODULE: ./src/rules/python/http-clients.ts
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
/** Module functions and constructors, by qualified name (submodule spellings included). */
const FUNCTIONS = new Map([
    ...VERBS.flatMap((verb) => [
        [`requests.${verb}`, 'requests'],
        [`requests.api.${verb}`, 'requests'],
        [`httpx.${verb}`, 'httpx'],
    ]),
    ['httpx.stream', 'httpx'],
    ['httpx.Client', 'httpx'],
    ['httpx.AsyncClient', 'httpx'],
    ['httpx.HTTPTransport', 'httpx'],
    ['httpx.AsyncHTTPTransport', 'httpx'],
    ['aiohttp.request', 'aiohttp'],
    ['aiohttp.TCPConnector', 'aiohttp'],
    ['aiohttp.connector.TCPConnector', 'aiohttp'],
    ['aiohttp.ClientSession.request', 'aiohttp'],
    ['urllib3.PoolManager', 'urllib3'],
    ['urllib3.ProxyManager', 'urllib3'],
    ['urllib3.HTTPSConnectionPool', 'urllib3'],
    ['urllib3.connection_from_url', 'urllib3'],
    ['urllib3.proxy_from_url', 'urllib3'],
    ['urllib3.poolmanager.PoolManager', 'urllib3'],
    ['urllib3.poolmanager.ProxyManager', 'urllib3'],
    ['urllib3.poolmanager.proxy_from_url', 'urllib3'],
    ['urllib3.connectionpool.HTTPSConnectionPool', 'urllib3'],
    ['urllib3.connectionpool.connection_from_url', 'urllib3'],
    ['urllib3.util.ssl_.create_urllib3_context', 'urllib3'],
    ['urllib3.util.create_urllib3_context', 'urllib3'],
    ['urllib3.util.ssl_.ssl_wrap_socket', 'urllib3'],
]);
/** Instances whose request methods take the switch: sessions and clients. */
const CLIENT_CLASSES = new Map([
    ['requests.Session', 'requests'],
    ['requests.session', 'requests'],
    ['requests.sessions.Session', 'requests'],
    ['requests.sessions.session', 'requests'],
    ['aiohttp.ClientSession', 'aiohttp'],
    ['aiohttp.client.ClientSession', 'aiohttp'],
    ['urllib3.PoolManager', 'urllib3'],
    ['urllib3.ProxyManager', 'urllib3'],
    ['urllib3.HTTPSConnectionPool', 'urllib3'],
]);
/** Methods of those instances that take the switch, per library. */
const METHODS = {
    requests: new Set([...VERBS, 'send', 'merge_environment_settings']),
    // httpx 0.28 takes `verify` only where a client or transport is made.
    httpx: new Set(),
    aiohttp: new Set([...VERBS, 'ws_connect', '_request']),
    urllib3: new Set(['connection_from_url', 'connection_from_host']),
};
/**
 * The library call `call` is, when it takes the library's certificate switch. A
 * `functools.partial(requests.get, verify=False)` counts as the function it wraps: its keywords are
 * that function's (a way to change every later call, `requests.get = functools.partial(…)`).
 */
function clientCall(analysis, call) {
    const qualified = analysis.calleeName(call);
    if (qualified === 'functools.partial') {
        const [wrapped] = analysis.arguments(call);
        const name = wrapped && analysis.qualifiedName(wrapped);
        const library = name === undefined ? undefined : FUNCTIONS.get(name);
        return library && name ? { library, api: `functools.partial(${name}, …)` } : undefined;
    }
    const library = qualified === undefined ? undefined : FUNCTIONS.get(qualified);
    if (library && qualified)
        return { library, api: qualified };
    const method = analysis.method(call);
    if (!method)
        return undefined;
    const of = analysis.instanceOf(method.receiver);
    const owner = of === undefined ? undefined : CLIENT_CLASSES.get(of);
    if (!owner || !METHODS[owner].has(method.name))
        return undefined;
    return { library: owner, api: `${analysis.textOf(method.receiver)}.${method.name}` };
}
/** Whether `node` is a requests session (`requests.Session()`, `requests.session()`, a subclass). */
function isRequestsSession(analysis, node) {
    const of = analysis.instanceOf(node);
    return of !== undefined && CLIENT_CLASSES.get(of) === 'requests';
}

;// CONCATENATED MODULE: ./src/rules/python/references.ts
/** Parents in which an identifier is a name being declared or a label, not a use of a value. */
const DECLARING = new Set([
    'dotted_name',
    'aliased_import',
    'import_statement',
    'import_from_statement',
    'global_statement',
    'nonlocal_statement',
    'parameters',
    'lambda_parameters',
    'keyword_separator',
    'typed_parameter',
]);
const PATTERNS = new Set([
    'pattern_list',
    'tuple_pattern',
    'list_pattern',
    'parenthesized_expression',
    'as_pattern_target',
]);
/** `x` in `x = …`, `a, x = …`, `for x in …`, `with … as x`: a name being bound. */
function isTarget(node) {
    let current = node;
    while (current.parent && PATTERNS.has(current.parent.type))
        current = current.parent;
    const parent = current.parent;
    if (!parent)
        return false;
    if (parent.type === 'as_pattern')
        return current.field === 'alias';
    return (current.field === 'left' &&
        (parent.type === 'assignment' ||
            parent.type === 'augmented_assignment' ||
            parent.type === 'for_statement' ||
            parent.type === 'for_in_clause'));
}
/**
 * Whether an `identifier` or `attribute` node reads a value (`ssl.PROTOCOL_TLSv1` as an argument,
 * a default, an assignment's right side): not the `PROTOCOL_TLSv1` of `ssl.PROTOCOL_TLSv1` itself,
 * a keyword's name, an import, a `def`'s name or a parameter. Comparisons (`proto ==
 * ssl.PROTOCOL_TLSv1`) and `assert`s read a value without using it: also not uses.
 */
function isValueUse(node) {
    const parent = node.parent;
    if (!parent)
        return false;
    if (node.type === 'identifier') {
        if (DECLARING.has(parent.type))
            return false;
        if (parent.type === 'attribute' && node.field === 'attribute')
            return false;
        if (parent.type === 'keyword_argument' && node.field === 'name')
            return false;
        if (node.field === 'name' || node.field === 'alias')
            return false;
    }
    // The outermost attribute of a chain is the use: `ssl.TLSVersion.TLSv1`, not `ssl.TLSVersion`.
    if (parent.type === 'attribute' && node.field === 'object')
        return false;
    if (isTarget(node))
        return false;
    for (let current = parent; current; current = current.parent) {
        if (current.type === 'comparison_operator' || current.type === 'assert_statement')
            return false;
        if (current.type.endsWith('_statement') || current.type === 'block')
            break;
    }
    return true;
}
/**
 * The constant is written out here — `ssl.PROTOCOL_TLSv1`, or a name imported from `ssl` — rather
 * than read through a variable that holds it (reported once, where that variable is set).
 */
function isWrittenOut(analysis, node) {
    if (node.type !== 'identifier')
        return true;
    const bindings = analysis.bindings(node);
    return bindings === undefined || bindings.every((binding) => binding.kind === 'import');
}

;// CONCATENATED MODULE: ./src/rules/python/removed-apis.ts
const CONTEXT_FIX = 'Pass `context=ssl.create_default_context()` instead, with `context.load_cert_chain(certfile, keyfile)` for a client certificate.';
const ENTRIES = [
    [
        'ssl.wrap_socket',
        {
            api: '`ssl.wrap_socket()`',
            deprecated: '3.7',
            removed: { major: 3, minor: 12 },
            error: "AttributeError: module 'ssl' has no attribute 'wrap_socket'",
            fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`, which verifies the certificate and the host name as the old function never did — not `ssl._create_unverified_context().wrap_socket(...)`, which keeps the old hole.',
        },
    ],
    [
        'ssl.match_hostname',
        {
            api: '`ssl.match_hostname()`',
            deprecated: '3.7',
            removed: { major: 3, minor: 12 },
            error: "AttributeError: module 'ssl' has no attribute 'match_hostname'",
            fix: 'Let the context check the host name (`ssl.create_default_context()` has `check_hostname = True`; pass `server_hostname=`). Deleting the call without that silently drops the check.',
        },
    ],
    [
        'http.client.HTTPSConnection',
        {
            api: '`http.client.HTTPSConnection(key_file=, cert_file=, check_hostname=)`',
            deprecated: '3.6',
            removed: { major: 3, minor: 12 },
            error: 'TypeError: __init__() got an unexpected keyword argument',
            fix: CONTEXT_FIX,
            keywords: ['key_file', 'cert_file', 'check_hostname'],
        },
    ],
    [
        'urllib.request.urlopen',
        {
            api: '`urllib.request.urlopen(cafile=, capath=, cadefault=)`',
            deprecated: '3.6',
            removed: { major: 3, minor: 13 },
            error: 'TypeError: urlopen() got an unexpected keyword argument',
            fix: "Pass `context=ssl.create_default_context(cafile='/path/to/ca.pem')` instead.",
            keywords: ['cafile', 'capath', 'cadefault'],
        },
    ],
    ...[
        'smtplib.SMTP_SSL',
        'smtplib.LMTP',
        'imaplib.IMAP4_SSL',
        'poplib.POP3_SSL',
        'ftplib.FTP_TLS',
    ].map((api) => [
        api,
        keyFileKeywords(`\`${api}(keyfile=, certfile=)\``),
    ]),
];
const REMOVED_APIS = new Map(ENTRIES);
function keyFileKeywords(api) {
    return {
        api,
        deprecated: '3.6',
        removed: { major: 3, minor: 12 },
        error: 'TypeError: got an unexpected keyword argument',
        fix: CONTEXT_FIX,
        keywords: ['keyfile', 'certfile'],
    };
}
/** `smtp.starttls(keyfile=, certfile=)`: methods whose key-file keywords were removed in 3.12. */
const REMOVED_METHOD_KEYWORDS = new Map([
    ['starttls', keyFileKeywords('`starttls(keyfile=, certfile=)`')],
]);

;// CONCATENATED MODULE: ./src/rules/python/values.ts

/** `ssl.CERT_NONE`, `ssl.VerifyMode.CERT_NONE`, or `0` (rules.md §0.5: `verify_mode = 0` is CERT_NONE). */
function isCertNone(value) {
    if (value.kind === 'constant')
        return value.value === 0;
    return (value.kind === 'symbol' &&
        (value.qualified === 'ssl.CERT_NONE' || value.qualified === 'ssl.VerifyMode.CERT_NONE'));
}
/** urllib3's `cert_reqs`: `'CERT_NONE'`, `'NONE'`, `ssl.CERT_NONE`, `0` (its `resolve_cert_reqs`). */
function isCertReqsNone(value) {
    if (value.kind === 'constant' && typeof value.value === 'string')
        return value.value === 'CERT_NONE' || value.value === 'NONE';
    return isCertNone(value);
}
function isFalse(value) {
    return value.kind === 'constant' && value.value === false;
}
/** False, `0`, `''` — every false value but `None` (requests' `verify`, aiohttp's `verify_ssl`). */
function isFalsyNotNone(value) {
    return (value.kind === 'constant' && (value.value === false || value.value === 0 || value.value === ''));
}
/** `True`, `1` and other true constants. */
function isTruthyConstant(value) {
    return (value.kind === 'constant' &&
        value.value !== false &&
        value.value !== null &&
        value.value !== 0 &&
        value.value !== '');
}
/** The code of a node on one line, cut to `max` characters, for a message. */
function excerpt(analysis, node, max = 60) {
    const text = (0,syntax/* textOf */.b6)(analysis.text, node).replace(/\s+/g, ' ').trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/rules/no-deprecated-tls-api/python.ts








const PROTOCOL_FIX = 'Use `ssl.PROTOCOL_TLS_CLIENT` (or `PROTOCOL_TLS_SERVER` for a server), or `ssl.create_default_context()`, and set `minimum_version` if you need a floor.';
/** Protocol constants deprecated in 3.10 that are not insecure in themselves (rules.md P6b). */
const DEPRECATED_PROTOCOLS = new Set([
    'ssl.PROTOCOL_TLS',
    'ssl.PROTOCOL_SSLv23',
    'ssl.PROTOCOL_TLSv1_2',
]);
/** The protocol-version flags deprecated in 3.10 (not `OP_NO_COMPRESSION`, `OP_NO_TICKET`…). */
const VERSION_FLAG = /^ssl\.(?:Options\.)?OP_NO_(?:SSLv2|SSLv3|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3)$/;
/**
 * rules.md P9 (APIs removed in 3.12/3.13, relative to the project's target version: an error when the
 * target no longer has them, a note that the upgrade will break them otherwise; compatibility code
 * under `sys.version_info`/`hasattr` tests or `try`/`except` is left alone) and P6b (deprecated
 * protocol constants, `SSLContext()` without a protocol, `OP_NO_*` version flags, NPN), plus the
 * deprecated spellings of aiohttp (`verify_ssl`, `ssl_context`, `fingerprint`) and urllib3
 * (`ssl_version`).
 */
const python = pythonChecker({
    create(context) {
        return {
            call: (node) => {
                removedApi(context, node);
                deprecatedCall(context, node);
                libraryKeywords(context, node);
            },
            attribute: (node) => deprecatedProtocol(context, node),
            identifier: (node) => deprecatedProtocol(context, node),
            augmented_assignment: (node) => versionFlags(context, node),
            assignment: (node) => versionFlags(context, node),
        };
    },
});
function removedApi(context, node) {
    const { analysis } = context;
    const callee = analysis.calleeName(node);
    const method = analysis.method(node);
    const api = (callee === undefined ? undefined : REMOVED_APIS.get(callee)) ??
        (method && !isMock(analysis, method.receiver)
            ? REMOVED_METHOD_KEYWORDS.get(method.name)
            : undefined);
    if (!api || isCompatibilityCode(analysis, node))
        return;
    if (!api.keywords) {
        reportRemoved(context, node, api);
        return;
    }
    // One finding per call, at its first removed keyword: the call breaks once, however many it has.
    const argument = api.keywords
        .map((keyword) => analysis.argument(node, keyword))
        .find((found) => found !== undefined);
    if (argument)
        reportRemoved(context, argument.holder, api);
}
/** `mock.call().starttls(...)`, `mock_smtp.return_value.starttls`: a test's expectation, not a call. */
function isMock(analysis, receiver) {
    for (let node = receiver; node;) {
        const name = node.type === 'call' ? analysis.calleeName(node) : analysis.qualifiedName(node);
        if (name !== undefined && /^(?:unittest\.)?mock\./.test(name))
            return true;
        node =
            node.type === 'call'
                ? (0,syntax/* child */.jf)(node, 'function')
                : node.type === 'attribute'
                    ? (0,syntax/* child */.jf)(node, 'object')
                    : undefined;
    }
    return false;
}
function reportRemoved(context, node, api) {
    const { pythonVersion } = context;
    const removed = `${api.removed.major}.${api.removed.minor}`;
    const data = {
        api: api.api,
        deprecated: api.deprecated,
        removed,
        error: api.error,
        fix: api.fix,
    };
    if (pythonVersion && (0,version/* atLeast */.jZ)(pythonVersion, api.removed.major, api.removed.minor)) {
        context.report({
            node,
            messageId: 'pythonRemoved',
            data: { ...data, target: (0,version/* formatVersion */.qh)(pythonVersion) },
        });
        return;
    }
    const status = pythonVersion
        ? `this project targets Python ${(0,version/* formatVersion */.qh)(pythonVersion)}, where it still works, but`
        : 'it still works before that, but';
    context.report({ node, messageId: 'pythonRemovedLater', data: { ...data, status } });
}
function deprecated(context, node, api, since, fix) {
    context.report({ node, messageId: 'pythonDeprecated', data: { api, since, fix } });
}
/** `ssl.SSLContext()` without a protocol; NPN (`set_npn_protocols`, `selected_npn_protocol`). */
function deprecatedCall(context, node) {
    const { analysis } = context;
    if (analysis.calleeName(node) === 'ssl.SSLContext' && !analysis.argument(node, 'protocol', 0)) {
        deprecated(context, node, '`ssl.SSLContext()` without a protocol', 'Python 3.10', PROTOCOL_FIX);
        return;
    }
    const method = analysis.method(node);
    if (method?.name === 'set_npn_protocols' || method?.name === 'selected_npn_protocol')
        deprecated(context, node, `NPN (\`${method.name}\`)`, 'Python 3.10', 'Use ALPN: `ctx.set_alpn_protocols([...])` and `sock.selected_alpn_protocol()`.');
}
function deprecatedProtocol(context, node) {
    const { analysis } = context;
    if (!isValueUse(node) || !isWrittenOut(analysis, node) || isCompatibilityCode(analysis, node))
        return;
    const name = analysis.qualifiedName(node);
    if (name === undefined || !DEPRECATED_PROTOCOLS.has(name))
        return;
    deprecated(context, node, `\`${excerpt(analysis, node)}\``, 'Python 3.10', PROTOCOL_FIX);
}
/** `ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1`: hardening, but the deprecated way. */
function versionFlags(context, node) {
    const { analysis } = context;
    const left = (0,syntax/* child */.jf)(node, 'left');
    if (left?.type !== 'attribute' || analysis.textOf((0,syntax/* child */.jf)(left, 'attribute') ?? left) !== 'options')
        return;
    let added;
    if (node.type === 'augmented_assignment') {
        if (node.operators?.[0] === '|=')
            added = (0,syntax/* child */.jf)(node, 'right');
    }
    else {
        const right = (0,syntax/* child */.jf)(node, 'right');
        if (right?.type === 'binary_operator' && right.operators?.[0] === '|')
            added = right;
    }
    if (!added || !setsVersionFlag(analysis, added))
        return;
    deprecated(context, node, 'the `OP_NO_SSL*`/`OP_NO_TLS*` options', 'Python 3.10', 'Set the versions you allow instead: `ctx.minimum_version = ssl.TLSVersion.TLSv1_2` (the default since 3.10).');
}
function setsVersionFlag(analysis, node) {
    const stack = [node];
    for (let current = stack.pop(); current; current = stack.pop()) {
        const part = (0,syntax/* unparenthesized */.eG)(current);
        if (part.type === 'binary_operator' && part.operators?.[0] === '|') {
            for (const side of [(0,syntax/* child */.jf)(part, 'left'), (0,syntax/* child */.jf)(part, 'right')])
                if (side)
                    stack.push(side);
            continue;
        }
        if (VERSION_FLAG.test(analysis.qualifiedName(part) ?? ''))
            return true;
    }
    return false;
}
/** aiohttp's `verify_ssl=`, `ssl_context=`, `fingerprint=` (3.0) and urllib3's `ssl_version=` (2.0). */
function libraryKeywords(context, node) {
    const { analysis } = context;
    const call = clientCall(analysis, node);
    if (call?.library === 'aiohttp') {
        for (const keyword of ['verify_ssl', 'ssl_context', 'fingerprint']) {
            const argument = analysis.argument(node, keyword);
            if (!argument)
                continue;
            // A false `verify_ssl` turns verification off: no-disabled-cert-verification says so.
            if (keyword === 'verify_ssl' && analysis.weakness(argument.node, isFalsyNotNone))
                continue;
            deprecated(context, argument.holder, `aiohttp's \`${keyword}=\``, 'aiohttp 3.0', 'Pass everything as `ssl=`: a context (`ssl.create_default_context(...)`), `aiohttp.Fingerprint(digest)` to pin, or leave it out for the default checks.');
        }
    }
    if (call?.library === 'urllib3') {
        const argument = analysis.argument(node, 'ssl_version');
        if (argument)
            deprecated(context, argument.holder, "urllib3's `ssl_version=`", 'urllib3 2.0', 'Use `ssl_minimum_version=ssl.TLSVersion.TLSv1_2` (and `ssl_maximum_version` if you must cap it).');
    }
}

// EXTERNAL MODULE: ./src/languages/python/analysis/values.ts
var values = __webpack_require__(40975);
;// CONCATENATED MODULE: ./src/rules/python/insecure-warnings.ts
/** urllib3's warning for a request without certificate verification, and the classes above it. */
const WARNING = /(?:^|\.)(?:InsecureRequestWarning|HTTPWarning)$/;
const DISABLE = new Set(['urllib3.disable_warnings']);
/**
 * rules.md P11 and research §2 C11/C12/C37: `urllib3.disable_warnings()` (no argument silences every
 * urllib3 warning), `requests.packages.urllib3.disable_warnings(InsecureRequestWarning)`,
 * `warnings.filterwarnings('ignore', category=InsecureRequestWarning)` or with
 * `message='Unverified HTTPS request'`, `warnings.simplefilter('ignore', InsecureRequestWarning)`.
 */
function silencedInsecureWarning(analysis, call) {
    const callee = analysis.calleeName(call);
    if (callee !== undefined && DISABLE.has(callee)) {
        const category = analysis.argument(call, 'category', 0);
        return category === undefined || WARNING.test(analysis.qualifiedName(category.node) ?? '');
    }
    if (callee !== 'warnings.filterwarnings' && callee !== 'warnings.simplefilter')
        return false;
    const action = analysis.argument(call, 'action', 0);
    if (!action || analysis.stringOf(action.node) !== 'ignore')
        return false;
    const category = analysis.argument(call, 'category', callee === 'warnings.simplefilter' ? 1 : 2);
    if (category && WARNING.test(analysis.qualifiedName(category.node) ?? ''))
        return true;
    const message = callee === 'warnings.filterwarnings' && analysis.argument(call, 'message', 1);
    return message ? /Unverified HTTPS/i.test(analysis.stringOf(message.node) ?? '') : false;
}

;// CONCATENATED MODULE: ./src/rules/python/assignments.ts

/**
 * The receiver and value of `assignment` when it sets `attribute` (`ctx.verify_mode = …`);
 * `a.x = b.x = value` counts for both.
 */
function attributeWrite(analysis, assignment, attribute) {
    const left = (0,syntax/* child */.jf)(assignment, 'left');
    let value = (0,syntax/* child */.jf)(assignment, 'right');
    while (value?.type === 'assignment')
        value = (0,syntax/* child */.jf)(value, 'right');
    if (left?.type !== 'attribute' || !value)
        return undefined;
    const name = (0,syntax/* child */.jf)(left, 'attribute');
    const receiver = (0,syntax/* child */.jf)(left, 'object');
    if (!name || !receiver || analysis.textOf(name) !== attribute)
        return undefined;
    return { receiver, value };
}

;// CONCATENATED MODULE: ./src/rules/python/libraries.ts


/**
 * `c.setopt(pycurl.SSL_VERIFYPEER, 0)` (also `c.setopt(c.SSL_VERIFYPEER, 0)`, the constants being
 * attributes of `Curl` objects too): the option's name and the value node, for one of `names`.
 */
function curlOption(analysis, call, names) {
    const method = analysis.method(call);
    if (method?.name !== 'setopt')
        return undefined;
    const [option, value] = analysis
        .arguments(call)
        .filter((argument) => argument.type !== 'keyword_argument');
    if (!option || !value)
        return undefined;
    const qualified = analysis.qualifiedName(option);
    let name;
    if (qualified?.startsWith('pycurl.'))
        name = qualified.slice('pycurl.'.length);
    else if (option.type === 'attribute') {
        const object = (0,syntax/* child */.jf)(option, 'object');
        const curl = object && analysis.instanceOf(object) === 'pycurl.Curl';
        if (curl)
            name = analysis.textOf((0,syntax/* child */.jf)(option, 'attribute') ?? option);
    }
    if (name === undefined || !names.includes(name))
        return undefined;
    return { option: `pycurl.${name}`, value };
}
/**
 * pyOpenSSL: `ctx.set_verify(SSL.VERIFY_NONE, …)`, or a verify callback that returns true for every
 * certificate (the callback's verdict replaces OpenSSL's). How it accepts them, for the message.
 */
function acceptsEveryCertificate(analysis, call) {
    const method = analysis.method(call);
    if (method?.name !== 'set_verify')
        return undefined;
    const mode = analysis.argument(call, 'mode', 0);
    const modeName = mode && analysis.qualifiedName(mode.node);
    const pyOpenSsl = modeName?.startsWith('OpenSSL.SSL.VERIFY_') === true ||
        analysis.instanceOf(method.receiver) === 'OpenSSL.SSL.Context';
    if (!pyOpenSsl)
        return undefined;
    if (modeName === 'OpenSSL.SSL.VERIFY_NONE')
        return '`set_verify(VERIFY_NONE)`';
    const callback = analysis.argument(call, 'callback', 1);
    const value = callback && analysis.value(callback.node);
    if (value?.kind !== 'function')
        return undefined;
    const returned = analysis.returnedBy(value.node);
    return returned.kind === 'constant' && (0,values/* truthiness */.w8)(returned) === true
        ? 'its verify callback returns true for every certificate'
        : undefined;
}

// EXTERNAL MODULE: ./src/languages/python/analysis/scopes.ts
var scopes = __webpack_require__(72124);
;// CONCATENATED MODULE: ./src/rules/python/ssl-contexts.ts



const UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);
const LIBRARY_CONTEXTS = new Set([
    'urllib3.util.ssl_.create_urllib3_context',
    'urllib3.util.create_urllib3_context',
    'httpx.create_ssl_context',
]);
function contextOrigin(analysis, node) {
    const value = analysis.value(node);
    const call = (0,values/* creatingCall */.Cd)(value);
    if (!call)
        return { kind: 'unknown' };
    const of = analysis.calleeName(call);
    if (of === 'ssl.create_default_context') {
        const purpose = analysis.argument(call, 'purpose', 0);
        const server = purpose !== undefined && analysis.qualifiedName(purpose.node) === 'ssl.Purpose.CLIENT_AUTH';
        const loadsCa = ['cafile', 'capath', 'cadata'].some((name) => {
            const argument = analysis.argument(call, name, name === 'cafile' ? 1 : undefined);
            return argument !== undefined && analysis.value(argument.node).kind !== 'constant';
        });
        return { kind: 'default', call, server, loadsCa };
    }
    if (of === 'ssl.SSLContext') {
        const protocol = analysis.argument(call, 'protocol', 0);
        const name = protocol && analysis.qualifiedName(protocol.node);
        return {
            kind: 'protocol',
            call,
            protocol: name === 'ssl.PROTOCOL_TLS_CLIENT'
                ? 'client'
                : name === 'ssl.PROTOCOL_TLS_SERVER'
                    ? 'server'
                    : 'generic',
        };
    }
    if (of !== undefined && UNVERIFIED.has(of))
        return { kind: 'unverified', call };
    if (of !== undefined && LIBRARY_CONTEXTS.has(of))
        return { kind: 'library', call };
    return { kind: 'unknown' };
}
/** Functions and methods that take a context for a server, and for a client. */
const SERVER_FUNCTIONS = new Set([
    'asyncio.start_server',
    'asyncio.start_unix_server',
    'aiohttp.web.run_app',
    'aiohttp.web.TCPSite',
    'aiohttp.web.UnixSite',
    'aiohttp.web_runner.TCPSite',
    'websockets.serve',
    'websockets.server.serve',
    'tornado.httpserver.HTTPServer',
    'gevent.pywsgi.WSGIServer',
]);
const SERVER_METHODS = new Set(['create_server', 'create_unix_server', 'run', 'listen', 'serve']);
const CLIENT_FUNCTIONS = new Set([
    'urllib.request.urlopen',
    'urllib.request.HTTPSHandler',
    'http.client.HTTPSConnection',
    'asyncio.open_connection',
    'asyncio.open_unix_connection',
    'smtplib.SMTP_SSL',
    'imaplib.IMAP4_SSL',
    'poplib.POP3_SSL',
    'ftplib.FTP_TLS',
    'xmlrpc.client.ServerProxy',
    'websockets.connect',
    'websockets.client.connect',
    'aiohttp.TCPConnector',
    'aiohttp.request',
    'httpx.Client',
    'httpx.AsyncClient',
    'httpx.HTTPTransport',
    'httpx.AsyncHTTPTransport',
    'urllib3.PoolManager',
    'urllib3.ProxyManager',
    'urllib3.HTTPSConnectionPool',
]);
const CLIENT_METHODS = new Set([
    'create_connection',
    'starttls',
    'stls',
    'wrap_socket',
    'wrap_bio',
]);
const CONTEXT_KEYWORDS = ['ssl', 'ssl_context', 'context', 'ssl_options', 'verify'];
const cache = new WeakMap();
/** The places the context made by `call` is used, and for which side. */
function contextUses(analysis, call) {
    return fileContexts(analysis).uses.get(call) ?? [];
}
/** Which side the context made by `call` is used for, when its uses agree. */
function usedFor(analysis, call) {
    const sides = new Set(contextUses(analysis, call).map((use) => use.side));
    return sides.size === 1 ? [...sides][0] : undefined;
}
/**
 * The assignments `<receiver>.<attribute> = …` in the same function (or module) as `assignment`, to
 * the same receiver as written: `ctx.check_hostname = False` next to `ctx.verify_mode = CERT_NONE`.
 */
function sameReceiverWrites(analysis, receiver, attribute) {
    return fileContexts(analysis).writes.get(writeKey(analysis, receiver, attribute)) ?? [];
}
/** The calls `<receiver>.<method>(…)` in the same function (or module), to the receiver as written. */
function sameReceiverCalls(analysis, receiver, method) {
    return fileContexts(analysis).calls.get(writeKey(analysis, receiver, method)) ?? [];
}
function fileContexts(analysis) {
    let contexts = cache.get(analysis);
    if (!contexts) {
        contexts = indexFile(analysis);
        cache.set(analysis, contexts);
    }
    return contexts;
}
function indexFile(analysis) {
    const uses = new Map();
    const writes = new Map();
    const calls = new Map();
    const add = (context, use) => {
        const key = (0,values/* creatingCall */.Cd)(analysis.value(context)) ?? writeKey(analysis, context, '');
        uses.set(key, [...(uses.get(key) ?? []), use]);
    };
    for (const node of analysis.tree.nodes) {
        analysis.meter.spend();
        if (node.type === 'call') {
            indexCall(analysis, node, add);
            const method = analysis.method(node);
            if (method) {
                const key = writeKey(analysis, method.receiver, method.name);
                calls.set(key, [...(calls.get(key) ?? []), node]);
            }
        }
        else if (node.type === 'assignment') {
            const left = (0,syntax/* child */.jf)(node, 'left');
            const object = left?.type === 'attribute' ? (0,syntax/* child */.jf)(left, 'object') : undefined;
            const attribute = left && (0,syntax/* child */.jf)(left, 'attribute');
            if (!object || !attribute)
                continue;
            const key = writeKey(analysis, object, analysis.textOf(attribute));
            writes.set(key, [...(writes.get(key) ?? []), node]);
        }
    }
    return { uses, writes, calls };
}
function indexCall(analysis, call, add) {
    const method = analysis.method(call);
    if (method && (method.name === 'wrap_socket' || method.name === 'wrap_bio')) {
        const serverSide = analysis.argument(call, 'server_side', method.name === 'wrap_socket' ? 1 : 2);
        const server = serverSide !== undefined && (0,values/* truthiness */.w8)(analysis.value(serverSide.node)) === true;
        add(method.receiver, { side: server ? 'server' : 'client', node: call });
        return;
    }
    const callee = analysis.calleeName(call);
    const side = callee !== undefined && SERVER_FUNCTIONS.has(callee)
        ? 'server'
        : callee !== undefined && CLIENT_FUNCTIONS.has(callee)
            ? 'client'
            : method && SERVER_METHODS.has(method.name)
                ? 'server'
                : method && CLIENT_METHODS.has(method.name)
                    ? 'client'
                    : undefined;
    if (!side)
        return;
    for (const keyword of CONTEXT_KEYWORDS) {
        const argument = analysis.argument(call, keyword);
        if (argument)
            add(argument.node, { side, node: argument.holder });
    }
}
function writeKey(analysis, receiver, attribute) {
    const scope = (0,scopes/* scopeOwner */.Qi)(receiver);
    const receiverText = analysis.textOf(receiver).replace(/\s+/g, '');
    return `${scope?.start ?? 0}:${scope?.end ?? 0}\0${receiverText}\0${attribute}`;
}
/**
 * `self.check_hostname` inside a class that is not an `SSLContext`: the class's own attribute (a
 * wrapper such as urllib3's `PyOpenSSLContext`), not a context's setting.
 */
function isWrapperAttribute(analysis, receiver) {
    const classNode = analysis.selfClass(receiver);
    if (!classNode)
        return false;
    const base = analysis.baseClass(classNode);
    return base !== 'ssl.SSLContext' && base !== 'OpenSSL.SSL.Context';
}
/**
 * The context `receiver` holds is a server's: made for one, or handed only to server code (for a
 * context of unknown origin, such as a parameter: by the same name in the same function).
 */
function isServerContext(analysis, receiver) {
    const origin = contextOrigin(analysis, receiver);
    if (origin.kind === 'default' && origin.server)
        return true;
    if (origin.kind === 'protocol' && origin.protocol === 'server')
        return true;
    const key = origin.kind === 'unknown' ? writeKey(analysis, receiver, '') : origin.call;
    const sides = new Set((fileContexts(analysis).uses.get(key) ?? []).map((use) => use.side));
    return sides.size === 1 && sides.has('server');
}

;// CONCATENATED MODULE: ./src/rules/no-disabled-cert-verification/python.ts










const python_UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);
/**
 * rules.md P1–P5, P10–P14 and the origin-story constructs no peer flags: `verify_mode = CERT_NONE`
 * (with `check_hostname = False` on the same context: one finding that explains the upgrade), the
 * unverified-context helpers, the global override, module-level `wrap_socket`, contexts that start
 * unverified, server contexts used by clients, requests/httpx/aiohttp/urllib3 switches, pycurl,
 * pyOpenSSL, requests adapters, silenced `InsecureRequestWarning` and the 3.13 strict-flag workaround.
 */
const python_python = pythonChecker({
    create(context) {
        return {
            assignment: (node) => {
                verifyMode(context, node);
                sessionVerify(context, node);
                globalContext(context, node);
            },
            augmented_assignment: (node) => strictRelaxed(context, node),
            call: (node) => {
                unverifiedContext(context, node);
                wrapSocket(context, node);
                clientSwitch(context, node);
                libraryCall(context, node);
                serverContextForClient(context, node);
                noVerifyContext(context, node);
                unverifiedContextUses(context, node);
            },
            keyword_argument: (node) => certReqsOption(context, node),
            pair: (node) => certReqsOption(context, node),
        };
    },
});
function report(context, weakness, report) {
    context.report(weakness.kind === 'when' ? { ...report, condition: weakness.condition } : report);
}
/** `ctx.verify_mode = ssl.CERT_NONE` on a client context; with `ctx.check_hostname = False`, the pair. */
function verifyMode(context, node) {
    const { analysis } = context;
    const write = attributeWrite(analysis, node, 'verify_mode');
    const weakness = write && analysis.weakness(write.value, isCertNone);
    if (!write || !weakness)
        return;
    const origin = contextOrigin(analysis, write.receiver);
    if (origin.kind === 'unverified' || isServerContext(analysis, write.receiver))
        return;
    if (isWrapperAttribute(analysis, write.receiver))
        return;
    const hostname = sameReceiverWrites(analysis, write.receiver, 'check_hostname').find((other) => {
        const value = (0,syntax/* child */.jf)(other, 'right');
        return value !== undefined && analysis.weakness(value, isFalseOrZero) !== undefined;
    });
    const target = excerpt(analysis, write.receiver);
    report(context, weakness, {
        node,
        messageId: hostname ? 'pythonUpgradePanic' : 'pythonCertNone',
        data: { target },
        ...(hostname ? { with: hostname } : {}),
    });
}
function isFalseOrZero(value) {
    return isFalse(value) || (value.kind === 'constant' && value.value === 0);
}
/** `session.verify = False` on a requests session. */
function sessionVerify(context, node) {
    const { analysis } = context;
    const write = attributeWrite(analysis, node, 'verify');
    if (!write || !isRequestsSession(analysis, write.receiver))
        return;
    const weakness = analysis.weakness(write.value, isFalsyNotNone);
    if (!weakness)
        return;
    report(context, weakness, {
        node,
        messageId: 'pythonSessionVerify',
        data: { target: excerpt(analysis, write.receiver), value: excerpt(analysis, write.value) },
    });
}
/** `ssl._create_default_https_context = ssl._create_unverified_context` (or a helper returning one). */
function globalContext(context, node) {
    const { analysis } = context;
    const left = (0,syntax/* child */.jf)(node, 'left');
    const right = (0,syntax/* child */.jf)(node, 'right');
    if (!left || !right || analysis.qualifiedName(left) !== 'ssl._create_default_https_context')
        return;
    const value = analysis.value(right);
    const unverified = (value.kind === 'symbol' && python_UNVERIFIED.has(value.qualified)) ||
        (value.kind === 'function' && returnsUnverified(analysis, value.node));
    if (unverified)
        context.report({
            node,
            messageId: 'pythonGlobalContext',
            data: { value: excerpt(analysis, right) },
        });
}
function returnsUnverified(analysis, definition) {
    const call = (0,values/* creatingCall */.Cd)(analysis.returnedBy(definition));
    const callee = call && analysis.calleeName(call);
    if (callee !== undefined && python_UNVERIFIED.has(callee))
        return true;
    const returned = analysis.returnedBy(definition);
    return returned.kind === 'symbol' && python_UNVERIFIED.has(returned.qualified);
}
/** `ssl._create_unverified_context()`, unless told to verify after all. */
function unverifiedContext(context, node) {
    const { analysis } = context;
    const callee = analysis.calleeName(node);
    if (callee === undefined || !python_UNVERIFIED.has(callee))
        return;
    const certReqs = analysis.argument(node, 'cert_reqs');
    const checkHostname = analysis.argument(node, 'check_hostname');
    const verifies = certReqs !== undefined &&
        analysis.qualifiedName(certReqs.node) === 'ssl.CERT_REQUIRED' &&
        checkHostname !== undefined &&
        isTruthyConstant(analysis.value(checkHostname.node));
    if (!verifies)
        context.report({ node, messageId: 'pythonUnverifiedContext', data: { api: callee } });
}
/** Module-level `ssl.wrap_socket(sock)`: `cert_reqs` defaults to `CERT_NONE` (gone in 3.12: see no-deprecated-tls-api). */
function wrapSocket(context, node) {
    const { analysis, pythonVersion } = context;
    if (analysis.calleeName(node) !== 'ssl.wrap_socket')
        return;
    if (pythonVersion && (0,version/* atLeast */.jZ)(pythonVersion, 3, 12))
        return;
    const serverSide = analysis.argument(node, 'server_side', 3);
    if (serverSide && isTruthyConstant(analysis.value(serverSide.node)))
        return;
    const certReqs = analysis.argument(node, 'cert_reqs', 4);
    const weakness = certReqs
        ? analysis.weakness(certReqs.node, isCertNone)
        : { kind: 'always' };
    if (weakness)
        report(context, weakness, { node, messageId: 'pythonWrapSocket' });
}
/** requests `verify=`, httpx `verify=False`, aiohttp `ssl=False`/`verify_ssl=`, urllib3 `cert_reqs=`. */
function clientSwitch(context, node) {
    const { analysis } = context;
    const call = clientCall(analysis, node);
    if (!call || isPlaintext(analysis, node, call.api))
        return;
    const check = (name, weak, make, position) => {
        const argument = analysis.argument(node, name, position);
        const weakness = argument && analysis.weakness(argument.node, weak);
        if (argument && weakness)
            report(context, weakness, make(argument.holder, argument.node));
    };
    const api = call.api;
    switch (call.library) {
        case 'requests':
            return check('verify', isFalsyNotNone, (holder, value) => ({
                node: holder,
                messageId: 'pythonRequestsVerify',
                data: { api, value: excerpt(analysis, value) },
            }), api.endsWith('.merge_environment_settings') ? 3 : undefined);
        case 'httpx':
            return check('verify', isFalse, (holder) => ({
                node: holder,
                messageId: 'pythonHttpxVerify',
                data: { api },
            }));
        case 'aiohttp':
            check('ssl', isFalse, (holder) => aiohttpReport(analysis, holder, api, ''));
            return check('verify_ssl', isFalsyNotNone, (holder) => aiohttpReport(analysis, holder, api, VERIFY_SSL_DEPRECATED));
        case 'urllib3':
            return check('cert_reqs', isCertReqsNone, (holder) => ({
                node: holder,
                messageId: 'pythonCertReqs',
                data: { option: excerpt(analysis, holder), api: `\`${api}\`` },
            }));
    }
}
/**
 * An `http://` or `ws://` URL — a literal, or one built from a literal that starts so
 * (`'http://localhost:{0}'.format(port)`, `f'http://{host}/'`, `'http://' + host`): there is no TLS,
 * so no certificate to verify (design §4: no effect).
 */
function isPlaintext(analysis, call, api) {
    const position = /\.(?:request|_request)$/.test(api) ? 1 : 0;
    const url = analysis.argument(call, 'url', position) ?? analysis.argument(call, 'str_or_url', position);
    return url !== undefined && PLAINTEXT.test(urlStart(analysis, url.node) ?? '');
}
const PLAINTEXT = /^(?:http|ws):\/\//i;
/** How the URL an expression builds starts, when a literal says so. */
function urlStart(analysis, node) {
    const known = analysis.stringOf(node);
    if (known !== undefined)
        return known;
    // An f-string: the text after its prefix letters and opening quotes.
    if (node.type === 'string')
        return /^[a-z]{0,3}['"]{1,3}([^'"]*)/i.exec(analysis.textOf(node))?.[1];
    if (node.type === 'binary_operator') {
        const left = (0,syntax/* child */.jf)(node, 'left');
        return left && urlStart(analysis, left);
    }
    const method = node.type === 'call' ? analysis.method(node) : undefined;
    return method?.name === 'format' ? urlStart(analysis, method.receiver) : undefined;
}
const VERIFY_SSL_DEPRECATED = ' (`verify_ssl` itself has been deprecated since aiohttp 3.0)';
function aiohttpReport(analysis, holder, api, deprecated) {
    return {
        node: holder,
        messageId: 'pythonAiohttpSsl',
        data: { option: excerpt(analysis, holder), api, deprecated },
    };
}
/**
 * `cert_reqs` / `ssl_cert_reqs` set to `CERT_NONE` in the options of any other client: Celery and
 * kombu's `broker_use_ssl`, websocket-client's `sslopt`, redis-py and PyMongo keywords. The names are
 * specific enough to mean the same thing wherever they go.
 */
function certReqsOption(context, node) {
    const { analysis } = context;
    const key = (0,syntax/* child */.jf)(node, node.type === 'pair' ? 'key' : 'name');
    const value = (0,syntax/* child */.jf)(node, 'value');
    if (!key || !value)
        return;
    const name = node.type === 'pair' ? analysis.stringOf(key) : analysis.textOf(key);
    if (name !== 'cert_reqs' && name !== 'ssl_cert_reqs')
        return;
    if (node.type === 'keyword_argument' && node.parent?.parent?.type === 'call') {
        const call = node.parent.parent;
        // Known calls have their own wording (urllib3) or their own defaults (ssl.wrap_socket).
        if (clientCall(analysis, call) || analysis.calleeName(call) === 'ssl.wrap_socket')
            return;
    }
    // redis-py and Celery's redis backend also take `'none'` (lower case) for CERT_NONE.
    const weak = (candidate) => isCertReqsNone(candidate) ||
        (name === 'ssl_cert_reqs' && candidate.kind === 'constant' && candidate.value === 'none');
    const weakness = analysis.weakness(value, weak);
    if (!weakness)
        return;
    const callee = node.type === 'keyword_argument' ? node.parent?.parent : undefined;
    const api = callee?.type === 'call' && (0,syntax/* child */.jf)(callee, 'function')
        ? `\`${excerpt(analysis, (0,syntax/* child */.jf)(callee, 'function') ?? callee)}\``
        : 'the client these TLS options are given to';
    report(context, weakness, {
        node,
        messageId: 'pythonCertReqs',
        data: { option: excerpt(analysis, node), api },
    });
}
/** pycurl `SSL_VERIFYPEER` 0, pyOpenSSL `VERIFY_NONE` or accept-all callbacks, requests adapters, silenced warnings. */
function libraryCall(context, node) {
    const { analysis } = context;
    const curl = curlOption(analysis, node, ['SSL_VERIFYPEER', 'PROXY_SSL_VERIFYPEER']);
    if (curl) {
        const weakness = analysis.weakness(curl.value, isFalsyNotNone);
        if (weakness)
            report(context, weakness, {
                node,
                messageId: 'pythonCurlVerifyPeer',
                data: { option: curl.option, value: excerpt(analysis, curl.value) },
            });
        return;
    }
    const how = acceptsEveryCertificate(analysis, node);
    if (how) {
        context.report({ node, messageId: 'pythonOpenSslVerify', data: { how } });
        return;
    }
    if (disablesAdapterVerification(analysis, node)) {
        context.report({ node, messageId: 'pythonCertVerifyOverride' });
        return;
    }
    if (silencedInsecureWarning(analysis, node))
        context.report({
            node,
            messageId: 'pythonWarningsSilenced',
            data: { call: excerpt(analysis, node) },
        });
}
/** `super().cert_verify(conn, url, False, cert)` or `HTTPAdapter.cert_verify(self, conn, url, False, cert)`. */
function disablesAdapterVerification(analysis, node) {
    const method = analysis.method(node);
    if (method?.name !== 'cert_verify')
        return false;
    const receiver = method.receiver;
    const viaSuper = receiver.type === 'call' &&
        analysis.textOf((0,syntax/* child */.jf)(receiver, 'function') ?? receiver) === 'super';
    const viaClass = analysis.qualifiedName(receiver) === 'requests.adapters.HTTPAdapter';
    if (!viaSuper && !viaClass)
        return false;
    const verify = analysis.argument(node, 'verify', viaSuper ? 2 : 3);
    return verify !== undefined && isFalse(analysis.value(verify.node));
}
/** rules.md P5: a `Purpose.CLIENT_AUTH` (server) context handed to a client. */
function serverContextForClient(context, node) {
    const { analysis, pythonVersion } = context;
    const origin = contextOrigin(analysis, node);
    if (origin.kind !== 'default' || origin.call !== node || !origin.server)
        return;
    // Python 3.10 and later refuse a client socket on a server context: a crash, not a bypass.
    const crashesOn = pythonVersion && (0,version/* atLeast */.jZ)(pythonVersion, 3, 10) ? (0,version/* formatVersion */.qh)(pythonVersion) : undefined;
    for (const use of contextUses(analysis, node)) {
        if (use.side !== 'client')
            continue;
        context.report(crashesOn === undefined
            ? { node: use.node, messageId: 'pythonServerContext' }
            : { node: use.node, messageId: 'pythonServerContextCrash', data: { version: crashesOn } });
    }
}
/**
 * The clients of a context made here whose verification is off — `ctx.verify_mode = CERT_NONE` next
 * to where it is bound, or `ssl._create_unverified_context()` — each a finding of its own: a client
 * that starts using an accepted (baselined) unverified context is new insecure code. A context made
 * inline (`urlopen(url, context=ssl._create_unverified_context())`) is one finding, not two.
 */
function unverifiedContextUses(context, node) {
    const { analysis } = context;
    const origin = contextOrigin(analysis, node);
    if (origin.kind === 'unknown' || origin.call !== node)
        return;
    const bound = node.parent?.type === 'assignment' ? (0,syntax/* child */.jf)(node.parent, 'left') : undefined;
    if (!bound)
        return;
    let where = origin.kind === 'unverified' ? node : undefined;
    let weakness = where ? { kind: 'always' } : undefined;
    for (const write of sameReceiverWrites(analysis, bound, 'verify_mode')) {
        const value = (0,syntax/* child */.jf)(write, 'right');
        const found = value && analysis.weakness(value, isCertNone);
        if (found && !where)
            [where, weakness] = [write, found];
    }
    if (!where || !weakness || isServerContext(analysis, bound))
        return;
    // Made unverified only under a switch (`if context is None: context = ssl._create_stdlib_context()`):
    // its clients are as conditional as the context, whatever surrounds them.
    const guard = weakness.kind === 'always' ? analysis.guardOf(where) : undefined;
    if (guard)
        weakness = { kind: 'when', condition: guard };
    const data = {
        context: excerpt(analysis, bound),
        line: String(analysis.text.slice(0, where.start).split('\n').length),
    };
    for (const use of contextUses(analysis, node)) {
        if (use.side !== 'client')
            continue;
        const api = useApi(analysis, use.node);
        report(context, weakness, {
            node: use.node,
            messageId: 'pythonContextUse',
            data: { ...data, api },
        });
    }
}
/** `aiohttp.TCPConnector` for `ssl=ctx` in `aiohttp.TCPConnector(ssl=ctx)`; `ctx.wrap_socket` for that call. */
function useApi(analysis, use) {
    const call = use.type === 'call' ? use : use.parent?.parent;
    const callee = call?.type === 'call' ? (0,syntax/* child */.jf)(call, 'function') : undefined;
    return callee ? excerpt(analysis, callee, 50) : excerpt(analysis, use, 50);
}
/**
 * `ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)` (any protocol but `PROTOCOL_TLS_CLIENT`/`_SERVER`) used as
 * a client in the same function without `ctx.verify_mode = …` there: it verifies nothing.
 */
function noVerifyContext(context, node) {
    const { analysis } = context;
    const origin = contextOrigin(analysis, node);
    if (origin.kind !== 'protocol' || origin.call !== node || origin.protocol !== 'generic')
        return;
    const assignment = node.parent?.type === 'assignment' ? node.parent : undefined;
    const target = assignment && (0,syntax/* child */.jf)(assignment, 'left');
    if (target?.type !== 'identifier' || usedFor(analysis, node) !== 'client')
        return;
    if (sameReceiverWrites(analysis, target, 'verify_mode').length > 0)
        return;
    const scope = (used) => enclosingScope(used);
    if (contextUses(analysis, node).some((use) => scope(use.node) !== scope(node)))
        return;
    context.report({
        node,
        messageId: 'pythonNoVerifyContext',
        data: { call: excerpt(analysis, node) },
    });
}
function enclosingScope(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'function_definition' || current.type === 'module')
            return current;
    }
    return undefined;
}
/** `ctx.verify_flags &= ~ssl.VERIFY_X509_STRICT`: the narrow 3.13 workaround, still worth a note. */
function strictRelaxed(context, node) {
    const { analysis } = context;
    const left = (0,syntax/* child */.jf)(node, 'left');
    const right = (0,syntax/* child */.jf)(node, 'right');
    if (left?.type !== 'attribute' ||
        node.operators?.[0] !== '&=' ||
        right?.type !== 'unary_operator')
        return;
    if (analysis.textOf((0,syntax/* child */.jf)(left, 'attribute') ?? left) !== 'verify_flags')
        return;
    const flag = (0,syntax/* child */.jf)(right, 'argument');
    const name = flag && analysis.qualifiedName(flag);
    if (name !== 'ssl.VERIFY_X509_STRICT' && name !== 'ssl.VerifyFlags.VERIFY_X509_STRICT')
        return;
    context.report({
        node,
        messageId: 'pythonStrictRelaxed',
        data: { target: excerpt(analysis, (0,syntax/* child */.jf)(left, 'object') ?? left) },
    });
}

;// CONCATENATED MODULE: ./src/rules/no-hostname-verification-bypass/python.ts







/**
 * rules.md P2 (`check_hostname = False` on a client context; medium when the context trusts only a
 * CA it loads), `HTTPSConnection(check_hostname=False)`, urllib3's `assert_hostname=False` (P10),
 * pycurl's `SSL_VERIFYHOST` 0. The pair with `verify_mode = CERT_NONE` is one finding of
 * no-disabled-cert-verification (P2b), not reported here again.
 */
const no_hostname_verification_bypass_python_python = pythonChecker({
    create(context) {
        return {
            assignment: (node) => checkHostname(context, node),
            call: (node) => {
                httpsConnection(context, node);
                assertHostname(context, node);
                curlVerifyHost(context, node);
            },
        };
    },
});
function isOff(value) {
    return value.kind === 'constant' && (value.value === false || value.value === 0);
}
function checkHostname(context, node) {
    const { analysis } = context;
    const write = attributeWrite(analysis, node, 'check_hostname');
    const weakness = write && analysis.weakness(write.value, isOff);
    if (!write || !weakness)
        return;
    const origin = contextOrigin(analysis, write.receiver);
    if (origin.kind === 'unverified' || isServerContext(analysis, write.receiver))
        return;
    if (isWrapperAttribute(analysis, write.receiver) || checksHostNames(analysis))
        return;
    const verifyModes = sameReceiverWrites(analysis, write.receiver, 'verify_mode');
    if (verifyModes.some((other) => writes(analysis, other, isCertNone)))
        return;
    const privateCa = loadedCa(analysis, write.receiver);
    const target = excerpt(analysis, write.receiver);
    context.report({
        node,
        ...(privateCa
            ? { messageId: 'pythonCheckHostnamePrivateCa', data: { target, how: privateCa } }
            : { messageId: 'pythonCheckHostname', data: { target } }),
        ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
    });
}
const ownChecks = new WeakMap();
/**
 * The file checks host names itself after the handshake (`ssl.match_hostname`, a vendored
 * `_match_hostname`, `service_identity`'s `verify_hostname`): turning OpenSSL's own check off is then
 * the documented pattern of libraries that support old OpenSSL or pyOpenSSL (urllib3), not a bypass.
 */
function checksHostNames(analysis) {
    let checks = ownChecks.get(analysis);
    if (checks === undefined) {
        checks = analysis.tree.nodes.some((node) => {
            if (node.type !== 'call')
                return false;
            const callee = (0,syntax/* child */.jf)(node, 'function');
            return (callee !== undefined && /(?:^|[._])(?:match|verify)_hostname$/.test(analysis.textOf(callee)));
        });
        ownChecks.set(analysis, checks);
    }
    return checks;
}
function writes(analysis, assignment, weak) {
    const value = (0,syntax/* child */.jf)(assignment, 'right');
    return value !== undefined && analysis.weakness(value, weak) !== undefined;
}
/**
 * How the context trusts only a CA it loads (`create_default_context(cafile=…)`, or
 * `load_verify_locations(…)` in the same function on a context that starts without CAs), for the
 * message; undefined when it trusts the system's CAs too (the default context without `cafile`,
 * `load_default_certs()`, `set_default_verify_paths()`).
 */
function loadedCa(analysis, receiver) {
    const origin = contextOrigin(analysis, receiver);
    if (origin.kind === 'default')
        return origin.loadsCa ? '`create_default_context(cafile=...)`' : undefined;
    const called = new Set();
    for (const node of analysis.tree.nodes) {
        if (node.type !== 'call')
            continue;
        const method = analysis.method(node);
        if (method &&
            analysis.textOf(method.receiver) === analysis.textOf(receiver) &&
            sameScope(method.receiver, receiver))
            called.add(method.name);
    }
    const system = called.has('load_default_certs') || called.has('set_default_verify_paths');
    return called.has('load_verify_locations') && !system
        ? '`load_verify_locations(...)`'
        : undefined;
}
function sameScope(a, b) {
    return enclosingFunction(a) === enclosingFunction(b);
}
function enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'function_definition' || current.type === 'lambda')
            return current;
    }
    return undefined;
}
/** `http.client.HTTPSConnection(host, check_hostname=False)` (removed in 3.12). */
function httpsConnection(context, node) {
    const { analysis } = context;
    const api = analysis.calleeName(node);
    if (api !== 'http.client.HTTPSConnection')
        return;
    const argument = analysis.argument(node, 'check_hostname');
    const weakness = argument && analysis.weakness(argument.node, isOff);
    if (!argument || !weakness)
        return;
    context.report({
        node: argument.holder,
        messageId: 'pythonHttpsConnection',
        data: { api },
        ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
    });
}
/** urllib3 `assert_hostname=False` (rules.md P10). */
function assertHostname(context, node) {
    const { analysis } = context;
    const call = clientCall(analysis, node);
    if (call?.library !== 'urllib3')
        return;
    const argument = analysis.argument(node, 'assert_hostname');
    const weakness = argument &&
        analysis.weakness(argument.node, (value) => value.kind === 'constant' && value.value === false);
    if (!argument || !weakness)
        return;
    context.report({
        node: argument.holder,
        messageId: 'pythonAssertHostname',
        data: { api: call.api },
        ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
    });
}
function curlVerifyHost(context, node) {
    const { analysis } = context;
    const curl = curlOption(analysis, node, ['SSL_VERIFYHOST', 'PROXY_SSL_VERIFYHOST']);
    if (!curl || !analysis.weakness(curl.value, isFalsyNotNone))
        return;
    context.report({
        node,
        messageId: 'pythonCurlVerifyHost',
        data: { option: curl.option, value: excerpt(analysis, curl.value) },
    });
}

// EXTERNAL MODULE: ./src/rules/knowledge/cipher-list.ts
var cipher_list = __webpack_require__(1010);
;// CONCATENATED MODULE: ./src/rules/no-insecure-tls-version/python.ts








const BROKEN = 'SSL 2.0 and 3.0 are broken (DROWN, POODLE) and missing from current OpenSSL builds, where this name does not even exist';
const DEPRECATED = 'TLS 1.0 and 1.1 were deprecated by RFC 8996: SHA-1 handshakes and CBC suites open to downgrade and BEAST-class attacks, refused by default since Python 3.10';
/** Protocol constants that select a broken or deprecated version (rules.md P6), and what they select. */
const PROTOCOLS = new Map([
    ['ssl.PROTOCOL_SSLv2', { version: 'SSL 2.0', why: BROKEN }],
    ['ssl.PROTOCOL_SSLv3', { version: 'SSL 3.0', why: BROKEN }],
    ['ssl.PROTOCOL_TLSv1', { version: 'TLS 1.0 only', why: DEPRECATED }],
    ['ssl.PROTOCOL_TLSv1_1', { version: 'TLS 1.1 only', why: DEPRECATED }],
    ['OpenSSL.SSL.SSLv2_METHOD', { version: 'SSL 2.0', why: BROKEN }],
    ['OpenSSL.SSL.SSLv3_METHOD', { version: 'SSL 3.0', why: BROKEN }],
    ['OpenSSL.SSL.TLSv1_METHOD', { version: 'TLS 1.0 only', why: DEPRECATED }],
    ['OpenSSL.SSL.TLSv1_1_METHOD', { version: 'TLS 1.1 only', why: DEPRECATED }],
]);
/** `ssl.TLSVersion` members below TLS 1.2. */
const WEAK_VERSIONS = new Map([
    ['ssl.TLSVersion.SSLv3', 'SSL 3.0'],
    ['ssl.TLSVersion.TLSv1', 'TLS 1.0'],
    ['ssl.TLSVersion.TLSv1_1', 'TLS 1.1'],
]);
const MINIMUM_SUPPORTED = 'ssl.TLSVersion.MINIMUM_SUPPORTED';
/** `OP_NO_*` flags that, once cleared, let a context speak an old protocol again. */
const OLD_PROTOCOL_FLAGS = new Map([
    ['OP_NO_SSLv2', 'SSL 2.0'],
    ['OP_NO_SSLv3', 'SSL 3.0'],
    ['OP_NO_TLSv1', 'TLS 1.0'],
    ['OP_NO_TLSv1_1', 'TLS 1.1'],
]);
/**
 * rules.md P6 (insecure `PROTOCOL_*` constants and pyOpenSSL methods, in any position: arguments,
 * keywords, defaults, assignments), P7 (`minimum_version`/`maximum_version` and urllib3's
 * `ssl_minimum_version`/`ssl_maximum_version` below TLS 1.2; high with `@SECLEVEL` 0 or 1 on the
 * same context), and `options &= ~ssl.OP_NO_TLSv1` (re-enabling, P6b's exception).
 */
const no_insecure_tls_version_python_python = pythonChecker({
    create(context) {
        return {
            attribute: (node) => protocolConstant(context, node),
            identifier: (node) => protocolConstant(context, node),
            assignment: (node) => {
                versionBound(context, node, 'minimum_version');
                versionBound(context, node, 'maximum_version');
                reenabled(context, node);
            },
            augmented_assignment: (node) => reenabled(context, node),
            call: (node) => urllib3Versions(context, node),
        };
    },
});
function protocolConstant(context, node) {
    const { analysis } = context;
    if (!isValueUse(node) || !isWrittenOut(analysis, node))
        return;
    // `from ssl import PROTOCOL_TLSv1 as P` … `P`: the identifier resolves; `ssl.X` resolves as an attribute.
    const name = analysis.qualifiedName(node);
    const protocol = name === undefined ? undefined : PROTOCOLS.get(name);
    if (!protocol || name === undefined || inTranslationTable(analysis, node))
        return;
    context.report({
        node,
        messageId: 'pythonProtocol',
        data: { constant: excerpt(analysis, node), version: protocol.version, why: protocol.why },
    });
}
/**
 * A table that maps protocol constants to one another (urllib3's `_openssl_versions = {
 * ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD, … }`, `table[ssl.PROTOCOL_TLSv1_1] = …`) names
 * versions without choosing one: keys, subscripts, and values stored under a version key.
 */
function inTranslationTable(analysis, node) {
    const parent = node.parent;
    if (!parent)
        return false;
    if (parent.type === 'pair' && node.field === 'key')
        return true;
    if (parent.type === 'subscript' && node.field === 'subscript')
        return true;
    if (parent.type === 'pair' && node.field === 'value')
        return namesVersion(analysis, (0,syntax/* child */.jf)(parent, 'key'));
    if (parent.type === 'assignment' && node.field === 'right') {
        const left = (0,syntax/* child */.jf)(parent, 'left');
        return left?.type === 'subscript' && namesVersion(analysis, (0,syntax/* child */.jf)(left, 'subscript'));
    }
    return false;
}
function namesVersion(analysis, node) {
    const name = node && analysis.qualifiedName(node);
    return (name !== undefined && (name.startsWith('ssl.PROTOCOL_') || name.startsWith('OpenSSL.SSL.')));
}
function weakBound(bound) {
    return (value) => value.kind === 'symbol' &&
        (WEAK_VERSIONS.has(value.qualified) ||
            (bound === 'minimum_version' && value.qualified === MINIMUM_SUPPORTED));
}
function versionBound(context, node, bound) {
    const { analysis } = context;
    const write = attributeWrite(analysis, node, bound);
    const weakness = write && analysis.weakness(write.value, weakBound(bound));
    if (!write || !weakness)
        return;
    const version = versionName(analysis.qualifiedName(write.value));
    const target = `\`${excerpt(analysis, write.receiver)}\``;
    const setting = excerpt(analysis, node);
    const level = bound === 'minimum_version' ? lowestSeclevel(analysis, write.receiver) : undefined;
    context.report({
        node,
        ...(level !== undefined
            ? {
                messageId: 'pythonVersionSeclevel',
                data: { setting, level: String(level), version, target },
            }
            : {
                messageId: bound === 'minimum_version' ? 'pythonMinimumVersion' : 'pythonMaximumVersion',
                data: { setting, version, target },
            }),
        ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
    });
}
function versionName(qualified) {
    if (qualified === MINIMUM_SUPPORTED)
        return 'the oldest version OpenSSL supports (TLS 1.0 or SSL 3.0)';
    return ((qualified === undefined ? undefined : WEAK_VERSIONS.get(qualified)) ?? 'an old TLS version');
}
/** `@SECLEVEL=0` or `1` in a `set_ciphers` of the same context in the same function. */
function lowestSeclevel(analysis, receiver) {
    let lowest;
    for (const call of sameReceiverCalls(analysis, receiver, 'set_ciphers')) {
        const [list] = analysis.arguments(call);
        const text = list && analysis.stringOf(list);
        const level = text === undefined ? undefined : (0,cipher_list/* securityLevel */.FB)(text);
        if (level !== undefined && level <= 1 && (lowest === undefined || level < lowest))
            lowest = level;
    }
    return lowest;
}
/** `ctx.options &= ~ssl.OP_NO_TLSv1`, `ctx.options = ctx.options & ~(ssl.OP_NO_TLSv1 | …)`. */
function reenabled(context, node) {
    const { analysis } = context;
    const left = (0,syntax/* child */.jf)(node, 'left');
    let cleared;
    if (node.type === 'augmented_assignment') {
        if (node.operators?.[0] === '&=')
            cleared = (0,syntax/* child */.jf)(node, 'right');
    }
    else {
        const right = (0,syntax/* child */.jf)(node, 'right');
        if (right?.type === 'binary_operator' && right.operators?.[0] === '&')
            cleared = (0,syntax/* child */.jf)(right, 'right');
    }
    if (left?.type !== 'attribute' || analysis.textOf((0,syntax/* child */.jf)(left, 'attribute') ?? left) !== 'options')
        return;
    const receiver = (0,syntax/* child */.jf)(left, 'object');
    if (!receiver || !cleared)
        return;
    const flags = clearedFlags(analysis, cleared);
    if (flags.length === 0)
        return;
    context.report({
        node,
        messageId: 'pythonReenabled',
        data: {
            setting: excerpt(analysis, node),
            flags: flags.map(([flag]) => flag).join(' | '),
            version: flags.map(([, version]) => version).join(' and '),
            target: `\`${excerpt(analysis, receiver)}\``,
        },
    });
}
/** The old-protocol flags under a `~`: `~ssl.OP_NO_TLSv1`, `~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)`. */
function clearedFlags(analysis, node) {
    const target = (0,syntax/* unparenthesized */.eG)(node);
    if (target.type !== 'unary_operator' || target.operators?.[0] !== '~')
        return [];
    const found = [];
    const stack = [(0,syntax/* child */.jf)(target, 'argument')];
    for (let current = stack.pop(); current; current = stack.pop()) {
        const part = (0,syntax/* unparenthesized */.eG)(current);
        if (part.type === 'binary_operator' && part.operators?.[0] === '|') {
            stack.push((0,syntax/* child */.jf)(part, 'left'), (0,syntax/* child */.jf)(part, 'right'));
            continue;
        }
        const name = analysis.qualifiedName(part)?.replace(/^ssl\.(?:Options\.)?/, '');
        const version = name === undefined ? undefined : OLD_PROTOCOL_FLAGS.get(name);
        if (name !== undefined && version)
            found.push([name, version]);
    }
    return found.reverse();
}
/** urllib3 `ssl_minimum_version=ssl.TLSVersion.TLSv1`, `ssl_maximum_version=…TLSv1_1`. */
function urllib3Versions(context, node) {
    const { analysis } = context;
    const call = clientCall(analysis, node);
    if (call?.library !== 'urllib3')
        return;
    for (const [keyword, bound] of [
        ['ssl_minimum_version', 'minimum_version'],
        ['ssl_maximum_version', 'maximum_version'],
    ]) {
        const argument = analysis.argument(node, keyword);
        const weakness = argument && analysis.weakness(argument.node, weakBound(bound));
        if (!argument || !weakness)
            continue;
        context.report({
            node: argument.holder,
            messageId: bound === 'minimum_version' ? 'pythonMinimumVersion' : 'pythonMaximumVersion',
            data: {
                setting: excerpt(analysis, argument.holder),
                version: versionName(analysis.qualifiedName(argument.node)),
                target: `\`${call.api}\``,
            },
            ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/python/environment.ts


const PROCESS = 'this process and the programs it starts';
const ENVIRONMENT_OBJECTS = new Set(['os.environ', 'os.environb']);
/**
 * `os.environ['X'] = v`, `os.environ.setdefault('X', v)`, `os.putenv('X', v)`, and `'X': v` /
 * `X=v` entries of environments built for `os.environ.update(…)` or a child process
 * (`subprocess.run(…, env={**os.environ, 'X': v})`) — for the variables in `names`. An entry of any
 * other dict counts too: these variable names mean nothing else.
 */
function environmentWrite(analysis, node, names) {
    switch (node.type) {
        case 'assignment': {
            const left = (0,syntax/* child */.jf)(node, 'left');
            const value = (0,syntax/* child */.jf)(node, 'right');
            if (left?.type !== 'subscript' || !value)
                return undefined;
            const object = (0,syntax/* child */.jf)(left, 'value');
            const key = (0,syntax/* child */.jf)(left, 'subscript');
            if (!object || !key || !ENVIRONMENT_OBJECTS.has(analysis.qualifiedName(object) ?? ''))
                return undefined;
            const name = analysis.stringOf(key);
            return name !== undefined && names.has(name)
                ? { name, value, node, target: PROCESS }
                : undefined;
        }
        case 'call': {
            const callee = analysis.calleeName(node);
            if (callee !== 'os.environ.setdefault' && callee !== 'os.putenv')
                return undefined;
            const [key, value] = analysis.arguments(node);
            const name = key && analysis.stringOf(key);
            return name !== undefined && value && names.has(name)
                ? { name, value, node, target: PROCESS }
                : undefined;
        }
        case 'pair':
        case 'keyword_argument':
            return entryWrite(analysis, node, names);
        default:
            return undefined;
    }
}
function entryWrite(analysis, node, names) {
    const key = (0,syntax/* child */.jf)(node, node.type === 'pair' ? 'key' : 'name');
    const value = (0,syntax/* child */.jf)(node, 'value');
    if (!key || !value)
        return undefined;
    const name = node.type === 'pair' ? analysis.stringOf(key) : analysis.textOf(key);
    if (name === undefined || !names.has(name))
        return undefined;
    return { name, value, node, target: entryTarget(analysis, node) };
}
/** Whose environment a dict entry ends up in: the process's own (`os.environ.update`), or a child's. */
function entryTarget(analysis, entry) {
    let current = entry;
    for (let parent = entry.parent; parent; current = parent, parent = parent.parent) {
        if (parent.type === 'keyword_argument' && current.field === 'value') {
            const keyword = analysis.textOf((0,syntax/* child */.jf)(parent, 'name') ?? parent);
            const call = parent.parent?.parent;
            if (keyword === 'env' && call?.type === 'call')
                return `the process started by \`${excerpt(analysis, (0,syntax/* child */.jf)(call, 'function') ?? call, 40)}\``;
        }
        if (parent.type === 'call') {
            if (analysis.calleeName(parent) === 'os.environ.update')
                return PROCESS;
            if (current.field !== 'arguments')
                break;
            continue;
        }
        if (!ENTRY_PARTS.has(parent.type))
            break;
    }
    return 'the processes started with this environment';
}
const ENTRY_PARTS = new Set([
    'dictionary',
    'argument_list',
    'dictionary_splat',
    'keyword_argument',
    'parenthesized_expression',
]);

;// CONCATENATED MODULE: ./src/rules/no-tls-key-logging/python.ts




const NAMES = new Set(['SSLKEYLOGFILE']);
/**
 * TLS session keys written to a file from Python: `ctx.keylog_filename = path` (3.8+), and
 * `SSLKEYLOGFILE` set for the process or a child (`create_default_context()` reads it since 3.8).
 * `None` or an empty value turns key logging off and is not reported.
 */
const no_tls_key_logging_python_python = pythonChecker({
    create(context) {
        return {
            assignment: (node) => {
                keylogFilename(context, node);
                variable(context, node);
            },
            call: (node) => variable(context, node),
            pair: (node) => variable(context, node),
            keyword_argument: (node) => variable(context, node),
        };
    },
});
function python_isOff(analysis, value) {
    const known = analysis.value(value);
    return known.kind === 'constant' && (known.value === null || known.value === '');
}
/**
 * The code around reads `SSLKEYLOGFILE` to decide: the operator's explicit opt-in, the convention
 * that `create_default_context()` itself follows since 3.8 (urllib3 does the same) — not a leak.
 */
function honoursKeylogVariable(analysis, node) {
    let scope = node.parent;
    while (scope && scope.type !== 'function_definition' && scope.type !== 'module')
        scope = scope.parent;
    return scope !== undefined && analysis.textOf(scope).includes('SSLKEYLOGFILE');
}
function keylogFilename(context, node) {
    const { analysis } = context;
    const write = attributeWrite(analysis, node, 'keylog_filename');
    if (!write || python_isOff(analysis, write.value) || honoursKeylogVariable(analysis, node))
        return;
    context.report({
        node,
        messageId: 'pythonKeylogFile',
        data: {
            target: excerpt(analysis, write.receiver),
            file: `\`${excerpt(analysis, write.value)}\``,
        },
    });
}
function variable(context, node) {
    const { analysis } = context;
    const write = environmentWrite(analysis, node, NAMES);
    if (!write || python_isOff(analysis, write.value))
        return;
    context.report({
        node: write.node,
        messageId: 'pythonKeylogVariable',
        data: { target: write.target, file: `\`${excerpt(analysis, write.value)}\`` },
    });
}

// EXTERNAL MODULE: ./src/rules/no-tls-verification-env-override/index.ts + 1 modules
var no_tls_verification_env_override = __webpack_require__(76120);
;// CONCATENATED MODULE: ./src/rules/no-tls-verification-env-override/python.ts




const CA_BUNDLES = new Set(['CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE']);
const python_NAMES = new Set([no_tls_verification_env_override/* VARIABLE */.T, 'PYTHONHTTPSVERIFY', ...CA_BUNDLES]);
/**
 * Environment variables that turn verification off, set from Python for the process or the programs
 * it starts (research §2 C32/C33, rules.md C11/C12): `PYTHONHTTPSVERIFY=0` (honoured only by PEP 493
 * builds of Python 2.7: a warning, a note when the project targets Python 3), an empty
 * `CURL_CA_BUNDLE`/`REQUESTS_CA_BUNDLE` (requests < 2.28), and `NODE_TLS_REJECT_UNAUTHORIZED='0'`
 * handed to Node.js programs.
 */
const no_tls_verification_env_override_python_python = pythonChecker({
    create(context) {
        const check = (node) => {
            const write = environmentWrite(context.analysis, node, python_NAMES);
            if (write)
                judge(context, write.name, write.value, write.node, write.target);
        };
        return { assignment: check, call: check, pair: check, keyword_argument: check };
    },
});
function judge(context, name, value, node, target) {
    const { analysis, pythonVersion } = context;
    const is = (text) => (candidate) => candidate.kind === 'constant' && candidate.value === text;
    const weakness = analysis.weakness(value, is(CA_BUNDLES.has(name) ? '' : '0'));
    if (!weakness)
        return;
    let report;
    if (name === no_tls_verification_env_override/* VARIABLE */.T)
        report = { node, messageId: 'pythonNodeVariable', data: { target } };
    else if (CA_BUNDLES.has(name))
        report = { node, messageId: 'pythonCaBundle', data: { name, target } };
    else if (pythonVersion && pythonVersion.major >= 3)
        report = {
            node,
            messageId: 'pythonHttpsVerifyIgnored',
            data: { target, version: (0,version/* formatVersion */.qh)(pythonVersion) },
        };
    else
        report = { node, messageId: 'pythonHttpsVerify', data: { target } };
    context.report(weakness.kind === 'when' ? { ...report, condition: weakness.condition } : report);
}

;// CONCATENATED MODULE: ./src/rules/no-weak-ciphers/python.ts




/** Functions that take a cipher list as `ciphers=`. */
const CIPHERS_KEYWORD = new Set(['ssl.wrap_socket']);
/**
 * rules.md P8: cipher lists given to `ctx.set_ciphers(…)`, pyOpenSSL's `set_cipher_list(b'…')`,
 * urllib3's `ciphers=` (pool managers, `create_urllib3_context`) and `ssl.wrap_socket(ciphers=…)`:
 * `@SECLEVEL=0` (high), `@SECLEVEL=1` (medium: undoes Python's level 2 — the narrow workaround for a
 * weak server key, still a weakening), weak suites (medium), legacy ones (low), a bare `DEFAULT`
 * (low: OpenSSL's list instead of Python's hardened one). `!X`/`-X` tokens are hardening.
 */
const no_weak_ciphers_python_python = pythonChecker({
    create(context) {
        return {
            call: (node) => {
                const list = cipherArgument(context.analysis, node);
                if (list)
                    python_judge(context, node, list);
            },
        };
    },
});
function cipherArgument(analysis, call) {
    const method = analysis.method(call);
    if (method?.name === 'set_ciphers' || method?.name === 'set_cipher_list')
        return analysis.argument(call, 'cipherlist', 0)?.node;
    const callee = analysis.calleeName(call);
    const takesKeyword = (callee !== undefined && CIPHERS_KEYWORD.has(callee)) ||
        clientCall(analysis, call)?.library === 'urllib3';
    return takesKeyword ? analysis.argument(call, 'ciphers')?.node : undefined;
}
function python_judge(context, call, node) {
    const { analysis } = context;
    const list = analysis.stringOf(node);
    if (list === undefined)
        return;
    const method = analysis.method(call);
    const target = method ? `\`${excerpt(analysis, method.receiver)}\`` : 'this connection';
    const data = { call: excerpt(analysis, call), target };
    const report = (messageId, extra = {}) => {
        context.report({ node: call, messageId, data: { ...data, ...extra } });
    };
    const verdict = (0,cipher_list/* judgeCipherTokens */.jh)(list.split(cipher_list/* CIPHER_SEPARATORS */.fs).filter((t) => t.length > 0));
    const level = (0,cipher_list/* securityLevel */.FB)(list);
    if (verdict?.seclevelZero) {
        report('pythonSeclevelZero', {
            tokens: describe(['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]),
        });
    }
    else if (verdict && verdict.weak.length > 0) {
        report('pythonWeak', {
            tokens: describe(tokensOf(verdict.weak)),
            weaknesses: labels(verdict.weak),
        });
    }
    else if (level === 1) {
        report('pythonSeclevelOne');
    }
    else if (verdict && verdict.legacy.length > 0) {
        report('pythonLegacy', {
            tokens: describe(tokensOf(verdict.legacy)),
            weaknesses: labels(verdict.legacy),
        });
    }
    else if (list.trim() === 'DEFAULT') {
        report('pythonDefault');
    }
}
function tokensOf(tokens) {
    return tokens.map((token) => token.token);
}
function describe(tokens) {
    return [...new Set(tokens)].map((token) => `\`${token}\``).join(', ');
}
function labels(tokens) {
    return [...new Set(tokens.flatMap((token) => token.weaknesses))]
        .map((weakness) => cipher_list/* WEAKNESS_LABELS */.MZ[weakness])
        .join(', ');
}

;// CONCATENATED MODULE: ./src/rules/checkers/python.ts







/**
 * The Python checker of every rule that has one, by rule id. Loaded by the Python language the first
 * time a file of it needs checking, together with the parser.
 */
const PYTHON_CHECKERS = new Map([
    ['no-deprecated-tls-api', python],
    ['no-disabled-cert-verification', python_python],
    ['no-hostname-verification-bypass', no_hostname_verification_bypass_python_python],
    ['no-insecure-tls-version', no_insecure_tls_version_python_python],
    ['no-tls-key-logging', no_tls_key_logging_python_python],
    ['no-tls-verification-env-override', no_tls_verification_env_override_python_python],
    ['no-weak-ciphers', no_weak_ciphers_python_python],
]);


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ securityLevel),
/* harmony export */   MZ: () => (/* binding */ WEAKNESS_LABELS),
/* harmony export */   We: () => (/* binding */ withoutSeclevelZero),
/* harmony export */   fs: () => (/* binding */ CIPHER_SEPARATORS),
/* harmony export */   jh: () => (/* binding */ judgeCipherTokens)
/* harmony export */ });
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
const SECLEVEL_ZERO = '@SECLEVEL=0';
/**
 * The cipher list without its `@SECLEVEL=0` (the level OpenSSL then keeps is its default), each taken
 * out with a separator so the rest of the list reads as before: `DEFAULT:@SECLEVEL=0` → `DEFAULT`,
 * `DEFAULT@SECLEVEL=0` → `DEFAULT`. Undefined when no suite would be left, or when the list would
 * still end at level 0.
 */
function withoutSeclevelZero(list) {
    // Tokens at even indexes, the separators between them at odd ones.
    const parts = list.split(SEPARATOR_RUNS);
    for (let index = 0; index < parts.length; index += 2) {
        const token = parts[index] ?? '';
        if (token === SECLEVEL_ZERO) {
            parts[index] = '';
            // The separator before it goes (after it, for the first token).
            parts[index === 0 ? 1 : index - 1] = '';
        }
        else if (token.endsWith(SECLEVEL_ZERO)) {
            parts[index] = token.slice(0, -SECLEVEL_ZERO.length);
        }
    }
    const rest = parts.join('');
    const tokens = rest.split(CIPHER_SEPARATORS).filter((token) => token !== '');
    if (tokens.length === 0 || judgeCipherTokens(tokens)?.seclevelZero === true)
        return undefined;
    return rest;
}
const SEPARATOR_RUNS = /([:,;\s]+)/;
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
/** The security level a cipher list sets (`@SECLEVEL=n`; the last one wins), if it sets one. */
function securityLevel(list) {
    const levels = list
        .split(CIPHER_SEPARATORS)
        .flatMap(splitCommand)
        .flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
    const last = levels.at(-1);
    return last === undefined ? undefined : Number(last);
}


/***/ })

};
