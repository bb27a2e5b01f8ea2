import { defineRule } from '../../core/rule.js';

export type MessageId = 'removed' | 'deprecated' | 'pinsTls12';
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
      'Disallow deprecated and removed Node.js TLS APIs and options, which crash on current Node or block TLS 1.3.',
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
  },
});
