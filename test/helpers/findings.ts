import type { Finding, ScanResult } from '../../src/core/types.js';

/** A finding as the scan produces it, with `overrides`; for renderer tests. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-disabled-cert-verification',
    messageId: 'option',
    severity: 'error',
    risk: 'high',
    message: '`rejectUnauthorized` is `false` here, which turns off certificate verification.',
    headline:
      'Certificate verification is off (`rejectUnauthorized: false`) for this `https.request` call',
    file: 'src/client.js',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 30,
    snippet: '    rejectUnauthorized: false,',
    fingerprint: 'f00dfeedcafe0123',
    scope: 'connect',
    status: 'new',
    cwe: ['CWE-295'],
    docs: 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-disabled-cert-verification.md',
    ...overrides,
  };
}

/** `count` findings on consecutive lines of one file. */
export function findings(count: number, overrides: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({ line: index + 1, endLine: index + 1, ...overrides }),
  );
}

export function scanResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    root: '/work/repo',
    findings: [],
    suppressed: [],
    fixed: [],
    diagnostics: [],
    stats: {
      filesDiscovered: 10,
      filesRead: 10,
      filesParsed: 2,
      bytesRead: 1000,
      filesSkipped: {},
      durationMs: 120,
    },
    ...overrides,
  };
}
