import { runRuleTests } from '../../test/rule-tester.js';
import rule from './no-disabled-cert-verification.js';

runRuleTests(rule, {
  valid: [
    // rules.md N1 "Do not flag"
    'https.get(url, { rejectUnauthorized: true })',
    'tls.connect({ host, port, ca: [internalCa] })',
    'https.createServer({ key, cert, rejectUnauthorized: false }, app)',
    // N1b / N1c "Do not flag": opaque configuration values
    'tls.connect({ port, rejectUnauthorized: cfg.verifyTls })',
    "tls.connect({ port, rejectUnauthorized: config.get('tls.verify') })",
    // N2 "Do not flag"
    'https.globalAgent.options.ca = internalCa',
    'https.globalAgent.options.keepAlive = true',
    // only `false` disables; these are all verification ON
    "https.get(url, { rejectUnauthorized: 'false' })",
    'https.get(url, { rejectUnauthorized: !0 })',
    'https.get(url, { rejectUnauthorized: Boolean(1) })',
    // env strings can never be the boolean false
    'https.get(url, { rejectUnauthorized: process.env.TLS_VERIFY })',
    // comparisons of configuration (not the environment) are a choice the reviewer can see
    "tls.connect({ rejectUnauthorized: options.mode !== 'insecure' })",
    'tls.connect({ rejectUnauthorized: opts.rejectUnauthorized ?? true })',
    // servers read rejectUnauthorized only with requestCert (another rule); createSecureContext ignores it
    "import tls from 'node:tls';\ntls.createServer({ key, cert, rejectUnauthorized: false });",
    "const tls = require('tls');\nconst server = new tls.Server({ key, cert, rejectUnauthorized: false });",
    "import { createSecureServer } from 'http2';\ncreateSecureServer({ key, cert, rejectUnauthorized: false });",
    "import * as tls from 'tls';\ntls.createSecureContext({ rejectUnauthorized: false });",
    {
      name: 'server options in a constant',
      code: "import https from 'https';\nconst serverOptions = { key, cert, rejectUnauthorized: false };\nhttps.createServer(serverOptions, app);",
    },
    // reading or testing the option is not setting it
    'if (options.rejectUnauthorized === false) warn()',
    'const { rejectUnauthorized = true } = options',
    'log(`rejectUnauthorized: false is insecure`)',
    '// rejectUnauthorized: false\nhttps.get(url, { ca })',
    'agent.options.rejectUnauthorized = true',
    // types describe, they do not set
    'interface Insecure { rejectUnauthorized: false }\ntype T = { rejectUnauthorized?: boolean }',
    // a shadowing parameter: the value passed in is unknown
    'function connect(rejectUnauthorized: boolean) { return tls.connect({ rejectUnauthorized }) }',
  ],
  invalid: [
    // rules.md N1 "Flag"
    {
      code: 'https.get(url, { rejectUnauthorized: false }, cb)',
      errors: [
        { messageId: 'disabled', line: 1, column: 18, data: { target: 'this `https.get` call' } },
      ],
    },
    {
      code: 'const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false as boolean })',
      errors: [{ messageId: 'disabled', line: 1, column: 50 }],
    },
    {
      code: "tls.connect(8443, 'db.internal', { rejectUnauthorized: !1 })",
      errors: [{ messageId: 'disabled', line: 1, column: 36, severity: 'error' }],
    },
    // N1b "Flag"
    {
      code: 'https.request({ ...opts, rejectUnauthorized: 0 })',
      errors: [
        { messageId: 'legacyFalsy', line: 1, column: 26, data: { value: '0' }, severity: 'note' },
      ],
    },
    {
      code: 'tls.connect({ port, rejectUnauthorized: null })',
      errors: [{ messageId: 'legacyFalsy', line: 1, column: 21, data: { value: 'null' } }],
    },
    {
      code: "tls.connect({ port, rejectUnauthorized: undefined, servername: '' })",
      errors: [{ messageId: 'legacyFalsy', line: 1, column: 21, data: { value: 'undefined' } }],
    },
    // N1c "Flag"
    {
      code: "tls.connect({ rejectUnauthorized: process.env.NODE_ENV === 'production' })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 15,
          severity: 'warning',
          data: {
            expression: "process.env.NODE_ENV === 'production'",
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: process.env.INSECURE ? false : true })',
      errors: [{ messageId: 'conditional', line: 1, column: 18 }],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: !process.env.ALLOW_SELF_SIGNED })',
      errors: [{ messageId: 'conditional', line: 1, column: 18 }],
    },
    // N2 "Flag"
    {
      code: 'https.globalAgent.options.rejectUnauthorized = false',
      errors: [{ messageId: 'globalAgent', line: 1, column: 1, severity: 'error' }],
    },
    {
      code: 'Object.assign(https.globalAgent.options, { rejectUnauthorized: false })',
      errors: [{ messageId: 'globalAgent', line: 1, column: 44 }],
    },
    {
      code: 'https.globalAgent = new https.Agent({ rejectUnauthorized: false })',
      errors: [{ messageId: 'globalAgent', line: 1, column: 39 }],
    },
    // the user's first example: options spread over two lines
    {
      code: "import https from 'node:https';\nhttps.request('https://x', { method: 'GET',\n  rejectUnauthorized: false });",
      errors: [{ messageId: 'disabled', line: 3, column: 3 }],
    },
    // module tracking: require, node: prefix, namespace, named and aliased imports, destructuring
    {
      code: "const { connect: open } = require('node:tls');\nopen({ host, rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 14,
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: "import { Agent } from 'https';\nexport const agent = new Agent({ rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 34,
          data: { target: 'every request made through this `https.Agent`' },
        },
      ],
    },
    {
      code: "import * as http2 from 'node:http2';\nhttp2.connect('https://api.internal', { rejectUnauthorized: false });",
      errors: [{ messageId: 'disabled', line: 2, column: 41 }],
    },
    {
      code: "const h = require('https');\nconst client = h;\nclient.get(url, { rejectUnauthorized: false });",
      errors: [
        { messageId: 'disabled', line: 3, column: 19, data: { target: 'this `https.get` call' } },
      ],
    },
    // value resolution: const, shorthand, const object property, spread, Object.assign, helper, let
    {
      code: "const verify = false;\nconst tls = require('tls');\ntls.connect({ host, rejectUnauthorized: verify });",
      errors: [{ messageId: 'disabled', line: 3, column: 21 }],
    },
    {
      code: 'const rejectUnauthorized = false;\ntls.connect({ host, port, rejectUnauthorized });',
      errors: [{ messageId: 'disabled', line: 2, column: 27 }],
    },
    {
      code: 'const settings = { tls: { verify: false } };\nhttps.get(url, { rejectUnauthorized: settings.tls.verify });',
      errors: [{ messageId: 'disabled', line: 2, column: 18 }],
    },
    {
      code: 'const insecure = { rejectUnauthorized: false };\nhttps.get(url, { ...insecure, timeout: 5000 });',
      errors: [
        { messageId: 'disabled', line: 1, column: 20, data: { target: 'this `https.get` call' } },
      ],
    },
    {
      code: 'const options = Object.assign({}, defaults, { rejectUnauthorized: false });\ntls.connect(options);',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 47,
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: [
        'function tlsOptions() {',
        '  return { ca: undefined, rejectUnauthorized: false };',
        '}',
        'tls.connect(443, host, tlsOptions());',
      ].join('\n'),
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 27,
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: 'const verifyTls = () => false;\nhttps.get(url, { rejectUnauthorized: verifyTls() });',
      errors: [{ messageId: 'disabled', line: 2, column: 18 }],
    },
    {
      code: 'let verify = true;\nif (process.argv.includes("--insecure")) verify = false;\nhttps.get(url, { rejectUnauthorized: verify });',
      errors: [{ messageId: 'conditional', line: 3, column: 18 }],
    },
    {
      code: 'function createAgent(rejectUnauthorized = false) {\n  return new https.Agent({ rejectUnauthorized });\n}',
      errors: [{ messageId: 'conditional', line: 2, column: 28 }],
    },
    {
      code: 'const { verify = false } = loadConfig();\nhttps.get(url, { rejectUnauthorized: verify });',
      errors: [{ messageId: 'conditional', line: 2, column: 18 }],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: opts.strict || false });',
      errors: [{ messageId: 'conditional', line: 1, column: 18 }],
    },
    // TypeScript wrappers and key spellings
    {
      code: 'tls.connect({ rejectUnauthorized: <boolean>false })\ntls.connect({ rejectUnauthorized: (false satisfies boolean)! })',
      errors: [
        { messageId: 'disabled', line: 1, column: 15 },
        { messageId: 'disabled', line: 2, column: 15 },
      ],
    },
    {
      code: "const KEY = 'rejectUnauthorized';\ntls.connect({ [KEY]: false });\ntls.connect({ 'rejectUnauthorized': !!0 });",
      errors: [
        { messageId: 'disabled', line: 2, column: 15 },
        { messageId: 'disabled', line: 3, column: 15 },
      ],
    },
    // member assignment
    {
      code: 'const agent = new https.Agent({ keepAlive: true });\nagent.options.rejectUnauthorized = false;',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 1,
          data: { target: 'every request made through this `https.Agent`' },
        },
      ],
    },
    {
      code: 'const agent = new https.Agent();\nhttps.globalAgent = agent;\nagent.options.rejectUnauthorized = false;',
      errors: [{ messageId: 'globalAgent', line: 3, column: 1 }],
    },
    {
      code: 'const opts = { host };\nopts.rejectUnauthorized = false;\ntls.connect(opts);',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 1,
          data: { target: 'this `tls.connect` connection' },
        },
      ],
    },
    // helper that forwards its parameter to a core API
    {
      code: 'function get(url, options) { return https.get(url, options); }\nget(u, { rejectUnauthorized: false });',
      errors: [
        { messageId: 'disabled', line: 2, column: 10, data: { target: 'this `https.get` call' } },
      ],
    },
    // a library or wrapper we do not model: the key is unambiguous
    {
      code: 'new Client({ connectionString, ssl: { rejectUnauthorized: false } })',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 39,
          data: { target: 'the TLS connections that use these options' },
        },
      ],
    },
    {
      code: 'export const insecureTls = { rejectUnauthorized: false };',
      errors: [{ messageId: 'disabled', line: 1, column: 30 }],
    },
    // a socket renegotiation
    {
      code: 'socket.renegotiate({ rejectUnauthorized: false }, done)',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 22,
          data: { target: 'the renegotiated connection' },
        },
      ],
    },
    // JSX file and test code
    {
      code: 'const view = <Status ok />;\nfetchWith({ rejectUnauthorized: false });',
      filename: 'src/App.jsx',
      errors: [{ messageId: 'disabled', line: 2, column: 13 }],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: false })',
      filename: 'test/client.test.ts',
      errors: [{ messageId: 'disabled', line: 1, column: 18, severity: 'note' }],
    },
  ],
});
