import type { PolicyChanges } from './policy.js';

/** The shared vocabulary of every stage. Plain data only: renderers and the baseline work on these shapes. */

/** How loudly a finding is reported. Ordered: a finding "reaches" a level when it is at or above it. */
export const SEVERITIES = ['note', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The catalogue's finer risk scale (rules.md); it decides the severity and SARIF's security-severity. */
export const RISKS = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Risk = (typeof RISKS)[number];

/** Whether a finding was accepted earlier (baseline or base revision) or is introduced by this change. */
export type FindingStatus = 'new' | 'unchanged';

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly risk: Risk;
  /** The explanation: what is wrong, why it is dangerous and how to fix it (several sentences). */
  readonly message: string;
  /** What is wrong and where, in one line (at most `HEADLINE_MAX_CHARS`): titles, tables, the comment. */
  readonly headline: string;
  /** POSIX path relative to the scan root. */
  readonly file: string;
  /** 1-based line and column (UTF-16 code units, as SARIF's default columnKind). */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The source lines the finding spans (at most a few, each cut to a sane length). */
  readonly snippet: string;
  /**
   * When the finding's line was too long to show whole: where in the line (UTF-16 units) the snippet's
   * first line starts; that line then begins with `…`. Absent when it starts at the line's start.
   */
  readonly snippetOffset?: number;
  /** Content hash of rule id + normalized offending code; no line, path or message (see baseline). */
  readonly fingerprint: string;
  /** Enclosing declarations, e.g. `ApiClient.connect`; a readable tie-breaker, not part of the hash. */
  readonly scope: string;
  readonly status: FindingStatus;
  /**
   * Unchanged only because the change under review added a baseline entry for it (the base commit
   * did not have the finding): shown as "accepted in this change", not as known.
   */
  readonly acceptedInChange?: true;
  readonly cwe: readonly string[];
  readonly docs: string;
}

/** A finding an inline `tlsguard-ignore` comment suppressed, with the reason it gives. */
export interface SuppressedFinding extends Finding {
  readonly reason: string;
}

/** A problem with one input (unreadable, unparsable, too large) that did not stop the scan. */
export interface Diagnostic {
  readonly file: string;
  readonly message: string;
  readonly kind: DiagnosticKind;
  readonly line?: number;
  readonly column?: number;
}

/**
 * What went wrong with one input. Each kind is also the SARIF notification descriptor id, and part of
 * the JSON contract (README): kinds are only ever added.
 */
export const DIAGNOSTIC_KINDS = [
  /** Not valid JavaScript/TypeScript (a syntax error, or merge-conflict markers): not analyzed. */
  'parse-error',
  /** Could not be read (permissions, deleted during the scan, an I/O error): not analyzed. */
  'read-error',
  /** A rule or the engine failed on this file: a bug in tlsguard; other rules and files went on. */
  'internal-error',
  /** NUL bytes in the first 8,000 bytes (git's heuristic): not source code, not analyzed. */
  'binary-file',
  /** Not valid UTF-8: analyzed with the bad bytes replaced by U+FFFD, so columns near them may be off. */
  'invalid-utf8',
  /** Over the size limit (2 MB): not read; also counted in `stats.filesSkipped`. */
  'too-large',
  /** Nested too deeply or too big to analyze safely (stack or node limit): not analyzed (in part). */
  'too-complex',
  /** A symbolic link to a file outside the scan root: not followed, so never read. */
  'outside-root',
  /**
   * Has syntax errors the parser recovered from (Python): analyzed, but code in and next to the broken
   * parts may have been missed.
   */
  'partial-parse',
] as const;

export type DiagnosticKind = (typeof DIAGNOSTIC_KINDS)[number];

/** Why discovery left a file out; every reason is counted, nothing is dropped silently. */
export type SkipReason =
  | 'excluded-directory'
  | 'minified'
  /** A package manager's generated loader (Yarn Plug'n'Play's `.pnp.cjs`, `.pnp.loader.mjs`). */
  | 'vendored'
  | 'too-large'
  | 'unsupported-extension'
  | 'ignored-by-config'
  /** A symbolic link to a file inside the root: the file is scanned under its own path, not twice. */
  | 'symlink';

export interface ScanStats {
  readonly filesDiscovered: number;
  readonly filesRead: number;
  /** Files analyzed by parsing them in this scan (not counting those taken from the cache). */
  readonly filesParsed: number;
  /** With `--cache`: files whose analysis came from the result cache instead of a parse. */
  readonly filesFromCache?: number;
  readonly bytesRead: number;
  readonly filesSkipped: Readonly<Partial<Record<SkipReason, number>>>;
  /**
   * Default-excluded folders (`node_modules`, `dist`, `build`, `vendor`) skipped although git lists
   * JavaScript/TypeScript files in them, with how many; absent when there are none.
   */
  readonly skippedFolders?: readonly { readonly path: string; readonly files: number }[];
  /** Worker threads that parsed files; 0 (or absent) when everything ran on the main thread. */
  readonly workers?: number;
  readonly durationMs: number;
}

/** A baseline entry that matched no current finding: the insecure code was fixed or removed. */
export interface FixedEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly fingerprint: string;
  readonly snippet?: string;
  readonly count: number;
}

/** One accepted finding of a baseline file (or several identical ones in one file: `count`). */
export interface BaselineEntry {
  readonly ruleId: string;
  /** POSIX path relative to the baseline file's folder. */
  readonly path: string;
  readonly fingerprint: string;
  /** Enclosing declarations: a readable tie-breaker, not part of the identity hash. */
  readonly scope?: string;
  readonly count: number;
  /** The offending line, for reviewers; never used for matching. */
  readonly snippet?: string;
  /** Why the finding was accepted; kept across updates. */
  readonly reason?: string;
}

/** What the comparison with the baseline file and/or base revision used and left over. */
export interface BaselineInfo {
  /** Absolute path of the baseline file that was read, if any. */
  readonly file?: string;
  readonly baseRef?: string;
  /** Per finding (same order as `findings`): the reason of the baseline entry that accepts it. */
  readonly reasons: readonly (string | undefined)[];
  /** Entries of files this run looked at that matched nothing (paths as in the baseline file). */
  readonly stale: readonly BaselineEntry[];
  /** Entries of files this run did not look at (excluded, or outside the scanned paths). */
  readonly notEvaluated: readonly BaselineEntry[];
}

export interface ScanResult {
  /** Absolute path of the folder every `file` is relative to. */
  readonly root: string;
  readonly findings: readonly Finding[];
  /** Findings an inline suppression with a reason took out of `findings`. */
  readonly suppressed: readonly SuppressedFinding[];
  readonly fixed: readonly FixedEntry[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ScanStats;
  readonly baseline?: BaselineInfo;
  /** With a base revision: what the change did to its own policy (config, baseline, suppressions). */
  readonly policy?: PolicyChanges;
}
