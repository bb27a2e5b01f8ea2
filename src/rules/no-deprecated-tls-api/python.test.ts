import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      {
        name: "a test's mock expectation of starttls(keyfile=) is no call",
        code: 'from unittest import mock\nexpected = [mock.call().starttls(certfile=None, keyfile=None)]\nimport mock as m\nm.call().starttls(keyfile=k)\n',
      },
      'import ssl\nctx = ssl.create_default_context()\nctx.wrap_socket(sock, server_hostname=host)\n',
      'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n',
      'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n',
      'import ssl\nctx.options |= ssl.OP_NO_COMPRESSION\n',
      'import ssl\nctx.set_alpn_protocols(["h2", "http/1.1"])\n',
      'import http.client, ssl\nhttp.client.HTTPSConnection(host, context=ssl.create_default_context())\n',
      'import urllib.request\nurllib.request.urlopen(url, context=ctx)\n',
      'import smtplib\nserver = smtplib.SMTP_SSL(host, context=ctx)\nserver.starttls(context=ctx)\n',
      'import aiohttp\naiohttp.TCPConnector(ssl=ctx)\n',
      {
        name: 'a false verify_ssl is reported by no-disabled-cert-verification',
        code: 'import aiohttp\naiohttp.TCPConnector(verify_ssl=False)\n',
      },
      {
        name: 'compatibility code: a version test',
        code: 'import ssl, sys\nif sys.version_info < (3, 12):\n    sock = ssl.wrap_socket(sock)\n',
        pythonVersion: '3.12',
      },
      {
        name: 'compatibility code: hasattr',
        code: "import ssl\nif hasattr(ssl, 'match_hostname'):\n    ssl.match_hostname(cert, host)\n",
      },
      {
        name: 'compatibility code: try/except AttributeError',
        code: 'import ssl\ntry:\n    ssl.match_hostname(cert, host)\nexcept AttributeError:\n    pass\n',
      },
      {
        name: 'a fallback defined when the import fails is not the stdlib function',
        code: 'try:\n    from ssl import match_hostname\nexcept ImportError:\n    def match_hostname(cert, host):\n        pass\nmatch_hostname(cert, host)\n',
      },
      'import ssl\nif ctx.protocol == ssl.PROTOCOL_TLS:\n    pass\n',
    ],
    invalid: [
      {
        name: 'the issue: wrap_socket targeting 3.12 is an error',
        code: 'import ssl\nsock = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA)\n',
        pythonVersion: '3.12',
        errors: [
          {
            messageId: 'pythonRemoved',
            line: 2,
            column: 8,
            severity: 'error',
            data: {
              api: '`ssl.wrap_socket()`',
              deprecated: '3.7',
              removed: '3.12',
              target: '3.12',
              error: "AttributeError: module 'ssl' has no attribute 'wrap_socket'",
              fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`, which verifies the certificate and the host name as the old function never did — not `ssl._create_unverified_context().wrap_socket(...)`, which keeps the old hole.',
            },
          },
        ],
      },
      {
        name: 'the issue: on 3.9 it is a note that the upgrade will break it',
        code: 'import ssl\nsock = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA)\n',
        pythonVersion: '3.9',
        errors: [{ messageId: 'pythonRemovedLater', line: 2, column: 8, severity: 'note' }],
      },
      {
        name: 'match_hostname, target unknown',
        code: 'from ssl import match_hostname\nmatch_hostname(sock.getpeercert(), host)\n',
        errors: [{ messageId: 'pythonRemovedLater', line: 2, column: 1, severity: 'note' }],
      },
      {
        name: 'HTTPSConnection key_file/cert_file (one finding per call), urlopen cafile (3.13), SMTP keyfile, starttls certfile',
        code: 'import http.client, urllib.request, smtplib\nhttp.client.HTTPSConnection(host, key_file=k, cert_file=c)\nurllib.request.urlopen(url, cafile=CA)\nsmtplib.SMTP_SSL(host, keyfile=k)\nserver.starttls(certfile=c)\n',
        pythonVersion: '3.12',
        errors: [
          { messageId: 'pythonRemoved', line: 2, column: 35 },
          { messageId: 'pythonRemovedLater', line: 3, column: 29 },
          { messageId: 'pythonRemoved', line: 4, column: 24 },
          { messageId: 'pythonRemoved', line: 5, column: 17 },
        ],
      },
      {
        name: 'C24/C25: deprecated protocol constants and SSLContext() without a protocol',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)\nold = ssl.SSLContext()\nt12 = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_2)\n',
        errors: [
          { messageId: 'pythonDeprecated', line: 2, column: 22, severity: 'note' },
          { messageId: 'pythonDeprecated', line: 3, column: 7 },
          { messageId: 'pythonDeprecated', line: 4, column: 31 },
        ],
      },
      {
        name: 'OP_NO_* version flags and NPN',
        code: 'import ssl\nctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\nctx.set_npn_protocols(["http/1.1"])\n',
        errors: [
          { messageId: 'pythonDeprecated', line: 2, column: 1 },
          { messageId: 'pythonDeprecated', line: 3, column: 1 },
        ],
      },
      {
        name: 'aiohttp verify_ssl=True, ssl_context=, fingerprint=; urllib3 ssl_version=',
        code: 'import aiohttp, ssl, urllib3\naiohttp.TCPConnector(verify_ssl=True)\naiohttp.TCPConnector(ssl_context=ctx)\naiohttp.TCPConnector(fingerprint=digest)\nurllib3.PoolManager(ssl_version=ssl.PROTOCOL_TLS_CLIENT)\n',
        errors: [
          { messageId: 'pythonDeprecated', line: 2, column: 22 },
          { messageId: 'pythonDeprecated', line: 3, column: 22 },
          { messageId: 'pythonDeprecated', line: 4, column: 22 },
          { messageId: 'pythonDeprecated', line: 5, column: 21 },
        ],
      },
    ],
  },
  'python',
);
