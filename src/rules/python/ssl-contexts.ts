import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { scopeOwner } from '../../languages/python/analysis/scopes.js';
import { creatingCall, truthiness } from '../../languages/python/analysis/values.js';
import { child, type PyNode } from '../../languages/python/syntax.js';

/**
 * Where an `SSLContext` came from, which decides what its defaults are and which side it is for
 * (rules.md P1, P2, P5; CPython `Lib/ssl.py`):
 * - `default`: `ssl.create_default_context()` — verifies chain and host name; with
 *   `Purpose.CLIENT_AUTH` it is a server context (`PROTOCOL_TLS_SERVER`, `CERT_NONE`);
 * - `protocol`: `ssl.SSLContext(p)` — `PROTOCOL_TLS_CLIENT` verifies like the default, `PROTOCOL_TLS_SERVER`
 *   is a server's, any other protocol (or none) starts with `CERT_NONE` and no host-name check;
 * - `unverified`: `ssl._create_unverified_context()` / `_create_stdlib_context()`;
 * - `library`: a library's client context (urllib3's `create_urllib3_context`, httpx's);
 * - `unknown`: a parameter, an attribute of another object, a call tlsguard does not know.
 */
export type ContextOrigin =
  | {
      readonly kind: 'default';
      readonly call: PyNode;
      readonly server: boolean;
      readonly loadsCa: boolean;
    }
  | {
      readonly kind: 'protocol';
      readonly call: PyNode;
      readonly protocol: 'client' | 'server' | 'generic';
    }
  | { readonly kind: 'unverified'; readonly call: PyNode }
  | { readonly kind: 'library'; readonly call: PyNode }
  | { readonly kind: 'unknown' };

const UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);
const LIBRARY_CONTEXTS = new Set([
  'urllib3.util.ssl_.create_urllib3_context',
  'urllib3.util.create_urllib3_context',
  'httpx.create_ssl_context',
]);

export function contextOrigin(analysis: PythonAnalysis, node: PyNode): ContextOrigin {
  const value = analysis.value(node);
  const call = creatingCall(value);
  if (!call) return { kind: 'unknown' };
  const of = analysis.calleeName(call);
  if (of === 'ssl.create_default_context') {
    const purpose = analysis.argument(call, 'purpose', 0);
    const server =
      purpose !== undefined && analysis.qualifiedName(purpose.node) === 'ssl.Purpose.CLIENT_AUTH';
    const loadsCa = ['cafile', 'capath', 'cadata'].some((name) => {
      const argument = analysis.argument(call, name, name === 'cafile' ? 1 : undefined);
      return argument !== undefined && analysis.value(argument.node).kind !== 'constant';
    });
    return { kind: 'default', call, server, loadsCa };
  }
  if (of === 'ssl.SSLContext') {
    const protocol = analysis.argument(call, 'protocol', 0);
    const name = protocol && analysis.qualifiedName(protocol.node);
    return {
      kind: 'protocol',
      call,
      protocol:
        name === 'ssl.PROTOCOL_TLS_CLIENT'
          ? 'client'
          : name === 'ssl.PROTOCOL_TLS_SERVER'
            ? 'server'
            : 'generic',
    };
  }
  if (of !== undefined && UNVERIFIED.has(of)) return { kind: 'unverified', call };
  if (of !== undefined && LIBRARY_CONTEXTS.has(of)) return { kind: 'library', call };
  return { kind: 'unknown' };
}

