import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { describeCondition } from '../../core/condition.js';
import { guardedForProduction, guardOf } from '../../languages/javascript/analysis/guards.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { isBareClientSocket } from '../javascript/bare-tls-socket.js';
import { certSwitch, type CertSwitch } from '../javascript/cert-switches.js';
import { insecureConnectionString } from '../knowledge/connection-strings.js';
import {
  certificateErrorTrustAll,
  insecureChromiumSwitch,
  verifyProcAcceptsAll,
} from '../javascript/electron.js';
import { judgeFalseDisables, type FalseVerdict } from '../javascript/false-disables.js';
import { proxyOptions } from '../javascript/proxy-options.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { conditionPhrase, grade, switchAdvice, type Grade } from '../javascript/graded-value.js';
import {
  curlCheckOff,
  curlSetOpt,
  curlyOption,
  type CurlOption,
} from '../javascript/libcurl-options.js';
import { judgeSwitchOn } from '../javascript/switch-on.js';
import {
  bagDestinations,
  hasNoEffect,
  holderDestinations,
  type BagDestination,
} from '../javascript/tls-bag-destinations.js';
import { optionTarget } from '../javascript/tls-option-target.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { Suggestion } from '../../core/language.js';
import { removePropertyEdits, removeStatementEdit } from '../javascript/removal-edits.js';
import type { MessageId } from './index.js';

const POSTGRES_JS_SSL = new Set(['require', 'prefer', 'allow']);

function rejectUnauthorized(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  destinationsOf: () => BagDestination[],
): void {
  const verdict = falseVerdict(context.analysis, node, valueNode);
  if (!verdict) return;
  // A server reads rejectUnauthorized only together with requestCert (no-unenforced-client-certs);
  // tls.createSecureContext ignores it. Options that reach nothing else are not a client bypass.
  const destinations = destinationsOf();
  const relevant = destinations.filter((d) => d.kind !== 'server' && !hasNoEffect(d));
  if (relevant.length === 0) return;
  // Libraries without the option (axios) or that removed it (got ≥ 12) get their own, truer message.
  const libraries = relevant.flatMap((d) => (d.kind === 'library' ? [d] : []));
  if (libraries.length === relevant.length && libraries.every((d) => d.effect !== 'client')) {
    if (verdict.kind !== 'disabled') return;
    const ignored = libraries.find((d) => d.effect === 'ignored');
    const suggest = removeFalse(context, node, valueNode);
    if (ignored && libraries.every((d) => d.effect === 'ignored')) {
      const data = { library: ignored.library };
      context.report({ node, messageId: 'ineffective', data, suggest });
    } else {
      context.report({ node, messageId: 'gotTopLevel', suggest });
    }
    return;
  }
  reportFalse(context, node, valueNode, verdict, relevant);
}

type Verdict = Exclude<FalseVerdict, { kind: 'conditional' }> | Grade;

/** `false`, a legacy falsy value, or a value a switch or the environment decides (graded-value.ts). */
function falseVerdict(
  analysis: FileAnalysis,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
): Verdict | undefined {
  const judged = judgeFalseDisables(analysis.value(valueNode));
  if (judged?.kind === 'legacy') return judged;
  const base =
    judged?.kind === 'disabled'
      ? 'always'
      : judged?.kind === 'conditional'
        ? 'conditional'
        : undefined;
  const graded = grade(analysis, site, valueNode, base, (value) => value === false);
  return graded?.kind === 'always' ? { kind: 'disabled' } : graded;
}

function reportFalse(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  verdict: Verdict,
  destinations: readonly BagDestination[],
): void {
  const target = optionTarget(context.analysis, destinations, undefined);
  const text =
    target.kind === 'connections' ? target.text : target.kind === 'global' ? target.what : '';
  if (verdict.kind === 'legacy') {
    context.report({ node, messageId: 'legacyFalsy', data: { value: verdict.value } });
  } else if (verdict.kind === 'conditional') {
    reportConditional(context, node, verdict, {
      option: 'rejectUnauthorized',
      expression: sourceExcerpt(context, valueNode),
      target: text,
    });
  } else if (target.kind === 'global') {
    const data = { target: target.what };
    context.report({
      node,
      messageId: 'globalAgent',
      data,
      suggest: removeFalse(context, node, valueNode),
    });
  } else if (destinations.some((d) => d.kind === 'client' && d.api === 'tls.TLSSocket')) {
    // No suggestion: a bare TLSSocket verifies nothing whatever the option says.
    context.report({ node, messageId: 'tlsSocketDisabled' });
  } else {
    const data = { target: text };
    context.report({
      node,
      messageId: 'disabled',
      data,
      suggest: removeFalse(context, node, valueNode),
    });
  }
}

