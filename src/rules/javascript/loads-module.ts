import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import { moduleName, requiredModule } from '../../languages/javascript/analysis/modules.js';
import { forEachChild } from '../../languages/javascript/analysis/walk.js';

const LOADED = new WeakMap<FileAnalysis, ReadonlySet<string>>();

/** True when the file imports or requires `module` anywhere (found once per file). */
export function loadsModule(analysis: FileAnalysis, module: string): boolean {
  let loaded = LOADED.get(analysis);
  if (!loaded) {
    loaded = modulesLoaded(analysis);
    LOADED.set(analysis, loaded);
  }
  return loaded.has(module);
}

function modulesLoaded(analysis: FileAnalysis): ReadonlySet<string> {
  const modules = new Set<string>();
  const stack: TSESTree.Node[] = [analysis.program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.ImportDeclaration) {
      modules.add(moduleName(node.source.value));
      continue;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const required = requiredModule(analysis, node);
      if (required !== undefined) modules.add(required);
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return modules;
}
