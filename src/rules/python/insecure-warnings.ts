import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import type { PyNode } from '../../languages/python/syntax.js';

/** urllib3's warning for a request without certificate verification, and the classes above it. */
const WARNING = /(?:^|\.)(?:InsecureRequestWarning|HTTPWarning)$/;
const DISABLE = new Set(['urllib3.disable_warnings']);

/**
 * rules.md P11 and research §2 C11/C12/C37: `urllib3.disable_warnings()` (no argument silences every
 * urllib3 warning), `requests.packages.urllib3.disable_warnings(InsecureRequestWarning)`,
 * `warnings.filterwarnings('ignore', category=InsecureRequestWarning)` or with
 * `message='Unverified HTTPS request'`, `warnings.simplefilter('ignore', InsecureRequestWarning)`.
 */
export function silencedInsecureWarning(analysis: PythonAnalysis, call: PyNode): boolean {
  const callee = analysis.calleeName(call);
  if (callee !== undefined && DISABLE.has(callee)) {
    const category = analysis.argument(call, 'category', 0);
    return category === undefined || WARNING.test(analysis.qualifiedName(category.node) ?? '');
  }
  if (callee !== 'warnings.filterwarnings' && callee !== 'warnings.simplefilter') return false;
  const action = analysis.argument(call, 'action', 0);
  if (!action || analysis.stringOf(action.node) !== 'ignore') return false;
  const category = analysis.argument(call, 'category', callee === 'warnings.simplefilter' ? 1 : 2);
  if (category && WARNING.test(analysis.qualifiedName(category.node) ?? '')) return true;
  const message = callee === 'warnings.filterwarnings' && analysis.argument(call, 'message', 1);
  return message ? /Unverified HTTPS/i.test(analysis.stringOf(message.node) ?? '') : false;
}
