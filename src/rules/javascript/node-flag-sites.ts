import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { literalName, unwrap } from '../../languages/javascript/analysis/ast.js';
import type { FileAnalysis } from '../../languages/javascript/analysis/file-analysis.js';
import type { RuleVisitor } from '../../languages/javascript/checker.js';
import { refIs } from '../../languages/javascript/analysis/modules.js';
import { childProcessApi, envBagDestinations, envHolderDestinations } from './env-destinations.js';
import { constInitializer } from '../../languages/javascript/analysis/const-initializer.js';
import { optionWrite, type OptionWrite } from './option-write.js';
import { stringAlternatives, type Pieces } from './string-pieces.js';

/** Node command-line words written somewhere in code, with who starts with them. */
export interface FlagSite {
  readonly node: TSESTree.Node;
  /** The words of each run-time alternative, in order; words touching unknown text are left out. */
  readonly alternatives: readonly Words[];
  /** For a message: "… for {{target}}". */
  readonly target: string;
}

type Words = readonly string[];

const MAX_ALTERNATIVES = 16;
const MAX_DEPTH = 6;
/** Stands for text static analysis cannot see inside a word. */
const UNSEEN = '\u0000';
const WORD_SEPARATORS = /[\s'"`;&|]+/;
const NODE_BINARY = /^(?:.*[/\\])?(?:node|nodejs)(?:\.exe)?$/;
const NODE_OPTIONS_ASSIGNMENT = 'NODE_OPTIONS=';
const EXEC_ARGV_TARGET =
  'child processes this process forks later (`fork` passes `process.execArgv` on; the running process itself is not affected)';
const PROCESS_ENV_TARGET =
  'child processes this process starts later (they inherit `NODE_OPTIONS`; the running process read it at start-up and is not affected)';

/**
 * Where Node flags are written in code (rules.md N10/N11/N14, code forms only): `execArgv` options
 * (`fork`, `Worker`, `cluster.setupPrimary`), `process.execArgv` changes, `NODE_OPTIONS` in an
 * environment object or in `process.env`, and command lines given to child_process, execa or zx.
 */
function flagSitesAt(analysis: FileAnalysis, node: FlagSiteNode): readonly FlagSite[] {
  let sites = sitesByNode.get(node);
  if (!sites) {
    sites = findFlagSites(analysis, node);
    sitesByNode.set(node, sites);
  }
  return sites;
}

type FlagSiteNode =
  | TSESTree.Property
  | TSESTree.AssignmentExpression
  | TSESTree.CallExpression
  | TSESTree.TaggedTemplateExpression;

/** Three rules look for their flags at the same nodes: the sites are found once per node. */
const sitesByNode = new WeakMap<TSESTree.Node, readonly FlagSite[]>();

/**
 * Visitors handing the flag sites at every node where flags can be written to `onSites` (only when
 * there are any). Rules that also handle options spread these and call them from their own handlers.
 */
export function flagSiteVisitors(
  analysis: FileAnalysis,
  onSites: (sites: readonly FlagSite[]) => void,
): Required<Pick<RuleVisitor, FlagSiteNode['type']>> {
  const visit = (node: FlagSiteNode): void => {
    const sites = flagSitesAt(analysis, node);
    if (sites.length > 0) onSites(sites);
  };
  return {
    Property: visit,
    AssignmentExpression: visit,
    CallExpression: visit,
    TaggedTemplateExpression: visit,
  };
}

function findFlagSites(analysis: FileAnalysis, node: FlagSiteNode): FlagSite[] {
  switch (node.type) {
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.AssignmentExpression:
      return optionSites(analysis, node);
    case AST_NODE_TYPES.CallExpression:
      return [...execArgvMutation(analysis, node), ...commandSites(analysis, node)];
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return taggedCommand(analysis, node);
  }
}

/** The values given to `flag` in `words`: `--flag=value`, `--flag= value` or `--flag value`. */
export function flagValues(words: Words, flag: string): string[] {
  const values: string[] = [];
  for (const [index, word] of words.entries()) {
    const next = words[index + 1];
    if (word === flag || word === `${flag}=`) {
      if (next !== undefined) values.push(next);
    } else if (word.startsWith(`${flag}=`)) {
      values.push(word.slice(flag.length + 1));
    }
  }
  return values;
}

function optionSites(
  analysis: FileAnalysis,
  node: TSESTree.Property | TSESTree.AssignmentExpression,
): FlagSite[] {
  const write = optionWrite(analysis, node);
  if (write?.key === 'execArgv') {
    const alternatives = argvAlternatives(analysis, write.valueNode, 0);
    return [{ node: write.site, alternatives, target: execArgvTarget(analysis, write) }];
  }
  if (write?.key === 'NODE_OPTIONS') {
    const alternatives = stringWords(analysis, write.valueNode);
    return [{ node: write.site, alternatives, target: nodeOptionsTarget(analysis, write) }];
  }
  return [];
}

function execArgvTarget(analysis: FileAnalysis, write: OptionWrite): string {
  if (!write.inLiteral) {
    return refIs(analysis.moduleRef(write.holder), 'process')
      ? EXEC_ARGV_TARGET
      : 'the Node process started with these options';
  }
  for (const use of analysis.uses(write.holder)) {
    if (use.kind !== 'argument' || use.path.length > 0) continue;
    const api = childProcessApi(analysis, use.call);
    if (api) return `the process started by \`${api}\``;
    const ref = analysis.moduleRef(use.call.callee);
    if (refIs(ref, 'cluster', 'setupPrimary') || refIs(ref, 'cluster', 'setupMaster')) {
      return 'the cluster workers forked after this call';
    }
  }
  return 'the Node process started with these options';
}

function nodeOptionsTarget(analysis: FileAnalysis, write: OptionWrite): string {
  const destinations = write.inLiteral
    ? envBagDestinations(analysis, write.holder)
    : envHolderDestinations(analysis, write.holder);
  if (destinations.some((d) => d.kind === 'process')) return PROCESS_ENV_TARGET;
  for (const destination of destinations) {
    if (destination.kind === 'child') return `the process started by \`${destination.api}\``;
  }
  return 'any Node process started with this environment';
}

/** `process.execArgv.push('--tls-min-v1.0')`, `unshift(...)`, `splice(i, n, ...)`. */
function execArgvMutation(analysis: FileAnalysis, call: TSESTree.CallExpression): FlagSite[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = literalName(callee.property);
  if (method !== 'push' && method !== 'unshift' && method !== 'splice') return [];
  if (!refIs(analysis.moduleRef(callee.object), 'process', 'execArgv')) return [];
  const added = method === 'splice' ? call.arguments.slice(2) : call.arguments;
  let alternatives: Words[] = [[]];
  for (const argument of added) {
    alternatives = product(alternatives, elementWords(analysis, argument, 0));
  }
  return [{ node: call, alternatives, target: EXEC_ARGV_TARGET }];
}

/**
 * Command lines and argument lists given to a process-starting API. Only words that reach Node count:
 * the arguments of a `node` program (`spawn(process.execPath, [...])`), and in a command line the
 * words after `node` or `NODE_OPTIONS=` — `echo --tls-min-v1.0` is not a Node option, and neither are
 * `fork`'s script arguments.
 */
function commandSites(analysis: FileAnalysis, call: TSESTree.CallExpression): FlagSite[] {
  const api = childProcessApi(analysis, call);
  if (!api || api.endsWith('fork') || api === 'execa.execaNode') return [];
  const target = `the command run by \`${api}\``;
  const first = call.arguments[0];
  const nodeProgram = first !== undefined && isNodeProgram(analysis, first);
  const sites: FlagSite[] = [];
  for (const [index, argument] of call.arguments.entries()) {
    const node = unwrap(argument);
    if (node.type === AST_NODE_TYPES.ObjectExpression) continue;
    const toNode = (alternatives: Words[]): Words[] =>
      nodeProgram && index > 0 ? alternatives : alternatives.map(nodeCommandWords);
    if (node.type !== AST_NODE_TYPES.ArrayExpression) {
      sites.push({ node, alternatives: toNode(argvAlternatives(analysis, node, 0)), target });
      continue;
    }
    for (const element of node.elements) {
      if (!element) continue;
      const alternatives = toNode(elementWords(analysis, element, 0));
      sites.push({ node: element, alternatives, target });
    }
  }
  return sites;
}

/** `'node'`, `'/usr/bin/node'`, `process.execPath`, `process.argv[0]`. */
function isNodeProgram(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  const ref = analysis.moduleRef(node);
  if (
    refIs(ref, 'process', 'execPath') ||
    refIs(ref, 'process', 'argv0') ||
    refIs(ref, 'process', 'argv', '0')
  ) {
    return true;
  }
  const value = analysis.value(node);
  return value.kind === 'known' && typeof value.value === 'string' && NODE_BINARY.test(value.value);
}

/** The words of a command line that Node reads: after `node`, or inside `NODE_OPTIONS=…`. */
function nodeCommandWords(words: Words): Words {
  const kept: string[] = [];
  let reached = false;
  for (const word of words) {
    if (!reached && NODE_BINARY.test(word)) {
      reached = true;
      continue;
    }
    if (!reached && word.startsWith(NODE_OPTIONS_ASSIGNMENT)) {
      reached = true;
      const value = word.slice(NODE_OPTIONS_ASSIGNMENT.length);
      if (value !== '') kept.push(value);
      continue;
    }
    if (reached) kept.push(word);
  }
  return kept;
}

/** execa's and zx's `` $`node --tls-min-v1.0 app.js` ``. */
function taggedCommand(
  analysis: FileAnalysis,
  node: TSESTree.TaggedTemplateExpression,
): FlagSite[] {
  const ref = analysis.moduleRef(node.tag);
  const known = refIs(ref, 'execa', '$') || refIs(ref, 'execa', 'execa') || refIs(ref, 'zx', '$');
  if (!known) return [];
  const alternatives = stringWords(analysis, node.quasi).map(nodeCommandWords);
  return [{ node, alternatives, target: `the command run by \`${ref?.module ?? ''}\`` }];
}

/** An argv list: array literals (through constants), spreads, `.concat(...)`, or one command string. */
function argvAlternatives(analysis: FileAnalysis, node: TSESTree.Node, depth: number): Words[] {
  if (depth > MAX_DEPTH) return [[]];
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.ArrayExpression: {
      let result: Words[] = [[]];
      for (const element of target.elements) {
        if (element) result = product(result, elementWords(analysis, element, depth + 1));
      }
      return result;
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [
        ...argvAlternatives(analysis, target.consequent, depth + 1),
        ...argvAlternatives(analysis, target.alternate, depth + 1),
      ].slice(0, MAX_ALTERNATIVES);
    case AST_NODE_TYPES.LogicalExpression:
      return [
        ...argvAlternatives(analysis, target.left, depth + 1),
        ...argvAlternatives(analysis, target.right, depth + 1),
      ].slice(0, MAX_ALTERNATIVES);
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(analysis, target);
      return init ? argvAlternatives(analysis, init, depth + 1) : stringWords(analysis, target);
    }
    case AST_NODE_TYPES.CallExpression:
      return concatAlternatives(analysis, target, depth) ?? stringWords(analysis, target);
    default:
      return stringWords(analysis, target);
  }
}

