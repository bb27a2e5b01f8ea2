import type { PythonChecker } from '../../languages/python/checker.js';
import { python as noDeprecatedTlsApi } from '../no-deprecated-tls-api/python.js';
import { python as noDisabledCertVerification } from '../no-disabled-cert-verification/python.js';
import { python as noHostnameVerificationBypass } from '../no-hostname-verification-bypass/python.js';
import { python as noInsecureTlsVersion } from '../no-insecure-tls-version/python.js';
import { python as noTlsKeyLogging } from '../no-tls-key-logging/python.js';
import { python as noTlsVerificationEnvOverride } from '../no-tls-verification-env-override/python.js';
import { python as noWeakCiphers } from '../no-weak-ciphers/python.js';

/**
 * The Python checker of every rule that has one, by rule id. Loaded by the Python language the first
 * time a file of it needs checking, together with the parser.
 */
export const PYTHON_CHECKERS: ReadonlyMap<string, PythonChecker> = new Map<string, PythonChecker>([
  ['no-deprecated-tls-api', noDeprecatedTlsApi],
  ['no-disabled-cert-verification', noDisabledCertVerification],
  ['no-hostname-verification-bypass', noHostnameVerificationBypass],
  ['no-insecure-tls-version', noInsecureTlsVersion],
  ['no-tls-key-logging', noTlsKeyLogging],
  ['no-tls-verification-env-override', noTlsVerificationEnvOverride],
  ['no-weak-ciphers', noWeakCiphers],
]);
