export const id = 975;
export const ids = [975];
export const modules = {

/***/ 6975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JAVASCRIPT_CHECKERS: () => (/* binding */ JAVASCRIPT_CHECKERS)
});

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/scope-manager/dist/index.js
var dist = __webpack_require__(49448);
// EXTERNAL MODULE: ./node_modules/@typescript-eslint/types/dist/index.js
var types_dist = __webpack_require__(63141);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/ast.ts
var ast = __webpack_require__(91258);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/modules.ts
var analysis_modules = __webpack_require__(77627);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/value.ts
var analysis_value = __webpack_require__(1499);
;// CONCATENATED MODULE: ./src/rules/javascript/api-name.ts

const MAX_LENGTH = 40;
/**
 * A module specifier that is a file of the project (`../lib/http-proxy`, `/abs/path`, `..`): a path
 * says nothing to a reader of the message, so messages name the function as the code calls it.
 */
function isFileModule(ref) {
    return ref !== undefined && (ref.module.startsWith('.') || ref.module.startsWith('/'));
}
/** The callee as written, on one line and shortened: `httpProxy.createProxyServer`, `new WebSocket`. */
function calleeText(analysis, call) {
    const callee = call.callee;
    const text = analysis.text.slice(callee.range[0], callee.range[1]).replace(/\s+/g, ' ').trim();
    const short = text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
    return call.type === types_dist.AST_NODE_TYPES.NewExpression ? `new ${short}` : short;
}

// EXTERNAL MODULE: ./src/languages/javascript/analysis/bindings.ts
var bindings = __webpack_require__(32546);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/const-initializer.ts


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

// EXTERNAL MODULE: ./src/languages/javascript/analysis/object-shapes.ts + 1 modules
var object_shapes = __webpack_require__(54663);
;// CONCATENATED MODULE: ./src/rules/javascript/plaintext-connections.ts




