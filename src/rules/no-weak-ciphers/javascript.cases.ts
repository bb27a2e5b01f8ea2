import type { RuleTests } from '../../../test/rule-tester.js';

const ALL_WEAKNESSES =
  'no server authentication, export-grade keys, 56/64-bit ciphers, RC4, RC2, DES, 3DES, MD5, IDEA, SEED, static RSA key exchange without forward secrecy, CBC with SHA-1';

const SECLEVEL_ZERO = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-weak-ciphers: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // issue 13: expected values in assertions are data, not configuration
    "expect(options).toMatchObject({ ciphers: 'DEFAULT:@SECLEVEL=0' })",
    // rules.md N11 "Do not flag"
    "tls.connect({ ciphers: 'HIGH:!aNULL:!eNULL:!MD5:!RC4' })",
    // the word in attribute names and types is not a cipher list (and is not parsed at all)
    "export const ATTR_TLS_CLIENT_CIPHERS = 'tls.client.supported_ciphers';\ninterface Options { ciphers?: string }",
    "tls.connect({ ciphers: 'TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-GCM-SHA256' })",
    "tls.connect({ ciphers: tls.DEFAULT_CIPHERS + ':!CAMELLIA' })",
    // hardening only: removing suites from the default, in any spelling
    'tls.DEFAULT_CIPHERS = `${tls.DEFAULT_CIPHERS}:!SHA1:!kRSA`',
    "https.createServer({ key, cert, ciphers: 'HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4' })",
    "tls.connect({ ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL' })",
    // Mozilla "intermediate"
    "https.createServer({ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:DHE-RSA-AES256-GCM-SHA384' })",
    // `-X` after a suite removes it; `+X` only reorders what is already there
    "tls.connect({ ciphers: 'HIGH:RC4-SHA:-RC4' })",
    "tls.connect({ ciphers: 'HIGH:+RC4:!aNULL' })",
    // PSK and SRP are not weak by themselves
    "tls.createServer({ ciphers: 'PSK', pskCallback })",
    "tls.connect({ ciphers: 'ECDHE-PSK-AES128-CBC-SHA256:SRP', pskCallback })",
    // security level 1 is the default, 2 hardens; the last @SECLEVEL wins
    "tls.connect({ ciphers: 'DEFAULT:@SECLEVEL=2' })",
    "tls.connect({ ciphers: 'DEFAULT@SECLEVEL=0:@SECLEVEL=1' })",
    // not OpenSSL cipher lists: SSH algorithm names, arrays, words
    "new SshClient().connect({ host, algorithms: { cipher: ['aes128-ctr'] }, ciphers: 'aes128-ctr,3des-cbc' })",
    "const config = { ciphers: ['RC4', 'DES'] }",
    "const labels = { ciphers: 'weak' }",
    // unknown or partly unknown tokens are not guessed
    'tls.connect({ ciphers: config.tls.ciphers })',
    "tls.connect({ ciphers: '@SECLEVEL=' + level })",
    'tls.connect({ ciphers: `${prefix}RC4` })',
    'tls.connect({ ciphers: process.env.TLS_CIPHERS })',
    // comments, strings, reads, types, destructuring
    "// ciphers: 'RC4'\ntls.connect({ host })",
    'throw new Error("ciphers: \'RC4\' is not allowed")',
    "if (options.ciphers === 'ALL') warn('weak ciphers')",
    "interface Legacy { ciphers: 'RC4' }",
    "const { ciphers = 'ALL' } = options",
    // DEFAULT_CIPHERS of something other than the tls module
    "settings.DEFAULT_CIPHERS = 'ALL'",
    // --tls-cipher-list with a strong list
    "fork('app.js', [], { execArgv: ['--tls-cipher-list=TLS_AES_256_GCM_SHA384'] })",
    // rules.md N13 "Do not flag"; servers and secure contexts ignore minDHSize
    'tls.connect({ host, minDHSize: 2048 })',
    "https.createServer({ key, cert, dhparam: 'auto' })",
    'https.createServer({ key, cert, minDHSize: 1024 })',
  ],
  invalid: [
    // rules.md N11 "Flag"
    {
      code: "tls.connect({ ciphers: 'DEFAULT:@SECLEVEL=0' })",
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 15,
          severity: 'error',
          data: {
            tokens: '`@SECLEVEL=0`',
            weaknesses: SECLEVEL_ZERO,
            setting: '`ciphers`',
            target: 'this `tls.connect` connection',
          },
          suggestions: [
            { messageId: 'dropSeclevelZero', output: "tls.connect({ ciphers: 'DEFAULT' })" },
          ],
        },
      ],
    },
    {
      code: "tls.DEFAULT_CIPHERS = 'ALL'",
      errors: [
        {
          messageId: 'global',
          line: 1,
          column: 1,
          severity: 'error',
          data: {
            tokens: '`ALL`',
            weaknesses: ALL_WEAKNESSES,
            setting: '`tls.DEFAULT_CIPHERS`',
            target: 'this process',
          },
        },
      ],
    },
    {
      code: "import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({\n  host: 'smtp.example.com',\n  port: 587,\n  tls: { ciphers: 'SSLv3' },\n});",
      errors: [
        {
          messageId: 'weak',
          line: 5,
          column: 10,
          severity: 'warning',
          data: {
            tokens: '`SSLv3`',
            weaknesses: ALL_WEAKNESSES,
            setting: '`ciphers`',
            target: 'the connections made by nodemailer',
          },
        },
      ],
    },
    // issue 13: a function from a file of the project is named as the code calls it, not by its path
    {
      code: "const httpProxy = require('../lib/http-proxy');\nhttpProxy.createProxyServer({ target, ciphers: 'RC4' });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 39,
          data: {
            tokens: '`RC4`',
            weaknesses: 'RC4',
            setting: '`ciphers`',
            target: 'the connections `httpProxy.createProxyServer` makes with these options',
          },
        },
      ],
    },
    // a computed member write: the prefilter's `ciphers']` form
    {
      code: "const tls = require('tls');\nconst opts = {};\nopts['ciphers'] = 'RC4';\ntls.connect(443, 'h', opts);",
      errors: [{ messageId: 'weak', line: 3, column: 1 }],
    },
    // every weak alias and suite-name form of rules.md N11, one per line
    {
      code: "tls.connect({ ciphers: 'NULL' });\ntls.connect({ ciphers: 'eNULL' });\ntls.connect({ ciphers: 'aNULL' });\ntls.connect({ ciphers: 'ADH' });\ntls.connect({ ciphers: 'AECDH' });\ntls.connect({ ciphers: 'EXPORT' });\ntls.connect({ ciphers: 'EXP' });\ntls.connect({ ciphers: 'LOW' });\ntls.connect({ ciphers: 'RC4' });\ntls.connect({ ciphers: 'RC2' });\ntls.connect({ ciphers: 'DES' });\ntls.connect({ ciphers: '3DES' });\ntls.connect({ ciphers: 'MD5' });\ntls.connect({ ciphers: 'IDEA' });\ntls.connect({ ciphers: 'SEED' });\ntls.connect({ ciphers: 'ALL' });\ntls.connect({ ciphers: 'COMPLEMENTOFALL' });\ntls.connect({ ciphers: 'COMPLEMENTOFDEFAULT' });\ntls.connect({ ciphers: 'SSLv3' });\ntls.connect({ ciphers: 'MEDIUM' });\ntls.connect({ ciphers: 'DES-CBC3-SHA' });\ntls.connect({ ciphers: 'ECDHE-RSA-DES-CBC3-SHA' });\ntls.connect({ ciphers: 'EXP-RC4-MD5' });\ntls.connect({ ciphers: 'ECDHE-ECDSA-NULL-SHA' });\ntls.connect({ ciphers: 'ADH-AES128-SHA' });\ntls.connect({ ciphers: 'IDEA-CBC-SHA' });\ntls.connect({ ciphers: 'DHE-RSA-SEED-SHA' });",
      errors: [
        { messageId: 'weak', line: 1, column: 15 },
        { messageId: 'weak', line: 2, column: 15 },
        { messageId: 'weak', line: 3, column: 15 },
        { messageId: 'weak', line: 4, column: 15 },
        { messageId: 'weak', line: 5, column: 15 },
        { messageId: 'weak', line: 6, column: 15 },
        { messageId: 'weak', line: 7, column: 15 },
        { messageId: 'weak', line: 8, column: 15 },
        { messageId: 'weak', line: 9, column: 15 },
        { messageId: 'weak', line: 10, column: 15 },
        { messageId: 'weak', line: 11, column: 15 },
        { messageId: 'weak', line: 12, column: 15 },
        { messageId: 'weak', line: 13, column: 15 },
        { messageId: 'weak', line: 14, column: 15 },
        { messageId: 'weak', line: 15, column: 15 },
        { messageId: 'weak', line: 16, column: 15 },
        { messageId: 'weak', line: 17, column: 15 },
        { messageId: 'weak', line: 18, column: 15 },
        { messageId: 'weak', line: 19, column: 15 },
        { messageId: 'weak', line: 20, column: 15 },
        { messageId: 'weak', line: 21, column: 15 },
        { messageId: 'weak', line: 22, column: 15 },
        { messageId: 'weak', line: 23, column: 15 },
        { messageId: 'weak', line: 24, column: 15 },
        { messageId: 'weak', line: 25, column: 15 },
        { messageId: 'weak', line: 26, column: 15 },
        { messageId: 'weak', line: 27, column: 15 },
      ],
    },
    // legacy (low): static RSA key exchange and SHA-1 CBC suites
    {
      code: "tls.connect({ ciphers: 'HIGH:kRSA' });\ntls.connect({ ciphers: 'HIGH:RSA' });\ntls.connect({ ciphers: 'HIGH:SHA1' });\ntls.connect({ ciphers: 'HIGH:ECDHE-RSA-AES128-SHA' });\ntls.connect({ ciphers: 'HIGH:AES256-GCM-SHA384' });\ntls.connect({ ciphers: 'HIGH:CAMELLIA128-SHA' });\ntls.connect({ ciphers: 'HIGH:kRSA+AESGCM' });",
      errors: [
        { messageId: 'legacy', line: 1, column: 15 },
        { messageId: 'legacy', line: 2, column: 15 },
        { messageId: 'legacy', line: 3, column: 15 },
        { messageId: 'legacy', line: 4, column: 15 },
        { messageId: 'legacy', line: 5, column: 15 },
        { messageId: 'legacy', line: 6, column: 15 },
        { messageId: 'legacy', line: 7, column: 15 },
      ],
    },
    // weak suite names and aliases in library and server option bags
    {
      code: "import got from 'got';\nawait got(url, { https: { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA' } });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 27,
          data: {
            tokens: '`DES-CBC3-SHA`',
            weaknesses: '3DES, static RSA key exchange without forward secrecy, CBC with SHA-1',
            setting: '`ciphers`',
            target: 'the connections made by got',
          },
        },
      ],
    },
    {
      code: "const { Client } = require('pg');\nnew Client({ connectionString, ssl: { ca, ciphers: 'RC4-SHA:AES128-SHA' } });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 43,
          data: {
            tokens: '`RC4-SHA`',
            weaknesses: 'RC4, static RSA key exchange without forward secrecy',
            setting: '`ciphers`',
            target: 'the connections made by node-postgres',
          },
        },
      ],
    },
    {
      code: "import { createSecureContext } from 'node:tls';\nexport const context = createSecureContext({ key, cert, ciphers: 'EXPORT:HIGH' });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 57,
          data: {
            tokens: '`EXPORT`',
            weaknesses: 'export-grade keys',
            setting: '`ciphers`',
            target: 'every connection that uses this `tls.createSecureContext` context',
          },
        },
      ],
    },
    {
      code: "https.createServer({ key, cert, ciphers: 'aNULL:DEFAULT@SECLEVEL=0' }, app)",
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 33,
          data: {
            tokens: '`@SECLEVEL=0`, `aNULL`',
            weaknesses: `${SECLEVEL_ZERO}, no server authentication`,
            setting: '`ciphers`',
            target: 'every connection this `https.createServer` server accepts',
          },
          suggestions: [
            {
              messageId: 'dropSeclevelZero',
              output: "https.createServer({ key, cert, ciphers: 'aNULL:DEFAULT' }, app)",
            },
          ],
        },
      ],
    },
    {
      code: "tls.createServer({ ciphers: 'PSK:@SECLEVEL=0', pskCallback })",
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'dropSeclevelZero',
              output: "tls.createServer({ ciphers: 'PSK', pskCallback })",
            },
          ],
        },
      ],
    },
    // exclusions are honoured: what remains of ALL after removing the broken suites is legacy
    {
      code: "tls.connect({ ciphers: 'ALL:!aNULL:!eNULL:!EXPORT:!LOW:!RC4:!3DES:!MD5:!IDEA:!SEED:!RC2' })",
      errors: [
        {
          messageId: 'legacy',
          line: 1,
          column: 15,
          severity: 'note',
          data: {
            tokens: '`ALL`',
            weaknesses: 'static RSA key exchange without forward secrecy, CBC with SHA-1',
            setting: '`ciphers`',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    {
      code: "tls.connect({ ciphers: 'ALL:!DES' })",
      errors: [{ messageId: 'weak', line: 1, column: 15 }],
    },
    {
      code: "tls.connect({ ciphers: '-RC4:RC4-SHA:HIGH' })",
      errors: [{ messageId: 'weak', line: 1, column: 15 }],
    },
    {
      code: "https.createServer({ key, cert, ciphers: 'ECDHE+AESGCM:RSA+AESGCM:ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA' })",
      errors: [
        {
          messageId: 'legacy',
          line: 1,
          column: 33,
          data: {
            tokens: '`RSA+AESGCM`, `AES128-SHA`',
            weaknesses: 'static RSA key exchange without forward secrecy, CBC with SHA-1',
            setting: '`ciphers`',
            target: 'every connection this `https.createServer` server accepts',
          },
        },
      ],
    },
    {
      code: "import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({\n  host,\n  ssl: { ca: rdsCa, ciphers: 'DHE-RSA-AES256-SHA:EDH-RSA-DES-CBC3-SHA' },\n});",
      errors: [
        {
          messageId: 'weak',
          line: 4,
          column: 21,
          data: {
            tokens: '`EDH-RSA-DES-CBC3-SHA`',
            weaknesses: '3DES, CBC with SHA-1',
            setting: '`ciphers`',
            target: 'the connections made by mysql2/promise',
          },
        },
      ],
    },
    {
      code: "const { connect } = require('node:tls');\nconst socket = connect({ host, port, ciphers: 'HIGH:aNULL' });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 38,
          data: {
            tokens: '`aNULL`',
            weaknesses: 'no server authentication',
            setting: '`ciphers`',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    // partly known strings, joined arrays, constants, TypeScript wrappers, member writes
    {
      code: "tls.connect({ host, ciphers: tls.DEFAULT_CIPHERS + ':RC4-MD5' })",
      errors: [
        {
          messageId: 'weak',
          line: 1,
          column: 21,
          data: {
            tokens: '`RC4-MD5`',
            weaknesses: 'RC4, MD5, static RSA key exchange without forward secrecy',
            setting: '`ciphers`',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    {
      code: "const CIPHERS = [\n  'ECDHE-RSA-AES128-GCM-SHA256',\n  'NULL-SHA256',\n].join(':');\nhttps.request({ host, ciphers: CIPHERS });",
      errors: [{ messageId: 'weak', line: 5, column: 23 }],
    },
    {
      code: "const LEGACY = 'ECDHE-RSA-AES128-SHA256:AES128-GCM-SHA256:RC4:HIGH:!MD5:!aNULL' as const;\ntls.createServer({ key, cert, ciphers: LEGACY satisfies string });",
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 31,
          data: {
            tokens: '`RC4`',
            weaknesses: 'RC4',
            setting: '`ciphers`',
            target: 'every connection this `tls.createServer` server accepts',
          },
        },
      ],
    },
    {
      code: "const options: tls.ConnectionOptions = { host };\noptions.ciphers = 'ADH-AES256-GCM-SHA384';\ntls.connect(options);",
      errors: [{ messageId: 'weak', line: 2, column: 1 }],
    },
    {
      code: "import tls from 'tls';\nObject.assign(tls, { DEFAULT_CIPHERS: 'DEFAULT:@SECLEVEL=0' });",
      errors: [
        {
          messageId: 'global',
          line: 2,
          column: 22,
          data: {
            tokens: '`@SECLEVEL=0`',
            weaknesses: SECLEVEL_ZERO,
            setting: '`tls.DEFAULT_CIPHERS`',
            target: 'this process',
          },
          suggestions: [
            {
              messageId: 'dropSeclevelZero',
              output: "import tls from 'tls';\nObject.assign(tls, { DEFAULT_CIPHERS: 'DEFAULT' });",
            },
          ],
        },
      ],
    },
    {
      code: "const t = require('node:tls');\nt.DEFAULT_CIPHERS += ':AES128-SHA';",
      errors: [{ messageId: 'legacy', line: 2, column: 1 }],
    },
    // conditional values
    {
      code: "tls.connect({ ciphers: process.env.LEGACY_PEER ? 'DEFAULT:@SECLEVEL=0' : undefined })",
      errors: [
        {
          messageId: 'conditionalSeclevelZero',
          line: 1,
          column: 15,
          severity: 'warning',
          data: {
            setting: '`ciphers`',
            expression: "process.env.LEGACY_PEER ? 'DEFAULT:@SECLEVEL=0' : undefined",
            condition: 'when `process.env.LEGACY_PEER` is set',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    {
      code: "tls.connect({ ciphers: legacy ? 'RC4:HIGH' : 'HIGH' })",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 15,
          severity: 'note',
          data: {
            setting: '`ciphers`',
            expression: "legacy ? 'RC4:HIGH' : 'HIGH'",
            condition: 'when `legacy` is set',
            tokens: '`RC4`',
            weaknesses: 'RC4',
            target: 'this `tls.connect` connection',
          },
        },
      ],
    },
    // --tls-cipher-list in execArgv, NODE_OPTIONS and command lines
    {
      code: "import { fork } from 'node:child_process';\nfork('app.js', [], { execArgv: ['--tls-cipher-list=DEFAULT:@SECLEVEL=0'] });",
      errors: [
        {
          messageId: 'global',
          line: 2,
          column: 22,
          data: {
            tokens: '`@SECLEVEL=0`',
            weaknesses: SECLEVEL_ZERO,
            setting: '`--tls-cipher-list`',
            target: 'the process started by `child_process.fork`',
          },
        },
      ],
    },
    {
      code: 'process.env.NODE_OPTIONS = \'--tls-cipher-list="RC4:HIGH"\'',
      errors: [{ messageId: 'global', line: 1, column: 1 }],
    },
    {
      code: "const { execSync } = require('child_process');\nexecSync('node --tls-cipher-list DEFAULT@SECLEVEL=0 server.js');",
      errors: [{ messageId: 'global', line: 2, column: 10 }],
    },
    // rules.md N13 "Flag"
    {
      code: 'tls.connect({ host, port, minDHSize: 512 })',
      errors: [
        {
          messageId: 'weakDh',
          line: 1,
          column: 27,
          severity: 'note',
          data: { value: '512', target: 'this `tls.connect` connection' },
        },
      ],
    },
    {
      code: 'const LEGACY_DH = 1024;\nexport const clientOptions = { host, minDHSize: LEGACY_DH } satisfies tls.ConnectionOptions;',
      errors: [
        {
          messageId: 'weakDh',
          line: 2,
          column: 38,
          data: { value: '1024', target: 'the TLS connections that use these options' },
        },
      ],
    },
    // test code is capped at note
    {
      code: "tls.connect({ ciphers: 'DEFAULT:@SECLEVEL=0' })",
      filename: 'test/legacy-server.spec.ts',
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 15,
          severity: 'note',
          suggestions: [
            { messageId: 'dropSeclevelZero', output: "tls.connect({ ciphers: 'DEFAULT' })" },
          ],
        },
      ],
    },
    // ESLint suggestions (issue 18): offered only where the edit is safe
    {
      name: 'suggestions: a leading @SECLEVEL=0 takes the separator after it',
      code: "tls.connect({ ciphers: '@SECLEVEL=0:HIGH:!aNULL' })",
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 15,
          suggestions: [
            { messageId: 'dropSeclevelZero', output: "tls.connect({ ciphers: 'HIGH:!aNULL' })" },
          ],
        },
      ],
    },
    {
      name: 'suggestions: a template literal without expressions is edited like a string',
      code: 'tls.connect({ ciphers: `HIGH:@SECLEVEL=0:!aNULL` })',
      errors: [
        {
          messageId: 'seclevelZero',
          line: 1,
          column: 15,
          suggestions: [
            { messageId: 'dropSeclevelZero', output: 'tls.connect({ ciphers: `HIGH:!aNULL` })' },
          ],
        },
      ],
    },
    {
      name: 'suggestions: a process-wide list glued to @SECLEVEL=0',
      code: "tls.DEFAULT_CIPHERS = 'HIGH:!aNULL@SECLEVEL=0';",
      errors: [
        {
          messageId: 'global',
          line: 1,
          column: 1,
          suggestions: [
            { messageId: 'dropSeclevelZero', output: "tls.DEFAULT_CIPHERS = 'HIGH:!aNULL';" },
          ],
        },
      ],
    },
    {
      name: 'suggestions: none when nothing but @SECLEVEL=0 would be left',
      code: "tls.connect({ ciphers: '@SECLEVEL=0' })",
      errors: [{ messageId: 'seclevelZero', line: 1, column: 15 }],
    },
    {
      name: 'suggestions: none for a string with escapes',
      code: "tls.connect({ ciphers: 'DEFAULT:\\x40SECLEVEL=0' })",
      errors: [{ messageId: 'seclevelZero', line: 1, column: 15 }],
    },
    {
      name: 'suggestions: none for a list defined elsewhere, which other code may use',
      code: "const CIPHERS = 'DEFAULT:@SECLEVEL=0';\ntls.connect({ ciphers: CIPHERS })",
      errors: [{ messageId: 'seclevelZero', line: 2, column: 15 }],
    },
  ],
};
