import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      { filename: '.env', code: 'SSLKEYLOGFILE=\n' },
      { filename: '.env', code: '# SSLKEYLOGFILE=/tmp/keys.log\n' },
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS=--max-old-space-size=4096\n',
      },
    ],
    invalid: [
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS="--tls-keylog=/tmp/keys.log"\n',
        errors: [
          {
            messageId: 'keylogFlag',
            line: 2,
            column: 18,
            severity: 'warning',
            data: {
              target: 'every Node process of this image (`NODE_OPTIONS`)',
              file: '`/tmp/keys.log`',
            },
          },
        ],
      },
      {
        filename: 'docker-compose.yml',
        code: 'services:\n  api:\n    environment:\n      SSLKEYLOGFILE: /data/sslkeys.log\n',
        errors: [
          {
            messageId: 'configSslKeyLogFile',
            line: 4,
            column: 22,
            severity: 'warning',
            data: { reach: 'service `api`', file: '`/data/sslkeys.log`' },
          },
        ],
      },
    ],
  },
  'config',
);
