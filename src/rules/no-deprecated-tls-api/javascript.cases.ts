import type { RuleTests } from '../../../test/rule-tester.js';

const UNDEFINED_CALL = 'it is `undefined` there, and using it throws a `TypeError`';
const PAIR_REPLACEMENT =
  '`tls.connect({ socket })` to secure an existing client socket (it verifies the certificate and host name), or `new tls.TLSSocket(socket, { isServer: true, secureContext })` on a server';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-deprecated-tls-api: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // rules.md N15 "Do not flag"
    'tls.createSecureContext({ key, cert })',
    'const pair = { createSecurePair() { return null; } };\npair.createSecurePair();',
    'legacy.createSecurePair(context, false)',
    'class Wrapper {\n  createSecurePair() {}\n  connect() { return this.createSecurePair(); }\n}',
    // feature detection: written to survive the removal
    "if (typeof tls.createSecurePair === 'function') {\n  tls.createSecurePair(context);\n}",
    'const pair = tls.createSecurePair ? tls.createSecurePair(context) : undefined;',
    'tls.createSecurePair?.(context)',
    "const hasPair = typeof tls.SecurePair !== 'undefined';",
    // look-alike names from other modules
    "const { Credentials } = require('aws-sdk');\nnew Credentials(accessKeyId, secretAccessKey);",
    'new AWS.Credentials(accessKeyId, secretAccessKey)',
    'marked.setOptions({ gfm: true })',
    "const server = require('net').createServer();\nserver.setOptions({ pauseOnConnect: true });",
    'const server = tls.createServer({ key, cert });\nserver.setSecureContext({ key, cert });',
    // servername: host names, unknown values, and no servername when connecting by IP
    "tls.connect({ host, servername: 'api.example.com' })",
    "tls.connect({ host, servername: '1.example.com' })",
    'tls.connect({ host, servername: options.host })',
    "tls.connect({ host: '10.0.0.5', port: 443 })",
    // ecdhCurve strings
    "tls.createServer({ key, cert, ecdhCurve: 'auto' })",
    "tls.createServer({ key, cert, ecdhCurve: 'X25519:P-256' })",
    // public modules, other constants, strings
    "const tls = require('node:tls');",
    'log("do not require(\'_tls_wrap\')")',
    "const { O_RDONLY } = require('constants');\nconst flags = require('constants').O_WRONLY;",
    'tls.connect({ secureOptions: crypto.constants.SSL_OP_NO_SSLv3 })',
    "const { constants } = require('crypto');\ntls.connect({ secureOptions: constants.SSL_OP_NO_TLSv1 });",
    // secureProtocol values that do not pin TLS 1.2 (old versions: no-insecure-tls-version)
    "tls.connect({ secureProtocol: 'TLS_method' })",
    "tls.connect({ secureProtocol: 'TLSv1_method' })",
    // comments
    '// tls.parseCertString(cert.subject) was removed\nconst subject = socket.getPeerCertificate().subject;',
  ],
  invalid: [
    // rules.md N15 "Flag"
    {
      code: 'tls.createSecurePair(ctx, false, true, false)',
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 1,
          severity: 'warning',
          data: {
            api: '`tls.createSecurePair`',
            version: '24',
            dep: 'DEP0064',
            consequence: UNDEFINED_CALL,
            replacement: PAIR_REPLACEMENT,
          },
        },
      ],
    },
    {
      code: 'crypto.createCredentials({ key, cert })',
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 1,
          data: {
            api: '`crypto.createCredentials`',
            version: '11',
            dep: 'DEP0010',
            consequence: UNDEFINED_CALL,
            replacement: '`tls.createSecureContext(options)`',
          },
        },
      ],
    },
    {
      code: 'tls.parseCertString(cert.subject)',
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 1,
          data: {
            api: '`tls.parseCertString`',
            version: '18',
            dep: 'DEP0076',
            consequence: UNDEFINED_CALL,
            replacement:
              'the already parsed fields of `socket.getPeerCertificate().subject` (`querystring.parse()` is not a safe replacement: it mis-parses escaped values)',
          },
        },
      ],
    },
    // module tracking: destructuring, imports, aliases, new, instanceof
    {
      code: "const { createSecurePair } = require('node:tls');\nconst pair = createSecurePair(context, true);",
      errors: [{ messageId: 'removed', line: 2, column: 14 }],
    },
    {
      code: "import { SecurePair } from 'tls';\nconst pair = new SecurePair(context, true);",
      errors: [
        {
          messageId: 'removed',
          line: 2,
          column: 14,
          data: {
            api: '`tls.SecurePair`',
            version: '24',
            dep: 'DEP0043',
            consequence: UNDEFINED_CALL,
            replacement: PAIR_REPLACEMENT,
          },
        },
      ],
    },
    {
      code: "const nodeTls = require('tls');\nif (stream instanceof nodeTls.CryptoStream) stream.destroy();",
      errors: [
        {
          messageId: 'removed',
          line: 2,
          column: 5,
          data: {
            api: '`tls.CryptoStream`',
            version: '10',
            dep: 'DEP0042',
            consequence: UNDEFINED_CALL,
            replacement: '`tls.TLSSocket`',
          },
        },
      ],
    },
    {
      code: "import * as nodeCrypto from 'node:crypto';\nconst credentials = new nodeCrypto.Credentials();",
      errors: [{ messageId: 'removed', line: 2, column: 21 }],
    },
    {
      code: "import tls from 'tls';\nconst out = {};\ntls.convertNPNProtocols(['h2', 'http/1.1'], out);",
      errors: [
        {
          messageId: 'removed',
          line: 3,
          column: 1,
          data: {
            api: '`tls.convertNPNProtocols`',
            version: '11',
            dep: 'DEP0107',
            consequence: UNDEFINED_CALL,
            replacement: 'ALPN: the `ALPNProtocols` option (NPN support is gone)',
          },
        },
      ],
    },
    // tlsServer.setOptions (DEP0122)
    {
      code: 'const server = tls.createServer({ key, cert });\nserver.setOptions({ key: nextKey, cert: nextCert });',
      errors: [
        {
          messageId: 'removed',
          line: 2,
          column: 1,
          data: {
            api: '`tlsServer.setOptions()`',
            version: '24',
            dep: 'DEP0122',
            consequence: '`tls.Server` no longer has the method, so the call throws a `TypeError`',
            replacement: '`server.setSecureContext(options)`',
          },
        },
      ],
    },
    {
      code: "import { Server } from 'node:https';\nconst server = new Server({ key, cert }, app);\nconst alias = server;\nalias.setOptions(rotated);",
      errors: [{ messageId: 'removed', line: 4, column: 1 }],
    },
    // servername set to an IP address (DEP0123)
    {
      code: "tls.connect({ host: '10.0.0.5', port: 443, servername: '10.0.0.5' })",
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 44,
          data: {
            api: '`servername` set to an IP address',
            version: '25',
            dep: 'DEP0123',
            consequence:
              'SNI may only carry host names (RFC 6066), and `tls.connect` now throws `ERR_INVALID_ARG_VALUE` for an IP',
            replacement:
              'no `servername` when connecting by IP address — the certificate is still checked against the IP, which must be in its subjectAltName — or the host name the certificate was issued for',
          },
        },
      ],
    },
    {
      code: "const HOST = '192.168.1.10';\nhttps.request({ host: HOST, servername: HOST, path: '/' });",
      errors: [{ messageId: 'removed', line: 2, column: 29 }],
    },
    {
      code: "const options = { host };\noptions.servername = 'fe80::1';\ntls.connect(options);",
      errors: [{ messageId: 'removed', line: 2, column: 1 }],
    },
    // ecdhCurve: false (DEP0083)
    {
      code: 'tls.createServer({ key, cert, ecdhCurve: false })',
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 31,
          data: {
            api: '`ecdhCurve: false`',
            version: '10',
            dep: 'DEP0083',
            consequence:
              'turning ECDH off this way is no longer supported and `ecdhCurve` must be a string (Node throws `ERR_INVALID_ARG_TYPE`)',
            replacement:
              "the default (`'auto'`), or a curve list such as `ecdhCurve: 'X25519:P-256'` — ECDHE is what gives forward secrecy",
          },
        },
      ],
    },
    // internal modules (DEP0192)
    {
      code: "const { TLSSocket } = require('_tls_wrap');",
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 23,
          severity: 'note',
          data: {
            api: 'The internal module `_tls_wrap`',
            dep: 'DEP0192',
            status:
              'it was never a public API, and current Node (26) prints a deprecation warning when it is loaded',
            replacement: "the public `require('node:tls')`",
          },
        },
      ],
    },
    {
      code: "import { SecureContext } from 'node:_tls_common';\nconst wrap = await import('_tls_wrap');",
      errors: [
        { messageId: 'deprecated', line: 1, column: 1 },
        { messageId: 'deprecated', line: 2, column: 20 },
      ],
    },
    // SSL_OP_* from the constants module (DEP0008): one finding per require/import
    {
      code: "const { SSL_OP_NO_SSLv3, SSL_OP_NO_TLSv1 } = require('constants');\ntls.createServer({ secureOptions: SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 });",
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 46,
          data: {
            api: "Reading `SSL_OP_*` flags from `require('constants')`",
            dep: 'DEP0008',
            status:
              'the `constants` module has been deprecated in the documentation since Node 6.3',
            replacement:
              "`require('node:crypto').constants` (for example `crypto.constants.SSL_OP_NO_TLSv1`)",
          },
        },
      ],
    },
    {
      code: "tls.connect({ secureOptions: require('constants').SSL_OP_NO_SSLv3 })",
      errors: [{ messageId: 'deprecated', line: 1, column: 30 }],
    },
    {
      code: "const c = require('constants');\nconst options = { secureOptions: c.SSL_OP_NO_SSLv3 | c.SSL_OP_NO_TLSv1 };",
      errors: [{ messageId: 'deprecated', line: 1, column: 11 }],
    },
    {
      code: "import constants from 'node:constants';\nconst flags = constants.SSL_OP_NO_SSLv2;",
      errors: [{ messageId: 'deprecated', line: 1, column: 1 }],
    },
    {
      code: "import { SSL_OP_NO_TLSv1 } from 'constants';",
      errors: [{ messageId: 'deprecated', line: 1, column: 1 }],
    },
    // rules.md N7b: TLS 1.2 pinned through secureProtocol (info)
    {
      code: "new Client({ node, tls: { secureProtocol: 'TLSv1_2_method' } })",
      errors: [
        {
          messageId: 'pinsTls12',
          line: 1,
          column: 27,
          severity: 'note',
          data: {
            method: 'TLSv1_2_method',
            target: 'the TLS connections that use these options',
          },
        },
      ],
    },
    {
      code: "const tls = require('tls');\ntls.connect(443, host, { secureProtocol: 'TLSv1_2_client_method' as const });",
      errors: [
        {
          messageId: 'pinsTls12',
          line: 2,
          column: 26,
          data: { method: 'TLSv1_2_client_method', target: 'this `tls.connect` connection' },
        },
      ],
    },
    // test code is capped at note
    {
      code: 'tls.createSecurePair(ctx, false)',
      filename: 'test/legacy.js',
      errors: [{ messageId: 'removed', line: 1, column: 1, severity: 'note' }],
    },
  ],
};
