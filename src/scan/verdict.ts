import type { FailOn } from '../config/config.js';
import { reaches } from '../core/severity.js';
import type { Finding, Severity } from '../core/types.js';

/** The findings that make the run fail: new ones (or any, per `failOn`) at or above `failSeverity`. */
export function failingFindings(
  findings: readonly Finding[],
  failOn: FailOn,
  failSeverity: Severity,
): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter(
    (f) => (failOn === 'any' || f.status === 'new') && reaches(f.severity, failSeverity),
  );
}
