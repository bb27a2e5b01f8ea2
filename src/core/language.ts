import type { Condition } from './condition.js';
import type { NonProductionKind } from './non-production.js';
import type { LanguageId, Rule } from './rule.js';

/**
 * The seam between the engine and a language (design §3). A language knows its files, parses them,
 * runs its rules' checkers over the syntax tree and says where each report is and what identifies it;
 * the engine turns reports into findings, applies suppression comments and reports failures, the
 * same way for every language.
 */
export interface Language {
  readonly id: LanguageId;
  /** Whether a file is this language's, by its path (and, for a file without extension, its first line). */
  owns(path: string, firstLine?: string): boolean;
  /**
   * Whether a file at `path` may be this language's depending on its first line (a script without
   * extension and its shebang): discovery reads such files, and `owns(path, firstLine)` decides.
   */
  mayOwnByFirstLine?(path: string): boolean;
  /** The parser and the rules' checkers, loaded on first use (a scan that parses nothing never loads them). */
  load(): Promise<LoadedLanguage>;
}

export interface LoadedLanguage {
  /** One file through the parser and the checkers of `input.rules`. Never throws for the file's sake. */
  analyze(input: LanguageInput): LanguageRun;
}

export interface LanguageInput {
  /** Relative to the scan root, with `/`. */
  readonly path: string;
  readonly text: string;
  /** The rules to run (those the prefilter chose), each with a checker for this language. */
  readonly rules: readonly Rule[];
  /** The file holds a suppression marker: its comments will be asked for. */
  readonly comments: boolean;
  /** Syntax nodes a file may have before it is not analyzed at all. */
  readonly maxNodes: number;
  /** Analysis steps the checkers may take on the file (see `WorkMeter`). */
  readonly maxSteps: number;
  /** The runtime versions the project targets, for rules whose verdict depends on them. */
  readonly targetVersions?: TargetVersions;
}

/**
 * The oldest runtime the project supports, per language, as `major.minor` (`3.12`): from flags,
 * configuration or the project's own files (`requires-python`, `.python-version`, `runtime.txt`).
 */
export interface TargetVersions {
  readonly python?: string;
}

export type LanguageRun = ParseFailure | LanguageAnalysis;

/** The file was not analyzed: it does not parse, or it is too deep or too large to. */
export interface ParseFailure {
  readonly ok: false;
  readonly reason: 'syntax' | 'too-deep' | 'too-many-nodes';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LanguageAnalysis {
  readonly ok: true;
  readonly reports: readonly LocatedReport[];
  /** Checkers that threw: each is switched off for this file. */
  readonly failures: readonly RuleFailure[];
  /** Where the checkers used up the file's analysis steps (an offset): code from there on was not checked. */
  readonly stoppedAt?: number;
  /** Reports that could not be located (their code nests too deeply, say): each costs that finding. */
  readonly errors: readonly unknown[];
  /**
   * Offsets of syntax errors the parser recovered from (tree-sitter): the file was analyzed, but code
   * in and next to the broken parts may have been missed.
   */
  readonly syntaxErrors?: readonly number[];
  /** The file's comments, for suppression directives. */
  comments(): readonly SourceComment[];
}

/** A checker's report, located and identified by its language. */
export interface LocatedReport {
  readonly rule: Rule;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  /** The code runs only under this switch or environment condition: a warning that names it. */
  readonly condition?: Condition;
  /** Offsets (UTF-16) of the reported code. */
  readonly range: readonly [number, number];
  /**
   * What identifies the finding for its fingerprint: the offending code, normalized (comments and
   * layout dropped), prefixed by what it is handed to. Never a position or a path.
   */
  readonly identity: string;
  /** The named declarations around it, outermost first: a tie-breaker between identical findings. */
  readonly scope: string;
  /**
   * The part of the file the report is in does not run in production (a `test` script of a
   * `package.json`): capped like test code, as a whole non-production file is.
   */
  readonly nonProduction?: NonProductionKind;
  /**
   * Fixes an editor may offer for this report (ESLint suggestions): never applied automatically, and
   * not part of a finding, so the CLI's and the Action's output do not depend on them.
   */
  readonly suggestions?: readonly Suggestion[];
}

/** A fix a user may choose to apply: a text of the rule's `meta.suggestions` and the edits it makes. */
export interface Suggestion {
  /** A key of the rule's `meta.suggestions`. */
  readonly id: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** Replace the text between two offsets (UTF-16) of the file with `text`. */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

/** A comment: its text without the comment markers, and where the whole comment is. */
export interface SourceComment {
  readonly value: string;
  readonly range: readonly [number, number];
}
