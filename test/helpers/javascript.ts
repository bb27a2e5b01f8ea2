import type { LoadedLanguage } from '../../src/core/language.js';
import { javascriptAnalyzer } from '../../src/languages/javascript/analyze.js';
import type { JavaScriptChecker } from '../../src/languages/javascript/checker.js';
import { loadParser, type Parser } from '../../src/languages/javascript/parser.js';
import { JAVASCRIPT_CHECKERS } from '../../src/rules/checkers/javascript.js';

/**
 * The JavaScript language as the engine loads it, optionally with more checkers (rules a test defines)
 * or another parser (one that counts its calls, say).
 */
export async function javascriptWith(
  extra: ReadonlyMap<string, JavaScriptChecker> = new Map(),
  parser?: Parser,
): Promise<LoadedLanguage> {
  return javascriptAnalyzer(
    parser ?? (await loadParser()),
    new Map([...JAVASCRIPT_CHECKERS, ...extra]),
  );
}
