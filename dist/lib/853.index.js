export const id = 853;
export const ids = [853];
export const modules = {

/***/ 7853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  findRule: () => (/* binding */ findRule)
});

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/rules/no-deprecated-tls-api/index.ts

/**
 * `_tls_wrap` / `_tls_common` as a require or import names them — not as the lists of Node's built-in
 * modules in bundlers and resolvers mention them (`"_tls_wrap": ">= 0.11.3"`).
 */
const INTERNAL_MODULE_TRIGGERS = ['require(', 'import(', 'from '].flatMap((before) => ["'", '"'].flatMap((quote) => [`${before}${quote}_tls_`, `${before}${quote}node:_tls_`]));
/* harmony default export */ const no_deprecated_tls_api = ((0,rule/* defineRule */.Km)({
    id: 'no-deprecated-tls-api',
    meta: {
        description: 'Disallow deprecated and removed TLS APIs and options of Node.js and Python, which crash on current runtimes or block TLS 1.3.',
        category: 'deprecated-api',
        cwe: ['CWE-477'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            removed: {
                risk: 'medium',
                headline: '{{api}} was removed in Node {{version}} ({{dep}}): this code crashes there',
                text: '{{api}} was removed in Node {{version}} ({{dep}}): {{consequence}}, so this code will crash on Node ≥ {{version}} — and until then it runs on an API that gets no fixes. Use {{replacement}} instead.',
            },
            deprecated: {
                risk: 'low',
                headline: '{{api}} is deprecated ({{dep}}) and can disappear in a future major version',
                text: '{{api}} is deprecated ({{dep}}): {{status}}. It still works, but it can disappear in a future major version. Use {{replacement}} instead.',
            },
            pythonRemoved: {
                risk: 'high',
                headline: '{{api}} was removed in Python {{removed}}; on {{target}} this line raises `{{error}}`',
                text: '{{api}} was deprecated in Python {{deprecated}} and removed in {{removed}}. This project targets Python {{target}}, so this line raises `{{error}}` — and whoever fixes the crash in a hurry tends to turn verification off. {{fix}}',
            },
            pythonRemovedLater: {
                risk: 'low',
                headline: '{{api}} is removed in Python {{removed}}: the upgrade will break this line',
                text: '{{api}} was deprecated in Python {{deprecated}} and is removed in {{removed}}: {{status}} the upgrade to {{removed}} will break this line with `{{error}}` — and a fix made in a hurry tends to turn verification off. {{fix}}',
            },
            pythonDeprecated: {
                risk: 'low',
                headline: '{{api}} is deprecated since {{since}}',
                text: '{{api}} is deprecated since {{since}}: it still works, but it emits a DeprecationWarning and can disappear in a future release — and code on deprecated TLS APIs tends to miss the safer defaults that replaced them. {{fix}}',
            },
            pinsTls12: {
                risk: 'info',
                headline: "`secureProtocol: '{{method}}'` pins {{target}} to TLS 1.2, ruling out TLS 1.3",
                text: "`secureProtocol: '{{method}}'` pins {{target}} to TLS 1.2. That is safe today, but it rules out TLS 1.3, and `secureProtocol` is the legacy way to choose versions. Replace it with `minVersion: 'TLSv1.2'`, which keeps the same floor and lets TLS 1.3 be negotiated.",
            },
        },
    },
    triggers: {
        javascript: [
            'SecurePair',
            'CryptoStream',
            // crypto.Credentials / crypto.createCredentials as a member or destructured name near a mention of
            // crypto — not every `…CredentialsProvider` of OAuth, AWS or Firebase code.
            ['createCredentials', 'crypto'],
            ['.Credentials', 'crypto'],
            ['{ Credentials', 'crypto'],
            ['Credentials }', 'crypto'],
            'parseCertString',
            'convertNPNProtocols',
            ['setOptions', 'Server'],
            'ecdhCurve',
            'servername',
            ...INTERNAL_MODULE_TRIGGERS,
            'SSL_OP_',
            'TLSv1_2_',
        ],
        python: [
            'wrap_socket',
            'match_hostname',
            'PROTOCOL_TLS',
            'PROTOCOL_SSLv23',
            'SSLContext',
            'OP_NO_',
            '_npn_',
            'key_file',
            'cert_file',
            'check_hostname',
            'cafile',
            'capath',
            'cadefault',
            'keyfile',
            'certfile',
            'ssl_context',
            'verify_ssl',
            'fingerprint',
            'ssl_version',
        ],
    },
}));

;// CONCATENATED MODULE: ./src/rules/config/cert-verification-messages.ts
const SWAPPED = 'so anyone on the network path can replace what it downloads — packages, scripts, binaries — and read what it sends';
const CONFIG_CERT_MESSAGES = {
    configNpmStrictSsl: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of npm for {{reach}}',
        text: `{{setting}} turns npm's \`strict-ssl\` off for {{reach}}: npm and pnpm then accept any certificate from the registry, ${SWAPPED}. Keep \`strict-ssl=true\`; point \`cafile=\` at the corporate or proxy CA (\`npm config set cafile /path/to/ca.pem\`).`,
    },
    configNpmIneffective: {
        risk: 'info',
        headline: '{{setting}} has no effect: npm reads only `false`, `0` and `null` as false',
        text: "{{setting}} does not turn npm's `strict-ssl` off — npm reads only `false`, `0` and `null` as false — so npm keeps verifying and the line only misleads. Remove it; if a certificate error led to it, set `cafile=` to the CA file instead.",
    },
    configYarnStrictSsl: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of Yarn 1 for {{reach}}',
        text: `{{setting}} turns Yarn 1's \`strict-ssl\` off for {{reach}}: Yarn then accepts any certificate from the registry, ${SWAPPED}. Remove it; give Yarn the CA with \`cafile\` (\`yarn config set cafile /path/to/ca.pem\`).`,
    },
    configYarnBerryStrictSsl: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of Yarn for {{reach}}',
        text: `{{setting}} turns Yarn's \`enableStrictSsl\` off for {{reach}}: Yarn then accepts any certificate from the registry, ${SWAPPED}. Remove it; set \`httpsCaFilePath\` to the CA file instead (\`httpsCaFilePath: ./certs/ca.pem\` in \`.yarnrc.yml\`).`,
    },
    configGitSslVerify: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of git for {{reach}}',
        text: `{{setting}} turns git's \`http.sslVerify\` off for {{reach}}: git accepts any HTTPS server certificate, ${SWAPPED}, clones, fetches and submodules included. Remove it; trust the server's CA with \`http.sslCAInfo\` (per URL if needed: \`git config http.https://git.example.com/.sslCAInfo /path/to/ca.pem\`).`,
    },
    configCurlInsecure: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of curl {{against}} for {{reach}}',
        text: `{{setting}} makes curl accept any certificate {{against}} for {{reach}}, ${SWAPPED} — and a script piped into a shell runs whatever was sent. Remove it; trust a private CA with \`--cacert /path/to/ca.pem\` (or \`CURL_CA_BUNDLE\`).`,
    },
    configWgetNoCheck: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of wget for {{reach}}',
        text: `{{setting}} makes wget accept any server certificate for {{reach}}, ${SWAPPED}. Remove it; trust a private CA with \`--ca-certificate=/path/to/ca.pem\` (\`ca_certificate\` in \`.wgetrc\`).`,
    },
    configPipTrustedHost: {
        risk: 'high',
        headline: '{{setting}} turns off the TLS certificate checks of pip for {{hosts}} in {{reach}}',
        text: `{{setting}} makes pip skip certificate verification for {{hosts}} in {{reach}} (and accept plain HTTP from it), ${SWAPPED}. Remove it; give pip the CA with \`--cert /path/to/ca.pem\`, \`cert = /path/to/ca.pem\` in \`pip.conf\` or \`PIP_CERT\`.`,
    },
    configLoopback: {
        risk: 'low',
        headline: '{{setting}} turns off certificate checks, but only for {{host}} on this machine',
        text: "{{setting}} turns certificate verification off, but only for {{host}}: this machine or container itself, where no one else is on the network path (a health check of a local HTTPS server, say). Prefer verifying anyway, with the server's own certificate as the CA (`--cacert` for curl, `--ca-certificate` for wget), so the line does not get copied to a real host.",
    },
};