const CLIENTS = new Map([
    ['mqtt', { plaintext: new Set(['mqtt', 'tcp', 'ws']), url: 'argument' }],
    ['ws', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
    ['socket.io-client', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
    ['engine.io-client', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
    ['amqplib', { plaintext: new Set(['amqp']), url: 'argument' }],
    ['amqplib/callback_api', { plaintext: new Set(['amqp']), url: 'argument' }],
    // node-redis uses TLS for rediss:// or `socket: { tls: true }` only.
    ['redis', { plaintext: new Set(['redis']), url: 'option' }],
    // https.request('http://…') throws before connecting: its options never reach TLS.
    ['https', { plaintext: new Set(['http']), url: 'argument' }],
]);
const MAX_DEPTH = 4;
/** The call of `module` connects in plaintext, so the TLS options it receives have no effect. */
function connectsInPlaintext(analysis, call, module) {
    const client = CLIENTS.get(module);
    if (!client)
        return false;
    const [first] = call.arguments;
    if (!first)
        return false;
    const scheme = client.url === 'argument'
        ? (schemeOf(analysis, first, 0) ?? optionScheme(analysis, first, 'protocol'))
        : optionScheme(analysis, first, 'url');
    if (scheme === undefined || !client.plaintext.has(scheme))
        return false;
    return module !== 'redis' || !socketTls(analysis, first);
}
/** `mqtt.connect({ protocol: 'mqtt', … })`, `createClient({ url: 'redis://…' })`. */
function optionScheme(analysis, options, key) {
    const value = analysis.value(options);
    if (value.kind !== 'object')
        return undefined;
    const entry = value.shape.entries.get(key)?.at(-1)?.valueNode;
    if (!entry)
        return undefined;
    if (key === 'protocol') {
        const protocol = analysis.value(entry);
        return protocol.kind === 'known' && typeof protocol.value === 'string'
            ? protocol.value.toLowerCase()
            : undefined;
    }
    return schemeOf(analysis, entry, 0);
}
function socketTls(analysis, options) {
    const value = analysis.value(options);
    if (value.kind !== 'object')
        return true;
    const socket = (0,object_shapes/* lookup */.$I)(analysis, value.shape, 'socket');
    if (socket.kind !== 'object')
        return socket.kind !== 'known';
    const tls = (0,object_shapes/* lookup */.$I)(analysis, socket.shape, 'tls');
    return !(tls.kind === 'known' && !tls.value);
}
/** The scheme a URL expression starts with: `'mqtt://…'`, `` `ws://${host}` ``, `'amqp://' + host`. */
function schemeOf(analysis, node, depth) {
    const prefix = prefixOf(analysis, node, depth);
    const match = prefix === undefined ? null : /^([a-z][a-z0-9+.-]*):\/\//i.exec(prefix);
    return match?.[1]?.toLowerCase();
}
function prefixOf(analysis, node, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    const value = analysis.value(node);
    if (value.kind === 'known')
        return typeof value.value === 'string' ? value.value : undefined;
    const target = (0,ast/* unwrap */.oA)(node);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.TemplateLiteral:
            return target.quasis[0]?.value.cooked ?? undefined;
        case types_dist.AST_NODE_TYPES.BinaryExpression:
            return target.operator === '+' ? prefixOf(analysis, target.left, depth + 1) : undefined;
        case types_dist.AST_NODE_TYPES.Identifier: {
            const init = constInitializer(analysis, target);
            return init ? prefixOf(analysis, init, depth + 1) : undefined;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/rules/javascript/tls-libraries.ts
const ROOT = [];
const GOT_METHODS = [
    ROOT,
    ['extend'],
    ['get'],
    ['post'],
    ['put'],
    ['patch'],
    ['delete'],
    ['head'],
    ['stream'],
    ['paginate'],
];
const UNDICI_DISPATCHERS = [['Agent'], ['Pool'], ['Client'], ['BalancedPool']];
const UNDICI_PROXIES = [['ProxyAgent'], ['EnvHttpProxyAgent']];
const MYSQL_FACTORIES = [['createConnection'], ['createPool'], ['createPoolCluster']];
const bag = (library, module, members, path, effect = 'client') => ({ library, module, ...(members ? { members } : {}), path, effect });
/** Ordered: the first entry that matches a call and a path wins. */
const LIBRARY_BAGS = [
    bag('got', 'got', GOT_METHODS, ['https']),
    bag('got', 'got', GOT_METHODS, [], 'legacy'),
    bag('axios', 'axios', undefined, [], 'ignored'),
    ...['request', 'request-promise', 'request-promise-native', 'postman-request'].flatMap((module) => [
        bag('request', module, undefined, []),
        bag('request', module, undefined, ['agentOptions']),
    ]),
    bag('needle', 'needle', undefined, []),
    bag('undici', 'undici', UNDICI_DISPATCHERS, ['connect']),
    bag('undici', 'undici', [['buildConnector']], []),
    bag('undici', 'undici', UNDICI_PROXIES, ['requestTls']),
    bag('undici', 'undici', UNDICI_PROXIES, ['proxyTls']),
    bag('ws', 'ws', [ROOT, ['WebSocket']], []),
    bag('socket.io-client', 'socket.io-client', [ROOT, ['io'], ['connect']], []),
    bag('engine.io-client', 'engine.io-client', [ROOT, ['Socket']], []),
    bag('MQTT.js', 'mqtt', [['connect'], ['connectAsync']], []),
    bag('nats', 'nats', [['connect']], ['tls']),
    bag('node-postgres', 'pg', [['Client'], ['Pool']], ['ssl']),
    bag('postgres.js', 'postgres', [ROOT], ['ssl']),
    ...['mysql', 'mysql2', 'mysql2/promise'].map((module) => bag(module, module, MYSQL_FACTORIES, ['ssl'])),
    bag('Sequelize', 'sequelize', [ROOT, ['Sequelize']], ['dialectOptions', 'ssl']),
    bag('Knex', 'knex', [ROOT, ['knex']], ['connection', 'ssl']),
    bag('TypeORM', 'typeorm', [['DataSource'], ['createConnection']], ['ssl']),
    bag('TypeORM', 'typeorm', [['DataSource'], ['createConnection']], ['extra', 'ssl']),
    bag('ioredis', 'ioredis', [ROOT, ['Redis']], ['tls']),
    bag('ioredis', 'ioredis', [['Cluster'], ['Redis', 'Cluster']], ['redisOptions', 'tls']),
    bag('node-redis', 'redis', [['createClient'], ['createCluster']], ['socket']),
    bag('the MongoDB driver', 'mongodb', [['MongoClient'], ['MongoClient', 'connect']], []),
    bag('Mongoose', 'mongoose', [['connect'], ['createConnection']], []),
    bag('nodemailer', 'nodemailer', [['createTransport']], ['tls']),
    bag('ldapjs', 'ldapjs', [['createClient']], ['tlsOptions']),
    bag('amqplib', 'amqplib', [['connect']], []),
    bag('amqplib', 'amqplib/callback_api', [['connect']], []),
    bag('KafkaJS', 'kafkajs', [['Kafka']], ['ssl']),
    bag('the Elasticsearch client', '@elastic/elasticsearch', [['Client']], ['tls']),
    bag('the Elasticsearch client (7.x `ssl`)', '@elastic/elasticsearch', [['Client']], ['ssl']),
    bag('the OpenSearch client', '@opensearch-project/opensearch', [['Client']], ['ssl']),
    // Bun's fetch, WebSocket and sockets take a `tls` bag (rules.md R5); Node's global fetch ignores it.
    bag("Bun's fetch", '<global>', [['fetch']], ['tls']),
    bag("Bun's WebSocket", '<global>', [['WebSocket']], ['tls']),
    bag('Bun', '<global>', [
        ['Bun', 'connect'],
        ['Bun', 'listen'],
    ], ['tls']),
];
/** The library bag a call's argument at `path` is, if the call is one of the known library APIs. */
function libraryBag(ref, path) {
    if (!ref)
        return undefined;
    return LIBRARY_BAGS.find((entry) => entry.module === ref.module &&
        samePath(entry.path, path) &&
        (entry.members === undefined || entry.members.some((member) => samePath(member, ref.path))));
}
function samePath(a, b) {
    return a.length === b.length && a.every((part, index) => part === b[index]);
}

;// CONCATENATED MODULE: ./src/rules/javascript/tls-bag-destinations.ts





const GLOBAL_AGENT = 'every request through `https.globalAgent`';
const AXIOS_DEFAULTS = 'every axios request through `axios.defaults.httpsAgent`';
const GLOBAL_DISPATCHER = 'every `fetch()` in the process (the global undici dispatcher)';
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
/** `tls.createSecureContext` ignores client options; a plaintext connection ignores all TLS options. */
function hasNoEffect(destination) {
    return destination.kind === 'inert' || destination.kind === 'plaintext';
}
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
    if (use.kind !== 'argument')
        return { kind: 'unknown' };
    const entry = use.path.length === 0 ? coreEntryPoint(analysis, use.call) : undefined;
    if (!entry)
        return libraryDestination(analysis, use.call, use.path);
    const api = `${entry.module}.${entry.member}`;
    if (connectsInPlaintext(analysis, use.call, entry.module))
        return { kind: 'plaintext', api };
    if (entry.side === 'server')
        return { kind: 'server', api, call: use.call };
    if (entry.side === 'inert')
        return { kind: 'inert', api };
    if (entry.member === 'Agent') {
        const global = globalAgentRole(analysis, use.call);
        if (global)
            return { kind: 'global-agent', what: global };
    }
    return { kind: 'client', api };
}
function libraryDestination(analysis, call, path) {
    const library = libraryBag(analysis.moduleRef(call.callee), path);
    if (!library) {
        const renegotiated = path.length === 0 && renegotiation(call);
        return renegotiated ? { kind: 'client', api: 'tlsSocket.renegotiate' } : { kind: 'unknown' };
    }
    if (connectsInPlaintext(analysis, call, library.module))
        return { kind: 'plaintext', api: library.library };
    if (library.library === 'undici' && becomesGlobalDispatcher(analysis, call)) {
        return { kind: 'global-agent', what: GLOBAL_DISPATCHER };
    }
    return { kind: 'library', library: library.library, effect: library.effect };
}
function coreEntryPoint(analysis, call) {
    const ref = analysis.moduleRef(call.callee);
    return CORE_ENTRY_POINTS.find((entry) => (0,analysis_modules/* refIs */.g6)(ref, entry.module, entry.member));
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
    return (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(node), 'https', 'globalAgent', 'options');
}
/**
 * Whether an `https.Agent` becomes a process-wide default, and which: `https.globalAgent = agent`, or
 * `axios.defaults.httpsAgent = agent` (every axios request without its own agent).
 */
function globalAgentRole(analysis, agent) {
    for (const use of analysis.uses(agent)) {
        if (use.kind !== 'assigned' || use.path.length > 0)
            continue;
        const ref = analysis.moduleRef(use.target);
        if ((0,analysis_modules/* refIs */.g6)(ref, 'https', 'globalAgent'))
            return GLOBAL_AGENT;
        if ((0,analysis_modules/* refIs */.g6)(ref, 'axios', 'defaults', 'httpsAgent'))
            return AXIOS_DEFAULTS;
    }
    return undefined;
}
/** `setGlobalDispatcher(new Agent({ connect: … }))`: the dispatcher of Node's global `fetch`. */
function becomesGlobalDispatcher(analysis, dispatcher) {
    return analysis
        .uses(dispatcher)
        .some((use) => use.kind === 'argument' &&
        use.path.length === 0 &&
        (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(use.call.callee), 'undici', 'setGlobalDispatcher'));
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
            const role = globalAgentRole(analysis, agent);
            return [role ? { kind: 'global-agent', what: role } : { kind: 'client', api: 'https.Agent' }];
        }
    }
    const init = node.type === types_dist.AST_NODE_TYPES.Identifier ? initializerOf(analysis, node) : undefined;
    return init ? bagDestinations(analysis, init) : [{ kind: 'unknown' }];
}
function agentConstruction(analysis, node) {
    const target = (0,ast/* unwrap */.oA)(node);
    if (target.type === types_dist.AST_NODE_TYPES.NewExpression ||
        target.type === types_dist.AST_NODE_TYPES.CallExpression) {
        return (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(target.callee), 'https', 'Agent') ? target : undefined;
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

;// CONCATENATED MODULE: ./src/rules/javascript/tls-option-target.ts



/** How a message names the connections of a Node core client API. */
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
    const relevant = destinations.filter((d) => d.kind !== 'server' && !hasNoEffect(d));
    if (destinations.length > 0 && relevant.length === 0)
        return { kind: 'inert' };
    const global = relevant.find((d) => d.kind === 'global-agent');
    if (global)
        return { kind: 'global', what: global.what ?? GLOBAL_AGENT };
    const client = relevant.find((d) => d.kind === 'client');
    const library = relevant.find((d) => d.kind === 'library');
    const text = (client && CORE_TARGETS[client.api]) ??
        (library && `the connections made by ${library.library}`) ??
        (bag && libraryTarget(analysis, bag));
    return { kind: 'connections', text: text ?? FALLBACK };
}
/**
 * `got(url, { https: bag })` → "the connections made through `got`"; a function from a file of the
 * project is named as the code calls it, never by its module path.
 */
function libraryTarget(analysis, bag) {
    for (const use of analysis.uses(bag)) {
        if (use.kind !== 'argument')
            continue;
        const ref = analysis.moduleRef(use.call.callee);
        const name = isFileModule(ref) ? `\`${calleeText(analysis, use.call)}\`` : libraryName(ref);
        if (name)
            return `the connections made through ${name}`;
    }
    return undefined;
}
function libraryName(ref) {
    if (!ref || CORE_MODULES.has(ref.module))
        return undefined;
    const member = ref.path.join('.');
    if (ref.module === analysis_modules/* GLOBAL_MODULE */.Zx)
        return member ? `\`${member}\`` : undefined;
    return member ? `\`${member}\` from \`${ref.module}\`` : `\`${ref.module}\``;
}

;// CONCATENATED MODULE: ./src/rules/javascript/bag-target.ts




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
    return known ?? (write.inLiteral ? bag_target_libraryTarget(analysis, write) : undefined) ?? DEFAULT_TARGET;
}
function describe(destination) {
    switch (destination.kind) {
        case 'client':
            return CORE_TARGETS[destination.api];
        case 'server':
            return `every connection this \`${destination.api}\` server accepts`;
        case 'inert':
            return `every connection that uses this \`${destination.api}\` context`;
        case 'plaintext':
            return undefined;
        case 'global-agent':
            return destination.what ?? GLOBAL_AGENT;
        case 'library':
            return `the connections made by ${destination.library}`;
        case 'unknown':
            return undefined;
    }
}
/** `got(url, { https: { … } })`, `nodemailer.createTransport({ tls: { … } })`: name the package. */
function bag_target_libraryTarget(analysis, write) {
    for (const use of analysis.uses(write.holder)) {
        if (use.kind !== 'argument')
            continue;
        const ref = analysis.moduleRef(use.call.callee);
        if (isFileModule(ref)) {
            return `the connections \`${calleeText(analysis, use.call)}\` makes with these options`;
        }
        if (ref !== undefined && ref.module !== analysis_modules/* GLOBAL_MODULE */.Zx) {
            return `the connections \`${ref.module}\` makes with these options`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/languages/javascript/analysis/walk.ts
var walk = __webpack_require__(97321);
;// CONCATENATED MODULE: ./src/rules/javascript/feature-guard.ts


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

;// CONCATENATED MODULE: ./src/rules/javascript/only-servers.ts

/**
 * True when every place the options reach is a server, `tls.createSecureContext` or a plaintext
 * connection: client-only options such as `minDHSize` or `servername` do nothing there.
 */
function reachesOnlyServers(analysis, write) {
    const destinations = write.inLiteral
        ? bagDestinations(analysis, write.holder)
        : holderDestinations(analysis, write.holder);
    return destinations.every((d) => d.kind === 'server' || hasNoEffect(d));
}

;// CONCATENATED MODULE: ./src/rules/javascript/option-write.ts


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

;// CONCATENATED MODULE: ./src/languages/javascript/checker.ts
/** Identity helper that keeps message ids typed inside `create`. */
function javascriptChecker(checker) {
    return checker;
}

;// CONCATENATED MODULE: ./src/rules/no-deprecated-tls-api/javascript.ts











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
    return REMOVED_APIS.find((api) => (0,analysis_modules/* refIs */.g6)(ref, api.module, api.member));
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
    return (0,analysis_modules/* refIs */.g6)(other, ref.module, ...ref.path);
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
        return TLS_SERVERS.some(([module, member]) => (0,analysis_modules/* refIs */.g6)(ref, module, member));
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
    if (!(0,analysis_modules/* refIs */.g6)(context.analysis.moduleRef(node.init), 'constants'))
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
    if ((0,analysis_modules/* moduleName */.AO)(node.source.value) !== 'constants')
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
function javascript_option(context, node) {
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
const javascript = javascriptChecker({
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
                internalModule(context, node, { module: (0,analysis_modules/* moduleName */.AO)(node.source.value), path: [] });
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
                javascript_option(context, node);
            },
            AssignmentExpression(node) {
                javascript_option(context, node);
            },
        };
    },
});

// EXTERNAL MODULE: ./src/core/condition.ts
var core_condition = __webpack_require__(67282);
// EXTERNAL MODULE: ./src/languages/javascript/analysis/guards.ts
var analysis_guards = __webpack_require__(27030);
;// CONCATENATED MODULE: ./src/rules/javascript/bare-tls-socket.ts





/**
 * N6: `new tls.TLSSocket(socket, options)` on the client side verifies neither the chain nor the host
 * name, whatever `rejectUnauthorized` says. It is a bypass unless the options make it a server
 * (`isServer: true`) or the file checks the result itself (`.authorized`, `verifyError()`,
 * `tls.checkServerIdentity`). Options we cannot see could say `isServer`, so they are not reported.
 */
function isBareClientSocket(analysis, node) {
    if (!(0,analysis_modules/* refIs */.g6)(analysis.moduleRef(node.callee), 'tls', 'TLSSocket'))
        return false;
    const options = node.arguments[1];
    if (options) {
        const value = analysis.value(options);
        if (value.kind !== 'object' || value.shape.open)
            return false;
        const isServer = (0,object_shapes/* lookup */.$I)(analysis, value.shape, 'isServer');
        const rejectUnauthorized = (0,object_shapes/* lookup */.$I)(analysis, value.shape, 'rejectUnauthorized');
        // An explicit `rejectUnauthorized: false` is reported as such; do not report the line twice.
        if (!(isServer.kind === 'known' && !isServer.value))
            return false;
        if (rejectUnauthorized.kind === 'known' && rejectUnauthorized.value === false)
            return false;
    }
    return !checksPeer(analysis);
}
const CHECKS = new Set(['authorized', 'verifyError', 'authorizationError']);
const checkedByProgram = new WeakMap();
/** Whether the file checks a peer's verification itself anywhere: walked once per file, not per socket. */
function checksPeer(analysis) {
    let checks = checkedByProgram.get(analysis.program);
    if (checks === undefined) {
        checks = findsPeerCheck(analysis);
        checkedByProgram.set(analysis.program, checks);
    }
    return checks;
}
function findsPeerCheck(analysis) {
    const stack = [analysis.program];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === types_dist.AST_NODE_TYPES.MemberExpression) {
            const name = (0,ast/* literalName */.xz)(node.property);
            if (name !== undefined && CHECKS.has(name))
                return true;
            if ((0,analysis_modules/* refIs */.g6)(analysis.moduleRef(node), 'tls', 'checkServerIdentity'))
                return true;
        }
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/rules/javascript/cert-switches.ts
const MONGO_TRUE = new Set(['true', 't', '1', 'y', 'yes']);
const MONGO_FALSE = new Set(['false', 'f', '0', 'n', 'no']);
const lowerString = (value) => typeof value === 'string' || typeof value === 'number' ? String(value).toLowerCase() : undefined;
/** `true` and, for the MongoDB driver, the strings it parses as true. */
const MONGO_ON = {
    isOn: (value) => value === true || MONGO_TRUE.has(lowerString(value) ?? ''),
    envTypes: ['boolean', 'string'],
};
const MONGO_OFF = {
    isOn: (value) => value === false || MONGO_FALSE.has(lowerString(value) ?? ''),
    envTypes: ['boolean', 'string'],
};
/** Strict `=== true` / `=== false` options: any other value leaves verification on. */
const IS_TRUE = { isOn: (value) => value === true, envTypes: ['boolean'] };
const IS_FALSE = { isOn: (value) => value === false, envTypes: ['boolean'] };
const MONGO_FIX = "Remove the option and trust the server's CA with `tlsCAFile` (or `ca` in the options).";
const CERT_SWITCHES = [
    {
        key: 'strictSSL',
        anyCase: false,
        semantics: IS_FALSE,
        library: 'request (and make-fetch-happen / npm-registry-fetch)',
        fix: "Remove `strictSSL: false` and trust the server's CA with `ca` (request: `ca` or `agentOptions: { ca }`).",
    },
    {
        key: 'tlsAllowInvalidCertificates',
        anyCase: true,
        semantics: MONGO_ON,
        library: 'the MongoDB driver',
        fix: MONGO_FIX,
    },
    {
        key: 'tlsInsecure',
        anyCase: true,
        semantics: MONGO_ON,
        library: 'the MongoDB driver (it also skips the host-name check)',
        fix: MONGO_FIX,
    },
    {
        key: 'sslValidate',
        anyCase: true,
        semantics: MONGO_OFF,
        library: 'the MongoDB driver 5.x and older (6.x rejects the option)',
        fix: 'Remove it; with driver 6 use `tls: true` and `tlsCAFile` for a private CA.',
    },
    {
        key: 'trustServerCertificate',
        anyCase: false,
        semantics: IS_TRUE,
        library: 'tedious / mssql',
        fix: "Set `trustServerCertificate: false` and trust the server's CA with `cryptoCredentialsDetails: { ca }`.",
    },
    {
        key: 'ignoreSslError',
        anyCase: false,
        semantics: IS_TRUE,
        library: '@actions/http-client',
        fix: 'Remove it; the client honours `NODE_EXTRA_CA_CERTS`, so give the runner the CA file instead.',
    },
];
function certSwitch(key) {
    const lower = key.toLowerCase();
    return CERT_SWITCHES.find((entry) => entry.anyCase ? entry.key.toLowerCase() === lower : entry.key === key);
}

;// CONCATENATED MODULE: ./src/rules/knowledge/query-parameters.ts
/**
 * `name=value` pairs of a URL query (`?a=1&b=2`) or of a `;`-separated connection string
 * (`Server=db;TrustServerCertificate=true`). Names are lower-cased; values are URL-decoded when
 * possible. Plain string scanning — connection strings are untrusted input of any length.
 */
function queryParameters(text, separator) {
    const start = separator === '&' ? text.indexOf('?') + 1 : 0;
    if (separator === '&' && start === 0)
        return new Map();
    const parameters = new Map();
    for (const pair of text.slice(start).split(separator)) {
        const equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        parameters.set(decode(pair.slice(0, equals)).trim().toLowerCase(), decode(pair.slice(equals + 1)).trim());
    }
    return parameters;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/rules/knowledge/connection-strings.ts

/**
 * MongoDB reads its boolean options case-insensitively; driver 6+ accepts `true`, drivers 4–5 also
 * `t`, `1`, `y`, `yes` (rules.md L13).
 */
const connection_strings_MONGO_TRUE = new Set(['true', 't', '1', 'y', 'yes']);
const connection_strings_MONGO_FALSE = new Set(['false', 'f', '0', 'n', 'no']);
const PG_FIX = 'Use `sslmode=verify-full` and give the CA (`sslrootcert=` in the URL, or `ssl: { ca }` in the options).';
const connection_strings_MONGO_FIX = "Remove the parameter and trust the server's CA with `tlsCAFile=` (or the `tlsCAFile` option).";
/**
 * node-postgres `sslmode=no-verify` (and libpq-compatible `prefer`/`require`), MongoDB
 * `tlsAllowInvalidCertificates` / `tlsInsecure` / `sslValidate=false`, and SQL Server
 * `TrustServerCertificate=true` (rules.md L9, L12, L13), nodemailer `tls.rejectUnauthorized=false` and
 * mysql/mysql2 `ssl={"rejectUnauthorized":false}` (issue 13). `postgresJs`: the string is given to
 * postgres.js, for which `sslmode=require|prefer|allow` means "encrypt but do not verify" (L10).
 */
function insecureConnectionString(text, postgresJs) {
    const lower = text.slice(0, 16).toLowerCase();
    if (lower.startsWith('postgres://') || lower.startsWith('postgresql://'))
        return postgresUrl(text, postgresJs);
    if (lower.startsWith('mongodb://') || lower.startsWith('mongodb+srv://'))
        return mongoUrl(text);
    if (lower.startsWith('smtp://') || lower.startsWith('smtps://'))
        return smtpUrl(text);
    if (lower.startsWith('mysql://'))
        return mysqlUrl(text);
    return sqlServer(text);
}
/**
 * nodemailer reads `tls.*` query parameters into the transport's `tls` options and turns the string
 * `false` into the boolean (lib/shared `parseConnectionUrl`), so `?tls.rejectUnauthorized=false` is
 * `tls: { rejectUnauthorized: false }`. `smtp://` still upgrades with STARTTLS, so it applies there too.
 */
function smtpUrl(text) {
    const value = queryParameters(text, '&').get('tls.rejectunauthorized');
    if (value !== 'false')
        return undefined;
    return {
        library: 'nodemailer',
        parameter: `${originalName(text, 'tls.rejectunauthorized')}=false`,
        fix: "Remove the parameter; if the mail server's CA is private, pass it as `tls: { ca }` in the transport options.",
    };
}
/**
 * mysql and mysql2 parse every query value of a connection URI as JSON when they can, so
 * `?ssl={"rejectUnauthorized":false}` is an `ssl` object that turns verification off (rules.md L11).
 */
function mysqlUrl(text) {
    const value = queryParameters(text, '&').get('ssl');
    if (!value?.includes('rejectUnauthorized'))
        return undefined;
    let ssl;
    try {
        ssl = JSON.parse(value);
    }
    catch {
        return undefined;
    }
    if (typeof ssl !== 'object' || ssl === null || !('rejectUnauthorized' in ssl))
        return undefined;
    if (ssl.rejectUnauthorized !== false)
        return undefined;
    return {
        library: 'mysql / mysql2',
        parameter: `ssl=${value}`,
        fix: "Drop `rejectUnauthorized: false` from the `ssl` parameter and give the server's CA instead (`ssl: { ca }` in the options, or mysql2's `ssl: 'Amazon RDS'` profile).",
    };
}
function postgresUrl(text, postgresJs) {
    const parameters = queryParameters(text, '&');
    const mode = parameters.get('sslmode')?.toLowerCase();
    if (mode === undefined)
        return undefined;
    const parameter = `sslmode=${mode}`;
    if (postgresJs && (mode === 'require' || mode === 'prefer' || mode === 'allow')) {
        return {
            library: 'postgres.js',
            parameter,
            fix: "Use `sslmode=verify-full` (or `ssl: 'verify-full'`, or an `ssl` object with `ca`).",
        };
    }
    if (mode === 'no-verify')
        return { library: 'node-postgres', parameter, fix: PG_FIX };
    const libpq = parameters.get('uselibpqcompat')?.toLowerCase() === 'true';
    if (libpq && (mode === 'require' || mode === 'prefer') && !parameters.has('sslrootcert')) {
        return {
            library: 'node-postgres (uselibpqcompat)',
            parameter: `uselibpqcompat=true&${parameter}`,
            fix: PG_FIX,
        };
    }
    return undefined;
}
function mongoUrl(text) {
    const parameters = queryParameters(text, '&');
    for (const name of [
        'tlsallowinvalidcertificates',
        'tlsinsecure',
        'sslallowinvalidcertificates',
    ]) {
        const value = parameters.get(name);
        if (value !== undefined && connection_strings_MONGO_TRUE.has(value.toLowerCase())) {
            return {
                library: 'the MongoDB driver',
                parameter: `${originalName(text, name)}=${value}`,
                fix: connection_strings_MONGO_FIX,
            };
        }
    }
    const validate = parameters.get('sslvalidate');
    if (validate !== undefined && connection_strings_MONGO_FALSE.has(validate.toLowerCase())) {
        return {
            library: 'the MongoDB driver (5.x and older)',
            parameter: `${originalName(text, 'sslvalidate')}=${validate}`,
            fix: connection_strings_MONGO_FIX,
        };
    }
    return undefined;
}
/** ADO.NET-style strings used by mssql/tedious: `Server=db;Encrypt=true;TrustServerCertificate=true`. */
function sqlServer(text) {
    if (!text.includes(';') || !text.includes('='))
        return undefined;
    const parameters = queryParameters(text, ';');
    const hasServer = ['server', 'data source', 'address', 'addr'].some((key) => parameters.has(key));
    const trust = parameters.get('trustservercertificate')?.toLowerCase();
    if (!hasServer || (trust !== 'true' && trust !== 'yes'))
        return undefined;
    return {
        library: 'mssql / tedious',
        parameter: `${originalName(text, 'trustservercertificate')}=${trust}`,
        fix: "Set `TrustServerCertificate=false` and trust the server's CA (`cryptoCredentialsDetails: { ca }` in the options).",
    };
}
/** The parameter name as the user spelled it (the parser lower-cases names). */
function originalName(text, lowerName) {
    const index = text.toLowerCase().indexOf(lowerName);
    return index < 0 ? lowerName : text.slice(index, index + lowerName.length);
}

;// CONCATENATED MODULE: ./src/rules/javascript/electron.ts



const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const CONDITIONAL = new Set([
    types_dist.AST_NODE_TYPES.IfStatement,
    types_dist.AST_NODE_TYPES.ConditionalExpression,
    types_dist.AST_NODE_TYPES.LogicalExpression,
    types_dist.AST_NODE_TYPES.SwitchCase,
    types_dist.AST_NODE_TYPES.CatchClause,
]);
/**
 * R1: a `certificate-error` listener (on `app` or a `webContents`) that prevents the default and calls
 * back `true` — trusting the certificate — without looking at the URL, the error or the certificate.
 */
function certificateErrorTrustAll(analysis, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression ||
        !LISTEN.has((0,ast/* literalName */.xz)(callee.property) ?? ''))
        return undefined;
    const [event, listener] = call.arguments;
    if (!event || !listener || !isString(analysis, event, 'certificate-error'))
        return undefined;
    const handler = handlerOf(analysis, listener);
    const params = handler?.params.map((param) => param.type === types_dist.AST_NODE_TYPES.Identifier ? param.name : undefined);
    if (!handler || !params || params.length < 5)
        return undefined;
    const callbackName = params.find((name, index) => index > 0 && name !== undefined && callsWith(handler, name, true).length > 0);
    const trusting = callbackName === undefined ? [] : callsWith(handler, callbackName, true);
    if (trusting.length === 0 || !callsMethod(handler, 'preventDefault'))
        return undefined;
    const inspected = params.filter((name, index) => index > 0 && name !== undefined && name !== callbackName);
    if (inspected.some((name) => mentions(handler, name ?? '')))
        return undefined;
    const unconditional = trusting.find((node) => !conditionalAncestor(node, handler));
    const first = unconditional ?? trusting[0];
    if (!first)
        return undefined;
    return { kind: unconditional ? 'always' : 'conditional', call: first };
}
/** R2: `setCertificateVerifyProc(proc)` where `proc` only ever calls back `0` (accept). */
function verifyProcAcceptsAll(analysis, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression ||
        (0,ast/* literalName */.xz)(callee.property) !== 'setCertificateVerifyProc') {
        return false;
    }
    const [procNode] = call.arguments;
    const proc = procNode && handlerOf(analysis, procNode);
    const callback = proc?.params[1];
    if (!proc || callback?.type !== types_dist.AST_NODE_TYPES.Identifier)
        return false;
    const calls = callsOf(proc, callback.name);
    return (calls.length > 0 &&
        calls.every((c) => c.arguments[0] !== undefined && isKnown(analysis, c.arguments[0], 0)));
}
/** R3: `app.commandLine.appendSwitch('ignore-certificate-errors')` and its weaker relatives. */
function insecureChromiumSwitch(analysis, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    const method = callee.type === types_dist.AST_NODE_TYPES.MemberExpression ? (0,ast/* literalName */.xz)(callee.property) : undefined;
    if (method !== 'appendSwitch' && method !== 'appendArgument')
        return undefined;
    const [first] = call.arguments;
    const value = first ? analysis.value(first) : undefined;
    if (value?.kind !== 'known' || typeof value.value !== 'string')
        return undefined;
    const name = value.value.replace(/^--/, '').split('=')[0];
    if (method === 'appendArgument' && !value.value.startsWith('--'))
        return undefined;
    if (name === 'ignore-certificate-errors')
        return 'all';
    if (name === 'ignore-certificate-errors-spki-list')
        return 'spki';
    return name === 'allow-insecure-localhost' ? 'localhost' : undefined;
}
function handlerOf(analysis, node) {
    const target = (0,ast/* unwrap */.oA)(node);
    if ((0,ast/* isFunctionNode */.Px)(target))
        return target;
    const value = analysis.value(target);
    return value.kind === 'function' ? value.node : undefined;
}
function isString(analysis, node, expected) {
    return isKnown(analysis, node, expected);
}
function isKnown(analysis, node, expected) {
    const value = analysis.value(node);
    return value.kind === 'known' && Object.is(value.value, expected);
}
/** Calls `name(...)` in the function body (not in nested functions' own parameters' scope). */
function callsOf(fn, name) {
    return descendants(fn.body).filter((node) => node.type === types_dist.AST_NODE_TYPES.CallExpression &&
        node.callee.type === types_dist.AST_NODE_TYPES.Identifier &&
        node.callee.name === name);
}
function callsWith(fn, name, firstArgument) {
    return callsOf(fn, name).filter((call) => {
        const [first] = call.arguments;
        return first?.type === types_dist.AST_NODE_TYPES.Literal && first.value === firstArgument;
    });
}
function callsMethod(fn, method) {
    return descendants(fn.body).some((node) => node.type === types_dist.AST_NODE_TYPES.CallExpression &&
        node.callee.type === types_dist.AST_NODE_TYPES.MemberExpression &&
        (0,ast/* literalName */.xz)(node.callee.property) === method);
}
/** Whether the body reads the variable `name` (not a property or key that happens to share the name). */
function mentions(fn, name) {
    return descendants(fn.body).some((node) => {
        if (node.type !== types_dist.AST_NODE_TYPES.Identifier || node.name !== name)
            return false;
        const parent = node.parent;
        if (parent.type === types_dist.AST_NODE_TYPES.MemberExpression)
            return parent.object === node || parent.computed;
        return !(parent.type === types_dist.AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand);
    });
}
function conditionalAncestor(node, fn) {
    for (let current = node.parent; current && current !== fn; current = current.parent) {
        if (CONDITIONAL.has(current.type))
            return true;
    }
    return false;
}
function descendants(root) {
    const found = [];
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
        found.push(node);
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rules/javascript/false-disables.ts

function judgeFalseDisables(value) {
    if (value.kind === 'known') {
        if (value.value === false)
            return { kind: 'disabled' };
        if (value.value === 0 || value.value === '')
            return { kind: 'legacy', value: (0,analysis_value/* describePrimitive */.VA)(value.value) };
        return undefined;
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

;// CONCATENATED MODULE: ./src/rules/javascript/loads-module.ts



const LOADED = new WeakMap();
/** True when the file imports or requires `module` anywhere (found once per file). */
function loadsModule(analysis, module) {
    let loaded = LOADED.get(analysis);
    if (!loaded) {
        loaded = modulesLoaded(analysis);
        LOADED.set(analysis, loaded);
    }
    return loaded.has(module);
}
function modulesLoaded(analysis) {
    const modules = new Set();
    const stack = [analysis.program];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === types_dist.AST_NODE_TYPES.ImportDeclaration) {
            modules.add((0,analysis_modules/* moduleName */.AO)(node.source.value));
            continue;
        }
        if (node.type === types_dist.AST_NODE_TYPES.CallExpression) {
            const required = (0,analysis_modules/* requiredModule */.k9)(analysis, node);
            if (required !== undefined)
                modules.add(required);
        }
        (0,walk/* forEachChild */.d)(node, (child) => stack.push(child));
    }
    return modules;
}

;// CONCATENATED MODULE: ./src/rules/javascript/proxy-options.ts






/** http-proxy and its wrappers copy `secure` into the upstream request's `rejectUnauthorized` (L20). */
const PROXY_APIS = [
    ['http-proxy', 'createProxyServer'],
    ['http-proxy', 'createProxy'],
    ['http-proxy', 'createServer'],
    ['http-proxy-middleware', 'createProxyMiddleware'],
    ['http-proxy-middleware', 'legacyCreateProxyMiddleware'],
    ['http-proxy-middleware'],
];
/** http-proxy's factories: their result's `web`/`ws` take per-request options. */
const SERVER_FACTORIES = PROXY_APIS.slice(0, 3);
/** `proxy.web(req, res, options)` and `proxy.ws(req, socket, head, options)`: where the options go. */
const PER_REQUEST = { web: 2, ws: 3 };
/**
 * Whether an object literal is the options of an http-proxy style proxy: passed to http-proxy /
 * http-proxy-middleware or to an http-proxy server's `web`/`ws` for one request (a runtime proxy), or
 * a proxy entry of a dev server (webpack `devServer.proxy`, Vite `server.proxy`, Angular's proxy
 * config — recognized by a `proxy` key above it and a `target`). A plain-http target has no TLS to
 * verify and is not a proxy for this purpose.
 */
function proxyOptions(analysis, object) {
    const value = analysis.value(object);
    if (value.kind !== 'object')
        return undefined;
    const target = (0,object_shapes/* lookup */.$I)(analysis, value.shape, 'target');
    if (target.kind === 'known' &&
        target.value !== undefined &&
        (typeof target.value !== 'string' || /^http:\/\//i.test(target.value))) {
        return undefined;
    }
    const uses = analysis.uses(object);
    const runtime = uses.some((use) => use.kind === 'argument' &&
        use.path.length === 0 &&
        (isProxyApi(analysis, use.call.callee) || isPerRequest(analysis, use.call, use.index)));
    if (runtime)
        return 'runtime';
    const hasTarget = value.shape.entries.has('target');
    return hasTarget && (underProxyKey(object) || uses.some((use) => use.path.includes('proxy')))
        ? 'dev-server'
        : undefined;
}
function isProxyApi(analysis, callee) {
    const ref = analysis.moduleRef(callee);
    return PROXY_APIS.some(([module, ...path]) => (0,analysis_modules/* refIs */.g6)(ref, module, ...path));
}
/** `proxy.web(req, res, options)` on a server from `httpProxy.createProxyServer()`. */
function isPerRequest(analysis, call, index) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (call.type !== types_dist.AST_NODE_TYPES.CallExpression ||
        callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return false;
    const method = (0,ast/* literalName */.xz)(callee.property);
    return (method !== undefined && PER_REQUEST[method] === index && isProxyServer(analysis, callee.object));
}
/** The receiver was made by an http-proxy factory — or is out of sight in a file that loads http-proxy. */
function isProxyServer(analysis, receiver) {
    const node = (0,ast/* unwrap */.oA)(receiver);
    if (node.type === types_dist.AST_NODE_TYPES.CallExpression || node.type === types_dist.AST_NODE_TYPES.NewExpression) {
        const ref = analysis.moduleRef(node.callee);
        return SERVER_FACTORIES.some(([module, ...path]) => (0,analysis_modules/* refIs */.g6)(ref, module, ...path));
    }
    if (node.type === types_dist.AST_NODE_TYPES.Identifier) {
        const variable = analysis.bindings.variableOf(node);
        const def = variable?.defs[0];
        if (variable &&
            (0,bindings/* isEffectivelyConst */.wB)(variable) &&
            def?.node.type === types_dist.AST_NODE_TYPES.VariableDeclarator &&
            def.node.init)
            return isProxyServer(analysis, def.node.init);
    }
    return loadsModule(analysis, 'http-proxy');
}
/** `proxy: { '/api': { target, secure } }` or `proxy: [{ context, target, secure }]`. */
function underProxyKey(object) {
    for (let node = object.parent; node; node = node.parent) {
        if (node.type === types_dist.AST_NODE_TYPES.Property && keyText(node) === 'proxy')
            return true;
        if (node.type !== types_dist.AST_NODE_TYPES.Property &&
            node.type !== types_dist.AST_NODE_TYPES.ObjectExpression &&
            node.type !== types_dist.AST_NODE_TYPES.ArrayExpression) {
            return false;
        }
    }
    return false;
}
function keyText(property) {
    const key = property.key;
    if (key.type === types_dist.AST_NODE_TYPES.Identifier)
        return key.name;
    return key.type === types_dist.AST_NODE_TYPES.Literal && typeof key.value === 'string'
        ? key.value
        : undefined;
}

;// CONCATENATED MODULE: ./src/rules/javascript/source-excerpt.ts
const source_excerpt_MAX_LENGTH = 60;
/** The node's source on one line, shortened for a message: `process.env.NODE_ENV === 'production'`. */
function sourceExcerpt(context, node) {
    const text = context.analysis.text
        .slice(node.range[0], node.range[1])
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > source_excerpt_MAX_LENGTH ? `${text.slice(0, source_excerpt_MAX_LENGTH - 1)}…` : text;
}

// EXTERNAL MODULE: ./src/languages/javascript/analysis/conditions.ts
var conditions = __webpack_require__(85126);
;// CONCATENATED MODULE: ./src/languages/javascript/analysis/value-conditions.ts






const MAX_INLINE_DEPTH = 4;
/**
 * The condition under which the value of `node` weakens TLS, when it is computed from one switch with
 * `!`, `? :`, `||`, `&&`, `??` or a comparison with `true`/`false`/`null`: `!monitor.ignoreTls`,
 * `x ? false : true`, `!x || false`, `opts.verify ?? false`, or a parameter whose default is weak.
 * `weakens` says which values are weak (`false` for `rejectUnauthorized`, a function that accepts
 * every host for `checkServerIdentity`). A plain pass-through
 * (`tlsAllowInvalidCertificates: options.allowInvalid`) forwards the caller's choice: it is a
 * condition of this code only when its default is weak (`function connect(verify = false)`).
 */
function valueCondition(analysis, node, weakens) {
    const atoms = new Map();
    collectAtoms(analysis, node, atoms, 0);
    const [only, ...others] = atoms.values();
    if (!only || others.length > 0)
        return undefined;
    const key = atomKey(analysis, only);
    const whenSet = resultUnder(analysis, node, key, (0,analysis_value/* known */.eO)(true), 0);
    const whenUnset = resultUnder(analysis, node, key, unsetValue(analysis, only), 0);
    const weakSet = whenSet.known && weakens(whenSet.value);
    const weakUnset = whenUnset.known && weakens(whenUnset.value);
    if (weakSet === weakUnset || (weakSet && passesThrough(analysis, node, only)))
        return undefined;
    const environment = (0,conditions/* isEnvironmental */.tt)(analysis, only);
    return (0,conditions/* makeCondition */.ug)(analysis, only, weakSet ? 'set' : 'unset', environment, (0,conditions/* mentionsTlsSwitch */.NV)(only));
}
/** `node` is the switch itself, perhaps through local constants (`const v = opts.v; … v`). */
function passesThrough(analysis, node, atom) {
    let current = (0,ast/* unwrap */.oA)(node);
    for (let depth = 0; current !== atom && current.type === types_dist.AST_NODE_TYPES.Identifier; depth++) {
        const init = inlinable(analysis, current, depth);
        if (!init)
            return false;
        current = (0,ast/* unwrap */.oA)(init);
    }
    return current === atom;
}
/**
 * What a switch holds when nobody sets it: its default (`verify = false`), `false` for a test
 * (`mode === 'strict'`), `undefined` for a value.
 */
function unsetValue(analysis, atom) {
    const value = analysis.value(atom);
    if (value.kind === 'oneOf' && value.options.length === 2) {
        const defaults = value.options.filter((option) => option.kind === 'known');
        if (defaults.length === 1 && defaults[0])
            return defaults[0];
    }
    return (0,analysis_value/* known */.eO)(isTest(atom) ? false : undefined);
}
function isTest(node) {
    return (node.type === types_dist.AST_NODE_TYPES.BinaryExpression || node.type === types_dist.AST_NODE_TYPES.LogicalExpression);
}
const OPAQUE = { known: false };
function decided(value) {
    return { known: true, value };
}
/** The value of `node` when the switch `key` holds `atom`. */
function resultUnder(analysis, node, key, atom, depth) {
    const target = (0,ast/* unwrap */.oA)(node);
    if (atomKey(analysis, target) === key)
        return decided(atom);
    const recurse = (next) => resultUnder(analysis, next, key, atom, depth);
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.UnaryExpression: {
            if (target.operator !== '!')
                return constant(analysis, target);
            const inner = truthOf(recurse(target.argument));
            return inner === undefined ? OPAQUE : decided((0,analysis_value/* known */.eO)(!inner));
        }
        case types_dist.AST_NODE_TYPES.ConditionalExpression: {
            const test = truthOf(recurse(target.test));
            if (test === undefined)
                return OPAQUE;
            return recurse(test ? target.consequent : target.alternate);
        }
        case types_dist.AST_NODE_TYPES.LogicalExpression: {
            const left = recurse(target.left);
            const decisive = target.operator === '??' ? presenceOf(left) : truthOf(left);
            if (decisive === undefined)
                return OPAQUE;
            const takeLeft = target.operator === '&&' ? !decisive : decisive;
            return takeLeft ? left : recurse(target.right);
        }
        case types_dist.AST_NODE_TYPES.BinaryExpression: {
            const parts = flagComparison(analysis, target);
            if (!parts)
                return constant(analysis, target);
            const inner = recurse(parts.operand);
            return inner.known && inner.value.kind === 'known'
                ? decided((0,analysis_value/* known */.eO)((0,conditions/* compare */.UD)(target.operator, inner.value.value, parts.literal)))
                : OPAQUE;
        }
        case types_dist.AST_NODE_TYPES.Identifier: {
            const init = inlinable(analysis, target, depth);
            return init ? resultUnder(analysis, init, key, atom, depth + 1) : constant(analysis, target);
        }
        default:
            return constant(analysis, target);
    }
}
/** `x !== false`, `x === true`, `x != null`: a switch compared with a flag value, not a test of its own. */
function flagComparison(analysis, node) {
    if (!(node.operator in conditions/* COMPARISONS */.F) || node.left.type === types_dist.AST_NODE_TYPES.PrivateIdentifier)
        return undefined;
    for (const [operand, other] of [
        [node.left, node.right],
        [node.right, node.left],
    ]) {
        const value = analysis.value(other);
        if (value.kind === 'known' &&
            (typeof value.value === 'boolean' || value.value === null || value.value === undefined) &&
            analysis.value(operand).kind !== 'known') {
            return { operand, literal: value.value };
        }
    }
    return undefined;
}
function constant(analysis, node) {
    const value = analysis.value(node);
    return value.kind === 'known' || value.kind === 'function' || value.kind === 'object'
        ? decided(value)
        : OPAQUE;
}
function truthOf(result) {
    return result.known ? (0,analysis_value/* truthiness */.w8)(result.value) : undefined;
}
/** For `??`: true when the value is there (not null or undefined). */
function presenceOf(result) {
    if (!result.known)
        return undefined;
    const { value } = result;
    return value.kind === 'known' ? value.value !== null && value.value !== undefined : true;
}
/**
 * Leaves of the `!`/`?:`/`||`/`&&`/`??` tree that decide something and are not constants: the
 * candidate switches. A leaf in a result position (`cond ? tls.checkServerIdentity : noop`) is a
 * value chosen, not a switch; `decides` is false there.
 */
function collectAtoms(analysis, node, atoms, depth, decides = true) {
    const target = (0,ast/* unwrap */.oA)(node);
    const into = (next, decision) => {
        collectAtoms(analysis, next, atoms, depth, decision);
    };
    switch (target.type) {
        case types_dist.AST_NODE_TYPES.UnaryExpression:
            if (target.operator === '!')
                return into(target.argument, true);
            break;
        case types_dist.AST_NODE_TYPES.ConditionalExpression:
            into(target.test, true);
            into(target.consequent, false);
            return into(target.alternate, false);
        case types_dist.AST_NODE_TYPES.LogicalExpression:
            into(target.left, true);
            return into(target.right, false);
        case types_dist.AST_NODE_TYPES.BinaryExpression: {
            const parts = flagComparison(analysis, target);
            if (parts)
                return into(parts.operand, true);
            break;
        }
        case types_dist.AST_NODE_TYPES.Identifier: {
            const init = inlinable(analysis, target, depth);
            if (init)
                return collectAtoms(analysis, init, atoms, depth + 1, decides);
            break;
        }
        default:
            break;
    }
    const value = analysis.value(target);
    if (!decides || value.kind === 'known' || value.kind === 'function' || value.kind === 'object')
        return;
    atoms.set(atomKey(analysis, target), target);
}
/** A local constant computed from a switch (`const verify = !opts.insecure`) is read through. */
function inlinable(analysis, identifier, depth) {
    if (depth >= MAX_INLINE_DEPTH)
        return undefined;
    return constInitializer(analysis, identifier);
}
function atomKey(analysis, node) {
    return analysis.text.slice(node.range[0], node.range[1]).replace(/\s+/g, '');
}

;// CONCATENATED MODULE: ./src/rules/javascript/graded-value.ts




/**
 * Grades the value `valueNode` written at `site`. `base` is what the value alone says: `always` (it is
 * weak in every branch), `conditional` (weak in some) or undefined (not weak as far as the value goes,
 * though it may be computed from a switch: `!options.allowUnauthorizedCerts`). `weakens` tells weak
 * primitive values.
 */
function grade(analysis, site, valueNode, base, weakens) {
    if (base === 'always') {
        const guard = (0,analysis_guards/* guardOf */.H)(analysis, site);
        return guard ? conditional(guard) : { kind: 'always' };
    }
    const weakValue = (value) => value.kind === 'known' && weakens(value.value);
    const condition = valueCondition(analysis, valueNode, weakValue) ?? (0,analysis_guards/* guardOf */.H)(analysis, site);
    // Weak whenever the code runs in production (`rejectUnauthorized: NODE_ENV !== 'production'`).
    if (condition?.inProduction)
        return { kind: 'always' };
    if (condition)
        return conditional(condition);
    if (base === undefined)
        return undefined;
    const environment = (0,analysis_value/* isEnvDependent */.ZV)(analysis.value(valueNode));
    return { kind: 'conditional', condition: undefined, environment };
}
function conditional(condition) {
    return { kind: 'conditional', condition, environment: condition.environment };
}
/**
 * For a value a rule already found weak in some run-time branch only: the condition, named when one
 * switch or guard decides ("when `options.legacyTls` is set"), else "under some run-time condition".
 */
function conditionText(analysis, site, valueNode, weakens) {
    const weakValue = (value) => value.kind === 'known' && weakens(value.value);
    const condition = valueCondition(analysis, valueNode, weakValue) ?? (0,analysis_guards/* guardOf */.H)(analysis, site);
    return condition ? (0,core_condition/* describeCondition */.p)(condition) : 'under some run-time condition';
}
/** "when `monitor.ignoreTls` is set", or a vaguer phrase when no single switch decides. */
function conditionPhrase(grade) {
    if (grade.condition)
        return (0,core_condition/* describeCondition */.p)(grade.condition);
    return grade.environment ? 'in some environments' : 'in some configurations';
}
const ENVIRONMENT_ADVICE = 'Conditions like this end up true in production: verify everywhere, and give development and test servers certificates from a CA you trust.';
/** What to do about the condition: for a user's switch, `switchAdvice`; for the environment, verify everywhere. */
function conditionAdvice(grade) {
    return grade.environment ? ENVIRONMENT_ADVICE : switchAdvice(grade);
}
/** What to do about a user's switch: opt-in, off by default, named for what it does — or a CA. */
function switchAdvice(grade) {
    return grade.condition?.when === 'unset'
        ? "Verification is off unless someone turns it on: make verifying the default, and turning it off an explicit opt-in named for what it does (`allowInsecureTls`) — better, accept the server's CA (`ca`) instead."
        : "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.";
}

// EXTERNAL MODULE: ./src/rules/javascript/libcurl-options.ts
var libcurl_options = __webpack_require__(74165);
;// CONCATENATED MODULE: ./src/rules/javascript/switch-on.ts

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

;// CONCATENATED MODULE: ./src/rules/javascript/removal-edits.ts

/**
 * The edits that remove one property from its object literal with its comma, and the whole line when
 * the property has a line to itself (with a comment after it on that line): the code stays valid and
 * laid out as it was. Undefined for anything but a property of an object literal.
 */
function removePropertyEdits(text, property) {
    const object = property.parent;
    if (object.type !== types_dist.AST_NODE_TYPES.ObjectExpression)
        return undefined;
    const siblings = object.properties;
    const index = siblings.findIndex((sibling) => sibling === property);
    if (siblings.length === 1)
        return [{ range: [object.range[0] + 1, object.range[1] - 1], text: '' }];
    const next = siblings[index + 1];
    const end = next ? next.range[0] : object.range[1] - 1;
    const comma = commaBetween(text, property.range[1], end);
    if (comma !== undefined)
        return [removal(text, property.range[0], comma + 1)];
    // The last property, without a trailing comma: the comma before it goes.
    const previous = siblings[index - 1];
    const before = previous && commaBetween(text, previous.range[1], property.range[0]);
    if (before === undefined)
        return undefined;
    const line = ownLine(text, property.range[0], property.range[1]);
    return line
        ? [{ range: [before, before + 1], text: '' }, line]
        : [{ range: [before, property.range[1]], text: '' }];
}
/**
 * The edit that removes an expression statement from a statement list (a block, the program, a
 * `case`), with its line when it has one to itself; undefined where removing it would leave invalid
 * code (`if (x) a.b = c;`).
 */
function removeStatementEdit(text, statement) {
    if (!STATEMENT_LISTS.has(statement.parent.type))
        return undefined;
    return removal(text, statement.range[0], statement.range[1]);
}
const STATEMENT_LISTS = new Set([
    types_dist.AST_NODE_TYPES.Program,
    types_dist.AST_NODE_TYPES.BlockStatement,
    types_dist.AST_NODE_TYPES.StaticBlock,
    types_dist.AST_NODE_TYPES.SwitchCase,
]);
/**
 * The offset of the comma between two pieces of code, skipping comments; undefined when there is
 * none. Only layout, comments and commas can lie between two properties of an object literal.
 */
function commaBetween(text, from, to) {
    for (let at = from; at < to; at++) {
        const char = text[at];
        if (char === ',')
            return at;
        if (char === '/' && text[at + 1] === '*') {
            const end = text.indexOf('*/', at + 2);
            at = end < 0 ? to : end + 1;
        }
        else if (char === '/' && text[at + 1] === '/') {
            const end = text.indexOf('\n', at + 2);
            at = end < 0 ? to : end;
        }
    }
    return undefined;
}
/** [start, end) with its line (`ownLine`), else with the spaces after it. */
function removal(text, start, end) {
    const line = ownLine(text, start, end);
    if (line)
        return line;
    SPACES.lastIndex = end;
    return { range: [start, end + (SPACES.exec(text)?.[0].length ?? 0)], text: '' };
}
const SPACES = /[ \t]*/y;
/** Spaces, perhaps a line comment, and the line break (or the end of the file). */
const REST_OF_LINE = /[ \t]*(?:\/\/[^\n]*)?(?:\r?\n|$)/y;
/**
 * The whole line(s) of [start, end), line break included, when the code starts its line and nothing
 * but spaces and a line comment follows it there.
 */
function ownLine(text, start, end) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, start)))
        return undefined;
    REST_OF_LINE.lastIndex = end;
    const rest = REST_OF_LINE.exec(text);
    return rest ? { range: [lineStart, end + rest[0].length], text: '' } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/no-disabled-cert-verification/javascript.ts




















