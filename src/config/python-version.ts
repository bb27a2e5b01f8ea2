import type { FileSystem } from '../core/io.js';

/** Where the Python version a project targets was found. */
export interface ProjectPythonVersion {
  /** `major.minor`, the oldest version the project supports. */
  readonly version: string;
  /** The file it comes from, relative to the root (`pyproject.toml`, `.python-version`, `runtime.txt`). */
  readonly source: string;
}

/** `3`, `3.12`, `3.12.1`: a version as flags, configuration and project files write it. */
const VERSION = /^(\d{1,2})(?:\.(\d{1,3}))?(?:\.\d+)?$/;

/** `major.minor` of a version written by a user (`3.12`, `3.12.4`); undefined if it is not one. */
export function normalizePythonVersion(text: string): string | undefined {
  const match = VERSION.exec(text.trim());
  if (match?.[2] === undefined) return undefined;
  return `${Number(match[1])}.${Number(match[2])}`;
}

/**
 * The Python version the project at `root` targets, from its own files: `requires-python` in
 * `pyproject.toml` (PEP 621; or Poetry's `python` dependency), else `.python-version` (pyenv), else
 * `runtime.txt` (Heroku-style `python-3.11.4`). A specifier gives its lower bound — the oldest
 * version the project still supports, which is what removals are judged against.
 */
export async function projectPythonVersion(
  fs: FileSystem,
  root: string,
): Promise<ProjectPythonVersion | undefined> {
  const readers: readonly [string, (text: string) => string | undefined][] = [
    ['pyproject.toml', fromPyproject],
    ['.python-version', fromPythonVersionFile],
    ['runtime.txt', fromRuntimeTxt],
  ];
  for (const [source, read] of readers) {
    const text = await fs.readText(fs.resolve(root, source));
    const version = text === undefined ? undefined : read(text);
    if (version !== undefined) return { version, source };
  }
  return undefined;
}

/**
 * `requires-python = ">=3.9"` in `[project]`, or `python = "^3.10"` in
 * `[tool.poetry.dependencies]`. The two keys are one-line strings in practice; this reads those lines
 * rather than the whole TOML grammar, and a file it cannot read this way simply gives no version.
 */
export function fromPyproject(text: string): string | undefined {
  const wanted: Readonly<Record<string, string>> = {
    project: 'requires-python',
    'tool.poetry.dependencies': 'python',
  };
  let table = '';
  const found: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = tableHeader(line);
    if (header !== undefined) {
      table = header;
      continue;
    }
    const key = wanted[table];
    if (key === undefined) continue;
    const entry = new RegExp(`^["']?${key}["']?\\s*=\\s*(?:"([^"]*)"|'([^']*)')\\s*(?:#.*)?$`).exec(
      line,
    );
    const value = entry?.[1] ?? entry?.[2];
    if (value !== undefined) found[table] = value;
  }
  const specifier = found.project ?? found['tool.poetry.dependencies'];
  return specifier === undefined ? undefined : lowerBound(specifier);
}

/** `[project]`, `[ tool.poetry.dependencies ]  # comment` → the table's name, quotes and spaces removed. */
function tableHeader(line: string): string | undefined {
  // Split by hand: one regular expression with optional spaces on both sides of the name backtracks.
  if (!line.startsWith('[')) return undefined;
  // An array of tables (`[[tool.foo]]`) ends the table before it too; its keys are never wanted.
  if (line.startsWith('[[')) return '[[]]';
  const close = line.indexOf(']');
  if (close < 0) return undefined;
  const name = line.slice(1, close);
  const rest = line.slice(close + 1).trim();
  if (!/^[\w.\-"' ]+$/.test(name) || (rest !== '' && !rest.startsWith('#'))) return undefined;
  return name.replace(/["'\s]/g, '');
}

/** The first version line of a `.python-version` file (`3.11.7`, `3.12`); names like `system` give none. */
export function fromPythonVersionFile(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/#.*/, '').trim();
    if (trimmed === '') continue;
    return normalizePythonVersion(trimmed.replace(/^(?:cpython|python)-?/i, ''));
  }
  return undefined;
}

/** `python-3.11.4` (Heroku's `runtime.txt`). */
export function fromRuntimeTxt(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^python-(\d+\.\d+(?:\.\d+)?)$/.exec(line.trim());
    if (match?.[1] !== undefined) return normalizePythonVersion(match[1]);
  }
  return undefined;
}

/**
 * The lowest `major.minor` a version specifier allows (PEP 440: `>=3.9`, `~=3.10`, `==3.11.*`,
 * `>3.8,<4`; Poetry: `^3.10`, `~3.9`, `3.11.*`): the highest of its lower bounds.
 */
export function lowerBound(specifier: string): string | undefined {
  let best: [number, number] | undefined;
  for (const clause of specifier.split(/[,|]/)) {
    const trimmed = clause.trim();
    const match = /^(>=|>|~=|===|==|\^|~)?\s*v?(\d+)(?:\.(\d+|\*))?/.exec(trimmed);
    if (!match || trimmed.startsWith('<') || trimmed.startsWith('!=')) continue;
    const major = Number(match[2]);
    const minor = match[3] === undefined || match[3] === '*' ? 0 : Number(match[3]);
    if (!best || major > best[0] || (major === best[0] && minor > best[1])) best = [major, minor];
  }
  return best ? `${best[0]}.${best[1]}` : undefined;
}
