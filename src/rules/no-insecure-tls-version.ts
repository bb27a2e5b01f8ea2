import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../analysis/ast.js';
import type { FileAnalysis } from '../analysis/file-analysis.js';
import { alternatives } from '../analysis/value.js';
import { defineRule, type RuleContext } from '../core/rule.js';
import { bagShapes } from './utils/bag-shapes.js';
import { bagTarget } from './utils/bag-target.js';
import { CIPHER_SEPARATORS, judgeCipherTokens } from './utils/cipher-list.js';
import { judgeAlternatives } from './utils/judge-alternatives.js';
import { conditionText } from './utils/graded-value.js';
import { flagSiteVisitors, type FlagSite } from './utils/node-flag-sites.js';
import { optionWrite, type OptionWrite } from './utils/option-write.js';
import { sourceExcerpt } from './utils/source-excerpt.js';
import { sslOpFlags } from './utils/ssl-op-flags.js';
import { stringAlternatives, tokensOf } from './utils/string-pieces.js';
import { writesToTlsModule } from './utils/tls-module-write.js';

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
  | 'conditional';

const FIX =
  "Let Node negotiate TLS 1.2 or 1.3 (its default), or say so explicitly with `minVersion: 'TLSv1.2'`; if one legacy peer cannot do TLS 1.2, upgrade or isolate that peer instead of weakening this code.";
const RFC = 'deprecated by RFC 8996';

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
        text: `\`secureProtocol: '{{method}}'\` asks for SSL {{version}}, which is broken (POODLE, DROWN). Current Node refuses these methods and throws \`ERR_TLS_INVALID_PROTOCOL_METHOD\`, so this code crashes on every supported Node and speaks broken SSL on the old runtimes it was written for. Remove \`secureProtocol\`. ${FIX}`,
      },
      weakMethod: {
        risk: 'high',
        text: `\`secureProtocol: '{{method}}'\` pins {{target}} to TLS {{version}} (${RFC}): it can never use TLS 1.2 or 1.3, and its old ciphers and handshake are open to downgrade and BEAST-class attacks. Remove \`secureProtocol\`. ${FIX}`,
      },
      weakMinVersion: {
        risk: 'medium',
        text: `\`minVersion: '{{value}}'\` lets {{target}} fall back to TLS {{version}} (${RFC}), which a network attacker can force by downgrade. On OpenSSL 3 (Node 17+) the handshake additionally needs \`@SECLEVEL=0\`, but on older runtimes it works as written. Set \`minVersion: 'TLSv1.2'\` — Node's default since 12 — or drop the option.`,
      },
      weakMaxVersion: {
        risk: 'medium',
        text: `\`maxVersion: '{{value}}'\` caps {{target}} at TLS {{version}} (${RFC}), so it can never use TLS 1.2 or 1.3: every connection runs on a deprecated protocol, or fails on OpenSSL 3 unless \`@SECLEVEL=0\` is added. Remove \`maxVersion\` (or set it to \`'TLSv1.3'\`). ${FIX}`,
      },
      seclevelVersion: {
        risk: 'high',
        text: `\`{{option}}: '{{value}}'\` together with \`@SECLEVEL=0\` in the same options' \`ciphers\` really negotiates TLS {{version}} (${RFC}) for {{target}}: security level 0 re-enables the old protocol (and weak ciphers and keys) that OpenSSL 3 otherwise refuses. Use \`minVersion: 'TLSv1.2'\` and remove \`@SECLEVEL=0\`. ${FIX}`,
      },
      globalVersion: {
        risk: 'high',
        text: `Setting \`tls.{{name}}\` to \`'{{value}}'\` {{effect}} for every TLS client and server in this process that does not set its own \`minVersion\`/\`maxVersion\`, including those created by libraries. TLS {{version}} is ${RFC}. Remove the assignment; if one legacy peer needs an old protocol, set \`minVersion\` on that one connection and plan to retire it.`,
      },
      globalMaxTls12: {
        risk: 'info',
        text: "{{setting}} turns TLS 1.3 off for {{target}}. TLS 1.2 is still safe, but TLS 1.3 removes the legacy handshake options and is faster; a process-wide cap usually outlives the one server that needed it. Remove it, and if one peer fails with TLS 1.3, cap only that connection with `maxVersion: 'TLSv1.2'`.",
      },
      cliMinVersion: {
        risk: 'medium',
        text: `\`{{flag}}\` lowers the default minimum TLS version to {{version}} (${RFC}) for {{target}}: every connection and server there that does not set \`minVersion\` accepts the old protocol. Remove the flag. ${FIX}`,
      },
      secureOptions: {
        risk: 'medium',
        text: '`secureOptions` sets {{flags}}: {{effects}}. Remove these flags; choose protocol versions with `minVersion`/`maxVersion` (default TLS 1.2–1.3) and never enable legacy renegotiation.',
      },
      conditional: {
        risk: 'low',
        text: `{{option}} is \`{{expression}}\`, which allows {{protocol}} (${RFC}) {{condition}} — and switches like this end up on in production. Require TLS 1.2 or later in every environment; if a test peer only speaks an old protocol, upgrade the peer.`,
      },
    },
  },
  triggers: [
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
  create(context) {
    const flags = flagSiteVisitors(context.analysis, (sites) => {
      cliFlags(context, sites);
    });
    return {
      ...flags,
      Property(node) {
        option(context, node);
        flags.Property(node);
      },
      AssignmentExpression(node) {
        option(context, node);
        flags.AssignmentExpression(node);
      },
    };
  },
});