const POSTGRES_JS_SSL = new Set(['require', 'prefer', 'allow']);
function rejectUnauthorized(context, node, valueNode, destinationsOf) {
    const verdict = falseVerdict(context.analysis, node, valueNode);
    if (!verdict)
        return;
    // A server reads rejectUnauthorized only together with requestCert (no-unenforced-client-certs);
    // tls.createSecureContext ignores it. Options that reach nothing else are not a client bypass.
    const destinations = destinationsOf();
    const relevant = destinations.filter((d) => d.kind !== 'server' && !hasNoEffect(d));
    if (relevant.length === 0)
        return;
    // Libraries without the option (axios) or that removed it (got ≥ 12) get their own, truer message.
    const libraries = relevant.flatMap((d) => (d.kind === 'library' ? [d] : []));
    if (libraries.length === relevant.length && libraries.every((d) => d.effect !== 'client')) {
        if (verdict.kind !== 'disabled')
            return;
        const ignored = libraries.find((d) => d.effect === 'ignored');
        const suggest = removeFalse(context, node, valueNode);
        if (ignored && libraries.every((d) => d.effect === 'ignored')) {
            const data = { library: ignored.library };
            context.report({ node, messageId: 'ineffective', data, suggest });
        }
        else {
            context.report({ node, messageId: 'gotTopLevel', suggest });
        }
        return;
    }
    reportFalse(context, node, valueNode, verdict, relevant);
}
/** `false`, a legacy falsy value, or a value a switch or the environment decides (graded-value.ts). */
function falseVerdict(analysis, site, valueNode) {
    const judged = judgeFalseDisables(analysis.value(valueNode));
    if (judged?.kind === 'legacy')
        return judged;
    const base = judged?.kind === 'disabled'
        ? 'always'
        : judged?.kind === 'conditional'
            ? 'conditional'
            : undefined;
    const graded = grade(analysis, site, valueNode, base, (value) => value === false);
    return graded?.kind === 'always' ? { kind: 'disabled' } : graded;
}
function reportFalse(context, node, valueNode, verdict, destinations) {
    const target = optionTarget(context.analysis, destinations, undefined);
    const text = target.kind === 'connections' ? target.text : target.kind === 'global' ? target.what : '';
    if (verdict.kind === 'legacy') {
        context.report({ node, messageId: 'legacyFalsy', data: { value: verdict.value } });
    }
    else if (verdict.kind === 'conditional') {
        reportConditional(context, node, verdict, {
            option: 'rejectUnauthorized',
            expression: sourceExcerpt(context, valueNode),
            target: text,
        });
    }
    else if (target.kind === 'global') {
        const data = { target: target.what };
        context.report({
            node,
            messageId: 'globalAgent',
            data,
            suggest: removeFalse(context, node, valueNode),
        });
    }
    else if (destinations.some((d) => d.kind === 'client' && d.api === 'tls.TLSSocket')) {
        // No suggestion: a bare TLSSocket verifies nothing whatever the option says.
        context.report({ node, messageId: 'tlsSocketDisabled' });
    }
    else {
        const data = { target: text };
        context.report({
            node,
            messageId: 'disabled',
            data,
            suggest: removeFalse(context, node, valueNode),
        });
    }
}
/**
 * Removing a literal `rejectUnauthorized: false`, or the statement that assigns it, turns
 * verification back on (Node's default) and changes nothing else: a safe suggestion. Anything but the
 * literal (a variable, a switch) is left to the author.
 */
