import type { PythonAnalysis, Weakness } from '../../languages/python/analysis/file-analysis.js';
import { creatingCall } from '../../languages/python/analysis/values.js';
import {
  pythonChecker,
  type PythonReport,
  type PythonRuleContext,
} from '../../languages/python/checker.js';
import { child, type PyNode } from '../../languages/python/syntax.js';
import { atLeast, formatVersion } from '../../languages/python/version.js';
import { clientCall, isRequestsSession } from '../python/http-clients.js';
import { silencedInsecureWarning } from '../python/insecure-warnings.js';
import { attributeWrite } from '../python/assignments.js';
import { acceptsEveryCertificate, curlOption } from '../python/libraries.js';
import {
  contextOrigin,
  contextUses,
  isServerContext,
  isWrapperAttribute,
  sameReceiverWrites,
  usedFor,
} from '../python/ssl-contexts.js';
import {
  excerpt,
  isCertNone,
  isCertReqsNone,
  isFalse,
  isFalsyNotNone,
  isTruthyConstant,
} from '../python/values.js';
import type { PythonMessageId } from './index.js';

type Context = PythonRuleContext<PythonMessageId>;

const UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);

/**
 * rules.md P1–P5, P10–P14 and the origin-story constructs no peer flags: `verify_mode = CERT_NONE`
 * (with `check_hostname = False` on the same context: one finding that explains the upgrade), the
 * unverified-context helpers, the global override, module-level `wrap_socket`, contexts that start
 * unverified, server contexts used by clients, requests/httpx/aiohttp/urllib3 switches, pycurl,
 * pyOpenSSL, requests adapters, silenced `InsecureRequestWarning` and the 3.13 strict-flag workaround.
 */
export const python = pythonChecker<PythonMessageId>({
  create(context) {
    return {
      assignment: (node) => {
        verifyMode(context, node);
        sessionVerify(context, node);
        globalContext(context, node);
      },
      augmented_assignment: (node) => strictRelaxed(context, node),
      call: (node) => {
        unverifiedContext(context, node);
        wrapSocket(context, node);
        clientSwitch(context, node);
        libraryCall(context, node);
        serverContextForClient(context, node);
        noVerifyContext(context, node);
        unverifiedContextUses(context, node);
      },
      keyword_argument: (node) => certReqsOption(context, node),
      pair: (node) => certReqsOption(context, node),
    };
  },
});

function report(context: Context, weakness: Weakness, report: PythonReport<PythonMessageId>): void {
  context.report(weakness.kind === 'when' ? { ...report, condition: weakness.condition } : report);
}

/** `ctx.verify_mode = ssl.CERT_NONE` on a client context; with `ctx.check_hostname = False`, the pair. */
function verifyMode(context: Context, node: PyNode): void {
  const { analysis } = context;
  const write = attributeWrite(analysis, node, 'verify_mode');
  const weakness = write && analysis.weakness(write.value, isCertNone);
  if (!write || !weakness) return;
  const origin = contextOrigin(analysis, write.receiver);
  if (origin.kind === 'unverified' || isServerContext(analysis, write.receiver)) return;
  if (isWrapperAttribute(analysis, write.receiver)) return;
  const hostname = sameReceiverWrites(analysis, write.receiver, 'check_hostname').find((other) => {
    const value = child(other, 'right');
    return value !== undefined && analysis.weakness(value, isFalseOrZero) !== undefined;
  });
  const target = excerpt(analysis, write.receiver);
  report(context, weakness, {
    node,
    messageId: hostname ? 'pythonUpgradePanic' : 'pythonCertNone',
    data: { target },
    ...(hostname ? { with: hostname } : {}),
  });
}

function isFalseOrZero(value: Parameters<typeof isFalse>[0]): boolean {
  return isFalse(value) || (value.kind === 'constant' && value.value === 0);
}

