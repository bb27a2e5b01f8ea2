/**
 * OpenSSL cipher-list semantics (rules.md §0.4, N11; OpenSSL ciphers(1)): tokens are separated by `:`,
 * `,`, `;` or spaces; `!X` removes X for good, `-X` removes what was added so far, `+X` only moves X to
 * the end; `A+B` inside a token means "suites that are both A and B"; `@SECLEVEL=n` sets the security
 * level and may be glued to the previous token (`DEFAULT@SECLEVEL=0`). Names are case-sensitive.
 */

export type Weakness =
  | 'null-encryption'
  | 'anonymous'
  | 'export'
  | 'low'
  | 'rc4'
  | 'rc2'
  | 'des'
  | '3des'
  | 'md5'
  | 'idea'
  | 'seed'
  | 'static-rsa'
  | 'sha1-cbc';

/** Weaknesses that are legacy but not broken (rules.md N11: low); all others are medium. */
const LEGACY: ReadonlySet<Weakness> = new Set(['static-rsa', 'sha1-cbc']);

export const WEAKNESS_LABELS: Readonly<Record<Weakness, string>> = {
  'null-encryption': 'no encryption',
  anonymous: 'no server authentication',
  export: 'export-grade keys',
  low: '56/64-bit ciphers',
  rc4: 'RC4',
  rc2: 'RC2',
  des: 'DES',
  '3des': '3DES',
  md5: 'MD5',
  idea: 'IDEA',
  seed: 'SEED',
  'static-rsa': 'static RSA key exchange without forward secrecy',
  'sha1-cbc': 'CBC with SHA-1',
};

const OLD_PROTOCOL_SUITES: readonly Weakness[] = [
  'anonymous',
  'export',
  'low',
  'rc4',
  'rc2',
  'des',
  '3des',
  'md5',
  'idea',
  'seed',
  'static-rsa',
  'sha1-cbc',
];

/** OpenSSL aliases that select weak suites (what a positive token adds, what `!`/`-` removes). */
const ALIASES: Readonly<Record<string, readonly Weakness[]>> = {
  NULL: ['null-encryption'],
  eNULL: ['null-encryption'],
  COMPLEMENTOFALL: ['null-encryption'],
  aNULL: ['anonymous'],
  ADH: ['anonymous'],
  AECDH: ['anonymous'],
  COMPLEMENTOFDEFAULT: ['anonymous', 'rc4'],
  EXPORT: ['export'],
  EXP: ['export'],
  EXPORT40: ['export'],
  EXPORT56: ['export'],
  LOW: ['low', 'des'],
  MEDIUM: ['rc4', '3des', 'idea', 'seed'],
  RC4: ['rc4'],
  RC2: ['rc2'],
  DES: ['des'],
  '3DES': ['3des'],
  MD5: ['md5'],
  IDEA: ['idea'],
  SEED: ['seed'],
  ALL: OLD_PROTOCOL_SUITES,
  SSLv3: OLD_PROTOCOL_SUITES,
  TLSv1: OLD_PROTOCOL_SUITES,
  'TLSv1.0': OLD_PROTOCOL_SUITES,
  kRSA: ['static-rsa'],
  RSA: ['static-rsa'],
  SHA1: ['sha1-cbc'],
  SHA: ['sha1-cbc'],
};

/** Key exchanges with forward secrecy: in `ECDHE+RSA` the `RSA` is only the authentication. */
const FORWARD_SECRET = new Set([
  'ECDHE',
  'EECDH',
  'kECDHE',
  'kEECDH',
  'DHE',
  'EDH',
  'kDHE',
  'kEDH',
]);
/** OpenSSL suite names without a key-exchange prefix use static RSA (`AES128-SHA`). */
const STATIC_RSA_SUITE = /^(?:AES|CAMELLIA|ARIA|DES|RC4|RC2|IDEA|SEED|NULL)/;
const NAME = /^[aek]?[A-Z0-9][A-Z0-9_.-]*(?:v[0-9][A-Z0-9_.-]*)?$/;
const SECLEVEL = /^@SECLEVEL=(\d+)$/;
export const CIPHER_SEPARATORS = /[:,;\s]+/;

export interface WeakToken {
  /** The token as written, e.g. `ALL` or `DES-CBC3-SHA`. */
  readonly token: string;
  readonly weaknesses: readonly Weakness[];
}

export interface CipherVerdict {
  /** `@SECLEVEL=0`: re-enables everything the default security level refuses. */
  readonly seclevelZero: boolean;
  /** Positive tokens adding broken suites (medium). */
  readonly weak: readonly WeakToken[];
  /** Positive tokens adding only legacy suites (low). */
  readonly legacy: readonly WeakToken[];
}

interface Positive {
  readonly token: string;
  readonly index: number;
  readonly weaknesses: readonly Weakness[];
}

/**
 * Judges whole cipher-list tokens (unknown parts already dropped). Undefined when a token is not
 * OpenSSL cipher-list syntax (an SSH algorithm list, a word) or when nothing weak remains.
 */
export function judgeCipherTokens(rawTokens: readonly string[]): CipherVerdict | undefined {
  const tokens = rawTokens.flatMap(splitCommand);
  if (tokens.length === 0 || !tokens.every(isCipherToken)) return undefined;
  // The last `@SECLEVEL` wins.
  const levels = tokens.flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
  const seclevelZero = levels.at(-1) === '0';
  const remaining = tokens
    .map((token, index) => positiveAt(token, index))
    .filter((positive): positive is Positive => positive !== undefined)
    .map((positive) => ({ ...positive, weaknesses: afterExclusions(positive, tokens) }))
    .filter((positive) => positive.weaknesses.length > 0);
  const weak = remaining.filter((p) => p.weaknesses.some((w) => !LEGACY.has(w)));
  const legacy = remaining.filter((p) => p.weaknesses.every((w) => LEGACY.has(w)));
  if (!seclevelZero && remaining.length === 0) return undefined;
  const strip = ({ token, weaknesses }: Positive): WeakToken => ({ token, weaknesses });
  return { seclevelZero, weak: weak.map(strip), legacy: legacy.map(strip) };
}

