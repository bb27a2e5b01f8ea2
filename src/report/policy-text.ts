import type { PolicyChanges } from '../core/policy.js';

/** "accepts 1 finding in its baseline and turns off 1 rule": what a reviewer must look at, worst first. */
export function policySummary(changes: PolicyChanges): string {
  const accepted = changes.acceptedEntries.reduce((sum, item) => sum + item.added, 0);
  const off = changes.rules.filter((rule) => rule.to === 'off').length;
  const parts = [
    phrase(accepted, 'accepts', 'finding', 'in its baseline'),
    phrase(changes.suppressions.length, 'suppresses', 'finding', 'with a comment'),
    phrase(off, 'turns off', 'rule'),
    phrase(changes.rules.length - off, 'lowers', 'rule'),
    phrase(changes.settings.length, 'changes', 'setting'),
    phrase(changes.problems.length, 'could not be compared in', 'file'),
  ].filter((part) => part !== '');
  return parts.length <= 1
    ? (parts[0] ?? 'changes nothing')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function phrase(count: number, verb: string, noun: string, tail = ''): string {
  if (count === 0) return '';
  return `${verb} ${count} ${noun}${count === 1 ? '' : 's'}${tail === '' ? '' : ` ${tail}`}`;
}

/** The policy changes as plain lines (the text report); untrusted parts are escaped by `clean`. */
export function policyLines(changes: PolicyChanges, clean: (text: string) => string): string[] {
  const lines = [
    `Policy changes since ${changes.baseRef.slice(0, 12)}: this change ${policySummary(changes)} — review these changes.`,
    changes.source === 'base'
      ? '  None of them applied: the run was judged by the base revision’s configuration and baseline (--policy base).'
      : '  They applied to this run (--policy base judges by the base revision’s configuration and baseline instead).',
  ];
  for (const { entry, added, line } of changes.acceptedEntries)
    lines.push(
      `  baseline entry added (${where(changes.baselineFile ?? '', line)}): ${clean(entry.path)}  ${clean(entry.ruleId)}${added > 1 ? ` ×${added}` : ''}${entry.snippet === undefined ? '' : `  ${clean(entry.snippet)}`}  reason: ${entry.reason === undefined ? '(none)' : clean(entry.reason)}`,
    );
  for (const rule of changes.rules)
    lines.push(
      `  rule ${rule.to === 'off' ? 'turned off' : 'lowered'} (${where(changes.configFile, rule.line)}): ${rule.ruleId} ${rule.from} → ${rule.to}`,
    );
  for (const setting of changes.settings)
    lines.push(
      `  setting changed (${where(changes.configFile, setting.line)}): ${setting.key} ${clean(setting.from)} → ${clean(setting.to)}`,
    );
  for (const finding of changes.suppressions)
    lines.push(
      `  suppression added (${clean(finding.file)}:${finding.line}): ${finding.ruleId}  reason: ${clean(finding.reason)}`,
    );
  for (const problem of changes.problems) lines.push(`  ${clean(problem)}`);
  return lines;
}

function where(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}
