import { defineRule } from '../../core/rule.js';

export type MessageId = 'unenforced' | 'unguarded' | 'conditional';
const FIX =
  'Drop the `rejectUnauthorized` override so the handshake fails for clients whose certificate does not chain to the `ca` you trust. If you need a custom error response instead, reject every connection or request whose `socket.authorized` (`req.socket.authorized`) is false before serving anything.';

export default defineRule<MessageId>({
  id: 'no-unenforced-client-certs',
  meta: {
    description:
      'Disallow TLS servers that ask clients for a certificate but accept clients whose certificate fails verification.',
    category: 'client-certificates',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      unenforced: {
        risk: 'high',
        headline:
          '{{api}} asks for client certificates but accepts invalid ones (`rejectUnauthorized: false`)',
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate is missing, self-signed, expired or from an unknown CA — and no handler in view checks \`socket.authorized\`, so any client passes as an authenticated one. ${FIX}`,
      },
      unguarded: {
        risk: 'medium',
        headline:
          '{{api}} accepts clients whose certificate fails verification; no handler visibly rejects them',
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate fails verification. Code in this file looks at a peer's certificate or \`authorized\` flag, but no handler of this server visibly turns unauthorized clients away — and \`getPeerCertificate()\` returns unverified certificates too — every listener, route and middleware has to repeat the check, and one that forgets serves unauthenticated clients. ${FIX}`,
      },
      conditional: {
        risk: 'medium',
        headline: '{{api}} accepts clients whose certificate fails verification {{condition}}',
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` {{condition}}: then the server accepts clients whose certificate fails verification, and no handler in view checks \`socket.authorized\`. Switches like this end up off in production. ${FIX}`,
      },
    },
  },
  triggers: { javascript: ['requestCert'] },
});
