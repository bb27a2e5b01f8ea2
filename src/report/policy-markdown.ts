import type { PolicyChanges } from '../core/policy.js';
import { addRows, type Budget } from './budget.js';
import type { GitHubReportContext } from './github-context.js';
import { code, escapeText, plural } from './markdown.js';
import { policySummary } from './policy-text.js';
import { repoPath } from './repo-path.js';

/** Room kept for the notes that follow each table. */
const RESERVE = 2048;

/**
 * The policy section at the top of the job summary and the PR comment: what the pull request did to
 * the configuration, baseline and suppressions it is judged by, each change in a table, and whether
 * those changes took effect (`policy: head`) or not (`policy: base`). Returns rows left out.
 */
export function addPolicySection(
  budget: Budget,
  changes: PolicyChanges,
  context: GitHubReportContext,
): number {
  const subject = context.pullRequest === true ? 'This pull request' : 'This change';
  budget.add(
    `### ⚠️ Policy changes: ${escapeText(`${subject} ${policySummary(changes)}`)} — review these changes\n\n${effect(changes, subject)}\n\n`,
  );
  const where = (file: string | undefined) => code(repoPath(context.pathPrefix, file ?? ''));
  let left = 0;
  left += table(budget, {
    title: `Baseline entries added in ${where(changes.baselineFile)}`,
    head: '| File | Rule | Findings | Code | Reason |',
    rows: changes.acceptedEntries.map(({ entry, added }) => [
      code(repoPath(context.pathPrefix, entry.path)),
      escapeText(entry.ruleId),
      String(added),
      entry.snippet === undefined ? '' : code(entry.snippet),
      entry.reason === undefined ? '_none given_' : escapeText(entry.reason),
    ]),
  });
  left += table(budget, {
    title: `Rules turned off or lowered in ${where(changes.configFile)}`,
    head: '| Rule | Base | Now |',
    rows: changes.rules.map((rule) => [escapeText(rule.ruleId), code(rule.from), code(rule.to)]),
  });
  left += table(budget, {
    title: `Settings changed in ${where(changes.configFile)}`,
    head: '| Setting | Base | Now |',
    rows: changes.settings.map((setting) => [
      code(setting.key),
      code(setting.from),
      code(setting.to),
    ]),
  });
  left += table(budget, {
    title: 'New suppression comments',
    head: '| Location | Rule | Reason |',
    rows: changes.suppressions.map((finding) => [
      code(`${repoPath(context.pathPrefix, finding.file)}:${finding.line}`),
      escapeText(finding.ruleId),
      escapeText(finding.reason),
    ]),
  });
  if (changes.problems.length > 0)
    budget.add(`${changes.problems.map((problem) => `- ${escapeText(problem)}\n`).join('')}\n`);
  return left;
}

/** Whether the changes judged this run, and what to do about it. */
function effect(changes: PolicyChanges, subject: string): string {
  const base = code(changes.baseRef.slice(0, 12));
  if (changes.source === 'base') {
    return `Compared with the base commit ${base}. **None of these changes applied to this run**: it was judged by the base commit's configuration and baseline (\`policy: base\`), and new suppression comments were not honoured.`;
  }
  const accepted =
    changes.acceptedFindings === 0
      ? ''
      : ` ${plural(changes.acceptedFindings, 'finding')} ${subject === 'This pull request' ? 'it adds' : 'added'} ${changes.acceptedFindings === 1 ? 'is' : 'are'} accepted only by these baseline entries.`;
  return `Compared with the base commit ${base}. These changes **applied to this run**: ${subject.toLowerCase()} was judged by its own configuration, baseline and suppression comments.${accepted} To judge pull requests by their base branch's instead, set \`policy: base\`.`;
}

interface Table {
  readonly title: string;
  readonly head: string;
  readonly rows: readonly (readonly string[])[];
}

function table(budget: Budget, spec: Table): number {
  if (spec.rows.length === 0) return 0;
  const columns = spec.head.split('|').length - 2;
  budget.add(`**${spec.title}**\n\n${spec.head}\n${'| --- '.repeat(columns)}|\n`);
  const rows = spec.rows.map((cells) => `| ${cells.join(' | ')} |\n`);
  const left = addRows(budget, rows, RESERVE);
  budget.add(left > 0 ? `\n_…and ${left} more not shown._\n\n` : '\n');
  return left;
}
