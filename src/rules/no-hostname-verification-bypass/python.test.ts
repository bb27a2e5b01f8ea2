import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      // rules.md P2 "Do not flag"
      'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = True\n',
      'import ssl\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.check_hostname = False\n',
      'import ssl\nsrv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nsrv.check_hostname = False\n',
      {
        name: 'the pair with CERT_NONE is one finding of no-disabled-cert-verification',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n',
      },
      {
        name: 'an unverified context is reported where it is made',
        code: 'import ssl\nctx = ssl._create_unverified_context()\nctx.check_hostname = False\n',
      },
      'import ssl\nassert ctx.check_hostname is not False\n',
      '# ctx.check_hostname = False\n',
      "import urllib3\nurllib3.PoolManager(assert_hostname='db.internal')\n",
      {
        name: 'the file checks host names itself after the handshake (urllib3)',
        code: 'import ssl\ndef connect(context, sock, host):\n    context.check_hostname = False\n    s = context.wrap_socket(sock)\n    _match_hostname(s.getpeercert(), host)\n',
      },
      {
        name: "a wrapper class's own attribute (urllib3's PyOpenSSLContext)",
        code: 'class PyOpenSSLContext:\n    def __init__(self, protocol):\n        self.check_hostname = False\n',
      },
      'import http.client\nhttp.client.HTTPSConnection(host, check_hostname=True)\n',
      'import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYHOST, 2)\n',
      {
        name: 'an unrelated assert_hostname keyword',
        code: 'from myapp import checks\nchecks.run(assert_hostname=False)\n',
      },
    ],
    invalid: [
      {
        name: 'rules.md P2',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n',
        errors: [
          {
            messageId: 'pythonCheckHostname',
            line: 3,
            column: 1,
            severity: 'error',
            data: { target: 'ctx' },
          },
        ],
      },
      {
        name: 'check_hostname = 0 on a context from a parameter',
        code: 'def harden(context):\n    context.check_hostname = 0\n',
        errors: [{ messageId: 'pythonCheckHostname', line: 2, column: 5 }],
      },
      {
        name: 'a context that trusts only the private CA it loads is a warning',
        code: 'import ssl\nctx = ssl.create_default_context(cafile=CA_FILE)\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_REQUIRED\n',
        errors: [
          {
            messageId: 'pythonCheckHostnamePrivateCa',
            line: 3,
            column: 1,
            severity: 'warning',
          },
        ],
      },
      {
        name: 'load_verify_locations on a client-protocol context',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.load_verify_locations(cafile="ca.pem")\nctx.check_hostname = False\n',
        errors: [{ messageId: 'pythonCheckHostnamePrivateCa', line: 4, column: 1 }],
      },
      {
        name: 'the system CAs as well: high',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.load_default_certs()\nctx.load_verify_locations(cafile="ca.pem")\nctx.check_hostname = False\n',
        errors: [{ messageId: 'pythonCheckHostname', line: 5, column: 1 }],
      },
      {
        name: 'under a switch: a warning that names it',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = not settings.VERIFY_SSL_HOSTNAME\n',
        errors: [{ messageId: 'pythonCheckHostname', line: 3, column: 1, severity: 'warning' }],
      },
      {
        name: 'rules.md P2: HTTPSConnection(check_hostname=False)',
        code: 'import http.client\nconn = http.client.HTTPSConnection(host, context=ctx, check_hostname=False)\n',
        errors: [{ messageId: 'pythonHttpsConnection', line: 2, column: 55 }],
      },
      {
        name: 'C15: urllib3 assert_hostname=False',
        code: 'import urllib3\nhttp = urllib3.PoolManager(assert_hostname=False)\n',
        errors: [{ messageId: 'pythonAssertHostname', line: 2, column: 28 }],
      },
      {
        name: 'pycurl SSL_VERIFYHOST 0',
        code: 'import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYHOST, 0)\n',
        errors: [{ messageId: 'pythonCurlVerifyHost', line: 3, column: 1, severity: 'warning' }],
      },
    ],
  },
  'python',
);
