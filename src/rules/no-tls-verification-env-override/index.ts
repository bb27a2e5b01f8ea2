import { defineRule } from '../../core/rule.js';
import { CONFIG_ENV_MESSAGES, type ConfigEnvMessageId } from '../config/env-override-messages.js';

export type MessageId =
  | 'process'
  | 'child'
  | 'envObject'
  | 'shell'
  | 'conditional'
  | 'ineffective'
  | ConfigEnvMessageId
  | PythonMessageId;
export type PythonMessageId =
  'pythonNodeVariable' | 'pythonHttpsVerify' | 'pythonHttpsVerifyIgnored' | 'pythonCaBundle';
export const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
const FIX =
  'Trust the missing CA instead: `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` when the process starts, or a `ca` option on the one client that needs it.';

export default defineRule<MessageId>({
  id: 'no-tls-verification-env-override',
  meta: {
    description:
      'Disallow environment variables that turn off TLS certificate verification for whole processes, such as NODE_TLS_REJECT_UNAUTHORIZED=0 or PYTHONHTTPSVERIFY=0.',
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
      pythonNodeVariable: {
        risk: 'high',
        headline: `\`${VARIABLE}='0'\` set for {{target}}: Node.js verifies no certificate there`,
        text: `Setting \`${VARIABLE}\` to \`'0'\` for {{target}} turns off certificate verification for every TLS connection of the Node.js programs that run with it (a build step, a CLI, a headless browser), so anyone on the network path can read and change their traffic. ${FIX}`,
      },
      pythonHttpsVerify: {
        risk: 'medium',
        headline:
          '`PYTHONHTTPSVERIFY=0` set for {{target}}: some Python builds then verify no certificate',
        text: "Setting `PYTHONHTTPSVERIFY` to `'0'` for {{target}} asks Python not to verify HTTPS certificates. The Python 2.7 builds of some distributions honour it (PEP 493: RHEL/CentOS 7, SLES), and there every standard-library HTTPS client in those processes accepts any certificate; upstream Python 3 and requests ignore it. Remove it and trust the CA instead: `SSL_CERT_FILE=/path/to/ca.pem`, or `cafile=` on the one client that needs it.",
      },
      pythonHttpsVerifyIgnored: {
        risk: 'low',
        headline:
          '`PYTHONHTTPSVERIFY=0` does nothing on Python {{version}}, but says verification was meant to be off',
        text: "Setting `PYTHONHTTPSVERIFY` to `'0'` for {{target}} does nothing on Python {{version}}, which this project targets: only the Python 2.7 builds of some distributions (PEP 493) read it. It still says that someone wanted certificate checks off — look for the code that needed it, and trust the CA instead (`SSL_CERT_FILE`, or `cafile=`).",
      },
      pythonCaBundle: {
        risk: 'medium',
        headline:
          '`{{name}}` set to an empty string for {{target}}: old requests then skips certificate checks',
        text: 'Setting `{{name}}` to an empty string for {{target}} is the widely copied trick to make requests skip certificate verification: before requests 2.28 the empty path reached `verify` as a false value and every request accepted any certificate; curl is left without CAs too. Remove it; point the variable at a CA bundle (`/etc/ssl/certs/ca-certificates.crt` or your corporate CA) if you need one.',
      },
      ineffective: {
        risk: 'info',
        headline: `Setting \`${VARIABLE}\` to {{value}} does nothing: only \`'0'\` turns verification off`,
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
    python: [VARIABLE, 'PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE'],
  },
});
