import type { Command, Range, Word } from '../../languages/config/model.js';
import {
  gitFalse,
  isGitSslVerifyKey,
  isLoopback,
  npmStrictSsl,
  urlHost,
  wgetCheckOff,
  yarnBerryFalse,
  yarnClassicFalse,
} from './tool-semantics.js';

/** A command line that turns a tool's certificate checks off: where, and how to say it. */
export interface CommandHit {
  readonly tool:
    'npm' | 'npm-ineffective' | 'yarn' | 'yarn-berry' | 'git' | 'curl' | 'wget' | 'pip';
  readonly range: Range;
  /** The setting as written, for the message: "`curl -k`", "`npm config set strict-ssl false`". */
  readonly setting: string;
  readonly data?: Readonly<Record<string, string>>;
  /** Every URL argument is this machine (`https://localhost:8443/health`): named in a low message. */
  readonly loopback?: string;
}

/** curl's short options that take a value: in `-fsSLo file`, `o` ends the bundle. */
const CURL_VALUED_SHORT = new Set('AbcCdDeEFhHKmoPQrtTuUwxXyYz');
/** curl's long options that take a value (the next word), so `--output -k` is not `-k`. */
const CURL_VALUED_LONG = new Set(
  (
    'abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout ' +
    'connect-to continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary ' +
    'data-raw data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url ' +
    'dump-header egd-file engine etag-compare etag-save expect100-timeout form form-string ftp-account ' +
    'ftp-alternative-to-user ftp-method ftp-port header hostpubmd5 hostpubsha256 hsts interface json ' +
    'keepalive-time key key-type krb libcurl limit-rate local-port login-options mail-auth mail-from ' +
    'mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir ' +
    'parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert ' +
    'proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key ' +
    'proxy-key-type proxy-pass proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-user ' +
    'proxy1.0 pubkey quote random-file range rate referer request request-target resolve retry ' +
    'retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5 socks5-hostname ' +
    'speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers tlsuser ' +
    'tlspassword trace trace-ascii unix-socket upload-file url url-query user user-agent variable write-out'
  ).split(' '),
);
/** `--insecure` and its relatives, each undone by its `--no-` form: the last one written wins. */
const CURL_INSECURE: Readonly<Record<string, string>> = {
  insecure: 'from the server',
  'proxy-insecure': 'from the HTTPS proxy',
  'doh-insecure': 'from the DNS-over-HTTPS server',
};

/** `curl -k`, `-fsSLk`, `--insecure`, `--proxy-insecure`, `--doh-insecure`, unless a later `--no-…` undoes it. */
export function curlInsecure(command: Command): CommandHit[] {
  if (command.program !== 'curl') return [];
  const on = new Map<string, Word>();
  const urls: string[] = [];
  for (let index = 0; index < command.args.length; index++) {
    const word = command.args[index];
    const value = word?.value;
    if (!word || value === undefined) continue;
    if (value.startsWith('--')) {
      const name = value.slice(2);
      if (name in CURL_INSECURE) on.set(name, word);
      else if (name.startsWith('no-') && name.slice(3) in CURL_INSECURE) on.delete(name.slice(3));
      else if (CURL_VALUED_LONG.has(name)) index++;
    } else if (value.startsWith('-') && value.length > 1) {
      index += shortOptions(value, word, on);
    } else {
      urls.push(value);
    }
  }
  return [...on].map(([name, word]) => {
    const flag = word.value ?? '';
    const setting =
      flag.startsWith('--') || flag === '-k' ? `\`curl ${flag}\`` : `\`-k\` in \`curl ${flag}\``;
    return {
      tool: 'curl',
      range: word.range,
      setting,
      data: { against: CURL_INSECURE[name] ?? '' },
      ...loopbackOf(urls, command),
    };
  });
}

/** Reads a bundle of short options; returns 1 when its last option takes the next word as its value. */
function shortOptions(bundle: string, word: Word, on: Map<string, Word>): number {
  for (let index = 1; index < bundle.length; index++) {
    const letter = bundle.charAt(index);
    if (letter === 'k') on.set('insecure', word);
    if (CURL_VALUED_SHORT.has(letter)) return index === bundle.length - 1 ? 1 : 0;
  }
  return 0;
}

/**
 * When every URL is literal and on this machine, the bypass cannot be attacked from the network (a
 * local health check); when every URL is plain `http://` and redirects are not followed, there is no
 * TLS to verify at all.
 */
function loopbackOf(urls: readonly string[], command: Command): { loopback?: string } {
  const hosts = urls.map(urlHost);
  if (hosts.length === 0 || hosts.some((host) => host === undefined)) return {};
  const known = hosts.filter((host): host is NonNullable<typeof host> => host !== undefined);
  if (known.every((host) => isLoopback(host.host)))
    return { loopback: `\`${known[0]?.host ?? ''}\`` };
  return plainHttp(known, command) ? { loopback: 'plain-http' } : {};
}