type Context = RuleContext<MessageId>;

/** A finding for one alternative of a value, before deciding whether it is conditional. */
interface Verdict {
  readonly messageId: MessageId;
  readonly data: Readonly<Record<string, string>>;
  /** 'TLS 1.0', 'SSL 3.0': for the conditional message. */
  readonly protocol: string;
}

const RISK_ORDER: readonly MessageId[] = [
  'globalMaxTls12',
  'weakMinVersion',
  'weakMaxVersion',
  'cliMinVersion',
  'weakMethod',
  'sslMethod',
  'globalVersion',
];

function option(context: Context, node: TSESTree.Property | TSESTree.AssignmentExpression): void {
  const write = optionWrite(context.analysis, node);
  if (!write) return;
  switch (write.key) {
    case 'secureProtocol':
    case 'minVersion':
    case 'maxVersion':
      return bagVersion(context, write);
    case 'DEFAULT_MIN_VERSION':
    case 'DEFAULT_MAX_VERSION':
      return defaultVersion(context, write);
    case 'secureOptions':
      return secureOptions(context, write);
  }
}

const VERSIONS: Readonly<Record<string, string>> = { TLSv1: '1.0', 'TLSv1.1': '1.1' };
const METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method$/;
const METHOD_VERSIONS: Readonly<Record<string, string>> = {
  SSLv2: '2.0',
  SSLv3: '3.0',
  TLSv1: '1.0',
  TLSv1_1: '1.1',
};

/** `secureProtocol`, `minVersion`, `maxVersion` in an options object (client or server alike). */
function bagVersion(context: Context, write: OptionWrite): void {
  const { analysis } = context;
  const target = (): string => bagTarget(analysis, write);
  const judged = judgeAlternatives(
    stringValues(analysis, write.valueNode).map((value) => bagVerdict(write.key, value, target)),
    rank,
  );
  if (!judged) return;
  if (!judged.always) {
    const weak = (value: string): boolean => bagVerdict(write.key, value, target) !== undefined;
    return conditional(context, write, `\`${write.key}\``, judged.verdict, weak);
  }
  const { verdict } = judged;
  const versionOption =
    verdict.messageId === 'weakMinVersion' || verdict.messageId === 'weakMaxVersion';
  if (versionOption && bagHasSeclevelZero(analysis, write)) {
    context.report({
      node: write.site,
      messageId: 'seclevelVersion',
      data: {
        option: write.key,
        value: verdict.data.value ?? '',
        version: verdict.data.version ?? '',
        target: target(),
      },
    });
    return;
  }
  context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data });
}

