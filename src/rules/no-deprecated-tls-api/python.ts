import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { pythonChecker, type PythonRuleContext } from '../../languages/python/checker.js';
import { child, unparenthesized, type PyNode } from '../../languages/python/syntax.js';
import { atLeast, formatVersion } from '../../languages/python/version.js';
import { isCompatibilityCode } from '../python/compat-guards.js';
import { clientCall } from '../python/http-clients.js';
import { isValueUse, isWrittenOut } from '../python/references.js';
import { REMOVED_APIS, REMOVED_METHOD_KEYWORDS, type RemovedApi } from '../python/removed-apis.js';
import { excerpt, isFalsyNotNone } from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

const PROTOCOL_FIX =
  'Use `ssl.PROTOCOL_TLS_CLIENT` (or `PROTOCOL_TLS_SERVER` for a server), or `ssl.create_default_context()`, and set `minimum_version` if you need a floor.';

/** Protocol constants deprecated in 3.10 that are not insecure in themselves (rules.md P6b). */
const DEPRECATED_PROTOCOLS = new Set([
  'ssl.PROTOCOL_TLS',
  'ssl.PROTOCOL_SSLv23',
  'ssl.PROTOCOL_TLSv1_2',
]);
/** The protocol-version flags deprecated in 3.10 (not `OP_NO_COMPRESSION`, `OP_NO_TICKET`…). */
const VERSION_FLAG = /^ssl\.(?:Options\.)?OP_NO_(?:SSLv2|SSLv3|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3)$/;

/**
 * rules.md P9 (APIs removed in 3.12/3.13, relative to the project's target version: an error when the
 * target no longer has them, a note that the upgrade will break them otherwise; compatibility code
 * under `sys.version_info`/`hasattr` tests or `try`/`except` is left alone) and P6b (deprecated
 * protocol constants, `SSLContext()` without a protocol, `OP_NO_*` version flags, NPN), plus the
 * deprecated spellings of aiohttp (`verify_ssl`, `ssl_context`, `fingerprint`) and urllib3
 * (`ssl_version`).
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      call: (node) => {
        removedApi(context, node);
        deprecatedCall(context, node);
        libraryKeywords(context, node);
      },
      attribute: (node) => deprecatedProtocol(context, node),
      identifier: (node) => deprecatedProtocol(context, node),
      augmented_assignment: (node) => versionFlags(context, node),
      assignment: (node) => versionFlags(context, node),
    };
  },
});

function removedApi(context: Context, node: PyNode): void {
  const { analysis } = context;
  const callee = analysis.calleeName(node);
  const method = analysis.method(node);
  const api =
    (callee === undefined ? undefined : REMOVED_APIS.get(callee)) ??
    (method && !isMock(analysis, method.receiver)
      ? REMOVED_METHOD_KEYWORDS.get(method.name)
      : undefined);
  if (!api || isCompatibilityCode(analysis, node)) return;
  if (!api.keywords) {
    reportRemoved(context, node, api);
    return;
  }
  // One finding per call, at its first removed keyword: the call breaks once, however many it has.
  const argument = api.keywords
    .map((keyword) => analysis.argument(node, keyword))
    .find((found) => found !== undefined);
  if (argument) reportRemoved(context, argument.holder, api);
}

/** `mock.call().starttls(...)`, `mock_smtp.return_value.starttls`: a test's expectation, not a call. */
function isMock(analysis: PythonAnalysis, receiver: PyNode): boolean {
  for (let node: PyNode | undefined = receiver; node;) {
    const name = node.type === 'call' ? analysis.calleeName(node) : analysis.qualifiedName(node);
    if (name !== undefined && /^(?:unittest\.)?mock\./.test(name)) return true;
    node =
      node.type === 'call'
        ? child(node, 'function')
        : node.type === 'attribute'
          ? child(node, 'object')
          : undefined;
  }
  return false;
}

function reportRemoved(context: Context, node: PyNode, api: RemovedApi): void {
  const { pythonVersion } = context;
  const removed = `${api.removed.major}.${api.removed.minor}`;
  const data = {
    api: api.api,
    deprecated: api.deprecated,
    removed,
    error: api.error,
    fix: api.fix,
  };
  if (pythonVersion && atLeast(pythonVersion, api.removed.major, api.removed.minor)) {
    context.report({
      node,
      messageId: 'pythonRemoved',
      data: { ...data, target: formatVersion(pythonVersion) },
    });
    return;
  }
  const status = pythonVersion
    ? `this project targets Python ${formatVersion(pythonVersion)}, where it still works, but`
    : 'it still works before that, but';
  context.report({ node, messageId: 'pythonRemovedLater', data: { ...data, status } });
}

