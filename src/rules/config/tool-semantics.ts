/**
 * How each tool reads the settings that turn certificate verification off (rules.md §0.5, C3–C13).
 * Every function takes the value as the tool receives it (after the format's unquoting).
 */

/** npm's `strict-ssl` (nopt's Boolean type, experiment in rules.md C3): `false`, `0`, `null` turn it off. */
export function npmStrictSsl(value: string | undefined): 'off' | 'ineffective' | undefined {
  if (value === undefined) return undefined;
  if (value === 'false' || value === '0' || value === 'null') return 'off';
  // Meant as "off", but npm reads them as true: reported as a setting without effect.
  return /^(?:false|no|off|n|disabled?)$/i.test(value) ? 'ineffective' : undefined;
}

/** The npm setting an environment variable sets: `npm_config_strict_ssl`, `NPM_CONFIG_STRICT_SSL` → `strict-ssl`. */
export function npmEnvKey(name: string): string | undefined {
  const match = /^npm_config_(.+)$/i.exec(name);
  return match?.[1]?.toLowerCase().replace(/_/g, '-');
}

/** git's boolean false (git-config(1)): `false`, `no`, `off`, `0` and the empty value, in any case. */
export function gitFalse(value: string | undefined): boolean {
  // A key without `=` means true.
  return value !== undefined && /^(?:false|no|off|0|)$/i.test(value.trim());
}

/** `http.sslVerify` or its per-URL form `http.<url>.sslVerify` (names are case-insensitive, the URL is not). */
export function isGitSslVerifyKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith('http.') && lower.endsWith('.sslverify');
}

/** Yarn Berry's boolean settings (`miscUtils.parseBoolean`): `false` and `0` are false. */
export function yarnBerryFalse(value: string | undefined): boolean {
  return value === 'false' || value === '0';
}

/** Yarn 1's `.yarnrc` and `yarn config set`: `false` or `0` (quoted values are taken as meant). */
export function yarnClassicFalse(value: string | undefined): boolean {
  return value === 'false' || value === '0';
}

/** wget's `check_certificate` off: `off`, `no`, `0`, or `quiet` (off without the warning). */
export function wgetCheckOff(value: string | undefined): boolean {
  return value !== undefined && /^(?:off|no|0|quiet)$/i.test(value.trim());
}

/** The Actions runner's boolean conversion: `1` and `true` (any case) are true. */
export function runnerTrue(value: string | undefined): boolean {
  return value !== undefined && /^(?:1|true)$/i.test(value.trim());
}

/**
 * The host of a URL written on a command line (`https://localhost:8443/health`, `127.0.0.1:8443`);
 * undefined when it is not a literal URL.
 */
export function urlHost(word: string): { host: string; scheme: string | undefined } | undefined {
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[^\]]+\]|[^:/?#\s]+)/i.exec(word);
  if (!match?.[2] || (match[1] === undefined && !/[.:]|^localhost$/i.test(match[2])))
    return undefined;
  return { host: match[2].toLowerCase(), scheme: match[1]?.toLowerCase() };
}

/** This machine: no one else is on the network path to it. */
export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}
