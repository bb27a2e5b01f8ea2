import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-unenforced-client-certs: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // rules.md N5 "Do not flag": the handler rejects unauthorized clients (the documented custom-error pattern)
    [
      'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, (socket) => {',
      "  if (!socket.authorized) { socket.end('client certificate required'); return; }",
      '  serve(socket);',
      '});',
    ].join('\n'),
    // N5 "Do not flag": without requestCert the option is inert; requestCert must be exactly `true`
    'https.createServer({ key, cert, rejectUnauthorized: false }, app)',
    'tls.createServer({ key, cert, requestCert: 1, rejectUnauthorized: false }, (s) => s.end())',
    "tls.createServer({ key, cert, requestCert: 'true', rejectUnauthorized: false }, (s) => s.end())",
    // enforced, or only falsy-but-not-false (servers test `!== false`)
    'tls.createServer({ key, cert, ca, requestCert: true }, (s) => s.end())',
    'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, (s) => s.end())',
    'tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: 0 }, (s) => s.end())',
    'tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: null }, (s) => s.end())',
    // a later key overrides the spread one
    'const base = { rejectUnauthorized: false };\ntls.createServer({ ...base, key, cert, requestCert: true, rejectUnauthorized: true }, (s) => s.end())',
    // opaque values
    'tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: cfg.strictClients }, (s) => s.end())',
    'tls.createServer({ key, cert, requestCert: cfg.mtls, rejectUnauthorized: false }, (s) => s.end())',
    // other guard shapes: express middleware, a helper, `||`, verifyError(), a 'request' listener
    [
      "import https from 'node:https';",
      "import express from 'express';",
      'const app = express();',
      'app.use((req, res, next) => {',
      "  if (!req.client.authorized) return res.status(401).send('client certificate required');",
      '  next();',
      '});',
      'https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, app).listen(443);',
    ].join('\n'),
    'function requireClient(socket) { if (!socket.authorized) socket.destroy(); }\ntls.createServer({ key, cert, requestCert: true, rejectUnauthorized: false }, (s) => { requireClient(s); s.end(); })',
    'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, (socket) => {\n  socket.authorized || socket.destroy();\n})',
    'new tls.Server({ key, cert, requestCert: true, rejectUnauthorized: false }, (s) => { if (s.verifyError()) s.destroy(); })',
    [
      'const server = https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false });',
      "server.on('request', (req, res) => {",
      '  res.writeHead(req.socket.authorized ? 200 : 401).end();',
      '});',
    ].join('\n'),
    // clients: rejectUnauthorized there belongs to no-disabled-cert-verification
    'tls.connect({ host, requestCert: true, rejectUnauthorized: false })',
    'https.get(url, { requestCert: true, rejectUnauthorized: false })',
    // reads, comments, strings, types
    'if (options.requestCert && options.rejectUnauthorized === false) warn()',
    '// tls.createServer({ requestCert: true, rejectUnauthorized: false })\ntls.createServer({ key, cert, requestCert: true }, onConn)',
    "log('requestCert: true with rejectUnauthorized: false accepts any client')",
    'interface ServerOptions { requestCert: true; rejectUnauthorized: false }',
  ],
  invalid: [
    // rules.md N5 "Flag"
    {
      code: 'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, onConn)',
      errors: [
        {
          messageId: 'unenforced',
          line: 1,
          column: 54,
          severity: 'error',
          data: { api: '`tls.createServer`' },
        },
      ],
    },
    // the handler looks but never turns anyone away
    {
      code: [
        'tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: false }, (socket) => {',
        '  const cn = socket.getPeerCertificate().subject.CN;',
        '  serve(socket, cn);',
        '});',
      ].join('\n'),
      errors: [
        {
          messageId: 'unguarded',
          line: 1,
          column: 50,
          severity: 'warning',
          data: { api: '`tls.createServer`' },
        },
      ],
    },
    {
      code: [
        "const tls = require('tls');",
        'const options = { key, cert, ca, requestCert: true };',
        'const server = tls.createServer({ ...options, rejectUnauthorized: false });',
        "server.on('secureConnection', (socket) => {",
        "  console.log('client authorized:', socket.authorized);",
        '  socket.pipe(socket);',
        '});',
      ].join('\n'),
      errors: [{ messageId: 'unguarded', line: 3, column: 47 }],
    },
    {
      // the only check in the file belongs to a client connection, not to this server's handler
      code: 'tls.createServer({ key, cert, requestCert: true, rejectUnauthorized: false }, (s) => s.end());\ntls.connect({ host, ca }, function () { if (!this.authorized) this.destroy(); });',
      errors: [{ messageId: 'unguarded', line: 1, column: 50 }],
    },
    // handlers not visible here and no check in the file
    {
      code: [
        "import https from 'node:https';",
        "import { app } from './app.js';",
        'https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, app).listen(443);',
      ].join('\n'),
      errors: [
        { messageId: 'unenforced', line: 3, column: 56, data: { api: '`https.createServer`' } },
      ],
    },
    // options built elsewhere: spread, constants, member assignment, Object.assign, helpers
    {
      code: 'const base = { rejectUnauthorized: false };\ntls.createServer({ ...base, key, cert, requestCert: true }, (s) => s.end())',
      errors: [{ messageId: 'unenforced', line: 1, column: 16 }],
    },
    {
      code: 'const opts = { key, cert, requestCert: true };\nopts.rejectUnauthorized = false;\nnew tls.Server(opts, handle);',
      errors: [{ messageId: 'unenforced', line: 2, column: 1, data: { api: '`tls.Server`' } }],
    },
    {
      code: [
        "import { createServer } from 'node:tls';",
        'const mtls = Object.assign({ key, cert, ca }, { requestCert: true, rejectUnauthorized: false });',
        'createServer(mtls, (socket) => socket.end());',
      ].join('\n'),
      errors: [{ messageId: 'unenforced', line: 2, column: 68 }],
    },
    {
      code: [
        'function serverOptions() {',
        '  return { key, cert, ca, requestCert: true, rejectUnauthorized: false as boolean };',
        '}',
        "const { Server } = require('node:https');",
        'export const server = new Server(serverOptions(), handler);',
      ].join('\n'),
      errors: [{ messageId: 'unenforced', line: 2, column: 46, data: { api: '`https.Server`' } }],
    },
    {
      code: [
        "import * as http2 from 'node:http2';",
        'const server = http2.createSecureServer({',
        '  key,',
        '  cert,',
        '  ca,',
        '  requestCert: true,',
        '  rejectUnauthorized: false,',
        '});',
        "server.on('stream', (stream) => stream.respond({ ':status': 200 }));",
      ].join('\n'),
      errors: [
        {
          messageId: 'unenforced',
          line: 7,
          column: 3,
          data: { api: '`http2.createSecureServer`' },
        },
      ],
    },
    // false only in some environments
    {
      code: [
        "import { createSecureServer } from 'node:http2';",
        "const server = createSecureServer({ key, cert, ca, requestCert: true, rejectUnauthorized: process.env.NODE_ENV === 'production' });",
        "server.on('stream', (stream) => stream.respond({ ':status': 200 }));",
      ].join('\n'),
      errors: [
        {
          messageId: 'conditional',
          line: 2,
          column: 71,
          severity: 'warning',
          data: {
            api: '`http2.createSecureServer`',
            expression: "process.env.NODE_ENV === 'production'",
            condition: "when `process.env.NODE_ENV !== 'production'`",
          },
        },
      ],
    },
    // test code is capped at note
    {
      code: 'tls.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: false }, onConn)',
      filename: 'test/mtls.test.ts',
      errors: [{ messageId: 'unenforced', line: 1, column: 54, severity: 'note' }],
    },
  ],
};
