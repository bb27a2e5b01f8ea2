import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Suggestion } from '../../core/language.js';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { bagTarget } from '../javascript/bag-target.js';
import {
  CIPHER_SEPARATORS,
  judgeCipherTokens,
  WEAKNESS_LABELS,
  withoutSeclevelZero,
  type WeakToken,
} from '../knowledge/cipher-list.js';
import { conditionText } from '../javascript/graded-value.js';
import { judgeAlternatives } from '../knowledge/judge-alternatives.js';
import {
  flagSiteVisitors,
  flagValues,
  valuePieces,
  type FlagSite,
} from '../javascript/node-flag-sites.js';
import { reachesOnlyServers } from '../javascript/only-servers.js';
import { optionWrite, type OptionWrite } from '../javascript/option-write.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { stringAlternatives, tokensOf, type Pieces } from '../javascript/string-pieces.js';
import { writesToTlsModule } from '../javascript/tls-module-write.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

const SECLEVEL_ZERO_LABEL = 'security level 0: null and anonymous suites, tiny keys, TLS 1.0/1.1';

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
  /** The option's value when it is the list itself, written as a string: suggestions edit it. */
  readonly listLiteral?: TSESTree.Node;
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
    listLiteral: stringLiteral(write.valueNode),
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
  } else {
    const suggest = verdict.rank === 3 ? dropSeclevelZero(context, scope) : undefined;
    const messageId = scope.global ? 'global' : verdict.rank === 3 ? 'seclevelZero' : 'weak';
    context.report({ node: scope.node, messageId, data, suggest });
  }
}

/** A string literal or a template without expressions, with nothing escaped: its text is its value. */
function stringLiteral(node: TSESTree.Node): TSESTree.Node | undefined {
  const value = unwrap(node);
  const plain =
    (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') ||
    (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0);
  return plain ? value : undefined;
}

/**
 * Taking `@SECLEVEL=0` out of the list written in the option keeps OpenSSL at its default security
 * level; whatever else the list enables stays (and is reported on its own if weak).
 */
function dropSeclevelZero(context: Context, scope: Scope): Suggestion[] | undefined {
  const literal = scope.listLiteral;
  if (!literal) return undefined;
  const [start, end] = [literal.range[0] + 1, literal.range[1] - 1];
  const written = context.analysis.text.slice(start, end);
  const rest = written.includes('\\') ? undefined : withoutSeclevelZero(written);
  return rest === undefined
    ? undefined
    : [{ id: 'dropSeclevelZero', edits: [{ range: [start, end], text: rest }] }];
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

export const javascript = javascriptChecker<MessageId>({
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