// EXTERNAL MODULE: ./src/rules/javascript/libcurl-options.ts
var libcurl_options = __webpack_require__(74165);
;// CONCATENATED MODULE: ./src/rules/no-disabled-cert-verification/index.ts



const WHY = 'any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic';
const FIX = "Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
/**
 * The origin story (rules.md §4.0 "the user story", research §3.2): what the 3.10/3.11/3.13 upgrades
 * break, and the narrow fix for each — none of them is `CERT_NONE`.
 */
const UPGRADE_FIX = 'If this got past `certificate verify failed` after a Python upgrade, it hid the cause instead of fixing it: since 3.10 the default context refuses TLS 1.0/1.1, suites without forward secrecy or with SHA-1 MACs, and keys under 2048 bits (security level 2) — turning verification off does not even fix the cipher-suite break — and 3.13 adds `VERIFY_X509_STRICT`, which rejects private CAs without proper extensions. Fix the cause: for a private CA, `ctx.load_verify_locations(cafile=...)`; for a weak server key or old suites, re-issue the certificate or, for this one context, `ctx.set_ciphers("DEFAULT:@SECLEVEL=1")` (still reported, as a warning); on 3.13, `ctx.verify_flags &= ~ssl.VERIFY_X509_STRICT` or a CA with proper extensions';
const ELECTRON_FIX = 'Fix the certificate, or trust only the one certificate you expect: compare `certificate.fingerprint` with a pinned value for that host before calling back `true`.';
/* harmony default export */ const no_disabled_cert_verification = ((0,rule/* defineRule */.Km)({
    id: 'no-disabled-cert-verification',
    meta: {
        description: 'Disallow turning off TLS certificate verification for a connection, agent, client or the whole process.',
        category: 'certificate-verification',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            disabled: {
                risk: 'high',
                headline: 'Certificate verification is off (`rejectUnauthorized: false`) for {{target}}',
                text: `\`rejectUnauthorized\` is \`false\` here, which turns off certificate verification for {{target}}: ${WHY}. ${FIX}`,
            },
            globalAgent: {
                risk: 'critical',
                headline: 'Certificate verification is off in a process-wide default for {{target}}',
                text: `\`rejectUnauthorized\` is \`false\` in a process-wide default, which turns off certificate verification for {{target}} — and a per-request \`rejectUnauthorized: true\` cannot undo it: ${WHY}. Never weaken a global default: scope a \`ca\` option to the one client that needs it, or start Node with \`NODE_EXTRA_CA_CERTS\`.`,
            },
            legacyFalsy: {
                risk: 'low',
                headline: '`rejectUnauthorized: {{value}}` reads as turning verification off (it did before Node 12.22.5)',
                text: '`rejectUnauthorized: {{value}}` does not turn verification off on current Node (only `false` does), but it did before Node 12.22.5, 14.17.5 and 16.6.2 (CVE-2021-22939), and it reads as if it meant to. Remove the option — verification is on by default — or set it to `true`.',
            },
            conditional: {
                risk: 'medium',
                headline: 'Certificate verification is off for {{target}} {{condition}}',
                text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}, and conditions like this end up true in production: ${WHY}. Verify everywhere: give development and test servers certificates from a CA you trust and pass it with \`ca\` or \`NODE_EXTRA_CA_CERTS\`.`,
            },
            userSwitch: {
                risk: 'medium',
                headline: 'Certificate verification is off for {{target}} {{condition}}',
                text: `\`{{option}}: {{expression}}\` turns certificate verification off for {{target}} {{condition}}: ${WHY}. {{advice}}`,
            },
            ineffective: {
                risk: 'info',
                headline: '{{library}} has no `rejectUnauthorized` option: this line does nothing',
                text: '{{library}} has no `rejectUnauthorized` option, so this line does nothing: the connection still verifies certificates. Remove it; if it was meant to get past a certificate error, trust the CA instead (axios: `httpsAgent: new https.Agent({ ca })`).',
            },
            gotTopLevel: {
                risk: 'high',
                headline: 'Top-level `rejectUnauthorized: false` turns verification off in got 11 and older (got 12+ throws)',
                text: `A top-level \`rejectUnauthorized: false\` turns off certificate verification in got 11 and older (${WHY}), and got 12 and later throw "Unexpected option" on it. Remove it and trust the CA with \`https: { certificateAuthority: ca }\`.`,
            },
            libraryOption: {
                risk: 'high',
                headline: '`{{option}}` turns off certificate verification in {{library}}',
                text: `\`{{option}}\` turns off certificate verification in {{library}}: ${WHY}. {{fix}}`,
            },
            connectionString: {
                risk: 'high',
                headline: 'This connection string sets `{{parameter}}`: {{library}} skips certificate verification',
                text: `This connection string sets \`{{parameter}}\`, which makes {{library}} skip certificate verification: ${WHY}, credentials included. {{fix}}`,
            },
            postgresJsSsl: {
                risk: 'high',
                headline: "`ssl: '{{mode}}'` makes postgres.js encrypt without verifying the server's certificate",
                text: `\`ssl: '{{mode}}'\` makes postgres.js encrypt without verifying the server's certificate: ${WHY}, including credentials and query results. Use \`ssl: 'verify-full'\`, or an \`ssl\` object with the provider's \`ca\`.`,
            },
            proxySecure: {
                risk: 'high',
                headline: '`secure: false` makes this proxy accept any certificate from its HTTPS target',
                text: `\`secure: false\` makes this proxy accept any certificate from its HTTPS target (http-proxy copies it into \`rejectUnauthorized\`): ${WHY}. Remove it and trust the target's CA (\`ca\` in the proxy's \`agent\`, or \`NODE_EXTRA_CA_CERTS\`).`,
            },
            devProxySecure: {
                risk: 'low',
                headline: "`secure: false` makes this dev server's proxy accept any certificate from its HTTPS target",
                text: `\`secure: false\` makes this development server's proxy skip verifying its HTTPS target: ${WHY}. It runs on developers' machines rather than in production, so it is a note; still, remove it and let the dev server trust the target's CA (\`NODE_EXTRA_CA_CERTS\`), or point it at a local certificate issued by a CA you trust.`,
            },
            superagentDisable: {
                risk: 'high',
                headline: '`.disableTLSCerts()` turns off certificate verification for this superagent request',
                text: `\`.disableTLSCerts()\` turns off certificate verification for this superagent request: ${WHY}. Remove it and trust the server's CA with \`.ca(caCertificate)\`.`,
            },
            superagentLocalhost: {
                risk: 'low',
                headline: '`.trustLocalhost()` makes superagent accept any certificate from localhost',
                text: '`.trustLocalhost()` makes superagent accept any certificate from localhost, 127.0.0.1 and ::1; traffic to those addresses rarely crosses a network, but a local proxy or another user on the host can impersonate the server. Prefer a local CA trusted with `.ca()`.',
            },
            bareSocket: {
                risk: 'medium',
                headline: 'A client-side `new tls.TLSSocket(...)` verifies neither the certificate nor the host name',
                text: 'A client-side `new tls.TLSSocket(...)` verifies neither the certificate chain nor the host name, whatever `rejectUnauthorized` says, and nothing in this file checks `socket.authorized`: any certificate is accepted. Upgrade existing sockets with `tls.connect({ socket, servername, ca })`, which verifies both (`ca` for a private CA).',
            },
            tlsSocketDisabled: {
                risk: 'high',
                headline: '`rejectUnauthorized: false` on a client-side `tls.TLSSocket`: nothing about the server is verified',
                text: `\`rejectUnauthorized: false\` on a client-side \`new tls.TLSSocket(...)\` turns verification off explicitly — and a bare \`TLSSocket\` checks neither the chain nor the host name anyway: ${WHY}. Setting the option to \`true\` is not enough; upgrade the socket with \`tls.connect({ socket, servername, ca })\`, which verifies both (\`ca\` for a private CA).`,
            },
            electronTrustAll: {
                risk: 'high',
                headline: 'This `certificate-error` handler trusts every invalid certificate',
                text: `This \`certificate-error\` handler prevents the default and calls back \`true\` without looking at the URL, the error or the certificate, so the browser window trusts every invalid certificate: ${WHY}. ${ELECTRON_FIX}`,
            },
            electronTrustAllConditional: {
                risk: 'medium',
                headline: 'This `certificate-error` handler trusts every invalid certificate {{condition}}',
                text: `This \`certificate-error\` handler trusts every invalid certificate {{condition}}, without looking at the URL, the error or the certificate: ${WHY}. ${ELECTRON_FIX}`,
            },
            electronVerifyProc: {
                risk: 'critical',
                headline: 'This certificate verify procedure accepts every certificate for the whole session',
                text: `This certificate verify procedure only ever calls back \`0\` (accept), so the whole session trusts every certificate and Chromium caches the verdict: ${WHY}. Call back \`-3\` to use Chromium's own verification, and \`0\` only for a certificate you pinned.`,
            },
            electronSwitch: {
                risk: 'high',
                headline: 'The `ignore-certificate-errors` switch makes Chromium accept every invalid certificate',
                text: `The \`ignore-certificate-errors\` switch makes Chromium accept every invalid certificate in this app: ${WHY}. Remove the switch; trust a private CA through the operating system's store, or pin the one certificate in a \`certificate-error\` handler.`,
            },
            electronSpkiSwitch: {
                risk: 'medium',
                headline: '`ignore-certificate-errors-spki-list` makes Chromium accept the listed keys whatever their certificates say',
                text: '`ignore-certificate-errors-spki-list` makes Chromium accept the listed public keys whatever their certificates say (expired, wrong host, untrusted CA). Review that every key is one you control, and prefer trusting a private CA through the operating system.',
            },
            curlVerifyPeer: {
                risk: 'high',
                headline: "`{{option}}` makes libcurl skip verifying the server's certificate (SSL_VERIFYPEER 0)",
                text: `\`{{option}}\` makes libcurl (node-libcurl) skip verifying the server's certificate (CURLOPT_SSL_VERIFYPEER 0): ${WHY}. Remove it — libcurl verifies by default — and give a private CA with \`CAINFO\` (curly: \`caInfo\`).`,
            },
            pythonCertNone: {
                risk: 'high',
                headline: '`verify_mode = CERT_NONE` turns off certificate verification for this client context',
                text: `\`{{target}}.verify_mode = CERT_NONE\` turns off certificate verification for this client context: ${WHY}. ${UPGRADE_FIX}. Then keep \`CERT_REQUIRED\`.`,
            },
            pythonUpgradePanic: {
                risk: 'high',
                headline: '`check_hostname = False` + `verify_mode = CERT_NONE` turn off all certificate checks for `{{target}}`',
                text: `\`{{target}}.check_hostname = False\` together with \`{{target}}.verify_mode = CERT_NONE\` turns off certificate and host-name verification for this context: ${WHY}. ${UPGRADE_FIX}. Then remove both lines.`,
            },
            pythonUnverifiedContext: {
                risk: 'high',
                headline: '`{{api}}()` makes a context that verifies neither certificate nor host name',
                text: `\`{{api}}()\` makes a context with \`CERT_NONE\` and no host-name check (PEP 476's opt-out) for the connections that use it: ${WHY}. Use \`ssl.create_default_context()\` instead — with \`cafile='/path/to/ca.pem'\` for a private CA.`,
            },
            pythonContextUse: {
                risk: 'high',
                headline: '`{{api}}` connects with `{{context}}`, a context that verifies no certificate (line {{line}})',
                text: `\`{{api}}\` connects with \`{{context}}\`, whose certificate verification is turned off at line {{line}}: ${WHY}. Fix the context there — trust the server's CA with \`load_verify_locations(cafile=...)\` instead — or give this client a verified context of its own. Each client of an unverified context is reported, so that a new one shows up in review even when the context itself was accepted long ago.`,
            },
            pythonGlobalContext: {
                risk: 'critical',
                headline: '`ssl._create_default_https_context` is replaced: no stdlib HTTPS client in the process verifies',
                text: `\`ssl._create_default_https_context = {{value}}\` turns off certificate verification for every HTTPS connection of the standard library in this process that does not pass its own context — \`urllib.request\`, \`http.client\`, \`xmlrpc.client\` and everything built on them (requests, httpx and aiohttp make their own contexts): ${WHY}. Remove the override; pass \`context=ssl.create_default_context(cafile=...)\` to the one client that talks to a private CA, or set \`SSL_CERT_FILE\`.`,
            },
            pythonWrapSocket: {
                risk: 'high',
                headline: '`ssl.wrap_socket()` without `cert_reqs` verifies no certificate and no host name',
                text: `The module-level \`ssl.wrap_socket()\` defaults to \`cert_reqs=CERT_NONE\` and never checks the host name (nor sends SNI): ${WHY}. It was deprecated in Python 3.7 and removed in 3.12. Use \`ssl.create_default_context().wrap_socket(sock, server_hostname=host)\`, which verifies both — not \`ssl._create_unverified_context().wrap_socket(...)\`, which keeps the hole.`,
            },
            pythonNoVerifyContext: {
                risk: 'high',
                headline: '`{{call}}` starts with `CERT_NONE` and is used as a client without turning verification on',
                text: `\`{{call}}\` makes a context that starts with \`verify_mode = CERT_NONE\` and \`check_hostname = False\` (only \`PROTOCOL_TLS_CLIENT\` verifies by default), and it connects as a client here without turning verification on: ${WHY}. Use \`ssl.create_default_context()\` or \`ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\`, which verify the chain and the host name.`,
            },
            pythonServerContext: {
                risk: 'medium',
                headline: 'A server context (`Purpose.CLIENT_AUTH`) is used to connect as a client',
                text: 'This context comes from `ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)`, which makes a context for a *server* (`PROTOCOL_TLS_SERVER`, `CERT_NONE`, no host-name check), and it is used here to connect as a client: on Python 3.9 and older such a client verifies nothing, and 3.10 and later raise `SSLError`. For a client, call `ssl.create_default_context()` without a purpose (`Purpose.SERVER_AUTH` is the default).',
            },
            pythonServerContextCrash: {
                risk: 'low',
                headline: 'A server context (`Purpose.CLIENT_AUTH`) is used as a client: raises `SSLError` on {{version}}',
                text: 'This context comes from `ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)`, which makes a context for a *server*, and it is used here to connect as a client. This project targets Python {{version}}, where that raises `SSLError: Cannot create a client socket with a PROTOCOL_TLS_SERVER context` (before 3.10 it silently verified nothing). For a client, call `ssl.create_default_context()` without a purpose.',
            },
            pythonRequestsVerify: {
                risk: 'high',
                headline: '`verify={{value}}` turns off certificate verification for `{{api}}`',
                text: `\`verify={{value}}\` turns off certificate verification for \`{{api}}\` — requests treats every false value except \`None\` this way: ${WHY}. Pass the CA bundle instead (\`verify='/path/to/ca.pem'\`, or set \`REQUESTS_CA_BUNDLE\`); \`verify=None\` or no argument keeps the default.`,
            },
            pythonSessionVerify: {
                risk: 'high',
                headline: '`{{target}}.verify = {{value}}` turns off certificate verification for the whole session',
                text: `\`{{target}}.verify = {{value}}\` turns off certificate verification for every request of this requests session: ${WHY}. (With \`REQUESTS_CA_BUNDLE\` or \`CURL_CA_BUNDLE\` set, requests quietly verifies anyway, which is why it can look harmless in some environments.) Set \`{{target}}.verify = '/path/to/ca.pem'\` instead.`,
            },
            pythonHttpxVerify: {
                risk: 'high',
                headline: '`verify=False` turns off certificate verification for `{{api}}`',
                text: `\`verify=False\` turns off certificate verification for \`{{api}}\` (httpx builds a context with \`CERT_NONE\` and no host-name check): ${WHY}. Pass a context that trusts the CA: \`verify=ssl.create_default_context(cafile='/path/to/ca.pem')\` (httpx 0.28 deprecates a path string), or set \`SSL_CERT_FILE\`. Unlike requests, httpx takes only \`False\` as "off".`,
            },
            pythonAiohttpSsl: {
                risk: 'high',
                headline: '`{{option}}` turns off certificate verification for `{{api}}`',
                text: `\`{{option}}\` turns off certificate verification for \`{{api}}\`{{deprecated}}: ${WHY}. Pass a context that trusts the CA instead — \`ssl=ssl.create_default_context(cafile='/path/to/ca.pem')\` — or pin the one certificate with \`ssl=aiohttp.Fingerprint(sha256_digest)\`.`,
            },
            pythonCertReqs: {
                risk: 'high',
                headline: '`{{option}}` makes {{api}} skip certificate verification',
                text: `\`{{option}}\` makes {{api}} skip certificate verification (urllib3 takes \`'CERT_NONE'\`, \`'NONE'\`, \`ssl.CERT_NONE\` and \`0\` alike): ${WHY}. Keep the default (\`cert_reqs='CERT_REQUIRED'\`) and give the CA with \`ca_certs='/path/to/ca.pem'\`.`,
            },
            pythonCurlVerifyPeer: {
                risk: 'high',
                headline: '`{{option}}` = {{value}} makes libcurl skip verifying the certificate',
                text: `\`setopt({{option}}, {{value}})\` makes libcurl (pycurl) skip verifying the server's certificate (CURLOPT_SSL_VERIFYPEER 0): ${WHY}. Remove it — libcurl verifies by default — and give a private CA with \`c.setopt(pycurl.CAINFO, '/path/to/ca.pem')\`.`,
            },
            pythonOpenSslVerify: {
                risk: 'high',
                headline: 'This pyOpenSSL context accepts any certificate ({{how}})',
                text: `This pyOpenSSL context turns certificate verification off ({{how}}): ${WHY}. Use \`ctx.set_verify(SSL.VERIFY_PEER)\` without a callback (or one that returns \`preverify_ok\`), trust the CA with \`ctx.load_verify_locations(cafile)\`, and check the host name (\`service_identity\`).`,
            },
            pythonCertVerifyOverride: {
                risk: 'high',
                headline: 'This `cert_verify` override makes the adapter skip certificate verification',
                text: `This \`cert_verify\` override calls requests' \`HTTPAdapter.cert_verify\` with \`verify=False\`, so every request through the adapter skips certificate verification, whatever it asked for: ${WHY}. Mount a plain \`HTTPAdapter\` and pass the CA bundle (\`verify='/path/to/ca.pem'\`) for the host that needs it.`,
            },
            pythonWarningsSilenced: {
                risk: 'low',
                headline: '`{{call}}` silences the warning urllib3 prints for requests without certificate checks',
                text: "`{{call}}` silences `InsecureRequestWarning`, the warning urllib3 (and requests) print for every request that does not verify its certificate — code does this when it makes such requests. Find the `verify=False` or `cert_reqs='CERT_NONE'` it hides and fix that (trust the CA with `verify='/path/to/ca.pem'`); then this line has nothing left to silence.",
            },
            pythonStrictRelaxed: {
                risk: 'low',
                headline: '`verify_flags &= ~VERIFY_X509_STRICT` relaxes the certificate checks of Python 3.13',
                text: '`{{target}}.verify_flags &= ~ssl.VERIFY_X509_STRICT` turns off the strict RFC 5280 checks that Python 3.13 added to the default context: certificates from a CA without proper extensions (Authority Key Identifier, Basic Constraints) are accepted again. This is the narrow, per-context workaround for a private CA that 3.13 rejects — far better than `CERT_NONE` — but the real fix is to re-issue the CA certificate with the required extensions.',
            },
            electronLocalhostSwitch: {
                risk: 'low',
                headline: '`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost',
                text: "`allow-insecure-localhost` makes Chromium accept invalid certificates from localhost; another process on the machine can then impersonate a local service. Use a local CA (for example mkcert's) instead.",
            },
            ...CONFIG_CERT_MESSAGES,
        },
        suggestions: {
            removeOption: 'Remove `rejectUnauthorized: false`: certificates are then verified, as by default (trust a private CA with the `ca` option).',
            removeAssignment: 'Remove this assignment of `false` to `rejectUnauthorized`: certificates are then verified, as by default (trust a private CA with the `ca` option).',
        },
    },
    triggers: {
        javascript: [
            'rejectUnauthorized',
            'strictSSL',
            'AllowInvalidCertificates',
            'allowinvalidcertificates',
            'tlsInsecure',
            'tlsinsecure',
            'sslValidate',
            'sslvalidate',
            'rustServerCertificate',
            'rustservercertificate',
            'ignoreSslError',
            'sslmode',
            // postgres.js `ssl: 'require'`; http-proxy and dev-server proxies `secure: false`.
            ['postgres', 'ssl'],
            ['secure:', 'proxy'],
            ["secure':", 'proxy'],
            ['secure":', 'proxy'],
            ['secure =', 'proxy'],
            ['secure=', 'proxy'],
            'disableTLSCerts',
            'trustLocalhost',
            'TLSSocket',
            'certificate-error',
            'setCertificateVerifyProc',
            'allow-insecure-localhost',
            'ignore-certificate-errors',
            ...libcurl_options/* CURL_TRIGGERS */.Ng,
        ],
        config: [
            'curl',
            'wget',
            'insecure',
            // `-k` alone on a line of a `.curlrc`; on command lines the `curl` word triggers.
            '-k\n',
            '-k\r',
            'strict-ssl',
            'StrictSsl',
            'sslVerify',
            'sslverify',
            'check_certificate',
            'check-certificate',
            'checkcertificate',
            'trusted-host',
            'trusted_host',
        ],
        python: [
            'verify_mode',
            'CERT_NONE',
            'cert_reqs',
            '_create_unverified_context',
            '_create_stdlib_context',
            '_create_default_https_context',
            'wrap_socket',
            'SSLContext',
            'CLIENT_AUTH',
            // requests and httpx `verify=`, aiohttp `ssl=` / `verify_ssl=`, also as `**kwargs` keys.
            'verify=',
            'verify =',
            "'verify'",
            '"verify"',
            'verify_ssl',
            'ssl=',
            'ssl =',
            "'ssl'",
            '"ssl"',
            'SSL_VERIFYPEER',
            'set_verify',
            'cert_verify',
            'disable_warnings',
            'InsecureRequestWarning',
            'Unverified HTTPS',
            'VERIFY_X509_STRICT',
        ],
    },
}));

