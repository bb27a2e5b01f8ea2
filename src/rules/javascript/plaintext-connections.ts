import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { lookup } from '../../languages/javascript/analysis/object-shapes.js';

/**
 * Clients whose connection is encrypted or not by the URL alone: TLS options on a plaintext
 * `mqtt://`, `ws://`, `http://`, `amqp://` or `redis://` connection do nothing (issue 13) — there is
 * no certificate to verify. (A cleartext connection is another concern than a certificate check.)
 * `url`: the URL is the first argument, or the `url` key of the options; `protocol`: MQTT.js also
 * takes the scheme as an option.
 */
interface SchemeClient {
  readonly plaintext: ReadonlySet<string>;
  readonly url: 'argument' | 'option';
}

const CLIENTS: ReadonlyMap<string, SchemeClient> = new Map([
  ['mqtt', { plaintext: new Set(['mqtt', 'tcp', 'ws']), url: 'argument' }],
  ['ws', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
  ['socket.io-client', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
  ['engine.io-client', { plaintext: new Set(['ws', 'http']), url: 'argument' }],
  ['amqplib', { plaintext: new Set(['amqp']), url: 'argument' }],
  ['amqplib/callback_api', { plaintext: new Set(['amqp']), url: 'argument' }],
  // node-redis uses TLS for rediss:// or `socket: { tls: true }` only.
  ['redis', { plaintext: new Set(['redis']), url: 'option' }],
  // https.request('http://…') throws before connecting: its options never reach TLS.
  ['https', { plaintext: new Set(['http']), url: 'argument' }],
]);
const MAX_DEPTH = 4;

/** The call of `module` connects in plaintext, so the TLS options it receives have no effect. */
export function connectsInPlaintext(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  module: string,
): boolean {
  const client = CLIENTS.get(module);
  if (!client) return false;
  const [first] = call.arguments;
  if (!first) return false;
  const scheme =
    client.url === 'argument'
      ? (schemeOf(analysis, first, 0) ?? optionScheme(analysis, first, 'protocol'))
      : optionScheme(analysis, first, 'url');
  if (scheme === undefined || !client.plaintext.has(scheme)) return false;
  return module !== 'redis' || !socketTls(analysis, first);
}

/** `mqtt.connect({ protocol: 'mqtt', … })`, `createClient({ url: 'redis://…' })`. */
function optionScheme(
  analysis: FileAnalysis,
  options: TSESTree.Node,
  key: string,
): string | undefined {
  const value = analysis.value(options);
  if (value.kind !== 'object') return undefined;
  const entry = value.shape.entries.get(key)?.at(-1)?.valueNode;
  if (!entry) return undefined;
  if (key === 'protocol') {
    const protocol = analysis.value(entry);
    return protocol.kind === 'known' && typeof protocol.value === 'string'
      ? protocol.value.toLowerCase()
      : undefined;
  }
  return schemeOf(analysis, entry, 0);
}

function socketTls(analysis: FileAnalysis, options: TSESTree.Node): boolean {
  const value = analysis.value(options);
  if (value.kind !== 'object') return true;
  const socket = lookup(analysis, value.shape, 'socket');
  if (socket.kind !== 'object') return socket.kind !== 'known';
  const tls = lookup(analysis, socket.shape, 'tls');
  return !(tls.kind === 'known' && !tls.value);
}

/** The scheme a URL expression starts with: `'mqtt://…'`, `` `ws://${host}` ``, `'amqp://' + host`. */
function schemeOf(analysis: FileAnalysis, node: TSESTree.Node, depth: number): string | undefined {
  const prefix = prefixOf(analysis, node, depth);
  const match = prefix === undefined ? null : /^([a-z][a-z0-9+.-]*):\/\//i.exec(prefix);
  return match?.[1]?.toLowerCase();
}

function prefixOf(analysis: FileAnalysis, node: TSESTree.Node, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = analysis.value(node);
  if (value.kind === 'known') return typeof value.value === 'string' ? value.value : undefined;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return target.quasis[0]?.value.cooked ?? undefined;
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' ? prefixOf(analysis, target.left, depth + 1) : undefined;
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(analysis, target);
      return init ? prefixOf(analysis, init, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