/** Functions and methods that take a context for a server, and for a client. */
const SERVER_FUNCTIONS = new Set([
  'asyncio.start_server',
  'asyncio.start_unix_server',
  'aiohttp.web.run_app',
  'aiohttp.web.TCPSite',
  'aiohttp.web.UnixSite',
  'aiohttp.web_runner.TCPSite',
  'websockets.serve',
  'websockets.server.serve',
  'tornado.httpserver.HTTPServer',
  'gevent.pywsgi.WSGIServer',
]);
const SERVER_METHODS = new Set(['create_server', 'create_unix_server', 'run', 'listen', 'serve']);
const CLIENT_FUNCTIONS = new Set([
  'urllib.request.urlopen',
  'urllib.request.HTTPSHandler',
  'http.client.HTTPSConnection',
  'asyncio.open_connection',
  'asyncio.open_unix_connection',
  'smtplib.SMTP_SSL',
  'imaplib.IMAP4_SSL',
  'poplib.POP3_SSL',
  'ftplib.FTP_TLS',
  'xmlrpc.client.ServerProxy',
  'websockets.connect',
  'websockets.client.connect',
  'aiohttp.TCPConnector',
  'aiohttp.request',
  'httpx.Client',
  'httpx.AsyncClient',
  'httpx.HTTPTransport',
  'httpx.AsyncHTTPTransport',
  'urllib3.PoolManager',
  'urllib3.ProxyManager',
  'urllib3.HTTPSConnectionPool',
]);
const CLIENT_METHODS = new Set([
  'create_connection',
  'starttls',
  'stls',
  'wrap_socket',
  'wrap_bio',
]);
const CONTEXT_KEYWORDS = ['ssl', 'ssl_context', 'context', 'ssl_options', 'verify'];

export type Side = 'client' | 'server';

/** A place where a context is handed to code that makes it a client's or a server's. */
export interface ContextUse {
  readonly side: Side;
  /** The argument (or the `wrap_socket` call) that hands it over. */
  readonly node: PyNode;
}

interface FileContexts {
  /**
   * Uses of each context: by the call that created it, or — for a context of unknown origin (a
   * parameter) — by its scope and name as written (`writeKey`).
   */
  readonly uses: Map<PyNode | string, ContextUse[]>;
  /** `<receiver>.<attribute> = value` statements, by scope, receiver text and attribute. */
  readonly writes: Map<string, PyNode[]>;
  /** `<receiver>.<method>(…)` calls, by scope, receiver text and method. */
  readonly calls: Map<string, PyNode[]>;
}

const cache = new WeakMap<PythonAnalysis, FileContexts>();

/** The places the context made by `call` is used, and for which side. */
export function contextUses(analysis: PythonAnalysis, call: PyNode): readonly ContextUse[] {
  return fileContexts(analysis).uses.get(call) ?? [];
}

/** Which side the context made by `call` is used for, when its uses agree. */
export function usedFor(analysis: PythonAnalysis, call: PyNode): Side | undefined {
  const sides = new Set(contextUses(analysis, call).map((use) => use.side));
  return sides.size === 1 ? [...sides][0] : undefined;
}

/**
 * The assignments `<receiver>.<attribute> = …` in the same function (or module) as `assignment`, to
 * the same receiver as written: `ctx.check_hostname = False` next to `ctx.verify_mode = CERT_NONE`.
 */
export function sameReceiverWrites(
  analysis: PythonAnalysis,
  receiver: PyNode,
  attribute: string,
): readonly PyNode[] {
  return fileContexts(analysis).writes.get(writeKey(analysis, receiver, attribute)) ?? [];
}

/** The calls `<receiver>.<method>(…)` in the same function (or module), to the receiver as written. */
export function sameReceiverCalls(
  analysis: PythonAnalysis,
  receiver: PyNode,
  method: string,
): readonly PyNode[] {
  return fileContexts(analysis).calls.get(writeKey(analysis, receiver, method)) ?? [];
}

function fileContexts(analysis: PythonAnalysis): FileContexts {
  let contexts = cache.get(analysis);
  if (!contexts) {
    contexts = indexFile(analysis);
    cache.set(analysis, contexts);
  }
  return contexts;
}

