import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { propertyName } from '../../languages/javascript/analysis/object-shapes.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';

const MAX_DEPTH = 8;
const SSL_OP = /^SSL_OP_[A-Za-z0-9_]+$/;

/**
 * The OpenSSL `SSL_OP_*` constants a `secureOptions` expression ORs together:
 * `c.SSL_OP_NO_TLSv1_2 | constants.SSL_OP_NO_TLSv1_3` → both names. Constants are recognised by name
 * (from `crypto.constants`, the `constants` module, destructured or aliased); other operands, such as
 * numbers or configuration values, are left out.
 */
export function sslOpFlags(analysis: FileAnalysis, node: TSESTree.Node, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator !== '|') return [];
      return [
        ...sslOpFlags(analysis, target.left, depth + 1),
        ...sslOpFlags(analysis, target.right, depth + 1),
      ];
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.Identifier: {
      const name = constantName(analysis, target);
      if (name !== undefined) return SSL_OP.test(name) ? [name] : [];
      const init =
        target.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, target) : undefined;
      return init ? sslOpFlags(analysis, init, depth + 1) : [];
    }
    default:
      return [];
  }
}

/** `crypto.constants.X` / `require('constants').X` through aliases, or the name of `obj.X` / `X`. */
function constantName(
  analysis: FileAnalysis,
  node: TSESTree.MemberExpression | TSESTree.Identifier,
): string | undefined {
  const ref = analysis.moduleRef(node);
  const last = ref?.path.at(-1);
  if (last !== undefined && SSL_OP.test(last)) return last;
  const name = node.type === AST_NODE_TYPES.Identifier ? node.name : propertyName(analysis, node);
  return name !== undefined && SSL_OP.test(name) ? name : undefined;
}
