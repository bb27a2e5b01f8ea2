import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS="--max-old-space-size=4096"\n',
      },
      { filename: 'Dockerfile', code: 'FROM node:20\nENV NODE_OPTIONS=--tls-min-v1.2\n' },
      { filename: '.env', code: '# NODE_OPTIONS=--tls-min-v1.0\nNODE_OPTIONS=--tls-min-v1.3\n' },
      {
        name: 'a flag of the script, not of node',
        filename: 'start.sh',
        code: 'node server.js --tls-min-v1.0\n',
      },
      { filename: 'start.sh', code: 'echo "--tls-min-v1.0 is deprecated"\n' },
    ],
    invalid: [
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS="--tls-min-v1.0"\n',
        errors: [
          {
            messageId: 'cliMinVersion',
            line: 2,
            column: 18,
            severity: 'warning',
            data: {
              flag: '--tls-min-v1.0',
              version: 'TLS 1.0',
              target: 'every Node process of this image (`NODE_OPTIONS`)',
            },
          },
        ],
      },
      {
        filename: '.github/workflows/ci.yml',
        code: 'jobs:\n  a:\n    env:\n      NODE_OPTIONS: --max-old-space-size=4096 --tls-min-v1.1\n',
        errors: [{ messageId: 'cliMinVersion', line: 4, column: 21 }],
      },
      {
        name: 'the flag word of an exec-form CMD',
        filename: 'Dockerfile',
        code: 'FROM node:20\nCMD ["node", "--max-old-space-size=512", "--tls-min-v1.1", "main.js"]\n',
        errors: [{ messageId: 'cliMinVersion', line: 2, column: 42 }],
      },
      {
        filename: 'package.json',
        code: '{"scripts": {"start": "node --tls-min-v1.0 server.js"}}\n',
        errors: [
          {
            messageId: 'cliMinVersion',
            line: 1,
            column: 29,
            data: {
              flag: '--tls-min-v1.0',
              version: 'TLS 1.0',
              target: 'this `node` process (script `start`)',
            },
          },
        ],
      },
      {
        filename: 'docker-compose.yml',
        code: 'services:\n  api:\n    environment:\n      - NODE_OPTIONS=--tls-max-v1.2\n',
        errors: [{ messageId: 'globalMaxTls12', line: 4, column: 22, severity: 'note' }],
      },
    ],
  },
  'config',
);
