import type { PyValue } from '../../languages/python/analysis/values.js';
import {
  pythonChecker,
  type PythonReport,
  type PythonRuleContext,
} from '../../languages/python/checker.js';
import type { PyNode } from '../../languages/python/syntax.js';
import { formatVersion } from '../../languages/python/version.js';
import { environmentWrite } from '../python/environment.js';
import { VARIABLE, type PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

const CA_BUNDLES = new Set(['CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE']);
const NAMES: ReadonlySet<string> = new Set([VARIABLE, 'PYTHONHTTPSVERIFY', ...CA_BUNDLES]);

/**
 * Environment variables that turn verification off, set from Python for the process or the programs
 * it starts (research §2 C32/C33, rules.md C11/C12): `PYTHONHTTPSVERIFY=0` (honoured only by PEP 493
 * builds of Python 2.7: a warning, a note when the project targets Python 3), an empty
 * `CURL_CA_BUNDLE`/`REQUESTS_CA_BUNDLE` (requests < 2.28), and `NODE_TLS_REJECT_UNAUTHORIZED='0'`
 * handed to Node.js programs.
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    const check = (node: PyNode): void => {
      const write = environmentWrite(context.analysis, node, NAMES);
      if (write) judge(context, write.name, write.value, write.node, write.target);
    };
    return { assignment: check, call: check, pair: check, keyword_argument: check };
  },
});

function judge(context: Context, name: string, value: PyNode, node: PyNode, target: string): void {
  const { analysis, pythonVersion } = context;
  const is =
    (text: string) =>
    (candidate: PyValue): boolean =>
      candidate.kind === 'constant' && candidate.value === text;
  const weakness = analysis.weakness(value, is(CA_BUNDLES.has(name) ? '' : '0'));
  if (!weakness) return;
  let report: PythonReport<PythonMessageId>;
  if (name === VARIABLE) report = { node, messageId: 'pythonNodeVariable', data: { target } };
  else if (CA_BUNDLES.has(name))
    report = { node, messageId: 'pythonCaBundle', data: { name, target } };
  else if (pythonVersion && pythonVersion.major >= 3)
    report = {
      node,
      messageId: 'pythonHttpsVerifyIgnored',
      data: { target, version: formatVersion(pythonVersion) },
    };
  else report = { node, messageId: 'pythonHttpsVerify', data: { target } };
  context.report(weakness.kind === 'when' ? { ...report, condition: weakness.condition } : report);
}
