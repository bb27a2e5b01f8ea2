/**
 * Files tlsguard reads as Python: `.py` modules and `.pyw` scripts (Windows' windowless interpreter runs
 * them; the code is ordinary Python). Stub files (`.pyi`) are left out, like TypeScript's `.d.ts`: they
 * only declare types (PEP 484: bodies and default values are `...`), no code in them ever runs, and
 * typeshed-style stub packages are among the largest folders of a virtualenv.
 */
const EXTENSIONS: readonly string[] = ['.py', '.pyw'];

export function isPythonPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && EXTENSIONS.includes(path.slice(dot).toLowerCase());
}

/** A name without a dot (`bin/deploy`), not a dotfile: a script the kernel runs by its shebang. */
export function hasNoExtension(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name !== '' && !name.includes('.');
}

/** `python`, `python3`, `python3.12`, `pypy3`: what a shebang names to run a file as Python. */
const INTERPRETER = /^(?:python|pypy)(?:\d+(?:\.\d+)*)?$/;

/**
 * Whether a first line is a shebang that runs the file as Python: `#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, `#!/usr/bin/env -S python3 -u`, `#!/opt/venv/bin/python3.11`.
 */
export function isPythonShebang(firstLine: string): boolean {
  if (!firstLine.startsWith('#!')) return false;
  const words = firstLine.slice(2).trim().split(/\s+/);
  const program = baseName(words[0] ?? '');
  if (INTERPRETER.test(program)) return true;
  if (program !== 'env') return false;
  // `env [-S] [-i] [NAME=value …] python3 …`: the first word that is neither an option nor an assignment.
  const command = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('='));
  return command !== undefined && INTERPRETER.test(baseName(command));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
