import type { SourceComment } from '../core/language.js';
import type { LineMap } from './line-map.js';

/**
 * An inline suppression: `// tlsguard-ignore-next-line <rule-id>[, <rule-id>] -- <reason>` or the
 * same-line `// tlsguard-ignore <rule-id> -- <reason>`, in `//` or `/* *\/` comments.
 */
export interface Directive {
  readonly comment: SourceComment;
  /** The line whose findings it suppresses. */
  readonly targetLine: number;
  readonly ruleIds: readonly string[];
  /** Undefined when the `-- reason` part is missing or empty: such a directive suppresses nothing. */
  readonly reason: string | undefined;
}

export const DIRECTIVE_MARKER = 'tlsguard-ignore';

const NEXT_LINE = '-next-line';

/** The directives among a file's comments; comments that merely mention the word are ignored. */
export function parseDirectives(comments: readonly SourceComment[], lineMap: LineMap): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment, lineMap);
    if (directive) directives.push(directive);
  }
  return directives;
}

// Plain string operations, no regular expression: comments are untrusted input of any length.
function parseDirective(comment: SourceComment, lineMap: LineMap): Directive | undefined {
  const text = comment.value.replace(/^[\s*]+/, '').trim();
  if (!text.startsWith(DIRECTIVE_MARKER)) return undefined;
  let rest = text.slice(DIRECTIVE_MARKER.length);
  const nextLine = rest.startsWith(NEXT_LINE);
  if (nextLine) rest = rest.slice(NEXT_LINE.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined; // `tlsguard-ignored`, `tlsguard-ignore-foo`
  const separator = rest.indexOf('--');
  const ids = separator < 0 ? rest : rest.slice(0, separator);
  const reason = separator < 0 ? '' : rest.slice(separator + 2).trim();
  return {
    comment,
    targetLine: nextLine
      ? lineMap.position(comment.range[1]).line + 1
      : lineMap.position(comment.range[0]).line,
    ruleIds: ids.split(/[\s,]+/).filter((id) => id.length > 0),
    reason: reason === '' ? undefined : reason,
  };
}

export interface SuppressionProblem {
  readonly directive: Directive;
  readonly messageId: 'missingReason' | 'missingRule' | 'unknownRule' | 'unused';
  readonly data: Readonly<Record<string, string>>;
}

export interface Suppressed<T> {
  readonly finding: T;
  readonly reason: string;
}

export interface RuleIds {
  /** Every rule tlsguard has: a directive naming anything else is a typo. */
  readonly known: readonly string[];
  /** Rules enabled for this run: only for these can a directive be found unused. */
  readonly active: ReadonlySet<string>;
}

/**
 * Splits a file's findings into kept and suppressed, and reports directives that are malformed (no rule,
 * unknown rule, no reason — these suppress nothing) or that suppress nothing.
 */
export function applySuppressions<T extends { readonly ruleId: string; readonly line: number }>(
  findings: readonly T[],
  directives: readonly Directive[],
  ruleIds: RuleIds,
  suggest: (id: string) => string,
): { kept: T[]; suppressed: Suppressed<T>[]; problems: SuppressionProblem[] } {
  const suppressed: Suppressed<T>[] = [];
  const problems: SuppressionProblem[] = [];
  const taken = new Set<T>();
  for (const directive of directives) {
    const problem = malformed(directive, ruleIds, suggest);
    if (problem) {
      problems.push(problem);
      continue;
    }
    for (const ruleId of directive.ruleIds) {
      const matches = findings.filter(
        (f) => f.ruleId === ruleId && f.line === directive.targetLine && !taken.has(f),
      );
      for (const finding of matches) {
        taken.add(finding);
        suppressed.push({ finding, reason: directive.reason ?? '' });
      }
      if (matches.length === 0 && ruleIds.active.has(ruleId)) {
        problems.push({
          directive,
          messageId: 'unused',
          data: { ruleId, line: String(directive.targetLine) },
        });
      }
    }
  }
  return { kept: findings.filter((f) => !taken.has(f)), suppressed, problems };
}

function malformed(
  directive: Directive,
  ruleIds: RuleIds,
  suggest: (id: string) => string,
): SuppressionProblem | undefined {
  if (directive.ruleIds.length === 0) return { directive, messageId: 'missingRule', data: {} };
  const unknown = directive.ruleIds.find((id) => !ruleIds.known.includes(id));
  if (unknown !== undefined) {
    return {
      directive,
      messageId: 'unknownRule',
      data: { ruleId: unknown, suggestion: suggest(unknown) },
    };
  }
  if (directive.reason === undefined) {
    return { directive, messageId: 'missingReason', data: { ruleId: directive.ruleIds[0] ?? '' } };
  }
  return undefined;
}
