import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { lookup, propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import { alternatives, isKnown } from '../../languages/javascript/analysis/value.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { clientCertCheck, type ClientCertCheck } from '../javascript/client-cert-check.js';
import { judgeFalseDisables } from '../javascript/false-disables.js';
import { conditionText } from '../javascript/graded-value.js';
import { connectionHandlers } from '../javascript/server-handlers.js';
import { sourceExcerpt } from '../javascript/source-excerpt.js';
import {
  bagDestinations,
  holderDestinations,
  type BagDestination,
} from '../javascript/tls-bag-destinations.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

type ServerCall = TSESTree.CallExpression | TSESTree.NewExpression;
type ServerDestination = Extract<BagDestination, { kind: 'server' }>;

/** `site` writes `rejectUnauthorized` (the Property or the assignment); `valueNode` is what it writes. */
function judge(
  context: RuleContext<MessageId>,
  site: TSESTree.Node,
  valueNode: TSESTree.Node,
  destinations: readonly BagDestination[],
): void {
  const { analysis } = context;
  // A server tests `rejectUnauthorized !== false`: other falsy values keep it on (rules.md §0.1).
  const verdict = judgeFalseDisables(analysis.value(valueNode));
  if (!verdict || verdict.kind === 'legacy') return;
  const server = destinations.find(
    (d): d is ServerDestination => d.kind === 'server' && requestsCert(analysis, d.call, site),
  );
  if (!server) return;
  const check = handlerCheck(analysis, server.call);
  if (check === 'guard') return; // the documented custom-error pattern (rules.md N5 "Do not flag")
  const api = `\`${server.api}\``;
  if (verdict.kind === 'conditional') {
    const expression = sourceExcerpt(context, valueNode);
    const condition = conditionText(analysis, site, valueNode, (value) => value === false);
    context.report({ node: site, messageId: 'conditional', data: { api, expression, condition } });
  } else {
    context.report({ node: site, messageId: check ? 'unguarded' : 'unenforced', data: { api } });
  }
}

/**
 * True when the options `call` receives contain this `rejectUnauthorized` write (not overridden by a
 * later key) together with `requestCert` that is exactly `true` — the server tests `=== true`.
 */
function requestsCert(analysis: FileAnalysis, call: ServerCall, site: TSESTree.Node): boolean {
  return call.arguments.some((argument) =>
    alternatives(analysis.value(argument)).some((option) => {
      if (option.kind !== 'object') return false;
      const writes = option.shape.entries.get('rejectUnauthorized') ?? [];
      return (
        writes.some((write) => write.site === site) &&
        isKnown(lookup(analysis, option.shape, 'requestCert'), true)
      );
    }),
  );
}

/**
 * How the server's handlers deal with the client's verification result. When every handler is visible,
 * they (and the functions they call) decide; a check elsewhere in the file still counts as a `read`.
 * Otherwise (an `app` object, a handler from another module) any check in the file counts.
 */
function handlerCheck(analysis: FileAnalysis, call: ServerCall): ClientCertCheck | undefined {
  const handlers = connectionHandlers(analysis, call);
  const inFile = (): ClientCertCheck | undefined => clientCertCheck(analysis, [analysis.program]);
  if (!handlers) return inFile();
  return clientCertCheck(analysis, handlers) ?? (inFile() ? 'read' : undefined);
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    const { analysis } = context;
    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
        if (propertyName(analysis, node) !== 'rejectUnauthorized') return;
        judge(context, node, node.value, bagDestinations(analysis, node.parent));
      },
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || node.operator === '&&=') return;
        if (propertyName(analysis, left) !== 'rejectUnauthorized') return;
        judge(context, node, node.right, holderDestinations(analysis, left.object));
      },
    };
  },
});
