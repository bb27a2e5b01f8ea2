import type { Language } from '../../core/language.js';
import { mayBeScript, surfaceOf } from './files.js';

/**
 * Configuration and infrastructure files (design §3, rules.md §5): Dockerfiles, GitHub workflows and
 * composite actions, compose files, dotenv files, npm/yarn/git/curl/wget/pip configuration, shell
 * scripts and `package.json` scripts. Each format has its own reader; they all produce one model
 * (environment assignments, commands, tool settings) that the rules' config checkers read. The
 * parsers and checkers load on first use.
 */
export const config: Language = {
  id: 'config',
  owns: (path, firstLine) => surfaceOf(path, firstLine) !== undefined,
  mayOwnByFirstLine: mayBeScript,
  load: async () => {
    const [{ loadParsers }, { CONFIG_CHECKERS }, { configAnalyzer }] = await Promise.all([
      import('./parsers.js'),
      import('../../rules/checkers/config.js'),
      import('./analyze.js'),
    ]);
    return configAnalyzer(await loadParsers(), CONFIG_CHECKERS);
  },
};