function plainHttp(hosts: readonly { scheme: string | undefined }[], command: Command): boolean {
  const follows = command.args.some(
    (arg) => arg.value === '--location' || /^-[a-zA-Z]*L/.test(arg.value ?? ''),
  );
  return !follows && hosts.every((host) => host.scheme === 'http');
}

/** `wget --no-check-certificate`, `--check-certificate=off|quiet`, `-e check_certificate=off`; the last one wins. */
export function wgetNoCheck(command: Command): CommandHit[] {
  if (command.program !== 'wget') return [];
  let off: Word | undefined;
  const urls: string[] = [];
  command.args.forEach((word, index) => {
    const value = word.value ?? '';
    const execute =
      value === '-e' || value === '--execute' ? command.args[index + 1]?.value : undefined;
    const setting = execute ?? (/^--execute=/.exec(value) ? value.slice(10) : undefined);
    if (value === '--no-check-certificate') off = word;
    else if (value === '--check-certificate') off = undefined;
    else if (value.startsWith('--check-certificate='))
      off = wgetCheckOff(value.slice(20)) ? word : undefined;
    else if (setting !== undefined) {
      const [name, state] = setting.split('=', 2);
      if (name?.toLowerCase().replace(/[-_]/g, '') === 'checkcertificate')
        off = wgetCheckOff(state) ? word : undefined;
    } else if (!value.startsWith('-')) urls.push(value);
  });
  if (!off) return [];
  return [
    {
      tool: 'wget',
      range: off.range,
      setting: `\`wget ${off.value ?? ''}\``,
      ...loopbackOf(urls, command),
    },
  ];
}

const PIP = /^pip(?:\d+(?:\.\d+)*)?$/;
const PYTHON = /^(?:python(?:\d+(?:\.\d+)*)?|py)$/;

/** `pip install --trusted-host host`, `python -m pip … --trusted-host=host`, `pip config set global.trusted-host host`. */
export function pipTrustedHost(command: Command): CommandHit[] {
  const args = pipArgs(command);
  if (!args) return [];
  const hits: CommandHit[] = [];
  args.forEach((word, index) => {
    const value = word.value ?? '';
    const host =
      value === '--trusted-host'
        ? args[index + 1]?.value
        : value.startsWith('--trusted-host=')
          ? value.slice(15)
          : undefined;
    if (host !== undefined || value === '--trusted-host')
      hits.push({
        tool: 'pip',
        range: word.range,
        setting: '`pip --trusted-host`',
        data: { hosts: hostsOf(host) },
      });
  });
  const set = args.findIndex((word) => word.value === 'set');
  const key = args[set + 1];
  if (
    args[0]?.value === 'config' &&
    set > 0 &&
    key &&
    /^[\w-]+\.trusted[-_]host$/i.test(key.value ?? '')
  )
    hits.push({
      tool: 'pip',
      range: key.range,
      setting: '`pip config set trusted-host`',
      data: { hosts: hostsOf(args[set + 2]?.value) },
    });
  return hits;
}

function pipArgs(command: Command): readonly Word[] | undefined {
  if (PIP.test(command.program ?? '')) return command.args;
  if (!PYTHON.test(command.program ?? '')) return undefined;
  const module = command.args.findIndex((word) => word.value === '-m');
  return command.args[module + 1]?.value === 'pip' ? command.args.slice(module + 2) : undefined;
}

export function hostsOf(value: string | undefined): string {
  const hosts = (value ?? '').split(/[\s,]+/).filter((host) => host !== '');
  return hosts.length === 0 ? 'the hosts it names' : hosts.map((host) => `\`${host}\``).join(', ');
}

/**
 * npm and pnpm: `npm config set strict-ssl false` (also `npm set`, `key=value`), `--strict-ssl=false`,
 * `--strict-ssl false`, `--no-strict-ssl` on any command. Yarn: `yarn config set strict-ssl false`
 * (Yarn 1) and `yarn config set enableStrictSsl false` (Yarn 2+).
 */
export function packageManagerStrictSsl(command: Command): CommandHit[] {
  const program = command.program;
  if (program === 'yarn') return yarnConfigSet(command);
  if (program !== 'npm' && program !== 'pnpm') return [];
  const hits: CommandHit[] = [];
  for (const { key, value, word } of configSets(command)) {
    if (key === 'strict-ssl')
      hits.push(...npmHit(value, word, `\`${program} config set strict-ssl ${value ?? ''}\``));
  }
  command.args.forEach((word, index) => {
    const text = word.value ?? '';
    if (text === '--no-strict-ssl')
      hits.push(...npmHit('false', word, `\`${program} --no-strict-ssl\``));
    else if (text.startsWith('--strict-ssl='))
      hits.push(...npmHit(text.slice(13), word, `\`${program} ${text}\``));
    else if (text === '--strict-ssl') {
      const next = command.args[index + 1]?.value;
      if (next !== undefined && !next.startsWith('-'))
        hits.push(...npmHit(next, word, `\`${program} --strict-ssl ${next}\``));
    }
  });
  return hits;
}