;// CONCATENATED MODULE: ./src/rules/no-hostname-verification-bypass/index.ts


const no_hostname_verification_bypass_WHY = 'the certificate chain is still checked, so anyone holding a certificate from a trusted CA for any name (one for their own domain is enough) can impersonate the server and read or change the traffic';
const no_hostname_verification_bypass_FIX = "Keep the default `tls.checkServerIdentity`. If the host is reached under another name, set `servername` to the name in its certificate or reissue the certificate with the name you use; to pin, return `tls.checkServerIdentity(host, cert)`'s error first and then compare `cert.fingerprint256`.";
/** How to fix a library switch; `caOption` is where that library takes a private CA. */
function switchFix(caOption) {
    return `Connect with the host name the certificate was issued for, or reissue the certificate with that name in its subjectAltName; trust a private CA with ${caOption} rather than skipping the name check.`;
}
const PY_FIX = 'Leave `check_hostname` on; when you connect by IP address or through a tunnel, pass the name in the certificate as `server_hostname=` (or reissue the certificate with the name you use). Trust a private CA with `ctx.load_verify_locations(cafile=...)`, not by skipping the name check.';
/* harmony default export */ const no_hostname_verification_bypass = ((0,rule/* defineRule */.Km)({
    id: 'no-hostname-verification-bypass',
    meta: {
        description: 'Disallow skipping the check that a TLS certificate was issued for the host being connected to.',
        category: 'hostname-verification',
        cwe: ['CWE-297'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            noop: {
                risk: 'high',
                headline: 'This `checkServerIdentity` accepts a certificate for any host name for {{target}}',
                text: `This \`checkServerIdentity\` can only return a falsy value, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${no_hostname_verification_bypass_WHY}. ${no_hostname_verification_bypass_FIX}`,
            },
            discarded: {
                risk: 'high',
                headline: 'This `checkServerIdentity` throws away the host-name check for {{target}}',
                text: `This \`checkServerIdentity\` calls \`tls.checkServerIdentity\` but throws its result away and returns nothing, which Node reads as "the host name matches", so a certificate issued for any host is accepted for {{target}}: ${no_hostname_verification_bypass_WHY}. Return the error: \`(host, cert) => tls.checkServerIdentity(host, cert)\` — or drop the option to keep the default.`,
            },
            processWide: {
                risk: 'critical',
                headline: 'A process-wide `checkServerIdentity` accepts any host name for every TLS connection',
                text: `This installs a \`checkServerIdentity\` that can only return a falsy value for {{target}}, so all of them accept a certificate issued for any host: ${no_hostname_verification_bypass_WHY}. Never replace the default process-wide; fix the host name or the certificate, or scope a \`servername\` to the one client that needs it.`,
            },
            conditional: {
                risk: 'medium',
                headline: 'Host-name verification is off for {{target}} {{condition}}',
                text: `\`checkServerIdentity\` is \`{{expression}}\`: a function that accepts every host name for {{target}} {{condition}}; switches like this end up on in production. ${no_hostname_verification_bypass_FIX}`,
            },
            mongoInvalidHostnames: {
                risk: 'medium',
                headline: '{{option}} makes the MongoDB driver accept a certificate issued for any host',
                text: `{{option}} makes the MongoDB driver replace \`checkServerIdentity\` with a no-op, so the database connection accepts a certificate issued for any host: ${no_hostname_verification_bypass_WHY}, including credentials and query results. Remove the option. ${switchFix('`tlsCAFile`')}`,
            },
            mysqlNoVerifyIdentity: {
                risk: 'medium',
                headline: '`verifyIdentity: false` makes mysql2 accept a certificate issued for any host',
                text: `\`verifyIdentity: false\` tells mysql2 not to check the server's host name against its certificate, so the database connection accepts a certificate issued for any host: ${no_hostname_verification_bypass_WHY}, including credentials and query results. Set \`verifyIdentity: true\`. ${switchFix('`ssl.ca`')}`,
            },
            denoNoHostnameVerification: {
                risk: 'medium',
                headline: '`unsafelyDisableHostnameVerification: true` makes Deno accept a certificate for any host',
                text: `\`unsafelyDisableHostnameVerification: true\` makes \`Deno.connectTls\` / \`Deno.startTls\` accept a certificate issued for any host: ${no_hostname_verification_bypass_WHY}. Remove the option. ${switchFix('`caCerts`')}`,
            },
            conditionalSwitch: {
                risk: 'low',
                headline: '`{{option}}` turns host-name verification off {{condition}}',
                text: `\`{{option}}\` is \`{{expression}}\`, which turns host-name verification off {{condition}}; switches like this end up flipped in production. Verify host names everywhere. ${switchFix("the client's CA option")}`,
            },
            curlVerifyHost: {
                risk: 'medium',
                headline: '`{{option}}` makes libcurl accept a certificate issued for any host name (SSL_VERIFYHOST 0)',
                text: `\`{{option}}\` makes libcurl (node-libcurl) accept a certificate issued for any host name (CURLOPT_SSL_VERIFYHOST 0): ${no_hostname_verification_bypass_WHY}. Remove it: libcurl checks the host name by default (\`2\`). ${switchFix('`CAINFO` (curly: `caInfo`)')}`,
            },
            pythonCheckHostname: {
                risk: 'high',
                headline: '`{{target}}.check_hostname = False` turns off host-name verification for this client context',
                text: `\`{{target}}.check_hostname = False\` turns off host-name verification for this client context: ${no_hostname_verification_bypass_WHY}. ${PY_FIX}`,
            },
            pythonCheckHostnamePrivateCa: {
                risk: 'medium',
                headline: '`{{target}}.check_hostname = False`: any certificate of the loaded CA is accepted, for any host',
                text: `\`{{target}}.check_hostname = False\` turns off host-name verification for a context that trusts only the CA it loads ({{how}}): any certificate that CA issued — for any host — is accepted, so whoever holds one can impersonate this server. ${PY_FIX}`,
            },
            pythonHttpsConnection: {
                risk: 'high',
                headline: '`check_hostname=False` makes `{{api}}` accept a certificate issued for any host',
                text: `\`check_hostname=False\` makes \`{{api}}\` accept a certificate issued for any host: ${no_hostname_verification_bypass_WHY}. The keyword was deprecated in Python 3.6 and removed in 3.12. Remove it and pass a \`context=ssl.create_default_context(...)\` instead. ${PY_FIX}`,
            },
            pythonAssertHostname: {
                risk: 'high',
                headline: '`assert_hostname=False` makes `{{api}}` accept a certificate issued for any host',
                text: `\`assert_hostname=False\` makes \`{{api}}\` skip the host-name check: ${no_hostname_verification_bypass_WHY}. Remove it; when the server is reached under another name, pass that name as \`assert_hostname='name.in.cert'\` or \`server_hostname=\`, or pin with \`assert_fingerprint=\`.`,
            },
            pythonCurlVerifyHost: {
                risk: 'medium',
                headline: '`{{option}}` = {{value}} makes libcurl accept a certificate for any host name',
                text: `\`setopt({{option}}, {{value}})\` makes libcurl (pycurl) accept a certificate issued for any host name (CURLOPT_SSL_VERIFYHOST 0): ${no_hostname_verification_bypass_WHY}. Remove it: libcurl checks the host name by default (\`2\`). Give a private CA with \`c.setopt(pycurl.CAINFO, '/path/to/ca.pem')\`.`,
            },
        },
    },
    triggers: {
        javascript: [
            'checkServerIdentity',
            'AllowInvalidHostnames',
            'allowinvalidhostnames',
            'ALLOWINVALIDHOSTNAMES',
            'verifyIdentity',
            'unsafelyDisableHostnameVerification',
            ...libcurl_options/* CURL_TRIGGERS */.Ng,
        ],
        python: ['check_hostname', 'assert_hostname', 'SSL_VERIFYHOST'],
    },
}));

