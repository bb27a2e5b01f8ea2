import type { Language } from '../../core/language.js';
import { hasNoExtension, isPythonPath, isPythonShebang } from './files.js';

/**
 * Python (design §3): `.py`/`.pyw` files and extension-less scripts whose shebang runs Python;
 * web-tree-sitter with the tree-sitter-python grammar as the parser (it recovers from syntax errors,
 * so one broken line does not hide the rest of the file); the rules' Python checkers over its tree.
 * The WASM runtime, the grammar and the checkers load on first use.
 */
export const python: Language = {
  id: 'python',
  owns: (path, firstLine) =>
    isPythonPath(path) ||
    (firstLine !== undefined && hasNoExtension(path) && isPythonShebang(firstLine)),
  load: async () => {
    const [{ loadPythonParser }, { PYTHON_CHECKERS }, { pythonAnalyzer }] = await Promise.all([
      import('./parser.js'),
      import('../../rules/checkers/python.js'),
      import('./analyze.js'),
    ]);
    return pythonAnalyzer(await loadPythonParser(), PYTHON_CHECKERS);
  },
};
