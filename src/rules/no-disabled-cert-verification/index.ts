import { defineRule } from '../../core/rule.js';
import {
  CONFIG_CERT_MESSAGES,
  type ConfigCertMessageId,
} from '../config/cert-verification-messages.js';
import { CURL_TRIGGERS } from '../javascript/libcurl-options.js';

export type MessageId =
  | 'disabled'
  | 'globalAgent'
  | 'legacyFalsy'
  | 'conditional'
  | 'userSwitch'
  | 'ineffective'
  | 'gotTopLevel'
  | 'libraryOption'
  | 'connectionString'
  | 'postgresJsSsl'
  | 'proxySecure'
  | 'devProxySecure'
  | 'superagentDisable'
  | 'superagentLocalhost'
  | 'bareSocket'
  | 'tlsSocketDisabled'
  | 'electronTrustAll'
  | 'electronTrustAllConditional'
  | 'electronVerifyProc'
  | 'electronSwitch'
  | 'electronSpkiSwitch'
  | 'electronLocalhostSwitch'
  | 'curlVerifyPeer'
  | ConfigCertMessageId
  | PythonMessageId;
export type PythonMessageId =
  | 'pythonCertNone'
  | 'pythonUpgradePanic'
  | 'pythonUnverifiedContext'
  | 'pythonContextUse'
  | 'pythonGlobalContext'
  | 'pythonWrapSocket'
  | 'pythonNoVerifyContext'
  | 'pythonServerContext'
  | 'pythonServerContextCrash'
  | 'pythonRequestsVerify'
  | 'pythonSessionVerify'
  | 'pythonHttpxVerify'
  | 'pythonAiohttpSsl'
  | 'pythonCertReqs'
  | 'pythonCurlVerifyPeer'
  | 'pythonOpenSslVerify'
  | 'pythonCertVerifyOverride'
  | 'pythonWarningsSilenced'
  | 'pythonStrictRelaxed';
const WHY =
  'any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic';
const FIX =
  "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
/**
 * The origin story (rules.md §4.0 "the user story", research §3.2): what the 3.10/3.11/3.13 upgrades
 * break, and the narrow fix for each — none of them is `CERT_NONE`.
 */
const UPGRADE_FIX =
  'If this got past `certificate verify failed` after a Python upgrade, it hid the cause instead of fixing it: since 3.10 the default context refuses TLS 1.0/1.1, suites without forward secrecy or with SHA-1 MACs, and keys under 2048 bits (security level 2) — turning verification off does not even fix the cipher-suite break — and 3.13 adds `VERIFY_X509_STRICT`, which rejects private CAs without proper extensions. Fix the cause: for a private CA, `ctx.load_verify_locations(cafile=...)`; for a weak server key or old suites, re-issue the certificate or, for this one context, `ctx.set_ciphers("DEFAULT:@SECLEVEL=1")` (still reported, as a warning); on 3.13, `ctx.verify_flags &= ~ssl.VERIFY_X509_STRICT` or a CA with proper extensions';
const ELECTRON_FIX =
  'Fix the certificate, or trust only the one certificate you expect: compare `certificate.fingerprint` with a pinned value for that host before calling back `true`.';

