import type { Rule } from '../core/rule.js';
import noDeprecatedTlsApi from './no-deprecated-tls-api/index.js';
import noDisabledCertVerification from './no-disabled-cert-verification/index.js';
import noHostnameVerificationBypass from './no-hostname-verification-bypass/index.js';
import noInsecureBrowserAutomation from './no-insecure-browser-automation/index.js';
import noInsecureTlsVersion from './no-insecure-tls-version/index.js';
import noTlsKeyLogging from './no-tls-key-logging/index.js';
import noTlsVerificationEnvOverride from './no-tls-verification-env-override/index.js';
import noUnenforcedClientCerts from './no-unenforced-client-certs/index.js';
import noWeakCiphers from './no-weak-ciphers/index.js';

/**
 * Every rule, sorted by id: metadata and trigger words, no checkers (each language loads its own, see
 * `rules/checkers/`), so a scan that parses nothing loads no analysis code. Explicit imports (no
 * directory scan) so the bundler sees them all.
 */
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
