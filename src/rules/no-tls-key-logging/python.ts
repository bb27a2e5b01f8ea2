import { pythonChecker, type PythonRuleContext } from '../../languages/python/checker.js';
import type { PyNode } from '../../languages/python/syntax.js';
import { attributeWrite } from '../python/assignments.js';
import { environmentWrite } from '../python/environment.js';
import { excerpt } from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

const NAMES: ReadonlySet<string> = new Set(['SSLKEYLOGFILE']);

/**
 * TLS session keys written to a file from Python: `ctx.keylog_filename = path` (3.8+), and
 * `SSLKEYLOGFILE` set for the process or a child (`create_default_context()` reads it since 3.8).
 * `None` or an empty value turns key logging off and is not reported.
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      assignment: (node) => {
        keylogFilename(context, node);
        variable(context, node);
      },
      call: (node) => variable(context, node),
      pair: (node) => variable(context, node),
      keyword_argument: (node) => variable(context, node),
    };
  },
});

function isOff(analysis: Context['analysis'], value: PyNode): boolean {
  const known = analysis.value(value);
  return known.kind === 'constant' && (known.value === null || known.value === '');
}

/**
 * The code around reads `SSLKEYLOGFILE` to decide: the operator's explicit opt-in, the convention
 * that `create_default_context()` itself follows since 3.8 (urllib3 does the same) — not a leak.
 */
function honoursKeylogVariable(analysis: Context['analysis'], node: PyNode): boolean {
  let scope: PyNode | undefined = node.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module')
    scope = scope.parent;
  return scope !== undefined && analysis.textOf(scope).includes('SSLKEYLOGFILE');
}

function keylogFilename(context: Context, node: PyNode): void {
  const { analysis } = context;
  const write = attributeWrite(analysis, node, 'keylog_filename');
  if (!write || isOff(analysis, write.value) || honoursKeylogVariable(analysis, node)) return;
  context.report({
    node,
    messageId: 'pythonKeylogFile',
    data: {
      target: excerpt(analysis, write.receiver),
      file: `\`${excerpt(analysis, write.value)}\``,
    },
  });
}

function variable(context: Context, node: PyNode): void {
  const { analysis } = context;
  const write = environmentWrite(analysis, node, NAMES);
  if (!write || isOff(analysis, write.value)) return;
  context.report({
    node: write.node,
    messageId: 'pythonKeylogVariable',
    data: { target: write.target, file: `\`${excerpt(analysis, write.value)}\`` },
  });
}