function elementWords(analysis: FileAnalysis, element: TSESTree.Node, depth: number): Words[] {
  return element.type === AST_NODE_TYPES.SpreadElement
    ? argvAlternatives(analysis, element.argument, depth + 1)
    : stringWords(analysis, element);
}

/** `base.concat(['--flag'], '--other')`. */
function concatAlternatives(
  analysis: FileAnalysis,
  call: TSESTree.CallExpression,
  depth: number,
): Words[] | undefined {
  const callee = unwrap(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    literalName(callee.property) !== 'concat'
  ) {
    return undefined;
  }
  let result = argvAlternatives(analysis, callee.object, depth + 1);
  for (const argument of call.arguments) {
    result = product(result, elementWords(analysis, argument, depth + 1));
  }
  return result;
}

/** The words of each alternative of a string, split like a shell would. */
function stringWords(analysis: FileAnalysis, node: TSESTree.Node): Words[] {
  return stringAlternatives(analysis, node).map(splitWords);
}

function splitWords(pieces: Pieces): Words {
  const text = pieces.map((piece) => piece ?? UNSEEN).join('');
  return text
    .split(WORD_SEPARATORS)
    .map(withoutGrouping)
    .filter((word) => word !== '' && isKnownWord(word));
}

/**
 * Parentheses group commands only at a word's edges — `(node app.js)`, `$(node --tls-keylog=k.log)` —
 * where they are unbalanced; inside a word they are part of it (`--tls-keylog=/var/log/keys(1).log`).
 */
function withoutGrouping(word: string): string {
  let text = word.replace(/^\$?\(+/, '');
  let depth = 0;
  for (const char of text) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  while (depth < 0 && text.endsWith(')')) {
    text = text.slice(0, -1);
    depth++;
  }
  return text;
}

/** A word with unseen text is kept only as `--flag=<unseen>`: the flag is known, its value is not. */
function isKnownWord(word: string): boolean {
  const unseen = word.indexOf(UNSEEN);
  if (unseen < 0) return true;
  const equals = word.indexOf('=');
  return word.startsWith('--') && equals > 0 && equals < unseen;
}

/** A flag value from `flagValues` as a partly known string (`--tls-keylog=${file}`). */
export function valuePieces(value: string): Pieces {
  return value.split(UNSEEN).flatMap((part, index) => (index === 0 ? [part] : [null, part]));
}

function product(lefts: readonly Words[], rights: readonly Words[]): Words[] {
  const result: Words[] = [];
  for (const left of lefts) {
    for (const right of rights.length > 0 ? rights : [[]]) {
      if (result.length < MAX_ALTERNATIVES) result.push([...left, ...right]);
    }
  }
  return result;
}
