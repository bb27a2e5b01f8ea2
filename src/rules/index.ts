import type { Rule } from '../core/rule.js';
import noDisabledCertVerification from './no-disabled-cert-verification.js';
import noHostnameVerificationBypass from './no-hostname-verification-bypass.js';
import noInsecureBrowserAutomation from './no-insecure-browser-automation.js';
import noTlsVerificationEnvOverride from './no-tls-verification-env-override.js';
import noUnenforcedClientCerts from './no-unenforced-client-certs.js';

/** Every rule, sorted by id. Explicit imports (no directory scan) so the bundler sees them all. */
export const RULES: readonly Rule[] = [
  noDisabledCertVerification,
  noHostnameVerificationBypass,
  noInsecureBrowserAutomation,
  noTlsVerificationEnvOverride,
  noUnenforcedClientCerts,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
