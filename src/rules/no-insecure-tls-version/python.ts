import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import type { PyValue } from '../../languages/python/analysis/values.js';
import { pythonChecker, type PythonRuleContext } from '../../languages/python/checker.js';
import { child, unparenthesized, type PyNode } from '../../languages/python/syntax.js';
import { securityLevel } from '../knowledge/cipher-list.js';
import { attributeWrite } from '../python/assignments.js';
import { clientCall } from '../python/http-clients.js';
import { isValueUse, isWrittenOut } from '../python/references.js';
import { sameReceiverCalls } from '../python/ssl-contexts.js';
import { excerpt } from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

const BROKEN =
  'SSL 2.0 and 3.0 are broken (DROWN, POODLE) and missing from current OpenSSL builds, where this name does not even exist';
const DEPRECATED =
  'TLS 1.0 and 1.1 were deprecated by RFC 8996: SHA-1 handshakes and CBC suites open to downgrade and BEAST-class attacks, refused by default since Python 3.10';

/** Protocol constants that select a broken or deprecated version (rules.md P6), and what they select. */
const PROTOCOLS: ReadonlyMap<string, { readonly version: string; readonly why: string }> = new Map([
  ['ssl.PROTOCOL_SSLv2', { version: 'SSL 2.0', why: BROKEN }],
  ['ssl.PROTOCOL_SSLv3', { version: 'SSL 3.0', why: BROKEN }],
  ['ssl.PROTOCOL_TLSv1', { version: 'TLS 1.0 only', why: DEPRECATED }],
  ['ssl.PROTOCOL_TLSv1_1', { version: 'TLS 1.1 only', why: DEPRECATED }],
  ['OpenSSL.SSL.SSLv2_METHOD', { version: 'SSL 2.0', why: BROKEN }],
  ['OpenSSL.SSL.SSLv3_METHOD', { version: 'SSL 3.0', why: BROKEN }],
  ['OpenSSL.SSL.TLSv1_METHOD', { version: 'TLS 1.0 only', why: DEPRECATED }],
  ['OpenSSL.SSL.TLSv1_1_METHOD', { version: 'TLS 1.1 only', why: DEPRECATED }],
]);

/** `ssl.TLSVersion` members below TLS 1.2. */
const WEAK_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['ssl.TLSVersion.SSLv3', 'SSL 3.0'],
  ['ssl.TLSVersion.TLSv1', 'TLS 1.0'],
  ['ssl.TLSVersion.TLSv1_1', 'TLS 1.1'],
]);
const MINIMUM_SUPPORTED = 'ssl.TLSVersion.MINIMUM_SUPPORTED';

/** `OP_NO_*` flags that, once cleared, let a context speak an old protocol again. */
const OLD_PROTOCOL_FLAGS: ReadonlyMap<string, string> = new Map([
  ['OP_NO_SSLv2', 'SSL 2.0'],
  ['OP_NO_SSLv3', 'SSL 3.0'],
  ['OP_NO_TLSv1', 'TLS 1.0'],
  ['OP_NO_TLSv1_1', 'TLS 1.1'],
]);

/**
 * rules.md P6 (insecure `PROTOCOL_*` constants and pyOpenSSL methods, in any position: arguments,
 * keywords, defaults, assignments), P7 (`minimum_version`/`maximum_version` and urllib3's
 * `ssl_minimum_version`/`ssl_maximum_version` below TLS 1.2; high with `@SECLEVEL` 0 or 1 on the
 * same context), and `options &= ~ssl.OP_NO_TLSv1` (re-enabling, P6b's exception).
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      attribute: (node) => protocolConstant(context, node),
      identifier: (node) => protocolConstant(context, node),
      assignment: (node) => {
        versionBound(context, node, 'minimum_version');
        versionBound(context, node, 'maximum_version');
        reenabled(context, node);
      },
      augmented_assignment: (node) => reenabled(context, node),
      call: (node) => urllib3Versions(context, node),
    };
  },
});

function protocolConstant(context: Context, node: PyNode): void {
  const { analysis } = context;
  if (!isValueUse(node) || !isWrittenOut(analysis, node)) return;
  // `from ssl import PROTOCOL_TLSv1 as P` … `P`: the identifier resolves; `ssl.X` resolves as an attribute.
  const name = analysis.qualifiedName(node);
  const protocol = name === undefined ? undefined : PROTOCOLS.get(name);
  if (!protocol || name === undefined || inTranslationTable(analysis, node)) return;
  context.report({
    node,
    messageId: 'pythonProtocol',
    data: { constant: excerpt(analysis, node), version: protocol.version, why: protocol.why },
  });
}

/**
 * A table that maps protocol constants to one another (urllib3's `_openssl_versions = {
 * ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD, … }`, `table[ssl.PROTOCOL_TLSv1_1] = …`) names
 * versions without choosing one: keys, subscripts, and values stored under a version key.
 */
function inTranslationTable(analysis: PythonAnalysis, node: PyNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'pair' && node.field === 'key') return true;
  if (parent.type === 'subscript' && node.field === 'subscript') return true;
  if (parent.type === 'pair' && node.field === 'value')
    return namesVersion(analysis, child(parent, 'key'));
  if (parent.type === 'assignment' && node.field === 'right') {
    const left = child(parent, 'left');
    return left?.type === 'subscript' && namesVersion(analysis, child(left, 'subscript'));
  }
  return false;
}

function namesVersion(analysis: PythonAnalysis, node: PyNode | undefined): boolean {
  const name = node && analysis.qualifiedName(node);
  return (
    name !== undefined && (name.startsWith('ssl.PROTOCOL_') || name.startsWith('OpenSSL.SSL.'))
  );
}

