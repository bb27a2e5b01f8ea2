import { runRuleTests } from '../../../test/rule-tester.js';
import rule from './index.js';

runRuleTests(
  rule,
  {
    valid: [
      {
        name: 'plaintext URLs built from a literal: .format, f-string, concatenation',
        code: [
          'import requests',
          "requests.get('http://localhost:{0}'.format(port), verify=False)",
          "requests.get(f'http://{host}:8080/health', verify=False)",
          "requests.post('http://' + host + '/hook', verify=False)",
          '',
        ].join('\n'),
      },
      {
        name: "a stand-in class's default that the file's users replace (urllib3's Python 2 SSLContext)",
        code: [
          'import ssl',
          'class SSLContext(object):',
          '    def __init__(self, protocol):',
          '        self.verify_mode = ssl.CERT_NONE',
          '    def wrap_socket(self, sock):',
          '        kwargs = {"cert_reqs": self.verify_mode}',
          '        return ssl.wrap_socket(sock, **kwargs)',
          'def make(cert_reqs):',
          '    context = SSLContext(ssl.PROTOCOL_TLS)',
          '    context.verify_mode = cert_reqs',
          '    return context',
          '',
        ].join('\n'),
      },
      // rules.md P1 "Do not flag"
      'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n',
      'import ssl\nctx = ssl.create_default_context()\nassert ctx.verify_mode != ssl.CERT_NONE\n',
      {
        name: 'a server context that does not ask for client certificates (PROTOCOL_TLS_SERVER)',
        code: 'import ssl\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.verify_mode = ssl.CERT_NONE\n',
      },
      {
        name: 'a server context by purpose',
        code: 'import ssl\nsrv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nsrv.load_cert_chain("cert.pem", "key.pem")\nsrv.verify_mode = ssl.CERT_NONE\n',
      },
      {
        name: 'a context only handed to a server',
        code: 'import asyncio, ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.load_cert_chain("c.pem")\nctx.verify_mode = ssl.CERT_NONE\nasyncio.start_server(handle, "0.0.0.0", 8443, ssl=ctx)\n',
      },
      'print("ctx.verify_mode = ssl.CERT_NONE")\n',
      '# ctx.verify_mode = ssl.CERT_NONE\nimport ssl\n',
      'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n',
      // rules.md P3 "Do not flag"
      'import ssl\nctx = ssl.create_default_context()\n',
      'import ssl\nctx = ssl._create_unverified_context(cert_reqs=ssl.CERT_REQUIRED, check_hostname=True, cafile=ca)\n',
      // rules.md P4 "Do not flag"
      'import ssl\nssl._create_default_https_context = ssl.create_default_context\n',
      // rules.md P12 "Do not flag"
      "import requests\nrequests.get(url, verify='/etc/ssl/corp-ca.pem')\n",
      'import requests\nrequests.get(url, verify=True)\n',
      'import requests\nrequests.get(url, verify=None)\n',
      "import requests\nrequests.get(url, verify='False')\n",
      'import requests\ns = requests.Session()\ns.verify = "/etc/ssl/corp-ca.pem"\n',
      {
        name: 'an argparse namespace is not a session',
        code: 'import argparse\nargs = argparse.Namespace()\nargs.verify = False\n',
      },
      {
        name: 'verify=False on something that is not an HTTP client',
        code: 'from myapp import forms\nforms.validate(data, verify=False)\n',
      },
      // rules.md P13 "Do not flag", and httpx's own falsy rule
      'import httpx, ssl\nhttpx.Client(verify=ssl.create_default_context(cafile=ca))\n',
      'import httpx\nhttpx.Client(verify=True)\n',
      'import httpx\nhttpx.get(url, verify=0)\n',
      // rules.md P14 "Do not flag"
      'import aiohttp\nasync def f(session):\n    async with aiohttp.ClientSession() as session:\n        await session.get(url, ssl=aiohttp.Fingerprint(digest))\n',
      'import aiohttp, ssl\naiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=ca))\n',
      'import aiohttp\naiohttp.TCPConnector(ssl=None)\n',
      // rules.md P10 "Do not flag"
      "import urllib3\nurllib3.PoolManager(cert_reqs='CERT_REQUIRED')\n",
      "import urllib3\nurllib3.PoolManager(assert_fingerprint='AA:BB')\n",
      "import urllib3\nurllib3.PoolManager(cert_reqs='none')\n",
      // module-level wrap_socket with verification, and server-side
      'import ssl\nssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca)\n',
      'import ssl\nssl.wrap_socket(sock, server_side=True, certfile="c.pem")\n',
      {
        name: 'wrap_socket on 3.12+ is a crash (no-deprecated-tls-api), not a bypass',
        code: 'import ssl\nssl.wrap_socket(sock)\n',
        pythonVersion: '3.12',
      },
      'import ssl\nctx = ssl.create_default_context()\nctx.wrap_socket(sock, server_hostname=host)\n',
      // pycurl
      'import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYPEER, 1)\n',
      'import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.CAINFO, "/etc/ca.pem")\n',
      // pyOpenSSL
      'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\n',
      // warnings about something else
      'import urllib3\nurllib3.disable_warnings(urllib3.exceptions.SNIMissingWarning)\n',
      "import warnings\nwarnings.filterwarnings('ignore', category=DeprecationWarning)\n",
      "import warnings\nwarnings.filterwarnings('error', category=InsecureRequestWarning)\n",
      // a generic context that turns verification on
      'import ssl, socket\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.check_hostname = True\nctx.load_default_certs()\nctx.wrap_socket(socket.socket(), server_hostname=host)\n',
      {
        name: 'a generic context handed to a server',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.load_cert_chain("c.pem")\nctx.wrap_socket(sock, server_side=True)\n',
      },
      {
        name: 'a plaintext URL has no certificate to verify',
        code: "import aiohttp, requests\nasync def f(session: aiohttp.ClientSession):\n    async with aiohttp.ClientSession() as s:\n        await s.get('http://example.com', ssl=False)\nrequests.get('http://localhost:8080/health', verify=False)\n",
      },
      // Celery / websocket-client options that verify
      "import ssl\nbroker_use_ssl = {'cert_reqs': ssl.CERT_REQUIRED, 'ca_certs': '/etc/ca.pem'}\n",
      "import redis\nr = redis.Redis(host=h, ssl=True, ssl_cert_reqs='required')\n",
    ],
    invalid: [
      {
        name: 'an https URL built the same way is reported',
        code: "import requests\nrequests.get(f'https://{host}/', verify=False)\nrequests.get('{0}://x'.format('http'), verify=False)\n",
        errors: [
          { messageId: 'pythonRequestsVerify', line: 2, column: 34 },
          { messageId: 'pythonRequestsVerify', line: 3, column: 40 },
        ],
      },
      {
        name: 'a method called verify in an early return is no switch: an error (certbot HTTP-01)',
        code: [
          'import requests',
          'class Response:',
          '    def simple_verify(self, chall, uri):',
          '        if not self.verify(chall):',
          '            return False',
          '        return requests.get(uri, verify=False)',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonRequestsVerify', line: 6, column: 34, severity: 'error' }],
      },
      {
        name: "a client class's own attribute that nothing else sets",
        code: [
          'import requests',
          'class Client:',
          '    def __init__(self):',
          '        self.verify = False',
          '    def get(self, url):',
          '        return requests.get(url, verify=self.verify)',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonRequestsVerify', line: 6, column: 34 }],
      },
      {
        name: 'rules.md P1: ctx.verify_mode = ssl.CERT_NONE',
        code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.check_hostname = True\nctx.verify_mode = ssl.CERT_NONE\n',
        errors: [{ messageId: 'pythonCertNone', line: 4, column: 1, severity: 'error' }],
      },
      {
        name: 'rules.md P1: verify_mode = 0, on a context of unknown origin',
        code: 'import ssl\ndef configure(context):\n    context.verify_mode = 0\n',
        errors: [{ messageId: 'pythonCertNone', line: 3, column: 5 }],
      },
      {
        name: 'the issue: check_hostname = False + CERT_NONE is one finding, plus the aiohttp use',
        code: [
          'import ssl, aiohttp',
          'ctx = ssl.create_default_context()',
          'ctx.check_hostname = False',
          'ctx.verify_mode = ssl.CERT_NONE',
          'async def main():',
          '    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as s:',
          '        await s.get(url)',
          '',
        ].join('\n'),
        errors: [
          {
            messageId: 'pythonUpgradePanic',
            line: 3,
            column: 1,
            severity: 'error',
            data: { target: 'ctx' },
          },
          {
            messageId: 'pythonContextUse',
            line: 6,
            column: 69,
            severity: 'error',
            data: { api: 'aiohttp.TCPConnector', context: 'ctx', line: '4' },
          },
        ],
      },
      {
        name: 'import ssl as s, from ssl import CERT_NONE as N',
        code: 'import ssl as s\nfrom ssl import CERT_NONE as N\nctx = s.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = N\n',
        errors: [{ messageId: 'pythonUpgradePanic', line: 4, column: 1 }],
      },
      {
        name: 'the pair under a switch is a warning that names it',
        code: 'import ssl\nctx = ssl.create_default_context()\nif args.insecure:\n    ctx.check_hostname = False\n    ctx.verify_mode = ssl.CERT_NONE\n',
        errors: [{ messageId: 'pythonUpgradePanic', line: 4, column: 5, severity: 'warning' }],
      },
      {
        name: "a library's own unverified mode, chosen by a parameter (aiohttp's _make_ssl_context): a warning",
        code: [
          'import ssl',
          'def _make_ssl_context(verified):',
          '    if verified:',
          '        ctx = ssl.create_default_context()',
          '    else:',
          '        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)',
          '        ctx.check_hostname = False',
          '        ctx.verify_mode = ssl.CERT_NONE',
          '    return ctx',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonUpgradePanic', line: 7, column: 9, severity: 'warning' }],
      },
      {
        name: 'rules.md P3',
        code: 'import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl._create_unverified_context())\n',
        errors: [{ messageId: 'pythonUnverifiedContext', line: 2, column: 37 }],
      },
      {
        name: 'a context made unverified when the caller passes none is the default, not a switch (smtplib)',
        code: [
          'import ssl',
          'def starttls(sock, host, context=None):',
          '    if context is None:',
          '        context = ssl._create_stdlib_context()',
          '    return context.wrap_socket(sock, server_hostname=host)',
          '',
        ].join('\n'),
        errors: [
          { messageId: 'pythonUnverifiedContext', line: 4, column: 19, severity: 'error' },
          { messageId: 'pythonContextUse', line: 5, column: 12, severity: 'error' },
        ],
      },
      {
        name: 'the default branch written as the else of `is not None`, or as `not context`',
        code: [
          'import ssl',
          'def connect(sock, context=None):',
          '    if context is not None:',
          '        pass',
          '    else:',
          '        context = ssl._create_unverified_context()',
          'def other(sock, context=None):',
          '    if not context:',
          '        context = ssl._create_unverified_context()',
          '',
        ].join('\n'),
        errors: [
          { messageId: 'pythonUnverifiedContext', line: 6, column: 19, severity: 'error' },
          { messageId: 'pythonUnverifiedContext', line: 9, column: 19, severity: 'error' },
        ],
      },
      {
        name: "a client of a context made unverified only under the caller's switch is as conditional",
        code: [
          'import ssl',
          'def starttls(sock, host, context=None, insecure=False):',
          '    if insecure:',
          '        context = ssl._create_stdlib_context()',
          '    return context.wrap_socket(sock, server_hostname=host)',
          '',
        ].join('\n'),
        errors: [
          { messageId: 'pythonUnverifiedContext', line: 4, column: 19, severity: 'warning' },
          { messageId: 'pythonContextUse', line: 5, column: 12, severity: 'warning' },
        ],
      },
      {
        name: 'every client of an unverified context kept in a variable',
        code: 'import http.client, ssl, urllib.request\nctx = ssl._create_unverified_context()\nurllib.request.urlopen(url, context=ctx)\nconn = http.client.HTTPSConnection(host, context=ctx)\n',
        errors: [
          { messageId: 'pythonUnverifiedContext', line: 2, column: 7 },
          {
            messageId: 'pythonContextUse',
            line: 3,
            column: 29,
            data: { api: 'urllib.request.urlopen', context: 'ctx', line: '2' },
          },
          { messageId: 'pythonContextUse', line: 4, column: 42 },
        ],
      },
      {
        name: 'C34: http.client.HTTPSConnection with an unverified context',
        code: 'import http.client, ssl\nconn = http.client.HTTPSConnection(host, context=ssl._create_stdlib_context())\n',
        errors: [{ messageId: 'pythonUnverifiedContext', line: 2, column: 50 }],
      },
      {
        name: 'rules.md P4 (critical)',
        code: 'import ssl\nssl._create_default_https_context = ssl._create_unverified_context\n',
        errors: [{ messageId: 'pythonGlobalContext', line: 2, column: 1, severity: 'error' }],
      },
      {
        name: 'rules.md P4 through a lambda',
        code: 'import ssl\nunverified = ssl._create_unverified_context()\nssl._create_default_https_context = lambda: ssl._create_unverified_context()\n',
        errors: [
          { messageId: 'pythonUnverifiedContext', line: 2, column: 14 },
          { messageId: 'pythonGlobalContext', line: 3, column: 1 },
          { messageId: 'pythonUnverifiedContext', line: 3, column: 45 },
        ],
      },
      {
        name: 'C21: module-level wrap_socket verifies nothing by default',
        code: 'import socket, ssl\nsock = ssl.wrap_socket(socket.create_connection((host, 443)))\n',
        errors: [{ messageId: 'pythonWrapSocket', line: 2, column: 8 }],
      },
      {
        name: 'rules.md P1: wrap_socket(cert_reqs=ssl.CERT_NONE)',
        code: 'import ssl\nssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)\n',
        pythonVersion: '3.9',
        errors: [{ messageId: 'pythonWrapSocket', line: 2, column: 1 }],
      },
      {
        name: 'C01: requests.get(url, verify=False)',
        code: 'import requests\nrequests.get(url, verify=False)\n',
        errors: [
          {
            messageId: 'pythonRequestsVerify',
            line: 2,
            column: 19,
            data: { api: 'requests.get', value: 'False' },
          },
        ],
      },
      {
        name: 'C02 and rules.md P12: requests.request, verify=0',
        code: 'import requests\nrequests.request("GET", url, verify=0)\nrequests.post(url, json=body, verify="")\n',
        errors: [
          { messageId: 'pythonRequestsVerify', line: 2, column: 30 },
          { messageId: 'pythonRequestsVerify', line: 3, column: 31 },
        ],
      },
      {
        name: 'an early return on a parameter is not a TLS switch (still an error)',
        code: [
          'import aiohttp',
          'async def download(url, dst, force=False):',
          '    if not force and exists(dst):',
          '        return',
          '    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s:',
          '        await s.get(url)',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonAiohttpSsl', line: 5, column: 69, severity: 'error' }],
      },
      {
        name: 'every later call changed: functools.partial',
        code: 'import functools, requests\nrequests.get = functools.partial(requests.get, verify=False)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 2, column: 48 }],
      },
      {
        name: 'a helper that returns False when the environment says so (a warning)',
        code: [
          'import os, ssl, aiohttp',
          'def _ssl_context():',
          "    if os.getenv('SKIP_VERIFY', '') == '1':",
          '        return False',
          '    return ssl.create_default_context()',
          'connector = aiohttp.TCPConnector(ssl=_ssl_context())',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonAiohttpSsl', line: 6, column: 34, severity: 'warning' }],
      },
      {
        name: 'C03: requests.Session().get',
        code: 'import requests\nrequests.Session().get(url, verify=False)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 2, column: 29 }],
      },
      {
        name: 'C04: session.verify = False, session.verify = 0',
        code: 'from requests import Session\ns = Session()\ns.verify = False\nt = Session()\nt.verify = 0\n',
        errors: [
          { messageId: 'pythonSessionVerify', line: 3, column: 1 },
          { messageId: 'pythonSessionVerify', line: 5, column: 1 },
        ],
      },
      {
        name: 'a session kept on self and used in another method',
        code: [
          'import requests',
          'class ApiClient:',
          '    def __init__(self, base):',
          '        self.session = requests.Session()',
          '    def fetch(self, path):',
          '        return self.session.get(self.base + path, verify=False)',
          '',
        ].join('\n'),
        errors: [{ messageId: 'pythonRequestsVerify', line: 6, column: 51 }],
      },
      {
        name: 'C36: a False bound to a name',
        code: 'import requests\nVERIFY = False\nrequests.get(url, verify=VERIFY)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 3, column: 19 }],
      },
      {
        name: '**kwargs dicts built from literals',
        code: "import requests\nkw = {'timeout': 5, 'verify': False}\nrequests.get(url, **kw)\nrequests.post(url, **dict(verify=False))\n",
        errors: [
          { messageId: 'pythonRequestsVerify', line: 2, column: 21 },
          { messageId: 'pythonRequestsVerify', line: 4, column: 27 },
        ],
      },
      {
        name: 'a user switch: verify=not args.insecure',
        code: 'import requests\nrequests.get(url, verify=not args.insecure)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 2, column: 19, severity: 'warning' }],
      },
      {
        name: 'a parameter that defaults to False',
        code: 'import requests\ndef fetch(url, verify=False):\n    return requests.get(url, verify=verify)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 3, column: 30, severity: 'warning' }],
      },
      {
        name: 'the environment decides',
        code: "import os, requests\nrequests.get(url, verify=os.getenv('VERIFY_SSL', 'true') == 'true')\n",
        errors: [{ messageId: 'pythonRequestsVerify', line: 2, column: 19, severity: 'warning' }],
      },
      {
        name: 'C05/C06: httpx',
        code: 'import httpx\nhttpx.get(url, verify=False)\nclient = httpx.Client(verify=False)\nclient2 = httpx.AsyncClient(base_url=u, verify=False)\n',
        errors: [
          { messageId: 'pythonHttpxVerify', line: 2, column: 16 },
          { messageId: 'pythonHttpxVerify', line: 3, column: 23 },
          { messageId: 'pythonHttpxVerify', line: 4, column: 41 },
        ],
      },
      {
        name: 'C07/C08, C09/C10: aiohttp',
        code: [
          'import aiohttp',
          'async def main():',
          '    async with aiohttp.ClientSession() as session:',
          '        await session.get(url, ssl=False)',
          '        await session.post(url, verify_ssl=False)',
          '    connector = aiohttp.TCPConnector(ssl=False)',
          '    legacy = aiohttp.TCPConnector(verify_ssl=False)',
          '',
        ].join('\n'),
        errors: [
          { messageId: 'pythonAiohttpSsl', line: 4, column: 32 },
          { messageId: 'pythonAiohttpSsl', line: 5, column: 33 },
          { messageId: 'pythonAiohttpSsl', line: 6, column: 38 },
          { messageId: 'pythonAiohttpSsl', line: 7, column: 35 },
        ],
      },
      {
        name: 'C13/C14 and rules.md P10: urllib3 cert_reqs, also through requests.packages',
        code: "import ssl, urllib3\nfrom requests.packages import urllib3 as u3\nurllib3.PoolManager(cert_reqs='CERT_NONE')\nu3.PoolManager(cert_reqs=ssl.CERT_NONE)\nurllib3.HTTPSConnectionPool(host, cert_reqs='NONE')\n",
        errors: [
          { messageId: 'pythonCertReqs', line: 3, column: 21 },
          { messageId: 'pythonCertReqs', line: 4, column: 16 },
          { messageId: 'pythonCertReqs', line: 5, column: 35 },
        ],
      },
      {
        name: 'cert_reqs = CERT_NONE in other clients options',
        code: "import ssl, redis\nbroker_use_ssl = {'cert_reqs': ssl.CERT_NONE}\nws = websocket.create_connection(url, sslopt={'cert_reqs': ssl.CERT_NONE})\nr = redis.Redis(host=h, ssl=True, ssl_cert_reqs='none')\n",
        errors: [
          { messageId: 'pythonCertReqs', line: 2, column: 19 },
          { messageId: 'pythonCertReqs', line: 3, column: 47 },
          { messageId: 'pythonCertReqs', line: 4, column: 35 },
        ],
      },
      {
        name: 'C35: pycurl SSL_VERIFYPEER',
        code: 'import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYPEER, 0)\nc.setopt(c.SSL_VERIFYPEER, False)\n',
        errors: [
          { messageId: 'pythonCurlVerifyPeer', line: 3, column: 1 },
          { messageId: 'pythonCurlVerifyPeer', line: 4, column: 1 },
        ],
      },
      {
        name: 'C30: pyOpenSSL VERIFY_NONE, and a callback that accepts everything',
        code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_NONE, cb)\nctx.set_verify(SSL.VERIFY_PEER, lambda *args: True)\n',
        errors: [
          { messageId: 'pythonOpenSslVerify', line: 3, column: 1 },
          { messageId: 'pythonOpenSslVerify', line: 4, column: 1 },
        ],
      },
      {
        name: "pip's InsecureHTTPAdapter pattern",
        code: 'from requests.adapters import HTTPAdapter\nclass InsecureHTTPAdapter(HTTPAdapter):\n    def cert_verify(self, conn, url, verify, cert):\n        super().cert_verify(conn=conn, url=url, verify=False, cert=cert)\n',
        errors: [{ messageId: 'pythonCertVerifyOverride', line: 4, column: 9 }],
      },
      {
        name: 'C11/C12/C37: silenced InsecureRequestWarning (a note)',
        code: [
          'import urllib3, warnings, requests',
          'from urllib3.exceptions import InsecureRequestWarning',
          'urllib3.disable_warnings()',
          'requests.packages.urllib3.disable_warnings(InsecureRequestWarning)',
          "warnings.filterwarnings('ignore', category=InsecureRequestWarning)",
          "warnings.simplefilter('ignore', InsecureRequestWarning)",
          "warnings.filterwarnings('ignore', message='Unverified HTTPS request')",
          '',
        ].join('\n'),
        errors: [3, 4, 5, 6, 7].map((line) => ({
          messageId: 'pythonWarningsSilenced',
          line,
          column: 1,
          severity: 'note' as const,
        })),
      },
      {
        name: 'rules.md P5: a CLIENT_AUTH context used by a client',
        code: 'import ssl, urllib.request\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nurllib.request.urlopen(url, context=ctx)\n',
        errors: [{ messageId: 'pythonServerContext', line: 3, column: 29, severity: 'warning' }],
      },
      {
        name: 'rules.md P5 on Python 3.10+: a crash',
        code: 'import ssl\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nsock = ctx.wrap_socket(raw, server_hostname=host)\n',
        pythonVersion: '3.11',
        errors: [
          {
            messageId: 'pythonServerContextCrash',
            line: 3,
            column: 8,
            severity: 'note',
            data: { version: '3.11' },
          },
        ],
      },
      {
        name: 'C24: a generic SSLContext used as a client without verification',
        code: 'import ssl, socket\ndef connect(host):\n    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)\n    return ctx.wrap_socket(socket.socket(), server_hostname=host)\n',
        errors: [{ messageId: 'pythonNoVerifyContext', line: 3, column: 11 }],
      },
      {
        name: 'the 3.13 narrow workaround is a note',
        code: 'import ssl\nctx = ssl.create_default_context(cafile=ca)\nctx.verify_flags &= ~ssl.VERIFY_X509_STRICT\n',
        errors: [{ messageId: 'pythonStrictRelaxed', line: 3, column: 1, severity: 'note' }],
      },
      {
        name: 'test code is a note',
        filename: 'tests/test_client.py',
        code: 'import requests\ndef test_get():\n    requests.get(url, verify=False)\n',
        errors: [{ messageId: 'pythonRequestsVerify', line: 3, column: 23, severity: 'note' }],
      },
    ],
  },
  'python',
);
