/**
 * TLS APIs of CPython that were removed (rules.md §4.0 timeline, research §3.1), with what replaces
 * them. `keywords`: the API itself stays, only these keyword arguments were removed.
 */
export interface RemovedApi {
  /** As the message names it. */
  readonly api: string;
  readonly deprecated: string;
  readonly removed: { readonly major: number; readonly minor: number };
  readonly error: string;
  readonly fix: string;
  readonly keywords?: readonly string[];
}

const CONTEXT_FIX =
  'Pass `context=ssl.create_default_context()` instead, with `context.load_cert_chain(certfile, keyfile)` for a client certificate.';

const ENTRIES: readonly (readonly [string, RemovedApi])[] = [
  [
    'ssl.wrap_socket',
    {
      api: '`ssl.wrap_socket()`',
      deprecated: '3.7',
      removed: { major: 3, minor: 12 },
      error: "AttributeError: module 'ssl' has no attribute 'wrap_socket'",
      fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`, which verifies the certificate and the host name as the old function never did — not `ssl._create_unverified_context().wrap_socket(...)`, which keeps the old hole.',
    },
  ],
  [
    'ssl.match_hostname',
    {
      api: '`ssl.match_hostname()`',
      deprecated: '3.7',
      removed: { major: 3, minor: 12 },
      error: "AttributeError: module 'ssl' has no attribute 'match_hostname'",
      fix: 'Let the context check the host name (`ssl.create_default_context()` has `check_hostname = True`; pass `server_hostname=`). Deleting the call without that silently drops the check.',
    },
  ],
  [
    'http.client.HTTPSConnection',
    {
      api: '`http.client.HTTPSConnection(key_file=, cert_file=, check_hostname=)`',
      deprecated: '3.6',
      removed: { major: 3, minor: 12 },
      error: 'TypeError: __init__() got an unexpected keyword argument',
      fix: CONTEXT_FIX,
      keywords: ['key_file', 'cert_file', 'check_hostname'],
    },
  ],
  [
    'urllib.request.urlopen',
    {
      api: '`urllib.request.urlopen(cafile=, capath=, cadefault=)`',
      deprecated: '3.6',
      removed: { major: 3, minor: 13 },
      error: 'TypeError: urlopen() got an unexpected keyword argument',
      fix: "Pass `context=ssl.create_default_context(cafile='/path/to/ca.pem')` instead.",
      keywords: ['cafile', 'capath', 'cadefault'],
    },
  ],
  ...[
    'smtplib.SMTP_SSL',
    'smtplib.LMTP',
    'imaplib.IMAP4_SSL',
    'poplib.POP3_SSL',
    'ftplib.FTP_TLS',
  ].map((api): readonly [string, RemovedApi] => [
    api,
    keyFileKeywords(`\`${api}(keyfile=, certfile=)\``),
  ]),
];

export const REMOVED_APIS: ReadonlyMap<string, RemovedApi> = new Map(ENTRIES);

function keyFileKeywords(api: string): RemovedApi {
  return {
    api,
    deprecated: '3.6',
    removed: { major: 3, minor: 12 },
    error: 'TypeError: got an unexpected keyword argument',
    fix: CONTEXT_FIX,
    keywords: ['keyfile', 'certfile'],
  };
}

/** `smtp.starttls(keyfile=, certfile=)`: methods whose key-file keywords were removed in 3.12. */
export const REMOVED_METHOD_KEYWORDS: ReadonlyMap<string, RemovedApi> = new Map([
  ['starttls', keyFileKeywords('`starttls(keyfile=, certfile=)`')],
]);
