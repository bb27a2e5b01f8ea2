import type { MessageSpec } from '../../core/rule.js';

/**
 * The messages of `no-tls-verification-env-override` for configuration and shell files (rules.md C1,
 * C3, C5–C7, C10–C13): one per tool, each naming the variable, who it reaches and the exact fix.
 */
export type ConfigEnvMessageId =
  | 'configNode'
  | 'configGitNoVerify'
  | 'configGitConfigEnv'
  | 'configNpmEnv'
  | 'configNpmEnvIneffective'
  | 'configYarnEnv'
  | 'configPipEnv'
  | 'configPythonHttpsVerify'
  | 'configEmptyCaBundle'
  | 'configRunnerNoVerify';

const TAMPER = 'so anyone on the network path can read and change what it downloads and sends';

export const CONFIG_ENV_MESSAGES: Readonly<Record<ConfigEnvMessageId, MessageSpec>> = {
  configNode: {
    risk: 'critical',
    headline: '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off TLS certificate checks for {{reach}}',
    text: `\`NODE_TLS_REJECT_UNAUTHORIZED\` is \`0\` for {{reach}}: every Node process there verifies no TLS certificate — npm, \`fetch\`, \`https\`, axios and database drivers alike — ${TAMPER}, including the packages it installs. Delete the variable; mount the CA and set \`NODE_EXTRA_CA_CERTS=/path/to/ca.pem\` instead.`,
  },
  configGitNoVerify: {
    risk: 'high',
    headline:
      '`GIT_SSL_NO_VERIFY` turns off the TLS certificate checks of git for {{reach}}, whatever its value',
    text: `\`GIT_SSL_NO_VERIFY\` is set for {{reach}}: git then verifies no HTTPS server certificate — whatever the value, even \`0\` or \`false\`, because git only checks that the variable exists — ${TAMPER}. Remove it; trust the server's CA with \`GIT_SSL_CAINFO=/path/to/ca.pem\` or \`git config http.sslCAInfo /path/to/ca.pem\`.`,
  },
  configGitConfigEnv: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of git for {{reach}}',
    text: `{{setting}} sets git's \`http.sslVerify\` to false for {{reach}}: git accepts any HTTPS server certificate, ${TAMPER}. Remove it; give git the CA with \`http.sslCAInfo\` instead (\`GIT_CONFIG_KEY_0=http.sslCAInfo\`, \`GIT_CONFIG_VALUE_0=/path/to/ca.pem\`).`,
  },
  configNpmEnv: {
    risk: 'high',
    headline: '`{{name}}={{value}}` turns off the TLS certificate checks of npm for {{reach}}',
    text: `\`{{name}}={{value}}\` turns npm's \`strict-ssl\` off for {{reach}}: npm and pnpm then accept any certificate from the registry, ${TAMPER}, so the packages installed there can be swapped. Remove it; point npm at the CA with \`npm_config_cafile=/path/to/ca.pem\` (the \`cafile=\` setting) or \`NODE_EXTRA_CA_CERTS\`.`,
  },
  configNpmEnvIneffective: {
    risk: 'info',
    headline: '`{{name}}={{value}}` has no effect: npm reads only `false`, `0` and `null` as false',
    text: "`{{name}}={{value}}` does not turn npm's `strict-ssl` off: npm reads only `false`, `0` and `null` as false, so it keeps verifying and the line only misleads. Remove it; if a certificate error led to it, trust the CA with `npm_config_cafile=/path/to/ca.pem` instead.",
  },
  configYarnEnv: {
    risk: 'high',
    headline:
      '`YARN_ENABLE_STRICT_SSL={{value}}` turns off the TLS certificate checks of Yarn for {{reach}}',
    text: `\`YARN_ENABLE_STRICT_SSL={{value}}\` makes Yarn accept any certificate from the registry for {{reach}}, ${TAMPER}, so the packages installed there can be swapped. Remove it; set \`YARN_HTTPS_CA_FILE_PATH=/path/to/ca.pem\` (\`httpsCaFilePath\` in \`.yarnrc.yml\`) instead.`,
  },
  configPipEnv: {
    risk: 'high',
    headline:
      '`PIP_TRUSTED_HOST` turns off the TLS certificate checks of pip for {{hosts}} in {{reach}}',
    text: `\`PIP_TRUSTED_HOST\` makes pip skip certificate verification for {{hosts}} in {{reach}} (and accept plain HTTP from it), ${TAMPER}, so the packages installed there can be swapped. Remove it; give pip the CA with \`PIP_CERT=/path/to/ca.pem\` instead.`,
  },
  configPythonHttpsVerify: {
    risk: 'medium',
    headline:
      '`PYTHONHTTPSVERIFY=0` turns off certificate checks of PEP 493 Python 2.7 builds for {{reach}}',
    text: '`PYTHONHTTPSVERIFY=0` asks Python to skip certificate verification for {{reach}}. Python 3 ignores it, but the Python 2.7 builds of RHEL/CentOS 7 and SLES (PEP 493) honour it, and such legacy base images are common. Remove it; trust the CA with `SSL_CERT_FILE=/path/to/ca.pem` (and `REQUESTS_CA_BUNDLE` for requests) instead.',
  },
  configEmptyCaBundle: {
    risk: 'medium',
    headline:
      'An empty `{{name}}` turns off the certificate checks of requests < 2.28 for {{reach}}',
    text: "`{{name}}` is empty for {{reach}}: requests before 2.28 read an empty bundle as `verify=''` and skip certificate verification — a widely copied workaround that still works wherever an old requests is installed. Remove it, or point it at the CA file: `{{name}}=/path/to/ca.pem`.",
  },
  configRunnerNoVerify: {
    risk: 'high',
    headline:
      '`GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY` turns off the TLS certificate checks of the runner for {{reach}}',
    text: "`GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY={{value}}` runs the self-hosted Actions runner in insecure mode for {{reach}}: it accepts any certificate from GitHub and its services, so the jobs, secrets and artifacts it exchanges can be read and changed on the network path. Remove it; add the proxy's or enterprise CA to the machine's trust store instead.",
  },
};
