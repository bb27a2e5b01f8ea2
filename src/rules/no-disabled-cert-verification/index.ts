import { defineRule } from '../../core/rule.js';
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
  | 'curlVerifyPeer';
const WHY =
  'any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic';
const FIX =
  "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
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
        text: `\`secure: false\` makes this development server's proxy accept any certificate from its HTTPS target: ${WHY}. It runs on developers' machines rather than in production, so it is a note; still, remove it and let the dev server trust the target's CA (\`NODE_EXTRA_CA_CERTS\`), or point it at a local certificate issued by a CA you trust.`,
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
      electronLocalhostSwitch: {
        risk: 'low',
        headline:
          '`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost',
        text: "`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost; another process on the machine can then impersonate a local service. Use a local CA (for example mkcert's) instead.",
      },
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
  },
});
