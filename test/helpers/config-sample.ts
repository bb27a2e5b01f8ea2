/**
 * A configuration that sets every key of the schema (test/configuration-docs.test.ts keeps it in step
 * with schema/tlsguard.schema.json; src/config/config.test.ts loads it).
 */
export const EVERY_KEY = {
  $schema: './node_modules/tlsguard/schema/tlsguard.schema.json',
  include: ['src/**'],
  exclude: ['**/fixtures/**'],
  rules: {
    'no-tls-verification-env-override': 'off',
    'no-disabled-cert-verification': 'warning',
  },
  baseline: 'ci/tls-baseline.json',
  failOn: 'any',
  failSeverity: 'error',
  testSeverity: 'warning',
  nonProduction: ['tools/**'],
  production: ['src/docs/**'],
  pythonVersion: '3.11',
  ignore: [
    {
      path: 'package.json',
      rule: 'no-tls-verification-env-override',
      match: '"seed:local"',
      reason: 'seeds the local database, which has a self-signed certificate',
    },
  ],
};
