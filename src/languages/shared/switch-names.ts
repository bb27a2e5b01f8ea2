/**
 * What a name says about a condition, word by word: `smtpIgnoreTLSError` is `smtp ignore tls error`, a
 * user's switch for TLS checks; `isDev` is a development-mode flag; `url.protocol` is neither. Names,
 * not values, are all a reviewer has to go on for `if (options.x) { …rejectUnauthorized: false… }`.
 */

/** Words that make a name a TLS-verification switch on their own. */
const ALONE = new Set(['insecure', 'insecurely', 'unsafe', 'unverified', 'selfsigned']);
/** Words that do something to a check … */
const ACTIONS = new Set([
  'ignore',
  'ignored',
  'ignores',
  'skip',
  'disable',
  'disabled',
  'no',
  'allow',
  'accept',
  'trust',
  'verify',
  'verification',
  'validate',
  'validation',
  'check',
  'reject',
  'strict',
]);
/** … and words that say the check is a TLS one. */
const SUBJECTS = new Set([
  'tls',
  'ssl',
  'cert',
  'certs',
  'certificate',
  'certificates',
  'https',
  'unauthorized',
  'unauthorised',
  'untrusted',
  'invalid',
  'peer',
  'hostname',
  'identity',
  'verify',
  'verification',
]);
const DEVELOPMENT = new Set(['dev', 'development', 'debug', 'local', 'localhost']);
const PRODUCTION = new Set(['prod', 'production', 'packaged', 'release']);
const DEVELOPMENT_FILLERS = new Set(['is', 'in', 'mode', 'env', 'build', 'run', 'only']);

/** `smtpIgnoreTLSError` → ['smtp', 'ignore', 'tls', 'error']; `--self-signed` → ['self', 'signed']. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < name.length; index++) {
    const char = name.charAt(index);
    const next = name.charAt(index + 1);
    if (!/[A-Za-z0-9]/.test(char)) {
      if (current) words.push(current);
      current = '';
      continue;
    }
    const previous = current.charAt(current.length - 1);
    const upper = char >= 'A' && char <= 'Z';
    const startsWord =
      upper && previous !== '' && (!(previous >= 'A' && previous <= 'Z') || /[a-z]/.test(next));
    if (startsWord) {
      words.push(current);
      current = '';
    }
    current += char;
  }
  if (current) words.push(current);
  return joinSelfSigned(words.map((word) => word.toLowerCase()));
}

function joinSelfSigned(words: string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (word === 'signed' && joined.at(-1) === 'self') joined[joined.length - 1] = 'selfsigned';
    else joined.push(word);
  }
  return joined;
}

/** A user-facing TLS switch: `ignoreTls`, `allowUnauthorizedCerts`, `insecure`, `verifyServerCert`. */
export function isTlsSwitchName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => ALONE.has(word))) return true;
  if (words.length === 1 && words[0] === 'verify') return true;
  return words.some(
    (action, index) =>
      ACTIONS.has(action) &&
      words.some((subject, other) => other !== index && SUBJECTS.has(subject)),
  );
}

/** A development-mode flag: `isDev`, `DEBUG`, `developmentMode`. */
export function isDevelopmentName(name: string): boolean {
  return onlyModeWords(nameWords(name), DEVELOPMENT);
}

/** A production-mode flag: `isProduction`, `IS_PROD`, Electron's `app.isPackaged`. */
export function isProductionName(name: string): boolean {
  return onlyModeWords(nameWords(name), PRODUCTION);
}

function onlyModeWords(words: readonly string[], mode: ReadonlySet<string>): boolean {
  return (
    words.some((word) => mode.has(word)) &&
    words.every((word) => mode.has(word) || DEVELOPMENT_FILLERS.has(word))
  );
}
