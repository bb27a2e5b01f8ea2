import type { Rule } from '../core/rule.js';
import noDeprecatedTlsApi from './no-deprecated-tls-api.js';
import noDisabledCertVerification from './no-disabled-cert-verification.js';
import noHostnameVerificationBypass from './no-hostname-verification-bypass.js';
import noInsecureBrowserAutomation from './no-insecure-browser-automation.js';
import noInsecureTlsVersion from './no-insecure-tls-version.js';
import noTlsKeyLogging from './no-tls-key-logging.js';
import noTlsVerificationEnvOverride from './no-tls-verification-env-override.js';
import noUnenforcedClientCerts from './no-unenforced-client-certs.js';
import noWeakCiphers from './no-weak-ciphers.js';

/** Every rule, sorted by id. Explicit imports (no directory scan) so the bundler sees them all. */
export const RULES: readonly Rule[] = [
  noDeprecatedTlsApi,
  noDisabledCertVerification,
  noHostnameVerificationBypass,
  noInsecureBrowserAutomation,
  noInsecureTlsVersion,
  noTlsKeyLogging,
  noTlsVerificationEnvOverride,
  noUnenforcedClientCerts,
  noWeakCiphers,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
