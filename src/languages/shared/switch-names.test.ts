import { describe, expect, it } from 'vitest';
import { isDevelopmentName, isProductionName, isTlsSwitchName, nameWords } from './switch-names.js';

describe('switch names', () => {
  it.each([
    ['smtpIgnoreTLSError', ['smtp', 'ignore', 'tls', 'error']],
    ['NODE_TLS_REJECT_UNAUTHORIZED', ['node', 'tls', 'reject', 'unauthorized']],
    ['--allow-self-signed', ['allow', 'selfsigned']],
    ['isHTTPSAgent', ['is', 'https', 'agent']],
  ])('splits %s into words', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each([
    'ignoreTls',
    'smtpIgnoreTLSError',
    'allowUnauthorizedCerts',
    'teltonikaUnsafeTls',
    'insecure',
    '--insecure',
    'verifyServerCert',
    'skipTlsVerify',
    'noVerify',
    'verify',
    'strictSSL',
    'rejectUnauthorized',
    'allowSelfSigned',
    'ignoreHTTPSErrors',
    'verifyIdentity',
    'disableCertificateValidation',
  ])('%s is a TLS switch', (name) => {
    expect(isTlsSwitchName(name)).toBe(true);
  });

  it.each(['secure', 'protocol', 'url', 'trustProxy', 'allowHttp', 'validateStatus', 'tls', 'ca'])(
    '%s is no TLS switch',
    (name) => {
      expect(isTlsSwitchName(name)).toBe(false);
    },
  );

  it.each(['isDev', 'DEBUG', 'developmentMode', 'local', 'inDevMode'])(
    '%s is a development-mode flag',
    (name) => {
      expect(isDevelopmentName(name)).toBe(true);
    },
  );

  it.each(['isProduction', 'IS_PROD', 'isPackaged', 'releaseBuild'])(
    '%s is a production-mode flag',
    (name) => {
      expect(isProductionName(name)).toBe(true);
      expect(isDevelopmentName(name)).toBe(false);
    },
  );

  it.each(['localAddress', 'debugLogger', 'devices', 'isProduction'])(
    '%s is no development-mode flag',
    (name) => {
      expect(isDevelopmentName(name)).toBe(false);
    },
  );
});
