import type { BaseRevisionEntries } from '../baseline/base-revision.js';
import type { Comparison } from '../baseline/compare.js';
import { matchBaseline } from '../baseline/match.js';
import type { FileSystem, Git } from '../core/io.js';
import type { Finding, SuppressedFinding } from '../core/types.js';
import type { PolicyChanges } from '../core/policy.js';
import { acceptedByChange, baselineIdentity, policyChanges } from './changes.js';
import { readPolicyFiles, type PolicyRequest } from './read.js';

/**
 * The suppressions this change added: findings a comment suppresses now that the base did not suppress
 * (matched like baseline entries, so code that only moved keeps its suppression).
 */
export function newSuppressions(
  suppressed: readonly SuppressedFinding[],
  base: BaseRevisionEntries,
): SuppressedFinding[] {
  const match = matchBaseline(suppressed, base.suppressed, {
    renames: base.renames,
    exists: () => true,
  });
  return suppressed.filter((_, index) => match.matches[index] === undefined);
}

/** A suppressed finding as the finding it was, for `policy: base`: the base did not suppress it. */
export function unsuppressed(finding: SuppressedFinding): Finding {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the reason is what is dropped
  const { reason, ...rest } = finding;
  return rest;
}

export interface PolicyOutcome {
  readonly changes: PolicyChanges;
  /** Per finding: only this change's own baseline entries accept it. */
  readonly acceptedByChange: readonly boolean[];
}

/** Compares the policy with the base commit's and marks what only the change itself accepts. */
export async function comparePolicy(
  request: PolicyRequest,
  context: {
    readonly root: string;
    readonly baseRef: string;
    readonly commit: string;
    readonly knownRuleIds: readonly string[];
    readonly findings: readonly Finding[];
    readonly newSuppressions: readonly SuppressedFinding[];
    readonly comparison: Comparison;
  },
  io: { fs: FileSystem; git: Git },
): Promise<PolicyOutcome> {
  const files = await readPolicyFiles(
    request,
    context.root,
    context.commit,
    context.knownRuleIds,
    io,
  );
  const changes = policyChanges({
    baseRef: context.baseRef,
    source: request.source,
    base: files.base,
    head: files.head,
    headText: files.headText,
    configFile: relativeFile(request.configFile, context.root),
    ...(files.baselineFile === undefined
      ? {}
      : { baselineFile: relativeFile(files.baselineFile, context.root) }),
    newSuppressions: context.newSuppressions,
    acceptedFindings: 0,
    defaultSeverity: request.defaultSeverity,
    problems: files.problems,
  });
  // With `policy: base` the change's own entries accepted nothing: the base's baseline judged.
  const added = new Set(
    request.source === 'head'
      ? changes.acceptedEntries.map((item) => baselineIdentity(item.entry))
      : [],
  );
  const accepted = acceptedByChange(
    context.findings,
    context.comparison.acceptedBy,
    context.comparison.atBase,
    added,
  );
  return {
    changes: { ...changes, acceptedFindings: accepted.filter(Boolean).length },
    acceptedByChange: accepted,
  };
}

/** `path` relative to `root` when below it, else as it is. */
function relativeFile(path: string, root: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
