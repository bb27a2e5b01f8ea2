import { defineRule } from '../../core/rule.js';
import { CONFIG_ENV_MESSAGES, type ConfigEnvMessageId } from '../config/env-override-messages.js';

export type MessageId =
  'process' | 'child' | 'envObject' | 'shell' | 'conditional' | 'ineffective' | ConfigEnvMessageId;
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
        text: `Setting \`${VARIABLE}\` to \`'0'\` turns off certificate verification for every TLS connection this process opens from then on (https, fetch, axios, ws, database drivers), so anyone on the network path can read and change the traffic. Remove the assignment. ${FIX}`,
      },
      child: {
        risk: 'high',
        text: `Passing \`${VARIABLE}='0'\` in the environment of {{api}} turns off certificate verification for every TLS connection the child opens, so anyone on the network path can read and change its traffic. Pass \`NODE_EXTRA_CA_CERTS\` with the CA file in the child's environment instead.`,
      },
      envObject: {
        risk: 'high',
        text: `This environment sets \`${VARIABLE}\` to \`'0'\`: any Node process started with it verifies no TLS certificate, so anyone on the network path can read and change its traffic. Put the CA file in \`NODE_EXTRA_CA_CERTS\` instead.`,
      },
      shell: {
        risk: 'high',
        text: `This command runs its program with \`${VARIABLE}=0\`, which turns off certificate verification for every TLS connection that program opens. Set \`NODE_EXTRA_CA_CERTS\` to the CA file instead.`,
      },
      conditional: {
        risk: 'medium',
        text: `Setting \`${VARIABLE}\` to \`{{expression}}\` turns certificate verification off for every TLS connection this process opens {{condition}}, so anyone on the network path can then read and change the traffic. {{advice}}`,
      },
      ineffective: {
        risk: 'info',
        text: `Setting \`${VARIABLE}\` to {{value}} does nothing: Node turns verification off only for the exact string \`'0'\`. Remove the line; if it was meant to get past a certificate error, trust the right CA with \`NODE_EXTRA_CA_CERTS\` rather than turning verification off.`,
      },
      ...CONFIG_ENV_MESSAGES,
    },
  },
  triggers: {
    javascript: [VARIABLE],
    config: [
      VARIABLE,
      'GIT_SSL_NO_VERIFY',
      'GIT_CONFIG',
      'strict_ssl',
      'STRICT_SSL',
      'strict-ssl',
      'PIP_TRUSTED_HOST',
      'PYTHONHTTPSVERIFY',
      'CA_BUNDLE',
      'RUNNER_TLS_NO_VERIFY',
    ],
  },
});
