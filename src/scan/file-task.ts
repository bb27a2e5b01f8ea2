import { closest } from '../config/closest.js';
import { analyzeFile, type FileOutput } from '../engine/analyze-file.js';
import type { RuleIds } from '../engine/suppressions.js';
import type { LoadedLanguage, TargetVersions } from '../core/language.js';
import type { SeverityCap } from '../core/non-production.js';
import type { LanguageId, Rule } from '../core/rule.js';
import type { Severity } from '../core/types.js';

/** What a scan's analyses share: plain data, sent along with every task to a worker thread. */
export interface AnalysisSettings {
  /** Every rule id tlsguard knows (suppression comments naming anything else are typos). */
  readonly knownRuleIds: readonly string[];
  /** The enabled rules' ids. */
  readonly activeRuleIds: readonly string[];
  readonly ruleSeverities: readonly (readonly [string, Severity])[];
  /** The cap of findings in non-production parts of a file (a `test` script of a `package.json`). */
  readonly testSeverity?: Severity;
  /** The runtime versions the project targets, for the languages whose rules depend on them. */
  readonly targetVersions?: TargetVersions;
}

/** One file to parse and run rules on, as plain data, so it can be analyzed on any thread. */
export interface FileTask {
  readonly path: string;
  /** The language the file is in: its parser and checkers analyze it. */
  readonly language: LanguageId;
  readonly text: string;
  /** Ids of the rules the prefilter chose for this file. */
  readonly ruleIds: readonly string[];
  /** Findings are capped at this severity, and say why (test, example and other non-production code). */
  readonly severityCap: SeverityCap | undefined;
  readonly settings: AnalysisSettings;
}

/**
 * Parse → checkers → suppressions for one task, with the task's language loaded. The main thread and
 * the worker threads both run exactly this, each with its own rule registry (rules are code, so they
 * are looked up by id, never sent).
 */
export function analyzeTask(
  language: LoadedLanguage,
  task: FileTask,
  registry: ReadonlyMap<string, Rule>,
): FileOutput {
  const { knownRuleIds, activeRuleIds, ruleSeverities, targetVersions } = task.settings;
  return analyzeFile(language, {
    path: task.path,
    text: task.text,
    rules: task.ruleIds.map((id) => {
      const rule = registry.get(id);
      if (!rule) throw new Error(`no rule '${id}' in this thread's registry`);
      return rule;
    }),
    severityCap: task.severityCap,
    ...(task.settings.testSeverity ? { testSeverity: task.settings.testSeverity } : {}),
    ruleSeverities: new Map(ruleSeverities),
    ...(targetVersions ? { targetVersions } : {}),
    ruleIds: directiveRuleIds(knownRuleIds, activeRuleIds),
  });
}

/** What suppression comments are checked against; an unknown id gets the nearest known one suggested. */
export function directiveRuleIds(
  known: readonly string[],
  active: readonly string[],
): RuleIds & { readonly suggest: (id: string) => string } {
  return {
    known,
    active: new Set(active),
    suggest: (id) => {
      const suggestion = closest(id, known);
      return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
    },
  };
}
