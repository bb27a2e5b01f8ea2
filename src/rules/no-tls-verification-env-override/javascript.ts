import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import {
  alternatives,
  describePrimitive,
  type Value,
} from '../../languages/javascript/analysis/value.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import {
  childProcessApi,
  envBagDestinations,
  envHolderDestinations,
  type EnvDestination,
} from '../javascript/env-destinations.js';
import { conditionAdvice, conditionPhrase, grade } from '../javascript/graded-value.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import { VARIABLE } from './index.js';
import type { MessageId } from './index.js';

/** `NODE_TLS_REJECT_UNAUTHORIZED=0` as a shell assignment inside a command line. */
const SHELL_ASSIGNMENT = /(?:^|[\s;&|(])NODE_TLS_REJECT_UNAUTHORIZED=(?:0|'0'|"0")(?=$|[\s;&|)])/;

type Verdict =
  { kind: 'disabled' } | { kind: 'conditional' } | { kind: 'ineffective'; value: string };

/** process.env stores `String(value)`; only the exact string '0' turns verification off (rules.md §0.2). */
function judgeEnvValue(value: Value): Verdict | undefined {
  if (value.kind === 'known') {
    if (String(value.value) === '0') return { kind: 'disabled' };
    const ineffective = value.value === false || value.value === 'false';
    return ineffective ? { kind: 'ineffective', value: describePrimitive(value.value) } : undefined;
  }
  const zero = alternatives(value).some(
    (option) => option.kind === 'known' && String(option.value) === '0',
  );
  return zero ? { kind: 'conditional' } : undefined;
}

function judge(
  context: RuleContext<MessageId>,
  node: TSESTree.Node,
  valueNode: TSESTree.Node,
  destinations: readonly EnvDestination[],
): void {
  const { analysis } = context;
  const verdict = judgeEnvValue(analysis.value(valueNode));
  if (verdict?.kind === 'ineffective') {
    context.report({ node, messageId: 'ineffective', data: { value: verdict.value } });
    return;
  }
  const base = verdict?.kind === 'disabled' ? 'always' : verdict?.kind;
  const graded = grade(analysis, node, valueNode, base, (value) => String(value) === '0');
  if (!graded) return;
  if (graded.kind === 'conditional') {
    const expression = sourceExcerpt(context, valueNode);
    const condition = conditionPhrase(graded);
    const data = { expression, condition, advice: conditionAdvice(graded) };
    context.report({ node, messageId: 'conditional', data });
  } else if (destinations.some((d) => d.kind === 'process')) {
    context.report({ node, messageId: 'process' });
  } else {
    const child = destinations.find((d) => d.kind === 'child');
    if (child) context.report({ node, messageId: 'child', data: { api: `\`${child.api}\`` } });
    else context.report({ node, messageId: 'envObject' });
  }
}

/** `Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')`, `Object.defineProperty(…, { value })`. */
function reflectiveWrite(context: RuleContext<MessageId>, call: TSESTree.CallExpression): void {
  const { analysis } = context;
  const [target, key, value] = call.arguments;
  if (!target || !key || !value || !isReflectiveSetter(analysis, call)) return;
  const name = analysis.value(key);
  if (name.kind !== 'known' || name.value !== VARIABLE) return;
  const written = refIs(analysis.moduleRef(call.callee), '<global>', 'Reflect', 'set')
    ? value
    : descriptorValue(analysis, value);
  if (written) judge(context, call, written, envHolderDestinations(analysis, target));
}

function isReflectiveSetter(analysis: FileAnalysis, call: TSESTree.CallExpression): boolean {
  const ref = analysis.moduleRef(call.callee);
  return (
    refIs(ref, '<global>', 'Reflect', 'set') || refIs(ref, '<global>', 'Object', 'defineProperty')
  );
}

function descriptorValue(
  analysis: FileAnalysis,
  descriptor: TSESTree.Node,
): TSESTree.Node | undefined {
  const value = analysis.value(descriptor);
  if (value.kind !== 'object') return undefined;
  return value.shape.entries.get('value')?.at(-1)?.valueNode;
}

/** `execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci')`, `spawn('sh', ['-c', '… '])`. */
function shellCommand(context: RuleContext<MessageId>, call: TSESTree.CallExpression): void {
  if (!childProcessApi(context.analysis, call)) return;
  for (const argument of call.arguments) {
    const strings =
      argument.type === AST_NODE_TYPES.ArrayExpression ? argument.elements : [argument];
    for (const element of strings) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
      const value = context.analysis.value(element);
      if (
        value.kind === 'known' &&
        typeof value.value === 'string' &&
        SHELL_ASSIGNMENT.test(value.value)
      ) {
        context.report({ node: element, messageId: 'shell' });
      }
    }
  }
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        if (propertyName(analysis, node) !== VARIABLE) return;
        judge(context, node, node.value, envBagDestinations(analysis, node.parent));
      },
      AssignmentExpression(node) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        if (propertyName(analysis, node.left) !== VARIABLE) return;
        judge(context, node, node.right, envHolderDestinations(analysis, node.left.object));
      },
      CallExpression(node) {
        reflectiveWrite(context, node);
        shellCommand(context, node);
      },
    };
  },
});
