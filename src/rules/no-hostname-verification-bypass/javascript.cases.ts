import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-hostname-verification-bypass: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // libcurl checks host names with 2 (and 1 since 7.66); setOpt of other options is not the check
    "curl.setOpt('SSL_VERIFYHOST', 2);\ncurl.setOpt('SSL_VERIFYHOST', 1);\ncurl.setOpt('VERBOSE', 0)",
    'await curly.get(url, { sslVerifyHost: 2 })',
    // rules.md N4 "Do not flag"
    "const pin = { checkServerIdentity: (host, cert) => tls.checkServerIdentity('api.internal', cert) }",
    'const pinned = { checkServerIdentity: (h, c) => { const e = tls.checkServerIdentity(h, c); if (e) return e; return pinCheck(c) } }',
    'const odd = { checkServerIdentity: () => true }',
    // returns that are not all statically falsy
    'tls.connect({ checkServerIdentity: () => new Error("wrong host") })',
    'tls.connect({ checkServerIdentity: () => ({}) })',
    "tls.connect({ checkServerIdentity: (h, c) => h === 'localhost' ? undefined : tls.checkServerIdentity(h, c) })",
    'tls.connect({ checkServerIdentity: (h, c) => verify(h, c) })',
    // a Promise is truthy: an async override rejects every host (odd, but not a bypass)
    'tls.connect({ checkServerIdentity: async () => {} })',
    // throwing or asserting for some peers is a (crash-prone) check, not a bypass
    "tls.connect({ checkServerIdentity: (h, c) => { if (!pinned(c)) throw new Error('pin mismatch'); } })",
    "import assert from 'node:assert';\ntls.connect({ checkServerIdentity: (h, c) => { assert.equal(c.fingerprint256, PIN); } })",
    // opaque or invalid values
    'tls.connect({ checkServerIdentity: opts.checkServerIdentity })',
    'tls.connect({ checkServerIdentity: undefined })',
    'const original = tls.checkServerIdentity;\ntls.checkServerIdentity = (h, c) => original(h, c);',
    // servers and createSecureContext never check a host name: the option is inert there
    'https.createServer({ key, cert, checkServerIdentity: () => {} }, app)',
    "import tls from 'node:tls';\ntls.createSecureContext({ checkServerIdentity: () => undefined });",
    // reads, comparisons, types, user-defined look-alikes, comments and strings
    'const { checkServerIdentity } = tls',
    'if (opts.checkServerIdentity === undefined) warn()',
    'class Client { checkServerIdentity() {} }',
    'interface Options { checkServerIdentity: () => undefined }',
    '// checkServerIdentity: () => undefined\ntls.connect({ host, ca })',
    "log('checkServerIdentity: () => {} disables host checks')",
    // MongoDB: off, or certificate options that belong to no-disabled-cert-verification
    "new MongoClient(uri, { tls: true, tlsCAFile: '/etc/ssl/rds.pem' })",
    'new MongoClient(uri, { tlsAllowInvalidHostnames: false })',
    "mongoose.connect(uri, { tlsAllowInvalidHostnames: 'false' })",
    'new MongoClient(uri, { tlsInsecure: true, tlsAllowInvalidCertificates: true })',
    "new MongoClient('mongodb://db/app?tls=true&tlsAllowInvalidCertificates=false')",
    "const uri = 'mongodb://db/app?tls=true&tlsAllowInvalidHostnames=false&tlsInsecure=true'",
    "new MongoClient('mongodb://db/app?tlsDisableOCSPEndpointCheck=true')",
    'new MongoClient(uri, { tlsAllowInvalidHostnames: settings.allowInvalidHostnames })',
    "const help = 'set tlsAllowInvalidHostnames=true to skip the check'",
    'const uri = `mongodb://${host}/app?tlsAllowInvalidHostnames=${flag}`',
    'const { tlsAllowInvalidHostnames = true } = options',
    // mysql2: the default, `true`, other falsy values, and verifyIdentity outside an ssl bag
    'mysql2.createPool({ host, ssl: { ca } })',
    'mysql.createConnection({ host, ssl: { ca, verifyIdentity: true } })',
    "mysql.createConnection({ host, ssl: 'Amazon RDS' })",
    'mysql.createPool({ host, ssl: { ca, verifyIdentity: 0 } })',
    'const account = { verifyIdentity: false, email }',
    // Deno: off, or the CLI flag's unrelated look-alike
    'Deno.startTls(conn, { hostname, unsafelyDisableHostnameVerification: false })',
    'Deno.connectTls({ hostname, port, caCerts: [ca] })',
    // grpc-js: ssl_target_name_override checks the certificate against a fixed name (see docs)
    "new grpc.Client(target, grpc.credentials.createSsl(root), { 'grpc.ssl_target_name_override': 'peer0.org1' })",
  ],
  invalid: [
    // rules.md N4 "Flag"
    {
      code: 'tls.connect({ host, port, ca, checkServerIdentity: () => undefined })',
      errors: [
        {
          messageId: 'noop',
          line: 1,
          column: 31,
          severity: 'error',
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: 'new https.Agent({ checkServerIdentity() {} })',
      errors: [
        {
          messageId: 'noop',
          line: 1,
          column: 19,
          data: { target: 'every request made through this `https.Agent`' },
        },
      ],
    },
    {
      code: 'got(url, { https: { checkServerIdentity: (_h, _c) => null } })',
      errors: [{ messageId: 'noop', line: 1, column: 21 }],
    },
    // every falsy return form
    {
      code: [
        'tls.connect({ checkServerIdentity: function () { return; } })',
        'tls.connect({ checkServerIdentity: () => void 0 })',
        "tls.connect({ checkServerIdentity: () => '' })",
        'tls.connect({ checkServerIdentity: () => 0 })',
        'tls.connect({ checkServerIdentity: (h) => { if (h) return null; return false } })',
        'tls.connect({ checkServerIdentity: (h, c) => { console.log(h); } })',
      ].join('\n'),
      errors: [1, 2, 3, 4, 5, 6].map((line) => ({ messageId: 'noop', line, column: 15 })),
    },
    // library bags, named by the module the bag reaches
    {
      code: "import got from 'got';\nexport const client = got.extend({ https: { checkServerIdentity: () => {} } });",
      errors: [
        {
          messageId: 'noop',
          line: 2,
          column: 45,
          data: { target: 'the connections made by got' },
        },
      ],
    },
    {
      code: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { checkServerIdentity: () => false } }));",
      errors: [
        {
          messageId: 'processWide',
          line: 2,
          column: 44,
          data: { target: 'every `fetch()` in the process (the global undici dispatcher)' },
        },
      ],
    },
    {
      code: "import { Pool } from 'pg';\nnew Pool({ connectionString, ssl: { ca, checkServerIdentity: () => undefined } });",
      errors: [
        {
          messageId: 'noop',
          line: 2,
          column: 41,
          data: { target: 'the connections made by node-postgres' },
        },
      ],
    },
    {
      code: "const mysql = require('mysql2/promise');\nmysql.createPool({ host, ssl: { ca, checkServerIdentity() { return undefined; } } });",
      errors: [{ messageId: 'noop', line: 2, column: 37 }],
    },
    {
      code: [
        "import * as grpc from '@grpc/grpc-js';",
        'const creds = grpc.credentials.createSsl(root, key, cert, {',
        '  checkServerIdentity: () => undefined,',
        '});',
      ].join('\n'),
      errors: [
        {
          messageId: 'noop',
          line: 3,
          column: 3,
          data: {
            target: 'the connections made through `credentials.createSsl` from `@grpc/grpc-js`',
          },
        },
      ],
    },
    {
      code: 'Bun.connect({ hostname, port, tls: { checkServerIdentity: () => undefined } })',
      errors: [
        {
          messageId: 'noop',
          line: 1,
          column: 38,
          data: { target: 'the connections made by Bun' },
        },
      ],
    },
    {
      code: 'await fetch(url, { tls: { checkServerIdentity: () => {} } })',
      errors: [{ messageId: 'noop', line: 1, column: 27 }],
    },
    // functions declared elsewhere in the file, constants, spreads, TypeScript wrappers
    {
      code: 'function acceptAnyHost() {}\ntls.connect({ host, checkServerIdentity: acceptAnyHost })',
      errors: [{ messageId: 'noop', line: 2, column: 21 }],
    },
    {
      code: [
        'const skip = (): undefined => undefined;',
        'const insecure = { checkServerIdentity: skip };',
        "https.request({ ...insecure, host: 'api.internal' });",
      ].join('\n'),
      errors: [
        { messageId: 'noop', line: 2, column: 20, data: { target: 'this `https.request` call' } },
      ],
    },
    {
      code: 'tls.connect({ checkServerIdentity: (() => undefined) as typeof tls.checkServerIdentity })',
      errors: [{ messageId: 'noop', line: 1, column: 15 }],
    },
    {
      code: "import { noop } from 'lodash';\nconst socket = tls.connect({ host, checkServerIdentity: noop });",
      errors: [{ messageId: 'noop', line: 2, column: 36 }],
    },
    {
      code: 'const opts = { host };\nopts.checkServerIdentity = () => {};\ntls.connect(opts);',
      errors: [
        {
          messageId: 'noop',
          line: 2,
          column: 1,
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: "import { connect as open } from 'node:tls';\nopen({ host, ['checkServerIdentity']: () => null });",
      errors: [{ messageId: 'noop', line: 2, column: 14 }],
    },
    // the default check called but its verdict thrown away
    {
      code: 'tls.connect({ checkServerIdentity: (h, c) => { tls.checkServerIdentity(h, c) } })',
      errors: [
        {
          messageId: 'discarded',
          line: 1,
          column: 15,
          severity: 'error',
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    // monkey-patching the module default, under any alias
    {
      code: "const tls = require('tls');\ntls.checkServerIdentity = () => {};",
      errors: [{ messageId: 'processWide', line: 2, column: 1, severity: 'error' }],
    },
    {
      code: "import nodeTls from 'node:tls';\nnodeTls.checkServerIdentity = function () { return undefined; };",
      errors: [{ messageId: 'processWide', line: 2, column: 1 }],
    },
    {
      code: "import * as t from 'tls';\nObject.assign(t, { checkServerIdentity() { return null } });",
      errors: [{ messageId: 'processWide', line: 2, column: 20 }],
    },
    {
      code: 'const { checkServerIdentity: original } = tls;\ntls.checkServerIdentity = (h, c) => { original(h, c) };',
      errors: [{ messageId: 'processWide', line: 2, column: 1 }],
    },
    {
      code: 'https.globalAgent.options.checkServerIdentity = () => undefined',
      errors: [
        {
          messageId: 'processWide',
          line: 1,
          column: 1,
          data: { target: 'every request through `https.globalAgent`' },
        },
      ],
    },
    // a no-op in some branch only
    {
      code: 'tls.connect({ checkServerIdentity: process.env.INSECURE ? () => undefined : tls.checkServerIdentity })',
      errors: [{ messageId: 'conditional', line: 1, column: 15, severity: 'warning' }],
    },
    {
      code: 'tls.connect({ checkServerIdentity: opts.insecure ? () => undefined : undefined })',
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 15,
          data: {
            expression: 'opts.insecure ? () => undefined : undefined',
            target: 'this `tls.connect` connection',
            condition: 'when `opts.insecure` is set',
          },
        },
      ],
    },
    {
      name: 'mysql2: the identity check is an opt-in (issue 13 names the switch)',
      code: [
        "const Tls = require('tls');",
        'const verifyIdentity = this.config.ssl.verifyIdentity;',
        'Tls.connect({',
        '  checkServerIdentity: verifyIdentity ? Tls.checkServerIdentity : function () { return undefined; },',
        '});',
      ].join('\n'),
      errors: [
        {
          messageId: 'conditional',
          line: 4,
          column: 3,
          severity: 'warning',
          data: {
            expression: 'verifyIdentity ? Tls.checkServerIdentity : function () { re…',
            target: 'this `tls.connect` connection',
            condition: 'unless `this.config.ssl.verifyIdentity` is set',
          },
        },
      ],
    },
    // issue 13: node-libcurl's CURLOPT_SSL_VERIFYHOST
    {
      code: "const { Curl } = require('node-libcurl');\nconst curl = new Curl();\ncurl.setOpt('SSL_VERIFYHOST', 0);\ncurl.setOpt(Curl.option.PROXY_SSL_VERIFYHOST, false);",
      errors: [
        {
          messageId: 'curlVerifyHost',
          line: 3,
          column: 1,
          severity: 'warning',
          data: { option: "curl.setOpt('SSL_VERIFYHOST', 0)" },
        },
        { messageId: 'curlVerifyHost', line: 4, column: 1 },
      ],
    },
    {
      code: "import { curly } from 'node-libcurl';\nawait curly.get(url, { sslVerifyHost: 0, SSL_VERIFYPEER: 1 });",
      errors: [
        { messageId: 'curlVerifyHost', line: 2, column: 24, data: { option: 'sslVerifyHost: 0' } },
      ],
    },
    {
      code: "curl.setOpt('SSL_VERIFYHOST', options.skipHostCheck ? 0 : 2)",
      errors: [
        {
          messageId: 'conditionalSwitch',
          line: 1,
          column: 1,
          severity: 'note',
          data: {
            option: 'SSL_VERIFYHOST',
            expression: 'options.skipHostCheck ? 0 : 2',
            condition: 'when `options.skipHostCheck` is set',
          },
        },
      ],
    },
    // rules.md L13 (hostname part): MongoDB driver and Mongoose
    {
      code: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(uri, { tls: true, tlsAllowInvalidHostnames: true });",
      errors: [
        {
          messageId: 'mongoInvalidHostnames',
          line: 2,
          column: 50,
          severity: 'warning',
          data: { option: '`tlsAllowInvalidHostnames: true`' },
        },
      ],
    },
    {
      code: "mongoose.connect(uri, { TLSAllowInvalidHostnames: 'true' })",
      errors: [
        {
          messageId: 'mongoInvalidHostnames',
          line: 1,
          column: 25,
          data: { option: "`TLSAllowInvalidHostnames: 'true'`" },
        },
      ],
    },
    {
      code: "const uri = 'mongodb+srv://u@cluster/app?tls=true&tlsAllowInvalidHostnames=true';",
      errors: [
        {
          messageId: 'mongoInvalidHostnames',
          line: 1,
          column: 13,
          data: { option: '`tlsAllowInvalidHostnames=true` in this connection string' },
        },
      ],
    },
    {
      code: 'const uri = `mongodb://${user}@${host}/app?tlsallowinvalidhostnames=true&w=majority`;',
      errors: [{ messageId: 'mongoInvalidHostnames', line: 1, column: 13 }],
    },
    {
      // drivers 4 and 5 also read `yes`, `1`, `t`, `y` as true
      code: "new MongoClient('mongodb://db/?tlsAllowInvalidHostnames=yes')",
      errors: [{ messageId: 'mongoInvalidHostnames', line: 1, column: 17 }],
    },
    {
      code: 'const allow = true;\nconst base = { tlsAllowInvalidHostnames: allow };\nmongoose.createConnection(uri, { ...base, dbName });',
      errors: [{ messageId: 'mongoInvalidHostnames', line: 2, column: 16 }],
    },
    {
      code: 'new MongoClient(uri, { tlsAllowInvalidHostnames: process.env.MONGO_ALLOW_INVALID_HOSTNAMES })',
      errors: [
        {
          messageId: 'conditionalSwitch',
          line: 1,
          column: 24,
          severity: 'note',
          data: {
            option: 'tlsAllowInvalidHostnames',
            expression: 'process.env.MONGO_ALLOW_INVALID_HOSTNAMES',
            condition: 'in some environments',
          },
        },
      ],
    },
    // rules.md L11 (hostname part): mysql2 verifyIdentity written as false
    {
      code: "import mysql from 'mysql2';\nmysql.createPool({ host, ssl: { ca, verifyIdentity: false } });",
      errors: [{ messageId: 'mysqlNoVerifyIdentity', line: 2, column: 37, severity: 'warning' }],
    },
    {
      code: [
        'const sslOptions = {',
        '  ca: readFileSync(caPath),',
        '  verifyIdentity: false as boolean,',
        '};',
        'export const pool = mysql.createPool({ host, ssl: sslOptions });',
      ].join('\n'),
      errors: [{ messageId: 'mysqlNoVerifyIdentity', line: 3, column: 3 }],
    },
    {
      code: "new Sequelize(db, user, pass, { dialect: 'mysql', dialectOptions: { ssl: { verifyIdentity: false } } })",
      errors: [{ messageId: 'mysqlNoVerifyIdentity', line: 1, column: 76 }],
    },
    {
      code: 'config.ssl.verifyIdentity = false',
      errors: [{ messageId: 'mysqlNoVerifyIdentity', line: 1, column: 1 }],
    },
    {
      code: "mysql.createConnection({ host, ssl: { ca, verifyIdentity: process.env.NODE_ENV === 'production' } })",
      errors: [{ messageId: 'conditionalSwitch', line: 1, column: 43 }],
    },
    // rules.md R4 (hostname part): Deno
    {
      code: 'const conn = await Deno.connectTls({ hostname, port: 443, unsafelyDisableHostnameVerification: true });',
      errors: [
        { messageId: 'denoNoHostnameVerification', line: 1, column: 59, severity: 'warning' },
      ],
    },
    {
      code: 'const tlsConn = await Deno.startTls(conn, {\n  hostname,\n  unsafelyDisableHostnameVerification: true,\n});',
      errors: [{ messageId: 'denoNoHostnameVerification', line: 3, column: 3 }],
    },
    // test code is capped at note
    {
      code: 'tls.connect({ checkServerIdentity: () => undefined })',
      filename: 'test/client.spec.ts',
      errors: [{ messageId: 'noop', line: 1, column: 15, severity: 'note' }],
    },
  ],
};
