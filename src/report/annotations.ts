import { severityRank } from '../core/severity.js';
import type { Finding, Severity } from '../core/types.js';
import { revealHidden } from './hidden-characters.js';
import { repoPath } from './repo-path.js';

/** GitHub keeps 10 workflow-command annotations per level per step and drops the rest without a word. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  /** Repository-relative POSIX path; absent for the "more findings" notice. */
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  /** Only when the finding is on one line: GitHub drops columns of multi-line annotations. */
  readonly startColumn?: number;
  readonly endColumn?: number;
  readonly title: string;
  readonly message: string;
}

/** Changed line numbers per file (paths relative to the scan root), when a base commit is known. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[];
  /** Findings that deserved an annotation but did not get one (they are in the summary). */
  readonly omitted: number;
}

const LEVEL: Readonly<Record<Severity, AnnotationLevel>> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/**
 * Spends GitHub's annotation budget where a reviewer looks (design §6): the findings to annotate (new
 * ones, and accepted ones only when they fail the run) in priority order — new first, on changed lines
 * first, errors before warnings — at most 10 per level, then one notice saying how many more exist.
 * `alreadyUsed`: annotations this step printed before (warnings about permissions, say), which count too.
 */
export function planAnnotations(
  candidates: readonly Finding[],
  options: {
    pathPrefix: string;
    changedLines?: ChangedLines;
    perLevel?: number;
    alreadyUsed?: Readonly<Partial<Record<AnnotationLevel, number>>>;
  },
): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const free = (level: AnnotationLevel) =>
    Math.max(0, perLevel - (options.alreadyUsed?.[level] ?? 0));
  const wanted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of candidates) wanted[LEVEL[finding.severity]]++;
  const overflows = (['error', 'warning', 'notice'] as const).some((l) => wanted[l] > free(l));
  // When anything is cut, one notice slot is kept for saying so.
  const room = (level: AnnotationLevel) =>
    level === 'notice' && overflows ? Math.max(0, free(level) - 1) : free(level);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of [...candidates].sort(byPriority(options.changedLines))) {
    const level = LEVEL[finding.severity];
    if (used[level] >= room(level)) continue;
    annotations.push(annotationFor(finding, level, options.pathPrefix));
    used[level]++;
  }
  const omitted = candidates.length - annotations.length;
  if (omitted > 0 && free('notice') > 0) annotations.push(moreNotice(omitted));
  return { annotations, omitted };
}

export function annotationFor(
  finding: Finding,
  level: AnnotationLevel,
  pathPrefix: string,
): Annotation {
  const oneLine = finding.endLine === finding.line;
  return {
    level,
    file: repoPath(pathPrefix, finding.file),
    startLine: finding.line,
    endLine: finding.endLine,
    ...(oneLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    // The headline says what and where; the explanation, the rule and its page follow below it.
    title: annotationText(finding.headline),
    message: annotationText(`${finding.message}\n${finding.ruleId}: ${finding.docs}`),
  };
}

/**
 * An annotation's message as GitHub shows it: @actions/core escapes what the workflow-command protocol
 * needs (`%`, CR, LF); code quoted in a message may also hold bidirectional or invisible characters, shown
 * as escapes. The `file` property stays the exact path, or GitHub could not place the annotation.
 */
export function annotationText(text: string): string {
  return revealHidden(text, '\n');
}

/** New findings, and accepted ones only when they fail the run (`fail-on: any`). */
export function annotationCandidates(
  findings: readonly Finding[],
  failing: readonly Finding[],
): Finding[] {
  return [
    ...findings.filter((f) => f.status === 'new'),
    ...failing.filter((f) => f.status !== 'new'),
  ];
}

/** Why the step fails, in one line ("2 new insecure TLS findings at or above error"). */
export function failureMessage(
  failing: number,
  failOn: 'new' | 'any' | 'none',
  failSeverity: Severity,
): string {
  const which = failOn === 'new' ? 'new ' : '';
  return `${failing} ${which}insecure TLS finding${failing === 1 ? '' : 's'} at or above ${failSeverity} (see the job summary)`;
}

function moreNotice(omitted: number): Annotation {
  const noun = omitted === 1 ? 'finding' : 'findings';
  return {
    level: 'notice',
    title: 'tlsguard: more findings',
    message: `${omitted} more ${noun} — see the job summary. GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the job summary lists every finding.`,
  };
}

function byPriority(changed: ChangedLines | undefined): (a: Finding, b: Finding) => number {
  const onChangedLine = (finding: Finding): boolean => {
    const lines = changed?.get(finding.file);
    if (!lines) return false;
    for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true;
    return false;
  };
  const rank = (finding: Finding): number =>
    (finding.status === 'new' ? 0 : 2) + (onChangedLine(finding) ? 0 : 1);
  return (a, b) =>
    rank(a) - rank(b) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column;
}
