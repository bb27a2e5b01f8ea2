import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { truthiness } from '../../languages/python/analysis/values.js';
import { child, type PyNode } from '../../languages/python/syntax.js';

/**
 * `c.setopt(pycurl.SSL_VERIFYPEER, 0)` (also `c.setopt(c.SSL_VERIFYPEER, 0)`, the constants being
 * attributes of `Curl` objects too): the option's name and the value node, for one of `names`.
 */
export function curlOption(
  analysis: PythonAnalysis,
  call: PyNode,
  names: readonly string[],
): { readonly option: string; readonly value: PyNode } | undefined {
  const method = analysis.method(call);
  if (method?.name !== 'setopt') return undefined;
  const [option, value] = analysis
    .arguments(call)
    .filter((argument) => argument.type !== 'keyword_argument');
  if (!option || !value) return undefined;
  const qualified = analysis.qualifiedName(option);
  let name: string | undefined;
  if (qualified?.startsWith('pycurl.')) name = qualified.slice('pycurl.'.length);
  else if (option.type === 'attribute') {
    const object = child(option, 'object');
    const curl = object && analysis.instanceOf(object) === 'pycurl.Curl';
    if (curl) name = analysis.textOf(child(option, 'attribute') ?? option);
  }
  if (name === undefined || !names.includes(name)) return undefined;
  return { option: `pycurl.${name}`, value };
}

/**
 * pyOpenSSL: `ctx.set_verify(SSL.VERIFY_NONE, …)`, or a verify callback that returns true for every
 * certificate (the callback's verdict replaces OpenSSL's). How it accepts them, for the message.
 */
export function acceptsEveryCertificate(
  analysis: PythonAnalysis,
  call: PyNode,
): string | undefined {
  const method = analysis.method(call);
  if (method?.name !== 'set_verify') return undefined;
  const mode = analysis.argument(call, 'mode', 0);
  const modeName = mode && analysis.qualifiedName(mode.node);
  const pyOpenSsl =
    modeName?.startsWith('OpenSSL.SSL.VERIFY_') === true ||
    analysis.instanceOf(method.receiver) === 'OpenSSL.SSL.Context';
  if (!pyOpenSsl) return undefined;
  if (modeName === 'OpenSSL.SSL.VERIFY_NONE') return '`set_verify(VERIFY_NONE)`';
  const callback = analysis.argument(call, 'callback', 1);
  const value = callback && analysis.value(callback.node);
  if (value?.kind !== 'function') return undefined;
  const returned = analysis.returnedBy(value.node);
  return returned.kind === 'constant' && truthiness(returned) === true
    ? 'its verify callback returns true for every certificate'
    : undefined;
}
