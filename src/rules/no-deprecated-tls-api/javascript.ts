import { DefinitionType } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { moduleName, refIs, type ModuleRef } from '../../languages/javascript/analysis/modules.js';
import { alternatives } from '../../languages/javascript/analysis/value.js';
import type { RuleContext } from '../../languages/javascript/checker.js';
import { bagTarget } from '../javascript/bag-target.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';
import { isFeatureGuarded } from '../javascript/feature-guard.js';
import { reachesOnlyServers } from '../javascript/only-servers.js';
import { optionWrite, type OptionWrite } from '../javascript/option-write.js';
import { javascriptChecker } from '../../languages/javascript/checker.js';
import type { MessageId } from './index.js';

type Context = RuleContext<MessageId>;

interface RemovedApi {
  readonly module: string;
  readonly member: string;
  readonly dep: string;
  readonly version: string;
  readonly replacement: string;
}

const PAIR_REPLACEMENT =
  '`tls.connect({ socket })` to secure an existing client socket (it verifies the certificate and host name), or `new tls.TLSSocket(socket, { isServer: true, secureContext })` on a server';

/** rules.md N15: APIs that are gone (undefined) on current Node, with the version that removed them. */
const REMOVED_APIS: readonly RemovedApi[] = [
  {
    module: 'tls',
    member: 'createSecurePair',
    dep: 'DEP0064',
    version: '24',
    replacement: PAIR_REPLACEMENT,
  },
  {
    module: 'tls',
    member: 'SecurePair',
    dep: 'DEP0043',
    version: '24',
    replacement: PAIR_REPLACEMENT,
  },
  {
    module: 'tls',
    member: 'CryptoStream',
    dep: 'DEP0042',
    version: '10',
    replacement: '`tls.TLSSocket`',
  },
  {
    module: 'crypto',
    member: 'createCredentials',
    dep: 'DEP0010',
    version: '11',
    replacement: '`tls.createSecureContext(options)`',
  },
  {
    module: 'crypto',
    member: 'Credentials',
    dep: 'DEP0011',
    version: '11',
    replacement: '`tls.createSecureContext(options)`, which returns a `tls.SecureContext`',
  },
  {
    module: 'tls',
    member: 'parseCertString',
    dep: 'DEP0076',
    version: '18',
    replacement:
      'the already parsed fields of `socket.getPeerCertificate().subject` (`querystring.parse()` is not a safe replacement: it mis-parses escaped values)',
  },
  {
    module: 'tls',
    member: 'convertNPNProtocols',
    dep: 'DEP0107',
    version: '11',
    replacement: 'ALPN: the `ALPNProtocols` option (NPN support is gone)',
  },
];

const UNDEFINED_CALL = 'it is `undefined` there, and using it throws a `TypeError`';

function removedApi(ref: ModuleRef | undefined): RemovedApi | undefined {
  return REMOVED_APIS.find((api) => refIs(ref, api.module, api.member));
}

/** `tls.createSecurePair(...)`, `new tls.SecurePair(...)`, `crypto.createCredentials(...)`, … */
function removedCall(
  context: Context,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): void {
  const ref = context.analysis.moduleRef(call.callee);
  const api = removedApi(ref);
  if (!api || isFeatureGuarded(call, (node) => sameRef(context.analysis, node, ref))) return;
  reportRemoved(context, call, api);
}

/** `x instanceof tls.SecurePair` throws once the class is gone (its right side is `undefined`). */
function removedClassCheck(context: Context, node: TSESTree.BinaryExpression): void {
  const ref = context.analysis.moduleRef(node.right);
  const api = removedApi(ref);
  if (
    !api ||
    isFeatureGuarded(node, (n) => n !== node.right && sameRef(context.analysis, n, ref))
  ) {
    return;
  }
  reportRemoved(context, node, api);
}

function reportRemoved(context: Context, node: TSESTree.Node, api: RemovedApi): void {
  context.report({
    node,
    messageId: 'removed',
    data: {
      api: `\`${api.module}.${api.member}\``,
      version: api.version,
      dep: api.dep,
      consequence: UNDEFINED_CALL,
      replacement: api.replacement,
    },
  });
}

