import type { ConfigChecker } from '../../languages/config/checker.js';
import { config as noDisabledCertVerification } from '../no-disabled-cert-verification/config.js';
import { config as noInsecureTlsVersion } from '../no-insecure-tls-version/config.js';
import { config as noTlsKeyLogging } from '../no-tls-key-logging/config.js';
import { config as noTlsVerificationEnvOverride } from '../no-tls-verification-env-override/config.js';
import { config as noWeakCiphers } from '../no-weak-ciphers/config.js';

/**
 * The config-file checker of every rule that has one, by rule id. Loaded by the config language the
 * first time a configuration or infrastructure file needs checking, together with its parsers.
 */
export const CONFIG_CHECKERS: ReadonlyMap<string, ConfigChecker> = new Map<string, ConfigChecker>([
  ['no-disabled-cert-verification', noDisabledCertVerification],
  ['no-insecure-tls-version', noInsecureTlsVersion],
  ['no-tls-key-logging', noTlsKeyLogging],
  ['no-tls-verification-env-override', noTlsVerificationEnvOverride],
  ['no-weak-ciphers', noWeakCiphers],
]);
