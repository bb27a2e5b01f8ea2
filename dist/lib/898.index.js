export const id = 898;
export const ids = [898];
export const modules = {

/***/ 16898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_CHECKERS: () => (/* binding */ CONFIG_CHECKERS)
});

;// CONCATENATED MODULE: ./src/languages/config/checker.ts
/** Identity helper that keeps message ids typed inside `check`. */
function configChecker(checker) {
    return checker;
}

;// CONCATENATED MODULE: ./src/rules/config/tool-semantics.ts
/**
 * How each tool reads the settings that turn certificate verification off (rules.md §0.5, C3–C13).
 * Every function takes the value as the tool receives it (after the format's unquoting).
 */
/** npm's `strict-ssl` (nopt's Boolean type, experiment in rules.md C3): `false`, `0`, `null` turn it off. */
function npmStrictSsl(value) {
    if (value === undefined)
        return undefined;
    if (value === 'false' || value === '0' || value === 'null')
        return 'off';
    // Meant as "off", but npm reads them as true: reported as a setting without effect.
    return /^(?:false|no|off|n|disabled?)$/i.test(value) ? 'ineffective' : undefined;
}
/** The npm setting an environment variable sets: `npm_config_strict_ssl`, `NPM_CONFIG_STRICT_SSL` → `strict-ssl`. */
function npmEnvKey(name) {
    const match = /^npm_config_(.+)$/i.exec(name);
    return match?.[1]?.toLowerCase().replace(/_/g, '-');
}
/** git's boolean false (git-config(1)): `false`, `no`, `off`, `0` and the empty value, in any case. */
function gitFalse(value) {
    // A key without `=` means true.
    return value !== undefined && /^(?:false|no|off|0|)$/i.test(value.trim());
}
/** `http.sslVerify` or its per-URL form `http.<url>.sslVerify` (names are case-insensitive, the URL is not). */
function isGitSslVerifyKey(key) {
    const lower = key.toLowerCase();
    return lower.startsWith('http.') && lower.endsWith('.sslverify');
}
/** Yarn Berry's boolean settings (`miscUtils.parseBoolean`): `false` and `0` are false. */
function yarnBerryFalse(value) {
    return value === 'false' || value === '0';
}
/** Yarn 1's `.yarnrc` and `yarn config set`: `false` or `0` (quoted values are taken as meant). */
function yarnClassicFalse(value) {
    return value === 'false' || value === '0';
}
/** wget's `check_certificate` off: `off`, `no`, `0`, or `quiet` (off without the warning). */
function wgetCheckOff(value) {
    return value !== undefined && /^(?:off|no|0|quiet)$/i.test(value.trim());
}
/** The Actions runner's boolean conversion: `1` and `true` (any case) are true. */
function runnerTrue(value) {
    return value !== undefined && /^(?:1|true)$/i.test(value.trim());
}
/**
 * The host of a URL written on a command line (`https://localhost:8443/health`, `127.0.0.1:8443`);
 * undefined when it is not a literal URL.
 */
function urlHost(word) {
    const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[^\]]+\]|[^:/?#\s]+)/i.exec(word);
    if (!match?.[2] || (match[1] === undefined && !/[.:]|^localhost$/i.test(match[2])))
        return undefined;
    return { host: match[2].toLowerCase(), scheme: match[1]?.toLowerCase() };
}
/** This machine: no one else is on the network path to it. */
function isLoopback(host) {
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        /^127\.\d+\.\d+\.\d+$/.test(host) ||
        host === '[::1]' ||
        host === '0.0.0.0');
}

;// CONCATENATED MODULE: ./src/rules/config/commands.ts

/** curl's short options that take a value: in `-fsSLo file`, `o` ends the bundle. */
const CURL_VALUED_SHORT = new Set('AbcCdDeEFhHKmoPQrtTuUwxXyYz');
/** curl's long options that take a value (the next word), so `--output -k` is not `-k`. */
const CURL_VALUED_LONG = new Set(('abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout ' +
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
    'tlspassword trace trace-ascii unix-socket upload-file url url-query user user-agent variable write-out').split(' '));