function indexFile(analysis: PythonAnalysis): FileContexts {
  const uses = new Map<PyNode | string, ContextUse[]>();
  const writes = new Map<string, PyNode[]>();
  const calls = new Map<string, PyNode[]>();
  const add = (context: PyNode, use: ContextUse): void => {
    const key = creatingCall(analysis.value(context)) ?? writeKey(analysis, context, '');
    uses.set(key, [...(uses.get(key) ?? []), use]);
  };
  for (const node of analysis.tree.nodes) {
    analysis.meter.spend();
    if (node.type === 'call') {
      indexCall(analysis, node, add);
      const method = analysis.method(node);
      if (method) {
        const key = writeKey(analysis, method.receiver, method.name);
        calls.set(key, [...(calls.get(key) ?? []), node]);
      }
    } else if (node.type === 'assignment') {
      const left = child(node, 'left');
      const object = left?.type === 'attribute' ? child(left, 'object') : undefined;
      const attribute = left && child(left, 'attribute');
      if (!object || !attribute) continue;
      const key = writeKey(analysis, object, analysis.textOf(attribute));
      writes.set(key, [...(writes.get(key) ?? []), node]);
    }
  }
  return { uses, writes, calls };
}

function indexCall(
  analysis: PythonAnalysis,
  call: PyNode,
  add: (context: PyNode, use: ContextUse) => void,
): void {
  const method = analysis.method(call);
  if (method && (method.name === 'wrap_socket' || method.name === 'wrap_bio')) {
    const serverSide = analysis.argument(
      call,
      'server_side',
      method.name === 'wrap_socket' ? 1 : 2,
    );
    const server = serverSide !== undefined && truthiness(analysis.value(serverSide.node)) === true;
    add(method.receiver, { side: server ? 'server' : 'client', node: call });
    return;
  }
  const callee = analysis.calleeName(call);
  const side =
    callee !== undefined && SERVER_FUNCTIONS.has(callee)
      ? 'server'
      : callee !== undefined && CLIENT_FUNCTIONS.has(callee)
        ? 'client'
        : method && SERVER_METHODS.has(method.name)
          ? 'server'
          : method && CLIENT_METHODS.has(method.name)
            ? 'client'
            : undefined;
  if (!side) return;
  for (const keyword of CONTEXT_KEYWORDS) {
    const argument = analysis.argument(call, keyword);
    if (argument) add(argument.node, { side, node: argument.holder });
  }
}

function writeKey(analysis: PythonAnalysis, receiver: PyNode, attribute: string): string {
  const scope = scopeOwner(receiver);
  const receiverText = analysis.textOf(receiver).replace(/\s+/g, '');
  return `${scope?.start ?? 0}:${scope?.end ?? 0}\0${receiverText}\0${attribute}`;
}

/**
 * `self.check_hostname` inside a class that is not an `SSLContext`: the class's own attribute (a
 * wrapper such as urllib3's `PyOpenSSLContext`), not a context's setting.
 */
export function isWrapperAttribute(analysis: PythonAnalysis, receiver: PyNode): boolean {
  const classNode = analysis.selfClass(receiver);
  if (!classNode) return false;
  const base = analysis.baseClass(classNode);
  return base !== 'ssl.SSLContext' && base !== 'OpenSSL.SSL.Context';
}

/**
 * The context `receiver` holds is a server's: made for one, or handed only to server code (for a
 * context of unknown origin, such as a parameter: by the same name in the same function).
 */
export function isServerContext(analysis: PythonAnalysis, receiver: PyNode): boolean {
  const origin = contextOrigin(analysis, receiver);
  if (origin.kind === 'default' && origin.server) return true;
  if (origin.kind === 'protocol' && origin.protocol === 'server') return true;
  const key = origin.kind === 'unknown' ? writeKey(analysis, receiver, '') : origin.call;
  const sides = new Set((fileContexts(analysis).uses.get(key) ?? []).map((use) => use.side));
  return sides.size === 1 && sides.has('server');
}