function sameRef(analysis: FileAnalysis, node: TSESTree.Node, ref: ModuleRef | undefined): boolean {
  if (!ref) return false;
  if (node.type !== AST_NODE_TYPES.MemberExpression && node.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const other = analysis.moduleRef(node);
  return refIs(other, ref.module, ...ref.path);
}

const INTERNAL_MODULES = new Set(['_tls_wrap', '_tls_common']);

/** `require('_tls_wrap')`, `import … from 'node:_tls_common'` (DEP0192). */
function internalModule(context: Context, node: TSESTree.Node, ref: ModuleRef | undefined): void {
  if (!ref || ref.path.length > 0 || !INTERNAL_MODULES.has(ref.module)) return;
  context.report({
    node,
    messageId: 'deprecated',
    data: {
      api: `The internal module \`${ref.module}\``,
      dep: 'DEP0192',
      status:
        'it was never a public API, and current Node (26) prints a deprecation warning when it is loaded',
      replacement: "the public `require('node:tls')`",
    },
  });
}

const TLS_SERVERS: readonly (readonly [string, string])[] = [
  ['tls', 'createServer'],
  ['tls', 'Server'],
  ['https', 'createServer'],
  ['https', 'Server'],
];

/** `server.setOptions(...)` where `server` is a `tls.Server` created in this file (DEP0122). */
function serverSetOptions(context: Context, call: TSESTree.CallExpression): void {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  if (literalName(callee.property) !== 'setOptions' || callee.computed) return;
  if (!isTlsServer(context.analysis, callee.object, 0)) return;
  const mentions = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.MemberExpression &&
    node !== callee &&
    literalName(node.property) === 'setOptions';
  if (isFeatureGuarded(call, mentions)) return;
  context.report({
    node: call,
    messageId: 'removed',
    data: {
      api: '`tlsServer.setOptions()`',
      version: '24',
      dep: 'DEP0122',
      consequence: '`tls.Server` no longer has the method, so the call throws a `TypeError`',
      replacement: '`server.setSecureContext(options)`',
    },
  });
}

function isTlsServer(analysis: FileAnalysis, node: TSESTree.Node, depth: number): boolean {
  const target = unwrap(node);
  if (
    target.type === AST_NODE_TYPES.CallExpression ||
    target.type === AST_NODE_TYPES.NewExpression
  ) {
    const ref = analysis.moduleRef(target.callee);
    return TLS_SERVERS.some(([module, member]) => refIs(ref, module, member));
  }
  if (target.type !== AST_NODE_TYPES.Identifier || depth > 4) return false;
  const init = constInitializer(analysis, target);
  return init !== undefined && isTlsServer(analysis, init, depth + 1);
}

const CONSTANTS_DATA = {
  api: "Reading `SSL_OP_*` flags from `require('constants')`",
  dep: 'DEP0008',
  status: 'the `constants` module has been deprecated in the documentation since Node 6.3',
  replacement:
    "`require('node:crypto').constants` (for example `crypto.constants.SSL_OP_NO_TLSv1`)",
};

/** `require('constants').SSL_OP_X` or `c.SSL_OP_X` with `c` from it: reported once, at the require. */
function constantsMember(context: Context, node: TSESTree.MemberExpression): void {
  const ref = context.analysis.moduleRef(node);
  const member = ref?.path[0];
  if (ref?.module !== 'constants' || ref.path.length !== 1 || !member?.startsWith('SSL_OP_')) {
    return;
  }
  const source = moduleSource(context.analysis, node.object, 0);
  if (source) context.report({ node: source, messageId: 'deprecated', data: CONSTANTS_DATA });
}

/** `const { SSL_OP_NO_SSLv3 } = require('constants')`. */
function constantsDestructuring(context: Context, node: TSESTree.VariableDeclarator): void {
  if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
  if (!refIs(context.analysis.moduleRef(node.init), 'constants')) return;
  const names = node.id.properties.map((p) =>
    p.type === AST_NODE_TYPES.Property && !p.computed ? literalName(p.key) : undefined,
  );
  if (!names.some((name) => name?.startsWith('SSL_OP_'))) return;
  const source = moduleSource(context.analysis, node.init, 0);
  if (source) context.report({ node: source, messageId: 'deprecated', data: CONSTANTS_DATA });
}

/** `import { SSL_OP_NO_SSLv3 } from 'constants'`. */
function constantsImport(context: Context, node: TSESTree.ImportDeclaration): void {
  if (moduleName(node.source.value) !== 'constants') return;
  const named = node.specifiers.some(
    (specifier) =>
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      (literalName(specifier.imported) ?? '').startsWith('SSL_OP_'),
  );
  if (named) context.report({ node, messageId: 'deprecated', data: CONSTANTS_DATA });
}

/** The `require(...)` call or `import` declaration a module reference comes from. */
function moduleSource(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  depth: number,
): TSESTree.Node | undefined {
  if (depth > 8) return undefined;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.ImportExpression:
      return target;
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.MemberExpression:
      return moduleSource(
        analysis,
        target.type === AST_NODE_TYPES.MemberExpression ? target.object : target.argument,
        depth + 1,
      );
    case AST_NODE_TYPES.Identifier: {
      const def = analysis.bindings.variableOf(target)?.defs[0];
      if (def?.type === DefinitionType.ImportBinding) return def.parent;
      if (def?.type !== DefinitionType.Variable || !def.node.init) return undefined;
      return moduleSource(analysis, def.node.init, depth + 1);
    }
    default:
      return undefined;
  }
}