/** `session.verify = False` on a requests session. */
function sessionVerify(context: Context, node: PyNode): void {
  const { analysis } = context;
  const write = attributeWrite(analysis, node, 'verify');
  if (!write || !isRequestsSession(analysis, write.receiver)) return;
  const weakness = analysis.weakness(write.value, isFalsyNotNone);
  if (!weakness) return;
  report(context, weakness, {
    node,
    messageId: 'pythonSessionVerify',
    data: { target: excerpt(analysis, write.receiver), value: excerpt(analysis, write.value) },
  });
}

/** `ssl._create_default_https_context = ssl._create_unverified_context` (or a helper returning one). */
function globalContext(context: Context, node: PyNode): void {
  const { analysis } = context;
  const left = child(node, 'left');
  const right = child(node, 'right');
  if (!left || !right || analysis.qualifiedName(left) !== 'ssl._create_default_https_context')
    return;
  const value = analysis.value(right);
  const unverified =
    (value.kind === 'symbol' && UNVERIFIED.has(value.qualified)) ||
    (value.kind === 'function' && returnsUnverified(analysis, value.node));
  if (unverified)
    context.report({
      node,
      messageId: 'pythonGlobalContext',
      data: { value: excerpt(analysis, right) },
    });
}

function returnsUnverified(analysis: PythonAnalysis, definition: PyNode): boolean {
  const call = creatingCall(analysis.returnedBy(definition));
  const callee = call && analysis.calleeName(call);
  if (callee !== undefined && UNVERIFIED.has(callee)) return true;
  const returned = analysis.returnedBy(definition);
  return returned.kind === 'symbol' && UNVERIFIED.has(returned.qualified);
}

/** `ssl._create_unverified_context()`, unless told to verify after all. */
function unverifiedContext(context: Context, node: PyNode): void {
  const { analysis } = context;
  const callee = analysis.calleeName(node);
  if (callee === undefined || !UNVERIFIED.has(callee)) return;
  const certReqs = analysis.argument(node, 'cert_reqs');
  const checkHostname = analysis.argument(node, 'check_hostname');
  const verifies =
    certReqs !== undefined &&
    analysis.qualifiedName(certReqs.node) === 'ssl.CERT_REQUIRED' &&
    checkHostname !== undefined &&
    isTruthyConstant(analysis.value(checkHostname.node));
  if (!verifies)
    context.report({ node, messageId: 'pythonUnverifiedContext', data: { api: callee } });
}

/** Module-level `ssl.wrap_socket(sock)`: `cert_reqs` defaults to `CERT_NONE` (gone in 3.12: see no-deprecated-tls-api). */
function wrapSocket(context: Context, node: PyNode): void {
  const { analysis, pythonVersion } = context;
  if (analysis.calleeName(node) !== 'ssl.wrap_socket') return;
  if (pythonVersion && atLeast(pythonVersion, 3, 12)) return;
  const serverSide = analysis.argument(node, 'server_side', 3);
  if (serverSide && isTruthyConstant(analysis.value(serverSide.node))) return;
  const certReqs = analysis.argument(node, 'cert_reqs', 4);
  const weakness: Weakness | undefined = certReqs
    ? analysis.weakness(certReqs.node, isCertNone)
    : { kind: 'always' };
  if (weakness) report(context, weakness, { node, messageId: 'pythonWrapSocket' });
}

