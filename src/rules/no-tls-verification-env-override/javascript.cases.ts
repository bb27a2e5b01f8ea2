import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-tls-verification-env-override: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // issue 13: expected values in assertions are data, not configuration
    "expect(childEnv).toEqual({ ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' })",
    // rules.md N3 "Do not flag"
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1'",
    "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS verification is off')",
    'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED',
    // N3b "Do not flag"
    "spawn('node', ['app.js'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: caPath } })",
    // only the exact string '0' disables
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = ' 0'",
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '00'",
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = ''",
    'process.env.NODE_TLS_REJECT_UNAUTHORIZED = 1',
    // reading, copying and restoring
    'const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED',
    'process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous',
    "const { NODE_TLS_REJECT_UNAUTHORIZED = '1' } = process.env",
    // an unknown value is not reported
    'process.env.NODE_TLS_REJECT_UNAUTHORIZED = settings.tlsFlag',
    // strings that merely mention the variable
    "console.log('set NODE_TLS_REJECT_UNAUTHORIZED=0 to debug')",
    "throw new Error('Never use NODE_TLS_REJECT_UNAUTHORIZED=0')",
    "execSync('echo NODE_TLS_REJECT_UNAUTHORIZED=01')",
    // another variable of the same shape
    "process.env.NODE_TLS_MIN_VERSION = '0'",
    // a local object named env that is not the process environment, with a safe value
    "const env = { NODE_TLS_REJECT_UNAUTHORIZED: '1' };\nspawn('npm', ['ci'], { env })",
  ],
  invalid: [
    // rules.md N3 "Flag"
    {
      code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0',
      errors: [{ messageId: 'process', line: 1, column: 1, severity: 'error' }],
    },
    {
      code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'",
      errors: [{ messageId: 'process', line: 1, column: 1 }],
    },
    {
      code: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' })",
      errors: [{ messageId: 'process', line: 1, column: 30 }],
    },
    // N3 trigger forms: template, logical assignment, replacing process.env, Reflect.set, aliases
    {
      code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = `0`',
      errors: [{ messageId: 'process', line: 1, column: 1 }],
    },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '0'\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0'",
      errors: [
        { messageId: 'process', line: 1, column: 1 },
        { messageId: 'process', line: 2, column: 1 },
      ],
    },
    {
      code: "process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }",
      errors: [{ messageId: 'process', line: 1, column: 33 }],
    },
    {
      code: "Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')",
      errors: [{ messageId: 'process', line: 1, column: 1 }],
    },
    {
      code: "Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0' })",
      errors: [{ messageId: 'process', line: 1, column: 1 }],
    },
    {
      code: "const { env } = process;\nenv.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [{ messageId: 'process', line: 2, column: 1 }],
    },
    {
      code: "import { env } from 'node:process';\nenv['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';",
      errors: [{ messageId: 'process', line: 2, column: 1 }],
    },
    {
      code: "globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      errors: [{ messageId: 'process', line: 1, column: 1 }],
    },
    {
      code: "import proc from 'process';\nconst e = proc.env;\ne.NODE_TLS_REJECT_UNAUTHORIZED = 0;",
      errors: [{ messageId: 'process', line: 3, column: 1 }],
    },
    {
      code: "const KEY = 'NODE_TLS_REJECT_UNAUTHORIZED';\nconst OFF = '0';\nprocess.env[KEY] = OFF;",
      errors: [{ messageId: 'process', line: 3, column: 1 }],
    },
    // conditional: '0' in some branch
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = insecure ? '0' : '1'",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 1,
          severity: 'warning',
          data: {
            expression: "insecure ? '0' : '1'",
            condition: 'when `insecure` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    // issue 13: a guarded assignment names its switch or its environment condition
    {
      code: "if (config.tls.allowSelfSigned) {\n  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n}",
      errors: [
        {
          messageId: 'conditional',
          line: 2,
          column: 3,
          severity: 'warning',
          data: {
            expression: "'0'",
            condition: 'when `config.tls.allowSelfSigned` is set',
            advice:
              "If users need this for servers with self-signed certificates, keep it an explicit opt-in, off by default and named for what it does (`allowInsecureTls`), and warn when it is on — better, let them give the server's CA (`ca`) instead.",
          },
        },
      ],
    },
    {
      code: "if (process.env.NODE_ENV === 'development') process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      errors: [
        {
          messageId: 'conditional',
          line: 1,
          column: 45,
          severity: 'warning',
          data: {
            expression: "'0'",
            condition: "when `process.env.NODE_ENV === 'development'`",
            advice:
              'Conditions like this end up true in production: verify everywhere, and give development and test servers certificates from a CA you trust.',
          },
        },
      ],
    },
    {
      name: 'a condition that is no TLS switch leaves the assignment unconditional',
      code: "if (process.platform === 'win32') process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      errors: [{ messageId: 'process', line: 1, column: 35, severity: 'error' }],
    },
    // ineffective spellings: report as info so the intent is visible
    {
      code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = false',
      errors: [
        {
          messageId: 'ineffective',
          line: 1,
          column: 1,
          severity: 'note',
          data: { value: 'false' },
        },
      ],
    },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = 'false'",
      errors: [{ messageId: 'ineffective', line: 1, column: 1, data: { value: "'false'" } }],
    },
    // rules.md N3b "Flag"
    {
      code: "spawn('npm', ['ci'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } })",
      errors: [
        { messageId: 'child', line: 1, column: 47, data: { api: '`spawn`' }, severity: 'error' },
      ],
    },
    {
      code: "import { fork } from 'node:child_process';\nconst env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' };\nfork('worker.js', [], { env });",
      errors: [{ messageId: 'child', line: 2, column: 31, data: { api: '`child_process.fork`' } }],
    },
    {
      code: "import { execa } from 'execa';\nawait execa('npm', ['ci'], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      errors: [{ messageId: 'child', line: 2, column: 37, data: { api: '`execa.execa`' } }],
    },
    {
      code: "const { Worker } = require('worker_threads');\nnew Worker('./job.js', { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      errors: [
        { messageId: 'child', line: 2, column: 33, data: { api: '`worker_threads.Worker`' } },
      ],
    },
    {
      code: "const childEnv = { ...process.env };\nchildEnv.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nrequire('child_process').spawnSync('npm', ['ci'], { env: childEnv });",
      errors: [
        { messageId: 'child', line: 2, column: 1, data: { api: '`child_process.spawnSync`' } },
      ],
    },
    // a shell command line
    {
      code: "const { execSync } = require('child_process');\nexecSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci', { stdio: 'inherit' });",
      errors: [{ messageId: 'shell', line: 2, column: 10 }],
    },
    {
      code: "import cp from 'child_process';\ncp.spawn('sh', ['-c', 'export NODE_TLS_REJECT_UNAUTHORIZED=\"0\"; npm ci']);",
      errors: [{ messageId: 'shell', line: 2, column: 23 }],
    },
    // an environment object handed to something we do not model
    {
      code: "await docker.run(image, { Env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } })",
      errors: [{ messageId: 'envObject', line: 1, column: 34 }],
    },
    // test code is capped at note
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      filename: 'e2e/setup.ts',
      errors: [{ messageId: 'process', line: 1, column: 1, severity: 'note' }],
    },
  ],
};