// EXTERNAL MODULE: ./src/rules/no-insecure-browser-automation/index.ts
var no_insecure_browser_automation = __webpack_require__(73779);
;// CONCATENATED MODULE: ./src/rules/no-insecure-tls-version/index.ts

const no_insecure_tls_version_FIX = "Let Node negotiate TLS 1.2 or 1.3 (its default), or say so explicitly with `minVersion: 'TLSv1.2'`; if one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.";
const RFC = 'deprecated by RFC 8996';
const no_insecure_tls_version_PY_FIX = 'Use `ssl.create_default_context()` (TLS 1.2 or later since Python 3.10) or `ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)`, and set a floor explicitly if you want one: `ctx.minimum_version = ssl.TLSVersion.TLSv1_2`. If one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.';
/* harmony default export */ const no_insecure_tls_version = ((0,rule/* defineRule */.Km)({
    id: 'no-insecure-tls-version',
    meta: {
        description: 'Disallow allowing or pinning SSL 3.0, TLS 1.0 or TLS 1.1, and lowering the TLS version floor of a connection, server or process.',
        category: 'protocol-version',
        cwe: ['CWE-757'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            sslMethod: {
                risk: 'high',
                headline: "`secureProtocol: '{{method}}'` asks for broken SSL {{version}} (and throws on current Node)",
                text: `\`secureProtocol: '{{method}}'\` asks for SSL {{version}}, which is broken (POODLE, DROWN). Current Node refuses these methods and throws \`ERR_TLS_INVALID_PROTOCOL_METHOD\`, so this code crashes on every supported Node and speaks broken SSL on the old runtimes it was written for. Remove \`secureProtocol\`. ${no_insecure_tls_version_FIX}`,
            },
            weakMethod: {
                risk: 'high',
                headline: "`secureProtocol: '{{method}}'` pins {{target}} to deprecated TLS {{version}}",
                text: `\`secureProtocol: '{{method}}'\` pins {{target}} to TLS {{version}} (${RFC}): it can never use TLS 1.2 or 1.3, and its old ciphers and handshake are open to downgrade and BEAST-class attacks. Remove \`secureProtocol\`. ${no_insecure_tls_version_FIX}`,
            },
            weakMinVersion: {
                risk: 'medium',
                headline: "`minVersion: '{{value}}'` lets {{target}} fall back to deprecated TLS {{version}}",
                text: `\`minVersion: '{{value}}'\` lets {{target}} fall back to TLS {{version}} (${RFC}), which a network attacker can force by downgrade. On OpenSSL 3 (Node 17+) the handshake additionally needs \`@SECLEVEL=0\`, but on older runtimes it works as written. Set \`minVersion: 'TLSv1.2'\` — Node's default since 12 — or drop the option.`,
            },
            weakMaxVersion: {
                risk: 'medium',
                headline: "`maxVersion: '{{value}}'` caps {{target}} at deprecated TLS {{version}}",
                text: `\`maxVersion: '{{value}}'\` caps {{target}} at TLS {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless \`@SECLEVEL=0\` is added. Remove \`maxVersion\` (or set it to \`'TLSv1.3'\`). ${no_insecure_tls_version_FIX}`,
            },
            seclevelVersion: {
                risk: 'high',
                headline: "`{{option}}: '{{value}}'` with `@SECLEVEL=0` negotiates deprecated TLS {{version}} for {{target}}",
                text: `\`{{option}}: '{{value}}'\` together with \`@SECLEVEL=0\` in the same options' \`ciphers\` really negotiates TLS {{version}} (${RFC}) for {{target}}: security level 0 re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 otherwise refuses. Use \`minVersion: 'TLSv1.2'\` and remove \`@SECLEVEL=0\`. ${no_insecure_tls_version_FIX}`,
            },
            globalVersion: {
                risk: 'high',
                headline: "Setting `tls.{{name}}` to `'{{value}}'` {{effect}} for the whole process",
                text: `Setting \`tls.{{name}}\` to \`'{{value}}'\` {{effect}} for every TLS client and server in this process that does not set its own \`minVersion\`/\`maxVersion\`, including those created by libraries. TLS {{version}} is ${RFC}. Remove the assignment; if one legacy peer needs an old protocol, set \`minVersion\` on that one connection and plan to retire it.`,
            },
            globalMaxTls12: {
                risk: 'info',
                headline: '{{setting}} turns TLS 1.3 off for {{target}}',
                text: "{{setting}} turns TLS 1.3 off for {{target}}. TLS 1.2 is still safe, but TLS 1.3 removes the legacy handshake options and is faster; a process-wide cap usually outlives the one server that needed it. Remove it, and if one peer fails with TLS 1.3, cap only that connection with `maxVersion: 'TLSv1.2'`.",
            },
            cliMinVersion: {
                risk: 'medium',
                headline: '`{{flag}}` lowers the default minimum TLS version to {{version}} for {{target}}',
                text: `\`{{flag}}\` lowers the default minimum TLS version to {{version}} (${RFC}) for {{target}}: every connection and server there that does not set \`minVersion\` accepts the old protocol. Remove the flag. ${no_insecure_tls_version_FIX}`,
            },
            secureOptions: {
                risk: 'medium',
                headline: '`secureOptions` sets {{flags}}, which weakens the protocol',
                text: '`secureOptions` sets {{flags}}: {{effects}}. Remove these flags; choose protocol versions with `minVersion`/`maxVersion` (default TLS 1.2–1.3) and never enable legacy renegotiation.',
            },
            pythonProtocol: {
                risk: 'high',
                headline: '`{{constant}}` selects {{version}}, a broken or deprecated protocol',
                text: `\`{{constant}}\` selects {{version}}: {{why}}. ${no_insecure_tls_version_PY_FIX}`,
            },
            pythonMinimumVersion: {
                risk: 'medium',
                headline: '`{{setting}}` lets the connection fall back to {{version}}',
                text: `\`{{setting}}\` lets {{target}} fall back to {{version}} (${RFC}), which a network attacker can force by downgrade. With Python 3.10+ on OpenSSL 3 the handshake also needs \`@SECLEVEL=0\`, but on older builds it works as written. Set the floor to \`ssl.TLSVersion.TLSv1_2\` — the default since Python 3.10 — or remove the line.`,
            },
            pythonMaximumVersion: {
                risk: 'medium',
                headline: '`{{setting}}` caps the connection at {{version}}',
                text: `\`{{setting}}\` caps {{target}} at {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless the security level is lowered too. Remove the cap (or set \`ssl.TLSVersion.MAXIMUM_SUPPORTED\`). ${no_insecure_tls_version_PY_FIX}`,
            },
            pythonVersionSeclevel: {
                risk: 'high',
                headline: '`{{setting}}` with `@SECLEVEL={{level}}` on the same context really negotiates {{version}}',
                text: `\`{{setting}}\` together with \`@SECLEVEL={{level}}\` in this context's \`set_ciphers\` really negotiates {{version}} (${RFC}) for {{target}}: the lowered security level re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 and Python 3.10+ otherwise refuse. Keep the floor at \`ssl.TLSVersion.TLSv1_2\` and remove the \`@SECLEVEL\` override. ${no_insecure_tls_version_PY_FIX}`,
            },
            pythonReenabled: {
                risk: 'medium',
                headline: '`{{setting}}` re-enables {{version}} on this context',
                text: `\`{{setting}}\` clears \`{{flags}}\`, re-enabling {{version}} (${RFC}) for {{target}}: a network attacker can force the connection down to it. The \`OP_NO_*\` flags are deprecated since Python 3.10 anyway: remove the line and set \`ctx.minimum_version = ssl.TLSVersion.TLSv1_2\`.`,
            },
            conditional: {
                risk: 'low',
                headline: '{{option}} allows {{protocol}} {{condition}}',
                text: `{{option}} is \`{{expression}}\`, which allows {{protocol}} (${RFC}) {{condition}} — and switches like this end up on in production. Require TLS 1.2 or later in every environment; if a test peer only speaks an old protocol, upgrade the peer.`,
            },
        },
        suggestions: {
            useMinVersion: "Replace `secureProtocol` with `minVersion: 'TLSv1.2'`: Node then negotiates TLS 1.2 or 1.3.",
        },
    },
    triggers: {
        javascript: [
            'secureProtocol',
            // Only 'TLSv1' and 'TLSv1.1' are reported, and both contain this.
            ['minVersion', 'TLSv1'],
            ['maxVersion', 'TLSv1'],
            'DEFAULT_MIN_VERSION',
            'DEFAULT_MAX_VERSION',
            '--tls-min-v1.',
            '--tls-max-v1.2',
            'secureOptions',
        ],
        config: ['--tls-min-v1.', '--tls-max-v1.2'],
        python: [
            // ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/TLSv1_1 and pyOpenSSL's SSLv2/SSLv3/TLSv1/TLSv1_1 methods.
            'PROTOCOL_SSLv',
            'PROTOCOL_TLSv1',
            '_METHOD',
            'minimum_version',
            'maximum_version',
            'OP_NO_',
        ],
    },
}));