function npmHit(value: string | undefined, word: Word, setting: string): CommandHit[] {
  const verdict = npmStrictSsl(value);
  if (!verdict) return [];
  return [{ tool: verdict === 'off' ? 'npm' : 'npm-ineffective', range: word.range, setting }];
}

/** The `key value` / `key=value` pairs of `<tool> config set …` (`npm set …`, `npm c set …`). */
function configSets(command: Command): { key: string; value: string | undefined; word: Word }[] {
  const positional = command.args.filter((word) => !(word.value ?? '-').startsWith('-'));
  const [first, second] = positional;
  const start =
    first?.value === 'set'
      ? 1
      : (first?.value === 'config' || first?.value === 'c') && second?.value === 'set'
        ? 2
        : -1;
  if (start < 0) return [];
  const pairs: { key: string; value: string | undefined; word: Word }[] = [];
  for (let index = start; index < positional.length; index++) {
    const word = positional[index];
    const text = word?.value ?? '';
    if (!word) continue;
    const equals = text.indexOf('=');
    if (equals > 0) {
      pairs.push({ key: text.slice(0, equals), value: text.slice(equals + 1), word });
    } else {
      pairs.push({
        key: text,
        value: positional[index + 1]?.value,
        word: positional[index + 1] ?? word,
      });
      index++;
    }
  }
  return pairs;
}

function yarnConfigSet(command: Command): CommandHit[] {
  const hits: CommandHit[] = [];
  for (const { key, value, word } of configSets(command)) {
    if (key === 'strict-ssl' && yarnClassicFalse(value))
      hits.push({
        tool: 'yarn',
        range: word.range,
        setting: `\`yarn config set strict-ssl ${value ?? ''}\``,
      });
    else if (key === 'enableStrictSsl' && yarnBerryFalse(value))
      hits.push({
        tool: 'yarn-berry',
        range: word.range,
        setting: `\`yarn config set enableStrictSsl ${value ?? ''}\``,
      });
  }
  return hits;
}

/** git's options before the subcommand that take the next word as their value. */
const GIT_VALUED = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--exec-path',
  '--config-env',
]);
/** `git config` options that read or remove rather than set. */
const GIT_CONFIG_READS =
  /^(?:--get|--get-all|--get-regexp|--get-urlmatch|--unset|--unset-all|-l|--list|-e|--edit|--remove-section|--rename-section)$/;
const GIT_CONFIG_VALUED = new Set(['-f', '--file', '--blob', '--type', '--default', '--comment']);

/** `git -c http.sslVerify=false clone …`, `git config [--global] http.sslVerify false`, `git config set …`. */
export function gitSslVerify(command: Command): CommandHit[] {
  if (command.program !== 'git') return [];
  const hits: CommandHit[] = [];
  let index = 0;
  for (; index < command.args.length; index++) {
    const value = command.args[index]?.value ?? '';
    if (!value.startsWith('-')) break;
    if (value === '-c') {
      const setting = command.args[index + 1];
      const [key, state] = (setting?.value ?? '').split(/=(.*)/s, 2);
      // `-c http.sslVerify` without `=` means true.
      if (
        setting &&
        key !== undefined &&
        state !== undefined &&
        isGitSslVerifyKey(key) &&
        gitFalse(state)
      )
        hits.push({
          tool: 'git',
          range: setting.range,
          setting: `\`git -c ${setting.value ?? ''}\``,
        });
    }
    if (GIT_VALUED.has(value)) index++;
  }
  if (command.args[index]?.value === 'config')
    hits.push(...gitConfigSet(command.args.slice(index + 1)));
  return hits;
}

function gitConfigSet(args: readonly Word[]): CommandHit[] {
  const positional: Word[] = [];
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    const value = word?.value ?? '';
    if (GIT_CONFIG_READS.test(value)) return [];
    if (GIT_CONFIG_VALUED.has(value)) index++;
    else if (word && !value.startsWith('-')) positional.push(word);
  }
  // git 2.46's `git config set <key> <value>`; `get`, `unset`, `list` do not set.
  if (
    ['get', 'unset', 'list', 'edit', 'rename-section', 'remove-section'].includes(
      positional[0]?.value ?? '',
    )
  )
    return [];
  const [key, value] = positional[0]?.value === 'set' ? positional.slice(1) : positional;
  if (!key || !value || !isGitSslVerifyKey(key.value ?? '') || !gitFalse(value.value)) return [];
  return [
    {
      tool: 'git',
      range: value.range,
      setting: `\`git config ${key.value ?? ''} ${value.value === '' ? '""' : (value.value ?? '')}\``,
    },
  ];
}
