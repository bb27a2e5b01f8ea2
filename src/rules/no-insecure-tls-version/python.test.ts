import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      // rules.md P6 "Do not flag"
      'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n',
      'import ssl\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n',
      'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n',
      'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\n',
      // rules.md P7 "Do not flag"
      'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n',
      'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_3\n',
      'import ssl\nctx = ssl.create_default_context()\nctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED\n',
      // comparisons and feature tests read the constant, they do not use it
      'import ssl\nif ctx.protocol == ssl.PROTOCOL_TLSv1:\n    warn()\n',
      "import ssl\nif hasattr(ssl, 'PROTOCOL_TLSv1'):\n    pass\n",
      'import ssl\nassert ctx.minimum_version != ssl.TLSVersion.TLSv1\n',
      '# ssl.PROTOCOL_TLSv1\nimport ssl\n',
      "print('ssl.PROTOCOL_SSLv3')\n",
      {
        name: 'a local name that happens to match',
        code: 'PROTOCOL_TLSv1 = "tls1"\nprint(PROTOCOL_TLSv1)\n',
      },
      {
        name: "a table translating protocol constants (urllib3's pyopenssl)",
        code: 'import ssl, OpenSSL.SSL\n_openssl_versions = {\n    ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD,\n}\n_openssl_versions[ssl.PROTOCOL_TLSv1_1] = OpenSSL.SSL.TLSv1_1_METHOD\n',
      },
      {
        name: 'a name bound to a constant is reported where it is bound, not again where it is used',
        code: 'import ssl\nfrom ssl import PROTOCOL_TLS_CLIENT\nPROTOCOL_SSLv23 = PROTOCOL_TLS = PROTOCOL_TLS_CLIENT\n',
      },
      // hardening
      'import ssl\nctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\n',
      'import ssl\nctx.options &= ~ssl.OP_NO_COMPRESSION\n',
      'import ssl, urllib3\nurllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)\n',
    ],
    invalid: [
      {
        name: 'C23: positional SSLContext(ssl.PROTOCOL_TLSv1)',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n',
        errors: [
          {
            messageId: 'pythonProtocol',
            line: 2,
            column: 22,
            severity: 'error',
            data: {
              constant: 'ssl.PROTOCOL_TLSv1',
              version: 'TLS 1.0 only',
              why: 'TLS 1.0 and 1.1 were deprecated by RFC 8996: SHA-1 handshakes and CBC suites open to downgrade and BEAST-class attacks, refused by default since Python 3.10',
            },
          },
        ],
      },
      {
        name: 'C22: wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1), and SSLv3 imported by name',
        code: 'import ssl\nfrom ssl import PROTOCOL_SSLv3 as OLD\nssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_1)\nctx = ssl.SSLContext(OLD)\n',
        errors: [
          { messageId: 'pythonProtocol', line: 3, column: 35 },
          { messageId: 'pythonProtocol', line: 4, column: 22 },
        ],
      },
      {
        name: 'a constant kept in a variable: reported where it is written out',
        code: 'import ssl\nOLD_PROTOCOL = ssl.PROTOCOL_TLSv1\nctx = ssl.SSLContext(OLD_PROTOCOL)\n',
        errors: [{ messageId: 'pythonProtocol', line: 2, column: 16 }],
      },
      {
        name: 'C31: a default parameter',
        code: 'import ssl\ndef connect(host, version=ssl.PROTOCOL_SSLv2):\n    pass\n',
        errors: [{ messageId: 'pythonProtocol', line: 2, column: 27 }],
      },
      {
        name: 'C29: pyOpenSSL methods',
        code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_METHOD)\nold = SSL.Context(SSL.SSLv3_METHOD)\n',
        errors: [
          { messageId: 'pythonProtocol', line: 2, column: 19 },
          { messageId: 'pythonProtocol', line: 3, column: 19 },
        ],
      },
      {
        name: 'C26: minimum_version TLSv1, MINIMUM_SUPPORTED; maximum_version TLSv1_1',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1\nctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED\nctx.maximum_version = ssl.TLSVersion.TLSv1_1\n',
        errors: [
          { messageId: 'pythonMinimumVersion', line: 3, column: 1, severity: 'warning' },
          { messageId: 'pythonMinimumVersion', line: 4, column: 1 },
          { messageId: 'pythonMaximumVersion', line: 5, column: 1, severity: 'warning' },
        ],
      },
      {
        name: 'minimum_version TLSv1 with @SECLEVEL=1 on the same context: really negotiates',
        code: "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('DEFAULT:@SECLEVEL=1')\nctx.minimum_version = ssl.TLSVersion.TLSv1\n",
        errors: [
          {
            messageId: 'pythonVersionSeclevel',
            line: 4,
            column: 1,
            severity: 'error',
            data: {
              setting: 'ctx.minimum_version = ssl.TLSVersion.TLSv1',
              level: '1',
              version: 'TLS 1.0',
              target: '`ctx`',
            },
          },
        ],
      },
      {
        name: 'C27: options &= ~OP_NO_TLSv1',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.options &= ~ssl.OP_NO_TLSv1\nctx.options = ctx.options & ~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)\n',
        errors: [
          { messageId: 'pythonReenabled', line: 3, column: 1 },
          { messageId: 'pythonReenabled', line: 4, column: 1 },
        ],
      },
      {
        name: 'urllib3 ssl_minimum_version',
        code: 'import ssl, urllib3\nurllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1)\n',
        errors: [{ messageId: 'pythonMinimumVersion', line: 2, column: 21 }],
      },
      {
        name: 'a switch decides the floor',
        code: 'import ssl\nctx = ssl.create_default_context()\nif settings.ALLOW_INSECURE_TLS:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1\n',
        errors: [{ messageId: 'pythonMinimumVersion', line: 4, column: 5, severity: 'warning' }],
      },
    ],
  },
  'python',
);
