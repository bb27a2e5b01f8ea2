import type { Severity } from './types.js';

/**
 * Code that does not run in production (design §4): tests, examples, benchmarks, documentation
 * snippets, development tooling. Findings there are real but less urgent, so they are capped (at
 * `testSeverity`) and the message says why.
 */
export type NonProductionKind =
  'test' | 'example' | 'benchmark' | 'docs' | 'tooling' | 'configured';

/** Why a finding was capped, in the words its message uses: "(In example code: reported as note.)". */
export interface SeverityCap {
  readonly severity: Severity;
  readonly where: string;
}

export const WHERE: Readonly<Record<NonProductionKind, string>> = {
  test: 'test code',
  example: 'example code',
  benchmark: 'benchmark code',
  docs: 'documentation code',
  tooling: 'development tooling',
  configured: 'code .tlsguard.json declares non-production',
};