export default defineRule<MessageId>({
  id: 'no-disabled-cert-verification',
  meta: {
    description:
      'Disallow turning off TLS certificate verification for a connection, agent, client or the whole process.',
    category: 'certificate-verification',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      disabled: {
        risk: 'high',
        headline: 'Certificate verification is off (`rejectUnauthorized: false`) for {{target}}',
        text: `\`rejectUnauthorized\` is \`false\` here, which turns off certificate verification for {{target}}: ${WHY}. ${FIX}`,
      },
      globalAgent: {
        risk: 'critical',
        headline: 'Certificate verification is off in a process-wide default for {{target}}',
        text: `\`rejectUnauthorized\` is \`false\` in a process-wide default, which turns off certificate verification for {{target}} — and a per-request \`rejectUnauthorized: true\` cannot undo it: ${WHY}. Never weaken a global default: scope a \`ca\` option to the one client that needs it, or start Node with \`NODE_EXTRA_CA_CERTS\`.`,
      },
      legacyFalsy: {
        risk: 'low',
        headline:
          '`rejectUnauthorized: {{value}}` reads as turning verification off (it did before Node 12.22.5)',
        text: '`rejectUnauthorized: {{value}}` does not turn verification off on current Node (only `false` does), but it did before Node 12.22.5, 14.17.5 and 16.6.2 (CVE-2021-22939), and it reads as if it meant to. Remove the option — verification is on by default — or set it to `true`.',
      },
      conditional: {
        risk: 'medium',
        headline: 'Certificate verification is off for {{target}} {{condition}}',
        text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}, and conditions like this end up true in production: ${WHY}. Verify everywhere: give development and test servers certificates from a CA you trust and pass it with \`ca\` or \`NODE_EXTRA_CA_CERTS\`.`,
      },
      userSwitch: {
        risk: 'medium',
        headline: 'Certificate verification is off for {{target}} {{condition}}',
        text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}: ${WHY}. {{advice}}`,
      },
      ineffective: {
        risk: 'info',
        headline: '{{library}} has no `rejectUnauthorized` option: this line does nothing',
        text: '{{library}} has no `rejectUnauthorized` option, so this line does nothing: the connection still verifies certificates. Remove it; if it was meant to get past a certificate error, trust the CA instead (axios: `httpsAgent: new https.Agent({ ca })`).',
      },
      gotTopLevel: {
        risk: 'high',
        headline:
          'Top-level `rejectUnauthorized: false` turns verification off in got 11 and older (got 12+ throws)',
        text: `A top-level \`rejectUnauthorized: false\` turns off certificate verification in got 11 and older (${WHY}), and got 12 and later throw "Unexpected option" on it. Remove it and trust the CA with \`https: { certificateAuthority: ca }\`.`,
      },
      libraryOption: {
        risk: 'high',
        headline: '`{{option}}` turns off certificate verification in {{library}}',
        text: `\`{{option}}\` turns off certificate verification in {{library}}: ${WHY}. {{fix}}`,
      },
      connectionString: {
        risk: 'high',
        headline:
          'This connection string sets `{{parameter}}`: {{library}} skips certificate verification',
        text: `This connection string sets \`{{parameter}}\`, which makes {{library}} skip certificate verification: ${WHY}, credentials included. {{fix}}`,
      },
      postgresJsSsl: {
        risk: 'high',
        headline:
          "`ssl: '{{mode}}'` makes postgres.js encrypt without verifying the server's certificate",
        text: `\`ssl: '{{mode}}'\` makes postgres.js encrypt without verifying the server's certificate: ${WHY}, including credentials and query results. Use \`ssl: 'verify-full'\`, or an \`ssl\` object with the provider's \`ca\`.`,
      },
      proxySecure: {
        risk: 'high',
        headline: '`secure: false` makes this proxy accept any certificate from its HTTPS target',
        text: `\`secure: false\` makes this proxy accept any certificate from its HTTPS target (http-proxy copies it into \`rejectUnauthorized\`): ${WHY}. Remove it and trust the target's CA (\`ca\` in the proxy's \`agent\`, or \`NODE_EXTRA_CA_CERTS\`).`,
      },
      devProxySecure: {
        risk: 'low',
        headline:
          "`secure: false` makes this dev server's proxy accept any certificate from its HTTPS target",
        text: `\`secure: false\` makes this development server's proxy skip verifying its HTTPS target: ${WHY}. It runs on developers' machines rather than in production, so it is a note; still, remove it and let the dev server trust the target's CA (\`NODE_EXTRA_CA_CERTS\`), or point it at a local certificate issued by a CA you trust.`,
      },
      superagentDisable: {
        risk: 'high',
        headline:
          '`.disableTLSCerts()` turns off certificate verification for this superagent request',
        text: `\`.disableTLSCerts()\` turns off certificate verification for this superagent request: ${WHY}. Remove it and trust the server's CA with \`.ca(caCertificate)\`.`,
      },
      superagentLocalhost: {
        risk: 'low',
        headline: '`.trustLocalhost()` makes superagent accept any certificate from localhost',
        text: '`.trustLocalhost()` makes superagent accept any certificate from localhost, 127.0.0.1 and ::1; traffic to those addresses rarely crosses a network, but a local proxy or another user on the host can impersonate the server. Prefer a local CA trusted with `.ca()`.',
      },
      bareSocket: {
        risk: 'medium',
        headline:
          'A client-side `new tls.TLSSocket(...)` verifies neither the certificate nor the host name',
        text: 'A client-side `new tls.TLSSocket(...)` verifies neither the certificate chain nor the host name, whatever `rejectUnauthorized` says, and nothing in this file checks `socket.authorized`: any certificate is accepted. Upgrade existing sockets with `tls.connect({ socket, servername, ca })`, which verifies both (`ca` for a private CA).',
      },
      tlsSocketDisabled: {
        risk: 'high',
        headline:
          '`rejectUnauthorized: false` on a client-side `tls.TLSSocket`: nothing about the server is verified',
        text: `\`rejectUnauthorized: false\` on a client-side \`new tls.TLSSocket(...)\` turns verification off explicitly — and a bare \`TLSSocket\` checks neither the chain nor the host name anyway: ${WHY}. Setting the option to \`true\` is not enough; upgrade the socket with \`tls.connect({ socket, servername, ca })\`, which verifies both (\`ca\` for a private CA).`,
      },
      electronTrustAll: {
        risk: 'high',
        headline: 'This `certificate-error` handler trusts every invalid certificate',
        text: `This \`certificate-error\` handler prevents the default and calls back \`true\` without looking at the URL, the error or the certificate, so the browser window trusts every invalid certificate: ${WHY}. ${ELECTRON_FIX}`,
      },
      electronTrustAllConditional: {
        risk: 'medium',
        headline: 'This `certificate-error` handler trusts every invalid certificate {{condition}}',
        text: `This \`certificate-error\` handler trusts every invalid certificate {{condition}}, without looking at the URL, the error or the certificate: ${WHY}. ${ELECTRON_FIX}`,
      },
      electronVerifyProc: {
        risk: 'critical',
        headline:
          'This certificate verify procedure accepts every certificate for the whole session',
        text: `This certificate verify procedure only ever calls back \`0\` (accept), so the whole session trusts every certificate and Chromium caches the verdict: ${WHY}. Call back \`-3\` to use Chromium's own verification, and \`0\` only for a certificate you pinned.`,
      },
      electronSwitch: {
        risk: 'high',
        headline:
          'The `ignore-certificate-errors` switch makes Chromium accept every invalid certificate',
        text: `The \`ignore-certificate-errors\` switch makes Chromium accept every invalid certificate in this app: ${WHY}. Remove the switch; trust a private CA through the operating system's store, or pin the one certificate in a \`certificate-error\` handler.`,
      },
      electronSpkiSwitch: {
        risk: 'medium',
        headline:
          '`ignore-certificate-errors-spki-list` makes Chromium accept the listed keys whatever their certificates say',
        text: '`ignore-certificate-errors-spki-list` makes Chromium accept the listed public keys whatever their certificates say (expired, wrong host, untrusted CA). Review that every key is one you control, and prefer trusting a private CA through the operating system.',
      },
      curlVerifyPeer: {
        risk: 'high',
        headline:
          "`{{option}}` makes libcurl skip verifying the server's certificate (SSL_VERIFYPEER 0)",
        text: `\`{{option}}\` makes libcurl (node-libcurl) skip verifying the server's certificate (CURLOPT_SSL_VERIFYPEER 0): ${WHY}. Remove it — libcurl verifies by default — and give a private CA with \`CAINFO\` (curly: \`caInfo\`).`,
      },
      pythonCertNone: {
        risk: 'high',
        headline:
          '`verify_mode = CERT_NONE` turns off certificate verification for this client context',
        text: `\`{{target}}.verify_mode = CERT_NONE\` turns off certificate verification for this client context: ${WHY}. ${UPGRADE_FIX}. Then keep \`CERT_REQUIRED\`.`,
      },
      pythonUpgradePanic: {
        risk: 'high',
        headline:
          '`check_hostname = False` + `verify_mode = CERT_NONE` turn off all certificate checks for `{{target}}`',
        text: `\`{{target}}.check_hostname = False\` together with \`{{target}}.verify_mode = CERT_NONE\` turns off certificate and host-name verification for this context: ${WHY}. ${UPGRADE_FIX}. Then remove both lines.`,
      },
      pythonUnverifiedContext: {
        risk: 'high',
        headline: '`{{api}}()` makes a context that verifies neither certificate nor host name',
        text: `\`{{api}}()\` makes a context with \`CERT_NONE\` and no host-name check (PEP 476's opt-out) for the connections that use it: ${WHY}. Use \`ssl.create_default_context()\` instead — with \`cafile='/path/to/ca.pem'\` for a private CA.`,
      },
      pythonContextUse: {
        risk: 'high',
        headline:
          '`{{api}}` connects with `{{context}}`, a context that verifies no certificate (line {{line}})',
        text: `\`{{api}}\` connects with \`{{context}}\`, whose certificate verification is turned off at line {{line}}: ${WHY}. Fix the context there — trust the server's CA with \`load_verify_locations(cafile=...)\` instead — or give this client a verified context of its own. Each client of an unverified context is reported, so that a new one shows up in review even when the context itself was accepted long ago.`,
      },
      pythonGlobalContext: {
        risk: 'critical',
        headline:
          '`ssl._create_default_https_context` is replaced: no stdlib HTTPS client in the process verifies',
        text: `\`ssl._create_default_https_context = {{value}}\` turns off certificate verification for every HTTPS connection of the standard library in this process that does not pass its own context — \`urllib.request\`, \`http.client\`, \`xmlrpc.client\` and everything built on them (requests, httpx and aiohttp make their own contexts): ${WHY}. Remove the override; pass \`context=ssl.create_default_context(cafile=...)\` to the one client that talks to a private CA, or set \`SSL_CERT_FILE\`.`,
      },
      pythonWrapSocket: {
        risk: 'high',
        headline:
          '`ssl.wrap_socket()` without `cert_reqs` verifies no certificate and no host name',
        text: `The module-level \`ssl.wrap_socket()\` defaults to \`cert_reqs=CERT_NONE\` and never checks the host name (nor sends SNI): ${WHY}. It was deprecated in Python 3.7 and removed in 3.12. Use \`ssl.create_default_context().wrap_socket(sock, server_hostname=host)\`, which verifies both — not \`ssl._create_unverified_context().wrap_socket(...)\`, which keeps the hole.`,
      },
      pythonNoVerifyContext: {
        risk: 'high',
        headline:
          '`{{call}}` starts with `CERT_NONE` and is used as a client without turning verification on',
        text: `\`{{call}}\` makes a context that starts with \`verify_mode = CERT_NONE\` and \`check_hostname = False\` (only \`PROTOCOL_TLS_CLIENT\` verifies by default), and it connects as a client here without turning verification on: ${WHY}. Use \`ssl.create_default_context()\` or \`ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\`, which verify the chain and the host name.`,
      },
      pythonServerContext: {
        risk: 'medium',
        headline: 'A server context (`Purpose.CLIENT_AUTH`) is used to connect as a client',
        text: 'This context comes from `ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)`, which makes a context for a *server* (`PROTOCOL_TLS_SERVER`, `CERT_NONE`, no host-name check), and it is used here to connect as a client: on Python 3.9 and older such a client verifies nothing, and 3.10 and later raise `SSLError`. For a client, call `ssl.create_default_context()` without a purpose (`Purpose.SERVER_AUTH` is the default).',
      },
      pythonServerContextCrash: {
        risk: 'low',
        headline:
          'A server context (`Purpose.CLIENT_AUTH`) is used as a client: raises `SSLError` on {{version}}',
        text: 'This context comes from `ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)`, which makes a context for a *server*, and it is used here to connect as a client. This project targets Python {{version}}, where that raises `SSLError: Cannot create a client socket with a PROTOCOL_TLS_SERVER context` (before 3.10 it silently verified nothing). For a client, call `ssl.create_default_context()` without a purpose.',
      },
      pythonRequestsVerify: {
        risk: 'high',
        headline: '`verify={{value}}` turns off certificate verification for `{{api}}`',
        text: `\`verify={{value}}\` turns off certificate verification for \`{{api}}\` — requests treats every false value except \`None\` this way: ${WHY}. Pass the CA bundle instead (\`verify='/path/to/ca.pem'\`, or set \`REQUESTS_CA_BUNDLE\`); \`verify=None\` or no argument keeps the default.`,
      },
      pythonSessionVerify: {
        risk: 'high',
        headline:
          '`{{target}}.verify = {{value}}` turns off certificate verification for the whole session',
        text: `\`{{target}}.verify = {{value}}\` turns off certificate verification for every request of this requests session: ${WHY}. (With \`REQUESTS_CA_BUNDLE\` or \`CURL_CA_BUNDLE\` set, requests quietly verifies anyway, which is why it can look harmless in some environments.) Set \`{{target}}.verify = '/path/to/ca.pem'\` instead.`,
      },
      pythonHttpxVerify: {
        risk: 'high',
        headline: '`verify=False` turns off certificate verification for `{{api}}`',
        text: `\`verify=False\` turns off certificate verification for \`{{api}}\` (httpx builds a context with \`CERT_NONE\` and no host-name check): ${WHY}. Pass a context that trusts the CA: \`verify=ssl.create_default_context(cafile='/path/to/ca.pem')\` (httpx 0.28 deprecates a path string), or set \`SSL_CERT_FILE\`. Unlike requests, httpx takes only \`False\` as "off".`,
      },
      pythonAiohttpSsl: {
        risk: 'high',
        headline: '`{{option}}` turns off certificate verification for `{{api}}`',
        text: `\`{{option}}\` turns off certificate verification for \`{{api}}\`{{deprecated}}: ${WHY}. Pass a context that trusts the CA instead — \`ssl=ssl.create_default_context(cafile='/path/to/ca.pem')\` — or pin the one certificate with \`ssl=aiohttp.Fingerprint(sha256_digest)\`.`,
      },
      pythonCertReqs: {
        risk: 'high',
        headline: '`{{option}}` makes {{api}} skip certificate verification',
        text: `\`{{option}}\` makes {{api}} skip certificate verification (urllib3 takes \`'CERT_NONE'\`, \`'NONE'\`, \`ssl.CERT_NONE\` and \`0\` alike): ${WHY}. Keep the default (\`cert_reqs='CERT_REQUIRED'\`) and give the CA with \`ca_certs='/path/to/ca.pem'\`.`,
      },
      pythonCurlVerifyPeer: {
        risk: 'high',
        headline: '`{{option}}` = {{value}} makes libcurl skip verifying the certificate',
        text: `\`setopt({{option}}, {{value}})\` makes libcurl (pycurl) skip verifying the server's certificate (CURLOPT_SSL_VERIFYPEER 0): ${WHY}. Remove it — libcurl verifies by default — and give a private CA with \`c.setopt(pycurl.CAINFO, '/path/to/ca.pem')\`.`,
      },
      pythonOpenSslVerify: {
        risk: 'high',
        headline: 'This pyOpenSSL context accepts any certificate ({{how}})',
        text: `This pyOpenSSL context turns certificate verification off ({{how}}): ${WHY}. Use \`ctx.set_verify(SSL.VERIFY_PEER)\` without a callback (or one that returns \`preverify_ok\`), trust the CA with \`ctx.load_verify_locations(cafile)\`, and check the host name (\`service_identity\`).`,
      },
      pythonCertVerifyOverride: {
        risk: 'high',
        headline: 'This `cert_verify` override makes the adapter skip certificate verification',
        text: `This \`cert_verify\` override calls requests' \`HTTPAdapter.cert_verify\` with \`verify=False\`, so every request through the adapter skips certificate verification, whatever it asked for: ${WHY}. Mount a plain \`HTTPAdapter\` and pass the CA bundle (\`verify='/path/to/ca.pem'\`) for the host that needs it.`,
      },
      pythonWarningsSilenced: {
        risk: 'low',
        headline:
          '`{{call}}` silences the warning urllib3 prints for requests without certificate checks',
        text: "`{{call}}` silences `InsecureRequestWarning`, the warning urllib3 (and requests) print for every request that does not verify its certificate — code does this when it makes such requests. Find the `verify=False` or `cert_reqs='CERT_NONE'` it hides and fix that (trust the CA with `verify='/path/to/ca.pem'`); then this line has nothing left to silence.",
      },
      pythonStrictRelaxed: {
        risk: 'low',
        headline:
          '`verify_flags &= ~VERIFY_X509_STRICT` relaxes the certificate checks of Python 3.13',
        text: '`{{target}}.verify_flags &= ~ssl.VERIFY_X509_STRICT` turns off the strict RFC 5280 checks that Python 3.13 added to the default context: certificates from a CA without proper extensions (Authority Key Identifier, Basic Constraints) are accepted again. This is the narrow, per-context workaround for a private CA that 3.13 rejects — far better than `CERT_NONE` — but the real fix is to re-issue the CA certificate with the required extensions.',
      },
      electronLocalhostSwitch: {
        risk: 'low',
        headline:
          '`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost',
        text: "`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost; another process on the machine can then impersonate a local service. Use a local CA (for example mkcert's) instead.",
      },
      ...CONFIG_CERT_MESSAGES,
    },
    suggestions: {
      removeOption:
        'Remove `rejectUnauthorized: false`: certificates are then verified, as by default (trust a private CA with the `ca` option).',
      removeAssignment:
        'Remove this assignment of `false` to `rejectUnauthorized`: certificates are then verified, as by default (trust a private CA with the `ca` option).',
    },
  },
  triggers: {
    javascript: [
      'rejectUnauthorized',
      'strictSSL',
      'AllowInvalidCertificates',
      'allowinvalidcertificates',
      'tlsInsecure',
      'tlsinsecure',
      'sslValidate',
      'sslvalidate',
      'rustServerCertificate',
      'rustservercertificate',
      'ignoreSslError',
      'sslmode',
      // postgres.js `ssl: 'require'`; http-proxy and dev-server proxies `secure: false`.
      ['postgres', 'ssl'],
      ['secure:', 'proxy'],
      ["secure':", 'proxy'],
      ['secure":', 'proxy'],
      ['secure =', 'proxy'],
      ['secure=', 'proxy'],
      'disableTLSCerts',
      'trustLocalhost',
      'TLSSocket',
      'certificate-error',
      'setCertificateVerifyProc',
      'allow-insecure-localhost',
      'ignore-certificate-errors',
      ...CURL_TRIGGERS,
    ],
    config: [
      'curl',
      'wget',
      'insecure',
      // `-k` alone on a line of a `.curlrc`; on command lines the `curl` word triggers.
      '-k\n',
      '-k\r',
      'strict-ssl',
      'StrictSsl',
      'sslVerify',
      'sslverify',
      'check_certificate',
      'check-certificate',
      'checkcertificate',
      'trusted-host',
      'trusted_host',
    ],
    python: [
      'verify_mode',
      'CERT_NONE',
      'cert_reqs',
      '_create_unverified_context',
      '_create_stdlib_context',
      '_create_default_https_context',
      'wrap_socket',
      'SSLContext',
      'CLIENT_AUTH',
      // requests and httpx `verify=`, aiohttp `ssl=` / `verify_ssl=`, also as `**kwargs` keys.
      'verify=',
      'verify =',
      "'verify'",
      '"verify"',
      'verify_ssl',
      'ssl=',
      'ssl =',
      "'ssl'",
      '"ssl"',
      'SSL_VERIFYPEER',
      'set_verify',
      'cert_verify',
      'disable_warnings',
      'InsecureRequestWarning',
      'Unverified HTTPS',
      'VERIFY_X509_STRICT',
    ],
  },
});
