import { defineRule } from '../../core/rule.js';

export type MessageId =
  | 'seclevelZero'
  | 'weak'
  | 'legacy'
  | 'global'
  | 'conditionalSeclevelZero'
  | 'conditional'
  | 'weakDh'
  | PythonMessageId;
export type PythonMessageId =
  'pythonSeclevelZero' | 'pythonSeclevelOne' | 'pythonWeak' | 'pythonLegacy' | 'pythonDefault';
const FIX =
  "Use Node's default cipher list (`tls.DEFAULT_CIPHERS`); if you must customise it, only remove suites (`tls.DEFAULT_CIPHERS + ':!X'`) and never lower `@SECLEVEL`.";
const SECLEVEL_ZERO =
  '`@SECLEVEL=0` sets the OpenSSL security level to 0, which re-enables null-encryption and anonymous suites, MD5 and SHA-1 signatures, tiny keys and TLS 1.0/1.1';

const PY_FIX =
  "Keep Python's default cipher list (since 3.10: forward-secret AEAD suites at security level 2); if you must customise it, only remove suites (`ctx.set_ciphers(ctx_default + ':!X')`) and never lower `@SECLEVEL`.";

export default defineRule<MessageId>({
  id: 'no-weak-ciphers',
  meta: {
    description:
      'Disallow enabling weak, null or anonymous TLS cipher suites, lowering the OpenSSL security level, or accepting small Diffie-Hellman groups.',
    category: 'cipher-suites',
    cwe: ['CWE-327'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      seclevelZero: {
        risk: 'high',
        headline:
          'This cipher list contains {{tokens}}, which allows suites without encryption, for {{target}}',
        text: `This cipher list contains {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${FIX}`,
      },
      weak: {
        risk: 'medium',
        headline: 'This cipher list enables broken suites {{tokens}} for {{target}}',
        text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the runtime still ships them (OpenSSL 1.x, Node ≤ 16) — and on OpenSSL 3 they are silently dropped, so the list does not mean what it says either. ${FIX}`,
      },
      legacy: {
        risk: 'low',
        headline: 'This cipher list enables legacy suites {{tokens}} for {{target}}',
        text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption. Prefer ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 — Node's default list already does.`,
      },
      global: {
        risk: 'high',
        headline: '{{setting}} enables weak suites {{tokens}} for {{target}}',
        text: `{{setting}} replaces the default cipher list of {{target}} with one that enables {{tokens}} ({{weaknesses}}): every TLS client and server there that does not set its own \`ciphers\` — including those inside libraries — can be downgraded to these suites. Remove it; if one legacy peer needs an old suite, set \`ciphers\` on that one connection and plan to retire it. ${FIX}`,
      },
      conditionalSeclevelZero: {
        risk: 'medium',
        headline: '{{setting}} contains `@SECLEVEL=0` {{condition}}',
        text: `{{setting}} is \`{{expression}}\`, which contains \`@SECLEVEL=0\` {{condition}}: ${SECLEVEL_ZERO} for {{target}}, and switches like this end up on in production. Keep the default security level in every environment. ${FIX}`,
      },
      conditional: {
        risk: 'low',
        headline: '{{setting}} enables {{tokens}} {{condition}}',
        text: `{{setting}} is \`{{expression}}\`, which enables {{tokens}} ({{weaknesses}}) for {{target}} {{condition}} — switches like this end up on in production. Use the same strong cipher list in every environment. ${FIX}`,
      },
      pythonSeclevelZero: {
        risk: 'high',
        headline: '`@SECLEVEL=0` in `{{call}}` re-enables null, anonymous and export-grade TLS',
        text: `\`{{call}}\` sets {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${PY_FIX}`,
      },
      pythonSeclevelOne: {
        risk: 'medium',
        headline: '`@SECLEVEL=1` in `{{call}}` lowers Python’s security level for this context',
        text: `\`{{call}}\` lowers {{target}} from security level 2 (Python 3.10+) to 1, which accepts 1024-bit RSA and DH keys and SHA-1 signatures again. It is the narrow workaround for a server whose certificate key or suites a Python upgrade started to refuse — far better than \`CERT_NONE\`, which does not even fix that — but it still weakens this connection: re-issue the server's certificate with a 2048-bit key (or upgrade its TLS stack), then remove \`@SECLEVEL=1\`.`,
      },
      pythonWeak: {
        risk: 'medium',
        headline: '`{{call}}` enables weak cipher suites: {{tokens}}',
        text: `\`{{call}}\` enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the OpenSSL build still has them — on OpenSSL 3 they are silently dropped or refused, so the list does not mean what it says either. ${PY_FIX}`,
      },
      pythonLegacy: {
        risk: 'low',
        headline: '`{{call}}` enables legacy cipher suites: {{tokens}}',
        text: `\`{{call}}\` enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption, which Python 3.10 removed from its default list. ${PY_FIX}`,
      },
      pythonDefault: {
        risk: 'low',
        headline: "`{{call}}` replaces Python's hardened cipher list with OpenSSL's default",
        text: `\`{{call}}\` replaces Python's own cipher list for {{target}} with OpenSSL's \`DEFAULT\`, which brings back suites without forward secrecy or with SHA-1 MACs that Python 3.10 removed. Usually it was added to reach an old server; prefer upgrading that server. ${PY_FIX}`,
      },
      weakDh: {
        risk: 'low',
        headline:
          '`minDHSize: {{value}}` lets {{target}} accept Diffie-Hellman groups of only {{value}} bits',
        text: "`minDHSize: {{value}}` lets {{target}} accept finite-field Diffie-Hellman groups as small as {{value}} bits; groups below 2048 bits are within reach of precomputation attacks such as Logjam. Set `minDHSize: 2048` or higher (Node's default is only 1024), and prefer ECDHE suites.",
      },
    },
    suggestions: {
      dropSeclevelZero:
        'Remove `@SECLEVEL=0` from this cipher list: OpenSSL then keeps its default security level.',
    },
  },
  triggers: {
    javascript: [
      // `ciphers` as an option key, an assignment or a shorthand property — not the word in attribute
      // names and prose (`tls.client.supported_ciphers`) or in type declarations (`ciphers?: string`).
      'ciphers:',
      "ciphers':",
      'ciphers":',
      'ciphers =',
      'ciphers=',
      'ciphers }',
      'ciphers,',
      'ciphers :',
      "ciphers']",
      'ciphers"]',
      'DEFAULT_CIPHERS',
      '--tls-cipher-list',
      'minDHSize',
    ],
    config: ['--tls-cipher-list'],
    python: ['set_ciphers', 'set_cipher_list', 'ciphers=', "'ciphers'", '"ciphers"'],
  },
});
