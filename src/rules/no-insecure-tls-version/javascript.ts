import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Suggestion } from '../../core/language.js';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { alternatives } from '../../languages/javascript/analysis/value.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { bagShapes } from '../javascript/bag-shapes.js';
import { bagTarget } from '../javascript/bag-target.js';
import { CIPHER_SEPARATORS, judgeCipherTokens } from '../knowledge/cipher-list.js';
import { judgeAlternatives } from '../knowledge/judge-alternatives.js';
import { conditionText } from '../javascript/graded-value.js';
import { flagSiteVisitors, type FlagSite } from '../javascript/node-flag-sites.js';
import { optionWrite, type OptionWrite } from '../javascript/option-write.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { sslOpFlags } from '../javascript/ssl-op-flags.js';
import { stringAlternatives, tokensOf } from '../javascript/string-pieces.js';
import { writesToTlsModule } from '../javascript/tls-module-write.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

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
  const suggest = verdict.messageId.endsWith('Method') ? useMinVersion(context, write) : undefined;
  context.report({ node: write.site, messageId: verdict.messageId, data: verdict.data, suggest });
}

/**
 * `secureProtocol: 'TLSv1_method'` → `minVersion: 'TLSv1.2'`: Node then negotiates TLS 1.2 or 1.3.
 * Offered only for a literal in an object literal that sets no other version bound (and spreads no
 * options that might), where the replacement cannot conflict with anything.
 */
function useMinVersion(context: Context, write: OptionWrite): Suggestion[] | undefined {
  const value = unwrap(write.valueNode);
  const holder = write.holder;
  if (!write.inLiteral || value.type !== AST_NODE_TYPES.Literal) return undefined;
  if (holder.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const conflicts = holder.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.SpreadElement ||
      VERSION_BOUNDS.has(propertyName(context.analysis, property) ?? ''),
  );
  if (conflicts) return undefined;
  const quote = value.raw.startsWith('"') ? '"' : "'";
  const text = `minVersion: ${quote}TLSv1.2${quote}`;
  return [{ id: 'useMinVersion', edits: [{ range: write.site.range, text }] }];
}

const VERSION_BOUNDS: ReadonlySet<string> = new Set(['minVersion', 'maxVersion']);

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

export const javascript = javascriptChecker<MessageId>({
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