/** `--insecure` and its relatives, each undone by its `--no-` form: the last one written wins. */
const CURL_INSECURE = {
    insecure: 'from the server',
    'proxy-insecure': 'from the HTTPS proxy',
    'doh-insecure': 'from the DNS-over-HTTPS server',
};
/** `curl -k`, `-fsSLk`, `--insecure`, `--proxy-insecure`, `--doh-insecure`, unless a later `--no-…` undoes it. */
function curlInsecure(command) {
    if (command.program !== 'curl')
        return [];
    const on = new Map();
    const urls = [];
    for (let index = 0; index < command.args.length; index++) {
        const word = command.args[index];
        const value = word?.value;
        if (!word || value === undefined)
            continue;
        if (value.startsWith('--')) {
            const name = value.slice(2);
            if (name in CURL_INSECURE)
                on.set(name, word);
            else if (name.startsWith('no-') && name.slice(3) in CURL_INSECURE)
                on.delete(name.slice(3));
            else if (CURL_VALUED_LONG.has(name))
                index++;
        }
        else if (value.startsWith('-') && value.length > 1) {
            index += shortOptions(value, word, on);
        }
        else {
            urls.push(value);
        }
    }
    return [...on].map(([name, word]) => {
        const flag = word.value ?? '';
        const setting = flag.startsWith('--') || flag === '-k' ? `\`curl ${flag}\`` : `\`-k\` in \`curl ${flag}\``;
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
function shortOptions(bundle, word, on) {
    for (let index = 1; index < bundle.length; index++) {
        const letter = bundle.charAt(index);
        if (letter === 'k')
            on.set('insecure', word);
        if (CURL_VALUED_SHORT.has(letter))
            return index === bundle.length - 1 ? 1 : 0;
    }
    return 0;
}
/**
 * When every URL is literal and on this machine, the bypass cannot be attacked from the network (a
 * local health check); when every URL is plain `http://` and redirects are not followed, there is no
 * TLS to verify at all.
 */
function loopbackOf(urls, command) {
    const hosts = urls.map(urlHost);
    if (hosts.length === 0 || hosts.some((host) => host === undefined))
        return {};
    const known = hosts.filter((host) => host !== undefined);
    if (known.every((host) => isLoopback(host.host)))
        return { loopback: `\`${known[0]?.host ?? ''}\`` };
    return plainHttp(known, command) ? { loopback: 'plain-http' } : {};
}
function plainHttp(hosts, command) {
    const follows = command.args.some((arg) => arg.value === '--location' || /^-[a-zA-Z]*L/.test(arg.value ?? ''));
    return !follows && hosts.every((host) => host.scheme === 'http');
}
/** `wget --no-check-certificate`, `--check-certificate=off|quiet`, `-e check_certificate=off`; the last one wins. */
function wgetNoCheck(command) {
    if (command.program !== 'wget')
        return [];
    let off;
    const urls = [];
    command.args.forEach((word, index) => {
        const value = word.value ?? '';
        const execute = value === '-e' || value === '--execute' ? command.args[index + 1]?.value : undefined;
        const setting = execute ?? (/^--execute=/.exec(value) ? value.slice(10) : undefined);
        if (value === '--no-check-certificate')
            off = word;
        else if (value === '--check-certificate')
            off = undefined;
        else if (value.startsWith('--check-certificate='))
            off = wgetCheckOff(value.slice(20)) ? word : undefined;
        else if (setting !== undefined) {
            const [name, state] = setting.split('=', 2);
            if (name?.toLowerCase().replace(/[-_]/g, '') === 'checkcertificate')
                off = wgetCheckOff(state) ? word : undefined;
        }
        else if (!value.startsWith('-'))
            urls.push(value);
    });
    if (!off)
        return [];
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
function pipTrustedHost(command) {
    const args = pipArgs(command);
    if (!args)
        return [];
    const hits = [];
    args.forEach((word, index) => {
        const value = word.value ?? '';
        const host = value === '--trusted-host'
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
    if (args[0]?.value === 'config' &&
        set > 0 &&
        key &&
        /^[\w-]+\.trusted[-_]host$/i.test(key.value ?? ''))
        hits.push({
            tool: 'pip',
            range: key.range,
            setting: '`pip config set trusted-host`',
            data: { hosts: hostsOf(args[set + 2]?.value) },
        });
    return hits;
}
function pipArgs(command) {
    if (PIP.test(command.program ?? ''))
        return command.args;
    if (!PYTHON.test(command.program ?? ''))
        return undefined;
    const module = command.args.findIndex((word) => word.value === '-m');
    return command.args[module + 1]?.value === 'pip' ? command.args.slice(module + 2) : undefined;
}
function hostsOf(value) {
    const hosts = (value ?? '').split(/[\s,]+/).filter((host) => host !== '');
    return hosts.length === 0 ? 'the hosts it names' : hosts.map((host) => `\`${host}\``).join(', ');
}
/**
 * npm and pnpm: `npm config set strict-ssl false` (also `npm set`, `key=value`), `--strict-ssl=false`,
 * `--strict-ssl false`, `--no-strict-ssl` on any command. Yarn: `yarn config set strict-ssl false`
 * (Yarn 1) and `yarn config set enableStrictSsl false` (Yarn 2+).
 */
function packageManagerStrictSsl(command) {
    const program = command.program;
    if (program === 'yarn')
        return yarnConfigSet(command);
    if (program !== 'npm' && program !== 'pnpm')
        return [];
    const hits = [];
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
function npmHit(value, word, setting) {
    const verdict = npmStrictSsl(value);
    if (!verdict)
        return [];
    return [{ tool: verdict === 'off' ? 'npm' : 'npm-ineffective', range: word.range, setting }];
}
/** The `key value` / `key=value` pairs of `<tool> config set …` (`npm set …`, `npm c set …`). */
function configSets(command) {
    const positional = command.args.filter((word) => !(word.value ?? '-').startsWith('-'));
    const [first, second] = positional;
    const start = first?.value === 'set'
        ? 1
        : (first?.value === 'config' || first?.value === 'c') && second?.value === 'set'
            ? 2
            : -1;
    if (start < 0)
        return [];
    const pairs = [];
    for (let index = start; index < positional.length; index++) {
        const word = positional[index];
        const text = word?.value ?? '';
        if (!word)
            continue;
        const equals = text.indexOf('=');
        if (equals > 0) {
            pairs.push({ key: text.slice(0, equals), value: text.slice(equals + 1), word });
        }
        else {
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
function yarnConfigSet(command) {
    const hits = [];
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
const GIT_CONFIG_READS = /^(?:--get|--get-all|--get-regexp|--get-urlmatch|--unset|--unset-all|-l|--list|-e|--edit|--remove-section|--rename-section)$/;
const GIT_CONFIG_VALUED = new Set(['-f', '--file', '--blob', '--type', '--default', '--comment']);
/** `git -c http.sslVerify=false clone …`, `git config [--global] http.sslVerify false`, `git config set …`. */
function gitSslVerify(command) {
    if (command.program !== 'git')
        return [];
    const hits = [];
    let index = 0;
    for (; index < command.args.length; index++) {
        const value = command.args[index]?.value ?? '';
        if (!value.startsWith('-'))
            break;
        if (value === '-c') {
            const setting = command.args[index + 1];
            const [key, state] = (setting?.value ?? '').split(/=(.*)/s, 2);
            // `-c http.sslVerify` without `=` means true.
            if (setting &&
                key !== undefined &&
                state !== undefined &&
                isGitSslVerifyKey(key) &&
                gitFalse(state))
                hits.push({
                    tool: 'git',
                    range: setting.range,
                    setting: `\`git -c ${setting.value ?? ''}\``,
                });
        }
        if (GIT_VALUED.has(value))
            index++;
    }
    if (command.args[index]?.value === 'config')
        hits.push(...gitConfigSet(command.args.slice(index + 1)));
    return hits;
}
function gitConfigSet(args) {
    const positional = [];
    for (let index = 0; index < args.length; index++) {
        const word = args[index];
        const value = word?.value ?? '';
        if (GIT_CONFIG_READS.test(value))
            return [];
        if (GIT_CONFIG_VALUED.has(value))
            index++;
        else if (word && !value.startsWith('-'))
            positional.push(word);
    }
    // git 2.46's `git config set <key> <value>`; `get`, `unset`, `list` do not set.
    if (['get', 'unset', 'list', 'edit', 'rename-section', 'remove-section'].includes(positional[0]?.value ?? ''))
        return [];
    const [key, value] = positional[0]?.value === 'set' ? positional.slice(1) : positional;
    if (!key || !value || !isGitSslVerifyKey(key.value ?? '') || !gitFalse(value.value))
        return [];
    return [
        {
            tool: 'git',
            range: value.range,
            setting: `\`git config ${key.value ?? ''} ${value.value === '' ? '""' : (value.value ?? '')}\``,
        },
    ];
}

;// CONCATENATED MODULE: ./src/rules/no-disabled-cert-verification/config.ts



const HIT_MESSAGES = {
    npm: 'configNpmStrictSsl',
    'npm-ineffective': 'configNpmIneffective',
    yarn: 'configYarnStrictSsl',
    'yarn-berry': 'configYarnBerryStrictSsl',
    git: 'configGitSslVerify',
    curl: 'configCurlInsecure',
    wget: 'configWgetNoCheck',
    pip: 'configPipTrustedHost',
};
/** Tool flags on command lines (rules.md C3–C10), wherever shell text is: RUN, run:, scripts. */
function commandHits(context, command) {
    const hits = [
        ...curlInsecure(command),
        ...wgetNoCheck(command),
        ...pipTrustedHost(command),
        ...packageManagerStrictSsl(command),
        ...gitSslVerify(command),
    ];
    const identity = command.args.map((arg) => arg.value ?? '…').join(' ');
    for (const hit of hits) {
        if (hit.loopback === 'plain-http')
            continue;
        const data = { setting: hit.setting, reach: command.context.reach, ...hit.data };
        context.report({
            messageId: hit.loopback ? 'configLoopback' : HIT_MESSAGES[hit.tool],
            data: hit.loopback ? { ...data, host: hit.loopback } : data,
            range: hit.range,
            identity: `${command.program ?? ''} ${identity}`,
            context: command.context,
        });
    }
}
/** Settings in the tools' own files: `.npmrc`, `.yarnrc`, `.yarnrc.yml`, `.gitconfig`, `.curlrc`, `.wgetrc`, pip. */
function settingHit(setting) {
    const { tool, key, value } = setting;
    switch (tool) {
        case 'npm': {
            const verdict = key === 'strict-ssl' ? npmStrictSsl(value) : undefined;
            return verdict === 'off'
                ? 'configNpmStrictSsl'
                : verdict
                    ? 'configNpmIneffective'
                    : undefined;
        }
        case 'yarn':
            return key === 'strict-ssl' && yarnClassicFalse(value) ? 'configYarnStrictSsl' : undefined;
        case 'yarn-berry':
            return key === 'enableStrictSsl' && yarnBerryFalse(value)
                ? 'configYarnBerryStrictSsl'
                : undefined;
        case 'git':
            return isGitSslVerifyKey(key) && gitFalse(value) ? 'configGitSslVerify' : undefined;
        case 'wget':
            return key === 'checkcertificate' && wgetCheckOff(value) ? 'configWgetNoCheck' : undefined;
        case 'pip':
            return key === 'trusted-host' && (value ?? '') !== '' ? 'configPipTrustedHost' : undefined;
        case 'curl':
            return undefined;
    }
}
/** `.curlrc`: `insecure`, `-k`, `proxy-insecure`, `doh-insecure`; a later `no-…` line undoes it. */
function curlrc(context, settings) {
    const on = new Map();
    for (const setting of settings) {
        if (setting.tool !== 'curl')
            continue;
        if (setting.key in AGAINST)
            on.set(setting.key, setting);
        else if (setting.key.startsWith('no-'))
            on.delete(setting.key.slice(3));
    }
    for (const [key, setting] of on) {
        context.report({
            messageId: 'configCurlInsecure',
            data: {
                setting: `\`${setting.text}\` in \`.curlrc\``,
                reach: setting.context.reach,
                against: AGAINST[key] ?? '',
            },
            range: setting.range,
            identity: setting.text,
            context: setting.context,
        });
    }
}
const AGAINST = {
    insecure: 'from the server',
    'proxy-insecure': 'from the HTTPS proxy',
    'doh-insecure': 'from the DNS-over-HTTPS server',
};
const FILE_NAMES = {
    npm: '`.npmrc`',
    yarn: '`.yarnrc`',
    'yarn-berry': '`.yarnrc.yml`',
    git: '`.gitconfig`',
    curl: '`.curlrc`',
    wget: '`.wgetrc`',
    pip: 'pip configuration',
};
const config = configChecker({
    check(context) {
        const { model } = context;
        for (const command of model.commands)
            commandHits(context, command);
        for (const setting of model.settings) {
            const messageId = settingHit(setting);
            if (!messageId)
                continue;
            const where = model.surface === 'requirements' ? 'this requirements file' : FILE_NAMES[setting.tool];
            context.report({
                messageId,
                data: {
                    setting: `\`${setting.text}\` in ${where}`,
                    reach: setting.context.reach,
                    hosts: hostsOf(setting.value),
                },
                range: setting.range,
                identity: `${setting.key}=${setting.value ?? ''}`,
                context: setting.context,
            });
        }
        curlrc(context, model.settings);
    },
});

;// CONCATENATED MODULE: ./src/rules/config/node-flags.ts
const NODE = /^(?:node|nodejs)$/;
/**
 * Where Node flags are set outside code (rules.md C2, C16): `NODE_OPTIONS` in any environment surface,
 * and the options of a `node` command line (before the script).
 */
function nodeFlagSites(model) {
    const sites = [];
    for (const env of model.env) {
        if (env.name !== 'NODE_OPTIONS' || env.value === undefined)
            continue;
        sites.push({
            words: env.value.split(/\s+/).filter((word) => word !== ''),
            range: env.valueRange,
            rangeOf: () => env.valueRange,
            target: `every Node process of ${env.context.reach} (\`NODE_OPTIONS\`)`,
            identity: `${env.site} NODE_OPTIONS=${env.value}`,
            context: env.context,
        });
    }
    for (const command of model.commands) {
        if (!NODE.test(command.program ?? ''))
            continue;
        const script = command.args.findIndex((arg) => !(arg.value ?? '').startsWith('-'));
        const options = script < 0 ? command.args : command.args.slice(0, script);
        const words = options.flatMap((arg) => (arg.value === undefined ? [] : [arg.value]));
        if (words.length === 0)
            continue;
        sites.push({
            words,
            range: command.range,
            rangeOf: (flag) => flagWord(options, flag)?.range ?? command.range,
            target: `this \`node\` process (${command.context.reach})`,
            identity: `node ${words.join(' ')}`,
            context: command.context,
        });
    }
    return sites;
}
function flagWord(options, flag) {
    return options.findLast(({ value }) => value === flag || value?.startsWith(`${flag}=`) === true);
}
/** The values given to `flag`: `--flag=value` or `--flag value`; the last one wins. */
function flagValue(words, flag) {
    let value;
    words.forEach((word, index) => {
        if (word === flag)
            value = words[index + 1];
        else if (word.startsWith(`${flag}=`))
            value = word.slice(flag.length + 1);
    });
    return value;
}

;// CONCATENATED MODULE: ./src/rules/no-insecure-tls-version/config.ts


const MIN_VERSIONS = {
    '--tls-min-v1.0': 'TLS 1.0',
    '--tls-min-v1.1': 'TLS 1.1',
};
/** `--tls-min-v1.0`/`--tls-min-v1.1` (medium) and `--tls-max-v1.2` (info) in `NODE_OPTIONS` or on a `node` command line (rules.md C2). */
const config_config = configChecker({
    check(context) {
        for (const site of nodeFlagSites(context.model)) {
            const flag = site.words.find((word) => word in MIN_VERSIONS);
            const version = flag === undefined ? undefined : MIN_VERSIONS[flag];
            const base = { identity: site.identity, context: site.context };
            if (flag !== undefined && version !== undefined) {
                context.report({
                    ...base,
                    range: site.rangeOf(flag),
                    messageId: 'cliMinVersion',
                    data: { flag, version, target: site.target },
                });
            }
            else if (site.words.includes('--tls-max-v1.2')) {
                context.report({
                    ...base,
                    range: site.rangeOf('--tls-max-v1.2'),
                    messageId: 'globalMaxTls12',
                    data: { setting: '`--tls-max-v1.2`', target: site.target },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/rules/no-tls-key-logging/config.ts


/**
 * `--tls-keylog=<file>` in `NODE_OPTIONS` or on a `node` command line (rules.md C2), and
 * `SSLKEYLOGFILE` in any environment (C15).
 */
const no_tls_key_logging_config_config = configChecker({
    check(context) {
        for (const site of nodeFlagSites(context.model)) {
            if (!site.words.some((word) => word === '--tls-keylog' || word.startsWith('--tls-keylog=')))
                continue;
            context.report({
                messageId: 'keylogFlag',
                data: { target: site.target, file: describeFile(flagValue(site.words, '--tls-keylog')) },
                range: site.rangeOf('--tls-keylog'),
                identity: site.identity,
                context: site.context,
            });
        }
        for (const env of context.model.env) {
            if (env.name !== 'SSLKEYLOGFILE' || env.value === '')
                continue;
            context.report({
                messageId: 'configSslKeyLogFile',
                data: { reach: env.context.reach, file: describeFile(env.value) },
                range: env.valueRange,
                identity: `${env.site} SSLKEYLOGFILE=${env.value ?? '…'}`,
                context: env.context,
            });
        }
    },
});
function describeFile(file) {
    if (file === undefined)
        return 'a file chosen at run time';
    return file === '' ? 'a file' : `\`${file}\``;
}

;// CONCATENATED MODULE: ./src/rules/no-tls-verification-env-override/config.ts



/**
 * What one variable does (rules.md C1, C3, C5, C7, C10–C13), by the exact rules of the tool that reads
 * it: Node only for the string `0`, git for any value at all, npm for `false`/`0`/`null`, …
 */
function judge(assignment) {
    const { name, value } = assignment;
    switch (name) {
        case 'NODE_TLS_REJECT_UNAUTHORIZED':
            return value === '0' ? { messageId: 'configNode' } : undefined;
        case 'GIT_SSL_NO_VERIFY':
            // git only asks whether the variable exists: `0`, `false` and the empty string disable too.
            return { messageId: 'configGitNoVerify' };
        case 'YARN_ENABLE_STRICT_SSL':
            return yarnBerryFalse(value)
                ? { messageId: 'configYarnEnv', data: { value: value ?? '' } }
                : undefined;
        case 'PIP_TRUSTED_HOST':
            return value === ''
                ? undefined
                : { messageId: 'configPipEnv', data: { hosts: hostsOf(value) } };
        case 'PYTHONHTTPSVERIFY':
            return value === '0' ? { messageId: 'configPythonHttpsVerify' } : undefined;
        case 'CURL_CA_BUNDLE':
        case 'REQUESTS_CA_BUNDLE':
            return value === '' ? { messageId: 'configEmptyCaBundle', data: { name } } : undefined;
        case 'GITHUB_ACTIONS_RUNNER_TLS_NO_VERIFY':
            return runnerTrue(value)
                ? { messageId: 'configRunnerNoVerify', data: { value: value ?? '' } }
                : undefined;
        case 'GIT_CONFIG_PARAMETERS':
            return gitParameters(value)
                ? { messageId: 'configGitConfigEnv', data: { setting: '`GIT_CONFIG_PARAMETERS`' } }
                : undefined;
    }
    return npmVariable(assignment);
}
function npmVariable({ name, value }) {
    if (npmEnvKey(name) !== 'strict-ssl')
        return undefined;
    const verdict = npmStrictSsl(value);
    if (!verdict)
        return undefined;
    const data = { name, value: value ?? '' };
    return { messageId: verdict === 'off' ? 'configNpmEnv' : 'configNpmEnvIneffective', data };
}
/** `'http.sslVerify'='false'` or `'http.sslVerify=false'` among git's `-c` parameters passed down. */
function gitParameters(value) {
    if (value === undefined)
        return false;
    const pattern = /'([^']*)'(?:='([^']*)')?/g;
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
        const [key, state] = match[2] === undefined ? (match[1] ?? '').split(/=(.*)/s, 2) : [match[1] ?? '', match[2]];
        if (key !== undefined && state !== undefined && isGitSslVerifyKey(key) && gitFalse(state))
            return true;
    }
    return false;
}
/** `GIT_CONFIG_KEY_<n>=http.sslVerify` with `GIT_CONFIG_VALUE_<n>=false`: reported at the value. */
function gitConfigPairs(context, env) {
    for (const key of env) {
        const index = /^GIT_CONFIG_KEY_(\d+)$/.exec(key.name)?.[1];
        if (index === undefined || !isGitSslVerifyKey(key.value ?? ''))
            continue;
        const value = env.find((other) => other.name === `GIT_CONFIG_VALUE_${index}`);
        if (!value || !gitFalse(value.value))
            continue;
        context.report({
            messageId: 'configGitConfigEnv',
            data: {
                setting: `\`GIT_CONFIG_KEY_${index}=${key.value ?? ''}\``,
                reach: value.context.reach,
            },
            range: value.valueRange,
            identity: `${value.site} GIT_CONFIG_KEY_${index}=${key.value ?? ''} GIT_CONFIG_VALUE_${index}=${value.value ?? ''}`,
            context: value.context,
        });
    }
}
const no_tls_verification_env_override_config_config = configChecker({
    check(context) {
        for (const assignment of context.model.env) {
            const judged = judge(assignment);
            if (!judged)
                continue;
            context.report({
                messageId: judged.messageId,
                data: { reach: assignment.context.reach, ...judged.data },
                range: assignment.valueRange,
                identity: `${assignment.site} ${assignment.name}=${assignment.value ?? '…'}`,
                context: assignment.context,
            });
        }
        gitConfigPairs(context, context.model.env);
    },
});

// EXTERNAL MODULE: ./src/rules/knowledge/cipher-list.ts
var cipher_list = __webpack_require__(1010);
;// CONCATENATED MODULE: ./src/rules/no-weak-ciphers/config.ts



const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';
/** `--tls-cipher-list=…` in `NODE_OPTIONS` or on a `node` command line: every connection's default list (rules.md C2). */
const no_weak_ciphers_config_config = configChecker({
    check(context) {
        for (const site of nodeFlagSites(context.model)) {
            const list = flagValue(site.words, '--tls-cipher-list');
            const verdict = list === undefined
                ? undefined
                : (0,cipher_list/* judgeCipherTokens */.jh)(list.split(cipher_list/* CIPHER_SEPARATORS */.fs).filter((t) => t !== ''));
            if (!verdict)
                continue;
            const reported = verdict.weak.length > 0 ? verdict.weak : verdict.legacy;
            const tokens = verdict.seclevelZero
                ? ['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]
                : reported.map((weak) => weak.token);
            const weaknesses = [
                ...(verdict.seclevelZero ? [SECLEVEL_ZERO_LABEL] : []),
                ...labels(verdict.seclevelZero ? verdict.weak : reported),
            ];
            if (tokens.length === 0)
                continue;
            const legacy = !verdict.seclevelZero && verdict.weak.length === 0;
            context.report({
                messageId: legacy ? 'legacy' : 'global',
                data: {
                    setting: '`--tls-cipher-list`',
                    target: site.target,
                    tokens: [...new Set(tokens)].map((token) => `\`${token}\``).join(', '),
                    weaknesses: weaknesses.join(', '),
                },
                range: site.rangeOf('--tls-cipher-list'),
                identity: site.identity,
                context: site.context,
            });
        }
    },
});
function labels(tokens) {
    return [...new Set(tokens.flatMap((token) => token.weaknesses))].map((weakness) => cipher_list/* WEAKNESS_LABELS */.MZ[weakness]);
}

;// CONCATENATED MODULE: ./src/rules/checkers/config.ts





/**
 * The config-file checker of every rule that has one, by rule id. Loaded by the config language the
 * first time a configuration or infrastructure file needs checking, together with its parsers.
 */
const CONFIG_CHECKERS = new Map([
    ['no-disabled-cert-verification', config],
    ['no-insecure-tls-version', config_config],
    ['no-tls-key-logging', no_tls_key_logging_config_config],
    ['no-tls-verification-env-override', no_tls_verification_env_override_config_config],
    ['no-weak-ciphers', no_weak_ciphers_config_config],
]);


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ securityLevel),
/* harmony export */   MZ: () => (/* binding */ WEAKNESS_LABELS),
/* harmony export */   We: () => (/* binding */ withoutSeclevelZero),
/* harmony export */   fs: () => (/* binding */ CIPHER_SEPARATORS),
/* harmony export */   jh: () => (/* binding */ judgeCipherTokens)
/* harmony export */ });
/**
 * OpenSSL cipher-list semantics (rules.md §0.4, N11; OpenSSL ciphers(1)): tokens are separated by `:`,
 * `,`, `;` or spaces; `!X` removes X for good, `-X` removes what was added so far, `+X` only moves X to
 * the end; `A+B` inside a token means "suites that are both A and B"; `@SECLEVEL=n` sets the security
 * level and may be glued to the previous token (`DEFAULT@SECLEVEL=0`). Names are case-sensitive.
 */
/** Weaknesses that are legacy but not broken (rules.md N11: low); all others are medium. */
const LEGACY = new Set(['static-rsa', 'sha1-cbc']);
const WEAKNESS_LABELS = {
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
const OLD_PROTOCOL_SUITES = [
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
const ALIASES = {
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
const CIPHER_SEPARATORS = /[:,;\s]+/;
/**
 * Judges whole cipher-list tokens (unknown parts already dropped). Undefined when a token is not
 * OpenSSL cipher-list syntax (an SSH algorithm list, a word) or when nothing weak remains.
 */
function judgeCipherTokens(rawTokens) {
    const tokens = rawTokens.flatMap(splitCommand);
    if (tokens.length === 0 || !tokens.every(isCipherToken))
        return undefined;
    // The last `@SECLEVEL` wins.
    const levels = tokens.flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
    const seclevelZero = levels.at(-1) === '0';
    const remaining = tokens
        .map((token, index) => positiveAt(token, index))
        .filter((positive) => positive !== undefined)
        .map((positive) => ({ ...positive, weaknesses: afterExclusions(positive, tokens) }))
        .filter((positive) => positive.weaknesses.length > 0);
    const weak = remaining.filter((p) => p.weaknesses.some((w) => !LEGACY.has(w)));
    const legacy = remaining.filter((p) => p.weaknesses.every((w) => LEGACY.has(w)));
    if (!seclevelZero && remaining.length === 0)
        return undefined;
    const strip = ({ token, weaknesses }) => ({ token, weaknesses });
    return { seclevelZero, weak: weak.map(strip), legacy: legacy.map(strip) };
}
const SECLEVEL_ZERO = '@SECLEVEL=0';
/**
 * The cipher list without its `@SECLEVEL=0` (the level OpenSSL then keeps is its default), each taken
 * out with a separator so the rest of the list reads as before: `DEFAULT:@SECLEVEL=0` → `DEFAULT`,
 * `DEFAULT@SECLEVEL=0` → `DEFAULT`. Undefined when no suite would be left, or when the list would
 * still end at level 0.
 */
function withoutSeclevelZero(list) {
    // Tokens at even indexes, the separators between them at odd ones.
    const parts = list.split(SEPARATOR_RUNS);
    for (let index = 0; index < parts.length; index += 2) {
        const token = parts[index] ?? '';
        if (token === SECLEVEL_ZERO) {
            parts[index] = '';
            // The separator before it goes (after it, for the first token).
            parts[index === 0 ? 1 : index - 1] = '';
        }
        else if (token.endsWith(SECLEVEL_ZERO)) {
            parts[index] = token.slice(0, -SECLEVEL_ZERO.length);
        }
    }
    const rest = parts.join('');
    const tokens = rest.split(CIPHER_SEPARATORS).filter((token) => token !== '');
    if (tokens.length === 0 || judgeCipherTokens(tokens)?.seclevelZero === true)
        return undefined;
    return rest;
}
const SEPARATOR_RUNS = /([:,;\s]+)/;
/** `DEFAULT@SECLEVEL=0` is two tokens. */
function splitCommand(token) {
    const at = token.indexOf('@');
    return at > 0 ? [token.slice(0, at), token.slice(at)] : [token];
}
function isCipherToken(token) {
    if (token.startsWith('@'))
        return true;
    const body = /^[!+-]/.test(token) ? token.slice(1) : token;
    return body !== '' && body.split('+').every((part) => NAME.test(part));
}
function positiveAt(token, index) {
    if (/^[!+@-]/.test(token))
        return undefined;
    const parts = token.split('+');
    const forwardSecret = parts.some((part) => FORWARD_SECRET.has(part));
    const weaknesses = parts
        .flatMap(weaknessesOf)
        .filter((weakness) => !(forwardSecret && weakness === 'static-rsa'));
    return weaknesses.length > 0 ? { token, index, weaknesses: [...new Set(weaknesses)] } : undefined;
}
/** What a single alias or suite name adds. */
function weaknessesOf(name) {
    if (name.startsWith('TLS_'))
        return suiteWeaknesses(name.split('_'), ianaStaticRsa(name));
    if (name.includes('-'))
        return suiteWeaknesses(name.split('-'), STATIC_RSA_SUITE.test(name));
    return ALIASES[name] ?? [];
}
function isAlias(name) {
    return !name.includes('+') && !name.includes('-') && !name.startsWith('TLS_');
}
function ianaStaticRsa(name) {
    return name.startsWith('TLS_RSA_WITH_');
}
function suiteWeaknesses(components, staticRsa) {
    const found = [];
    const has = (name) => components.includes(name);
    if (has('NULL'))
        found.push('null-encryption');
    if (has('ADH') || has('AECDH') || has('anon'))
        found.push('anonymous');
    if (components.some((c) => c.startsWith('EXP')))
        found.push('export');
    if (has('RC4'))
        found.push('rc4');
    if (has('RC2'))
        found.push('rc2');
    if (has('3DES') || (has('DES') && (has('CBC3') || has('EDE'))))
        found.push('3des');
    else if (has('DES'))
        found.push('des');
    if (has('MD5'))
        found.push('md5');
    if (has('IDEA'))
        found.push('idea');
    if (has('SEED'))
        found.push('seed');
    if (staticRsa)
        found.push('static-rsa');
    if (components.at(-1) === 'SHA' && !has('RC4') && !has('NULL'))
        found.push('sha1-cbc');
    return found;
}
/** Drops what `!X` (anywhere) and `-X` (later in the list) remove from a positive token. */
function afterExclusions(positive, tokens) {
    const removed = new Set();
    for (const [index, token] of tokens.entries()) {
        const permanent = token.startsWith('!');
        if (!permanent && !(token.startsWith('-') && index > positive.index))
            continue;
        const name = token.slice(1);
        if (name === positive.token)
            return [];
        // `!A+B` removes only suites that are both A and B, `!AES128-SHA` only that suite: too narrow
        // to clear a whole weakness.
        if (isAlias(name))
            for (const weakness of weaknessesOf(name))
                removed.add(weakness);
    }
    const kept = positive.weaknesses.filter((weakness) => !removed.has(weakness));
    // A suite name is one cipher: removing any set it belongs to removes it.
    const suite = !isAlias(positive.token) && !positive.token.includes('+');
    return suite && kept.length < positive.weaknesses.length ? [] : kept;
}
/** The security level a cipher list sets (`@SECLEVEL=n`; the last one wins), if it sets one. */
function securityLevel(list) {
    const levels = list
        .split(CIPHER_SEPARATORS)
        .flatMap(splitCommand)
        .flatMap((token) => SECLEVEL.exec(token)?.[1] ?? []);
    const last = levels.at(-1);
    return last === undefined ? undefined : Number(last);
}


/***/ })

};