/**
 * Removing a literal `rejectUnauthorized: false`, or the statement that assigns it, turns
 * verification back on (Node's default) and changes nothing else: a safe suggestion. Anything but the
 * literal (a variable, a switch) is left to the author.
 */
function removeFalse(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
): Suggestion[] | undefined {
  const value = unwrap(valueNode);
  if (value.type !== AST_NODE_TYPES.Literal || value.value !== false) return undefined;
  const { text } = context.analysis;
  if (node.type === AST_NODE_TYPES.Property) {
    const edits = removePropertyEdits(text, node);
    return edits && [{ id: 'removeOption', edits }];
  }
  const statement = node.parent;
  if (
    node.type !== AST_NODE_TYPES.AssignmentExpression ||
    statement?.type !== AST_NODE_TYPES.ExpressionStatement
  )
    return undefined;
  const edit = removeStatementEdit(text, statement);
  return edit && [{ id: 'removeAssignment', edits: [edit] }];
}

/** A user's switch (`userSwitch`, naming it) or an environment condition (`conditional`). */
function reportConditional(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  graded: Grade & { kind: 'conditional' },
  data: { option: string; expression: string; target: string },
): void {
  const condition = conditionPhrase(graded);
  if (graded.environment) {
    context.report({ node, messageId: 'conditional', data: { ...data, condition } });
  } else {
    const advice = switchAdvice(graded);
    context.report({ node, messageId: 'userSwitch', data: { ...data, condition, advice } });
  }
}

/** `strictSSL: false`, `tlsAllowInvalidCertificates: true`, `trustServerCertificate: true`, … */
function librarySwitch(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  key: string,
  valueNode: TSESTree.Node,
): void {
  const entry: CertSwitch | undefined = certSwitch(key);
  if (!entry) return;
  const { analysis } = context;
  const verdict = judgeSwitchOn(analysis.value(valueNode), entry.semantics);
  const base = verdict === 'on' ? 'always' : verdict;
  const graded = grade(analysis, node, valueNode, base, entry.semantics.isOn);
  if (graded?.kind === 'always') {
    context.report({
      node,
      messageId: 'libraryOption',
      data: { option: key, library: entry.library, fix: entry.fix },
    });
  } else if (graded) {
    reportConditional(context, node, graded, {
      option: key,
      expression: sourceExcerpt(context, valueNode),
      target: `the connections made by ${entry.library}`,
    });
  }
}

/** `curl.setOpt('SSL_VERIFYPEER', 0)` and curly's `sslVerifyPeer: false` (node-libcurl). */
function curlPeerCheck(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: CurlOption,
  written: string,
): void {
  const { analysis } = context;
  const verdict = judgeSwitchOn(analysis.value(option.valueNode), {
    isOn: curlCheckOff,
    envTypes: [],
  });
  const base = verdict === 'on' ? 'always' : verdict;
  const graded = grade(analysis, node, option.valueNode, base, curlCheckOff);
  if (graded?.kind === 'always') {
    context.report({ node, messageId: 'curlVerifyPeer', data: { option: written } });
  } else if (graded) {
    reportConditional(context, node, graded, {
      option: option.name,
      expression: sourceExcerpt(context, option.valueNode),
      target: 'the requests of this libcurl handle',
    });
  }
}

/** http-proxy family `secure: false` (rules.md L20): only in proxy options, never the generic word. */
function proxySecure(
  context: RuleContext<MessageId>,
  node: TSESTree.Property,
  object: TSESTree.ObjectExpression,
): void {
  const { analysis } = context;
  const judged = judgeFalseDisables(analysis.value(node.value));
  const base =
    judged?.kind === 'disabled'
      ? 'always'
      : judged?.kind === 'conditional'
        ? 'conditional'
        : undefined;
  if (base === undefined && analysis.value(node.value).kind === 'known') return;
  const kind = proxyOptions(analysis, object);
  const graded = kind && grade(analysis, node, node.value, base, (value) => value === false);
  if (!graded) return;
  if (graded.kind === 'always') {
    context.report({ node, messageId: kind === 'runtime' ? 'proxySecure' : 'devProxySecure' });
  } else {
    reportConditional(context, node, graded, {
      option: 'secure',
      expression: sourceExcerpt(context, node.value),
      target: "this proxy's HTTPS target",
    });
  }
}

