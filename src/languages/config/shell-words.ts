import type { Node } from 'web-tree-sitter';

/**
 * The value of a shell word after quote removal, as the program receives it (`-fsSLk`, `'0'` → `0`,
 * `"a b"` → `a b`); undefined when any part of it is only known at run time (`$VAR`, `$(cmd)`) or lies
 * in `opaque` (text ranges such as `${{ … }}` that something else substitutes first).
 */
export function wordValue(
  node: Node,
  opaque: (start: number, end: number) => boolean,
): string | undefined {
  if (opaque(node.startIndex, node.endIndex)) return undefined;
  switch (node.type) {
    case 'command_name':
      return childValue(node, opaque);
    case 'word':
      return unescapeWord(node.text);
    case 'number':
      return node.text;
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string':
    case 'translated_string':
      return stringValue(node, opaque);
    case 'ansi_c_string':
      return node.text.includes('\\') ? undefined : node.text.slice(2, -1);
    case 'concatenation':
      return concatenated(node, opaque);
    default:
      // Expansions, substitutions and anything unknown: only the running shell knows.
      return undefined;
  }
}

function childValue(
  node: Node,
  opaque: (start: number, end: number) => boolean,
): string | undefined {
  const child = node.namedChild(0);
  return child ? wordValue(child, opaque) : undefined;
}

function concatenated(
  node: Node,
  opaque: (start: number, end: number) => boolean,
): string | undefined {
  let value = '';
  for (const child of node.children) {
    const part = child.isNamed ? wordValue(child, opaque) : child.text;
    if (part === undefined) return undefined;
    value += part;
  }
  return value;
}

/** A double-quoted string: its content with `\"`, `\\`, `\$` and `` \` `` unescaped. */
function stringValue(
  node: Node,
  opaque: (start: number, end: number) => boolean,
): string | undefined {
  let value = '';
  for (const child of node.namedChildren) {
    if (child.type !== 'string_content' || opaque(child.startIndex, child.endIndex))
      return undefined;
    value += child.text.replace(/\\([\\"$`])/g, '$1').replace(/\\\n/g, '');
  }
  return value;
}

/** An unquoted word: a backslash quotes the next character; a backslash-newline is removed. */
function unescapeWord(text: string): string {
  return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') : text;
}
