import type { SwitchSemantics } from './switch-on.js';

/** A library option that, when on, makes the library accept any server certificate (rules.md §2). */
export interface CertSwitch {
  readonly key: string;
  /** The library reads the key case-insensitively (the MongoDB driver does). */
  readonly anyCase: boolean;
  readonly semantics: SwitchSemantics;
  readonly library: string;
  readonly fix: string;
}

const MONGO_TRUE = new Set(['true', 't', '1', 'y', 'yes']);
const MONGO_FALSE = new Set(['false', 'f', '0', 'n', 'no']);
const lowerString = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value).toLowerCase() : undefined;

/** `true` and, for the MongoDB driver, the strings it parses as true. */
const MONGO_ON: SwitchSemantics = {
  isOn: (value) => value === true || MONGO_TRUE.has(lowerString(value) ?? ''),
  envTypes: ['boolean', 'string'],
};
const MONGO_OFF: SwitchSemantics = {
  isOn: (value) => value === false || MONGO_FALSE.has(lowerString(value) ?? ''),
  envTypes: ['boolean', 'string'],
};
/** Strict `=== true` / `=== false` options: any other value leaves verification on. */
const IS_TRUE: SwitchSemantics = { isOn: (value) => value === true, envTypes: ['boolean'] };
const IS_FALSE: SwitchSemantics = { isOn: (value) => value === false, envTypes: ['boolean'] };

const MONGO_FIX =
  "Remove the option and trust the server's CA with `tlsCAFile` (or `ca` in the options).";

export const CERT_SWITCHES: readonly CertSwitch[] = [
  {
    key: 'strictSSL',
    anyCase: false,
    semantics: IS_FALSE,
    library: 'request (and make-fetch-happen / npm-registry-fetch)',
    fix: "Remove `strictSSL: false` and trust the server's CA with `ca` (request: `ca` or `agentOptions: { ca }`).",
  },
  {
    key: 'tlsAllowInvalidCertificates',
    anyCase: true,
    semantics: MONGO_ON,
    library: 'the MongoDB driver',
    fix: MONGO_FIX,
  },
  {
    key: 'tlsInsecure',
    anyCase: true,
    semantics: MONGO_ON,
    library: 'the MongoDB driver (it also skips the host-name check)',
    fix: MONGO_FIX,
  },
  {
    key: 'sslValidate',
    anyCase: true,
    semantics: MONGO_OFF,
    library: 'the MongoDB driver 5.x and older (6.x rejects the option)',
    fix: 'Remove it; with driver 6 use `tls: true` and `tlsCAFile` for a private CA.',
  },
  {
    key: 'trustServerCertificate',
    anyCase: false,
    semantics: IS_TRUE,
    library: 'tedious / mssql',
    fix: "Set `trustServerCertificate: false` and trust the server's CA with `cryptoCredentialsDetails: { ca }`.",
  },
  {
    key: 'ignoreSslError',
    anyCase: false,
    semantics: IS_TRUE,
    library: '@actions/http-client',
    fix: 'Remove it; the client honours `NODE_EXTRA_CA_CERTS`, so give the runner the CA file instead.',
  },
];

export function certSwitch(key: string): CertSwitch | undefined {
  const lower = key.toLowerCase();
  return CERT_SWITCHES.find((entry) =>
    entry.anyCase ? entry.key.toLowerCase() === lower : entry.key === key,
  );
}
