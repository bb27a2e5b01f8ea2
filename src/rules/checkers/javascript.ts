import type { JavaScriptChecker } from '../../languages/javascript/checker.js';
import { javascript as noDeprecatedTlsApi } from '../no-deprecated-tls-api/javascript.js';
import { javascript as noDisabledCertVerification } from '../no-disabled-cert-verification/javascript.js';
import { javascript as noHostnameVerificationBypass } from '../no-hostname-verification-bypass/javascript.js';
import { javascript as noInsecureBrowserAutomation } from '../no-insecure-browser-automation/javascript.js';
import { javascript as noInsecureTlsVersion } from '../no-insecure-tls-version/javascript.js';
import { javascript as noTlsKeyLogging } from '../no-tls-key-logging/javascript.js';
import { javascript as noTlsVerificationEnvOverride } from '../no-tls-verification-env-override/javascript.js';
import { javascript as noUnenforcedClientCerts } from '../no-unenforced-client-certs/javascript.js';
import { javascript as noWeakCiphers } from '../no-weak-ciphers/javascript.js';

/**
 * The JavaScript/TypeScript checker of every rule that has one, by rule id. Loaded by the JavaScript
 * language the first time a file of it needs checking, together with the parser.
 */
export const JAVASCRIPT_CHECKERS: ReadonlyMap<string, JavaScriptChecker> = new Map<
  string,
  JavaScriptChecker
>([
  ['no-deprecated-tls-api', noDeprecatedTlsApi],
  ['no-disabled-cert-verification', noDisabledCertVerification],
  ['no-hostname-verification-bypass', noHostnameVerificationBypass],
  ['no-insecure-browser-automation', noInsecureBrowserAutomation],
  ['no-insecure-tls-version', noInsecureTlsVersion],
  ['no-tls-key-logging', noTlsKeyLogging],
  ['no-tls-verification-env-override', noTlsVerificationEnvOverride],
  ['no-unenforced-client-certs', noUnenforcedClientCerts],
  ['no-weak-ciphers', noWeakCiphers],
]);
