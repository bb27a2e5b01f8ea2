import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import { isEffectivelyConst } from '../../languages/javascript/analysis/bindings.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { lookup } from '../../languages/javascript/analysis/object-shapes.js';
import { loadsModule } from './loads-module.js';

/** http-proxy and its wrappers copy `secure` into the upstream request's `rejectUnauthorized` (L20). */
const PROXY_APIS: readonly (readonly [string, ...string[]])[] = [
  ['http-proxy', 'createProxyServer'],
  ['http-proxy', 'createProxy'],
  ['http-proxy', 'createServer'],
  ['http-proxy-middleware', 'createProxyMiddleware'],
  ['http-proxy-middleware', 'legacyCreateProxyMiddleware'],
  ['http-proxy-middleware'],
];

export type ProxyKind = 'runtime' | 'dev-server';

/** http-proxy's factories: their result's `web`/`ws` take per-request options. */
const SERVER_FACTORIES = PROXY_APIS.slice(0, 3);
/** `proxy.web(req, res, options)` and `proxy.ws(req, socket, head, options)`: where the options go. */
const PER_REQUEST: Readonly<Record<string, number>> = { web: 2, ws: 3 };

/**
 * Whether an object literal is the options of an http-proxy style proxy: passed to http-proxy /
 * http-proxy-middleware or to an http-proxy server's `web`/`ws` for one request (a runtime proxy), or
 * a proxy entry of a dev server (webpack `devServer.proxy`, Vite `server.proxy`, Angular's proxy
 * config — recognized by a `proxy` key above it and a `target`). A plain-http target has no TLS to
 * verify and is not a proxy for this purpose.
 */
export function proxyOptions(
  analysis: FileAnalysis,
  object: TSESTree.ObjectExpression,
): ProxyKind | undefined {
  const value = analysis.value(object);
  if (value.kind !== 'object') return undefined;
  const target = lookup(analysis, value.shape, 'target');
  if (
    target.kind === 'known' &&
    target.value !== undefined &&
    (typeof target.value !== 'string' || /^http:\/\//i.test(target.value))
  ) {
    return undefined;
  }
  const uses = analysis.uses(object);
  const runtime = uses.some(
    (use) =>
      use.kind === 'argument' &&
      use.path.length === 0 &&
      (isProxyApi(analysis, use.call.callee) || isPerRequest(analysis, use.call, use.index)),
  );
  if (runtime) return 'runtime';
  const hasTarget = value.shape.entries.has('target');
  return hasTarget && (underProxyKey(object) || uses.some((use) => use.path.includes('proxy')))
    ? 'dev-server'
    : undefined;
}

function isProxyApi(analysis: FileAnalysis, callee: TSESTree.Node): boolean {
  const ref = analysis.moduleRef(callee);
  return PROXY_APIS.some(([module, ...path]) => refIs(ref, module, ...path));
}

/** `proxy.web(req, res, options)` on a server from `httpProxy.createProxyServer()`. */
function isPerRequest(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): boolean {
  const callee = unwrap(call.callee);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression
  )
    return false;
  const method = literalName(callee.property);
  return (
    method !== undefined && PER_REQUEST[method] === index && isProxyServer(analysis, callee.object)
  );
}

/** The receiver was made by an http-proxy factory — or is out of sight in a file that loads http-proxy. */
function isProxyServer(analysis: FileAnalysis, receiver: TSESTree.Node): boolean {
  const node = unwrap(receiver);
  if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
    const ref = analysis.moduleRef(node.callee);
    return SERVER_FACTORIES.some(([module, ...path]) => refIs(ref, module, ...path));
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = analysis.bindings.variableOf(node);
    const def = variable?.defs[0];
    if (
      variable &&
      isEffectivelyConst(variable) &&
      def?.node.type === AST_NODE_TYPES.VariableDeclarator &&
      def.node.init
    )
      return isProxyServer(analysis, def.node.init);
  }
  return loadsModule(analysis, 'http-proxy');
}

/** `proxy: { '/api': { target, secure } }` or `proxy: [{ context, target, secure }]`. */
function underProxyKey(object: TSESTree.Node): boolean {
  for (let node: TSESTree.Node | undefined = object.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.Property && keyText(node) === 'proxy') return true;
    if (
      node.type !== AST_NODE_TYPES.Property &&
      node.type !== AST_NODE_TYPES.ObjectExpression &&
      node.type !== AST_NODE_TYPES.ArrayExpression
    ) {
      return false;
    }
  }
  return false;
}

function keyText(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string'
    ? key.value
    : undefined;
}
