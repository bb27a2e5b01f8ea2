import { UsageError } from '../core/errors.js';
import type { BaselineEntry, ScanResult } from '../core/types.js';
import { entriesFromFindings, mergeEntries } from './entries.js';
import { dirname, relocate } from './paths.js';

/**
 * The baseline after `tlsguard baseline`: every current finding (reasons kept), plus the entries this run
 * could not evaluate, plus — unless `prune` — the stale entries, so a partial run never loses anything.
 * With `prune` the file then holds exactly the current findings.
 */
export function updatedBaseline(result: ScanResult, file: string, prune: boolean): BaselineEntry[] {
  const folder = dirname(file);
  const reasons = new Map(
    result.findings.map((finding, index) => [finding, result.baseline?.reasons[index]]),
  );
  const current = entriesFromFindings(
    result.findings,
    (finding) => {
      const path = relocate(finding.file, result.root, folder);
      if (path === undefined) {
        throw new UsageError(
          `cannot record ${finding.file}: the baseline must be in the scanned folder or above it`,
          file,
        );
      }
      return path;
    },
    (finding) => reasons.get(finding),
  );
  const kept = [
    ...(result.baseline?.notEvaluated ?? []),
    ...(prune ? [] : (result.baseline?.stale ?? [])),
  ];
  return mergeEntries([...current, ...kept]);
}
