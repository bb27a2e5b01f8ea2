import { hasPolicyChanges } from '../core/policy.js';
import type { Finding, ScanResult } from '../core/types.js';
import {
  ANNOTATIONS_PER_LEVEL,
  annotationCandidates,
  planAnnotations,
  type Annotation,
  type AnnotationLevel,
  type ChangedLines,
} from './annotations.js';
import { planPolicyAnnotations } from './policy-annotations.js';

export interface StepAnnotationOptions {
  /** The scan root relative to the repository root. */
  readonly pathPrefix: string;
  readonly changedLines?: ChangedLines;
  /** Annotations the step printed before (warnings about permissions, say): they count too. */
  readonly alreadyUsed?: Readonly<Partial<Record<AnnotationLevel, number>>>;
  /** Who changed the policy: "This pull request" or "This change". */
  readonly subject: string;
}

/**
 * Every annotation of a step, in the order they are printed, within GitHub's budget of 10 per level:
 * a notice on each line that changes the policy (leaving one notice for the findings' "N more"), then
 * the findings (see `planAnnotations`). The Action and `tlsguard scan --format github` both print
 * these, so a workflow gets the same annotations either way.
 */
export function planStepAnnotations(
  result: ScanResult,
  failing: readonly Finding[],
  options: StepAnnotationOptions,
): Annotation[] {
  const used = { error: 0, warning: 0, notice: 0, ...options.alreadyUsed };
  const notices = hasPolicyChanges(result.policy)
    ? planPolicyAnnotations(result.policy, {
        pathPrefix: options.pathPrefix,
        room: Math.max(0, ANNOTATIONS_PER_LEVEL - used.notice - 1),
        subject: options.subject,
      })
    : [];
  const plan = planAnnotations(annotationCandidates(result.findings, failing), {
    pathPrefix: options.pathPrefix,
    ...(options.changedLines === undefined ? {} : { changedLines: options.changedLines }),
    alreadyUsed: { ...used, notice: used.notice + notices.length },
  });
  return [...notices, ...plan.annotations];
}