/** requests `verify=`, httpx `verify=False`, aiohttp `ssl=False`/`verify_ssl=`, urllib3 `cert_reqs=`. */
function clientSwitch(context: Context, node: PyNode): void {
  const { analysis } = context;
  const call = clientCall(analysis, node);
  if (!call || isPlaintext(analysis, node, call.api)) return;
  const check = (
    name: string,
    weak: (value: Parameters<typeof isFalse>[0]) => boolean,
    make: (holder: PyNode, value: PyNode) => PythonReport<PythonMessageId>,
    position?: number,
  ): void => {
    const argument = analysis.argument(node, name, position);
    const weakness = argument && analysis.weakness(argument.node, weak);
    if (argument && weakness) report(context, weakness, make(argument.holder, argument.node));
  };
  const api = call.api;
  switch (call.library) {
    case 'requests':
      return check(
        'verify',
        isFalsyNotNone,
        (holder, value) => ({
          node: holder,
          messageId: 'pythonRequestsVerify',
          data: { api, value: excerpt(analysis, value) },
        }),
        api.endsWith('.merge_environment_settings') ? 3 : undefined,
      );
    case 'httpx':
      return check('verify', isFalse, (holder) => ({
        node: holder,
        messageId: 'pythonHttpxVerify',
        data: { api },
      }));
    case 'aiohttp':
      check('ssl', isFalse, (holder) => aiohttpReport(analysis, holder, api, ''));
      return check('verify_ssl', isFalsyNotNone, (holder) =>
        aiohttpReport(analysis, holder, api, VERIFY_SSL_DEPRECATED),
      );
    case 'urllib3':
      return check('cert_reqs', isCertReqsNone, (holder) => ({
        node: holder,
        messageId: 'pythonCertReqs',
        data: { option: excerpt(analysis, holder), api: `\`${api}\`` },
      }));
  }
}

/**
 * An `http://` or `ws://` URL — a literal, or one built from a literal that starts so
 * (`'http://localhost:{0}'.format(port)`, `f'http://{host}/'`, `'http://' + host`): there is no TLS,
 * so no certificate to verify (design §4: no effect).
 */
function isPlaintext(analysis: PythonAnalysis, call: PyNode, api: string): boolean {
  const position = /\.(?:request|_request)$/.test(api) ? 1 : 0;
  const url =
    analysis.argument(call, 'url', position) ?? analysis.argument(call, 'str_or_url', position);
  return url !== undefined && PLAINTEXT.test(urlStart(analysis, url.node) ?? '');
}

const PLAINTEXT = /^(?:http|ws):\/\//i;

