import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../analysis/file-analysis.js';
import { lookup, propertyName } from '../analysis/object-shapes.js';
import { alternatives, isKnown } from '../analysis/value.js';
import { defineRule, type RuleContext } from '../core/rule.js';
import { clientCertCheck, type ClientCertCheck } from './utils/client-cert-check.js';
import { judgeFalseDisables } from './utils/false-disables.js';
import { conditionText } from './utils/graded-value.js';
import { connectionHandlers } from './utils/server-handlers.js';
import { sourceExcerpt } from './utils/source-excerpt.js';
import {
  bagDestinations,
  holderDestinations,
  type BagDestination,
} from './utils/tls-bag-destinations.js';

export type MessageId = 'unenforced' | 'unguarded' | 'conditional';

type ServerCall = TSESTree.CallExpression | TSESTree.NewExpression;
type ServerDestination = Extract<BagDestination, { kind: 'server' }>;

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
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate is missing, self-signed, expired or from an unknown CA — and no handler in view checks \`socket.authorized\`, so any client passes as an authenticated one. ${FIX}`,
      },
      unguarded: {
        risk: 'medium',
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate fails verification. Code in this file looks at a peer's certificate or \`authorized\` flag, but no handler of this server visibly turns unauthorized clients away — and \`getPeerCertificate()\` returns unverified certificates too — every listener, route and middleware has to repeat the check, and one that forgets serves unauthenticated clients. ${FIX}`,
      },
      conditional: {
        risk: 'medium',
        text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` {{condition}}: then the server accepts clients whose certificate fails verification, and no handler in view checks \`socket.authorized\`. Switches like this end up off in production. ${FIX}`,
      },
    },
  },
  triggers: ['requestCert'],
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        if (propertyName(analysis, node) !== 'rejectUnauthorized') return;
        judge(context, node, node.value, bagDestinations(analysis, node.parent));
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return;
        if (propertyName(analysis, left) !== 'rejectUnauthorized') return;
        judge(context, node, node.right, holderDestinations(analysis, left.object));
      },
    };
  },
});

/** `site` writes `rejectUnauthorized` (the Property or the assignment); `valueNode` is what it writes. */
function judge(
  context: RuleContext<MessageId>,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
  destinations: readonly BagDestination[],
): void {
  const { analysis } = context;
  // A server tests `rejectUnauthorized !== false`: other falsy values keep it on (rules.md §0.1).
  const verdict = judgeFalseDisables(analysis.value(valueNode));
  if (!verdict || verdict.kind === 'legacy') return;
  const server = destinations.find(
    (d): d is ServerDestination => d.kind === 'server' && requestsCert(analysis, d.call, site),
  );
  if (!server) return;
  const check = handlerCheck(analysis, server.call);
  if (check === 'guard') return; // the documented custom-error pattern (rules.md N5 "Do not flag")
  const api = `\`${server.api}\``;
  if (verdict.kind === 'conditional') {
    const expression = sourceExcerpt(context, valueNode);
    const condition = conditionText(analysis, site, valueNode, (value) => value === false);
    context.report({ node: site, messageId: 'conditional', data: { api, expression, condition } });
  } else {
    context.report({ node: site, messageId: check ? 'unguarded' : 'unenforced', data: { api } });
  }
}

/**
 * True when the options `call` receives contain this `rejectUnauthorized` write (not overridden by a
 * later key) together with `requestCert` that is exactly `true` — the server tests `=== true`.
 */
function requestsCert(analysis: FileAnalysis, call: ServerCall, site: TSESTree.Node): boolean {
  return call.arguments.some((argument) =>
    alternatives(analysis.value(argument)).some((option) => {
      if (option.kind !== 'object') return false;
      const writes = option.shape.entries.get('rejectUnauthorized') ?? [];
      return (
        writes.some((write) => write.site === site) &&
        isKnown(lookup(analysis, option.shape, 'requestCert'), true)
      );
    }),
  );
}

/**
 * How the server's handlers deal with the client's verification result. When every handler is visible,
 * they (and the functions they call) decide; a check elsewhere in the file still counts as a `read`.
 * Otherwise (an `app` object, a handler from another module) any check in the file counts.
 */
function handlerCheck(analysis: FileAnalysis, call: ServerCall): ClientCertCheck | undefined {
  const handlers = connectionHandlers(analysis, call);
  const inFile = (): ClientCertCheck | undefined => clientCertCheck(analysis, [analysis.program]);
  if (!handlers) return inFile();
  return clientCertCheck(analysis, handlers) ?? (inFile() ? 'read' : undefined);
}
