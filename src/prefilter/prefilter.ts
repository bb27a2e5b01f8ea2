import type { Rule } from '../core/rule.js';
import { createByteMatcher } from './byte-matcher.js';

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
  /** Words that cause parsing without triggering a rule (suppression comments, to report stale ones). */
  readonly alsoParseOn?: readonly string[];
}

const encoder = new TextEncoder();

/**
 * One combined matcher for every rule's triggers, so each file's bytes are scanned once, not once per
 * rule. Rules without triggers run on every parsed file but do not by themselves cause parsing.
 */
export function createPrefilter(rules: readonly Rule[], options: PrefilterOptions = {}): Prefilter {
  const rulesByWord = new Map<string, Set<Rule>>();
  for (const word of options.alsoParseOn ?? []) rulesByWord.set(word, new Set());
  for (const rule of rules) {
    for (const trigger of rule.triggers) {
      if (trigger === '') continue;
      rulesByWord.set(trigger, (rulesByWord.get(trigger) ?? new Set()).add(rule));
    }
  }
  const words = [...rulesByWord.keys()].sort();
  const matcher = createByteMatcher(words.map((word) => encoder.encode(word)));
  const always = rules.filter((rule) => rule.triggers.length === 0);
  const check = (content: Uint8Array | string): PrefilterVerdict => {
    const found = matcher.find(typeof content === 'string' ? encoder.encode(content) : content);
    if (found.length === 0) return { rules: [], parse: false };
    const triggered = new Set(
      found.flatMap((index) => [...(rulesByWord.get(words[index] ?? '') ?? [])]),
    );
    if (triggered.size === 0) return { rules: [], parse: true };
    for (const rule of always) triggered.add(rule);
    return { rules: rules.filter((rule) => triggered.has(rule)), parse: true };
  };
  return { words, check, rulesFor: (text) => check(text).rules };
}

/** No prefilter: every file is parsed and every rule runs (to check that the prefilter loses nothing). */
export function passEverything(rules: readonly Rule[]): Prefilter {
  return {
    words: [],
    check: () => ({ rules: [...rules], parse: true }),
    rulesFor: () => [...rules],
  };
}
