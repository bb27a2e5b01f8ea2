import type { MessageSpec } from '../../core/rule.js';

/**
 * The messages of `no-disabled-cert-verification` for tool flags and configuration files (rules.md
 * C3–C10): one per tool, each naming the setting as written, who it reaches and the exact fix.
 */
export type ConfigCertMessageId =
  | 'configNpmStrictSsl'
  | 'configNpmIneffective'
  | 'configYarnStrictSsl'
  | 'configYarnBerryStrictSsl'
  | 'configGitSslVerify'
  | 'configCurlInsecure'
  | 'configWgetNoCheck'
  | 'configPipTrustedHost'
  | 'configLoopback';

const SWAPPED =
  'so anyone on the network path can replace what it downloads — packages, scripts, binaries — and read what it sends';

export const CONFIG_CERT_MESSAGES: Readonly<Record<ConfigCertMessageId, MessageSpec>> = {
  configNpmStrictSsl: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of npm for {{reach}}',
    text: `{{setting}} turns npm's \`strict-ssl\` off for {{reach}}: npm and pnpm then accept any certificate from the registry, ${SWAPPED}. Keep \`strict-ssl=true\`; point \`cafile=\` at the corporate or proxy CA (\`npm config set cafile /path/to/ca.pem\`).`,
  },
  configNpmIneffective: {
    risk: 'info',
    headline: '{{setting}} has no effect: npm reads only `false`, `0` and `null` as false',
    text: "{{setting}} does not turn npm's `strict-ssl` off — npm reads only `false`, `0` and `null` as false — so npm keeps verifying and the line only misleads. Remove it; if a certificate error led to it, set `cafile=` to the CA file instead.",
  },
  configYarnStrictSsl: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of Yarn 1 for {{reach}}',
    text: `{{setting}} turns Yarn 1's \`strict-ssl\` off for {{reach}}: Yarn then accepts any certificate from the registry, ${SWAPPED}. Remove it; give Yarn the CA with \`cafile\` (\`yarn config set cafile /path/to/ca.pem\`).`,
  },
  configYarnBerryStrictSsl: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of Yarn for {{reach}}',
    text: `{{setting}} turns Yarn's \`enableStrictSsl\` off for {{reach}}: Yarn then accepts any certificate from the registry, ${SWAPPED}. Remove it; set \`httpsCaFilePath\` to the CA file instead (\`httpsCaFilePath: ./certs/ca.pem\` in \`.yarnrc.yml\`).`,
  },
  configGitSslVerify: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of git for {{reach}}',
    text: `{{setting}} turns git's \`http.sslVerify\` off for {{reach}}: git accepts any HTTPS server certificate, ${SWAPPED}, clones, fetches and submodules included. Remove it; trust the server's CA with \`http.sslCAInfo\` (per URL if needed: \`git config http.https://git.example.com/.sslCAInfo /path/to/ca.pem\`).`,
  },
  configCurlInsecure: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of curl {{against}} for {{reach}}',
    text: `{{setting}} makes curl accept any certificate {{against}} for {{reach}}, ${SWAPPED} — and a script piped into a shell runs whatever was sent. Remove it; trust a private CA with \`--cacert /path/to/ca.pem\` (or \`CURL_CA_BUNDLE\`).`,
  },
  configWgetNoCheck: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of wget for {{reach}}',
    text: `{{setting}} makes wget accept any server certificate for {{reach}}, ${SWAPPED}. Remove it; trust a private CA with \`--ca-certificate=/path/to/ca.pem\` (\`ca_certificate\` in \`.wgetrc\`).`,
  },
  configPipTrustedHost: {
    risk: 'high',
    headline: '{{setting}} turns off the TLS certificate checks of pip for {{hosts}} in {{reach}}',
    text: `{{setting}} makes pip skip certificate verification for {{hosts}} in {{reach}} (and accept plain HTTP from it), ${SWAPPED}. Remove it; give pip the CA with \`--cert /path/to/ca.pem\`, \`cert = /path/to/ca.pem\` in \`pip.conf\` or \`PIP_CERT\`.`,
  },
  configLoopback: {
    risk: 'low',
    headline: '{{setting}} turns off certificate checks, but only for {{host}} on this machine',
    text: "{{setting}} turns certificate verification off, but only for {{host}}: this machine or container itself, where no one else is on the network path (a health check of a local HTTPS server, say). Prefer verifying anyway, with the server's own certificate as the CA (`--cacert` for curl, `--ca-certificate` for wget), so the line does not get copied to a real host.",
  },
};
