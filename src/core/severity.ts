import { RISKS, SEVERITIES, type Risk, type Severity } from './types.js';

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at or above `threshold`. */
export function reaches(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

/** critical/high block, medium warns, low/info inform — the catalogue's scale folded onto three levels. */
export function severityForRisk(risk: Risk): Severity {
  switch (risk) {
    case 'critical':
    case 'high':
      return 'error';
    case 'medium':
      return 'warning';
    case 'low':
    case 'info':
      return 'note';
  }
}

/** SARIF `security-severity` (a CVSS-like score GitHub uses to label alerts critical/high/medium/low). */
export function securitySeverityScore(risk: Risk): string {
  const scores: Record<Risk, string> = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
  };
  return scores[risk];
}
