import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import { describeCondition } from '../../core/condition.js';
import { guardOf } from '../../languages/javascript/analysis/guards.js';
import { valueCondition } from '../../languages/javascript/analysis/value-conditions.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import type { Value } from '../../languages/javascript/analysis/value.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { judgeFalseDisables } from '../javascript/false-disables.js';
import { conditionPhrase, grade } from '../javascript/graded-value.js';
import {
  judgeIdentityFunction,
  judgeIdentityValue,
  type IdentityVerdict,
} from '../javascript/identity-check.js';
import {
  curlCheckOff,
  curlSetOpt,
  curlyOption,
  type CurlOption,
} from '../javascript/libcurl-options.js';
import { reachesKey } from '../javascript/reaches-key.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { BOOLEAN_SWITCH, judgeSwitchOn, type SwitchSemantics } from '../javascript/switch-on.js';
import { bagDestinations, holderDestinations } from '../javascript/tls-bag-destinations.js';
import { optionTarget, type OptionTarget } from '../javascript/tls-option-target.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

/**
 * MongoDB reads option names case-insensitively (rules.md L13). Driver 6+ takes `true`/`'true'` and throws
 * on other strings; drivers 4 and 5 also took `t`, `1`, `y`, `yes` in any case — still on there.
 */
const MONGO_TRUTHS = new Set(['true', 't', '1', 'y', 'yes']);
const MONGO_SWITCH: SwitchSemantics = {
  isOn: (value) =>
    value === true ||
    ((typeof value === 'string' || typeof value === 'number') &&
      MONGO_TRUTHS.has(String(value).toLowerCase())),
  envTypes: ['boolean', 'string'],
};
const MONGO_OPTION = 'tlsallowinvalidhostnames';
const MONGO_URI = /^mongodb(?:\+srv)?:\/\//i;
/** Stands for `${…}` in a template literal: it can match neither a name nor `true`. */
const HOLE = '\u0000';

/** The `tls` module's own default: replacing it changes every later connection in the process. */
type Target = OptionTarget | { readonly kind: 'process' };
const PROCESS: Target = { kind: 'process' };
const PROCESS_TEXT =
  'every TLS connection in the process that does not bring its own `checkServerIdentity` (`tls.connect`, `https`, `http2` and most client libraries use `tls.checkServerIdentity` as their default)';

function identityProperty(
  context: RuleContext<MessageId>,
  property: TSESTree.Property,
  bag: TSESTree.ObjectExpression,
): void {
  const { analysis } = context;
  const verdict = judgeIdentityValue(analysis, property.value);
  if (!verdict) return;
  const target = patchesTlsModule(context, bag)
    ? PROCESS
    : optionTarget(analysis, bagDestinations(analysis, bag), bag);
  reportIdentity(context, property, property.value, verdict, target);
}

function identityAssignment(
  context: RuleContext<MessageId>,
  assignment: TSESTree.AssignmentExpression,
  left: TSESTree.MemberExpression,
): void {
  const { analysis } = context;
  const verdict = judgeIdentityValue(analysis, assignment.right);
  if (!verdict) return;
  const target = refIs(analysis.moduleRef(left), 'tls', 'checkServerIdentity')
    ? PROCESS
    : optionTarget(analysis, holderDestinations(analysis, left.object), undefined);
  reportIdentity(context, assignment, assignment.right, verdict, target);
}

/** `Object.assign(tls, { checkServerIdentity })` replaces the module's default like an assignment. */
function patchesTlsModule(context: RuleContext<MessageId>, bag: TSESTree.Node): boolean {
  const call = bag.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !context.analysis.isObjectAssign(call))
    return false;
  const [target, ...sources] = call.arguments;
  return (
    target !== undefined &&
    sources.includes(bag as TSESTree.CallExpressionArgument) &&
    refIs(context.analysis.moduleRef(target), 'tls')
  );
}

function reportIdentity(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  verdict: IdentityVerdict,
  target: Target,
): void {
  if (target.kind === 'inert') return; // servers and createSecureContext never check a host name
  const text =
    target.kind === 'process' ? PROCESS_TEXT : target.kind === 'global' ? target.what : target.text;
  if (verdict === 'conditional') {
    const { analysis } = context;
    const acceptsAny = (value: Value): boolean =>
      value.kind === 'function' && judgeIdentityFunction(analysis, value.node) !== undefined;
    const condition = valueCondition(analysis, valueNode, acceptsAny) ?? guardOf(analysis, node);
    const data = {
      expression: sourceExcerpt(context, valueNode),
      target: text,
      condition: condition ? describeCondition(condition) : 'in some run-time branch',
    };
    context.report({ node, messageId: 'conditional', data });
  } else if (target.kind === 'process' || target.kind === 'global') {
    context.report({ node, messageId: 'processWide', data: { target: text } });
  } else {
    context.report({ node, messageId: verdict, data: { target: text } });
  }
}

/**
 * Library and runtime switches that skip the host-name check (rules.md L11, L13, R4). `holder` is the
 * object that receives the key: the literal, or the `x` of `x.key = value`.
 */
