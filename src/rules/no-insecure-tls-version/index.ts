import { defineRule } from '../../core/rule.js';

export type MessageId =
  | 'sslMethod'
  | 'weakMethod'
  | 'weakMinVersion'
  | 'weakMaxVersion'
  | 'seclevelVersion'
  | 'globalVersion'
  | 'globalMaxTls12'
  | 'cliMinVersion'
  | 'secureOptions'
  | 'conditional'
  | PythonMessageId;
export type PythonMessageId =
  | 'pythonProtocol'
  | 'pythonMinimumVersion'
  | 'pythonMaximumVersion'
  | 'pythonVersionSeclevel'
  | 'pythonReenabled';
const FIX =
  "Let Node negotiate TLS 1.2 or 1.3 (its default), or say so explicitly with `minVersion: 'TLSv1.2'`; if one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.";
const RFC = 'deprecated by RFC 8996';
const PY_FIX =
  'Use `ssl.create_default_context()` (TLS 1.2 or later since Python 3.10) or `ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)`, and set a floor explicitly if you want one: `ctx.minimum_version = ssl.TLSVersion.TLSv1_2`. If one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.';

export default defineRule<MessageId>({
  id: 'no-insecure-tls-version',
  meta: {
    description:
      'Disallow allowing or pinning SSL 3.0, TLS 1.0 or TLS 1.1, and lowering the TLS version floor of a connection, server or process.',
    category: 'protocol-version',
    cwe: ['CWE-757'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      sslMethod: {
        risk: 'high',
        headline:
          "`secureProtocol: '{{method}}'` asks for broken SSL {{version}} (and throws on current Node)",
        text: `\`secureProtocol: '{{method}}'\` asks for SSL {{version}}, which is broken (POODLE, DROWN). Current Node refuses these methods and throws \`ERR_TLS_INVALID_PROTOCOL_METHOD\`, so this code crashes on every supported Node and speaks broken SSL on the old runtimes it was written for. Remove \`secureProtocol\`. ${FIX}`,
      },
      weakMethod: {
        risk: 'high',
        headline: "`secureProtocol: '{{method}}'` pins {{target}} to deprecated TLS {{version}}",
        text: `\`secureProtocol: '{{method}}'\` pins {{target}} to TLS {{version}} (${RFC}): it can never use TLS 1.2 or 1.3, and its old ciphers and handshake are open to downgrade and BEAST-class attacks. Remove \`secureProtocol\`. ${FIX}`,
      },
      weakMinVersion: {
        risk: 'medium',
        headline:
          "`minVersion: '{{value}}'` lets {{target}} fall back to deprecated TLS {{version}}",
        text: `\`minVersion: '{{value}}'\` lets {{target}} fall back to TLS {{version}} (${RFC}), which a network attacker can force by downgrade. On OpenSSL 3 (Node 17+) the handshake additionally needs \`@SECLEVEL=0\`, but on older runtimes it works as written. Set \`minVersion: 'TLSv1.2'\` — Node's default since 12 — or drop the option.`,
      },
      weakMaxVersion: {
        risk: 'medium',
        headline: "`maxVersion: '{{value}}'` caps {{target}} at deprecated TLS {{version}}",
        text: `\`maxVersion: '{{value}}'\` caps {{target}} at TLS {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless \`@SECLEVEL=0\` is added. Remove \`maxVersion\` (or set it to \`'TLSv1.3'\`). ${FIX}`,
      },
      seclevelVersion: {
        risk: 'high',
        headline:
          "`{{option}}: '{{value}}'` with `@SECLEVEL=0` negotiates deprecated TLS {{version}} for {{target}}",
        text: `\`{{option}}: '{{value}}'\` together with \`@SECLEVEL=0\` in the same options' \`ciphers\` really negotiates TLS {{version}} (${RFC}) for {{target}}: security level 0 re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 otherwise refuses. Use \`minVersion: 'TLSv1.2'\` and remove \`@SECLEVEL=0\`. ${FIX}`,
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
        text: `\`{{flag}}\` lowers the default minimum TLS version to {{version}} (${RFC}) for {{target}}: every connection and server there that does not set \`minVersion\` accepts the old protocol. Remove the flag. ${FIX}`,
      },
      secureOptions: {
        risk: 'medium',
        headline: '`secureOptions` sets {{flags}}, which weakens the protocol',
        text: '`secureOptions` sets {{flags}}: {{effects}}. Remove these flags; choose protocol versions with `minVersion`/`maxVersion` (default TLS 1.2–1.3) and never enable legacy renegotiation.',
      },
      pythonProtocol: {
        risk: 'high',
        headline: '`{{constant}}` selects {{version}}, a broken or deprecated protocol',
        text: `\`{{constant}}\` selects {{version}}: {{why}}. ${PY_FIX}`,
      },
      pythonMinimumVersion: {
        risk: 'medium',
        headline: '`{{setting}}` lets the connection fall back to {{version}}',
        text: `\`{{setting}}\` lets {{target}} fall back to {{version}} (${RFC}), which a network attacker can force by downgrade. With Python 3.10+ on OpenSSL 3 the handshake also needs \`@SECLEVEL=0\`, but on older builds it works as written. Set the floor to \`ssl.TLSVersion.TLSv1_2\` — the default since Python 3.10 — or remove the line.`,
      },
      pythonMaximumVersion: {
        risk: 'medium',
        headline: '`{{setting}}` caps the connection at {{version}}',
        text: `\`{{setting}}\` caps {{target}} at {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless the security level is lowered too. Remove the cap (or set \`ssl.TLSVersion.MAXIMUM_SUPPORTED\`). ${PY_FIX}`,
      },
      pythonVersionSeclevel: {
        risk: 'high',
        headline:
          '`{{setting}}` with `@SECLEVEL={{level}}` on the same context really negotiates {{version}}',
        text: `\`{{setting}}\` together with \`@SECLEVEL={{level}}\` in this context's \`set_ciphers\` really negotiates {{version}} (${RFC}) for {{target}}: the lowered security level re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 and Python 3.10+ otherwise refuse. Keep the floor at \`ssl.TLSVersion.TLSv1_2\` and remove the \`@SECLEVEL\` override. ${PY_FIX}`,
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
      useMinVersion:
        "Replace `secureProtocol` with `minVersion: 'TLSv1.2'`: Node then negotiates TLS 1.2 or 1.3.",
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
});
