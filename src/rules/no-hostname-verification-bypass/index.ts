import { defineRule } from '../../core/rule.js';
import { CURL_TRIGGERS } from '../javascript/libcurl-options.js';

export type MessageId =
  | 'noop'
  | 'discarded'
  | 'processWide'
  | 'conditional'
  | 'mongoInvalidHostnames'
  | 'mysqlNoVerifyIdentity'
  | 'denoNoHostnameVerification'
  | 'conditionalSwitch'
  | 'curlVerifyHost'
  | PythonMessageId;
export type PythonMessageId =
  | 'pythonCheckHostname'
  | 'pythonCheckHostnamePrivateCa'
  | 'pythonHttpsConnection'
  | 'pythonAssertHostname'
  | 'pythonCurlVerifyHost';
const WHY =
  'the certificate chain is still checked, so anyone holding a certificate from a trusted CA for any name (one for their own domain is enough) can impersonate the server and read or change the traffic';
const FIX =
  "Keep the default `tls.checkServerIdentity`. If the host is reached under another name, set `servername` to the name in its certificate or reissue the certificate with the name you use; to pin, return `tls.checkServerIdentity(host, cert)`'s error first and then compare `cert.fingerprint256`.";
/** How to fix a library switch; `caOption` is where that library takes a private CA. */
function switchFix(caOption: string): string {
  return `Connect with the host name the certificate was issued for, or reissue the certificate with that name in its subjectAltName; trust a private CA with ${caOption} rather than skipping the name check.`;
}

const PY_FIX =
  'Leave `check_hostname` on; when you connect by IP address or through a tunnel, pass the name in the certificate as `server_hostname=` (or reissue the certificate with the name you use). Trust a private CA with `ctx.load_verify_locations(cafile=...)`, not by skipping the name check.';