;// CONCATENATED MODULE: ./src/rules/config/key-logging-messages.ts
const CONFIG_KEYLOG_MESSAGES = {
    configSslKeyLogFile: {
        risk: 'medium',
        headline: '`SSLKEYLOGFILE` writes the TLS session keys of {{reach}} to {{file}}',
        text: "`SSLKEYLOGFILE` is set for {{reach}}: Python's `ssl`, curl and browsers then write the TLS session keys of every connection to {{file}}, and anyone who can read that file — there, in an image layer or in a backup — can decrypt every recorded connection, passwords and tokens included. Remove it; set it only by hand in a debugging session.",
    },
};

;// CONCATENATED MODULE: ./src/rules/no-tls-key-logging/index.ts


const no_tls_key_logging_WHY = 'anyone who can read the keys — there, in backups or in the log pipeline — can decrypt every recorded connection, passwords and tokens included';
/* harmony default export */ const no_tls_key_logging = ((0,rule/* defineRule */.Km)({
    id: 'no-tls-key-logging',
    meta: {
        description: 'Disallow writing TLS session keys to files or logs with a keylog listener, the --tls-keylog flag, SSLKEYLOGFILE or keylog_filename.',
        category: 'key-logging',
        cwe: ['CWE-532'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            keylogFile: {
                risk: 'medium',
                headline: "This `'keylog'` listener writes the TLS session keys of `{{emitter}}` to a file through `{{sink}}`",
                text: `This \`'keylog'\` listener writes the TLS session keys of \`{{emitter}}\` to a file or stream through \`{{sink}}\`: ${no_tls_key_logging_WHY}. Node itself warns that key logging makes TLS insecure. Remove the listener; for a one-off debugging session, enable it only behind an explicit opt-in such as \`SSLKEYLOGFILE\`, never in shipped code.`,
            },
            keylogLogged: {
                risk: 'low',
                headline: "This `'keylog'` listener passes the TLS session keys of `{{emitter}}` to `{{sink}}`",
                text: `This \`'keylog'\` listener passes the TLS session keys of \`{{emitter}}\` to \`{{sink}}\`: console output and application logs are usually collected and kept, and ${no_tls_key_logging_WHY}. Remove the listener; if you need keys to debug, write them to a local file behind an explicit, temporary opt-in.`,
            },
            keylogOptIn: {
                risk: 'low',
                headline: 'This {{what}} writes TLS session keys when `{{condition}}` holds',
                text: 'This {{what}} writes TLS session keys only when `{{condition}}` holds. Left switched on — in staging, or in production by mistake — it exposes the keys of every connection, and anyone who can read the file can decrypt recorded traffic. Make it an explicit debugging opt-in such as `SSLKEYLOGFILE` (the file exists only when an operator names it), and remove the code once the debugging is done.',
            },
            pythonKeylogFile: {
                risk: 'medium',
                headline: '`{{target}}.keylog_filename` writes the TLS session keys of this context to a file',
                text: `Setting \`{{target}}.keylog_filename\` to {{file}} makes every connection of this context write its TLS session keys to that file: ${no_tls_key_logging_WHY}. Remove it; for a one-off debugging session set \`SSLKEYLOGFILE\` by hand in your shell, never in code that ships.`,
            },
            pythonKeylogVariable: {
                risk: 'medium',
                headline: '`SSLKEYLOGFILE` set for {{target}}: their TLS session keys go to a file',
                text: `Setting \`SSLKEYLOGFILE\` for {{target}} makes every context from \`ssl.create_default_context()\` (Python 3.8+), curl, Firefox and Chrome write their TLS session keys to {{file}}: ${no_tls_key_logging_WHY}. Remove it; set the variable by hand in a debugging shell, never in code that ships.`,
            },
            keylogFlag: {
                risk: 'medium',
                headline: '`--tls-keylog` makes {{target}} write TLS session keys to {{file}}',
                text: `\`--tls-keylog\` makes {{target}} write the TLS session keys of every connection to {{file}}: ${no_tls_key_logging_WHY}, and Node warns that it makes TLS insecure. Remove the flag; use it only by hand in a debugging session, never in code that ships.`,
            },
            ...CONFIG_KEYLOG_MESSAGES,
        },
    },
    triggers: {
        javascript: ["'keylog", '"keylog', '`keylog', '-keylog'],
        config: ['--tls-keylog', 'SSLKEYLOGFILE'],
        python: ['keylog_filename', 'SSLKEYLOGFILE'],
    },
}));

