import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import type { PyValue } from '../../languages/python/analysis/values.js';
import { textOf, type PyNode } from '../../languages/python/syntax.js';

/** `ssl.CERT_NONE`, `ssl.VerifyMode.CERT_NONE`, or `0` (rules.md §0.5: `verify_mode = 0` is CERT_NONE). */
export function isCertNone(value: PyValue): boolean {
  if (value.kind === 'constant') return value.value === 0;
  return (
    value.kind === 'symbol' &&
    (value.qualified === 'ssl.CERT_NONE' || value.qualified === 'ssl.VerifyMode.CERT_NONE')
  );
}

/** urllib3's `cert_reqs`: `'CERT_NONE'`, `'NONE'`, `ssl.CERT_NONE`, `0` (its `resolve_cert_reqs`). */
export function isCertReqsNone(value: PyValue): boolean {
  if (value.kind === 'constant' && typeof value.value === 'string')
    return value.value === 'CERT_NONE' || value.value === 'NONE';
  return isCertNone(value);
}

export function isFalse(value: PyValue): boolean {
  return value.kind === 'constant' && value.value === false;
}

/** False, `0`, `''` — every false value but `None` (requests' `verify`, aiohttp's `verify_ssl`). */
export function isFalsyNotNone(value: PyValue): boolean {
  return (
    value.kind === 'constant' && (value.value === false || value.value === 0 || value.value === '')
  );
}

/** `True`, `1` and other true constants. */
export function isTruthyConstant(value: PyValue): boolean {
  return (
    value.kind === 'constant' &&
    value.value !== false &&
    value.value !== null &&
    value.value !== 0 &&
    value.value !== ''
  );
}

/** The code of a node on one line, cut to `max` characters, for a message. */
export function excerpt(analysis: PythonAnalysis, node: PyNode, max = 60): string {
  const text = textOf(analysis.text, node).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
