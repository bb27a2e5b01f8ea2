import type { Language } from '../../core/language.js';
import { isSourceFile } from './files.js';

/**
 * JavaScript and TypeScript (design §3): files by extension, typescript-estree as the parser, the rules'
 * JavaScript checkers over its syntax tree. The parser (with the 10 MB TypeScript compiler) and the
 * checkers (with the analysis and its scope manager) load on first use.
 */
export const javascript: Language = {
  id: 'javascript',
  owns: (path) => isSourceFile(path),
  load: async () => {
    const [{ loadParser }, { JAVASCRIPT_CHECKERS }, { javascriptAnalyzer }] = await Promise.all([
      import('./parser.js'),
      import('../../rules/checkers/javascript.js'),
      import('./analyze.js'),
    ]);
    return javascriptAnalyzer(await loadParser(), JAVASCRIPT_CHECKERS);
  },
};