function weakBound(bound: 'minimum_version' | 'maximum_version'): (value: PyValue) => boolean {
  return (value) =>
    value.kind === 'symbol' &&
    (WEAK_VERSIONS.has(value.qualified) ||
      (bound === 'minimum_version' && value.qualified === MINIMUM_SUPPORTED));
}

function versionBound(
  context: Context,
  node: PyNode,
  bound: 'minimum_version' | 'maximum_version',
): void {
  const { analysis } = context;
  const write = attributeWrite(analysis, node, bound);
  const weakness = write && analysis.weakness(write.value, weakBound(bound));
  if (!write || !weakness) return;
  const version = versionName(analysis.qualifiedName(write.value));
  const target = `\`${excerpt(analysis, write.receiver)}\``;
  const setting = excerpt(analysis, node);
  const level = bound === 'minimum_version' ? lowestSeclevel(analysis, write.receiver) : undefined;
  context.report({
    node,
    ...(level !== undefined
      ? {
          messageId: 'pythonVersionSeclevel',
          data: { setting, level: String(level), version, target },
        }
      : {
          messageId: bound === 'minimum_version' ? 'pythonMinimumVersion' : 'pythonMaximumVersion',
          data: { setting, version, target },
        }),
    ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
  });
}

function versionName(qualified: string | undefined): string {
  if (qualified === MINIMUM_SUPPORTED)
    return 'the oldest version OpenSSL supports (TLS 1.0 or SSL 3.0)';
  return (
    (qualified === undefined ? undefined : WEAK_VERSIONS.get(qualified)) ?? 'an old TLS version'
  );
}

/** `@SECLEVEL=0` or `1` in a `set_ciphers` of the same context in the same function. */
function lowestSeclevel(analysis: PythonAnalysis, receiver: PyNode): number | undefined {
  let lowest: number | undefined;
  for (const call of sameReceiverCalls(analysis, receiver, 'set_ciphers')) {
    const [list] = analysis.arguments(call);
    const text = list && analysis.stringOf(list);
    const level = text === undefined ? undefined : securityLevel(text);
    if (level !== undefined && level <= 1 && (lowest === undefined || level < lowest))
      lowest = level;
  }
  return lowest;
}

/** `ctx.options &= ~ssl.OP_NO_TLSv1`, `ctx.options = ctx.options & ~(ssl.OP_NO_TLSv1 | …)`. */
function reenabled(context: Context, node: PyNode): void {
  const { analysis } = context;
  const left = child(node, 'left');
  let cleared: PyNode | undefined;
  if (node.type === 'augmented_assignment') {
    if (node.operators?.[0] === '&=') cleared = child(node, 'right');
  } else {
    const right = child(node, 'right');
    if (right?.type === 'binary_operator' && right.operators?.[0] === '&')
      cleared = child(right, 'right');
  }
  if (left?.type !== 'attribute' || analysis.textOf(child(left, 'attribute') ?? left) !== 'options')
    return;
  const receiver = child(left, 'object');
  if (!receiver || !cleared) return;
  const flags = clearedFlags(analysis, cleared);
  if (flags.length === 0) return;
  context.report({
    node,
    messageId: 'pythonReenabled',
    data: {
      setting: excerpt(analysis, node),
      flags: flags.map(([flag]) => flag).join(' | '),
      version: flags.map(([, version]) => version).join(' and '),
      target: `\`${excerpt(analysis, receiver)}\``,
    },
  });
}

/** The old-protocol flags under a `~`: `~ssl.OP_NO_TLSv1`, `~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)`. */
function clearedFlags(analysis: PythonAnalysis, node: PyNode): [string, string][] {
  const target = unparenthesized(node);
  if (target.type !== 'unary_operator' || target.operators?.[0] !== '~') return [];
  const found: [string, string][] = [];
  const stack = [child(target, 'argument')];
  for (let current = stack.pop(); current; current = stack.pop()) {
    const part = unparenthesized(current);
    if (part.type === 'binary_operator' && part.operators?.[0] === '|') {
      stack.push(child(part, 'left'), child(part, 'right'));
      continue;
    }
    const name = analysis.qualifiedName(part)?.replace(/^ssl\.(?:Options\.)?/, '');
    const version = name === undefined ? undefined : OLD_PROTOCOL_FLAGS.get(name);
    if (name !== undefined && version) found.push([name, version]);
  }
  return found.reverse();
}

/** urllib3 `ssl_minimum_version=ssl.TLSVersion.TLSv1`, `ssl_maximum_version=…TLSv1_1`. */
function urllib3Versions(context: Context, node: PyNode): void {
  const { analysis } = context;
  const call = clientCall(analysis, node);
  if (call?.library !== 'urllib3') return;
  for (const [keyword, bound] of [
    ['ssl_minimum_version', 'minimum_version'],
    ['ssl_maximum_version', 'maximum_version'],
  ] as const) {
    const argument = analysis.argument(node, keyword);
    const weakness = argument && analysis.weakness(argument.node, weakBound(bound));
    if (!argument || !weakness) continue;
    context.report({
      node: argument.holder,
      messageId: bound === 'minimum_version' ? 'pythonMinimumVersion' : 'pythonMaximumVersion',
      data: {
        setting: excerpt(analysis, argument.holder),
        version: versionName(analysis.qualifiedName(argument.node)),
        target: `\`${call.api}\``,
      },
      ...(weakness.kind === 'when' ? { condition: weakness.condition } : {}),
    });
  }
}
