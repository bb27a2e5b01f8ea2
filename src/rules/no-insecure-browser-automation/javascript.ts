import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { isArgumentsCall, isBrowserArgsArray } from '../javascript/browser-args.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { conditionText } from '../javascript/graded-value.js';
import { BOOLEAN_SWITCH, judgeSwitchOn } from '../javascript/switch-on.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import { CAPABILITY_CONSTANT } from './index.js';
import type { MessageId } from './index.js';

type Option = 'acceptInsecureCerts' | 'ignoreHTTPSErrors';
const PUPPETEER_MODULES = new Set(['puppeteer', 'puppeteer-core', 'puppeteer-extra']);
/** Chromium reads `--switch` and `-switch`; any `=value` still turns it on. */
const IGNORE_CERT_ERRORS = /^--?ignore-certificate-errors(?:=.*)?$/;
/** Array elements that cannot be a switch string: not worth evaluating. */
const NOT_A_STRING: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.SpreadElement,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
]);

/** `acceptInsecureCerts`, `ignoreHTTPSErrors`, or Selenium's `[Capability.ACCEPT_INSECURE_TLS_CERTS]`. */
function optionKey(
  analysis: FileAnalysis,
  key: TSESTree.Node,
  computed: boolean,
): Option | undefined {
  const name = computed ? capabilityName(analysis, key) : literalName(key);
  return name === 'acceptInsecureCerts' || name === 'ignoreHTTPSErrors' ? name : undefined;
}

/** A computed key or `caps.set(key, …)` argument: a string, or the Selenium capability constant. */
function capabilityName(analysis: FileAnalysis, key: TSESTree.Node): string | undefined {
  const target = unwrap(key);
  if (
    target.type === AST_NODE_TYPES.MemberExpression &&
    propertyName(analysis, target) === CAPABILITY_CONSTANT
  ) {
    return 'acceptInsecureCerts';
  }
  const value = analysis.value(key);
  return value.kind === 'known' && typeof value.value === 'string' ? value.value : undefined;
}

function judgeOption(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  option: Option,
  valueNode: TSESTree.Node,
  where: string,
): void {
  const verdict = judgeSwitchOn(context.analysis.value(valueNode), BOOLEAN_SWITCH);
  if (verdict === 'conditional') {
    const expression = sourceExcerpt(context, valueNode);
    const condition = conditionText(context.analysis, node, valueNode, (value) => value === true);
    context.report({ node, messageId: 'conditional', data: { option, expression, condition } });
  } else if (verdict === 'on' && option === 'acceptInsecureCerts') {
    context.report({ node, messageId: 'acceptInsecureCerts', data: { where } });
  } else if (verdict === 'on') {
    const puppeteer = reachesPuppeteer(context.analysis, node.parent);
    const messageId = puppeteer ? 'puppeteerIgnoreHttpsErrors' : 'ignoreHttpsErrors';
    context.report({ node, messageId, data: { where } });
  }
}

/** ` in the options of \`browser.newContext()\`` for the first call the options object is passed to. */
function optionWhere(context: RuleContext<MessageId>, bag: TSESTree.Node): string {
  const use = context.analysis.uses(bag).find((u) => u.kind === 'argument');
  if (use?.kind !== 'argument') return '';
  const isNew = use.call.type === AST_NODE_TYPES.NewExpression;
  return ` in the options of \`${isNew ? 'new ' : ''}${sourceExcerpt(context, use.call.callee)}()\``;
}

function reachesPuppeteer(analysis: FileAnalysis, bag: TSESTree.Node | undefined): boolean {
  if (bag?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return analysis.uses(bag).some((use) => {
    const module =
      use.kind === 'argument' ? analysis.moduleRef(use.call.callee)?.module : undefined;
    return module !== undefined && PUPPETEER_MODULES.has(module);
  });
}

/** Selenium: `options.setAcceptInsecureCerts(true)`, `caps.set(Capability.ACCEPT_INSECURE_TLS_CERTS, true)`. */
function capabilitySetter(context: RuleContext<MessageId>, call: TSESTree.CallExpression): void {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  const method = literalName(callee.property);
  const [first, second] = call.arguments;
  const value =
    method === 'setAcceptInsecureCerts'
      ? first
      : method === 'set' &&
          first &&
          capabilityName(context.analysis, first) === 'acceptInsecureCerts'
        ? second
        : undefined;
  if (!value) return;
  const where = ` via \`${sourceExcerpt(context, callee)}()\``;
  judgeOption(context, call, 'acceptInsecureCerts', value, where);
}

function switchArgument(context: RuleContext<MessageId>, node: TSESTree.Node): void {
  const arg = switchText(context.analysis, node);
  if (arg !== undefined)
    context.report({ node, messageId: 'ignoreCertificateErrorsArg', data: { arg } });
}

function switchText(analysis: FileAnalysis, node: TSESTree.Node): string | undefined {
  const value = analysis.value(node);
  if (value.kind !== 'known' || typeof value.value !== 'string') return undefined;
  const text = value.value.trim();
  return IGNORE_CERT_ERRORS.test(text) ? text : undefined;
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        const option = optionKey(analysis, node.key, node.computed);
        if (option)
          judgeOption(context, node, option, node.value, optionWhere(context, node.parent));
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator !== '=') return;
        const option = optionKey(analysis, left.property, left.computed);
        if (option) judgeOption(context, node, option, node.right, '');
      },
      CallExpression(node) {
        capabilitySetter(context, node);
        if (isArgumentsCall(analysis, node)) {
          for (const argument of node.arguments) switchArgument(context, argument);
        }
      },
      ArrayExpression(node) {
        const elements = node.elements.filter(
          (element): element is TSESTree.Expression =>
            element !== null && !NOT_A_STRING.has(element.type),
        );
        const matching = elements.filter((element) => switchText(analysis, element) !== undefined);
        if (matching.length > 0 && isBrowserArgsArray(analysis, node)) {
          for (const element of matching) switchArgument(context, element);
        }
      },
    };
  },
});
