import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { pythonChecker, type PythonRuleContext } from '../../languages/python/checker.js';
import type { PyNode } from '../../languages/python/syntax.js';
import {
  CIPHER_SEPARATORS,
  judgeCipherTokens,
  securityLevel,
  WEAKNESS_LABELS,
  type WeakToken,
} from '../knowledge/cipher-list.js';
import { clientCall } from '../python/http-clients.js';
import { excerpt } from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

/** Functions that take a cipher list as `ciphers=`. */
const CIPHERS_KEYWORD = new Set(['ssl.wrap_socket']);

/**
 * rules.md P8: cipher lists given to `ctx.set_ciphers(…)`, pyOpenSSL's `set_cipher_list(b'…')`,
 * urllib3's `ciphers=` (pool managers, `create_urllib3_context`) and `ssl.wrap_socket(ciphers=…)`:
 * `@SECLEVEL=0` (high), `@SECLEVEL=1` (medium: undoes Python's level 2 — the narrow workaround for a
 * weak server key, still a weakening), weak suites (medium), legacy ones (low), a bare `DEFAULT`
 * (low: OpenSSL's list instead of Python's hardened one). `!X`/`-X` tokens are hardening.
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      call: (node) => {
        const list = cipherArgument(context.analysis, node);
        if (list) judge(context, node, list);
      },
    };
  },
});

function cipherArgument(analysis: PythonAnalysis, call: PyNode): PyNode | undefined {
  const method = analysis.method(call);
  if (method?.name === 'set_ciphers' || method?.name === 'set_cipher_list')
    return analysis.argument(call, 'cipherlist', 0)?.node;
  const callee = analysis.calleeName(call);
  const takesKeyword =
    (callee !== undefined && CIPHERS_KEYWORD.has(callee)) ||
    clientCall(analysis, call)?.library === 'urllib3';
  return takesKeyword ? analysis.argument(call, 'ciphers')?.node : undefined;
}

function judge(context: Context, call: PyNode, node: PyNode): void {
  const { analysis } = context;
  const list = analysis.stringOf(node);
  if (list === undefined) return;
  const method = analysis.method(call);
  const target = method ? `\`${excerpt(analysis, method.receiver)}\`` : 'this connection';
  const data = { call: excerpt(analysis, call), target };
  const report = (messageId: PythonMessageId, extra: Record<string, string> = {}): void => {
    context.report({ node: call, messageId, data: { ...data, ...extra } });
  };
  const verdict = judgeCipherTokens(list.split(CIPHER_SEPARATORS).filter((t) => t.length > 0));
  const level = securityLevel(list);
  if (verdict?.seclevelZero) {
    report('pythonSeclevelZero', {
      tokens: describe(['@SECLEVEL=0', ...verdict.weak.map((weak) => weak.token)]),
    });
  } else if (verdict && verdict.weak.length > 0) {
    report('pythonWeak', {
      tokens: describe(tokensOf(verdict.weak)),
      weaknesses: labels(verdict.weak),
    });
  } else if (level === 1) {
    report('pythonSeclevelOne');
  } else if (verdict && verdict.legacy.length > 0) {
    report('pythonLegacy', {
      tokens: describe(tokensOf(verdict.legacy)),
      weaknesses: labels(verdict.legacy),
    });
  } else if (list.trim() === 'DEFAULT') {
    report('pythonDefault');
  }
}

function tokensOf(tokens: readonly WeakToken[]): string[] {
  return tokens.map((token) => token.token);
}

function describe(tokens: readonly string[]): string {
  return [...new Set(tokens)].map((token) => `\`${token}\``).join(', ');
}

function labels(tokens: readonly WeakToken[]): string {
  return [...new Set(tokens.flatMap((token) => token.weaknesses))]
    .map((weakness) => WEAKNESS_LABELS[weakness])
    .join(', ');
}
