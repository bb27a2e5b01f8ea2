import type { RuleTests } from '../../../test/rule-tester.js';

/**
 * The valid and invalid JavaScript/TypeScript cases of no-tls-key-logging: run through the engine by
 * javascript.test.ts and through the ESLint plugin by src/eslint/rule-tables.test.ts.
 */
export const cases: RuleTests = {
  valid: [
    // listeners that never take the key material out of the process
    "let keyLines = 0;\nsocket.on('keylog', () => {\n  keyLines++;\n});",
    "const lines: Buffer[] = [];\nsocket.on('keylog', (line) => lines.push(line));",
    "socket.on('keylog', () => console.log('keylog event'))",
    "socket.on('keylog', (line) => fs.appendFileSync('events.log', 'keylog event\\n'))",
    // other events, emitting and removing
    "socket.on('secureConnect', () => fs.appendFileSync('connections.log', host))",
    "socket.on('data', (chunk) => out.write(chunk))",
    "socket.emit('keylog', line)",
    "socket.off('keylog', onKeylog)",
    // handlers we cannot see
    "socket.on('keylog', options.onKeylog)",
    // mentions in strings and comments, and reading the flags
    'console.log("listen to \'keylog\' to debug the handshake")',
    '// node --tls-keylog=keys.log app.js\nstart();',
    "const keylogging = process.execArgv.some((arg) => arg.startsWith('--tls-keylog'));",
    "fork('./server.js', ['--tls-keylog=keys.log'])",
    // the SSLKEYLOGFILE debugging convention (rules.md N14 "Do not flag"): keys are written only to
    // a file an operator names for a debugging session
    "if (process.env.SSLKEYLOGFILE) {\n  socket.on('keylog', (line) => fs.appendFileSync(process.env.SSLKEYLOGFILE, line));\n}",
    "const { SSLKEYLOGFILE } = process.env;\nconst keyFile = SSLKEYLOGFILE;\nsocket.on('keylog', (line) => fs.appendFileSync(keyFile, line));",
    "fork('app.js', [], { execArgv: [`--tls-keylog=${process.env.SSLKEYLOGFILE}`] })",
    // other listeners on the socket, and reading listener state
    "socket.on('keylogged', (line) => fs.appendFileSync('audit.log', line))",
    "const capturing = socket.listenerCount('keylog') > 0;",
    "execSync('grep -r --tls-keylog docs')",
  ],
  invalid: [
    // rules.md N14: listeners that append the key lines to a file
    {
      code: "socket.on('keylog', (line) => fs.appendFileSync('/tmp/keys.log', line))",
      errors: [
        {
          messageId: 'keylogFile',
          line: 1,
          column: 1,
          severity: 'warning',
          data: { emitter: 'socket', sink: 'fs.appendFileSync' },
        },
      ],
    },
    {
      code: "import fs from 'node:fs';\nimport https from 'node:https';\nconst agent = new https.Agent({ keepAlive: true });\nagent.on('keylog', (line, tlsSocket) => {\n  fs.appendFileSync('keylog.txt', line, { mode: 0o600 });\n});",
      errors: [
        {
          messageId: 'keylogFile',
          line: 4,
          column: 1,
          data: { emitter: 'agent', sink: 'fs.appendFileSync' },
        },
      ],
    },
    {
      code: "const fs = require('fs');\nconst logFile = fs.createWriteStream('keys.log', { flags: 'a' });\nserver.once('keylog', (line) => logFile.write(line));",
      errors: [
        {
          messageId: 'keylogFile',
          line: 3,
          column: 1,
          data: { emitter: 'server', sink: 'logFile.write' },
        },
      ],
    },
    // through a helper in the same file, a named handler, a derived variable
    {
      code: "import { appendFile } from 'node:fs/promises';\nasync function saveKey(entry: Buffer) {\n  await appendFile(KEYLOG_PATH, entry);\n}\ntlsSocket.addListener('keylog', (line) => void saveKey(line));",
      errors: [
        {
          messageId: 'keylogFile',
          line: 5,
          column: 1,
          data: { emitter: 'tlsSocket', sink: 'appendFile' },
        },
      ],
    },
    {
      code: "function logKeys(line) {\n  fs.writeFileSync(keyFile, line, { flag: 'a' });\n}\nsocket.on('keylog', logKeys);",
      errors: [{ messageId: 'keylogFile', line: 4, column: 1 }],
    },
    {
      code: "socket.prependListener('keylog', (line) => {\n  const entry = line.toString('utf8');\n  fs.appendFile('keys.log', entry, () => {});\n});",
      errors: [{ messageId: 'keylogFile', line: 1, column: 1 }],
    },
    {
      code: "(socket as tls.TLSSocket).on('keylog', (line: Buffer) => keylogStream!.write(line));",
      errors: [
        {
          messageId: 'keylogFile',
          line: 1,
          column: 1,
          data: { emitter: 'socket', sink: 'keylogStream!.write' },
        },
      ],
    },
    // key lines in console output or application logs (low)
    {
      code: "tlsSocket.on('keylog', (line) => console.log(line.toString()))",
      errors: [
        {
          messageId: 'keylogLogged',
          line: 1,
          column: 1,
          severity: 'note',
          data: { emitter: 'tlsSocket', sink: 'console.log' },
        },
      ],
    },
    {
      code: "socket.on('keylog', (line) => logger.debug({ keylog: line.toString('hex') }))",
      errors: [
        {
          messageId: 'keylogLogged',
          line: 1,
          column: 1,
          data: { emitter: 'socket', sink: 'logger.debug' },
        },
      ],
    },
    // key logging switched on by some other environment setting: low
    {
      code: "if (process.env.DEBUG_TLS === '1') {\n  socket.on('keylog', (line) => fs.appendFileSync('keys.log', line));\n}",
      errors: [
        {
          messageId: 'keylogOptIn',
          line: 2,
          column: 3,
          severity: 'note',
          data: { what: "`'keylog'` listener", condition: "process.env.DEBUG_TLS === '1'" },
        },
      ],
    },
    {
      code: "process.env.NODE_ENV !== 'production' &&\n  agent.on('keylog', (line) => keyStream.write(line));",
      errors: [{ messageId: 'keylogOptIn', line: 2, column: 3 }],
    },
    {
      code: "socket.on('keylog', (line) => fs.appendFileSync(process.env.KEYLOG_PATH, line));",
      errors: [
        {
          messageId: 'keylogOptIn',
          line: 1,
          column: 1,
          data: { what: "`'keylog'` listener", condition: 'process.env.KEYLOG_PATH' },
        },
      ],
    },
    // --tls-keylog in execArgv, NODE_OPTIONS and command lines
    {
      code: "import { fork } from 'node:child_process';\nfork('server.js', [], { execArgv: ['--tls-keylog=/tmp/keys.log'] });",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 2,
          column: 25,
          severity: 'warning',
          data: {
            target: 'the process started by `child_process.fork`',
            file: '`/tmp/keys.log`',
          },
        },
      ],
    },
    {
      code: "process.env.NODE_OPTIONS = '--tls-keylog=keys.log';",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 1,
          column: 1,
          data: {
            target:
              'child processes this process starts later (they inherit `NODE_OPTIONS`; the running process read it at start-up and is not affected)',
            file: '`keys.log`',
          },
        },
      ],
    },
    {
      code: "fork('server.js', [], { execArgv: ['--tls-keylog=/var/log/keys(1).log'] });",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 1,
          column: 25,
          data: { target: 'the process started by `fork`', file: '`/var/log/keys(1).log`' },
        },
      ],
    },
    {
      code: "const { execSync } = require('child_process');\nexecSync('echo $(node --tls-keylog=/tmp/k(2).log app.js)');",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 2,
          column: 10,
          data: { target: 'the command run by `child_process.execSync`', file: '`/tmp/k(2).log`' },
        },
      ],
    },
    {
      code: "const { execSync } = require('child_process');\nexecSync('node --tls-keylog keys.log app.js');",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 2,
          column: 10,
          data: { target: 'the command run by `child_process.execSync`', file: '`keys.log`' },
        },
      ],
    },
    {
      code: "fork('app.js', [], { execArgv: [...process.execArgv, `--tls-keylog=${keylogPath}`] })",
      errors: [
        {
          messageId: 'keylogFlag',
          line: 1,
          column: 22,
          data: { target: 'the process started by `fork`', file: 'a file chosen at run time' },
        },
      ],
    },
    {
      code: "process.execArgv.push('--tls-keylog=sslkeys.log');",
      errors: [{ messageId: 'keylogFlag', line: 1, column: 1 }],
    },
    {
      code: "fork('app.js', [], { execArgv: debugTls ? ['--tls-keylog=keys.log'] : [] })",
      errors: [
        {
          messageId: 'keylogOptIn',
          line: 1,
          column: 22,
          data: {
            what: '`--tls-keylog` flag',
            condition: "execArgv: debugTls ? ['--tls-keylog=keys.log'] : []",
          },
        },
      ],
    },
    // test code is capped at note
    {
      code: "socket.on('keylog', (line) => fs.appendFileSync('keys.log', line))",
      filename: 'test/helpers/capture.ts',
      errors: [{ messageId: 'keylogFile', line: 1, column: 1, severity: 'note' }],
    },
  ],
};