const OPTION_KEYS = new Set(['ecdhCurve', 'servername', 'secureProtocol']);
const TLS12_METHOD = /^TLSv1_2_(?:client_|server_)?method$/;

/** Options: `ecdhCurve: false` (DEP0083), `servername: '<IP>'` (DEP0123), `secureProtocol: 'TLSv1_2_method'`. */
function option(context: Context, node: TSESTree.Property | TSESTree.AssignmentExpression): void {
  const write = optionWrite(context.analysis, node);
  if (!write || !OPTION_KEYS.has(write.key)) return;
  const values = alternatives(context.analysis.value(write.valueNode));
  const all = (test: (value: unknown) => boolean): boolean =>
    values.every((v) => v.kind === 'known' && test(v.value));
  if (write.key === 'ecdhCurve' && all((v) => v === false)) ecdhCurveFalse(context, write);
  if (write.key === 'servername' && all(isIpLiteral)) servernameIp(context, write);
  if (write.key === 'secureProtocol') {
    const method = values.find((v) => v.kind === 'known' && TLS12_METHOD.test(String(v.value)));
    if (method?.kind === 'known') pinsTls12(context, write, String(method.value));
  }
}

function ecdhCurveFalse(context: Context, write: OptionWrite): void {
  context.report({
    node: write.site,
    messageId: 'removed',
    data: {
      api: '`ecdhCurve: false`',
      version: '10',
      dep: 'DEP0083',
      consequence:
        'turning ECDH off this way is no longer supported and `ecdhCurve` must be a string (Node throws `ERR_INVALID_ARG_TYPE`)',
      replacement:
        "the default (`'auto'`), or a curve list such as `ecdhCurve: 'X25519:P-256'` — ECDHE is what gives forward secrecy",
    },
  });
}

function servernameIp(context: Context, write: OptionWrite): void {
  if (reachesOnlyServers(context.analysis, write)) return;
  context.report({
    node: write.site,
    messageId: 'removed',
    data: {
      api: '`servername` set to an IP address',
      version: '25',
      dep: 'DEP0123',
      consequence:
        'SNI may only carry host names (RFC 6066), and `tls.connect` now throws `ERR_INVALID_ARG_VALUE` for an IP',
      replacement:
        'no `servername` when connecting by IP address — the certificate is still checked against the IP, which must be in its subjectAltName — or the host name the certificate was issued for',
    },
  });
}

function pinsTls12(context: Context, write: OptionWrite, method: string): void {
  context.report({
    node: write.site,
    messageId: 'pinsTls12',
    data: { method, target: bagTarget(context.analysis, write) },
  });
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:.]+(?:%[\w.-]+)?$/i;

/** What `net.isIP` accepts, closely enough for literals in code. */
function isIpLiteral(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return IPV4.test(value) || (IPV6.test(value) && (value.match(/:/g) ?? []).length >= 2);
}

export const javascript = javascriptChecker<MessageId>({
  create(context) {
    return {
      CallExpression(node) {
        removedCall(context, node);
        internalModule(context, node, context.analysis.moduleRef(node));
        serverSetOptions(context, node);
      },
      NewExpression(node) {
        removedCall(context, node);
      },
      BinaryExpression(node) {
        if (node.operator === 'instanceof') removedClassCheck(context, node);
      },
      ImportDeclaration(node) {
        internalModule(context, node, { module: moduleName(node.source.value), path: [] });
        constantsImport(context, node);
      },
      ImportExpression(node) {
        internalModule(context, node, context.analysis.moduleRef(node));
      },
      VariableDeclarator(node) {
        constantsDestructuring(context, node);
      },
      MemberExpression(node) {
        constantsMember(context, node);
      },
      Property(node) {
        option(context, node);
      },
      AssignmentExpression(node) {
        option(context, node);
      },
    };
  },
});
