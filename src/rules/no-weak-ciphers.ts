import type { TSESTree } from '@typescript-eslint/types';
import { defineRule, type RuleContext } from '../core/rule.js';
import { bagTarget } from './utils/bag-target.js';
import {
  CIPHER_SEPARATORS,
  judgeCipherTokens,
  WEAKNESS_LABELS,
  type WeakToken,
} from './utils/cipher-list.js';
import { conditionText } from './utils/graded-value.js';
import { judgeAlternatives } from './utils/judge-alternatives.js';
import {
  flagSiteVisitors,
  flagValues,
  valuePieces,
  type FlagSite,
} from './utils/node-flag-sites.js';
import { reachesOnlyServers } from './utils/only-servers.js';
import { optionWrite, type OptionWrite } from './utils/option-write.js';
import { sourceExcerpt } from './utils/source-excerpt.js';
import { stringAlternatives, tokensOf, type Pieces } from './utils/string-pieces.js';
import { writesToTlsModule } from './utils/tls-module-write.js';

export type MessageId =
  | 'seclevelZero'
  | 'weak'
  | 'legacy'
  | 'global'
  | 'conditionalSeclevelZero'
  | 'conditional'
  | 'weakDh';

const FIX =
  "Use Node's default cipher list (`tls.DEFAULT_CIPHERS`); if you must customise it, only remove suites (`tls.DEFAULT_CIPHERS + ':!X'`) and never lower `@SECLEVEL`.";
const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';
const SECLEVEL_ZERO =
  '`@SECLEVEL=0` sets the OpenSSL security level to 0, which re-enables null-encryption and anonymous suites, MD5 and SHA-1 signatures, tiny keys and TLS 1.0/1.1';