function bagVerdict(
  key: string,
  value: string | undefined,
  target: () => string,
): Verdict | undefined {
  if (value === undefined) return undefined;
  if (key === 'secureProtocol') {
    const match = METHOD.exec(value);
    const family = match?.[1];
    const version = family === undefined ? undefined : METHOD_VERSIONS[family];
    if (family === undefined || version === undefined) return undefined;
    return family.startsWith('SSL')
      ? { messageId: 'sslMethod', data: { method: value, version }, protocol: `SSL ${version}` }
      : {
          messageId: 'weakMethod',
          data: { method: value, version, target: target() },
          protocol: `TLS ${version}`,
        };
  }
  const version = VERSIONS[value];
  if (version === undefined) return undefined;
  const messageId = key === 'minVersion' ? 'weakMinVersion' : 'weakMaxVersion';
  return { messageId, data: { value, version, target: target() }, protocol: `TLS ${version}` };
}

/** `tls.DEFAULT_MIN_VERSION = 'TLSv1'` through any alias of the tls module (rules.md N9). */
function defaultVersion(context: Context, write: OptionWrite): void {
  const { analysis } = context;
  if (!writesToTlsModule(analysis, write)) return;
  const verdicts = stringValues(analysis, write.valueNode).map((value) =>
    defaultVerdict(write.key, value),
  );
  const judged = judgeAlternatives(verdicts, rank);
  if (!judged) return;
  const { verdict } = judged;
  if (judged.always) {
    context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data });
  } else if (verdict.messageId === 'globalVersion') {
    const weak = (value: string): boolean => defaultVerdict(write.key, value) !== undefined;
    conditional(context, write, `\`tls.${write.key}\``, verdict, weak);
  }
}

function defaultVerdict(key: string, value: string | undefined): Verdict | undefined {
  if (value === undefined) return undefined;
  if (key === 'DEFAULT_MAX_VERSION' && value === 'TLSv1.2') {
    return {
      messageId: 'globalMaxTls12',
      data: {
        setting: "Setting `tls.DEFAULT_MAX_VERSION` to `'TLSv1.2'`",
        target: 'this whole process',
      },
      protocol: 'TLS 1.2',
    };
  }
  const version = VERSIONS[value];
  if (version === undefined) return undefined;
  const effect =
    key === 'DEFAULT_MIN_VERSION'
      ? `lowers the minimum protocol to TLS ${version}`
      : `caps every connection at TLS ${version}`;
  return {
    messageId: 'globalVersion',
    data: { name: key, value, effect, version },
    protocol: `TLS ${version}`,
  };
}

const UNSAFE_OPTIONS: Readonly<Record<string, string>> = {
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION:
    'unsafe legacy renegotiation lets a man-in-the-middle splice his own data in front of the peer’s (CVE-2009-3555)',
  SSL_OP_LEGACY_SERVER_CONNECT:
    'connecting to servers without secure renegotiation (RFC 5746) leaves the client open to the renegotiation attack (CVE-2009-3555)',
  SSL_OP_TLS_ROLLBACK_BUG:
    'the version-rollback check of the RSA key exchange is turned off, which allows protocol downgrades',
};

/** `secureOptions` with flags that weaken the protocol (rules.md N12); hardening flags are fine. */
function secureOptions(context: Context, write: OptionWrite): void {
  const flags = new Set(sslOpFlags(context.analysis, write.valueNode));
  const unsafe = [...flags].filter((flag) => flag in UNSAFE_OPTIONS);
  const effects = unsafe.map((flag) => UNSAFE_OPTIONS[flag] ?? '');
  if (flags.has('SSL_OP_NO_TLSv1_2') && flags.has('SSL_OP_NO_TLSv1_3')) {
    unsafe.push('SSL_OP_NO_TLSv1_2', 'SSL_OP_NO_TLSv1_3');
    effects.push(
      'turning off TLS 1.2 and 1.3 together leaves only TLS 1.0/1.1 (deprecated by RFC 8996)',
    );
  }
  if (unsafe.length === 0) return;
  context.report({
    node: write.site,
    messageId: 'secureOptions',
    data: { flags: unsafe.map((flag) => `\`${flag}\``).join(', '), effects: effects.join('; ') },
  });
}