// EXTERNAL MODULE: ./src/rules/no-tls-verification-env-override/index.ts + 1 modules
var no_tls_verification_env_override = __webpack_require__(76120);
;// CONCATENATED MODULE: ./src/rules/no-unenforced-client-certs/index.ts

const no_unenforced_client_certs_FIX = 'Drop the `rejectUnauthorized` override so the handshake fails for clients whose certificate does not chain to the `ca` you trust. If you need a custom error response instead, reject every connection or request whose `socket.authorized` (`req.socket.authorized`) is false before serving anything.';
/* harmony default export */ const no_unenforced_client_certs = ((0,rule/* defineRule */.Km)({
    id: 'no-unenforced-client-certs',
    meta: {
        description: 'Disallow TLS servers that ask clients for a certificate but accept clients whose certificate fails verification.',
        category: 'client-certificates',
        cwe: ['CWE-295'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            unenforced: {
                risk: 'high',
                headline: '{{api}} asks for client certificates but accepts invalid ones (`rejectUnauthorized: false`)',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate is missing, self-signed, expired or from an unknown CA — and no handler in view checks \`socket.authorized\`, so any client passes as an authenticated one. ${no_unenforced_client_certs_FIX}`,
            },
            unguarded: {
                risk: 'medium',
                headline: '{{api}} accepts clients whose certificate fails verification; no handler visibly rejects them',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized: false\` completes the handshake when that certificate fails verification. Code in this file looks at a peer's certificate or \`authorized\` flag, but no handler of this server visibly turns unauthorized clients away — and \`getPeerCertificate()\` returns unverified certificates too — every listener, route and middleware has to repeat the check, and one that forgets serves unauthenticated clients. ${no_unenforced_client_certs_FIX}`,
            },
            conditional: {
                risk: 'medium',
                headline: '{{api}} accepts clients whose certificate fails verification {{condition}}',
                text: `{{api}} asks clients for a certificate (\`requestCert: true\`), but \`rejectUnauthorized\` is \`{{expression}}\`, which is \`false\` {{condition}}: then the server accepts clients whose certificate fails verification, and no handler in view checks \`socket.authorized\`. Switches like this end up off in production. ${no_unenforced_client_certs_FIX}`,
            },
        },
    },
    triggers: { javascript: ['requestCert'] },
}));