export default defineRule<MessageId>({
  id: 'no-weak-ciphers',
  meta: {
    description:
      'Disallow enabling weak, null or anonymous TLS cipher suites, lowering the OpenSSL security level, or accepting small Diffie-Hellman groups.',
    category: 'cipher-suites',
    cwe: ['CWE-327'],
    confidence: 'high',
    status: 'stable',
    since: '0.1.0',
    messages: {
      seclevelZero: {
        risk: 'high',
        text: `This cipher list contains {{tokens}} for {{target}}: ${SECLEVEL_ZERO}, so a network attacker can negotiate a connection without real encryption or authentication. Remove \`@SECLEVEL=0\`. ${FIX}`,
      },
      weak: {
        risk: 'medium',
        text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: broken or unauthenticated suites that an attacker can downgrade the connection to wherever the runtime still ships them (OpenSSL 1.x, Node ≤ 16) — and on OpenSSL 3 they are silently dropped, so the list does not mean what it says either. ${FIX}`,
      },
      legacy: {
        risk: 'low',
        text: `This cipher list enables {{tokens}} ({{weaknesses}}) for {{target}}: legacy suites that are not broken but lack forward secrecy or authenticated encryption. Prefer ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 — Node's default list already does.`,
      },
      global: {
        risk: 'high',
        text: `{{setting}} replaces the default cipher list of {{target}} with one that enables {{tokens}} ({{weaknesses}}): every TLS client and server there that does not set its own \`ciphers\` — including those inside libraries — can be downgraded to these suites. Remove it; if one legacy peer needs an old suite, set \`ciphers\` on that one connection and plan to retire it. ${FIX}`,
      },
      conditionalSeclevelZero: {
        risk: 'medium',
        text: `{{setting}} is \`{{expression}}\`, which contains \`@SECLEVEL=0\` {{condition}}: ${SECLEVEL_ZERO} for {{target}}, and switches like this end up on in production. Keep the default security level in every environment. ${FIX}`,
      },
      conditional: {
        risk: 'low',
        text: `{{setting}} is \`{{expression}}\`, which enables {{tokens}} ({{weaknesses}}) for {{target}} {{condition}} — switches like this end up on in production. Use the same strong cipher list in every environment. ${FIX}`,
      },
      weakDh: {
        risk: 'low',
        text: "`minDHSize: {{value}}` lets {{target}} accept finite-field Diffie-Hellman groups as small as {{value}} bits; groups below 2048 bits are within reach of precomputation attacks such as Logjam. Set `minDHSize: 2048` or higher (Node's default is only 1024), and prefer ECDHE suites.",
      },
    },
  },
  triggers: [
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
  create(context) {
    const flags = flagSiteVisitors(context.analysis, (sites) => {
      cliCipherLists(context, sites);
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

/** What one alternative of a cipher list does, ranked: 3 `@SECLEVEL=0`, 2 broken suites, 1 legacy. */
interface Verdict {
  readonly rank: 1 | 2 | 3;
  readonly tokens: string;
  readonly weaknesses: string;
}

/** Where a cipher list applies, for messages. */
interface Scope {
  readonly node: TSESTree.Node;
  /** "`tls.DEFAULT_CIPHERS`", "`ciphers`", "`--tls-cipher-list`". */
  readonly setting: string;
  readonly target: string;
  /** A process-wide default rather than one connection's list. */
  readonly global: boolean;
  /** The expression, for conditional messages. */
  readonly expression: string;
  /** What is written, to name the switch that chooses it. */
  readonly valueNode: TSESTree.Node;
}

function option(context: Context, node: TSESTree.Property | TSESTree.AssignmentExpression): void {
  const { analysis } = context;
  const write = optionWrite(analysis, node);
  if (write?.key === 'minDHSize') return weakDh(context, write);
  const global = write?.key === 'DEFAULT_CIPHERS' && writesToTlsModule(analysis, write);
  if (!write || !(global || write.key === 'ciphers')) return;
  const scope: Scope = {
    node: write.site,
    setting: global ? '`tls.DEFAULT_CIPHERS`' : '`ciphers`',
    target: global ? 'this process' : bagTarget(analysis, write),
    global,
    expression: sourceExcerpt(context, write.valueNode),
    valueNode: write.valueNode,
  };
  judge(context, stringAlternatives(analysis, write.valueNode), scope);
}

/** `--tls-cipher-list=…` in `execArgv`, `NODE_OPTIONS` or a command line: the child's default list. */
function cliCipherLists(context: Context, sites: readonly FlagSite[]): void {
  for (const site of sites) {
    const lists = site.alternatives.map((words) => flagValues(words, '--tls-cipher-list'));
    if (lists.every((values) => values.length === 0)) continue;
    const scope: Scope = {
      node: site.node,
      setting: '`--tls-cipher-list`',
      target: site.target,
      global: true,
      expression: sourceExcerpt(context, site.node),
      valueNode: site.node,
    };
    // The last occurrence of a flag wins; an alternative without it keeps the default list.
    const last = (values: readonly string[]): Pieces => {
      const value = values.at(-1);
      return value === undefined ? [null] : valuePieces(value);
    };
    judge(context, lists.map(last), scope);
  }
}

function judge(context: Context, alternatives: readonly Pieces[], scope: Scope): void {
  const judged = judgeAlternatives(alternatives.map(verdictOf), (verdict) => verdict.rank);
  if (!judged) return;
  const { verdict } = judged;
  const data = {
    tokens: verdict.tokens,
    weaknesses: verdict.weaknesses,
    setting: scope.setting,
    target: scope.target,
  };
  if (!judged.always) {
    if (verdict.rank === 1) return; // legacy suites in one branch: not worth a finding
    const messageId = verdict.rank === 3 ? 'conditionalSeclevelZero' : 'conditional';
    const weakens = (value: unknown): boolean =>
      typeof value === 'string' && (verdictOf(valuePieces(value))?.rank ?? 0) >= verdict.rank;
    const condition = conditionText(context.analysis, scope.node, scope.valueNode, weakens);
    context.report({
      node: scope.node,
      messageId,
      data: { ...data, expression: scope.expression, condition },
    });
  } else if (verdict.rank === 1) {
    context.report({ node: scope.node, messageId: 'legacy', data });
  } else if (scope.global) {
    context.report({ node: scope.node, messageId: 'global', data });
  } else {
    context.report({
      node: scope.node,
      messageId: verdict.rank === 3 ? 'seclevelZero' : 'weak',
      data,
    });
  }
}

function verdictOf(pieces: Pieces): Verdict | undefined {
  const verdict = judgeCipherTokens(tokensOf(pieces, CIPHER_SEPARATORS));
  if (!verdict) return undefined;
  if (verdict.seclevelZero) {
    return {
      rank: 3,
      tokens: describeTokens(['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]),
      weaknesses: [SECLEVEL_ZERO_LABEL, ...labels(verdict.weak)].join(', '),
    };
  }
  const reported = verdict.weak.length > 0 ? verdict.weak : verdict.legacy;
  if (reported.length === 0) return undefined;
  return {
    rank: verdict.weak.length > 0 ? 2 : 1,
    tokens: describeTokens(reported.map((weak) => weak.token)),
    weaknesses: labels(reported).join(', '),
  };
}

function describeTokens(tokens: readonly string[]): string {
  return [...new Set(tokens)].map((token) => `\`${token}\``).join(', ');
}

function labels(tokens: readonly WeakToken[]): string[] {
  return [...new Set(tokens.flatMap((token) => token.weaknesses))].map(
    (weakness) => WEAKNESS_LABELS[weakness],
  );
}

const SAFE_DH_BITS = 2048;

/** `minDHSize` below 2048 on a client (rules.md N13); servers and secure contexts ignore it. */
function weakDh(context: Context, write: OptionWrite): void {
  const { analysis } = context;
  const value = analysis.value(write.valueNode);
  if (value.kind !== 'known' || typeof value.value !== 'number') return;
  if (!(value.value > 0 && value.value < SAFE_DH_BITS)) return;
  if (reachesOnlyServers(analysis, write)) return;
  context.report({
    node: write.site,
    messageId: 'weakDh',
    data: { value: String(value.value), target: bagTarget(analysis, write) },
  });
}
