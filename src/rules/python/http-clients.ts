import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import type { PyNode } from '../../languages/python/syntax.js';

/** The HTTP client libraries whose certificate switch the rules know (rules.md P10, P12–P14). */
export type HttpLibrary = 'requests' | 'httpx' | 'aiohttp' | 'urllib3';

/** A call that takes a library's certificate switch, and how the message names it. */
export interface ClientCall {
  readonly library: HttpLibrary;
  /** `requests.get`, `session.post`, `httpx.AsyncClient`, `aiohttp.TCPConnector`… */
  readonly api: string;
}

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];

/** Module functions and constructors, by qualified name (submodule spellings included). */
const FUNCTIONS: ReadonlyMap<string, HttpLibrary> = new Map([
  ...VERBS.flatMap((verb) => [
    [`requests.${verb}`, 'requests'] as const,
    [`requests.api.${verb}`, 'requests'] as const,
    [`httpx.${verb}`, 'httpx'] as const,
  ]),
  ['httpx.stream', 'httpx'],
  ['httpx.Client', 'httpx'],
  ['httpx.AsyncClient', 'httpx'],
  ['httpx.HTTPTransport', 'httpx'],
  ['httpx.AsyncHTTPTransport', 'httpx'],
  ['aiohttp.request', 'aiohttp'],
  ['aiohttp.TCPConnector', 'aiohttp'],
  ['aiohttp.connector.TCPConnector', 'aiohttp'],
  ['aiohttp.ClientSession.request', 'aiohttp'],
  ['urllib3.PoolManager', 'urllib3'],
  ['urllib3.ProxyManager', 'urllib3'],
  ['urllib3.HTTPSConnectionPool', 'urllib3'],
  ['urllib3.connection_from_url', 'urllib3'],
  ['urllib3.proxy_from_url', 'urllib3'],
  ['urllib3.poolmanager.PoolManager', 'urllib3'],
  ['urllib3.poolmanager.ProxyManager', 'urllib3'],
  ['urllib3.poolmanager.proxy_from_url', 'urllib3'],
  ['urllib3.connectionpool.HTTPSConnectionPool', 'urllib3'],
  ['urllib3.connectionpool.connection_from_url', 'urllib3'],
  ['urllib3.util.ssl_.create_urllib3_context', 'urllib3'],
  ['urllib3.util.create_urllib3_context', 'urllib3'],
  ['urllib3.util.ssl_.ssl_wrap_socket', 'urllib3'],
]);

/** Instances whose request methods take the switch: sessions and clients. */
const CLIENT_CLASSES: ReadonlyMap<string, HttpLibrary> = new Map([
  ['requests.Session', 'requests'],
  ['requests.session', 'requests'],
  ['requests.sessions.Session', 'requests'],
  ['requests.sessions.session', 'requests'],
  ['aiohttp.ClientSession', 'aiohttp'],
  ['aiohttp.client.ClientSession', 'aiohttp'],
  ['urllib3.PoolManager', 'urllib3'],
  ['urllib3.ProxyManager', 'urllib3'],
  ['urllib3.HTTPSConnectionPool', 'urllib3'],
]);

/** Methods of those instances that take the switch, per library. */
const METHODS: Readonly<Record<HttpLibrary, ReadonlySet<string>>> = {
  requests: new Set([...VERBS, 'send', 'merge_environment_settings']),
  // httpx 0.28 takes `verify` only where a client or transport is made.
  httpx: new Set(),
  aiohttp: new Set([...VERBS, 'ws_connect', '_request']),
  urllib3: new Set(['connection_from_url', 'connection_from_host']),
};

/**
 * The library call `call` is, when it takes the library's certificate switch. A
 * `functools.partial(requests.get, verify=False)` counts as the function it wraps: its keywords are
 * that function's (a way to change every later call, `requests.get = functools.partial(…)`).
 */
export function clientCall(analysis: PythonAnalysis, call: PyNode): ClientCall | undefined {
  const qualified = analysis.calleeName(call);
  if (qualified === 'functools.partial') {
    const [wrapped] = analysis.arguments(call);
    const name = wrapped && analysis.qualifiedName(wrapped);
    const library = name === undefined ? undefined : FUNCTIONS.get(name);
    return library && name ? { library, api: `functools.partial(${name}, …)` } : undefined;
  }
  const library = qualified === undefined ? undefined : FUNCTIONS.get(qualified);
  if (library && qualified) return { library, api: qualified };
  const method = analysis.method(call);
  if (!method) return undefined;
  const of = analysis.instanceOf(method.receiver);
  const owner = of === undefined ? undefined : CLIENT_CLASSES.get(of);
  if (!owner || !METHODS[owner].has(method.name)) return undefined;
  return { library: owner, api: `${analysis.textOf(method.receiver)}.${method.name}` };
}

/** Whether `node` is a requests session (`requests.Session()`, `requests.session()`, a subclass). */
export function isRequestsSession(analysis: PythonAnalysis, node: PyNode): boolean {
  const of = analysis.instanceOf(node);
  return of !== undefined && CLIENT_CLASSES.get(of) === 'requests';
}
