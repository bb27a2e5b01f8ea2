import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';

/**
 * node-libcurl's verification options (CURLOPT_SSL_VERIFYPEER / _VERIFYHOST and their proxy and DoH
 * variants): `curl.setOpt('SSL_VERIFYPEER', 0)`, `setOpt(Curl.option.SSL_VERIFYHOST, false)`, and
 * curly's options `{ sslVerifyPeer: false }` (camel-cased, or the upper-case names). libcurl turns
 * the check off for 0 (`false` is passed as 0); VERIFYHOST 1 means 2 since libcurl 7.66.
 */
export type CurlCheck = 'peer' | 'host';

export interface CurlOption {
  readonly check: CurlCheck;
  /** The option as the code names it: `SSL_VERIFYPEER`, `proxySslVerifyHost`. */
  readonly name: string;
  /** Where it is set, for a message: `setOpt('SSL_VERIFYPEER', …)` or the curly option. */
  readonly site: 'setOpt' | 'option';
  readonly valueNode: TSESTree.Node;
}

const NAMES: ReadonlyMap<string, CurlCheck> = new Map(
  ['SSL', 'PROXY_SSL', 'DOH_SSL'].flatMap((prefix) => [
    [`${prefix}_VERIFYPEER`, 'peer' as const],
    [`${prefix}_VERIFYHOST`, 'host' as const],
  ]),
);
const CAMEL: ReadonlyMap<string, CurlCheck> = new Map([
  ['sslVerifyPeer', 'peer'],
  ['sslVerifyHost', 'host'],
  ['proxySslVerifyPeer', 'peer'],
  ['proxySslVerifyHost', 'host'],
  ['dohSslVerifyPeer', 'peer'],
  ['dohSslVerifyHost', 'host'],
]);

export const CURL_TRIGGERS = ['VERIFYPEER', 'VerifyPeer', 'VERIFYHOST', 'VerifyHost'];

/** True for values libcurl reads as "do not check": `0` and `false`. */
export function curlCheckOff(value: unknown): boolean {
  return value === 0 || value === false;
}

/** `handle.setOpt(<verification option>, value)`. */
export function curlSetOpt(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
): CurlOption | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (literalName(callee.property) !== 'setOpt') return undefined;
  const [option, value] = call.arguments;
  if (!option || !value) return undefined;
  const name = optionName(analysis, option);
  const check = name === undefined ? undefined : NAMES.get(name);
  return check && name ? { check, name, site: 'setOpt', valueNode: value } : undefined;
}

/** `{ sslVerifyPeer: false }` or `{ SSL_VERIFYHOST: 0 }` in curly's options. */
export function curlyOption(key: string, valueNode: TSESTree.Node): CurlOption | undefined {
  const check = CAMEL.get(key) ?? NAMES.get(key);
  return check ? { check, name: key, site: 'option', valueNode } : undefined;
}

/** `'SSL_VERIFYPEER'`, or `Curl.option.SSL_VERIFYPEER` / `CurlOption.SSL_VERIFYPEER`. */
function optionName(analysis: FileAnalysis, node: TSESTree.Node): string | undefined {
  const value = analysis.value(node);
  if (value.kind === 'known') return typeof value.value === 'string' ? value.value : undefined;
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.MemberExpression && !target.computed
    ? literalName(target.property)
    : undefined;
}