/** How the URL an expression builds starts, when a literal says so. */
function urlStart(analysis: PythonAnalysis, node: PyNode): string | undefined {
  const known = analysis.stringOf(node);
  if (known !== undefined) return known;
  // An f-string: the text after its prefix letters and opening quotes.
  if (node.type === 'string')
    return /^[a-z]{0,3}['"]{1,3}([^'"]*)/i.exec(analysis.textOf(node))?.[1];
  if (node.type === 'binary_operator') {
    const left = child(node, 'left');
    return left && urlStart(analysis, left);
  }
  const method = node.type === 'call' ? analysis.method(node) : undefined;
  return method?.name === 'format' ? urlStart(analysis, method.receiver) : undefined;
}

const VERIFY_SSL_DEPRECATED = ' (`verify_ssl` itself has been deprecated since aiohttp 3.0)';

function aiohttpReport(
  analysis: PythonAnalysis,
  holder: PyNode,
  api: string,
  deprecated: string,
): PythonReport<PythonMessageId> {
  return {
    node: holder,
    messageId: 'pythonAiohttpSsl',
    data: { option: excerpt(analysis, holder), api, deprecated },
  };
}

/**
 * `cert_reqs` / `ssl_cert_reqs` set to `CERT_NONE` in the options of any other client: Celery and
 * kombu's `broker_use_ssl`, websocket-client's `sslopt`, redis-py and PyMongo keywords. The names are
 * specific enough to mean the same thing wherever they go.
 */
function certReqsOption(context: Context, node: PyNode): void {
  const { analysis } = context;
  const key = child(node, node.type === 'pair' ? 'key' : 'name');
  const value = child(node, 'value');
  if (!key || !value) return;
  const name = node.type === 'pair' ? analysis.stringOf(key) : analysis.textOf(key);
  if (name !== 'cert_reqs' && name !== 'ssl_cert_reqs') return;
  if (node.type === 'keyword_argument' && node.parent?.parent?.type === 'call') {
    const call = node.parent.parent;
    // Known calls have their own wording (urllib3) or their own defaults (ssl.wrap_socket).
    if (clientCall(analysis, call) || analysis.calleeName(call) === 'ssl.wrap_socket') return;
  }
  // redis-py and Celery's redis backend also take `'none'` (lower case) for CERT_NONE.
  const weak = (candidate: Parameters<typeof isFalse>[0]): boolean =>
    isCertReqsNone(candidate) ||
    (name === 'ssl_cert_reqs' && candidate.kind === 'constant' && candidate.value === 'none');
  const weakness = analysis.weakness(value, weak);
  if (!weakness) return;
  const callee = node.type === 'keyword_argument' ? node.parent?.parent : undefined;
  const api =
    callee?.type === 'call' && child(callee, 'function')
      ? `\`${excerpt(analysis, child(callee, 'function') ?? callee)}\``
      : 'the client these TLS options are given to';
  report(context, weakness, {
    node,
    messageId: 'pythonCertReqs',
    data: { option: excerpt(analysis, node), api },
  });
}

/** pycurl `SSL_VERIFYPEER` 0, pyOpenSSL `VERIFY_NONE` or accept-all callbacks, requests adapters, silenced warnings. */
function libraryCall(context: Context, node: PyNode): void {
  const { analysis } = context;
  const curl = curlOption(analysis, node, ['SSL_VERIFYPEER', 'PROXY_SSL_VERIFYPEER']);
  if (curl) {
    const weakness = analysis.weakness(curl.value, isFalsyNotNone);
    if (weakness)
      report(context, weakness, {
        node,
        messageId: 'pythonCurlVerifyPeer',
        data: { option: curl.option, value: excerpt(analysis, curl.value) },
      });
    return;
  }
  const how = acceptsEveryCertificate(analysis, node);
  if (how) {
    context.report({ node, messageId: 'pythonOpenSslVerify', data: { how } });
    return;
  }
  if (disablesAdapterVerification(analysis, node)) {
    context.report({ node, messageId: 'pythonCertVerifyOverride' });
    return;
  }
  if (silencedInsecureWarning(analysis, node))
    context.report({
      node,
      messageId: 'pythonWarningsSilenced',
      data: { call: excerpt(analysis, node) },
    });
}

/** `super().cert_verify(conn, url, False, cert)` or `HTTPAdapter.cert_verify(self, conn, url, False, cert)`. */
function disablesAdapterVerification(analysis: PythonAnalysis, node: PyNode): boolean {
  const method = analysis.method(node);
  if (method?.name !== 'cert_verify') return false;
  const receiver = method.receiver;
  const viaSuper =
    receiver.type === 'call' &&
    analysis.textOf(child(receiver, 'function') ?? receiver) === 'super';
  const viaClass = analysis.qualifiedName(receiver) === 'requests.adapters.HTTPAdapter';
  if (!viaSuper && !viaClass) return false;
  const verify = analysis.argument(node, 'verify', viaSuper ? 2 : 3);
  return verify !== undefined && isFalse(analysis.value(verify.node));
}

/** rules.md P5: a `Purpose.CLIENT_AUTH` (server) context handed to a client. */
function serverContextForClient(context: Context, node: PyNode): void {
  const { analysis, pythonVersion } = context;
  const origin = contextOrigin(analysis, node);
  if (origin.kind !== 'default' || origin.call !== node || !origin.server) return;
  // Python 3.10 and later refuse a client socket on a server context: a crash, not a bypass.
  const crashesOn =
    pythonVersion && atLeast(pythonVersion, 3, 10) ? formatVersion(pythonVersion) : undefined;
  for (const use of contextUses(analysis, node)) {
    if (use.side !== 'client') continue;
    context.report(
      crashesOn === undefined
        ? { node: use.node, messageId: 'pythonServerContext' }
        : { node: use.node, messageId: 'pythonServerContextCrash', data: { version: crashesOn } },
    );
  }
}

/**
 * The clients of a context made here whose verification is off — `ctx.verify_mode = CERT_NONE` next
 * to where it is bound, or `ssl._create_unverified_context()` — each a finding of its own: a client
 * that starts using an accepted (baselined) unverified context is new insecure code. A context made
 * inline (`urlopen(url, context=ssl._create_unverified_context())`) is one finding, not two.
 */
function unverifiedContextUses(context: Context, node: PyNode): void {
  const { analysis } = context;
  const origin = contextOrigin(analysis, node);
  if (origin.kind === 'unknown' || origin.call !== node) return;
  const bound = node.parent?.type === 'assignment' ? child(node.parent, 'left') : undefined;
  if (!bound) return;
  let where: PyNode | undefined = origin.kind === 'unverified' ? node : undefined;
  let weakness: Weakness | undefined = where ? { kind: 'always' } : undefined;
  for (const write of sameReceiverWrites(analysis, bound, 'verify_mode')) {
    const value = child(write, 'right');
    const found = value && analysis.weakness(value, isCertNone);
    if (found && !where) [where, weakness] = [write, found];
  }
  if (!where || !weakness || isServerContext(analysis, bound)) return;
  // Made unverified only under a switch (`if context is None: context = ssl._create_stdlib_context()`):
  // its clients are as conditional as the context, whatever surrounds them.
  const guard = weakness.kind === 'always' ? analysis.guardOf(where) : undefined;
  if (guard) weakness = { kind: 'when', condition: guard };
  const data = {
    context: excerpt(analysis, bound),
    line: String(analysis.text.slice(0, where.start).split('\n').length),
  };
  for (const use of contextUses(analysis, node)) {
    if (use.side !== 'client') continue;
    const api = useApi(analysis, use.node);
    report(context, weakness, {
      node: use.node,
      messageId: 'pythonContextUse',
      data: { ...data, api },
    });
  }
}

/** `aiohttp.TCPConnector` for `ssl=ctx` in `aiohttp.TCPConnector(ssl=ctx)`; `ctx.wrap_socket` for that call. */
function useApi(analysis: PythonAnalysis, use: PyNode): string {
  const call = use.type === 'call' ? use : use.parent?.parent;
  const callee = call?.type === 'call' ? child(call, 'function') : undefined;
  return callee ? excerpt(analysis, callee, 50) : excerpt(analysis, use, 50);
}

/**
 * `ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)` (any protocol but `PROTOCOL_TLS_CLIENT`/`_SERVER`) used as
 * a client in the same function without `ctx.verify_mode = …` there: it verifies nothing.
 */
function noVerifyContext(context: Context, node: PyNode): void {
  const { analysis } = context;
  const origin = contextOrigin(analysis, node);
  if (origin.kind !== 'protocol' || origin.call !== node || origin.protocol !== 'generic') return;
  const assignment = node.parent?.type === 'assignment' ? node.parent : undefined;
  const target = assignment && child(assignment, 'left');
  if (target?.type !== 'identifier' || usedFor(analysis, node) !== 'client') return;
  if (sameReceiverWrites(analysis, target, 'verify_mode').length > 0) return;
  const scope = (used: PyNode): PyNode | undefined => enclosingScope(used);
  if (contextUses(analysis, node).some((use) => scope(use.node) !== scope(node))) return;
  context.report({
    node,
    messageId: 'pythonNoVerifyContext',
    data: { call: excerpt(analysis, node) },
  });
}

function enclosingScope(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'module') return current;
  }
  return undefined;
}

/** `ctx.verify_flags &= ~ssl.VERIFY_X509_STRICT`: the narrow 3.13 workaround, still worth a note. */
function strictRelaxed(context: Context, node: PyNode): void {
  const { analysis } = context;
  const left = child(node, 'left');
  const right = child(node, 'right');
  if (
    left?.type !== 'attribute' ||
    node.operators?.[0] !== '&=' ||
    right?.type !== 'unary_operator'
  )
    return;
  if (analysis.textOf(child(left, 'attribute') ?? left) !== 'verify_flags') return;
  const flag = child(right, 'argument');
  const name = flag && analysis.qualifiedName(flag);
  if (name !== 'ssl.VERIFY_X509_STRICT' && name !== 'ssl.VerifyFlags.VERIFY_X509_STRICT') return;
  context.report({
    node,
    messageId: 'pythonStrictRelaxed',
    data: { target: excerpt(analysis, child(left, 'object') ?? left) },
  });
}
