import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-insecure-tls-version: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // issue 13: expected values in assertions are data, not configuration
    "expect(tlsOptions(config)).toEqual({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' })",
    "const assert = require('assert');\nassert.deepStrictEqual(options, { secureProtocol: 'TLSv1_method' })",
    // rules.md N7 "Do not flag"
    "tls.connect({ host, secureProtocol: 'TLS_method' })",
    "https.get(url, { secureProtocol: 'SSLv23_method' })",
    "tls.connect({ host, minVersion: 'TLSv1.2' })",
    // N7b: pinning TLS 1.2 is safe; no-deprecated-tls-api reports it as info
    "tls.connect({ host, secureProtocol: 'TLSv1_2_method' })",
    // method names are case-sensitive and TLSv1_3_method does not exist: both throw
    "tls.connect({ secureProtocol: 'tlsv1_method' })",
    "tls.connect({ secureProtocol: 'TLSv1_3_method' })",
    // N8 "Do not flag"
    "tls.connect({ minVersion: 'TLSv1.3' })",
    "tls.connect({ host, maxVersion: 'TLSv1.2' })",
    // values Node rejects with ERR_TLS_INVALID_PROTOCOL_VERSION are not weak versions
    "tls.connect({ minVersion: 'TLSv1.0' })",
    "tls.connect({ minVersion: 'tlsv1.2' })",
    "https.createServer({ key, cert, minVersion: 'SSLv3' })",
    // N9 "Do not flag"
    "tls.DEFAULT_MIN_VERSION = 'TLSv1.3'",
    'console.log(`TLS floor: ${tls.DEFAULT_MIN_VERSION}`)',
    "if (tls.DEFAULT_MIN_VERSION === 'TLSv1') throw new Error('TLS floor too low')",
    "import tls from 'node:tls';\ntls.DEFAULT_MAX_VERSION = 'TLSv1.3';",
    // a DEFAULT_MIN_VERSION that is not the tls module's
    "const DEFAULT_MIN_VERSION = 'TLSv1';\nsettings.DEFAULT_MIN_VERSION = 'TLSv1';",
    "Object.assign(defaults, { DEFAULT_MIN_VERSION: 'TLSv1' })",
    // N10 "Do not flag"
    "spawn('node', ['--tls-min-v1.2', 'app.js'])",
    "execSync('node --tls-min-v1.3 app.js')",
    "process.env.NODE_OPTIONS = '--tls-max-v1.3 --max-old-space-size=4096'",
    // reading the flags, mentioning them, and fork's script arguments (not Node options)
    "if (process.execArgv.includes('--tls-min-v1.0')) console.warn('legacy TLS enabled')",
    "console.log('restart with node --tls-min-v1.0 to reach the old appliance')",
    "fork('./server.js', ['--tls-min-v1.0'])",
    // only words that reach Node count: not other programs' arguments
    "execSync('echo --tls-min-v1.0 is not allowed here')",
    "spawn('grep', ['-r', '--tls-min-v1.0', 'docs'])",
    // N12 "Do not flag": hardening flags
    'const c = crypto.constants;\ntls.connect({ secureOptions: c.SSL_OP_NO_SSLv3 | c.SSL_OP_NO_TLSv1 | c.SSL_OP_NO_TLSv1_1 });',
    'tls.createServer({ secureOptions: crypto.constants.SSL_OP_NO_RENEGOTIATION })',
    "const { constants } = require('crypto');\nhttps.request({ secureOptions: constants.SSL_OP_NO_TLSv1_3 });",
    // comments, strings, types, destructuring, unknown values
    "// minVersion: 'TLSv1'\ntls.connect({ host })",
    'log("minVersion: \'TLSv1\' is too old")',
    "interface LegacyTls { minVersion: 'TLSv1'; secureProtocol: 'TLSv1_method' }",
    "const { minVersion = 'TLSv1' } = options",
    'tls.connect({ host, minVersion: config.tls.minVersion })',
    "tls.connect({ minVersion: process.env.TLS_MIN_VERSION ?? 'TLSv1.2' })",
    // a look-alike key with a semver value
    "checkEngine({ name: 'node', minVersion: '1.0.0' })",
    // @SECLEVEL=0 with a modern floor: no-weak-ciphers' business, not a version problem
    "tls.connect({ minVersion: 'TLSv1.2', ciphers: 'DEFAULT:@SECLEVEL=0' })",
  ],
  invalid: [
    // rules.md N7 "Flag"
    {
      code: "const options = { secureProtocol: 'TLSv1_method' };",
      errors: [
        {
          messageId: 'weakMethod',
          line: 1,
          column: 19,
          severity: 'error',
          data: {
            method: 'TLSv1_method',
            version: '1.0',
            target: 'the TLS connections that use these options',
          },
          suggestions: [
            { messageId: 'useMinVersion', output: "const options = { minVersion: 'TLSv1.2' };" },
          ],
        },
      ],
    },
    {
      code: "tls.createSecureContext({ secureProtocol: 'SSLv3_method' })",
      errors: [
        {
          messageId: 'sslMethod',
          line: 1,
          column: 27,
          data: { method: 'SSLv3_method', version: '3.0' },
          suggestions: [
            {
              messageId: 'useMinVersion',
              output: "tls.createSecureContext({ minVersion: 'TLSv1.2' })",
            },
          ],
        },
      ],
    },
    {
      code: "request({ url, secureProtocol: 'TLSv1_1_client_method' })",
      errors: [
        {
          messageId: 'weakMethod',
          line: 1,
          column: 16,
          suggestions: [
            { messageId: 'useMinVersion', output: "request({ url, minVersion: 'TLSv1.2' })" },
          ],
        },
      ],
    },
    {
      code: "const tls = require('tls');\ntls.connect(443, host, { secureProtocol: 'SSLv2_client_method' });",
      errors: [
        {
          messageId: 'sslMethod',
          line: 2,
          column: 26,
          data: { method: 'SSLv2_client_method', version: '2.0' },
          suggestions: [
            {
              messageId: 'useMinVersion',
              output:
                "const tls = require('tls');\ntls.connect(443, host, { minVersion: 'TLSv1.2' });",
            },
          ],
        },
      ],
    },
    {
      code: "const needle = require('needle');\nneedle.get(url, { secureProtocol: 'TLSv1_1_method' }, done);",
      errors: [
        {
          messageId: 'weakMethod',
          line: 2,
          column: 19,
          data: {
            method: 'TLSv1_1_method',
            version: '1.1',
            target: 'the connections made by needle',
          },
          suggestions: [
            {
              messageId: 'useMinVersion',
              output:
                "const needle = require('needle');\nneedle.get(url, { minVersion: 'TLSv1.2' }, done);",
            },
          ],
        },
      ],
    },
    {
      code: "import httpProxy from 'http-proxy';\nhttpProxy.createProxyServer({ target: 'https://legacy.internal', secureProtocol: 'TLSv1_method' });",
      errors: [
        {
          messageId: 'weakMethod',
          line: 2,
          column: 66,
          suggestions: [
            {
              messageId: 'useMinVersion',
              output:
                "import httpProxy from 'http-proxy';\nhttpProxy.createProxyServer({ target: 'https://legacy.internal', minVersion: 'TLSv1.2' });",
            },
          ],
        },
      ],
    },
    // N8 "Flag"
    {
      code: "tls.connect({ minVersion: 'TLSv1' })",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 1,
          column: 15,
          severity: 'warning',
          data: { value: 'TLSv1', version: '1.0', target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: "https.createServer({ key, cert, minVersion: 'TLSv1.1' })",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 1,
          column: 33,
          data: {
            value: 'TLSv1.1',
            version: '1.1',
            target: 'every connection this `https.createServer` server accepts',
          },
        },
      ],
    },
    {
      code: "tls.connect({ maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' })",
      errors: [
        {
          messageId: 'seclevelVersion',
          line: 1,
          column: 15,
          severity: 'error',
          data: {
            option: 'maxVersion',
            value: 'TLSv1.1',
            version: '1.1',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    {
      code: "https.get(url, { maxVersion: 'TLSv1' })",
      errors: [{ messageId: 'weakMaxVersion', line: 1, column: 18 }],
    },
    // @SECLEVEL=0 reaching the same options through a spread, a constant and a glued token
    {
      code: "const legacy = { minVersion: 'TLSv1' };\nconst CIPHERS = 'DEFAULT@SECLEVEL=0';\ntls.connect({ ...legacy, host, ciphers: CIPHERS });",
      errors: [{ messageId: 'seclevelVersion', line: 1, column: 18 }],
    },
    // library option bags and server options: a weak version is weak on both sides
    {
      code: "import got from 'got';\nawait got(url, { https: { minVersion: 'TLSv1' } });",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 2,
          column: 27,
          data: {
            value: 'TLSv1',
            version: '1.0',
            target: 'the connections made by got',
          },
        },
      ],
    },
    {
      code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({\n  host: 'smtp.example.com',\n  tls: { secureProtocol: 'TLSv1_method' },\n});",
      errors: [
        {
          messageId: 'weakMethod',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useMinVersion',
              output:
                "import nodemailer from 'nodemailer';\nnodemailer.createTransport({\n  host: 'smtp.example.com',\n  tls: { minVersion: 'TLSv1.2' },\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import { Pool } from 'pg';\nexport const pool = new Pool({\n  connectionString,\n  ssl: { ca, minVersion: 'TLSv1.1' },\n});",
      errors: [{ messageId: 'weakMinVersion', line: 4, column: 14 }],
    },
    {
      code: "const mysql = require('mysql2');\nmysql.createConnection({ host, ssl: { maxVersion: 'TLSv1.1' } });",
      errors: [{ messageId: 'weakMaxVersion', line: 2, column: 39 }],
    },
    {
      code: "import { createSecureContext } from 'node:tls';\nconst context = createSecureContext({ key, cert, minVersion: 'TLSv1' });",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 2,
          column: 50,
          data: {
            value: 'TLSv1',
            version: '1.0',
            target: 'every connection that uses this `tls.createSecureContext` context',
          },
        },
      ],
    },
    {
      code: "const { createServer } = require('node:https');\ncreateServer({ key, cert, secureProtocol: 'TLSv1_1_server_method' }, app);",
      errors: [
        {
          messageId: 'weakMethod',
          line: 2,
          column: 27,
          suggestions: [
            {
              messageId: 'useMinVersion',
              output:
                "const { createServer } = require('node:https');\ncreateServer({ key, cert, minVersion: 'TLSv1.2' }, app);",
            },
          ],
        },
      ],
    },
    // value resolution: TypeScript wrappers, constants, helpers, member assignment
    {
      code: "tls.connect({ minVersion: 'TLSv1' as tls.SecureVersion })\ntls.connect({ minVersion: <const>'TLSv1.1' })",
      errors: [
        { messageId: 'weakMinVersion', line: 1, column: 15 },
        { messageId: 'weakMinVersion', line: 2, column: 15 },
      ],
    },
    {
      code: "const LEGACY_FLOOR = 'TLSv1.1' satisfies SecureVersion;\nhttps.request({ host, minVersion: LEGACY_FLOOR });",
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 23 }],
    },
    {
      code: "function legacyTls() {\n  return { minVersion: 'TLSv1' as const };\n}\ntls.connect({ ...legacyTls(), host });",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 2,
          column: 12,
          data: { value: 'TLSv1', version: '1.0', target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: "const opts: tls.ConnectionOptions = { host };\nopts.minVersion = 'TLSv1';\ntls.connect(opts);",
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 2,
          column: 1,
          data: { value: 'TLSv1', version: '1.0', target: 'this `tls.connect` connection' },
        },
      ],
    },
    // conditional values
    {
      code: "tls.connect({ host, minVersion: legacy ? 'TLSv1' : 'TLSv1.2' })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 21,
          severity: 'note',
          data: {
            option: '`minVersion`',
            expression: "legacy ? 'TLSv1' : 'TLSv1.2'",
            condition: 'when `legacy` is set',
            protocol: 'TLS 1.0',
          },
        },
      ],
    },
    {
      code: "https.request({ host, secureProtocol: process.env.SSL3 ? 'SSLv3_method' : 'TLS_method' })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 23,
          data: {
            option: '`secureProtocol`',
            expression: "process.env.SSL3 ? 'SSLv3_method' : 'TLS_method'",
            condition: 'when `process.env.SSL3` is set',
            protocol: 'SSL 3.0',
          },
        },
      ],
    },
    // rules.md N9 "Flag"
    {
      code: "tls.DEFAULT_MIN_VERSION = 'TLSv1'",
      errors: [
        {
          messageId: 'globalVersion',
          line: 1,
          column: 1,
          severity: 'error',
          data: {
            name: 'DEFAULT_MIN_VERSION',
            value: 'TLSv1',
            effect: 'lowers the minimum protocol to TLS 1.0',
            version: '1.0',
          },
        },
      ],
    },
    {
      code: "require('tls').DEFAULT_MIN_VERSION = 'TLSv1.1'",
      errors: [{ messageId: 'globalVersion', line: 1, column: 1 }],
    },
    {
      code: "import * as nodeTls from 'node:tls';\nconst t = nodeTls;\nt.DEFAULT_MAX_VERSION = 'TLSv1.1';",
      errors: [
        {
          messageId: 'globalVersion',
          line: 3,
          column: 1,
          data: {
            name: 'DEFAULT_MAX_VERSION',
            value: 'TLSv1.1',
            effect: 'caps every connection at TLS 1.1',
            version: '1.1',
          },
        },
      ],
    },
    {
      code: "import tls from 'tls';\nObject.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1' });",
      errors: [{ messageId: 'globalVersion', line: 2, column: 22 }],
    },
    {
      code: "import tls from 'node:tls';\ntls.DEFAULT_MAX_VERSION = 'TLSv1.2';",
      errors: [{ messageId: 'globalMaxTls12', line: 2, column: 1, severity: 'note' }],
    },
    {
      code: "tls.DEFAULT_MIN_VERSION = process.env.LEGACY_TLS ? 'TLSv1' : 'TLSv1.2'",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 1,
          data: {
            option: '`tls.DEFAULT_MIN_VERSION`',
            expression: "process.env.LEGACY_TLS ? 'TLSv1' : 'TLSv1.2'",
            condition: 'when `process.env.LEGACY_TLS` is set',
            protocol: 'TLS 1.0',
          },
        },
      ],
    },
    // rules.md N10, code forms
    {
      code: "process.execArgv.push('--tls-min-v1.0')",
      errors: [
        {
          messageId: 'cliMinVersion',
          line: 1,
          column: 1,
          severity: 'warning',
          data: {
            flag: '--tls-min-v1.0',
            version: 'TLS 1.0',
            target:
              'child processes this process forks later (`fork` passes `process.execArgv` on; the running process itself is not affected)',
          },
        },
      ],
    },
    {
      code: "process.execArgv = [...process.execArgv, '--tls-min-v1.1'];",
      errors: [{ messageId: 'cliMinVersion', line: 1, column: 1 }],
    },
    {
      code: "import { fork } from 'node:child_process';\nfork('./worker.js', [], { execArgv: ['--tls-min-v1.1'] });",
      errors: [
        {
          messageId: 'cliMinVersion',
          line: 2,
          column: 27,
          data: {
            flag: '--tls-min-v1.1',
            version: 'TLS 1.1',
            target: 'the process started by `child_process.fork`',
          },
        },
      ],
    },
    {
      code: "const LEGACY_ARGS = ['--tls-min-v1.0'];\nconst { spawn } = require('child_process');\nspawn(process.execPath, [...LEGACY_ARGS, 'server.js']);",
      errors: [{ messageId: 'cliMinVersion', line: 3, column: 26 }],
    },
    {
      code: "const cp = require('child_process');\ncp.execSync('node --tls-min-v1.1 server.js', { stdio: 'inherit' });",
      errors: [
        {
          messageId: 'cliMinVersion',
          line: 2,
          column: 13,
          data: {
            flag: '--tls-min-v1.1',
            version: 'TLS 1.1',
            target: 'the command run by `child_process.execSync`',
          },
        },
      ],
    },
    {
      code: "const { spawn } = require('child_process');\nspawn('sh', ['-c', 'exec node --tls-min-v1.0 server.js']);",
      errors: [{ messageId: 'cliMinVersion', line: 2, column: 20 }],
    },
    {
      code: "process.env.NODE_OPTIONS = '--tls-min-v1.0';",
      errors: [
        {
          messageId: 'cliMinVersion',
          line: 1,
          column: 1,
          data: {
            flag: '--tls-min-v1.0',
            version: 'TLS 1.0',
            target:
              'child processes this process starts later (they inherit `NODE_OPTIONS`; the running process read it at start-up and is not affected)',
          },
        },
      ],
    },
    {
      code: "process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --tls-min-v1.0`;",
      errors: [{ messageId: 'cliMinVersion', line: 1, column: 1 }],
    },
    {
      code: "spawn('npm', ['start'], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096 --tls-min-v1.1' } })",
      errors: [
        {
          messageId: 'cliMinVersion',
          line: 1,
          column: 50,
          data: {
            flag: '--tls-min-v1.1',
            version: 'TLS 1.1',
            target: 'the process started by `spawn`',
          },
        },
      ],
    },
    {
      code: "import { execa, $ } from 'execa';\nawait execa('node', ['--tls-min-v1.0', 'app.js']);\nawait $`NODE_OPTIONS=--tls-min-v1.1 node app.js`;",
      errors: [
        { messageId: 'cliMinVersion', line: 2, column: 22 },
        {
          messageId: 'cliMinVersion',
          line: 3,
          column: 7,
          data: {
            flag: '--tls-min-v1.1',
            version: 'TLS 1.1',
            target: 'the command run by `execa`',
          },
        },
      ],
    },
    {
      code: "process.env.NODE_OPTIONS += ' --tls-max-v1.2';",
      errors: [
        {
          messageId: 'globalMaxTls12',
          line: 1,
          column: 1,
          severity: 'note',
          data: {
            setting: '`--tls-max-v1.2`',
            target:
              'child processes this process starts later (they inherit `NODE_OPTIONS`; the running process read it at start-up and is not affected)',
          },
        },
      ],
    },
    {
      code: "fork('./job.js', [], { execArgv: process.env.LEGACY ? ['--tls-min-v1.0'] : [] })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 24,
          data: {
            option: 'This Node command line',
            expression: "execArgv: process.env.LEGACY ? ['--tls-min-v1.0'] : []",
            condition: 'under some run-time condition',
            protocol: 'TLS 1.0',
          },
        },
      ],
    },
    // rules.md N12 "Flag"
    {
      code: 'tls.connect({ host, secureOptions: crypto.constants.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION })',
      errors: [
        {
          messageId: 'secureOptions',
          line: 1,
          column: 21,
          severity: 'warning',
          data: {
            flags: '`SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION`',
            effects:
              'unsafe legacy renegotiation lets a man-in-the-middle splice his own data in front of the peer’s (CVE-2009-3555)',
          },
        },
      ],
    },
    {
      code: 'const options = { secureOptions: c.SSL_OP_NO_TLSv1_2 | c.SSL_OP_NO_TLSv1_3 };',
      errors: [
        {
          messageId: 'secureOptions',
          line: 1,
          column: 19,
          data: {
            flags: '`SSL_OP_NO_TLSv1_2`, `SSL_OP_NO_TLSv1_3`',
            effects:
              'turning off TLS 1.2 and 1.3 together leaves only TLS 1.0/1.1 (deprecated by RFC 8996)',
          },
        },
      ],
    },
    {
      code: "const { SSL_OP_NO_SSLv3, SSL_OP_LEGACY_SERVER_CONNECT: legacyConnect } = require('constants');\nconst SECURE_OPTIONS = SSL_OP_NO_SSLv3 | legacyConnect;\nhttps.request({ host, secureOptions: SECURE_OPTIONS });",
      errors: [
        {
          messageId: 'secureOptions',
          line: 3,
          column: 23,
          data: {
            flags: '`SSL_OP_LEGACY_SERVER_CONNECT`',
            effects:
              'connecting to servers without secure renegotiation (RFC 5746) leaves the client open to the renegotiation attack (CVE-2009-3555)',
          },
        },
      ],
    },
    {
      code: "import { constants } from 'node:crypto';\nconst server = tls.createServer({\n  secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_TLS_ROLLBACK_BUG,\n});",
      errors: [{ messageId: 'secureOptions', line: 3, column: 3 }],
    },
    // test code is capped at note
    {
      code: "tls.connect({ minVersion: 'TLSv1' })",
      filename: 'test/legacy-peer.test.ts',
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 15, severity: 'note' }],
    },
    // ESLint suggestions (issue 18): offered only where the edit is safe
    {
      name: 'suggestions: the quotes of the original are kept',
      code: 'tls.connect({ host, secureProtocol: "TLSv1_method" })',
      errors: [
        {
          messageId: 'weakMethod',
          line: 1,
          column: 21,
          suggestions: [
            { messageId: 'useMinVersion', output: 'tls.connect({ host, minVersion: "TLSv1.2" })' },
          ],
        },
      ],
    },
    {
      name: 'suggestions: none when the options already set a version bound',
      code: "tls.connect({ minVersion: 'TLSv1.2', secureProtocol: 'TLSv1_method' })",
      errors: [{ messageId: 'weakMethod', line: 1, column: 38 }],
    },
    {
      name: 'suggestions: none when spread options might set a version bound',
      code: "tls.connect({ ...defaults, secureProtocol: 'TLSv1_method' })",
      errors: [{ messageId: 'weakMethod', line: 1, column: 28 }],
    },
    {
      name: 'suggestions: none for an assignment to an options object',
      code: "const options = {};\noptions.secureProtocol = 'TLSv1_method';\ntls.connect(options);",
      errors: [{ messageId: 'weakMethod', line: 2, column: 1 }],
    },
  ],
};
