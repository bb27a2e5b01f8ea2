import { defineRule } from '../../core/rule.js';

export type MessageId = 'process' | 'child' | 'envObject' | 'shell' | 'conditional' | 'ineffective';
export const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
const FIX =
  'Trust the missing CA instead: `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` when the process starts, or a `ca` option on the one client that needs it.';

export default defineRule<MessageId>({
  id: 'no-tls-verification-env-override',
  meta: {
    description:
      'Disallow setting NODE_TLS_REJECT_UNAUTHORIZED to 0, which turns off certificate verification for a whole process.',
    category: 'environment-override',
    cwe: ['CWE-295'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      process: {
        risk: 'critical',
        headline: `\`${VARIABLE}\` set to \`'0'\`: certificate verification is off for the whole process`,
        text: `Setting \`${VARIABLE}\` to \`'0'\` turns off certificate verification for every TLS connection this process opens from then on (https, fetch, axios, ws, database drivers), so anyone on the network path can read and change the traffic. Remove the assignment. ${FIX}`,
      },
      child: {
        risk: 'high',
        headline: `\`${VARIABLE}='0'\` in the environment of {{api}}: the child verifies no certificate`,
        text: `Passing \`${VARIABLE}='0'\` in the environment of {{api}} turns off certificate verification for every TLS connection the child opens, so anyone on the network path can read and change its traffic. Pass \`NODE_EXTRA_CA_CERTS\` with the CA file in the child's environment instead.`,
      },
      envObject: {
        risk: 'high',
        headline: `This environment sets \`${VARIABLE}\` to \`'0'\`: a Node process started with it verifies no certificate`,
        text: `This environment sets \`${VARIABLE}\` to \`'0'\`: any Node process started with it verifies no TLS certificate, so anyone on the network path can read and change its traffic. Put the CA file in \`NODE_EXTRA_CA_CERTS\` instead.`,
      },
      shell: {
        risk: 'high',
        headline: `This command runs its program with \`${VARIABLE}=0\`: it verifies no certificate`,
        text: `This command runs its program with \`${VARIABLE}=0\`, which turns off certificate verification for every TLS connection that program opens. Set \`NODE_EXTRA_CA_CERTS\` to the CA file instead.`,
      },
      conditional: {
        risk: 'medium',
        headline: `\`${VARIABLE}\` set to \`{{expression}}\`: no certificate is verified {{condition}}`,
        text: `Setting \`${VARIABLE}\` to \`{{expression}}\` turns certificate verification off for every TLS connection this process opens {{condition}}, so anyone on the network path can then read and change the traffic. {{advice}}`,
      },
      ineffective: {
        risk: 'info',
        headline: `Setting \`${VARIABLE}\` to {{value}} does nothing: only \`'0'\` turns verification off`,
        text: `Setting \`${VARIABLE}\` to {{value}} does nothing: Node turns verification off only for the exact string \`'0'\`. Remove the line; if it was meant to get past a certificate error, trust the right CA with \`NODE_EXTRA_CA_CERTS\` rather than turning verification off.`,
      },
    },
  },
  triggers: { javascript: [VARIABLE] },
});
