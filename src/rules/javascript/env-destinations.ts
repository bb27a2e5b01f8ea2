import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import type { Use } from '../../languages/javascript/analysis/flow.js';
import { GLOBAL_MODULE, refIs } from '../../languages/javascript/analysis/modules.js';

/** Where an object of environment variables ends up. */
export type EnvDestination =
  | { readonly kind: 'process' }
  | { readonly kind: 'child'; readonly api: string }
  | { readonly kind: 'unknown' };

/** APIs that start a process or thread with an `env` option (rules.md N3b). */
const CHILD_APIS: readonly (readonly [module: string, ...path: string[]])[] = [
  ['child_process', 'spawn'],
  ['child_process', 'spawnSync'],
  ['child_process', 'exec'],
  ['child_process', 'execSync'],
  ['child_process', 'execFile'],
  ['child_process', 'execFileSync'],
  ['child_process', 'fork'],
  ['execa'],
  ['execa', 'execa'],
  ['execa', 'execaSync'],
  ['execa', 'execaNode'],
  ['execa', 'execaCommand'],
  ['execa', 'execaCommandSync'],
  ['cross-spawn'],
  ['cross-spawn', 'spawn'],
  ['cross-spawn', 'sync'],
  ['worker_threads', 'Worker'],
];

/** The label of the process-starting API `call` invokes (`child_process.spawn`), if it is one. */
export function childProcessApi(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): string | undefined {
  const ref = analysis.moduleRef(call.callee);
  const api = CHILD_APIS.find(([module, ...path]) => refIs(ref, module, ...path));
  if (api) return api.join('.');
  // An undeclared `spawn(...)` in a snippet is child_process's.
  const name = ref?.module === GLOBAL_MODULE && ref.path.length === 1 ? ref.path[0] : undefined;
  return name !== undefined && CHILD_PROCESS_FUNCTIONS.has(name) ? name : undefined;
}

const CHILD_PROCESS_FUNCTIONS = new Set(
  CHILD_APIS.filter(([module]) => module === 'child_process').map(([, name]) => name),
);

/** Destinations of an object literal whose keys are environment variable names. */
export function envBagDestinations(analysis: FileAnalysis, bag: TSESTree.Node): EnvDestination[] {
  const uses = analysis.uses(bag);
  return uses.length === 0 ? [{ kind: 'unknown' }] : uses.map((use) => classify(analysis, use));
}

/** Destinations for `holder.NODE_TLS_REJECT_UNAUTHORIZED = …`. */
export function envHolderDestinations(
  analysis: FileAnalysis,
  holder: TSESTree.Node,
): EnvDestination[] {
  const node = unwrap(holder);
  if (analysis.isEnvObject(node)) return [{ kind: 'process' }];
  if (node.type !== AST_NODE_TYPES.Identifier) return [{ kind: 'unknown' }];
  const def = analysis.bindings.variableOf(node)?.defs[0];
  const init =
    def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name
      ? def.node.init
      : null;
  return init ? envBagDestinations(analysis, init) : [{ kind: 'unknown' }];
}

function classify(analysis: FileAnalysis, use: Use): EnvDestination {
  if (use.kind === 'assigned' && use.path.length === 0 && analysis.isEnvObject(use.target)) {
    return { kind: 'process' };
  }
  if (use.kind === 'argument' && use.path.length === 1 && use.path[0] === 'env') {
    const api = childProcessApi(analysis, use.call);
    if (api) return { kind: 'child', api };
  }
  return { kind: 'unknown' };
}