const CLI_MIN_VERSIONS: Readonly<Record<string, string>> = {
  '--tls-min-v1.0': 'TLS 1.0',
  '--tls-min-v1.1': 'TLS 1.1',
};

/** `--tls-min-v1.0`/`--tls-min-v1.1` (medium) and `--tls-max-v1.2` (info) in code (rules.md N10). */
function cliFlags(context: Context, sites: readonly FlagSite[]): void {
  for (const site of sites) {
    const judged = judgeAlternatives(
      site.alternatives.map((words) => flagVerdict(words, site)),
      rank,
    );
    if (!judged) continue;
    if (judged.always) {
      context.report({
        node: site.node,
        messageId: judged.verdict.messageId,
        data: judged.verdict.data,
      });
    } else if (judged.verdict.messageId === 'cliMinVersion') {
      context.report({
        node: site.node,
        messageId: 'conditional',
        data: {
          option: 'This Node command line',
          expression: sourceExcerpt(context, site.node),
          protocol: judged.verdict.protocol,
          condition: conditionText(context.analysis, site.node, site.node, () => false),
        },
      });
    }
  }
}

function flagVerdict(words: readonly string[], site: FlagSite): Verdict | undefined {
  const flag = words.find((word) => word in CLI_MIN_VERSIONS);
  const version = flag === undefined ? undefined : CLI_MIN_VERSIONS[flag];
  if (flag !== undefined && version !== undefined) {
    return {
      messageId: 'cliMinVersion',
      data: { flag, version, target: site.target },
      protocol: version,
    };
  }
  if (!words.includes('--tls-max-v1.2')) return undefined;
  return {
    messageId: 'globalMaxTls12',
    data: { setting: '`--tls-max-v1.2`', target: site.target },
    protocol: 'TLS 1.2',
  };
}

function conditional(
  context: Context,
  write: OptionWrite,
  option: string,
  verdict: Verdict,
  weak: (value: string) => boolean,
): void {
  if (verdict.messageId === 'globalMaxTls12') return;
  const weakens = (value: unknown): boolean => typeof value === 'string' && weak(value);
  context.report({
    node: write.site,
    messageId: 'conditional',
    data: {
      option,
      expression: sourceExcerpt(context, write.valueNode),
      protocol: verdict.protocol,
      condition: conditionText(context.analysis, write.site, write.valueNode, weakens),
    },
  });
}

function rank(verdict: Verdict): number {
  return RISK_ORDER.indexOf(verdict.messageId);
}

/** Each run-time alternative of a value as a string; `undefined` where it is not a known string. */
function stringValues(analysis: FileAnalysis, node: TSESTree.Node): (string | undefined)[] {
  return alternatives(analysis.value(unwrap(node))).map((option) =>
    option.kind === 'known' && typeof option.value === 'string' ? option.value : undefined,
  );
}

/** `@SECLEVEL=0` in the `ciphers` of the same options object (rules.md N8). */
function bagHasSeclevelZero(analysis: FileAnalysis, write: OptionWrite): boolean {
  return bagShapes(analysis, write).some((shape) =>
    (shape.entries.get('ciphers') ?? []).some(
      (entry) =>
        entry.valueNode !== undefined &&
        stringAlternatives(analysis, entry.valueNode).some(
          (pieces) => judgeCipherTokens(tokensOf(pieces, CIPHER_SEPARATORS))?.seclevelZero === true,
        ),
    ),
  );
}
