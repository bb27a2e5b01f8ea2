import type { LanguageId, Rule } from '../core/rule.js';
import { createByteMatcher } from './byte-matcher.js';
import { occursNear } from './near.js';

export interface PrefilterVerdict {
  /** The rules to run: those whose triggers occur, plus the trigger-less ones when any does. */
  readonly rules: Rule[];
  /** Whether the file is parsed at all: a rule triggers, or one of the extra words occurs. */
  readonly parse: boolean;
}

export interface Prefilter {
  /** Every word looked for (rule triggers and extra words), sorted: what a plain text search would need. */
  readonly words: readonly string[];
  /** One pass over the raw bytes (UTF-8) or the text of a file. */
  check(content: Uint8Array | string): PrefilterVerdict;
  /** The rules whose trigger words occur in `text`; empty means the file need not be parsed. */
  rulesFor(text: string): Rule[];
}

export interface PrefilterOptions {
  /** The language of the files this prefilter sees: rules count with their triggers for it. */
  readonly language: LanguageId;
  /** Words that cause parsing without triggering a rule (suppression comments, to report stale ones). */
  readonly alsoParseOn?: readonly string[];
}

const encoder = new TextEncoder();

/**
 * How close the words of a trigger group must be (bytes, either side of the first word). Small files
 * are covered whole; in a megabyte bundle that mentions `proxy` in one module and `secure` in another,
 * the two do not make the file worth parsing.
 */
const GROUP_WINDOW = 4096;

/** A rule's trigger as a primary word (searched in every file) and words that must occur near it. */
interface Group {
  readonly rule: Rule;
  readonly word: Uint8Array;
  readonly near: readonly Uint8Array[];
}

/**
 * One combined matcher for every rule's (primary) trigger words, so each file's bytes are scanned
 * once, not once per rule. Rules without triggers run on every parsed file but do not by themselves
 * cause parsing.
 */
export function createPrefilter(allRules: readonly Rule[], options: PrefilterOptions): Prefilter {
  // A rule without triggers for the language has no checker for it.
  const rules = allRules.filter((rule) => rule.triggers[options.language] !== undefined);
  const triggersOf = (rule: Rule) => rule.triggers[options.language] ?? [];
  const groupsByWord = new Map<string, Group[]>();
  for (const word of options.alsoParseOn ?? []) groupsByWord.set(word, []);
  for (const rule of rules) {
    for (const trigger of triggersOf(rule)) {
      const [word, ...near] = typeof trigger === 'string' ? [trigger] : trigger;
      if (word === '') continue;
      const group = { rule, word: encoder.encode(word), near: near.map((w) => encoder.encode(w)) };
      groupsByWord.set(word, [...(groupsByWord.get(word) ?? []), group]);
    }
  }
  const words = [...groupsByWord.keys()].sort();
  const matcher = createByteMatcher(words.map((word) => encoder.encode(word)));
  const always = rules.filter((rule) => triggersOf(rule).length === 0);
  const extraWords = new Set(options.alsoParseOn ?? []);
  const check = (content: Uint8Array | string): PrefilterVerdict => {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const found = matcher.find(bytes).map((index) => words[index] ?? '');
    if (found.length === 0) return { rules: [], parse: false };
    const triggered = new Set(
      found
        .flatMap((word) => groupsByWord.get(word) ?? [])
        .filter((group) =>
          group.near.every((other) => occursNear(bytes, group.word, other, GROUP_WINDOW)),
        )
        .map((group) => group.rule),
    );
    if (triggered.size === 0) return { rules: [], parse: found.some((w) => extraWords.has(w)) };
    for (const rule of always) triggered.add(rule);
    return { rules: rules.filter((rule) => triggered.has(rule)), parse: true };
  };
  return { words, check, rulesFor: (text) => check(text).rules };
}
/**
 * No prefilter: every file is parsed and every rule with a checker for the language runs (to check that
 * the prefilter loses nothing).
 */
export function passEverything(allRules: readonly Rule[], language: LanguageId): Prefilter {
  const rules = allRules.filter((rule) => rule.triggers[language] !== undefined);
  return {
    words: [],
    check: () => ({ rules: [...rules], parse: true }),
    rulesFor: () => [...rules],
  };
}
