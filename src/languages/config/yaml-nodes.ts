import type { Document, Node as YamlNode, Pair, Scalar } from 'yaml';
import type { Budget } from './budget.js';
import type { SourceComment } from '../../core/language.js';
import type { ReadInput } from './reader.js';
import { ConfigSyntaxError } from './reader.js';
import type { Range } from './model.js';
import type { ShellSource } from './shell.js';

type Yaml = ReadInput['parsers']['yaml'];

/** A parsed YAML file, with what the readers need to walk it. */
export interface YamlFile {
  readonly yaml: Yaml;
  readonly document: Document.Parsed;
  readonly text: string;
  readonly budget: Budget;
}

/** Parses a YAML file; a syntax error stops the file (a diagnostic), as for code. */
export function parseYaml(input: ReadInput): YamlFile {
  const { yaml } = input.parsers;
  const document = yaml.parseDocument(input.text, {
    keepSourceTokens: true,
    uniqueKeys: false,
    strict: false,
    prettyErrors: false,
  });
  const error = document.errors[0];
  if (error) throw new ConfigSyntaxError(`YAML: ${error.message}`, error.pos[0]);
  return { yaml, document, text: input.text, budget: input.budget };
}

/** The node an alias points at; the node itself otherwise. */
export function resolved(file: YamlFile, node: unknown): unknown {
  return file.yaml.isAlias(node) ? node.resolve(file.document) : node;
}

/** A mapping's pairs, with `<<: *anchor` merge keys expanded (bounded by the budget). */
export function pairsOf(file: YamlFile, node: unknown, depth = 0): Pair[] {
  const map = resolved(file, node);
  if (!file.yaml.isMap(map) || depth > 8) return [];
  const pairs: Pair[] = [];
  for (const pair of map.items) {
    file.budget.charge();
    if (keyOf(file, pair) !== '<<') {
      pairs.push(pair);
      continue;
    }
    const merged = resolved(file, pair.value);
    const sources = file.yaml.isSeq(merged) ? merged.items : [merged];
    for (const source of sources) pairs.push(...pairsOf(file, source, depth + 1));
  }
  return pairs;
}

/** A mapping's value under `key`. */
export function valueAt(file: YamlFile, node: unknown, key: string): unknown {
  const pair = pairsOf(file, node).find((candidate) => keyOf(file, candidate) === key);
  return pair ? resolved(file, pair.value) : undefined;
}

export function keyOf(file: YamlFile, pair: Pair): string | undefined {
  const key = resolved(file, pair.key);
  return file.yaml.isScalar(key) ? String(key.value) : undefined;
}

export function itemsOf(file: YamlFile, node: unknown): unknown[] {
  const seq = resolved(file, node);
  return file.yaml.isSeq(seq) ? seq.items.map((item) => resolved(file, item)) : [];
}

export function isScalarNode(file: YamlFile, node: unknown): node is Scalar {
  return file.yaml.isScalar(node);
}

/** A scalar as a string, when it is one (`run:`, `shell:`). */
export function stringAt(file: YamlFile, node: unknown, key: string): string | undefined {
  const value = valueAt(file, node, key);
  return isScalarNode(file, value) && typeof value.value === 'string' ? value.value : undefined;
}

/** Where a node is in the file (its value, without trailing comments). */
export function rangeOf(node: YamlNode): Range {
  const [start, end] = node.range ?? [0, 0];
  return [start, end];
}

/**
 * The offsets of a scalar's value in the file: `offsetOf(i)` is where the value's i-th character was
 * written. Exact inside literal (`|`) and folded (`>`) blocks — indentation skipped, folded line breaks
 * mapped to the break they replace — and in plain and quoted scalars (escapes map to their backslash).
 */
export function scalarSource(file: YamlFile, scalar: Scalar, value: string): ShellSource {
  const [start, end] = rangeOf(scalar);
  const source = file.text.slice(start, end);
  const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
  const parentIndent = (scalar.srcToken as { indent?: number } | undefined)?.indent ?? 0;
  const map = block
    ? alignBlock(source, value, parentIndent)
    : alignFlow(source, value, scalar.type);
  return { text: value, offsetOf: (index) => start + (map[Math.min(index, value.length)] ?? 0) };
}