export default defineRule<MessageId>({
  id: 'no-hostname-verification-bypass',
  meta: {
    description:
      'Disallow skipping the check that a TLS certificate was issued for the host being connected to.',
    category: 'hostname-verification',
    cwe: ['CWE-297'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      noop: {
        risk: 'high',
        headline:
          'This `checkServerIdentity` accepts a certificate for any host name for {{target}}',
        text: `This \`checkServerIdentity\` can only return a falsy value, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${WHY}. ${FIX}`,
      },
      discarded: {
        risk: 'high',
        headline: 'This `checkServerIdentity` throws away the host-name check for {{target}}',
        text: `This \`checkServerIdentity\` calls \`tls.checkServerIdentity\` but throws its result away and returns nothing, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${WHY}. Return the error: \`(host, cert) => tls.checkServerIdentity(host, cert)\` — or drop the option to keep the default.`,
      },
      processWide: {
        risk: 'critical',
        headline:
          'A process-wide `checkServerIdentity` accepts any host name for every TLS connection',
        text: `This installs a \`checkServerIdentity\` that can only return a falsy value for {{target}}, so all of them accept a certificate issued for any host: ${WHY}. Never replace the default process-wide; fix the host name or the certificate, or scope a \`servername\` to the one client that needs it.`,
      },
      conditional: {
        risk: 'medium',
        headline: 'Host-name verification is off for {{target}} {{condition}}',
        text: `\`checkServerIdentity\` is \`{{expression}}\`: a function that accepts every host name for {{target}} {{condition}}; switches like this end up on in production. ${FIX}`,
      },
      mongoInvalidHostnames: {
        risk: 'medium',
        headline: '{{option}} makes the MongoDB driver accept a certificate issued for any host',
        text: `{{option}} makes the MongoDB driver replace \`checkServerIdentity\` with a no-op, so the database connection accepts a certificate issued for any host: ${WHY}, including credentials and query results. Remove the option. ${switchFix('`tlsCAFile`')}`,
      },
      mysqlNoVerifyIdentity: {
        risk: 'medium',
        headline: '`verifyIdentity: false` makes mysql2 accept a certificate issued for any host',
        text: `\`verifyIdentity: false\` tells mysql2 not to check the server's host name against its certificate, so the database connection accepts a certificate issued for any host: ${WHY}, including credentials and query results. Set \`verifyIdentity: true\`. ${switchFix('`ssl.ca`')}`,
      },
      denoNoHostnameVerification: {
        risk: 'medium',
        headline:
          '`unsafelyDisableHostnameVerification: true` makes Deno accept a certificate for any host',
        text: `\`unsafelyDisableHostnameVerification: true\` makes \`Deno.connectTls\` / \`Deno.startTls\` accept a certificate issued for any host: ${WHY}. Remove the option. ${switchFix('`caCerts`')}`,
      },
      conditionalSwitch: {
        risk: 'low',
        headline: '`{{option}}` turns host-name verification off {{condition}}',
        text: `\`{{option}}\` is \`{{expression}}\`, which turns host-name verification off {{condition}}; switches like this end up flipped in production. Verify host names everywhere. ${switchFix("the client's CA option")}`,
      },
      curlVerifyHost: {
        risk: 'medium',
        headline:
          '`{{option}}` makes libcurl accept a certificate issued for any host name (SSL_VERIFYHOST 0)',
        text: `\`{{option}}\` makes libcurl (node-libcurl) accept a certificate issued for any host name (CURLOPT_SSL_VERIFYHOST 0): ${WHY}. Remove it: libcurl checks the host name by default (\`2\`). ${switchFix('`CAINFO` (curly: `caInfo`)')}`,
      },
      pythonCheckHostname: {
        risk: 'high',
        headline:
          '`{{target}}.check_hostname = False` turns off host-name verification for this client context',
        text: `\`{{target}}.check_hostname = False\` turns off host-name verification for this client context: ${WHY}. ${PY_FIX}`,
      },
      pythonCheckHostnamePrivateCa: {
        risk: 'medium',
        headline:
          '`{{target}}.check_hostname = False`: any certificate of the loaded CA is accepted, for any host',
        text: `\`{{target}}.check_hostname = False\` turns off host-name verification for a context that trusts only the CA it loads ({{how}}): any certificate that CA issued — for any host — is accepted, so whoever holds one can impersonate this server. ${PY_FIX}`,
      },
      pythonHttpsConnection: {
        risk: 'high',
        headline: '`check_hostname=False` makes `{{api}}` accept a certificate issued for any host',
        text: `\`check_hostname=False\` makes \`{{api}}\` accept a certificate issued for any host: ${WHY}. The keyword was deprecated in Python 3.6 and removed in 3.12. Remove it and pass a \`context=ssl.create_default_context(...)\` instead. ${PY_FIX}`,
      },
      pythonAssertHostname: {
        risk: 'high',
        headline:
          '`assert_hostname=False` makes `{{api}}` accept a certificate issued for any host',
        text: `\`assert_hostname=False\` makes \`{{api}}\` skip the host-name check: ${WHY}. Remove it; when the server is reached under another name, pass that name as \`assert_hostname='name.in.cert'\` or \`server_hostname=\`, or pin with \`assert_fingerprint=\`.`,
      },
      pythonCurlVerifyHost: {
        risk: 'medium',
        headline: '`{{option}}` = {{value}} makes libcurl accept a certificate for any host name',
        text: `\`setopt({{option}}, {{value}})\` makes libcurl (pycurl) accept a certificate issued for any host name (CURLOPT_SSL_VERIFYHOST 0): ${WHY}. Remove it: libcurl checks the host name by default (\`2\`). Give a private CA with \`c.setopt(pycurl.CAINFO, '/path/to/ca.pem')\`.`,
      },
    },
  },
  triggers: {
    javascript: [
      'checkServerIdentity',
      'AllowInvalidHostnames',
      'allowinvalidhostnames',
      'ALLOWINVALIDHOSTNAMES',
      'verifyIdentity',
      'unsafelyDisableHostnameVerification',
      ...CURL_TRIGGERS,
    ],
    python: ['check_hostname', 'assert_hostname', 'SSL_VERIFYHOST'],
  },
});
