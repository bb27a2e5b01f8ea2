import type { Linter } from 'eslint';
import { TOOL } from '../core/tool.js';
import type { Severity } from '../core/types.js';

/** ESLint's levels for tlsguard's severities: it has no third level, so a note is a warning. */
const LEVELS: Readonly<Record<Severity, 1 | 2>> = { error: 2, warning: 1, note: 1 };

/**
 * The severity of each tlsguard message of the files being processed, by `messageKey`: filled by the
 * rules between `preprocess` and `postprocess` of the same file (one thread lints a file from start to
 * end), emptied by `postprocess`. Only files `preprocess` announced are recorded, so linting without
 * the processor stores nothing.
 */
const pending = new Map<string, Map<string, Severity>>();

/** What identifies a message of a rule in ESLint's output: rule, position and text. */
export function messageKey(ruleId: string, line: number, column: number, message: string): string {
  return `${ruleId}\n${String(line)}\n${String(column)}\n${message}`;
}

/** Remembers the severity `tlsguard scan` gives a message, if its file is being processed. */
export function recordSeverity(filename: string, key: string, severity: Severity): void {
  pending.get(filename)?.set(key, severity);
}

/**
 * ESLint has one severity per rule; tlsguard has one per finding (design §4): the same rule reports an
 * error in production code, a warning for a user's switch and a note in test code. This processor
 * gives every tlsguard message its own severity, never above the rule's configured one: `error` stays
 * an error, `warning` and `note` become warnings. It changes nothing else (the text is linted as it
 * is; other rules' messages, fixes and suggestions pass through).
 */
export const severitiesProcessor: Linter.Processor = {
  meta: { name: 'tlsguard/severities', version: TOOL.version },
  supportsAutofix: true,
  preprocess(text, filename) {
    pending.set(filename, new Map());
    return [text];
  },
  postprocess(messages, filename) {
    const severities = pending.get(filename);
    pending.delete(filename);
    return messages.flat().map((message) => {
      const severity =
        message.ruleId === null
          ? undefined
          : severities?.get(
              messageKey(message.ruleId, message.line, message.column, message.message),
            );
      if (severity === undefined) return message;
      return { ...message, severity: Math.min(message.severity, LEVELS[severity]) as 1 | 2 };
    });
  },
};
