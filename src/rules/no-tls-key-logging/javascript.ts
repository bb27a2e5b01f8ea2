import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { guardedForProduction } from '../../languages/javascript/analysis/guards.js';
import {
  isFunctionNode,
  literalName,
  unwrap,
  type FunctionNode,
} from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { isEnvDependent } from '../../languages/javascript/analysis/value.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { keySinks, type KeySink } from '../javascript/keylog-sinks.js';
import {
  flagSiteVisitors,
  flagValues,
  valuePieces,
  type FlagSite,
} from '../javascript/node-flag-sites.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

type Context = RuleContext<MessageId>;

const LISTEN_METHODS = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
]);

/** `socket.on('keylog', handler)` (also agents and servers, `once`, `addListener`, …). */
function keylogListener(context: Context, call: TSESTree.CallExpression): void {
  const { analysis } = context;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  if (!LISTEN_METHODS.has(literalName(callee.property) ?? '')) return;
  const [event, handlerNode] = call.arguments;
  if (!event || !handlerNode) return;
  const eventName = analysis.value(event);
  if (eventName.kind !== 'known' || eventName.value !== 'keylog') return;
  const handler = handlerFunction(analysis, handlerNode);
  if (!handler) return;
  const sinks = keySinks(analysis, handler);
  const sink = sinks.find((s) => s.kind === 'file') ?? sinks[0];
  if (!sink) return;
  const emitter = sourceExcerpt(context, unwrap(callee.object));
  // A guard that holds in production (`NODE_ENV === 'production'`) is no debugging opt-in.
  const guards = guardedForProduction(analysis, call) ? [] : envConditions(analysis, call);
  const conditions = [...guards, ...envPath(analysis, sink)];
  // The SSLKEYLOGFILE convention is the debugging opt-in of rules.md N14's "Do not flag".
  if (conditions.some((condition) => namesSslKeyLogFile(analysis, condition))) return;
  const optIn = conditions[0];
  if (optIn) {
    context.report({
      node: call,
      messageId: 'keylogOptIn',
      data: { what: "`'keylog'` listener", condition: sourceExcerpt(context, optIn) },
    });
    return;
  }
  const messageId = sink.kind === 'file' ? 'keylogFile' : 'keylogLogged';
  context.report({
    node: call,
    messageId,
    data: { emitter, sink: sourceExcerpt(context, sink.call.callee) },
  });
}

function handlerFunction(analysis: FileAnalysis, node: TSESTree.Node): FunctionNode | undefined {
  const target = unwrap(node);
  if (isFunctionNode(target)) return target;
  const value = analysis.value(target);
  return value.kind === 'function' ? value.node : undefined;
}

/** The environment-dependent tests of the `if`, `?:` and `&&` the registration runs under. */
function envConditions(analysis: FileAnalysis, node: TSESTree.Node): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const test = guardingTest(parent, child);
    if (test && isEnvDependent(analysis.value(test))) found.push(test);
  }
  return found;
}

function guardingTest(parent: TSESTree.Node, child: TSESTree.Node): TSESTree.Node | undefined {
  if (
    (parent.type === AST_NODE_TYPES.IfStatement ||
      parent.type === AST_NODE_TYPES.ConditionalExpression) &&
    parent.test !== child
  ) {
    return parent.test;
  }
  return parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === child
    ? parent.left
    : undefined;
}

/** `fs.appendFileSync(process.env.X, line)`: the file exists only if the operator names it. */
function envPath(analysis: FileAnalysis, sink: KeySink): TSESTree.Node[] {
  if (!sink.path) return [];
  const ref = analysis.moduleRef(sink.path);
  const fromEnv = ref?.module === 'process' && ref.path[0] === 'env';
  return fromEnv || isEnvDependent(analysis.value(sink.path)) ? [sink.path] : [];
}

/** `process.env.SSLKEYLOGFILE` (through any alias or constant) somewhere in `node`. */
function namesSslKeyLogFile(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  if (
    (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) &&
    refIs(analysis.moduleRef(node), 'process', 'env', 'SSLKEYLOGFILE')
  ) {
    return true;
  }
  let found = false;
  forEachChild(node, (child) => {
    found ||= namesSslKeyLogFile(analysis, child);
  });
  return found;
}

/** `--tls-keylog=<file>` in `execArgv`, `NODE_OPTIONS` or a command line (rules.md N14). */
function keylogFlags(context: Context, sites: readonly FlagSite[]): void {
  for (const site of sites) {
    const present = site.alternatives.filter((words) => words.some(isKeylogFlag));
    if (present.length === 0 || namesSslKeyLogFile(context.analysis, site.node)) continue;
    if (present.length < site.alternatives.length) {
      context.report({
        node: site.node,
        messageId: 'keylogOptIn',
        data: { what: '`--tls-keylog` flag', condition: sourceExcerpt(context, site.node) },
      });
      continue;
    }
    const file = flagValues(present[0] ?? [], '--tls-keylog').at(-1);
    context.report({
      node: site.node,
      messageId: 'keylogFlag',
      data: { target: site.target, file: describeFile(file) },
    });
  }
}

function describeFile(file: string | undefined): string {
  if (file === undefined || file === '') return 'a file';
  return valuePieces(file).includes(null) ? 'a file chosen at run time' : `\`${file}\``;
}

function isKeylogFlag(word: string): boolean {
  return word === '--tls-keylog' || word.startsWith('--tls-keylog=');
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const flags = flagSiteVisitors(context.analysis, (sites) => {
      keylogFlags(context, sites);
    });
    return {
      ...flags,
      CallExpression(node) {
        keylogListener(context, node);
        flags.CallExpression(node);
      },
    };
  },
});
