import type { PythonAnalysis } from '../../languages/python/analysis/file-analysis.js';
import { child, type PyNode } from '../../languages/python/syntax.js';
import { excerpt } from './values.js';

/** An environment variable set by Python code, for the process itself or for processes it starts. */
export interface EnvironmentWrite {
  readonly name: string;
  readonly value: PyNode;
  /** Where the finding goes: the assignment, the call, or the dict entry. */
  readonly node: PyNode;
  /** Whose environment, as the message names it. */
  readonly target: string;
}

const PROCESS = 'this process and the programs it starts';
const ENVIRONMENT_OBJECTS = new Set(['os.environ', 'os.environb']);

/**
 * `os.environ['X'] = v`, `os.environ.setdefault('X', v)`, `os.putenv('X', v)`, and `'X': v` /
 * `X=v` entries of environments built for `os.environ.update(…)` or a child process
 * (`subprocess.run(…, env={**os.environ, 'X': v})`) — for the variables in `names`. An entry of any
 * other dict counts too: these variable names mean nothing else.
 */
export function environmentWrite(
  analysis: PythonAnalysis,
  node: PyNode,
  names: ReadonlySet<string>,
): EnvironmentWrite | undefined {
  switch (node.type) {
    case 'assignment': {
      const left = child(node, 'left');
      const value = child(node, 'right');
      if (left?.type !== 'subscript' || !value) return undefined;
      const object = child(left, 'value');
      const key = child(left, 'subscript');
      if (!object || !key || !ENVIRONMENT_OBJECTS.has(analysis.qualifiedName(object) ?? ''))
        return undefined;
      const name = analysis.stringOf(key);
      return name !== undefined && names.has(name)
        ? { name, value, node, target: PROCESS }
        : undefined;
    }
    case 'call': {
      const callee = analysis.calleeName(node);
      if (callee !== 'os.environ.setdefault' && callee !== 'os.putenv') return undefined;
      const [key, value] = analysis.arguments(node);
      const name = key && analysis.stringOf(key);
      return name !== undefined && value && names.has(name)
        ? { name, value, node, target: PROCESS }
        : undefined;
    }
    case 'pair':
    case 'keyword_argument':
      return entryWrite(analysis, node, names);
    default:
      return undefined;
  }
}

function entryWrite(
  analysis: PythonAnalysis,
  node: PyNode,
  names: ReadonlySet<string>,
): EnvironmentWrite | undefined {
  const key = child(node, node.type === 'pair' ? 'key' : 'name');
  const value = child(node, 'value');
  if (!key || !value) return undefined;
  const name = node.type === 'pair' ? analysis.stringOf(key) : analysis.textOf(key);
  if (name === undefined || !names.has(name)) return undefined;
  return { name, value, node, target: entryTarget(analysis, node) };
}

/** Whose environment a dict entry ends up in: the process's own (`os.environ.update`), or a child's. */
function entryTarget(analysis: PythonAnalysis, entry: PyNode): string {
  let current = entry;
  for (let parent = entry.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'keyword_argument' && current.field === 'value') {
      const keyword = analysis.textOf(child(parent, 'name') ?? parent);
      const call = parent.parent?.parent;
      if (keyword === 'env' && call?.type === 'call')
        return `the process started by \`${excerpt(analysis, child(call, 'function') ?? call, 40)}\``;
    }
    if (parent.type === 'call') {
      if (analysis.calleeName(parent) === 'os.environ.update') return PROCESS;
      if (current.field !== 'arguments') break;
      continue;
    }
    if (!ENTRY_PARTS.has(parent.type)) break;
  }
  return 'the processes started with this environment';
}

const ENTRY_PARTS: ReadonlySet<string> = new Set([
  'dictionary',
  'argument_list',
  'dictionary_splat',
  'keyword_argument',
  'parenthesized_expression',
]);