const SECLEVEL_ZERO = '@SECLEVEL=0';

/**
 * The cipher list without its `@SECLEVEL=0` (the level OpenSSL then keeps is its default), each taken
 * out with a separator so the rest of the list reads as before: `DEFAULT:@SECLEVEL=0` → `DEFAULT`,
 * `DEFAULT@SECLEVEL=0` → `DEFAULT`. Undefined when no suite would be left, or when the list would
 * still end at level 0.
 */
export function withoutSeclevelZero(list: string): string | undefined {
  // Tokens at even indexes, the separators between them at odd ones.
  const parts = list.split(SEPARATOR_RUNS);
  for (let index = 0; index < parts.length; index += 2) {
    const token = parts[index] ?? '';
    if (token === SECLEVEL_ZERO) {
      parts[index] = '';
      // The separator before it goes (after it, for the first token).
      parts[index === 0 ? 1 : index - 1] = '';
    } else if (token.endsWith(SECLEVEL_ZERO)) {
      parts[index] = token.slice(0, -SECLEVEL_ZERO.length);
    }
  }
  const rest = parts.join('');
  const tokens = rest.split(CIPHER_SEPARATORS).filter((token) => token !== '');
  if (tokens.length === 0 || judgeCipherTokens(tokens)?.seclevelZero === true) return undefined;
  return rest;
}

const SEPARATOR_RUNS = /([:,;\s]+)/;

/** `DEFAULT@SECLEVEL=0` is two tokens. */
function splitCommand(token: string): string[] {
  const at = token.indexOf('@');
  return at > 0 ? [token.slice(0, at), token.slice(at)] : [token];
}

function isCipherToken(token: string): boolean {
  if (token.startsWith('@')) return true;
  const body = /^[!+-]/.test(token) ? token.slice(1) : token;
  return body !== '' && body.split('+').every((part) => NAME.test(part));
}

function positiveAt(token: string, index: number): Positive | undefined {
  if (/^[!+@-]/.test(token)) return undefined;
  const parts = token.split('+');
  const forwardSecret = parts.some((part) => FORWARD_SECRET.has(part));
  const weaknesses = parts
    .flatMap(weaknessesOf)
    .filter((weakness) => !(forwardSecret && weakness === 'static-rsa'));
  return weaknesses.length > 0 ? { token, index, weaknesses: [...new Set(weaknesses)] } : undefined;
}

/** What a single alias or suite name adds. */
function weaknessesOf(name: string): readonly Weakness[] {
  if (name.startsWith('TLS_')) return suiteWeaknesses(name.split('_'), ianaStaticRsa(name));
  if (name.includes('-')) return suiteWeaknesses(name.split('-'), STATIC_RSA_SUITE.test(name));
  return ALIASES[name] ?? [];
}

function isAlias(name: string): boolean {
  return !name.includes('+') && !name.includes('-') && !name.startsWith('TLS_');
}

function ianaStaticRsa(name: string): boolean {
  return name.startsWith('TLS_RSA_WITH_');
}

function suiteWeaknesses(components: readonly string[], staticRsa: boolean): Weakness[] {
  const found: Weakness[] = [];
  const has = (name: string): boolean => components.includes(name);
  if (has('NULL')) found.push('null-encryption');
  if (has('ADH') || has('AECDH') || has('anon')) found.push('anonymous');
  if (components.some((c) => c.startsWith('EXP'))) found.push('export');
  if (has('RC4')) found.push('rc4');
  if (has('RC2')) found.push('rc2');
  if (has('3DES') || (has('DES') && (has('CBC3') || has('EDE')))) found.push('3des');
  else if (has('DES')) found.push('des');
  if (has('MD5')) found.push('md5');
  if (has('IDEA')) found.push('idea');
  if (has('SEED')) found.push('seed');
  if (staticRsa) found.push('static-rsa');
  if (components.at(-1) === 'SHA' && !has('RC4') && !has('NULL')) found.push('sha1-cbc');
  return found;
}

/** Drops what `!X` (anywhere) and `-X` (later in the list) remove from a positive token. */
function afterExclusions(positive: Positive, tokens: readonly string[]): Weakness[] {
  const removed = new Set<Weakness>();
  for (const [index, token] of tokens.entries()) {
    const permanent = token.startsWith('!');
    if (!permanent && !(token.startsWith('-') && index > positive.index)) continue;
    const name = token.slice(1);
    if (name === positive.token) return [];
    // `!A+B` removes only suites that are both A and B, `!AES128-SHA` only that suite: too narrow
    // to clear a whole weakness.
    if (isAlias(name)) for (const weakness of weaknessesOf(name)) removed.add(weakness);
  }
  const kept = positive.weaknesses.filter((weakness) => !removed.has(weakness));
  // A suite name is one cipher: removing any set it belongs to removes it.
  const suite = !isAlias(positive.token) && !positive.token.includes('+');
  return suite && kept.length < positive.weaknesses.length ? [] : kept;
}

/** The security level a cipher list sets (`@SECLEVEL=n`; the last one wins), if it sets one. */
export function securityLevel(list: string): number | undefined {
  const levels = list
    .split(CIPHER_SEPARATORS)
    .flatMap(splitCommand)
    .flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
  const last = levels.at(-1);
  return last === undefined ? undefined : Number(last);
}