function switchOption(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  key: string,
  valueNode: TSESTree.Node,
  holder: TSESTree.Node,
): void {
  const { analysis } = context;
  const curly = curlyOption(key, valueNode);
  if (key.toLowerCase() === MONGO_OPTION) {
    const verdict = judgeSwitchOn(analysis.value(valueNode), MONGO_SWITCH);
    const option = `\`${key}: ${sourceExcerpt(context, valueNode)}\``;
    gradedSwitch(context, node, key, valueNode, verdict, MONGO_SWITCH.isOn, () => {
      context.report({ node, messageId: 'mongoInvalidHostnames', data: { option } });
    });
  } else if (key === 'unsafelyDisableHostnameVerification') {
    const verdict = judgeSwitchOn(analysis.value(valueNode), BOOLEAN_SWITCH);
    gradedSwitch(context, node, key, valueNode, verdict, BOOLEAN_SWITCH.isOn, () => {
      context.report({ node, messageId: 'denoNoHostnameVerification' });
    });
  } else if (key === 'verifyIdentity' && isSslOptions(context, holder)) {
    mysqlVerifyIdentity(context, node, valueNode);
  } else if (curly?.check === 'host') {
    curlHostCheck(context, node, curly, `${key}: ${sourceExcerpt(context, valueNode)}`);
  }
}

/** `curl.setOpt('SSL_VERIFYHOST', 0)` and curly's `sslVerifyHost: 0`. */
function curlHostCheck(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: CurlOption,
  written: string,
): void {
  const value = context.analysis.value(option.valueNode);
  const verdict = judgeSwitchOn(value, { isOn: curlCheckOff, envTypes: [] });
  gradedSwitch(context, node, option.name, option.valueNode, verdict, curlCheckOff, () => {
    context.report({ node, messageId: 'curlVerifyHost', data: { option: written } });
  });
}

/** Reports a switch that is on in every run (`always`), or under a condition it names (a note). */
function gradedSwitch(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: string,
  valueNode: TSESTree.Node,
  verdict: 'on' | 'conditional' | undefined,
  weakens: (value: unknown) => boolean,
  always: () => void,
): void {
  const base = verdict === 'on' ? 'always' : verdict;
  const graded = grade(context.analysis, node, valueNode, base, weakens);
  if (graded?.kind === 'always') always();
  else if (graded)
    reportConditionalSwitch(context, node, option, valueNode, conditionPhrase(graded));
}

/** Only an explicit `false`: leaving the key out is mysql2's (insecure) default, not a decision here. */
function mysqlVerifyIdentity(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
): void {
  const verdict = judgeFalseDisables(context.analysis.value(valueNode));
  const base =
    verdict?.kind === 'disabled'
      ? 'on'
      : verdict?.kind === 'conditional'
        ? 'conditional'
        : undefined;
  gradedSwitch(
    context,
    node,
    'verifyIdentity',
    valueNode,
    base,
    (v) => v === false,
    () => {
      context.report({ node, messageId: 'mysqlNoVerifyIdentity' });
    },
  );
}

function reportConditionalSwitch(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: string,
  valueNode: TSESTree.Node,
  condition: string,
): void {
  const expression = sourceExcerpt(context, valueNode);
  context.report({ node, messageId: 'conditionalSwitch', data: { option, expression, condition } });
}

/** The object is a driver's `ssl` bag: `{ ssl: { … } }`, `config.ssl`, or a variable that ends up there. */
function isSslOptions(context: RuleContext<MessageId>, holder: TSESTree.Node): boolean {
  const { analysis } = context;
  const node = unwrap(holder);
  if (node.type === AST_NODE_TYPES.MemberExpression) return propertyName(analysis, node) === 'ssl';
  if (node.type === AST_NODE_TYPES.Identifier) {
    const def = analysis.bindings.variableOf(node)?.defs[0];
    const init = def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.init : null;
    return init !== null && reachesKey(analysis, init, 'ssl');
  }
  return reachesKey(analysis, node, 'ssl');
}

/** `mongodb://…?tlsAllowInvalidHostnames=true` (name case-insensitive; values as `MONGO_SWITCH`). */
function mongoUri(context: RuleContext<MessageId>, node: TSESTree.Node, text: string): void {
  if (!MONGO_URI.test(text)) return;
  const query = (text.split('#')[0] ?? '').split('?').slice(1).join('?');
  const pair = query.split('&').find((part) => {
    const [name, value] = part.split('=');
    return name?.toLowerCase() === MONGO_OPTION && value !== undefined && MONGO_SWITCH.isOn(value);
  });
  if (pair) {
    const option = `\`${pair}\` in this connection string`;
    context.report({ node, messageId: 'mongoInvalidHostnames', data: { option } });
  }
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        const key = propertyName(analysis, node);
        if (key === 'checkServerIdentity') identityProperty(context, node, node.parent);
        else if (key !== undefined) switchOption(context, node, key, node.value, node.parent);
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator !== '=') return;
        const key = propertyName(analysis, left);
        if (key === 'checkServerIdentity') identityAssignment(context, node, left);
        else if (key !== undefined) switchOption(context, node, key, node.right, left.object);
      },
      CallExpression(node) {
        const option = curlSetOpt(analysis, node);
        if (option?.check === 'host')
          curlHostCheck(context, node, option, sourceExcerpt(context, node));
      },
      Literal(node) {
        if (typeof node.value === 'string' && node.parent.type !== AST_NODE_TYPES.TSLiteralType)
          mongoUri(context, node, node.value);
      },
      TemplateLiteral(node) {
        mongoUri(context, node, node.quasis.map((quasi) => quasi.value.cooked ?? '').join(HOLE));
      },
    };
  },
});
