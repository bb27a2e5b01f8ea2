import { child, textOf, type PyNode } from '../syntax.js';

/** A name an import statement binds, and the module path it stands for. */
export interface ImportedName {
  /** The identifier (or dotted name) node that is bound. */
  readonly node: PyNode;
  readonly name: string;
  /** `ssl`, `ssl.CERT_NONE`, `urllib.request`, after normalizing vendored copies (see `normalizeModulePath`). */
  readonly qualified: string;
}

/**
 * The names an `import` / `from … import` statement binds:
 * - `import ssl` → `ssl`; `import urllib.request` → `urllib` (the rest is an attribute path);
 * - `import ssl as s` → `s` = `ssl`; `import urllib.request as r` → `r` = `urllib.request`;
 * - `from ssl import CERT_NONE as N` → `N` = `ssl.CERT_NONE`;
 * - `from . import x` → `x` = `.x` (a module of this package: matches no library).
 * `from m import *` binds nothing here (see `wildcardModule`).
 */
export function importedNames(text: string, statement: PyNode): ImportedName[] {
  if (statement.type === 'import_statement') {
    return statement.children.flatMap((name) => {
      if (name.type === 'dotted_name') {
        const first = name.children[0];
        if (!first) return [];
        const bound = textOf(text, first);
        return [{ node: first, name: bound, qualified: normalizeModulePath(bound) }];
      }
      return aliased(text, name, '');
    });
  }
  if (statement.type !== 'import_from_statement') return [];
  const module = child(statement, 'module_name');
  if (!module) return [];
  const prefix = `${moduleText(text, module)}.`;
  return statement.children
    .filter((name) => name.field === 'name')
    .flatMap((name) => {
      if (name.type === 'dotted_name') {
        const bound = textOf(text, name);
        return [{ node: name, name: bound, qualified: normalizeModulePath(prefix + bound) }];
      }
      return aliased(text, name, prefix);
    });
}

/** `from ssl import *`: the module whose public names become this module's. */
export function wildcardModule(text: string, statement: PyNode): string | undefined {
  if (statement.type !== 'import_from_statement') return undefined;
  if (!statement.children.some((node) => node.type === 'wildcard_import')) return undefined;
  const module = child(statement, 'module_name');
  return module ? normalizeModulePath(moduleText(text, module)) : undefined;
}

function aliased(text: string, node: PyNode, prefix: string): ImportedName[] {
  if (node.type !== 'aliased_import') return [];
  const name = child(node, 'name');
  const alias = child(node, 'alias');
  if (!name || !alias) return [];
  return [
    {
      node: alias,
      name: textOf(text, alias),
      qualified: normalizeModulePath(prefix + textOf(text, name)),
    },
  ];
}

/** `a.b` as written, without spaces; relative imports keep their dots (`..pkg`). */
function moduleText(text: string, node: PyNode): string {
  return textOf(text, node).replace(/\s+/g, '');
}

/**
 * Copies and old names of the libraries the rules know, mapped to the real ones: requests' vendored
 * urllib3 (`requests.packages.urllib3`), pip's vendored libraries (`pip._vendor.requests`), botocore's
 * old vendored requests, and Python 2's names of the standard library's HTTP modules.
 */
const ALIASES: readonly (readonly [string, string])[] = [
  ['requests.packages.urllib3', 'urllib3'],
  ['pip._vendor.urllib3', 'urllib3'],
  ['pip._vendor.requests', 'requests'],
  ['botocore.vendored.requests', 'requests'],
  ['six.moves.urllib.request', 'urllib.request'],
  ['six.moves.http_client', 'http.client'],
  ['urllib2', 'urllib.request'],
  ['httplib', 'http.client'],
];

export function normalizeModulePath(path: string): string {
  for (const [from, to] of ALIASES) {
    if (path === from || path.startsWith(`${from}.`)) return to + path.slice(from.length);
  }
  return path;
}
