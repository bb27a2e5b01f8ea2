import type { PyValue } from '../../languages/python/analysis/values.js';
import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { pythonChecker, type PythonRuleContext } from '../../languages/python/checker.js';
import { child, type PyNode } from '../../languages/python/syntax.js';
import { attributeWrite } from '../python/assignments.js';
import { clientCall } from '../python/http-clients.js';
import { curlOption } from '../python/libraries.js';
import {
  contextOrigin,
  isServerContext,
  isWrapperAttribute,
  sameReceiverWrites,
} from '../python/ssl-contexts.js';
import { excerpt, isCertNone, isFalsyNotNone } from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

/**
 * rules.md P2 (`check_hostname = False` on a client context; medium when the context trusts only a
 * CA it loads), `HTTPSConnection(check_hostname=False)`, urllib3's `assert_hostname=False` (P10),
 * pycurl's `SSL_VERIFYHOST` 0. The pair with `verify_mode = CERT_NONE` is one finding of
 * no-disabled-cert-verification (P2b), not reported here again.
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      assignment: (node) => checkHostname(context, node),
      call: (node) => {
        httpsConnection(context, node);
        assertHostname(context, node);
        curlVerifyHost(context, node);
      },
    };
  },
});

function isOff(value: PyValue): boolean {
  return value.kind === 'constant' && (value.value === false || value.value === 0);
}

function checkHostname(context: Context, node: PyNode): void {
  const { analysis } = context;
  const write = attributeWrite(analysis, node, 'check_hostname');
  const weakness = write && analysis.weakness(write.value, isOff);
  if (!write || !weakness) return;
  const origin = contextOrigin(analysis, write.receiver);
  if (origin.kind === 'unverified' || isServerContext(analysis, write.receiver)) return;
  if (isWrapperAttribute(analysis, write.receiver) || checksHostNames(analysis)) return;
  const verifyModes = sameReceiverWrites(analysis, write.receiver, 'verify_mode');
  if (verifyModes.some((other) => writes(analysis, other, isCertNone))) return;
  const privateCa = loadedCa(analysis, write.receiver);
  const target = excerpt(analysis, write.receiver);
  context.report({
    node,
    ...(privateCa
      ? { messageId: 'pythonCheckHostnamePrivateCa', data: { target, how: privateCa } }
      : { messageId: 'pythonCheckHostname', data: { target } }),
    ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
  });
}

const ownChecks = new WeakMap<PythonAnalysis, boolean>();

/**
 * The file checks host names itself after the handshake (`ssl.match_hostname`, a vendored
 * `_match_hostname`, `service_identity`'s `verify_hostname`): turning OpenSSL's own check off is then
 * the documented pattern of libraries that support old OpenSSL or pyOpenSSL (urllib3), not a bypass.
 */
function checksHostNames(analysis: PythonAnalysis): boolean {
  let checks = ownChecks.get(analysis);
  if (checks === undefined) {
    checks = analysis.tree.nodes.some((node) => {
      if (node.type !== 'call') return false;
      const callee = child(node, 'function');
      return (
        callee !== undefined && /(?:^|[._])(?:match|verify)_hostname$/.test(analysis.textOf(callee))
      );
    });
    ownChecks.set(analysis, checks);
  }
  return checks;
}

function writes(
  analysis: PythonAnalysis,
  assignment: PyNode,
  weak: (value: PyValue) => boolean,
): boolean {
  const value = child(assignment, 'right');
  return value !== undefined && analysis.weakness(value, weak) !== undefined;
}

/**
 * How the context trusts only a CA it loads (`create_default_context(cafile=…)`, or
 * `load_verify_locations(…)` in the same function on a context that starts without CAs), for the
 * message; undefined when it trusts the system's CAs too (the default context without `cafile`,
 * `load_default_certs()`, `set_default_verify_paths()`).
 */
function loadedCa(analysis: PythonAnalysis, receiver: PyNode): string | undefined {
  const origin = contextOrigin(analysis, receiver);
  if (origin.kind === 'default')
    return origin.loadsCa ? '`create_default_context(cafile=...)`' : undefined;
  const called = new Set<string>();
  for (const node of analysis.tree.nodes) {
    if (node.type !== 'call') continue;
    const method = analysis.method(node);
    if (
      method &&
      analysis.textOf(method.receiver) === analysis.textOf(receiver) &&
      sameScope(method.receiver, receiver)
    )
      called.add(method.name);
  }
  const system = called.has('load_default_certs') || called.has('set_default_verify_paths');
  return called.has('load_verify_locations') && !system
    ? '`load_verify_locations(...)`'
    : undefined;
}

function sameScope(a: PyNode, b: PyNode): boolean {
  return enclosingFunction(a) === enclosingFunction(b);
}

function enclosingFunction(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'lambda') return current;
  }
  return undefined;
}

/** `http.client.HTTPSConnection(host, check_hostname=False)` (removed in 3.12). */
function httpsConnection(context: Context, node: PyNode): void {
  const { analysis } = context;
  const api = analysis.calleeName(node);
  if (api !== 'http.client.HTTPSConnection') return;
  const argument = analysis.argument(node, 'check_hostname');
  const weakness = argument && analysis.weakness(argument.node, isOff);
  if (!argument || !weakness) return;
  context.report({
    node: argument.holder,
    messageId: 'pythonHttpsConnection',
    data: { api },
    ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
  });
}

/** urllib3 `assert_hostname=False` (rules.md P10). */
function assertHostname(context: Context, node: PyNode): void {
  const { analysis } = context;
  const call = clientCall(analysis, node);
  if (call?.library !== 'urllib3') return;
  const argument = analysis.argument(node, 'assert_hostname');
  const weakness =
    argument &&
    analysis.weakness(argument.node, (value) => value.kind === 'constant' && value.value === false);
  if (!argument || !weakness) return;
  context.report({
    node: argument.holder,
    messageId: 'pythonAssertHostname',
    data: { api: call.api },
    ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
  });
}

function curlVerifyHost(context: Context, node: PyNode): void {
  const { analysis } = context;
  const curl = curlOption(analysis, node, ['SSL_VERIFYHOST', 'PROXY_SSL_VERIFYHOST']);
  if (!curl || !analysis.weakness(curl.value, isFalsyNotNone)) return;
  context.report({
    node,
    messageId: 'pythonCurlVerifyHost',
    data: { option: curl.option, value: excerpt(analysis, curl.value) },
  });
}
