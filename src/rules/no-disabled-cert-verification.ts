import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { propertyName } from '../analysis/object-shapes.js';
import { defineRule, type RuleContext } from '../core/rule.js';
import { judgeFalseDisables, type FalseVerdict } from './utils/false-disables.js';
import { sourceExcerpt } from './utils/source-excerpt.js';
import {
  bagDestinations,
  holderDestinations,
  type BagDestination,
} from './utils/tls-bag-destinations.js';

export type MessageId = 'disabled' | 'globalAgent' | 'legacyFalsy' | 'conditional';

const FIX =
  "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";

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
        text: `\`rejectUnauthorized\` is \`false\` here, which turns off certificate verification for {{target}}: any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic. ${FIX}`,
      },
      globalAgent: {
        risk: 'critical',
        text: `\`rejectUnauthorized\` is \`false\` on \`https.globalAgent\`, which turns off certificate verification for every HTTPS request in the process that does not bring its own agent — and a per-request \`rejectUnauthorized: true\` cannot undo it. Never weaken the global agent: scope a \`ca\` option to the one client that needs it, or start Node with \`NODE_EXTRA_CA_CERTS\`.`,
      },
      legacyFalsy: {
        risk: 'low',
        text: '`rejectUnauthorized: {{value}}` does not turn verification off on current Node (only `false` does), but it did before Node 12.22.5, 14.17.5 and 16.6.2 (CVE-2021-22939), and it reads as if it meant to. Remove the option — verification is on by default — or set it to `true`.',
      },
      conditional: {
        risk: 'medium',
        text: `\`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` in some environments or configurations and then turns off certificate verification for {{target}}; switches like this end up off in production. Verify everywhere: give development and test servers certificates from a CA you trust and pass it with \`ca\` or \`NODE_EXTRA_CA_CERTS\`.`,
      },
    },
  },
  triggers: ['rejectUnauthorized'],
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        if (propertyName(analysis, node) !== 'rejectUnauthorized') return;
        const verdict = judgeFalseDisables(analysis.value(node.value));
        if (verdict)
          report(context, node, node.value, verdict, bagDestinations(analysis, node.parent));
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return;
        if (propertyName(analysis, left) !== 'rejectUnauthorized') return;
        const verdict = judgeFalseDisables(analysis.value(node.right));
        if (verdict)
          report(context, node, node.right, verdict, holderDestinations(analysis, left.object));
      },
    };
  },
});

function report(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  verdict: FalseVerdict,
  destinations: readonly BagDestination[],
): void {
  // A server reads rejectUnauthorized only together with requestCert (no-unenforced-client-certs);
  // tls.createSecureContext ignores it. Options that reach nothing else are not a client bypass.
  const relevant = destinations.filter((d) => d.kind !== 'server' && d.kind !== 'inert');
  if (relevant.length === 0) return;
  const global = relevant.some((d) => d.kind === 'global-agent');
  const target = describeTarget(relevant);
  if (verdict.kind === 'legacy') {
    context.report({ node, messageId: 'legacyFalsy', data: { value: verdict.value } });
  } else if (verdict.kind === 'conditional') {
    context.report({
      node,
      messageId: 'conditional',
      data: { expression: sourceExcerpt(context, valueNode), target },
    });
  } else {
    context.report({ node, messageId: global ? 'globalAgent' : 'disabled', data: { target } });
  }
}

const TARGETS: Readonly<Record<string, string>> = {
  'https.request': 'this `https.request` call',
  'https.get': 'this `https.get` call',
  'https.Agent': 'every request made through this `https.Agent`',
  'tls.connect': 'this `tls.connect` connection',
  'tls.TLSSocket': 'this `tls.TLSSocket`',
  'http2.connect': 'this `http2.connect` session',
  'tlsSocket.renegotiate': 'the renegotiated connection',
};

function describeTarget(destinations: readonly BagDestination[]): string {
  if (destinations.some((d) => d.kind === 'global-agent'))
    return 'every request through `https.globalAgent`';
  const client = destinations.find((d) => d.kind === 'client');
  return (client && TARGETS[client.api]) ?? 'the TLS connections that use these options';
}
