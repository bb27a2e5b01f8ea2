import type { Finding, ScanResult } from '../core/types.js';
import { addRows, Budget, characters } from './budget.js';
import {
  FINDINGS_TABLE_HEAD,
  findingRow,
  severityBreakdown,
  tally,
  verdictSentence,
  type GitHubReportContext,
} from './github-context.js';
import { code, link, plural } from './markdown.js';
import { hasPolicyChanges } from '../core/policy.js';
import { addPolicySection } from './policy-markdown.js';

/** GitHub refuses comment bodies over 65,536 characters; stay clear of it and say what was cut. */
export const COMMENT_MAX_CHARACTERS = 60_000;
const RESERVE = 1024;

export interface CommentOptions {
  /** The hidden marker that finds this comment again on the next run (none in a check run). */
  readonly marker?: string;
  readonly maxCharacters?: number;
}

/**
 * The sticky pull request comment: what this pull request adds, briefly. When nothing new remains it
 * shrinks to a short all-clear, so the earlier report does not linger.
 */
export function renderPrComment(
  result: ScanResult,
  context: GitHubReportContext,
  options: CommentOptions,
): string {
  const budget = new Budget(options.maxCharacters ?? COMMENT_MAX_CHARACTERS, characters);
  const counts = tally(result);
  const where = context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
  if (options.marker !== undefined) budget.add(`${options.marker}\n`);
  // What the pull request did to its own policy comes first, findings or not: it may be why there are none.
  if (hasPolicyChanges(result.policy)) addPolicySection(budget, result.policy, context);
  const others = otherCounts(counts.unchanged.length, counts.fixed);
  const accepted = counts.acceptedInChange;
  if (counts.fresh.length === 0 && accepted.length > 0) {
    // Nothing fails, but only because the pull request accepts its own findings: show them.
    budget.add(
      `### ⚠️ tlsguard: ${plural(accepted.length, 'insecure TLS finding')} accepted by this pull request's own baseline${where}\n\n` +
        `This pull request adds ${plural(accepted.length, 'finding')} that only baseline entries it adds accept.${others}\n\n` +
        `${verdictSentence(context.verdict)}\n\n${FINDINGS_TABLE_HEAD}`,
    );
    addFindingRows(budget, accepted, context);
    budget.add(footer(context));
    return budget.toString();
  }
  if (counts.fresh.length === 0) {
    budget.add(`### ✅ tlsguard: no new insecure TLS usage${where}\n\n`);
    budget.add(
      `This pull request adds no insecure TLS usage.${others}\n\n${verdictSentence(context.verdict)}\n`,
    );
    budget.add(footer(context));
    return budget.toString();
  }
  budget.add(
    `### ⚠️ tlsguard: ${plural(counts.fresh.length, 'new insecure TLS finding')}${where}\n\n` +
      `This pull request adds ${plural(counts.fresh.length, 'finding')} (${severityBreakdown(counts.fresh)}).${others}\n\n` +
      `${verdictSentence(context.verdict)}\n\n${FINDINGS_TABLE_HEAD}`,
  );
  addFindingRows(budget, counts.fresh, context);
  budget.add(footer(context));
  return budget.toString();
}

/** Table rows while they fit, then how many more the job summary lists. */
function addFindingRows(
  budget: Budget,
  findings: readonly Finding[],
  context: GitHubReportContext,
): void {
  const left = addRows(
    budget,
    findings.map((f) => findingRow(f, context)),
    RESERVE,
  );
  if (left > 0) {
    budget.add(
      `\n**…and ${left} more not shown here** (comments are limited to 65,536 characters) — ${summaryLink(context)} lists every finding.\n`,
    );
  }
}

function otherCounts(unchanged: number, fixed: number): string {
  const parts = [
    ...(unchanged > 0 ? [`${plural(unchanged, 'finding')} already known (unchanged)`] : []),
    ...(fixed > 0 ? [`${plural(fixed, 'finding')} fixed 🎉`] : []),
  ];
  return parts.length === 0 ? '' : ` Also: ${parts.join(', ')}.`;
}

function summaryLink(context: GitHubReportContext): string {
  const runUrl = context.links?.runUrl;
  return runUrl === undefined ? 'the job summary' : link(runUrl, 'the job summary');
}

function footer(context: GitHubReportContext): string {
  const commit = context.links?.commit;
  const at = commit === undefined ? '' : ` for ${code(commit.slice(0, 12))}`;
  return `\n<sub>Updated by tlsguard${at}. Details: ${summaryLink(context)}.</sub>\n`;
}
