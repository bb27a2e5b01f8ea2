import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../analysis/file-analysis.js';
import { refIs } from '../../analysis/modules.js';
import { lookup } from '../../analysis/object-shapes.js';

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

/**
 * Whether an object literal is the options of an http-proxy style proxy: passed to http-proxy /
 * http-proxy-middleware (a runtime proxy), or a proxy entry of a dev server (webpack `devServer.proxy`,
 * Vite `server.proxy`, Angular's proxy config — recognized by a `proxy` key above it and a `target`).
 * A plain-http target has no TLS to verify and is not a proxy for this purpose.
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
    (typeof target.value !== 'string' || /^http:\/\//i.test(target.value))
  ) {
    return undefined;
  }
  const uses = analysis.uses(object);
  const runtime = uses.some(
    (use) =>
      use.kind === 'argument' &&
      PROXY_APIS.some(([module, ...path]) =>
        refIs(analysis.moduleRef(use.call.callee), module, ...path),
      ),
  );
  if (runtime) return 'runtime';
  const hasTarget = value.shape.entries.has('target');
  return hasTarget && (underProxyKey(object) || uses.some((use) => use.path.includes('proxy')))
    ? 'dev-server'
    : undefined;
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
