import type { Annotation } from '../report/annotations.js';
import { writeFailureWarning, type GitHubClient } from './github-api.js';
import type { RunnerContext } from './runner-context.js';
import type { StepLog } from './step-log.js';

/** The Checks API takes at most 50 annotations per request; later requests append. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** 20 requests: enough for any real pull request, well inside the content-creation rate limits. */
export const MAX_CHECK_ANNOTATIONS = 1000;

export interface CheckRunReport {
  readonly name: string;
  readonly title: string;
  /** Markdown, below 65,535 characters. */
  readonly summary: string;
  readonly failing: boolean;
  /** Every finding's annotation (no "more" notice: nothing is cut below the cap). */
  readonly annotations: readonly Annotation[];
}

type CheckAnnotation = NonNullable<
  NonNullable<Parameters<GitHubClient['rest']['checks']['create']>[0]>['output']
>['annotations'];

/**
 * The optional check run (`check-run: true`), on the pull request's head commit rather than the merge
 * commit, with all annotations in batches of 50. A refused write is one warning.
 */
export async function publishCheckRun(
  client: GitHubClient,
  context: RunnerContext,
  report: CheckRunReport,
  log: StepLog,
): Promise<void> {
  const where = { owner: context.owner, repo: context.repo };
  const annotations = report.annotations.slice(0, MAX_CHECK_ANNOTATIONS).flatMap(checkAnnotation);
  const batches: CheckAnnotation[] = [];
  for (let start = 0; start < annotations.length; start += CHECK_ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(start, start + CHECK_ANNOTATIONS_PER_REQUEST));
  const capped =
    report.annotations.length > MAX_CHECK_ANNOTATIONS
      ? `\n\nOnly the first ${MAX_CHECK_ANNOTATIONS} of ${report.annotations.length} findings are annotated; the job summary lists all.`
      : '';
  const output = { title: report.title, summary: `${report.summary}${capped}` };
  try {
    const { data } = await client.rest.checks.create({
      ...where,
      name: report.name,
      head_sha: context.pullRequest?.headSha ?? context.sha,
      status: 'completed',
      conclusion: report.failing ? 'failure' : 'success',
      output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
    });
    for (const batch of batches.slice(1))
      await client.rest.checks.update({
        ...where,
        check_run_id: data.id,
        output: { ...output, annotations: batch },
      });
    log.info(`Check run "${report.name}" created with ${annotations.length} annotations.`);
  } catch (error) {
    log.warning(writeFailureWarning('create the check run', '{ checks: write }', error, context));
  }
}

function checkAnnotation(annotation: Annotation): NonNullable<CheckAnnotation> {
  if (annotation.file === undefined || annotation.startLine === undefined) return [];
  return [
    {
      path: annotation.file,
      start_line: annotation.startLine,
      end_line: annotation.endLine ?? annotation.startLine,
      ...(annotation.startColumn === undefined || annotation.endColumn === undefined
        ? {}
        : { start_column: annotation.startColumn, end_column: annotation.endColumn }),
      annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
      title: annotation.title.slice(0, 255),
      message: annotation.message,
    },
  ];
}
