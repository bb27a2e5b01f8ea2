import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS="--tls-cipher-list=HIGH:!aNULL:!MD5:!RC4"\n',
      },
      { filename: '.env', code: 'NODE_OPTIONS=--max-old-space-size=4096\n' },
      { filename: '.env', code: '# NODE_OPTIONS=--tls-cipher-list=DEFAULT@SECLEVEL=0\n' },
    ],
    invalid: [
      {
        filename: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS=--tls-cipher-list=DEFAULT@SECLEVEL=0\n',
        errors: [
          {
            messageId: 'global',
            line: 2,
            column: 18,
            severity: 'error',
            data: {
              setting: '`--tls-cipher-list`',
              target: 'every Node process of this image (`NODE_OPTIONS`)',
              tokens: '`@SECLEVEL=0`',
              weaknesses: 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1',
            },
          },
        ],
      },
      {
        filename: 'scripts/start.sh',
        code: 'exec node --tls-cipher-list=AES128-SHA:HIGH server.js\n',
        errors: [{ messageId: 'legacy', line: 1, column: 11, severity: 'note' }],
      },
    ],
  },
  'config',
);
