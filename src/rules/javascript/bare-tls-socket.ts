import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { lookup } from '../../languages/javascript/analysis/object-shapes.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

/**
 * N6: `new tls.TLSSocket(socket, options)` on the client side verifies neither the chain nor the host
 * name, whatever `rejectUnauthorized` says. It is a bypass unless the options make it a server
 * (`isServer: true`) or the file checks the result itself (`.authorized`, `verifyError()`,
 * `tls.checkServerIdentity`). Options we cannot see could say `isServer`, so they are not reported.
 */
export function isBareClientSocket(analysis: FileAnalysis, node: TSESTree.NewExpression): boolean {
  if (!refIs(analysis.moduleRef(node.callee), 'tls', 'TLSSocket')) return false;
  const options = node.arguments[1];
  if (options) {
    const value = analysis.value(options);
    if (value.kind !== 'object' || value.shape.open) return false;
    const isServer = lookup(analysis, value.shape, 'isServer');
    const rejectUnauthorized = lookup(analysis, value.shape, 'rejectUnauthorized');
    // An explicit `rejectUnauthorized: false` is reported as such; do not report the line twice.
    if (!(isServer.kind === 'known' && !isServer.value)) return false;
    if (rejectUnauthorized.kind === 'known' && rejectUnauthorized.value === false) return false;
  }
  return !checksPeer(analysis);
}

const CHECKS = new Set(['authorized', 'verifyError', 'authorizationError']);

const checkedByProgram = new WeakMap<TSESTree.Program, boolean>();

/** Whether the file checks a peer's verification itself anywhere: walked once per file, not per socket. */
function checksPeer(analysis: FileAnalysis): boolean {
  let checks = checkedByProgram.get(analysis.program);
  if (checks === undefined) {
    checks = findsPeerCheck(analysis);
    checkedByProgram.set(analysis.program, checks);
  }
  return checks;
}

function findsPeerCheck(analysis: FileAnalysis): boolean {
  const stack: TSESTree.Node[] = [analysis.program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = literalName(node.property);
      if (name !== undefined && CHECKS.has(name)) return true;
      if (refIs(analysis.moduleRef(node), 'tls', 'checkServerIdentity')) return true;
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return false;
}
