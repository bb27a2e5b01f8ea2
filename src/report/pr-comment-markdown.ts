import type { Finding, ScanResult } from '../core/types.js';
import { Budget, characters } from './budget.js';
import { groupByRule, type HeadlineGroup, type RuleGroup } from './finding-groups.js';
import {
  fileUrl,
  SEVERITY_LABEL,
  severityBreakdown,
  tally,
  verdictSentence,
  type GitHubReportContext,
} from './github-context.js';
import { code, escapeText, messageMarkdown, plural, shortLink } from './markdown.js';
import { hasPolicyChanges } from '../core/policy.js';
import { addPolicySection } from './policy-markdown.js';
import { repoPath } from './repo-path.js';

/** GitHub refuses comment bodies over 65,536 characters; stay clear of it and say what was cut. */
export const COMMENT_MAX_CHARACTERS = 60_000;
/** Findings listed in the comment; the job summary lists every one. */
export const COMMENT_MAX_FINDINGS = 20;
const RESERVE = 1024;

export interface CommentOptions {
  /** The hidden marker that finds this comment again on the next run (none in a check run). */
  readonly marker?: string;
  readonly maxCharacters?: number;
  readonly maxFindings?: number;
}

/**
 * The sticky pull request comment: what this pull request adds, grouped by rule so that each
 * explanation is read once, with one line per finding's headline and where it is. When nothing new
 * remains it shrinks to a short all-clear, so the earlier report does not linger.
 */
export function renderPrComment(
  result: ScanResult,
  context: GitHubReportContext,
  options: CommentOptions,
): string {
  const budget = new Budget(options.maxCharacters ?? COMMENT_MAX_CHARACTERS, characters);
  const counts = tally(result);
  if (options.marker !== undefined) budget.add(`${options.marker}\n`);
  // What the pull request did to its own policy comes first, findings or not: it may be why there are none.
  if (hasPolicyChanges(result.policy)) addPolicySection(budget, result.policy, context);
  const others = otherCounts(counts.unchanged.length, counts.fixed);
  const { fresh, acceptedInChange: accepted } = counts;
  if (fresh.length === 0 && accepted.length === 0) {
    budget.add(`### ✅ tlsguard: no new insecure TLS usage${where(context)}\n\n`);
    budget.add(
      `This pull request adds no insecure TLS usage.${others}\n\n${verdictSentence(context.verdict)}\n`,
    );
  } else {
    const also = others === '' ? '' : `\n\n${others.trim()}`;
    budget.add(
      `${heading(fresh, accepted, context)}${also}\n\n${verdictSentence(context.verdict)}\n\n`,
    );
    addRuleSections(budget, [...fresh, ...accepted], context, options);
  }
  budget.add(footer(context));
  return budget.toString();
}

function heading(
  fresh: readonly Finding[],
  accepted: readonly Finding[],
  context: GitHubReportContext,
): string {
  if (fresh.length === 0) {
    // Nothing fails, but only because the pull request accepts its own findings: show them.
    return (
      `### ⚠️ tlsguard: ${plural(accepted.length, 'insecure TLS finding')} accepted by this pull request's own baseline${where(context)}\n\n` +
      `This pull request adds ${plural(accepted.length, 'finding')} that only baseline entries it adds accept.`
    );
  }
  const alsoAccepts =
    accepted.length === 0
      ? ''
      : `\n\nIt also adds ${plural(accepted.length, 'finding')} that only baseline entries it adds accept.`;
  return `### ⚠️ tlsguard: ${plural(fresh.length, 'new insecure TLS finding')}${where(context)} (${severityBreakdown(fresh)})${alsoAccepts}`;
}

function where(context: GitHubReportContext): string {
  return context.pathPrefix === '' ? '' : ` in ${code(context.pathPrefix)}`;
}

/**
 * One section per rule: its name and page, each distinct explanation once, then its findings — one
 * line per headline, with the findings it applies to — until `maxFindings` are listed or the budget
 * is spent; then how many more the job summary lists.
 */
function addRuleSections(
  budget: Budget,
  findings: readonly Finding[],
  context: GitHubReportContext,
  options: CommentOptions,
): void {
  const max = options.maxFindings ?? COMMENT_MAX_FINDINGS;
  let listed = 0;
  const add = (text: string) => listed < max && budget.tryAdd(text, RESERVE);
  sections: for (const rule of groupByRule(findings)) {
    if (!add(ruleHeading(rule))) break;
    for (const { explanation, items } of rule.explanations) {
      if (!add(`${messageMarkdown(explanation)}\n\n`)) break sections;
      for (const item of items) {
        const shown = item.findings.slice(0, max - listed);
        if (!add(itemLine(item, shown, context))) break sections;
        listed += shown.length;
      }
      budget.add('\n');
    }
  }
  const left = findings.length - listed;
  if (left > 0)
    budget.add(`\n**…and ${plural(left, 'more finding')} in ${summaryLink(context)}.**\n`);
}

function ruleHeading(rule: RuleGroup): string {
  const counts = [
    ...(rule.fresh > 0 ? [`${rule.fresh} new`] : []),
    ...(rule.accepted > 0 ? [`${rule.accepted} accepted here`] : []),
  ];
  return `#### ${shortLink(rule.docs, escapeText(rule.ruleId))} · ${counts.join(', ')}\n\n`;
}

/**
 * `- 🔴 error · headline — src/a.js:3, L9, src/b.js:4`: each finding's line linked, the path written
 * once for the findings of one file.
 */
function itemLine(
  item: HeadlineGroup,
  shown: readonly Finding[],
  context: GitHubReportContext,
): string {
  const badge = item.accepted
    ? `${SEVERITY_LABEL[item.severity]}, accepted by this pull request's baseline`
    : SEVERITY_LABEL[item.severity];
  // GitHub resolves an abbreviated commit in a blob URL; 12 digits stay unique in the largest
  // repositories (the Linux kernel abbreviates to 12), and each link is 28 characters shorter.
  const links = context.links && { ...context.links, commit: abbreviated(context.links.commit) };
  const places = shown.map((finding, index) => {
    const path = repoPath(context.pathPrefix, finding.file);
    const text = escapeText(placeText(shown, index, path));
    return links ? shortLink(fileUrl(links, path, finding.line), text) : text;
  });
  return `- ${badge} · ${messageMarkdown(item.headline)} — ${places.join(', ')}\n`;
}

/** `src/a.js:3` for a file's first finding, `L9` for the next ones, `L9:14` when lines repeat. */
function placeText(shown: readonly Finding[], index: number, path: string): string {
  const finding = shown[index];
  if (finding === undefined) return '';
  const near = (offset: number) => shown[index + offset]?.file === finding.file;
  const sameLine = (offset: number) => near(offset) && shown[index + offset]?.line === finding.line;
  const line =
    sameLine(-1) || sameLine(1) ? `${finding.line}:${finding.column}` : `${finding.line}`;
  return near(-1) ? `L${line}` : `${path}:${line}`;
}

function abbreviated(commit: string): string {
  return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 12) : commit;
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
  return runUrl === undefined ? 'the job summary' : shortLink(runUrl, 'the job summary');
}

function footer(context: GitHubReportContext): string {
  const commit = context.links?.commit;
  const at = commit === undefined ? '' : ` for ${code(commit.slice(0, 12))}`;
  return `\n<sub>Updated by tlsguard${at} · details in ${summaryLink(context)}</sub>\n`;
}
