import type { ModuleRef } from '../../languages/javascript/analysis/modules.js';

/**
 * Where client libraries take the options they hand to `tls.connect` (rules.md §2). `path` is where the
 * TLS bag sits inside the options argument: `got(url, { https: BAG })` is `['https']`.
 * `effect` says what a `rejectUnauthorized: false` in that bag does:
 * - `client`: verification off for that library's connections;
 * - `ignored`: the library has no such option (axios), so the line does nothing;
 * - `legacy`: an option the library removed (got ≤ 11 honoured it with a warning, got ≥ 12 throws).
 */
export interface LibraryBag {
  readonly library: string;
  readonly module: string;
  /** Member paths of the module that take the options; undefined: any member (and the module itself). */
  readonly members?: readonly (readonly string[])[];
  readonly path: readonly string[];
  readonly effect: 'client' | 'ignored' | 'legacy';
}

const ROOT: readonly string[] = [];
const GOT_METHODS = [
  ROOT,
  ['extend'],
  ['get'],
  ['post'],
  ['put'],
  ['patch'],
  ['delete'],
  ['head'],
  ['stream'],
  ['paginate'],
];
const UNDICI_DISPATCHERS = [['Agent'], ['Pool'], ['Client'], ['BalancedPool']];
const UNDICI_PROXIES = [['ProxyAgent'], ['EnvHttpProxyAgent']];
const MYSQL_FACTORIES = [['createConnection'], ['createPool'], ['createPoolCluster']];

const bag = (
  library: string,
  module: string,
  members: LibraryBag['members'],
  path: readonly string[],
  effect: LibraryBag['effect'] = 'client',
): LibraryBag => ({ library, module, ...(members ? { members } : {}), path, effect });

/** Ordered: the first entry that matches a call and a path wins. */
export const LIBRARY_BAGS: readonly LibraryBag[] = [
  bag('got', 'got', GOT_METHODS, ['https']),
  bag('got', 'got', GOT_METHODS, [], 'legacy'),
  bag('axios', 'axios', undefined, [], 'ignored'),
  ...['request', 'request-promise', 'request-promise-native', 'postman-request'].flatMap(
    (module) => [
      bag('request', module, undefined, []),
      bag('request', module, undefined, ['agentOptions']),
    ],
  ),
  bag('needle', 'needle', undefined, []),
  bag('undici', 'undici', UNDICI_DISPATCHERS, ['connect']),
  bag('undici', 'undici', [['buildConnector']], []),
  bag('undici', 'undici', UNDICI_PROXIES, ['requestTls']),
  bag('undici', 'undici', UNDICI_PROXIES, ['proxyTls']),
  bag('ws', 'ws', [ROOT, ['WebSocket']], []),
  bag('socket.io-client', 'socket.io-client', [ROOT, ['io'], ['connect']], []),
  bag('engine.io-client', 'engine.io-client', [ROOT, ['Socket']], []),
  bag('MQTT.js', 'mqtt', [['connect'], ['connectAsync']], []),
  bag('nats', 'nats', [['connect']], ['tls']),
  bag('node-postgres', 'pg', [['Client'], ['Pool']], ['ssl']),
  bag('postgres.js', 'postgres', [ROOT], ['ssl']),
  ...['mysql', 'mysql2', 'mysql2/promise'].map((module) =>
    bag(module, module, MYSQL_FACTORIES, ['ssl']),
  ),
  bag('Sequelize', 'sequelize', [ROOT, ['Sequelize']], ['dialectOptions', 'ssl']),
  bag('Knex', 'knex', [ROOT, ['knex']], ['connection', 'ssl']),
  bag('TypeORM', 'typeorm', [['DataSource'], ['createConnection']], ['ssl']),
  bag('TypeORM', 'typeorm', [['DataSource'], ['createConnection']], ['extra', 'ssl']),
  bag('ioredis', 'ioredis', [ROOT, ['Redis']], ['tls']),
  bag('ioredis', 'ioredis', [['Cluster'], ['Redis', 'Cluster']], ['redisOptions', 'tls']),
  bag('node-redis', 'redis', [['createClient'], ['createCluster']], ['socket']),
  bag('the MongoDB driver', 'mongodb', [['MongoClient'], ['MongoClient', 'connect']], []),
  bag('Mongoose', 'mongoose', [['connect'], ['createConnection']], []),
  bag('nodemailer', 'nodemailer', [['createTransport']], ['tls']),
  bag('ldapjs', 'ldapjs', [['createClient']], ['tlsOptions']),
  bag('amqplib', 'amqplib', [['connect']], []),
  bag('amqplib', 'amqplib/callback_api', [['connect']], []),
  bag('KafkaJS', 'kafkajs', [['Kafka']], ['ssl']),
  bag('the Elasticsearch client', '@elastic/elasticsearch', [['Client']], ['tls']),
  bag('the Elasticsearch client (7.x `ssl`)', '@elastic/elasticsearch', [['Client']], ['ssl']),
  bag('the OpenSearch client', '@opensearch-project/opensearch', [['Client']], ['ssl']),
  // Bun's fetch, WebSocket and sockets take a `tls` bag (rules.md R5); Node's global fetch ignores it.
  bag("Bun's fetch", '<global>', [['fetch']], ['tls']),
  bag("Bun's WebSocket", '<global>', [['WebSocket']], ['tls']),
  bag(
    'Bun',
    '<global>',
    [
      ['Bun', 'connect'],
      ['Bun', 'listen'],
    ],
    ['tls'],
  ),
];

/** The library bag a call's argument at `path` is, if the call is one of the known library APIs. */
export function libraryBag(
  ref: ModuleRef | undefined,
  path: readonly string[],
): LibraryBag | undefined {
  if (!ref) return undefined;
  return LIBRARY_BAGS.find(
    (entry) =>
      entry.module === ref.module &&
      samePath(entry.path, path) &&
      (entry.members === undefined || entry.members.some((member) => samePath(member, ref.path))),
  );
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}