function deprecated(context: Context, node: PyNode, api: string, since: string, fix: string): void {
  context.report({ node, messageId: 'pythonDeprecated', data: { api, since, fix } });
}

/** `ssl.SSLContext()` without a protocol; NPN (`set_npn_protocols`, `selected_npn_protocol`). */
function deprecatedCall(context: Context, node: PyNode): void {
  const { analysis } = context;
  if (analysis.calleeName(node) === 'ssl.SSLContext' && !analysis.argument(node, 'protocol', 0)) {
    deprecated(context, node, '`ssl.SSLContext()` without a protocol', 'Python 3.10', PROTOCOL_FIX);
    return;
  }
  const method = analysis.method(node);
  if (method?.name === 'set_npn_protocols' || method?.name === 'selected_npn_protocol')
    deprecated(
      context,
      node,
      `NPN (\`${method.name}\`)`,
      'Python 3.10',
      'Use ALPN: `ctx.set_alpn_protocols([...])` and `sock.selected_alpn_protocol()`.',
    );
}

function deprecatedProtocol(context: Context, node: PyNode): void {
  const { analysis } = context;
  if (!isValueUse(node) || !isWrittenOut(analysis, node) || isCompatibilityCode(analysis, node))
    return;
  const name = analysis.qualifiedName(node);
  if (name === undefined || !DEPRECATED_PROTOCOLS.has(name)) return;
  deprecated(context, node, `\`${excerpt(analysis, node)}\``, 'Python 3.10', PROTOCOL_FIX);
}

/** `ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1`: hardening, but the deprecated way. */
function versionFlags(context: Context, node: PyNode): void {
  const { analysis } = context;
  const left = child(node, 'left');
  if (left?.type !== 'attribute' || analysis.textOf(child(left, 'attribute') ?? left) !== 'options')
    return;
  let added: PyNode | undefined;
  if (node.type === 'augmented_assignment') {
    if (node.operators?.[0] === '|=') added = child(node, 'right');
  } else {
    const right = child(node, 'right');
    if (right?.type === 'binary_operator' && right.operators?.[0] === '|') added = right;
  }
  if (!added || !setsVersionFlag(analysis, added)) return;
  deprecated(
    context,
    node,
    'the `OP_NO_SSL*`/`OP_NO_TLS*` options',
    'Python 3.10',
    'Set the versions you allow instead: `ctx.minimum_version = ssl.TLSVersion.TLSv1_2` (the default since 3.10).',
  );
}

function setsVersionFlag(analysis: PythonAnalysis, node: PyNode): boolean {
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    const part = unparenthesized(current);
    if (part.type === 'binary_operator' && part.operators?.[0] === '|') {
      for (const side of [child(part, 'left'), child(part, 'right')]) if (side) stack.push(side);
      continue;
    }
    if (VERSION_FLAG.test(analysis.qualifiedName(part) ?? '')) return true;
  }
  return false;
}

/** aiohttp's `verify_ssl=`, `ssl_context=`, `fingerprint=` (3.0) and urllib3's `ssl_version=` (2.0). */
function libraryKeywords(context: Context, node: PyNode): void {
  const { analysis } = context;
  const call = clientCall(analysis, node);
  if (call?.library === 'aiohttp') {
    for (const keyword of ['verify_ssl', 'ssl_context', 'fingerprint']) {
      const argument = analysis.argument(node, keyword);
      if (!argument) continue;
      // A false `verify_ssl` turns verification off: no-disabled-cert-verification says so.
      if (keyword === 'verify_ssl' && analysis.weakness(argument.node, isFalsyNotNone)) continue;
      deprecated(
        context,
        argument.holder,
        `aiohttp's \`${keyword}=\``,
        'aiohttp 3.0',
        'Pass everything as `ssl=`: a context (`ssl.create_default_context(...)`), `aiohttp.Fingerprint(digest)` to pin, or leave it out for the default checks.',
      );
    }
  }
  if (call?.library === 'urllib3') {
    const argument = analysis.argument(node, 'ssl_version');
    if (argument)
      deprecated(
        context,
        argument.holder,
        "urllib3's `ssl_version=`",
        'urllib3 2.0',
        'Use `ssl_minimum_version=ssl.TLSVersion.TLSv1_2` (and `ssl_maximum_version` if you must cap it).',
      );
  }
}
