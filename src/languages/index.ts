import type { Language, LoadedLanguage } from '../core/language.js';
import type { LanguageId } from '../core/rule.js';
import { config } from './config/index.js';
import { javascript } from './javascript/index.js';
import { python } from './python/index.js';
import { isScriptCandidate } from './shared/scripts.js';

/**
 * Every language tlsguard reads (design §3), in the order a file is offered to them: JavaScript first,
 * so a `.js` file is always JavaScript (the config language owns `package.json`, which is no JS file);
 * Python and the config language never claim the same file (a shebang names one interpreter).
 */
export const LANGUAGES: readonly Language[] = [javascript, python, config];

/** The language a file is in, by its path (and, for a file without extension, its first line). */
export function languageOf(path: string, firstLine?: string): Language | undefined {
  return LANGUAGES.find((language) => language.owns(path, firstLine));
}

/**
 * Whether discovery should read a file: one of the languages owns it by its path, or it is an
 * extension-less script whose first line (its shebang) may name one: in a script folder (see
 * `isScriptCandidate`), or wherever a language asks for it (the config language: any extension-less
 * name that is not a LICENSE, Makefile or the like, since shell entrypoints sit anywhere).
 */
export function isCandidate(path: string): boolean {
  return (
    languageOf(path) !== undefined ||
    isScriptCandidate(path) ||
    LANGUAGES.some((language) => language.mayOwnByFirstLine?.(path) === true)
  );
}

const byId = new Map(LANGUAGES.map((language) => [language.id, language]));
const loaded = new Map<LanguageId, Promise<LoadedLanguage>>();

/** A language's parser and checkers, loaded once per thread. */
export function loadLanguage(id: LanguageId): Promise<LoadedLanguage> {
  let language = loaded.get(id);
  if (!language) {
    const definition = byId.get(id);
    if (!definition) return Promise.reject(new Error(`no language '${id}'`));
    language = definition.load();
    loaded.set(id, language);
  }
  return language;
}