;// CONCATENATED MODULE: ./src/rules/no-weak-ciphers/index.ts

const no_weak_ciphers_FIX = "Use Node's default cipher list (`tls.DEFAULT_CIPHERS`); if you must customise it, only remove suites (`tls.DEFAULT_CIPHERS + ':!X'`) and never lower `@SECLEVEL`.";
const SECLEVEL_ZERO = '`@SECLEVEL=0` sets the OpenSSL security level to 0, which re-enables null-encryption and anonymous suites, MD5 and SHA-1 signatures, tiny keys and TLS 1.0/1.1';
const no_weak_ciphers_PY_FIX = "Keep Python's default cipher list (since 3.10: forward-secret AEAD suites at security level 2); if you must customise it, only remove suites (`ctx.set_ciphers(ctx_default + ':!X')`) and never lower `@SECLEVEL`.";
/* harmony default export */ const no_weak_ciphers = ((0,rule/* defineRule */.Km)({
    id: 'no-weak-ciphers',
    meta: {
        description: 'Disallow enabling weak, null or anonymous TLS cipher suites, lowering the OpenSSL security level, or accepting small Diffie-Hellman groups.',
        category: 'cipher-suites',
        cwe: ['CWE-327'],
        confidence: 'high',
        status: 'stable',
        since: '0.1.0',
        messages: {
            seclevelZero: {
                risk: 'high',
                headline: 'This cipher list contains {{tokens}}, which allows suites without encryption, for {{target}}',
                text: `This cipher list contains {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${no_weak_ciphers_FIX}`,
            },
            weak: {
                risk: 'medium',
                headline: 'This cipher list enables broken suites {{tokens}} for {{target}}',
                text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the runtime still ships them (OpenSSL 1.x, Node ≤ 16) — and on OpenSSL 3 they are silently dropped, so the list does not mean what it says either. ${no_weak_ciphers_FIX}`,
            },
            legacy: {
                risk: 'low',
                headline: 'This cipher list enables legacy suites {{tokens}} for {{target}}',
                text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption. Prefer ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 — Node's default list already does.`,
            },
            global: {
                risk: 'high',
                headline: '{{setting}} enables weak suites {{tokens}} for {{target}}',
                text: `{{setting}} replaces the default cipher list of {{target}} with one that enables {{tokens}} ({{weaknesses}}): every TLS client and server there that does not set its own \`ciphers\` — including those inside libraries — can be downgraded to these suites. Remove it; if one legacy peer needs an old suite, set \`ciphers\` on that one connection and plan to retire it. ${no_weak_ciphers_FIX}`,
            },
            conditionalSeclevelZero: {
                risk: 'medium',
                headline: '{{setting}} contains `@SECLEVEL=0` {{condition}}',
                text: `{{setting}} is \`{{expression}}\`, which contains \`@SECLEVEL=0\` {{condition}}: ${SECLEVEL_ZERO} for {{target}}, and switches like this end up on in production. Keep the default security level in every environment. ${no_weak_ciphers_FIX}`,
            },
            conditional: {
                risk: 'low',
                headline: '{{setting}} enables {{tokens}} {{condition}}',
                text: `{{setting}} is \`{{expression}}\`, which enables {{tokens}} ({{weaknesses}}) for {{target}} {{condition}} — switches like this end up on in production. Use the same strong cipher list in every environment. ${no_weak_ciphers_FIX}`,
            },
            pythonSeclevelZero: {
                risk: 'high',
                headline: '`@SECLEVEL=0` in `{{call}}` re-enables null, anonymous and export-grade TLS',
                text: `\`{{call}}\` sets {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${no_weak_ciphers_PY_FIX}`,
            },
            pythonSeclevelOne: {
                risk: 'medium',
                headline: '`@SECLEVEL=1` in `{{call}}` lowers Python’s security level for this context',
                text: `\`{{call}}\` lowers {{target}} from security level 2 (Python 3.10+) to 1, which accepts 1024-bit RSA and DH keys and SHA-1 signatures again. It is the narrow workaround for a server whose certificate key or suites a Python upgrade started to refuse — far better than \`CERT_NONE\`, which does not even fix that — but it still weakens this connection: re-issue the server's certificate with a 2048-bit key (or upgrade its TLS stack), then remove \`@SECLEVEL=1\`.`,
            },
            pythonWeak: {
                risk: 'medium',
                headline: '`{{call}}` enables weak cipher suites: {{tokens}}',
                text: `\`{{call}}\` enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the OpenSSL build still has them — on OpenSSL 3 they are silently dropped or refused, so the list does not mean what it says either. ${no_weak_ciphers_PY_FIX}`,
            },
            pythonLegacy: {
                risk: 'low',
                headline: '`{{call}}` enables legacy cipher suites: {{tokens}}',
                text: `\`{{call}}\` enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption, which Python 3.10 removed from its default list. ${no_weak_ciphers_PY_FIX}`,
            },
            pythonDefault: {
                risk: 'low',
                headline: "`{{call}}` replaces Python's hardened cipher list with OpenSSL's default",
                text: `\`{{call}}\` replaces Python's own cipher list for {{target}} with OpenSSL's \`DEFAULT\`, which brings back suites without forward secrecy or with SHA-1 MACs that Python 3.10 removed. Usually it was added to reach an old server; prefer upgrading that server. ${no_weak_ciphers_PY_FIX}`,
            },
            weakDh: {
                risk: 'low',
                headline: '`minDHSize: {{value}}` lets {{target}} accept Diffie-Hellman groups of only {{value}} bits',
                text: "`minDHSize: {{value}}` lets {{target}} accept finite-field Diffie-Hellman groups as small as {{value}} bits; groups below 2048 bits are within reach of precomputation attacks such as Logjam. Set `minDHSize: 2048` or higher (Node's default is only 1024), and prefer ECDHE suites.",
            },
        },
        suggestions: {
            dropSeclevelZero: 'Remove `@SECLEVEL=0` from this cipher list: OpenSSL then keeps its default security level.',
        },
    },
    triggers: {
        javascript: [
            // `ciphers` as an option key, an assignment or a shorthand property — not the word in attribute
            // names and prose (`tls.client.supported_ciphers`) or in type declarations (`ciphers?: string`).
            'ciphers:',
            "ciphers':",
            'ciphers":',
            'ciphers =',
            'ciphers=',
            'ciphers }',
            'ciphers,',
            'ciphers :',
            "ciphers']",
            'ciphers"]',
            'DEFAULT_CIPHERS',
            '--tls-cipher-list',
            'minDHSize',
        ],
        config: ['--tls-cipher-list'],
        python: ['set_ciphers', 'set_cipher_list', 'ciphers=', "'ciphers'", '"ciphers"'],
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts









/**
 * Every rule, sorted by id: metadata and trigger words, no checkers (each language loads its own, see
 * `rules/checkers/`), so a scan that parses nothing loads no analysis code. Explicit imports (no
 * directory scan) so the bundler sees them all.
 */
const RULES = [
    no_deprecated_tls_api,
    no_disabled_cert_verification,
    no_hostname_verification_bypass,
    no_insecure_browser_automation/* default */.A,
    no_insecure_tls_version,
    no_tls_key_logging,
    no_tls_verification_env_override/* default */.A,
    no_unenforced_client_certs,
    no_weak_ciphers,
];
function findRule(id) {
    return RULES.find((rule) => rule.id === id);
}


/***/ })

};