function removeFalse(context, node, valueNode) {
    const value = (0,ast/* unwrap */.oA)(valueNode);
    if (value.type !== types_dist.AST_NODE_TYPES.Literal || value.value !== false)
        return undefined;
    const { text } = context.analysis;
    if (node.type === types_dist.AST_NODE_TYPES.Property) {
        const edits = removePropertyEdits(text, node);
        return edits && [{ id: 'removeOption', edits }];
    }
    const statement = node.parent;
    if (node.type !== types_dist.AST_NODE_TYPES.AssignmentExpression ||
        statement?.type !== types_dist.AST_NODE_TYPES.ExpressionStatement)
        return undefined;
    const edit = removeStatementEdit(text, statement);
    return edit && [{ id: 'removeAssignment', edits: [edit] }];
}
/** A user's switch (`userSwitch`, naming it) or an environment condition (`conditional`). */
function reportConditional(context, node, graded, data) {
    const condition = conditionPhrase(graded);
    if (graded.environment) {
        context.report({ node, messageId: 'conditional', data: { ...data, condition } });
    }
    else {
        const advice = switchAdvice(graded);
        context.report({ node, messageId: 'userSwitch', data: { ...data, condition, advice } });
    }
}
/** `strictSSL: false`, `tlsAllowInvalidCertificates: true`, `trustServerCertificate: true`, … */
function librarySwitch(context, node, key, valueNode) {
    const entry = certSwitch(key);
    if (!entry)
        return;
    const { analysis } = context;
    const verdict = judgeSwitchOn(analysis.value(valueNode), entry.semantics);
    const base = verdict === 'on' ? 'always' : verdict;
    const graded = grade(analysis, node, valueNode, base, entry.semantics.isOn);
    if (graded?.kind === 'always') {
        context.report({
            node,
            messageId: 'libraryOption',
            data: { option: key, library: entry.library, fix: entry.fix },
        });
    }
    else if (graded) {
        reportConditional(context, node, graded, {
            option: key,
            expression: sourceExcerpt(context, valueNode),
            target: `the connections made by ${entry.library}`,
        });
    }
}
/** `curl.setOpt('SSL_VERIFYPEER', 0)` and curly's `sslVerifyPeer: false` (node-libcurl). */
function curlPeerCheck(context, node, option, written) {
    const { analysis } = context;
    const verdict = judgeSwitchOn(analysis.value(option.valueNode), {
        isOn: libcurl_options/* curlCheckOff */.iT,
        envTypes: [],
    });
    const base = verdict === 'on' ? 'always' : verdict;
    const graded = grade(analysis, node, option.valueNode, base, libcurl_options/* curlCheckOff */.iT);
    if (graded?.kind === 'always') {
        context.report({ node, messageId: 'curlVerifyPeer', data: { option: written } });
    }
    else if (graded) {
        reportConditional(context, node, graded, {
            option: option.name,
            expression: sourceExcerpt(context, option.valueNode),
            target: 'the requests of this libcurl handle',
        });
    }
}
/** http-proxy family `secure: false` (rules.md L20): only in proxy options, never the generic word. */
function proxySecure(context, node, object) {
    const { analysis } = context;
    const judged = judgeFalseDisables(analysis.value(node.value));
    const base = judged?.kind === 'disabled'
        ? 'always'
        : judged?.kind === 'conditional'
            ? 'conditional'
            : undefined;
    if (base === undefined && analysis.value(node.value).kind === 'known')
        return;
    const kind = proxyOptions(analysis, object);
    const graded = kind && grade(analysis, node, node.value, base, (value) => value === false);
    if (!graded)
        return;
    if (graded.kind === 'always') {
        context.report({ node, messageId: kind === 'runtime' ? 'proxySecure' : 'devProxySecure' });
    }
    else {
        reportConditional(context, node, graded, {
            option: 'secure',
            expression: sourceExcerpt(context, node.value),
            target: "this proxy's HTTPS target",
        });
    }
}
/** postgres.js `ssl: 'require' | 'prefer' | 'allow'` encrypts without verifying (rules.md L10). */
function postgresJsMode(context, node, object) {
    const value = context.analysis.value(node.value);
    if (value.kind !== 'known' ||
        typeof value.value !== 'string' ||
        !POSTGRES_JS_SSL.has(value.value))
        return;
    if (reachesPostgresJs(context.analysis, object)) {
        context.report({ node, messageId: 'postgresJsSsl', data: { mode: value.value } });
    }
}
function reachesPostgresJs(analysis, node) {
    return analysis
        .uses(node)
        .some((use) => use.kind === 'argument' &&
        use.path.length === 0 &&
        (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(use.call.callee), 'postgres'));
}
function connectionString(context, node, text) {
    if (!text.includes('='))
        return;
    const problem = insecureConnectionString(text, reachesPostgresJs(context.analysis, node));
    if (problem)
        context.report({ node, messageId: 'connectionString', data: { ...problem } });
}
/** superagent's `.disableTLSCerts()` / `.trustLocalhost()` and Electron's certificate hooks. */
function methodCalls(context, node) {
    const { analysis } = context;
    const callee = (0,ast/* unwrap */.oA)(node.callee);
    const method = callee.type === types_dist.AST_NODE_TYPES.MemberExpression ? (0,ast/* literalName */.xz)(callee.property) : undefined;
    if (method === 'disableTLSCerts' && node.arguments.length === 0) {
        context.report({
            node: callee.type === types_dist.AST_NODE_TYPES.MemberExpression ? callee.property : node,
            messageId: 'superagentDisable',
        });
    }
    else if (method === 'trustLocalhost' && trustsLocalhost(analysis, node)) {
        context.report({ node, messageId: 'superagentLocalhost' });
    }
    const trustAll = certificateErrorTrustAll(analysis, node);
    const guard = trustAll?.kind === 'conditional' ? (0,analysis_guards/* guardOf */.H)(analysis, trustAll.call) : undefined;
    if (trustAll?.kind === 'always' || (trustAll && (0,analysis_guards/* guardedForProduction */.l)(analysis, trustAll.call))) {
        context.report({ node: trustAll.call, messageId: 'electronTrustAll' });
    }
    else if (trustAll) {
        const condition = guard ? (0,core_condition/* describeCondition */.p)(guard) : 'whenever its condition holds';
        context.report({
            node: trustAll.call,
            messageId: 'electronTrustAllConditional',
            data: { condition },
        });
    }
    if (verifyProcAcceptsAll(analysis, node))
        context.report({ node, messageId: 'electronVerifyProc' });
    const chromiumSwitch = insecureChromiumSwitch(analysis, node);
    if (chromiumSwitch === 'all')
        context.report({ node, messageId: 'electronSwitch' });
    if (chromiumSwitch === 'spki')
        context.report({ node, messageId: 'electronSpkiSwitch' });
    if (chromiumSwitch === 'localhost')
        context.report({ node, messageId: 'electronLocalhostSwitch' });
}
function trustsLocalhost(analysis, call) {
    const [toggle] = call.arguments;
    if (!toggle)
        return true;
    const value = analysis.value(toggle);
    return value.kind === 'known' && value.value === true;
}
const javascript_javascript = javascriptChecker({
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, node);
                if (key === 'rejectUnauthorized') {
                    rejectUnauthorized(context, node, node.value, () => bagDestinations(analysis, node.parent));
                }
                else if (key === 'secure') {
                    proxySecure(context, node, node.parent);
                }
                else if (key === 'ssl') {
                    postgresJsMode(context, node, node.parent);
                }
                else if (key !== undefined) {
                    librarySwitch(context, node, key, node.value);
                    const curly = (0,libcurl_options/* curlyOption */.f6)(key, node.value);
                    if (curly?.check === 'peer')
                        curlPeerCheck(context, node, curly, `${key}: ${sourceExcerpt(context, node.value)}`);
                }
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, left);
                if (key === 'rejectUnauthorized') {
                    rejectUnauthorized(context, node, node.right, () => holderDestinations(analysis, left.object));
                }
                else if (key !== undefined) {
                    librarySwitch(context, node, key, node.right);
                }
            },
            CallExpression(node) {
                methodCalls(context, node);
                const option = (0,libcurl_options/* curlSetOpt */.cy)(analysis, node);
                if (option?.check === 'peer')
                    curlPeerCheck(context, node, option, sourceExcerpt(context, node));
            },
            NewExpression(node) {
                if (isBareClientSocket(analysis, node))
                    context.report({ node, messageId: 'bareSocket' });
            },
            Literal(node) {
                if (typeof node.value === 'string')
                    connectionString(context, node, node.value);
            },
            TemplateLiteral(node) {
                connectionString(context, node, node.quasis.map((quasi) => quasi.value.cooked).join('\u0000'));
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/javascript/some-in-body.ts


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

;// CONCATENATED MODULE: ./src/rules/javascript/identity-check.ts






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
    if (NOOPS.some(([module, ...path]) => (0,analysis_modules/* refIs */.g6)(ref, module, ...path)))
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
    if (fn.body.type !== types_dist.AST_NODE_TYPES.BlockStatement) {
        return (0,analysis_value/* truthiness */.w8)(analysis.value(fn.body)) === false;
    }
    return (0,walk/* returnStatements */.$)(fn.body).every((statement) => !statement.argument || (0,analysis_value/* truthiness */.w8)(analysis.value(statement.argument)) === false);
}
function mayThrow(analysis, node) {
    if (node.type === types_dist.AST_NODE_TYPES.ThrowStatement)
        return true;
    if (node.type !== types_dist.AST_NODE_TYPES.CallExpression)
        return false;
    const module = analysis.moduleRef(node.callee)?.module;
    return module === 'assert' || module === 'assert/strict';
}
function callsDefaultCheck(analysis, node) {
    return (node.type === types_dist.AST_NODE_TYPES.CallExpression &&
        (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(node.callee), 'tls', 'checkServerIdentity'));
}

