import type { BaselineEntry, Severity, SuppressedFinding } from './types.js';

/**
 * What a change (a pull request) did to the policy it is judged by, compared with its base commit:
 * everything that accepts, suppresses or weakens something. A pull request controls its own
 * `.tlsguard.json`, baseline and suppression comments, so each of these is shown for review — and with
 * `policy: base` none of them takes effect.
 */
export interface PolicyChanges {
  /** The commit compared with. */
  readonly baseRef: string;
  /** Whose configuration and baseline judged the run: the change's own, or the base commit's. */
  readonly source: PolicySource;
  /** The configuration and baseline files, relative to the scan root. */
  readonly configFile: string;
  readonly baselineFile?: string;
  /** Baseline entries added (or whose count grew): findings accepted by this change. */
  readonly acceptedEntries: readonly AddedEntry[];
  /** Rules turned off or lowered. */
  readonly rules: readonly RuleChange[];
  /** `failOn`, `failSeverity`, `testSeverity` weakened; `include`, `exclude`, `baseline` changed. */
  readonly settings: readonly SettingChange[];
  /** Findings a suppression comment takes out that the base did not suppress. */
  readonly suppressions: readonly SuppressedFinding[];
  /** Findings this change added that only its own baseline entries accept. */
  readonly acceptedFindings: number;
  /** What could not be compared (an unreadable or invalid file at the base). */
  readonly problems: readonly string[];
}

export type PolicySource = 'head' | 'base';

export interface AddedEntry {
  /** Path relative to the scan root. */
  readonly entry: BaselineEntry;
  /** How many occurrences the change added (the whole count for a new entry). */
  readonly added: number;
  /** Its line in the baseline file, when found. */
  readonly line?: number;
}

export interface RuleChange {
  readonly ruleId: string;
  /** `default`: the rule's own severities. */
  readonly from: 'off' | Severity | 'default';
  readonly to: 'off' | Severity | 'default';
  readonly line?: number;
}

/** The configuration keys whose change can hide a finding (besides `rules`). */
export type PolicySetting =
  'failOn' | 'failSeverity' | 'testSeverity' | 'include' | 'exclude' | 'baseline' | 'ignore';

export interface SettingChange {
  readonly key: PolicySetting;
  /** As written in the configuration (JSON), or `default`. */
  readonly from: string;
  readonly to: string;
  readonly line?: number;
}

/** Whether anything in it needs a reviewer's eye. */
export function hasPolicyChanges(changes: PolicyChanges | undefined): changes is PolicyChanges {
  return (
    changes !== undefined &&
    changes.acceptedEntries.length +
      changes.rules.length +
      changes.settings.length +
      changes.suppressions.length +
      changes.problems.length >
      0
  );
}
