import type { Rule } from '../core/rule.js';

export interface Prefilter {
  /** The rules whose trigger words occur in `text`; empty means the file need not be parsed. */
  rulesFor(text: string): Rule[];
}

/**
 * One combined matcher for every rule's triggers, so each file's text is scanned once, not once per
 * rule. Rules without triggers run on every parsed file but do not by themselves cause parsing.
 */
export function createPrefilter(rules: readonly Rule[]): Prefilter {
  const rulesByTrigger = new Map<string, Rule[]>();
  const always = rules.filter((rule) => rule.triggers.length === 0);
  for (const rule of rules) {
    for (const trigger of rule.triggers) {
      rulesByTrigger.set(trigger, [...(rulesByTrigger.get(trigger) ?? []), rule]);
    }
  }
  const triggers = [...rulesByTrigger.keys()].sort((a, b) => b.length - a.length);
  if (triggers.length === 0) return { rulesFor: () => [] };
  // A match of `sslmode` hides the `ssl` inside it from the scan: it triggers the rules of both.
  const rulesByMatch = new Map(
    triggers.map((trigger) => [
      trigger,
      triggers
        .filter((other) => trigger.includes(other))
        .flatMap((other) => rulesByTrigger.get(other) ?? []),
    ]),
  );
  const pattern = new RegExp(triggers.map(escapeRegExp).join('|'), 'g');
  return {
    rulesFor(text) {
      const found = new Set<Rule>();
      const seen = new Set<string>();
      for (const match of text.matchAll(pattern)) {
        if (seen.has(match[0])) continue;
        seen.add(match[0]);
        for (const rule of rulesByMatch.get(match[0]) ?? []) found.add(rule);
        if (seen.size === triggers.length) break;
      }
      if (found.size === 0) return [];
      for (const rule of always) found.add(rule);
      return rules.filter((rule) => found.has(rule));
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
