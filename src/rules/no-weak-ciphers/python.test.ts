import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      // rules.md P8 "Do not flag"
      "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('ECDHE+AESGCM:!aNULL')\n",
      "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('HIGH:!aNULL:!MD5')\n",
      "import ssl\nctx.set_ciphers('DEFAULT:!RC4:!3DES')\n",
      "import urllib3\nurllib3.PoolManager(ciphers='ECDHE+AESGCM:ECDHE+CHACHA20')\n",
      'import ssl\nctx.set_ciphers(CIPHERS)\n',
      "# ctx.set_ciphers('DEFAULT:@SECLEVEL=0')\n",
      {
        name: 'a ciphers keyword of something else',
        code: "from myapp import crypto\ncrypto.configure(ciphers='RC4')\n",
      },
    ],
    invalid: [
      {
        name: 'C28: @SECLEVEL=0 (high)',
        code: "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('ALL:@SECLEVEL=0')\n",
        errors: [{ messageId: 'pythonSeclevelZero', line: 3, column: 1, severity: 'error' }],
      },
      {
        name: 'the narrow workaround: @SECLEVEL=1 for one context (a warning)',
        code: "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('DEFAULT:@SECLEVEL=1')\n",
        errors: [
          {
            messageId: 'pythonSeclevelOne',
            line: 3,
            column: 1,
            severity: 'warning',
            data: { call: "ctx.set_ciphers('DEFAULT:@SECLEVEL=1')", target: '`ctx`' },
          },
        ],
      },
      {
        name: 'weak tokens, also through a constant and concatenation',
        code: "import ssl\nWEAK = 'RC4-SHA:' + 'NULL'\nctx.set_ciphers(WEAK)\nctx.set_ciphers('EXPORT')\n",
        errors: [
          { messageId: 'pythonWeak', line: 3, column: 1, severity: 'warning' },
          { messageId: 'pythonWeak', line: 4, column: 1 },
        ],
      },
      {
        name: 'legacy suites and a bare DEFAULT are notes',
        code: "import ssl\nctx.set_ciphers('AES128-SHA')\nctx.set_ciphers('DEFAULT')\n",
        errors: [
          { messageId: 'pythonLegacy', line: 2, column: 1, severity: 'note' },
          { messageId: 'pythonDefault', line: 3, column: 1, severity: 'note' },
        ],
      },
      {
        name: 'pyOpenSSL set_cipher_list with bytes, urllib3 ciphers=',
        code: "import urllib3\nfrom OpenSSL import SSL\nctx.set_cipher_list(b'ALL:@SECLEVEL=0')\nurllib3.util.ssl_.create_urllib3_context(ciphers='DES-CBC3-SHA')\n",
        errors: [
          { messageId: 'pythonSeclevelZero', line: 3, column: 1 },
          { messageId: 'pythonWeak', line: 4, column: 1 },
        ],
      },
    ],
  },
  'python',
);
