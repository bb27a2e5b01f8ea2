import { defineRule } from '../../core/rule.js';

export type MessageId = 'removed' | 'deprecated' | 'pinsTls12' | PythonMessageId;
export type PythonMessageId = 'pythonRemoved' | 'pythonRemovedLater' | 'pythonDeprecated';
/**
 * `_tls_wrap` / `_tls_common` as a require or import names them — not as the lists of Node's built-in
 * modules in bundlers and resolvers mention them (`"_tls_wrap": ">= 0.11.3"`).
 */
const INTERNAL_MODULE_TRIGGERS = ['require(', 'import(', 'from '].flatMap((before) =>
  ["'", '"'].flatMap((quote) => [`${before}${quote}_tls_`, `${before}${quote}node:_tls_`]),
);

export default defineRule<MessageId>({
  id: 'no-deprecated-tls-api',
  meta: {
    description:
      'Disallow deprecated and removed TLS APIs and options of Node.js and Python, which crash on current runtimes or block TLS 1.3.',
    category: 'deprecated-api',
    cwe: ['CWE-477'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      removed: {
        risk: 'medium',
        headline: '{{api}} was removed in Node {{version}} ({{dep}}): this code crashes there',
        text: '{{api}} was removed in Node {{version}} ({{dep}}): {{consequence}}, so this code will crash on Node ≥ {{version}} — and until then it runs on an API that gets no fixes. Use {{replacement}} instead.',
      },
      deprecated: {
        risk: 'low',
        headline: '{{api}} is deprecated ({{dep}}) and can disappear in a future major version',
        text: '{{api}} is deprecated ({{dep}}): {{status}}. It still works, but it can disappear in a future major version. Use {{replacement}} instead.',
      },
      pythonRemoved: {
        risk: 'high',
        headline:
          '{{api}} was removed in Python {{removed}}; on {{target}} this line raises `{{error}}`',
        text: '{{api}} was deprecated in Python {{deprecated}} and removed in {{removed}}. This project targets Python {{target}}, so this line raises `{{error}}` — and whoever fixes the crash in a hurry tends to turn verification off. {{fix}}',
      },
      pythonRemovedLater: {
        risk: 'low',
        headline: '{{api}} is removed in Python {{removed}}: the upgrade will break this line',
        text: '{{api}} was deprecated in Python {{deprecated}} and is removed in {{removed}}: {{status}} the upgrade to {{removed}} will break this line with `{{error}}` — and a fix made in a hurry tends to turn verification off. {{fix}}',
      },
      pythonDeprecated: {
        risk: 'low',
        headline: '{{api}} is deprecated since {{since}}',
        text: '{{api}} is deprecated since {{since}}: it still works, but it emits a DeprecationWarning and can disappear in a future release — and code on deprecated TLS APIs tends to miss the safer defaults that replaced them. {{fix}}',
      },
      pinsTls12: {
        risk: 'info',
        headline: "`secureProtocol: '{{method}}'` pins {{target}} to TLS 1.2, ruling out TLS 1.3",
        text: "`secureProtocol: '{{method}}'` pins {{target}} to TLS 1.2. That is safe today, but it rules out TLS 1.3, and `secureProtocol` is the legacy way to choose versions. Replace it with `minVersion: 'TLSv1.2'`, which keeps the same floor and lets TLS 1.3 be negotiated.",
      },
    },
  },
  triggers: {
    javascript: [
      'SecurePair',
      'CryptoStream',
      // crypto.Credentials / crypto.createCredentials as a member or destructured name near a mention of
      // crypto — not every `…CredentialsProvider` of OAuth, AWS or Firebase code.
      ['createCredentials', 'crypto'],
      ['.Credentials', 'crypto'],
      ['{ Credentials', 'crypto'],
      ['Credentials }', 'crypto'],
      'parseCertString',
      'convertNPNProtocols',
      ['setOptions', 'Server'],
      'ecdhCurve',
      'servername',
      ...INTERNAL_MODULE_TRIGGERS,
      'SSL_OP_',
      'TLSv1_2_',
    ],
    python: [
      'wrap_socket',
      'match_hostname',
      'PROTOCOL_TLS',
      'PROTOCOL_SSLv23',
      'SSLContext',
      'OP_NO_',
      '_npn_',
      'key_file',
      'cert_file',
      'check_hostname',
      'cafile',
      'capath',
      'cadefault',
      'keyfile',
      'certfile',
      'ssl_context',
      'verify_ssl',
      'fingerprint',
      'ssl_version',
    ],
  },
});