/** `|` and `>` blocks: the body starts on the line after the header; each line loses the block's indentation. */
function alignBlock(source: string, value: string, parentIndent: number): number[] {
  const header = source.search(/\r?\n|\r/);
  if (header < 0) return alignFlow(source, value, 'PLAIN');
  const bodyStart = header + (source.startsWith('\r\n', header) ? 2 : 1);
  const indicator = /[1-9]/.exec(source.slice(0, header))?.[0];
  const firstContent = /^([ ]*)\S/m.exec(source.slice(bodyStart));
  // An indentation indicator counts from the parent's indentation (the source token's `indent`).
  const indent = indicator ? Number(indicator) + parentIndent : (firstContent?.[1]?.length ?? 0);
  return align(source, value, bodyStart, indent, false);
}

function alignFlow(source: string, value: string, type: Scalar['type']): number[] {
  return align(source, value, 0, 0, type === 'QUOTE_DOUBLE');
}

/**
 * Maps each character of `value` to the source character it came from, walking both in order:
 * equal characters pair up; a folded line break (value space or newline at a source line break) pairs
 * with the break; indentation after a break (up to `indent` for blocks), quotes and escape sequences in
 * the source are skipped.
 */
function align(
  source: string,
  value: string,
  from: number,
  indent: number,
  escapes: boolean,
): number[] {
  const map: number[] = new Array<number>(value.length + 1);
  let s = from;
  let v = 0;
  const skipIndent = (): void => {
    for (let count = 0; count < indent && source[s] === ' '; count++) s++;
  };
  if (indent > 0) skipIndent();
  while (v < value.length && s < source.length) {
    const char = source.charAt(s);
    if (char === value.charAt(v)) {
      map[v++] = s++;
      if (char === '\n') skipIndent();
      continue;
    }
    if ((char === '\n' || char === '\r') && (value[v] === ' ' || value[v] === '\n')) {
      map[v++] = s;
      s += source.startsWith('\r\n', s) ? 2 : 1;
      skipIndent();
      continue;
    }
    if (escapes && char === '\\') {
      map[v++] = s;
      s += escapeLength(source, s);
      continue;
    }
    s++;
    if (char === '\n') skipIndent();
  }
  const last = Math.min(s, source.length);
  for (let index = 0; index <= value.length; index++) map[index] ??= index === 0 ? from : last;
  return map;
}

function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  if (next === 'x') return 4;
  if (next === 'u') return 6;
  if (next === 'U') return 10;
  return 2;
}

/**
 * The YAML value as the environment of a process sees it (GitHub Actions and Compose turn scalars into
 * strings): `0` → "0", `false` → "false", `'0'` → "0". Undefined for what is only known at run time
 * (`${{ … }}`, `${VAR}`) and for anything that is not a scalar; `nullValue` for an empty value.
 */
export function environmentValue(
  file: YamlFile,
  node: unknown,
  nullValue: string | undefined,
): string | undefined {
  if (!isScalarNode(file, node)) return undefined;
  const value: unknown = node.value;
  if (value === null || value === undefined) return nullValue;
  if (typeof value === 'string') return value.includes('${') ? undefined : value;
  if (typeof value === 'number')
    return node.source !== undefined && /^[0-9]+$/.test(node.source) ? node.source : String(value);
  return typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * Every comment of a YAML file (`# …` outside scalars), from the source tokens of a second,
 * concrete-syntax parse: asked for only when the file holds a suppression comment.
 */
export function yamlComments(yaml: Yaml, text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  const stack: unknown[] = [...new yaml.Parser().parse(text)];
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token || typeof token !== 'object') continue;
    const record = token as { type?: unknown; source?: unknown; offset?: unknown };
    if (
      record.type === 'comment' &&
      typeof record.source === 'string' &&
      typeof record.offset === 'number'
    ) {
      comments.push({
        value: record.source.slice(1),
        range: [record.offset, record.offset + record.source.length],
      });
      continue;
    }
    for (const child of Object.values(token))
      if (child && typeof child === 'object') stack.push(child);
  }
  return comments;
}
