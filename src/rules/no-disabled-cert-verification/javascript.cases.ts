import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-disabled-cert-verification: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
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
    // a caller's own setting passed on (also compared with a flag value) is the caller's choice
    'tls.connect({ rejectUnauthorized: opts.rejectUnauthorized ?? true })',
    'tls.connect({ rejectUnauthorized: opts.rejectUnauthorized !== false })',
    'function connect(options) { return tls.connect({ rejectUnauthorized: options.verify }) }',
    'const verify = options.verifyTls;\ntls.connect({ rejectUnauthorized: verify })',
    'new MongoClient(uri, { tlsAllowInvalidCertificates: options.allowInvalidCertificates })',
    // issue 13: libcurl verifies with 1/true; other options are not the check
    "curl.setOpt('SSL_VERIFYPEER', 1);\ncurl.setOpt('SSL_VERIFYPEER', true);\ncurl.setOpt('VERBOSE', 0)",
    'await curly.get(url, { sslVerifyPeer: true, caInfo })',
    // issue 13: a proxy's plain-http target has nothing to verify; `.web` on other objects is no proxy
    "const httpProxy = require('http-proxy');\nconst proxy = httpProxy.createProxyServer();\nproxy.web(req, res, { target: 'http://backend:8080', secure: false })",
    'server.web(req, res, { secure: false })',
    // issue 13: connection strings that keep verification on
    "const transport = nodemailer.createTransport('smtps://u:p@mail.example.com/?tls.rejectUnauthorized=true')",
    'mysql.createConnection(\'mysql://u@db/app?ssl={"rejectUnauthorized":true}\')',
    "mysql.createConnection('mysql://u@db/app?ssl=Amazon%20RDS')",
    // issue 13: a class property whose writes are not all seen stays unknown
    'class C { connect() { return tls.connect({ rejectUnauthorized: this.verify }) } }\nconst c = new C();\nc.verify = true;',
    // issue 13: TLS options on a plaintext connection do nothing (no certificate to verify)
    "const mqtt = require('mqtt');\nmqtt.connect('mqtt://broker.local:1883', { rejectUnauthorized: false })",
    "const mqtt = require('mqtt');\nmqtt.connect(`tcp://${host}:1883`, { rejectUnauthorized: false })",
    "import mqtt from 'mqtt';\nmqtt.connect({ host, port: 1883, protocol: 'mqtt', rejectUnauthorized: false })",
    "import WebSocket from 'ws';\nnew WebSocket('ws://feed.internal:8080', { rejectUnauthorized: false })",
    "import WebSocket from 'ws';\nconst FEED = 'ws://feed.internal';\nnew WebSocket(FEED, ['v1'], { rejectUnauthorized: false })",
    "import { io } from 'socket.io-client';\nio('http://localhost:3000', { rejectUnauthorized: false })",
    "const amqp = require('amqplib');\namqp.connect('amqp://' + host, { rejectUnauthorized: false })",
    "import { createClient } from 'redis';\ncreateClient({ url: 'redis://cache:6379', socket: { rejectUnauthorized: false } })",
    "const https = require('https');\nhttps.get('http://plain.example/health', { rejectUnauthorized: false })",
    // issue 13: expected values in assertions are data, not configuration
    {
      filename: 'src/agent.test.ts',
      code: 'expect(agentOptions).toEqual({ keepAlive: true, rejectUnauthorized: false })',
    },
    {
      filename: 'src/agent.test.ts',
      code: 'expect(spy).toHaveBeenCalledWith(expect.objectContaining({ rejectUnauthorized: false }))',
    },
    "const assert = require('node:assert/strict');\nassert.deepStrictEqual(options, { host: 'db', rejectUnauthorized: false })",
    "import test from 'ava';\ntest('options', (t) => { t.deepEqual(parse(argv), { rejectUnauthorized: false }) })",
    "tap.test('options', (t) => { t.same(parse(argv), { rejectUnauthorized: false }); t.end() })",
    'options.should.eql({ rejectUnauthorized: false })',
    "const expected = { host: 'db', rejectUnauthorized: false };\nexpect(build()).toStrictEqual(expected);",
    // issue 13: `null` and `undefined` never disable verification in Node core options
    'tls.connect({ port, rejectUnauthorized: null })',
    "tls.connect({ port, rejectUnauthorized: undefined, servername: '' })",
    'const defaults = { timeout: 5000, rejectUnauthorized: undefined };\nhttps.get(url, defaults)',
    // a condition that is no switch of TLS checks leaves the line as insecure as it was (an error)
    // is tested among the invalid cases; a switch of something else entirely is not a TLS switch:
    'if (options.secure) tls.connect({ host, ca })',
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
    // rules.md L1–L22 "Do not flag"
    "import axios from 'axios';\nimport https from 'https';\naxios.create({ httpsAgent: new https.Agent({ ca }) })",
    "import got from 'got';\ngot(url, { https: { certificateAuthority: ca } })",
    "import got from 'got';\ngot(url, { https: { rejectUnauthorized: true } })",
    "const request = require('request');\nrequest({ uri, strictSSL: true })",
    "const request = require('request');\nrequest({ uri, ca })",
    "const request = require('request');\nrequest({ uri, strictSSL: 0 })",
    "import fetch from 'node-fetch';\nfetch(url, { agent: new https.Agent({ keepAlive: true }) })",
    "import { Agent } from 'undici';\nnew Agent({ connect: { ca } });\nnew Agent({ connect: { timeout: 5000 } })",
    "import WebSocket from 'ws';\nnew WebSocket('wss://feed', { ca })",
    'new WebSocket(url)',
    "import superagent from 'superagent';\nsuperagent.get(url).ca(caCert)",
    'superagent.get(url).trustLocalhost(false)',
    "const needle = require('needle');\nneedle.get(url, { ca })",
    "import pg from 'pg';\nnew pg.Pool({ connectionString, ssl: true });\nnew pg.Pool({ ssl: { ca: rdsBundle } })",
    "const url = 'postgres://u@db/app?sslmode=verify-full'",
    "const url = 'postgres://u@db/app?sslmode=require'",
    "import postgres from 'postgres';\npostgres(url, { ssl: 'verify-full' });\npostgres(url, { ssl: { ca } });\npostgres(url, { ssl: true })",
    "import mysql from 'mysql2';\nmysql.createPool({ host, ssl: { ca, verifyIdentity: true } });\nmysql.createPool({ host, ssl: 'Amazon RDS' })",
    'new Connection({ server, options: { trustServerCertificate: false } })',
    'new Connection({ server, options: { encrypt: true, cryptoCredentialsDetails: { ca } } })',
    "new MongoClient(uri, { tls: true, tlsCAFile: '/etc/ssl/rds.pem' })",
    "const uri = 'mongodb://db/app?tls=true&tlsAllowInvalidCertificates=false'",
    'new MongoClient(uri, { tlsDisableOCSPEndpointCheck: true })',
    "import Redis from 'ioredis';\nnew Redis({ tls: {} })",
    "import { createClient } from 'redis';\ncreateClient({ socket: { tls: true, ca } })",
    "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host, port: 465, secure: true })",
    "import { Client } from '@elastic/elasticsearch';\nnew Client({ node, caFingerprint: fp });\nnew Client({ node, tls: { ca } })",
    "import { createProxyMiddleware } from 'http-proxy-middleware';\ncreateProxyMiddleware({ target: 'https://api', secure: true })",
    "import httpProxy from 'http-proxy';\nhttpProxy.createProxyServer({ target: 'http://backend:8080', secure: false })",
    "new HttpClient('my-action');\nnew HttpClient('my-action', [], { ignoreSslError: false })",
    // `secure` and `ssl` are generic words: only proxy and postgres.js options are read
    'nodemailer.createTransport({ host, port: 587, secure: false })',
    "cookie.serialize('id', value, { secure: false })",
    "knex({ client: 'pg', connection: { ssl: 'require' } })",
    // R1–R3 "Do not flag"
    "app.on('certificate-error', (e, wc, url, err, cert, cb) => { if (cert.fingerprint === PINNED) { e.preventDefault(); cb(true) } else cb(false) })",
    "app.on('certificate-error', (e, wc, url, err, cert, cb) => cb(false))",
    "session.defaultSession.setCertificateVerifyProc((req, cb) => cb(req.hostname === 'pinned.internal' && ok(req.certificate) ? 0 : -3))",
    'ses.setCertificateVerifyProc(null)',
    "app.commandLine.appendSwitch('disable-http-cache')",
    "app.on('certificate-error', (e, wc, url, err, cert, cb) => { cb(true) })",
    // R5 "Do not flag"; N6 "Do not flag"
    'fetch(url, { tls: { ca } })',
    'fetch(url)',
    'tls.connect({ socket: rawSocket, servername: host })',
    'new tls.TLSSocket(sock, { isServer: true, secureContext })',
    "const s = new tls.TLSSocket(raw, { secureContext });\ns.on('secure', () => { if (!s.authorized) s.destroy(s.authorizationError) })",
    'new tls.TLSSocket(raw, options)',
  ],
  invalid: [
    // rules.md N1 "Flag"
    {
      code: 'https.get(url, { rejectUnauthorized: false }, cb)',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 18,
          data: { target: 'this `https.get` call' },
          suggestions: [{ messageId: 'removeOption', output: 'https.get(url, {}, cb)' }],
        },
      ],
    },
    {
      code: 'const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false as boolean })',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 50,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const agent = new https.Agent({ keepAlive: true })',
            },
          ],
        },
      ],
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
      code: "tls.connect({ port, rejectUnauthorized: '' })",
      errors: [{ messageId: 'legacyFalsy', line: 1, column: 21, data: { value: "''" } }],
    },
    // N1c "Flag": environment conditions
    {
      code: "tls.connect({ rejectUnauthorized: process.env.NODE_ENV === 'production' })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 15,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: "process.env.NODE_ENV === 'production'",
            target: 'this `tls.connect` connection',
            condition: "when `process.env.NODE_ENV !== 'production'`",
          },
        },
      ],
    },
    {
      code: "if (process.env.NODE_ENV !== 'production') {\n  tls.connect({ host, rejectUnauthorized: false });\n}",
      errors: [
        {
          messageId: 'conditional',
          line: 2,
          column: 23,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: 'false',
            target: 'this `tls.connect` connection',
            condition: "when `process.env.NODE_ENV !== 'production'`",
          },
        },
      ],
    },
    {
      name: 'a value that is false in production is an error',
      code: "tls.connect({ rejectUnauthorized: process.env.NODE_ENV !== 'production' })",
      errors: [{ messageId: 'disabled', line: 1, column: 15, severity: 'error' }],
    },
    {
      name: 'code that runs everywhere but in tests runs in production',
      code: "function connect() {\n  if (process.env.NODE_ENV === 'test') return undefined;\n  return tls.connect({ host, rejectUnauthorized: false });\n}",
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 30,
          severity: 'error',
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "function connect() {\n  if (process.env.NODE_ENV === 'test') return undefined;\n  return tls.connect({ host });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'a handler that trusts every certificate only in the packaged app',
      code: "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  if (app.isPackaged) callback(true);\n});",
      errors: [{ messageId: 'electronTrustAll', line: 3, column: 23, severity: 'error' }],
    },
    {
      name: 'a development-mode flag is an environment condition',
      code: 'const isDev = !app.isPackaged;\nif (isDev) https.get(url, { rejectUnauthorized: false });',
      errors: [{ messageId: 'conditional', line: 2, column: 29, severity: 'warning' }],
    },
    // issue 13: a user's opt-in switch is one warning that names it, however it is written
    {
      name: 'negated options property (n8n)',
      code: 'function request(options) {\n  return https.request({ host, rejectUnauthorized: !options.allowUnauthorizedCerts });\n}',
      errors: [
        {
          messageId: 'userSwitch',
          line: 2,
          column: 32,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: '!options.allowUnauthorizedCerts',
            target: 'this `https.request` call',
            condition: 'when `options.allowUnauthorizedCerts` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      name: 'negated method call (uptime-kuma)',
      code: 'class Monitor {\n  getIgnoreTls() { return Boolean(this.ignoreTls) }\n  check() { return tls.connect({ host, rejectUnauthorized: !this.getIgnoreTls() }) }\n}',
      errors: [
        {
          messageId: 'userSwitch',
          line: 3,
          column: 40,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: '!this.getIgnoreTls()',
            target: 'this `tls.connect` connection',
            condition: 'when `this.getIgnoreTls()` returns true',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      name: '`!x || false`',
      code: "const nodemailer = require('nodemailer');\nnodemailer.createTransport({ host, tls: { rejectUnauthorized: !notification.smtpIgnoreTLSError || false } });",
      errors: [
        {
          messageId: 'userSwitch',
          line: 2,
          column: 43,
          data: {
            option: 'rejectUnauthorized',
            expression: '!notification.smtpIgnoreTLSError || false',
            target: 'the connections made by nodemailer',
            condition: 'when `notification.smtpIgnoreTLSError` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      name: '`if (config.insecure) opts.rejectUnauthorized = false`',
      code: 'const opts = { host, port };\nif (config.insecure) opts.rejectUnauthorized = false;\ntls.connect(opts);',
      errors: [{ messageId: 'userSwitch', line: 2, column: 22, severity: 'warning' }],
    },
    {
      name: 'a guarded literal inside an agent (uptime-kuma teltonika)',
      code: "const https = require('https');\nif (notification.teltonikaUnsafeTls) {\n  config.httpsAgent = new https.Agent({ rejectUnauthorized: false });\n}",
      errors: [{ messageId: 'userSwitch', line: 3, column: 41, severity: 'warning' }],
    },
    {
      name: 'a CLI flag (MQTT.js bin)',
      code: "const mqtt = require('mqtt');\nif (args.insecure) {\n  args.rejectUnauthorized = false;\n}\nmqtt.connect(args);",
      errors: [{ messageId: 'userSwitch', line: 3, column: 3, severity: 'warning' }],
    },
    {
      name: 'an early return',
      code: 'function insecureAgent(options) {\n  if (!options.allowSelfSigned) return undefined;\n  return new https.Agent({ rejectUnauthorized: false });\n}',
      errors: [{ messageId: 'userSwitch', line: 3, column: 28, severity: 'warning' }],
    },
    {
      code: 'function d(x) { return tls.connect({ rejectUnauthorized: x ? false : true }) }',
      errors: [
        {
          messageId: 'userSwitch',
          line: 1,
          column: 38,
          data: {
            option: 'rejectUnauthorized',
            expression: 'x ? false : true',
            target: 'this `tls.connect` connection',
            condition: 'when `x` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      name: 'a parameter read through a constant',
      code: 'function connect(host, insecure) {\n  const verify = !insecure;\n  return tls.connect({ host, rejectUnauthorized: verify });\n}',
      errors: [{ messageId: 'userSwitch', line: 3, column: 30, severity: 'warning' }],
    },
    {
      name: 'a configuration test',
      code: "tls.connect({ rejectUnauthorized: options.mode !== 'insecure' })",
      errors: [
        {
          messageId: 'userSwitch',
          line: 1,
          column: 15,
          data: {
            option: 'rejectUnauthorized',
            expression: "options.mode !== 'insecure'",
            target: 'this `tls.connect` connection',
            condition: "when `options.mode === 'insecure'`",
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    // issue 13: encrypted and unknown URLs keep their TLS options; values used for real are not test data
    {
      code: "const mqtt = require('mqtt');\nmqtt.connect('mqtts://broker.example:8883', { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 47,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "const mqtt = require('mqtt');\nmqtt.connect('mqtts://broker.example:8883', {})",
            },
          ],
        },
      ],
    },
    {
      code: "const mqtt = require('mqtt');\nmqtt.connect(process.env.BROKER_URL, { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 40,
          suggestions: [
            {
              messageId: 'removeOption',
              output: "const mqtt = require('mqtt');\nmqtt.connect(process.env.BROKER_URL, {})",
            },
          ],
        },
      ],
    },
    {
      code: "import WebSocket from 'ws';\nnew WebSocket('wss://feed.example', { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import WebSocket from 'ws';\nnew WebSocket('wss://feed.example', {})",
            },
          ],
        },
      ],
    },
    {
      code: "import { createClient } from 'redis';\ncreateClient({ url: 'redis://cache:6379', socket: { tls: true, rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 64,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { createClient } from 'redis';\ncreateClient({ url: 'redis://cache:6379', socket: { tls: true } })",
            },
          ],
        },
      ],
    },
    {
      name: 'ioredis uses TLS whenever `tls` is given, whatever the URL says',
      code: "import Redis from 'ioredis';\nnew Redis('redis://cache:6379', { tls: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 42,
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import Redis from 'ioredis';\nnew Redis('redis://cache:6379', { tls: {} })",
            },
          ],
        },
      ],
    },
    {
      filename: 'src/agent.test.ts',
      code: 'const options = { rejectUnauthorized: false };\nexpect(https.request(options)).toBeDefined();',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 19,
          severity: 'note',
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const options = {};\nexpect(https.request(options)).toBeDefined();',
            },
          ],
        },
      ],
    },
    {
      name: 'a condition that is no TLS switch does not make the line conditional',
      code: "function agentFor(url) {\n  if (url.protocol === 'https:') return new https.Agent({ rejectUnauthorized: false });\n}",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 59,
          severity: 'error',
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "function agentFor(url) {\n  if (url.protocol === 'https:') return new https.Agent({});\n}",
            },
          ],
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
      errors: [
        {
          messageId: 'globalAgent',
          line: 1,
          column: 1,
          severity: 'error',
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
    {
      code: 'Object.assign(https.globalAgent.options, { rejectUnauthorized: false })',
      errors: [
        {
          messageId: 'globalAgent',
          line: 1,
          column: 44,
          suggestions: [
            { messageId: 'removeOption', output: 'Object.assign(https.globalAgent.options, {})' },
          ],
        },
      ],
    },
    {
      code: 'https.globalAgent = new https.Agent({ rejectUnauthorized: false })',
      errors: [
        {
          messageId: 'globalAgent',
          line: 1,
          column: 39,
          suggestions: [
            { messageId: 'removeOption', output: 'https.globalAgent = new https.Agent({})' },
          ],
        },
      ],
    },
    // the user's first example: options spread over two lines
    {
      code: "import https from 'node:https';\nhttps.request('https://x', { method: 'GET',\n  rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import https from 'node:https';\nhttps.request('https://x', { method: 'GET' });",
            },
          ],
        },
      ],
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
          suggestions: [
            {
              messageId: 'removeOption',
              output: "const { connect: open } = require('node:tls');\nopen({ host });",
            },
          ],
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
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import { Agent } from 'https';\nexport const agent = new Agent({});",
            },
          ],
        },
      ],
    },
    {
      code: "import * as http2 from 'node:http2';\nhttp2.connect('https://api.internal', { rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 41,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import * as http2 from 'node:http2';\nhttp2.connect('https://api.internal', {});",
            },
          ],
        },
      ],
    },
    {
      code: "const h = require('https');\nconst client = h;\nclient.get(url, { rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 19,
          data: { target: 'this `https.get` call' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "const h = require('https');\nconst client = h;\nclient.get(url, {});",
            },
          ],
        },
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
        {
          messageId: 'disabled',
          line: 1,
          column: 20,
          data: { target: 'this `https.get` call' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const insecure = {};\nhttps.get(url, { ...insecure, timeout: 5000 });',
            },
          ],
        },
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
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const options = Object.assign({}, defaults, {});\ntls.connect(options);',
            },
          ],
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
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                'function tlsOptions() {\n  return { ca: undefined };\n}\ntls.connect(443, host, tlsOptions());',
            },
          ],
        },
      ],
    },
    {
      code: 'const verifyTls = () => false;\nhttps.get(url, { rejectUnauthorized: verifyTls() });',
      errors: [{ messageId: 'disabled', line: 2, column: 18 }],
    },
    {
      code: 'let verify = true;\nif (process.argv.includes("--insecure")) verify = false;\nhttps.get(url, { rejectUnauthorized: verify });',
      errors: [
        {
          messageId: 'userSwitch',
          line: 3,
          column: 18,
          data: {
            option: 'rejectUnauthorized',
            expression: 'verify',
            target: 'this `https.get` call',
            condition: 'in some configurations',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      name: 'an insecure default (opt-in to verification)',
      code: 'function createAgent(rejectUnauthorized = false) {\n  return new https.Agent({ rejectUnauthorized });\n}',
      errors: [
        {
          messageId: 'userSwitch',
          line: 2,
          column: 28,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: 'rejectUnauthorized',
            target: 'every request made through this `https.Agent`',
            condition: 'unless `rejectUnauthorized` is set',
            advice:
              "Verification is off unless someone turns it on: make verifying the default, and turning it off an explicit opt-in named for what it does (`allowInsecureTls`) — better, accept the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      code: 'const { verify = false } = loadConfig();\nhttps.get(url, { rejectUnauthorized: verify });',
      errors: [{ messageId: 'userSwitch', line: 2, column: 18 }],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: opts.strict || false });',
      errors: [{ messageId: 'userSwitch', line: 1, column: 18 }],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: opts.verify === true });',
      errors: [{ messageId: 'userSwitch', line: 1, column: 18 }],
    },
    // TypeScript wrappers and key spellings
    {
      code: 'tls.connect({ rejectUnauthorized: <boolean>false })\ntls.connect({ rejectUnauthorized: (false satisfies boolean)! })',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 15,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                'tls.connect({})\ntls.connect({ rejectUnauthorized: (false satisfies boolean)! })',
            },
          ],
        },
        {
          messageId: 'disabled',
          line: 2,
          column: 15,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'tls.connect({ rejectUnauthorized: <boolean>false })\ntls.connect({})',
            },
          ],
        },
      ],
    },
    {
      code: "const KEY = 'rejectUnauthorized';\ntls.connect({ [KEY]: false });\ntls.connect({ 'rejectUnauthorized': !!0 });",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 15,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "const KEY = 'rejectUnauthorized';\ntls.connect({});\ntls.connect({ 'rejectUnauthorized': !!0 });",
            },
          ],
        },
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
          suggestions: [
            {
              messageId: 'removeAssignment',
              output: 'const agent = new https.Agent({ keepAlive: true });\n',
            },
          ],
        },
      ],
    },
    {
      code: 'const agent = new https.Agent();\nhttps.globalAgent = agent;\nagent.options.rejectUnauthorized = false;',
      errors: [
        {
          messageId: 'globalAgent',
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'removeAssignment',
              output: 'const agent = new https.Agent();\nhttps.globalAgent = agent;\n',
            },
          ],
        },
      ],
    },
    {
      code: 'const opts = { host };\nopts.rejectUnauthorized = false;\ntls.connect(opts);',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 1,
          data: { target: 'this `tls.connect` connection' },
          suggestions: [
            { messageId: 'removeAssignment', output: 'const opts = { host };\ntls.connect(opts);' },
          ],
        },
      ],
    },
    // helper that forwards its parameter to a core API
    {
      code: 'function get(url, options) { return https.get(url, options); }\nget(u, { rejectUnauthorized: false });',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 10,
          data: { target: 'this `https.get` call' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'function get(url, options) { return https.get(url, options); }\nget(u, {});',
            },
          ],
        },
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
          suggestions: [
            { messageId: 'removeOption', output: 'new Client({ connectionString, ssl: {} })' },
          ],
        },
      ],
    },
    {
      code: 'export const insecureTls = { rejectUnauthorized: false };',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 30,
          suggestions: [{ messageId: 'removeOption', output: 'export const insecureTls = {};' }],
        },
      ],
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
          suggestions: [{ messageId: 'removeOption', output: 'socket.renegotiate({}, done)' }],
        },
      ],
    },
    // JSX file and test code
    {
      code: 'const view = <Status ok />;\nfetchWith({ rejectUnauthorized: false });',
      filename: 'src/App.jsx',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 13,
          suggestions: [
            { messageId: 'removeOption', output: 'const view = <Status ok />;\nfetchWith({});' },
          ],
        },
      ],
    },
    {
      code: 'https.get(url, { rejectUnauthorized: false })',
      filename: 'test/client.test.ts',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 18,
          severity: 'note',
          suggestions: [{ messageId: 'removeOption', output: 'https.get(url, {})' }],
        },
      ],
    },
    // L1 axios: an insecure agent, the global default, and the option axios ignores
    {
      code: "import axios from 'axios';\nimport https from 'https';\naxios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) })",
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 46,
          data: { target: 'every request made through this `https.Agent`' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import axios from 'axios';\nimport https from 'https';\naxios.create({ httpsAgent: new https.Agent({}) })",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nimport https from 'https';\nconst insecureAgent = new https.Agent({ rejectUnauthorized: false });\naxios.defaults.httpsAgent = insecureAgent;",
      errors: [
        {
          messageId: 'globalAgent',
          line: 3,
          column: 41,
          severity: 'error',
          data: { target: 'every axios request through `axios.defaults.httpsAgent`' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import axios from 'axios';\nimport https from 'https';\nconst insecureAgent = new https.Agent({});\naxios.defaults.httpsAgent = insecureAgent;",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\naxios.get(url, { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'ineffective',
          line: 2,
          column: 18,
          severity: 'note',
          data: { library: 'axios' },
          suggestions: [
            { messageId: 'removeOption', output: "import axios from 'axios';\naxios.get(url, {})" },
          ],
        },
      ],
    },
    // L2 got
    {
      code: "import got from 'got';\nconst client = got.extend({ https: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 38,
          data: { target: 'the connections made by got' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import got from 'got';\nconst client = got.extend({ https: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import got from 'got';\nawait got(url, { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'gotTopLevel',
          line: 2,
          column: 18,
          suggestions: [
            { messageId: 'removeOption', output: "import got from 'got';\nawait got(url, {})" },
          ],
        },
      ],
    },
    // L3 request
    {
      code: "const request = require('request');\nconst client = request.defaults({ strictSSL: false })",
      errors: [
        {
          messageId: 'libraryOption',
          line: 2,
          column: 35,
          data: {
            option: 'strictSSL',
            library: 'request (and make-fetch-happen / npm-registry-fetch)',
            fix: "Remove `strictSSL: false` and trust the server's CA with `ca` (request: `ca` or `agentOptions: { ca }`).",
          },
        },
      ],
    },
    {
      code: "const rp = require('request-promise');\nrp({ uri, agentOptions: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 27,
          data: { target: 'the connections made by request' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "const rp = require('request-promise');\nrp({ uri, agentOptions: {} })",
            },
          ],
        },
      ],
    },
    // L4 node-fetch agent
    {
      code: "import fetch from 'node-fetch';\nimport https from 'https';\nfetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) })",
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 39,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import fetch from 'node-fetch';\nimport https from 'https';\nfetch(url, { agent: new https.Agent({}) })",
            },
          ],
        },
      ],
    },
    // L5 undici, including the process-wide dispatcher of global fetch
    {
      code: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }))",
      errors: [
        {
          messageId: 'globalAgent',
          line: 2,
          column: 44,
          severity: 'error',
          data: { target: 'every `fetch()` in the process (the global undici dispatcher)' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: {} }))",
            },
          ],
        },
      ],
    },
    {
      code: "import { ProxyAgent } from 'undici';\nnew ProxyAgent({ uri: proxy, requestTls: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 44,
          data: { target: 'the connections made by undici' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { ProxyAgent } from 'undici';\nnew ProxyAgent({ uri: proxy, requestTls: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import { Client } from 'undici';\nfetch(url, { dispatcher: new Client(origin, { connect: { rejectUnauthorized: false } }) })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { Client } from 'undici';\nfetch(url, { dispatcher: new Client(origin, { connect: {} }) })",
            },
          ],
        },
      ],
    },
    // L6 ws, MQTT
    {
      code: "import WebSocket from 'ws';\nnew WebSocket('wss://feed', { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 31,
          data: { target: 'the connections made by ws' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import WebSocket from 'ws';\nnew WebSocket('wss://feed', {})",
            },
          ],
        },
      ],
    },
    {
      code: "import mqtt from 'mqtt';\nmqtt.connect(broker, { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 24,
          data: { target: 'the connections made by MQTT.js' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import mqtt from 'mqtt';\nmqtt.connect(broker, {})",
            },
          ],
        },
      ],
    },
    // L7 superagent
    {
      code: "import superagent from 'superagent';\nawait superagent.get(url).disableTLSCerts()",
      errors: [{ messageId: 'superagentDisable', line: 2, column: 27 }],
    },
    {
      code: 'const agent = request.agent().disableTLSCerts();\nagent.trustLocalhost()',
      errors: [
        { messageId: 'superagentDisable', line: 1, column: 31 },
        { messageId: 'superagentLocalhost', line: 2, column: 1, severity: 'note' },
      ],
    },
    // L8 needle
    {
      code: "const needle = require('needle');\nneedle('get', url, null, { rejectUnauthorized: false });\nneedle.defaults({ rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 28,
          data: { target: 'the connections made by needle' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "const needle = require('needle');\nneedle('get', url, null, {});\nneedle.defaults({ rejectUnauthorized: false })",
            },
          ],
        },
        {
          messageId: 'disabled',
          line: 3,
          column: 19,
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "const needle = require('needle');\nneedle('get', url, null, { rejectUnauthorized: false });\nneedle.defaults({})",
            },
          ],
        },
      ],
    },
    // L9 node-postgres, Sequelize; connection strings
    {
      code: "import { Pool } from 'pg';\nnew Pool({ connectionString, ssl: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 37,
          data: { target: 'the connections made by node-postgres' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import { Pool } from 'pg';\nnew Pool({ connectionString, ssl: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import { Sequelize } from 'sequelize';\nnew Sequelize(url, { dialectOptions: { ssl: { require: true, rejectUnauthorized: false } } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 62,
          data: { target: 'the connections made by Sequelize' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { Sequelize } from 'sequelize';\nnew Sequelize(url, { dialectOptions: { ssl: { require: true } } })",
            },
          ],
        },
      ],
    },
    {
      code: "const url = 'postgres://u@db/app?sslmode=no-verify'",
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 13,
          data: {
            parameter: 'sslmode=no-verify',
            library: 'node-postgres',
            fix: 'Use `sslmode=verify-full` and give the CA (`sslrootcert=` in the URL, or `ssl: { ca }` in the options).',
          },
        },
      ],
    },
    {
      code: 'const url = `postgresql://${user}@${host}/app?uselibpqcompat=true&sslmode=require`',
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 13,
          data: {
            parameter: 'uselibpqcompat=true&sslmode=require',
            library: 'node-postgres (uselibpqcompat)',
            fix: 'Use `sslmode=verify-full` and give the CA (`sslrootcert=` in the URL, or `ssl: { ca }` in the options).',
          },
        },
      ],
    },
    // L10 postgres.js
    {
      code: "import postgres from 'postgres';\nconst sql = postgres(process.env.DATABASE_URL, { ssl: 'require' })",
      errors: [{ messageId: 'postgresJsSsl', line: 2, column: 50, data: { mode: 'require' } }],
    },
    {
      code: "import postgres from 'postgres';\nconst sql = postgres('postgres://u@h/db?sslmode=require')",
      errors: [{ messageId: 'connectionString', line: 2, column: 22 }],
    },
    {
      code: "import postgres from 'postgres';\npostgres({ host, ssl: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 25,
          data: { target: 'the connections made by postgres.js' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import postgres from 'postgres';\npostgres({ host, ssl: {} })",
            },
          ],
        },
      ],
    },
    // L11 mysql
    {
      code: "import mysql from 'mysql';\nmysql.createConnection({ host, ssl: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 39,
          data: { target: 'the connections made by mysql' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import mysql from 'mysql';\nmysql.createConnection({ host, ssl: {} })",
            },
          ],
        },
      ],
    },
    // L12 tedious / mssql
    {
      code: 'new Connection({ server, options: { trustServerCertificate: true } })',
      errors: [{ messageId: 'libraryOption', line: 1, column: 37 }],
    },
    {
      code: "const config = 'Server=db;Database=app;Encrypt=true;TrustServerCertificate=true'",
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 16,
          data: {
            parameter: 'TrustServerCertificate=true',
            library: 'mssql / tedious',
            fix: "Set `TrustServerCertificate=false` and trust the server's CA (`cryptoCredentialsDetails: { ca }` in the options).",
          },
        },
      ],
    },
    // L13 MongoDB
    {
      code: 'new MongoClient(uri, { tlsAllowInvalidCertificates: true })',
      errors: [{ messageId: 'libraryOption', line: 1, column: 24 }],
    },
    {
      code: "const uri = 'mongodb+srv://u@cluster/app?tlsInsecure=true'",
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 13,
          data: {
            parameter: 'tlsInsecure=true',
            library: 'the MongoDB driver',
            fix: "Remove the parameter and trust the server's CA with `tlsCAFile=` (or the `tlsCAFile` option).",
          },
        },
      ],
    },
    {
      code: "mongoose.connect(uri, { TLSAllowInvalidCertificates: 'true' });\nmongoose.connect(uri, { sslValidate: false })",
      errors: [
        { messageId: 'libraryOption', line: 1, column: 25 },
        { messageId: 'libraryOption', line: 2, column: 25 },
      ],
    },
    // L14 ioredis, node-redis
    {
      code: "import Redis from 'ioredis';\nnew Redis({ host, tls: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 26,
          data: { target: 'the connections made by ioredis' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import Redis from 'ioredis';\nnew Redis({ host, tls: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import { createClient } from 'redis';\ncreateClient({ socket: { tls: true, rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 37,
          data: { target: 'the connections made by node-redis' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { createClient } from 'redis';\ncreateClient({ socket: { tls: true } })",
            },
          ],
        },
      ],
    },
    // L15 nodemailer, L16 ldapjs, L17 amqplib, L18 KafkaJS, L19 Elasticsearch / OpenSearch
    {
      code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host, port: 587, tls: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 54,
          data: { target: 'the connections made by nodemailer' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host, port: 587, tls: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "const ldap = require('ldapjs');\nldap.createClient({ url: 'ldaps://dir', tlsOptions: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 55,
          data: { target: 'the connections made by ldapjs' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "const ldap = require('ldapjs');\nldap.createClient({ url: 'ldaps://dir', tlsOptions: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import amqp from 'amqplib';\nawait amqp.connect('amqps://mq', { rejectUnauthorized: false })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 36,
          data: { target: 'the connections made by amqplib' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import amqp from 'amqplib';\nawait amqp.connect('amqps://mq', {})",
            },
          ],
        },
      ],
    },
    {
      code: "import { Kafka } from 'kafkajs';\nnew Kafka({ brokers, ssl: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 29,
          data: { target: 'the connections made by KafkaJS' },
          suggestions: [
            {
              messageId: 'removeOption',
              output: "import { Kafka } from 'kafkajs';\nnew Kafka({ brokers, ssl: {} })",
            },
          ],
        },
      ],
    },
    {
      code: "import { Client } from '@elastic/elasticsearch';\nnew Client({ node, tls: { rejectUnauthorized: false } })",
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 27,
          data: { target: 'the connections made by the Elasticsearch client' },
          suggestions: [
            {
              messageId: 'removeOption',
              output:
                "import { Client } from '@elastic/elasticsearch';\nnew Client({ node, tls: {} })",
            },
          ],
        },
      ],
    },
    // L20 http-proxy family: runtime proxies and dev-server proxy config
    {
      code: "import { createProxyMiddleware } from 'http-proxy-middleware';\napp.use(createProxyMiddleware({ target: 'https://api', changeOrigin: true, secure: false }))",
      errors: [{ messageId: 'proxySecure', line: 2, column: 76 }],
    },
    {
      name: 'a development server proxy is development tooling: a note',
      code: "export default { devServer: { proxy: { '/api': { target: 'https://backend', secure: false } } } }",
      errors: [{ messageId: 'devProxySecure', line: 1, column: 77, severity: 'note' }],
    },
    // issue 13: http-proxy's per-request options and middleware without a fixed target
    {
      code: "const httpProxy = require('http-proxy');\nconst proxy = httpProxy.createProxyServer({ xfwd: true });\nproxy.web(req, res, { target: upstream, secure: false });",
      errors: [{ messageId: 'proxySecure', line: 3, column: 41, severity: 'error' }],
    },
    {
      code: "import httpProxy from 'http-proxy';\nconst proxy = httpProxy.createProxy();\nserver.on('upgrade', (req, socket, head) => proxy.ws(req, socket, head, { target: 'wss://live', secure: false }));",
      errors: [{ messageId: 'proxySecure', line: 3, column: 97 }],
    },
    {
      name: 'a proxy server kept on an object, in a file that loads http-proxy',
      code: "const httpProxy = require('http-proxy');\nclass Gateway {\n  constructor() { this.proxy = httpProxy.createProxyServer(); }\n  forward(req, res) { this.proxy.web(req, res, { target: this.upstream, secure: false }); }\n}",
      errors: [{ messageId: 'proxySecure', line: 4, column: 73 }],
    },
    {
      code: "const { createProxyMiddleware } = require('http-proxy-middleware');\napp.use('/api', createProxyMiddleware({ router: pickBackend, changeOrigin: true, secure: false }));",
      errors: [{ messageId: 'proxySecure', line: 2, column: 82 }],
    },
    {
      code: "const httpProxy = require('http-proxy');\nconst proxy = httpProxy.createProxyServer();\nproxy.web(req, res, { target, secure: !config.verifyUpstreamTls });",
      errors: [
        {
          messageId: 'userSwitch',
          line: 3,
          column: 31,
          severity: 'warning',
          data: {
            option: 'secure',
            expression: '!config.verifyUpstreamTls',
            target: "this proxy's HTTPS target",
            condition: 'when `config.verifyUpstreamTls` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    // issue 13: node-libcurl / curly
    {
      code: "const { Curl } = require('node-libcurl');\nconst curl = new Curl();\ncurl.setOpt('SSL_VERIFYPEER', 0);\ncurl.setOpt(Curl.option.PROXY_SSL_VERIFYPEER, false);",
      errors: [
        {
          messageId: 'curlVerifyPeer',
          line: 3,
          column: 1,
          severity: 'error',
          data: { option: "curl.setOpt('SSL_VERIFYPEER', 0)" },
        },
        { messageId: 'curlVerifyPeer', line: 4, column: 1 },
      ],
    },
    {
      code: "import { curly } from 'node-libcurl';\nconst { data } = await curly.get(url, { sslVerifyPeer: false, followLocation: true });",
      errors: [
        {
          messageId: 'curlVerifyPeer',
          line: 2,
          column: 41,
          data: { option: 'sslVerifyPeer: false' },
        },
      ],
    },
    {
      code: "curl.setOpt('SSL_VERIFYPEER', monitor.ignoreTls ? 0 : 1)",
      errors: [{ messageId: 'userSwitch', line: 1, column: 1, severity: 'warning' }],
    },
    // issue 13: connection strings of nodemailer and mysql/mysql2
    {
      code: "const nodemailer = require('nodemailer');\nnodemailer.createTransport(`smtps://alerts:${password}@relay.example:465/?pool=true&tls.rejectUnauthorized=false`);",
      errors: [
        {
          messageId: 'connectionString',
          line: 2,
          column: 28,
          severity: 'error',
          data: {
            parameter: 'tls.rejectUnauthorized=false',
            library: 'nodemailer',
            fix: "Remove the parameter; if the mail server's CA is private, pass it as `tls: { ca }` in the transport options.",
          },
        },
      ],
    },
    {
      code: "const mysql = require('mysql2/promise');\nmysql.createPool('mysql://app@db.internal/app?ssl={\"rejectUnauthorized\":false}');\nmysql.createPool('mysql://app@db/app?ssl=%7B%22rejectUnauthorized%22%3Afalse%7D');",
      errors: [
        {
          messageId: 'connectionString',
          line: 2,
          column: 18,
          data: {
            parameter: 'ssl={"rejectUnauthorized":false}',
            library: 'mysql / mysql2',
            fix: "Drop `rejectUnauthorized: false` from the `ssl` parameter and give the server's CA instead (`ssl: { ca }` in the options, or mysql2's `ssl: 'Amazon RDS'` profile).",
          },
        },
        { messageId: 'connectionString', line: 3, column: 18 },
      ],
    },
    // issue 13: an insecure default carried on a class property
    {
      code: [
        "const ldap = require('ldapjs');",
        'class Directory {',
        '  constructor(url) { this.url = url; this.verifyServerCert = false; }',
        '  connect() {',
        '    return ldap.createClient({ url: this.url, tlsOptions: { rejectUnauthorized: this.verifyServerCert } });',
        '  }',
        '}',
      ].join('\n'),
      errors: [{ messageId: 'disabled', line: 5, column: 61, severity: 'error' }],
    },
    {
      code: 'class Client {\n  strict = false;\n  configure(options) { this.strict = options.strict; }\n  open() { return tls.connect({ host: this.host, rejectUnauthorized: this.strict }); }\n}',
      errors: [
        {
          messageId: 'userSwitch',
          line: 4,
          column: 50,
          severity: 'warning',
          data: {
            option: 'rejectUnauthorized',
            expression: 'this.strict',
            target: 'this `tls.connect` connection',
            condition: 'unless `this.strict` is set',
            advice:
              "Verification is off unless someone turns it on: make verifying the default, and turning it off an explicit opt-in named for what it does (`allowInsecureTls`) — better, accept the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    // L21 @actions/http-client
    {
      code: "import * as httpm from '@actions/http-client';\nnew httpm.HttpClient('my-action', [], { ignoreSslError: true })",
      errors: [{ messageId: 'libraryOption', line: 2, column: 41 }],
    },
    // R1 Electron certificate-error handlers
    {
      code: "app.on('certificate-error', (e, wc, url, err, cert, cb) => { e.preventDefault(); cb(true) })",
      errors: [{ messageId: 'electronTrustAll', line: 1, column: 82 }],
    },
    {
      code: "win.webContents.on('certificate-error', (event, url, error, certificate, callback) => { event.preventDefault(); callback(true) })",
      errors: [{ messageId: 'electronTrustAll', line: 1, column: 113 }],
    },
    {
      name: 'issue 13: the finding sits on the callback(true) line, where a diff changes it',
      code: [
        "const { app } = require('electron');",
        "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {",
        '  event.preventDefault();',
        '  callback(true);',
        '});',
      ].join('\n'),
      errors: [{ messageId: 'electronTrustAll', line: 4, column: 3, severity: 'error' }],
    },
    {
      code: [
        'function trustEverything(event, webContents, url, error, certificate, callback) {',
        '  event.preventDefault();',
        '  if (isDev) callback(true);',
        '}',
        "app.on('certificate-error', trustEverything);",
      ].join('\n'),
      errors: [
        {
          messageId: 'electronTrustAllConditional',
          line: 3,
          column: 14,
          severity: 'warning',
          data: { condition: 'when `isDev` is set' },
        },
      ],
    },
    // R2 setCertificateVerifyProc
    {
      code: 'session.defaultSession.setCertificateVerifyProc((req, cb) => cb(0))',
      errors: [{ messageId: 'electronVerifyProc', line: 1, column: 1, severity: 'error' }],
    },
    {
      code: 'ses.setCertificateVerifyProc((_r, done) => { done(0) })',
      errors: [{ messageId: 'electronVerifyProc', line: 1, column: 1 }],
    },
    // R3 Chromium switches
    {
      code: "app.commandLine.appendSwitch('ignore-certificate-errors');\napp.commandLine.appendSwitch('ignore-certificate-errors', 'true')",
      errors: [
        { messageId: 'electronSwitch', line: 1, column: 1 },
        { messageId: 'electronSwitch', line: 2, column: 1 },
      ],
    },
    {
      code: "app.commandLine.appendSwitch('ignore-certificate-errors-spki-list', spki);\napp.commandLine.appendSwitch('allow-insecure-localhost')",
      errors: [
        { messageId: 'electronSpkiSwitch', line: 1, column: 1, severity: 'warning' },
        { messageId: 'electronLocalhostSwitch', line: 2, column: 1, severity: 'note' },
      ],
    },
    // R5 Bun
    {
      code: 'await fetch(url, { tls: { rejectUnauthorized: false } })',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 27,
          data: { target: "the connections made by Bun's fetch" },
          suggestions: [{ messageId: 'removeOption', output: 'await fetch(url, { tls: {} })' }],
        },
      ],
    },
    // issue 13: the fix for a bare TLSSocket is tls.connect({ socket, servername, ca })
    {
      code: "const tls = require('tls');\nconst secure = new tls.TLSSocket(rawSocket, { rejectUnauthorized: false });",
      errors: [{ messageId: 'tlsSocketDisabled', line: 2, column: 47, severity: 'error' }],
    },
    // N6 a bare client TLSSocket
    {
      code: "const tls = require('tls');\nconst secure = new tls.TLSSocket(rawSocket, { secureContext: ctx, rejectUnauthorized: true })",
      errors: [{ messageId: 'bareSocket', line: 2, column: 16 }],
    },
    // a library switch that depends on the environment
    {
      code: "new MongoClient(uri, { tlsAllowInvalidCertificates: process.env.NODE_ENV !== 'production' })",
      errors: [{ messageId: 'conditional', line: 1, column: 24, severity: 'warning' }],
    },
    // ESLint suggestions (issue 18): offered only where the edit is safe
    {
      name: 'suggestions: a property on a line of its own goes with its line and its comment',
      code: 'https.request({\n  host,\n  rejectUnauthorized: false, // self-signed in staging\n  timeout: 5000,\n});',
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'https.request({\n  host,\n  timeout: 5000,\n});',
            },
          ],
        },
      ],
    },
    {
      name: 'suggestions: the last property takes the comma before it, leaving comments be',
      code: 'https.request({\n  host, // the API\n  rejectUnauthorized: false\n});',
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 3,
          suggestions: [
            { messageId: 'removeOption', output: 'https.request({\n  host // the API\n});' },
          ],
        },
      ],
    },
    {
      name: 'suggestions: a comma inside a comment is not the separator',
      code: 'tls.connect({ rejectUnauthorized: false /* staging, for now */, host })',
      errors: [
        {
          messageId: 'disabled',
          line: 1,
          column: 15,
          suggestions: [{ messageId: 'removeOption', output: 'tls.connect({ host })' }],
        },
      ],
    },
    {
      name: 'suggestions: an assignment statement is removed with its line',
      code: 'function insecure(agent) {\n  agent.options.rejectUnauthorized = false; // TODO\n  return agent;\n}\nhttps.get(url, { agent: insecure(new https.Agent()) });',
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'removeAssignment',
              output:
                'function insecure(agent) {\n  return agent;\n}\nhttps.get(url, { agent: insecure(new https.Agent()) });',
            },
          ],
        },
      ],
    },
    {
      name: 'suggestions: none where removing the statement would leave an empty `if`',
      code: 'const agent = new https.Agent();\nif (legacy) agent.options.rejectUnauthorized = false;\nhttps.get(url, { agent });',
      errors: [{ messageId: 'disabled', line: 2, column: 13 }],
    },
  ],
};