/** postgres.js `ssl: 'require' | 'prefer' | 'allow'` encrypts without verifying (rules.md L10). */
function postgresJsMode(
  context: RuleContext<MessageId>,
  node: TSESTree.Property,
  object: TSESTree.ObjectExpression,
): void {
  const value = context.analysis.value(node.value);
  if (
    value.kind !== 'known' ||
    typeof value.value !== 'string' ||
    !POSTGRES_JS_SSL.has(value.value)
  )
    return;
  if (reachesPostgresJs(context.analysis, object)) {
    context.report({ node, messageId: 'postgresJsSsl', data: { mode: value.value } });
  }
}

function reachesPostgresJs(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  return analysis
    .uses(node)
    .some(
      (use) =>
        use.kind === 'argument' &&
        use.path.length === 0 &&
        refIs(analysis.moduleRef(use.call.callee), 'postgres'),
    );
}

function connectionString(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  text: string,
): void {
  if (!text.includes('=')) return;
  const problem = insecureConnectionString(text, reachesPostgresJs(context.analysis, node));
  if (problem) context.report({ node, messageId: 'connectionString', data: { ...problem } });
}

/** superagent's `.disableTLSCerts()` / `.trustLocalhost()` and Electron's certificate hooks. */
function methodCalls(context: RuleContext<MessageId>, node: TSESTree.CallExpression): void {
  const { analysis } = context;
  const callee = unwrap(node.callee);
  const method =
    callee.type === AST_NODE_TYPES.MemberExpression ? literalName(callee.property) : undefined;
  if (method === 'disableTLSCerts' && node.arguments.length === 0) {
    context.report({
      node: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : node,
      messageId: 'superagentDisable',
    });
  } else if (method === 'trustLocalhost' && trustsLocalhost(analysis, node)) {
    context.report({ node, messageId: 'superagentLocalhost' });
  }
  const trustAll = certificateErrorTrustAll(analysis, node);
  const guard = trustAll?.kind === 'conditional' ? guardOf(analysis, trustAll.call) : undefined;
  if (trustAll?.kind === 'always' || (trustAll && guardedForProduction(analysis, trustAll.call))) {
    context.report({ node: trustAll.call, messageId: 'electronTrustAll' });
  } else if (trustAll) {
    const condition = guard ? describeCondition(guard) : 'whenever its condition holds';
    context.report({
      node: trustAll.call,
      messageId: 'electronTrustAllConditional',
      data: { condition },
    });
  }
  if (verifyProcAcceptsAll(analysis, node))
    context.report({ node, messageId: 'electronVerifyProc' });
  const chromiumSwitch = insecureChromiumSwitch(analysis, node);
  if (chromiumSwitch === 'all') context.report({ node, messageId: 'electronSwitch' });
  if (chromiumSwitch === 'spki') context.report({ node, messageId: 'electronSpkiSwitch' });
  if (chromiumSwitch === 'localhost')
    context.report({ node, messageId: 'electronLocalhostSwitch' });
}

function trustsLocalhost(analysis: FileAnalysis, call: TSESTree.CallExpression): boolean {
  const [toggle] = call.arguments;
  if (!toggle) return true;
  const value = analysis.value(toggle);
  return value.kind === 'known' && value.value === true;
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        const key = propertyName(analysis, node);
        if (key === 'rejectUnauthorized') {
          rejectUnauthorized(context, node, node.value, () =>
            bagDestinations(analysis, node.parent),
          );
        } else if (key === 'secure') {
          proxySecure(context, node, node.parent);
        } else if (key === 'ssl') {
          postgresJsMode(context, node, node.parent);
        } else if (key !== undefined) {
          librarySwitch(context, node, key, node.value);
          const curly = curlyOption(key, node.value);
          if (curly?.check === 'peer')
            curlPeerCheck(context, node, curly, `${key}: ${sourceExcerpt(context, node.value)}`);
        }
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return;
        const key = propertyName(analysis, left);
        if (key === 'rejectUnauthorized') {
          rejectUnauthorized(context, node, node.right, () =>
            holderDestinations(analysis, left.object),
          );
        } else if (key !== undefined) {
          librarySwitch(context, node, key, node.right);
        }
      },
      CallExpression(node) {
        methodCalls(context, node);
        const option = curlSetOpt(analysis, node);
        if (option?.check === 'peer')
          curlPeerCheck(context, node, option, sourceExcerpt(context, node));
      },
      NewExpression(node) {
        if (isBareClientSocket(analysis, node)) context.report({ node, messageId: 'bareSocket' });
      },
      Literal(node) {
        if (typeof node.value === 'string') connectionString(context, node, node.value);
      },
      TemplateLiteral(node) {
        connectionString(
          context,
          node,
          node.quasis.map((quasi) => quasi.value.cooked).join('\u0000'),
        );
      },
    };
  },
});