;// CONCATENATED MODULE: ./src/rules/javascript/reaches-key.ts


/**
 * True when the value `node` ends up under the option `key` of some object: written as `{ key: node }`,
 * assigned as `x.key = node`, or passed there through variables, spreads and helpers.
 */
function reachesKey(analysis, node, key) {
    const parent = node.parent;
    if (parent?.type === types_dist.AST_NODE_TYPES.Property &&
        parent.value === node &&
        parent.parent.type === types_dist.AST_NODE_TYPES.ObjectExpression &&
        (0,object_shapes/* propertyName */.Bz)(analysis, parent) === key) {
        return true;
    }
    return analysis.uses(node).some((use) => {
        const last = use.path.at(-1);
        if (last !== undefined)
            return last === key;
        return (use.kind === 'assigned' &&
            use.target.type === types_dist.AST_NODE_TYPES.MemberExpression &&
            (0,object_shapes/* propertyName */.Bz)(analysis, use.target) === key);
    });
}

;// CONCATENATED MODULE: ./src/rules/no-hostname-verification-bypass/javascript.ts

















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
    const target = (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(left), 'tls', 'checkServerIdentity')
        ? PROCESS
        : optionTarget(analysis, holderDestinations(analysis, left.object), undefined);
    reportIdentity(context, assignment, assignment.right, verdict, target);
}
/** `Object.assign(tls, { checkServerIdentity })` replaces the module's default like an assignment. */
function patchesTlsModule(context, bag) {
    const call = bag.parent;
    if (call?.type !== types_dist.AST_NODE_TYPES.CallExpression || !context.analysis.isObjectAssign(call))
        return false;
    const [target, ...sources] = call.arguments;
    return (target !== undefined &&
        sources.includes(bag) &&
        (0,analysis_modules/* refIs */.g6)(context.analysis.moduleRef(target), 'tls'));
}
function reportIdentity(context, node, valueNode, verdict, target) {
    if (target.kind === 'inert')
        return; // servers and createSecureContext never check a host name
    const text = target.kind === 'process' ? PROCESS_TEXT : target.kind === 'global' ? target.what : target.text;
    if (verdict === 'conditional') {
        const { analysis } = context;
        const acceptsAny = (value) => value.kind === 'function' && judgeIdentityFunction(analysis, value.node) !== undefined;
        const condition = valueCondition(analysis, valueNode, acceptsAny) ?? (0,analysis_guards/* guardOf */.H)(analysis, node);
        const data = {
            expression: sourceExcerpt(context, valueNode),
            target: text,
            condition: condition ? (0,core_condition/* describeCondition */.p)(condition) : 'in some run-time branch',
        };
        context.report({ node, messageId: 'conditional', data });
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
    const { analysis } = context;
    const curly = (0,libcurl_options/* curlyOption */.f6)(key, valueNode);
    if (key.toLowerCase() === MONGO_OPTION) {
        const verdict = judgeSwitchOn(analysis.value(valueNode), MONGO_SWITCH);
        const option = `\`${key}: ${sourceExcerpt(context, valueNode)}\``;
        gradedSwitch(context, node, key, valueNode, verdict, MONGO_SWITCH.isOn, () => {
            context.report({ node, messageId: 'mongoInvalidHostnames', data: { option } });
        });
    }
    else if (key === 'unsafelyDisableHostnameVerification') {
        const verdict = judgeSwitchOn(analysis.value(valueNode), BOOLEAN_SWITCH);
        gradedSwitch(context, node, key, valueNode, verdict, BOOLEAN_SWITCH.isOn, () => {
            context.report({ node, messageId: 'denoNoHostnameVerification' });
        });
    }
    else if (key === 'verifyIdentity' && isSslOptions(context, holder)) {
        mysqlVerifyIdentity(context, node, valueNode);
    }
    else if (curly?.check === 'host') {
        curlHostCheck(context, node, curly, `${key}: ${sourceExcerpt(context, valueNode)}`);
    }
}
/** `curl.setOpt('SSL_VERIFYHOST', 0)` and curly's `sslVerifyHost: 0`. */
function curlHostCheck(context, node, option, written) {
    const value = context.analysis.value(option.valueNode);
    const verdict = judgeSwitchOn(value, { isOn: libcurl_options/* curlCheckOff */.iT, envTypes: [] });
    gradedSwitch(context, node, option.name, option.valueNode, verdict, libcurl_options/* curlCheckOff */.iT, () => {
        context.report({ node, messageId: 'curlVerifyHost', data: { option: written } });
    });
}
/** Reports a switch that is on in every run (`always`), or under a condition it names (a note). */
function gradedSwitch(context, node, option, valueNode, verdict, weakens, always) {
    const base = verdict === 'on' ? 'always' : verdict;
    const graded = grade(context.analysis, node, valueNode, base, weakens);
    if (graded?.kind === 'always')
        always();
    else if (graded)
        reportConditionalSwitch(context, node, option, valueNode, conditionPhrase(graded));
}
/** Only an explicit `false`: leaving the key out is mysql2's (insecure) default, not a decision here. */
function mysqlVerifyIdentity(context, node, valueNode) {
    const verdict = judgeFalseDisables(context.analysis.value(valueNode));
    const base = verdict?.kind === 'disabled'
        ? 'on'
        : verdict?.kind === 'conditional'
            ? 'conditional'
            : undefined;
    gradedSwitch(context, node, 'verifyIdentity', valueNode, base, (v) => v === false, () => {
        context.report({ node, messageId: 'mysqlNoVerifyIdentity' });
    });
}
function reportConditionalSwitch(context, node, option, valueNode, condition) {
    const expression = sourceExcerpt(context, valueNode);
    context.report({ node, messageId: 'conditionalSwitch', data: { option, expression, condition } });
}
/** The object is a driver's `ssl` bag: `{ ssl: { … } }`, `config.ssl`, or a variable that ends up there. */
function isSslOptions(context, holder) {
    const { analysis } = context;
    const node = (0,ast/* unwrap */.oA)(holder);
    if (node.type === types_dist.AST_NODE_TYPES.MemberExpression)
        return (0,object_shapes/* propertyName */.Bz)(analysis, node) === 'ssl';
    if (node.type === types_dist.AST_NODE_TYPES.Identifier) {
        const def = analysis.bindings.variableOf(node)?.defs[0];
        const init = def?.node.type === types_dist.AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
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
const no_hostname_verification_bypass_javascript_javascript = javascriptChecker({
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, node);
                if (key === 'checkServerIdentity')
                    identityProperty(context, node, node.parent);
                else if (key !== undefined)
                    switchOption(context, node, key, node.value, node.parent);
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator !== '=')
                    return;
                const key = (0,object_shapes/* propertyName */.Bz)(analysis, left);
                if (key === 'checkServerIdentity')
                    identityAssignment(context, node, left);
                else if (key !== undefined)
                    switchOption(context, node, key, node.right, left.object);
            },
            CallExpression(node) {
                const option = (0,libcurl_options/* curlSetOpt */.cy)(analysis, node);
                if (option?.check === 'host')
                    curlHostCheck(context, node, option, sourceExcerpt(context, node));
            },
            Literal(node) {
                if (typeof node.value === 'string' && node.parent.type !== types_dist.AST_NODE_TYPES.TSLiteralType)
                    mongoUri(context, node, node.value);
            },
            TemplateLiteral(node) {
                mongoUri(context, node, node.quasis.map((quasi) => quasi.value.cooked ?? '').join(HOLE));
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/javascript/browser-args.ts




const browser_args_MAX_DEPTH = 4;
/** Selenium's `chrome.Options#addArguments`, and the like; Electron's `appendSwitch` is not here on purpose. */
const ARGUMENT_METHODS = new Set(['addArguments', 'addArgument']);
const ARRAY_APPENDERS = new Set(['push', 'unshift']);
/**
 * True when `array` holds browser command-line arguments: the `args` of a launch option or capability
 * bag (`puppeteer.launch({ args })`, `'goog:chromeOptions': { args }`), or what is passed to
 * `addArguments(...)` — directly, through variables, spreads and `concat`.
 */
function isBrowserArgsArray(analysis, array, depth = 0) {
    if (depth > browser_args_MAX_DEPTH)
        return false;
    if (reachesKey(analysis, array, 'args'))
        return true;
    return analysis.uses(array).some((use) => {
        if (use.kind === 'argument' && use.path.length === 0) {
            if (isConcat(use.call))
                return isBrowserArgsArray(analysis, use.call, depth + 1);
            return isArgumentsCall(analysis, use.call, depth);
        }
        if (use.kind !== 'escape' || use.node.type !== types_dist.AST_NODE_TYPES.SpreadElement)
            return false;
        const holder = use.node.parent;
        if (holder.type === types_dist.AST_NODE_TYPES.ArrayExpression)
            return isBrowserArgsArray(analysis, holder, depth + 1);
        return (holder.type === types_dist.AST_NODE_TYPES.CallExpression && isArgumentsCall(analysis, holder, depth));
    });
}
/** `options.addArguments(...)`, or `push`/`unshift` onto an arguments array (`launchOptions.args.push(...)`). */
function isArgumentsCall(analysis, call, depth = 0) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (call.type !== types_dist.AST_NODE_TYPES.CallExpression ||
        callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
        return false;
    const method = (0,ast/* literalName */.xz)(callee.property);
    if (method !== undefined && ARGUMENT_METHODS.has(method))
        return true;
    if (method === undefined || !ARRAY_APPENDERS.has(method))
        return false;
    const target = (0,ast/* unwrap */.oA)(callee.object);
    if (target.type === types_dist.AST_NODE_TYPES.MemberExpression)
        return (0,object_shapes/* propertyName */.Bz)(analysis, target) === 'args';
    const init = target.type === types_dist.AST_NODE_TYPES.Identifier ? arrayInitializer(analysis, target) : null;
    return init !== null && isBrowserArgsArray(analysis, init, depth + 1);
}
function isConcat(call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    return (callee.type === types_dist.AST_NODE_TYPES.MemberExpression && (0,ast/* literalName */.xz)(callee.property) === 'concat');
}
function arrayInitializer(analysis, identifier) {
    const def = analysis.bindings.variableOf(identifier)?.defs[0];
    const init = def?.node.type === types_dist.AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
    return init?.type === types_dist.AST_NODE_TYPES.ArrayExpression ? init : null;
}

// EXTERNAL MODULE: ./src/rules/no-insecure-browser-automation/index.ts
var no_insecure_browser_automation = __webpack_require__(73779);
;// CONCATENATED MODULE: ./src/rules/no-insecure-browser-automation/javascript.ts









const PUPPETEER_MODULES = new Set(['puppeteer', 'puppeteer-core', 'puppeteer-extra']);
/** Chromium reads `--switch` and `-switch`; any `=value` still turns it on. */
const IGNORE_CERT_ERRORS = /^--?ignore-certificate-errors(?:=.*)?$/;
/** Array elements that cannot be a switch string: not worth evaluating. */
const NOT_A_STRING = new Set([
    types_dist.AST_NODE_TYPES.SpreadElement,
    types_dist.AST_NODE_TYPES.ObjectExpression,
    types_dist.AST_NODE_TYPES.ArrayExpression,
    types_dist.AST_NODE_TYPES.ArrowFunctionExpression,
    types_dist.AST_NODE_TYPES.FunctionExpression,
]);
/** `acceptInsecureCerts`, `ignoreHTTPSErrors`, or Selenium's `[Capability.ACCEPT_INSECURE_TLS_CERTS]`. */
function optionKey(analysis, key, computed) {
    const name = computed ? capabilityName(analysis, key) : (0,ast/* literalName */.xz)(key);
    return name === 'acceptInsecureCerts' || name === 'ignoreHTTPSErrors' ? name : undefined;
}
/** A computed key or `caps.set(key, …)` argument: a string, or the Selenium capability constant. */
function capabilityName(analysis, key) {
    const target = (0,ast/* unwrap */.oA)(key);
    if (target.type === types_dist.AST_NODE_TYPES.MemberExpression &&
        (0,object_shapes/* propertyName */.Bz)(analysis, target) === no_insecure_browser_automation/* CAPABILITY_CONSTANT */.Y) {
        return 'acceptInsecureCerts';
    }
    const value = analysis.value(key);
    return value.kind === 'known' && typeof value.value === 'string' ? value.value : undefined;
}
function judgeOption(context, node, option, valueNode, where) {
    const verdict = judgeSwitchOn(context.analysis.value(valueNode), BOOLEAN_SWITCH);
    if (verdict === 'conditional') {
        const expression = sourceExcerpt(context, valueNode);
        const condition = conditionText(context.analysis, node, valueNode, (value) => value === true);
        context.report({ node, messageId: 'conditional', data: { option, expression, condition } });
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
    const isNew = use.call.type === types_dist.AST_NODE_TYPES.NewExpression;
    return ` in the options of \`${isNew ? 'new ' : ''}${sourceExcerpt(context, use.call.callee)}()\``;
}
function reachesPuppeteer(analysis, bag) {
    if (bag?.type !== types_dist.AST_NODE_TYPES.ObjectExpression)
        return false;
    return analysis.uses(bag).some((use) => {
        const module = use.kind === 'argument' ? analysis.moduleRef(use.call.callee)?.module : undefined;
        return module !== undefined && PUPPETEER_MODULES.has(module);
    });
}
/** Selenium: `options.setAcceptInsecureCerts(true)`, `caps.set(Capability.ACCEPT_INSECURE_TLS_CERTS, true)`. */
function capabilitySetter(context, call) {
    const callee = (0,ast/* unwrap */.oA)(call.callee);
    if (callee.type !== types_dist.AST_NODE_TYPES.MemberExpression)
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
const no_insecure_browser_automation_javascript_javascript = javascriptChecker({
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                const option = optionKey(analysis, node.key, node.computed);
                if (option)
                    judgeOption(context, node, option, node.value, optionWhere(context, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator !== '=')
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
});

;// CONCATENATED MODULE: ./src/rules/javascript/bag-shapes.ts


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

// EXTERNAL MODULE: ./src/rules/knowledge/cipher-list.ts
var cipher_list = __webpack_require__(1010);
;// CONCATENATED MODULE: ./src/rules/knowledge/judge-alternatives.ts
/** Undefined when no alternative has a verdict; otherwise the worst one (by `rank`) and whether all do. */
function judgeAlternatives(verdicts, rank) {
    const found = verdicts.filter((verdict) => verdict !== undefined);
    const worst = found.reduce((best, verdict) => (best === undefined || rank(verdict) > rank(best) ? verdict : best), undefined);
    return worst === undefined
        ? undefined
        : { verdict: worst, always: found.length === verdicts.length };
}

;// CONCATENATED MODULE: ./src/rules/javascript/env-destinations.ts



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
    const api = CHILD_APIS.find(([module, ...path]) => (0,analysis_modules/* refIs */.g6)(ref, module, ...path));
    if (api)
        return api.join('.');
    // An undeclared `spawn(...)` in a snippet is child_process's.
    const name = ref?.module === analysis_modules/* GLOBAL_MODULE */.Zx && ref.path.length === 1 ? ref.path[0] : undefined;
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

;// CONCATENATED MODULE: ./src/rules/javascript/string-pieces.ts





const MAX_ALTERNATIVES = 16;
const string_pieces_MAX_DEPTH = 8;
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
    if (depth > string_pieces_MAX_DEPTH)
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

;// CONCATENATED MODULE: ./src/rules/javascript/node-flag-sites.ts







const node_flag_sites_MAX_ALTERNATIVES = 16;
const node_flag_sites_MAX_DEPTH = 6;
/** Stands for text static analysis cannot see inside a word. */
const node_flag_sites_UNSEEN = '\u0000';
const WORD_SEPARATORS = /[\s'"`;&|]+/;
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
    let sites = sitesByNode.get(node);
    if (!sites) {
        sites = findFlagSites(analysis, node);
        sitesByNode.set(node, sites);
    }
    return sites;
}
/** Three rules look for their flags at the same nodes: the sites are found once per node. */
const sitesByNode = new WeakMap();
/**
 * Visitors handing the flag sites at every node where flags can be written to `onSites` (only when
 * there are any). Rules that also handle options spread these and call them from their own handlers.
 */
function flagSiteVisitors(analysis, onSites) {
    const visit = (node) => {
        const sites = flagSitesAt(analysis, node);
        if (sites.length > 0)
            onSites(sites);
    };
    return {
        Property: visit,
        AssignmentExpression: visit,
        CallExpression: visit,
        TaggedTemplateExpression: visit,
    };
}
function findFlagSites(analysis, node) {
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
        return (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(write.holder), 'process')
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
        if ((0,analysis_modules/* refIs */.g6)(ref, 'cluster', 'setupPrimary') || (0,analysis_modules/* refIs */.g6)(ref, 'cluster', 'setupMaster')) {
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
    if (!(0,analysis_modules/* refIs */.g6)(analysis.moduleRef(callee.object), 'process', 'execArgv'))
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
    if ((0,analysis_modules/* refIs */.g6)(ref, 'process', 'execPath') ||
        (0,analysis_modules/* refIs */.g6)(ref, 'process', 'argv0') ||
        (0,analysis_modules/* refIs */.g6)(ref, 'process', 'argv', '0')) {
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
    const known = (0,analysis_modules/* refIs */.g6)(ref, 'execa', '$') || (0,analysis_modules/* refIs */.g6)(ref, 'execa', 'execa') || (0,analysis_modules/* refIs */.g6)(ref, 'zx', '$');
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
    return text
        .split(WORD_SEPARATORS)
        .map(withoutGrouping)
        .filter((word) => word !== '' && isKnownWord(word));
}
/**
 * Parentheses group commands only at a word's edges — `(node app.js)`, `$(node --tls-keylog=k.log)` —
 * where they are unbalanced; inside a word they are part of it (`--tls-keylog=/var/log/keys(1).log`).
 */
function withoutGrouping(word) {
    let text = word.replace(/^\$?\(+/, '');
    let depth = 0;
    for (const char of text)
        depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    while (depth < 0 && text.endsWith(')')) {
        text = text.slice(0, -1);
        depth++;
    }
    return text;
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

;// CONCATENATED MODULE: ./src/rules/javascript/ssl-op-flags.ts




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

;// CONCATENATED MODULE: ./src/rules/javascript/tls-module-write.ts


/**
 * True when the write sets a property of the `tls` module itself — `tls.X = …`, `require('tls').X = …`
 * through any alias, or `Object.assign(tls, { X: … })` — the process-wide defaults such as
 * `DEFAULT_MIN_VERSION` and `DEFAULT_CIPHERS`.
 */
function writesToTlsModule(analysis, write) {
    if (!write.inLiteral)
        return (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(write.holder), 'tls');
    const call = write.holder.parent;
    if (call?.type !== types_dist.AST_NODE_TYPES.CallExpression || !analysis.isObjectAssign(call))
        return false;
    const [first, ...sources] = call.arguments;
    return (first !== undefined &&
        sources.includes(write.holder) &&
        (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(first), 'tls'));
}

;// CONCATENATED MODULE: ./src/rules/no-insecure-tls-version/javascript.ts
















const RISK_ORDER = [
    'globalMaxTls12',
    'weakMinVersion',
    'weakMaxVersion',
    'cliMinVersion',
    'weakMethod',
    'sslMethod',
    'globalVersion',
];
function no_insecure_tls_version_javascript_option(context, node) {
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
    if (!judged.always) {
        const weak = (value) => bagVerdict(write.key, value, target) !== undefined;
        return javascript_conditional(context, write, `\`${write.key}\``, judged.verdict, weak);
    }
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
    const suggest = verdict.messageId.endsWith('Method') ? useMinVersion(context, write) : undefined;
    context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data, suggest });
}
/**
 * `secureProtocol: 'TLSv1_method'` → `minVersion: 'TLSv1.2'`: Node then negotiates TLS 1.2 or 1.3.
 * Offered only for a literal in an object literal that sets no other version bound (and spreads no
 * options that might), where the replacement cannot conflict with anything.
 */
function useMinVersion(context, write) {
    const value = (0,ast/* unwrap */.oA)(write.valueNode);
    const holder = write.holder;
    if (!write.inLiteral || value.type !== types_dist.AST_NODE_TYPES.Literal)
        return undefined;
    if (holder.type !== types_dist.AST_NODE_TYPES.ObjectExpression)
        return undefined;
    const conflicts = holder.properties.some((property) => property.type === types_dist.AST_NODE_TYPES.SpreadElement ||
        VERSION_BOUNDS.has((0,object_shapes/* propertyName */.Bz)(context.analysis, property) ?? ''));
    if (conflicts)
        return undefined;
    const quote = value.raw.startsWith('"') ? '"' : "'";
    const text = `minVersion: ${quote}TLSv1.2${quote}`;
    return [{ id: 'useMinVersion', edits: [{ range: write.site.range, text }] }];
}
const VERSION_BOUNDS = new Set(['minVersion', 'maxVersion']);
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
        const weak = (value) => defaultVerdict(write.key, value) !== undefined;
        javascript_conditional(context, write, `\`tls.${write.key}\``, verdict, weak);
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
                    condition: conditionText(context.analysis, site.node, site.node, () => false),
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
function javascript_conditional(context, write, option, verdict, weak) {
    if (verdict.messageId === 'globalMaxTls12')
        return;
    const weakens = (value) => typeof value === 'string' && weak(value);
    context.report({
        node: write.site,
        messageId: 'conditional',
        data: {
            option,
            expression: sourceExcerpt(context, write.valueNode),
            protocol: verdict.protocol,
            condition: conditionText(context.analysis, write.site, write.valueNode, weakens),
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
        stringAlternatives(analysis, entry.valueNode).some((pieces) => (0,cipher_list/* judgeCipherTokens */.jh)(tokensOf(pieces, cipher_list/* CIPHER_SEPARATORS */.fs))?.seclevelZero === true)));
}
const no_insecure_tls_version_javascript_javascript = javascriptChecker({
    create(context) {
        const flags = flagSiteVisitors(context.analysis, (sites) => {
            cliFlags(context, sites);
        });
        return {
            ...flags,
            Property(node) {
                no_insecure_tls_version_javascript_option(context, node);
                flags.Property(node);
            },
            AssignmentExpression(node) {
                no_insecure_tls_version_javascript_option(context, node);
                flags.AssignmentExpression(node);
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/javascript/keylog-sinks.ts





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
    if (!keylog_sinks_mentions(analysis, declarator.init, tainted))
        return;
    const variable = analysis.bindings.declaredBy(declarator)[0];
    if (variable)
        tainted.add(variable);
}
function inspectCall(analysis, call, tainted, sinks, intoHelper) {
    const carrying = call.arguments.flatMap((argument, index) => keylog_sinks_mentions(analysis, argument, tainted) ? [index] : []);
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
    if ((0,analysis_modules/* refIs */.g6)(receiver, 'process', 'stdout') || (0,analysis_modules/* refIs */.g6)(receiver, 'process', 'stderr')) {
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
    return ref?.module === analysis_modules/* GLOBAL_MODULE */.Zx && head === 'fs' ? { module: 'fs', path: rest } : ref;
}
function isFsWrite(ref) {
    return (FS_WRITES.some((name) => (0,analysis_modules/* refIs */.g6)(ref, 'fs', name)) ||
        FS_PROMISE_WRITES.some((name) => (0,analysis_modules/* refIs */.g6)(ref, 'fs', 'promises', name)) ||
        FS_PROMISE_WRITES.some((name) => (0,analysis_modules/* refIs */.g6)(ref, 'fs/promises', name)));
}
/** The path given to `fs.createWriteStream(path)` when `stream` is (a constant holding) one. */
function writeStreamPath(analysis, stream) {
    let target = (0,ast/* unwrap */.oA)(stream);
    if (target.type === types_dist.AST_NODE_TYPES.Identifier)
        target = constInitializer(analysis, target) ?? target;
    if (target.type !== types_dist.AST_NODE_TYPES.CallExpression)
        return undefined;
    return (0,analysis_modules/* refIs */.g6)(implicitFs(analysis.moduleRef(target.callee)), 'fs', 'createWriteStream')
        ? target.arguments[0]
        : undefined;
}
function keylog_sinks_mentions(analysis, node, tainted) {
    if (node.type === types_dist.AST_NODE_TYPES.Identifier) {
        const variable = analysis.bindings.variableOf(node);
        return variable !== null && variable !== undefined && tainted.has(variable);
    }
    let found = false;
    (0,walk/* forEachChild */.d)(node, (child) => {
        found ||= keylog_sinks_mentions(analysis, child, tainted);
    });
    return found;
}

;// CONCATENATED MODULE: ./src/rules/no-tls-key-logging/javascript.ts










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
    // A guard that holds in production (`NODE_ENV === 'production'`) is no debugging opt-in.
    const guards = (0,analysis_guards/* guardedForProduction */.l)(analysis, call) ? [] : envConditions(analysis, call);
    const conditions = [...guards, ...envPath(analysis, sink)];
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
        (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(node), 'process', 'env', 'SSLKEYLOGFILE')) {
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
const no_tls_key_logging_javascript_javascript = javascriptChecker({
    create(context) {
        const flags = flagSiteVisitors(context.analysis, (sites) => {
            keylogFlags(context, sites);
        });
        return {
            ...flags,
            CallExpression(node) {
                keylogListener(context, node);
                flags.CallExpression(node);
            },
        };
    },
});

// EXTERNAL MODULE: ./src/rules/no-tls-verification-env-override/index.ts + 1 modules
var no_tls_verification_env_override = __webpack_require__(76120);
;// CONCATENATED MODULE: ./src/rules/no-tls-verification-env-override/javascript.ts









/** `NODE_TLS_REJECT_UNAUTHORIZED=0` as a shell assignment inside a command line. */
const SHELL_ASSIGNMENT = /(?:^|[\s;&|(])NODE_TLS_REJECT_UNAUTHORIZED=(?:0|'0'|"0")(?=$|[\s;&|)])/;
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
    const { analysis } = context;
    const verdict = judgeEnvValue(analysis.value(valueNode));
    if (verdict?.kind === 'ineffective') {
        context.report({ node, messageId: 'ineffective', data: { value: verdict.value } });
        return;
    }
    const base = verdict?.kind === 'disabled' ? 'always' : verdict?.kind;
    const graded = grade(analysis, node, valueNode, base, (value) => String(value) === '0');
    if (!graded)
        return;
    if (graded.kind === 'conditional') {
        const expression = sourceExcerpt(context, valueNode);
        const condition = conditionPhrase(graded);
        const data = { expression, condition, advice: conditionAdvice(graded) };
        context.report({ node, messageId: 'conditional', data });
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
    if (name.kind !== 'known' || name.value !== no_tls_verification_env_override/* VARIABLE */.T)
        return;
    const written = (0,analysis_modules/* refIs */.g6)(analysis.moduleRef(call.callee), '<global>', 'Reflect', 'set')
        ? value
        : descriptorValue(analysis, value);
    if (written)
        judge(context, call, written, envHolderDestinations(analysis, target));
}
function isReflectiveSetter(analysis, call) {
    const ref = analysis.moduleRef(call.callee);
    return ((0,analysis_modules/* refIs */.g6)(ref, '<global>', 'Reflect', 'set') || (0,analysis_modules/* refIs */.g6)(ref, '<global>', 'Object', 'defineProperty'));
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
const no_tls_verification_env_override_javascript_javascript = javascriptChecker({
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== no_tls_verification_env_override/* VARIABLE */.T)
                    return;
                judge(context, node, node.value, envBagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                if (node.left.type !== types_dist.AST_NODE_TYPES.MemberExpression)
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node.left) !== no_tls_verification_env_override/* VARIABLE */.T)
                    return;
                judge(context, node, node.right, envHolderDestinations(analysis, node.left.object));
            },
            CallExpression(node) {
                reflectiveWrite(context, node);
                shellCommand(context, node);
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/javascript/client-cert-check.ts




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
    return node.type === types_dist.AST_NODE_TYPES.CallExpression ? analysis.calledFunction(node) : undefined;
}
function checkAt(analysis, node) {
    if (node.type === types_dist.AST_NODE_TYPES.MemberExpression) {
        const name = (0,object_shapes/* propertyName */.Bz)(analysis, node);
        if (name === undefined || !STATUS_MEMBERS.has(name) || isWriteTarget(node))
            return undefined;
        return isBranchedOn(node) ? 'guard' : 'read';
    }
    if (node.type === types_dist.AST_NODE_TYPES.CallExpression) {
        const callee = node.callee;
        const name = callee.type === types_dist.AST_NODE_TYPES.MemberExpression ? (0,ast/* literalName */.xz)(callee.property) : undefined;
        if (name !== undefined && STATUS_CALLS.has(name))
            return isBranchedOn(node) ? 'guard' : 'read';
        return name !== undefined && CERTIFICATE_CALLS.has(name) ? 'read' : undefined;
    }
    // `const { authorized } = req.socket`
    if (node.type === types_dist.AST_NODE_TYPES.Property && node.parent.type === types_dist.AST_NODE_TYPES.ObjectPattern) {
        return (0,object_shapes/* propertyName */.Bz)(analysis, node) === 'authorized' ? 'read' : undefined;
    }
    return undefined;
}
function isWriteTarget(node) {
    return node.parent.type === types_dist.AST_NODE_TYPES.AssignmentExpression && node.parent.left === node;
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
        if (parent.type === types_dist.AST_NODE_TYPES.LogicalExpression &&
            parent.left === current &&
            parent.right.type === types_dist.AST_NODE_TYPES.CallExpression) {
            return true;
        }
        const passes = (0,ast/* isTransparentWrapper */.sP)(parent) ||
            (parent.type === types_dist.AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
            parent.type === types_dist.AST_NODE_TYPES.BinaryExpression ||
            parent.type === types_dist.AST_NODE_TYPES.LogicalExpression;
        if (!passes)
            return false;
    }
    return false;
}
function isTestOf(parent, node) {
    switch (parent.type) {
        case types_dist.AST_NODE_TYPES.IfStatement:
        case types_dist.AST_NODE_TYPES.ConditionalExpression:
        case types_dist.AST_NODE_TYPES.WhileStatement:
            return parent.test === node;
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/rules/javascript/server-handlers.ts



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
    if (parent?.type !== types_dist.AST_NODE_TYPES.VariableDeclarator || parent.init !== server)
        return [server];
    const variable = analysis.bindings.declaredBy(parent)[0];
    return [server, ...(variable ? (0,bindings/* readsOf */.JP)(variable).map((reference) => reference.identifier) : [])];
}
/** `node.on(...)` when `node` is the object of a listener method call. */
function listenerCall(node) {
    const member = node.parent;
    if (member?.type !== types_dist.AST_NODE_TYPES.MemberExpression || member.object !== node)
        return undefined;
    const call = member.parent;
    const method = (0,ast/* literalName */.xz)(member.property);
    return call.type === types_dist.AST_NODE_TYPES.CallExpression &&
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

;// CONCATENATED MODULE: ./src/rules/no-unenforced-client-certs/javascript.ts










/** `site` writes `rejectUnauthorized` (the Property or the assignment); `valueNode` is what it writes. */
function javascript_judge(context, site, valueNode, destinations) {
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
        const condition = conditionText(analysis, site, valueNode, (value) => value === false);
        context.report({ node: site, messageId: 'conditional', data: { api, expression, condition } });
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
const no_unenforced_client_certs_javascript_javascript = javascriptChecker({
    create(context) {
        const { analysis } = context;
        return {
            Property(node) {
                if (node.parent.type !== types_dist.AST_NODE_TYPES.ObjectExpression || node.kind !== 'init')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, node) !== 'rejectUnauthorized')
                    return;
                javascript_judge(context, node, node.value, bagDestinations(analysis, node.parent));
            },
            AssignmentExpression(node) {
                const left = node.left;
                if (left.type !== types_dist.AST_NODE_TYPES.MemberExpression || node.operator === '&&=')
                    return;
                if ((0,object_shapes/* propertyName */.Bz)(analysis, left) !== 'rejectUnauthorized')
                    return;
                javascript_judge(context, node, node.right, holderDestinations(analysis, left.object));
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/no-weak-ciphers/javascript.ts













const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';
function no_weak_ciphers_javascript_option(context, node) {
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
        valueNode: write.valueNode,
        listLiteral: stringLiteral(write.valueNode),
    };
    no_weak_ciphers_javascript_judge(context, stringAlternatives(analysis, write.valueNode), scope);
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
            valueNode: site.node,
        };
        // The last occurrence of a flag wins; an alternative without it keeps the default list.
        const last = (values) => {
            const value = values.at(-1);
            return value === undefined ? [null] : valuePieces(value);
        };
        no_weak_ciphers_javascript_judge(context, lists.map(last), scope);
    }
}
function no_weak_ciphers_javascript_judge(context, alternatives, scope) {
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
        const weakens = (value) => typeof value === 'string' && (verdictOf(valuePieces(value))?.rank ?? 0) >= verdict.rank;
        const condition = conditionText(context.analysis, scope.node, scope.valueNode, weakens);
        context.report({
            node: scope.node,
            messageId,
            data: { ...data, expression: scope.expression, condition },
        });
    }
    else if (verdict.rank === 1) {
        context.report({ node: scope.node, messageId: 'legacy', data });
    }
    else {
        const suggest = verdict.rank === 3 ? dropSeclevelZero(context, scope) : undefined;
        const messageId = scope.global ? 'global' : verdict.rank === 3 ? 'seclevelZero' : 'weak';
        context.report({ node: scope.node, messageId, data, suggest });
    }
}
/** A string literal or a template without expressions, with nothing escaped: its text is its value. */
function stringLiteral(node) {
    const value = (0,ast/* unwrap */.oA)(node);
    const plain = (value.type === types_dist.AST_NODE_TYPES.Literal && typeof value.value === 'string') ||
        (value.type === types_dist.AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0);
    return plain ? value : undefined;
}
/**
 * Taking `@SECLEVEL=0` out of the list written in the option keeps OpenSSL at its default security
 * level; whatever else the list enables stays (and is reported on its own if weak).
 */
function dropSeclevelZero(context, scope) {
    const literal = scope.listLiteral;
    if (!literal)
        return undefined;
    const [start, end] = [literal.range[0] + 1, literal.range[1] - 1];
    const written = context.analysis.text.slice(start, end);
    const rest = written.includes('\\') ? undefined : (0,cipher_list/* withoutSeclevelZero */.We)(written);
    return rest === undefined
        ? undefined
        : [{ id: 'dropSeclevelZero', edits: [{ range: [start, end], text: rest }] }];
}
function verdictOf(pieces) {
    const verdict = (0,cipher_list/* judgeCipherTokens */.jh)(tokensOf(pieces, cipher_list/* CIPHER_SEPARATORS */.fs));
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
    return [...new Set(tokens.flatMap((token) => token.weaknesses))].map((weakness) => cipher_list/* WEAKNESS_LABELS */.MZ[weakness]);
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
const no_weak_ciphers_javascript_javascript = javascriptChecker({
    create(context) {
        const flags = flagSiteVisitors(context.analysis, (sites) => {
            cliCipherLists(context, sites);
        });
        return {
            ...flags,
            Property(node) {
                no_weak_ciphers_javascript_option(context, node);
                flags.Property(node);
            },
            AssignmentExpression(node) {
                no_weak_ciphers_javascript_option(context, node);
                flags.AssignmentExpression(node);
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/rules/checkers/javascript.ts









/**
 * The JavaScript/TypeScript checker of every rule that has one, by rule id. Loaded by the JavaScript
 * language the first time a file of it needs checking, together with the parser.
 */
const JAVASCRIPT_CHECKERS = new Map([
    ['no-deprecated-tls-api', javascript],
    ['no-disabled-cert-verification', javascript_javascript],
    ['no-hostname-verification-bypass', no_hostname_verification_bypass_javascript_javascript],
    ['no-insecure-browser-automation', no_insecure_browser_automation_javascript_javascript],
    ['no-insecure-tls-version', no_insecure_tls_version_javascript_javascript],
    ['no-tls-key-logging', no_tls_key_logging_javascript_javascript],
    ['no-tls-verification-env-override', no_tls_verification_env_override_javascript_javascript],
    ['no-unenforced-client-certs', no_unenforced_client_certs_javascript_javascript],
    ['no-weak-ciphers', no_weak_ciphers_javascript_javascript],
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
