import type { PolicyChanges } from '../core/policy.js';
import { annotationText, type Annotation } from './annotations.js';
import { repoPath } from './repo-path.js';

/**
 * A notice on each line that changes the policy (a baseline entry, a rule or setting in the
 * configuration, a suppression comment), within `room` notices: when more changes than that exist,
 * the last one says how many more the job summary lists.
 */
export function planPolicyAnnotations(
  changes: PolicyChanges,
  options: { readonly pathPrefix: string; readonly room: number; readonly subject: string },
): Annotation[] {
  const at = (file: string | undefined, line: number | undefined) => ({
    file: repoPath(options.pathPrefix, file ?? ''),
    ...(line === undefined ? {} : { startLine: line, endLine: line }),
  });
  const applied =
    changes.source === 'base'
      ? ' It did not apply to this run (`policy: base`).'
      : ' Review it: with `policy: base` tlsguard judges pull requests by their base branch’s policy.';
  const all = [
    ...changes.acceptedEntries.map(({ entry, added, line }) =>
      notice(at(changes.baselineFile, line), [
        `${options.subject} adds a baseline entry that accepts ${added} ${entry.ruleId} finding${added === 1 ? '' : 's'} in ${entry.path}`,
        entry.snippet === undefined ? '.' : `: ${entry.snippet}`,
        ` Reason: ${entry.reason ?? 'none given'}.${applied}`,
      ]),
    ),
    ...changes.rules.map((rule) =>
      notice(at(changes.configFile, rule.line), [
        `${options.subject} ${rule.to === 'off' ? 'turns off' : 'lowers'} ${rule.ruleId} (${rule.from} → ${rule.to}).${applied}`,
      ]),
    ),
    ...changes.settings.map((setting) =>
      notice(at(changes.configFile, setting.line), [
        `${options.subject} changes ${setting.key} from ${setting.from} to ${setting.to}.${applied}`,
      ]),
    ),
    ...changes.suppressions.map((finding) =>
      notice(at(finding.file, finding.line), [
        `${options.subject} suppresses ${finding.ruleId} here with a comment. Reason: ${finding.reason}.${applied}`,
      ]),
    ),
  ];
  if (all.length <= options.room) return all;
  const shown = all.slice(0, Math.max(0, options.room - 1));
  const more = all.length - shown.length;
  return options.room === 0
    ? []
    : [
        ...shown,
        {
          level: 'notice',
          title: 'tlsguard: more policy changes',
          message: `${more} more policy change${more === 1 ? '' : 's'} — see the job summary.`,
        },
      ];
}

function notice(
  where: Omit<Annotation, 'level' | 'title' | 'message'>,
  parts: string[],
): Annotation {
  return {
    level: 'notice',
    ...where,
    title: 'tlsguard: policy change',
    message: annotationText(parts.join('')),
  };
}
