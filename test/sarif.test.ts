import { describe, expect, it } from 'vitest';
import { TOOL } from '../src/core/tool.js';
import { FINGERPRINT_KEY, renderSarif } from '../src/report/sarif.js';
import { RULES } from '../src/rules/index.js';
import { finding, scanResult } from './helpers/findings.js';
import { sarifProblems } from './helpers/sarif-schema.js';

const result = scanResult({
  findings: [
    finding({ file: 'a%0A::error::x,y:z.js' }),
    finding({
      file: 'src/new\nline <b>.ts',
      status: 'unchanged',
      severity: 'warning',
      risk: 'medium',
    }),
    finding({ ruleId: 'tlsguard/suppression', docs: 'https://x.invalid', severity: 'warning' }),
  ],
  suppressed: [{ ...finding({ line: 9, endLine: 9 }), reason: 'local test server' }],
  diagnostics: [
    { file: 'src/broken.ts', message: 'could not parse', kind: 'parse-error', line: 2, column: 4 },
  ],
});

describe('SARIF output', () => {
  const log = renderSarif(result, { tool: TOOL, rules: RULES, pathPrefix: 'packages/api' });
  const run = log.runs[0]!;

  it('is valid SARIF 2.1.0 (the official JSON schema, offline)', () => {
    expect(sarifProblems(log)).toEqual([]);
    expect(
      sarifProblems(renderSarif(scanResult(), { tool: TOOL, rules: RULES, pathPrefix: '' })),
    ).toEqual([]);
  });

  it('has the schema catching a broken document', () => {
    expect(sarifProblems({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
  });

  it('describes every rule with help, CWE tags and a security severity', () => {
    const rule = run.tool.driver.rules?.find((r) => r.id === 'no-disabled-cert-verification');
    expect(rule?.help?.text).toContain('CWE-295');
    expect(rule?.helpUri).toContain('docs/rules/no-disabled-cert-verification.md');
    expect(rule?.properties?.tags).toEqual(['security', 'tls', 'external/cwe/cwe-295']);
    expect(rule?.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    expect(run.tool.driver.rules?.map((r) => r.id)).toContain('tlsguard/suppression');
    for (const r of run.results ?? [])
      expect(run.tool.driver.rules?.[r.ruleIndex!]?.id).toBe(r.ruleId);
  });

  it('gives results repository-relative URIs, tlsguard fingerprints, baseline states and suppressions', () => {
    const [first, second, , suppressed] = run.results ?? [];
    const uri = (r: typeof first) => r?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri(first)).toBe('packages/api/a%250A%3A%3Aerror%3A%3Ax%2Cy%3Az.js');
    expect(uri(second)).toBe('packages/api/src/new%0Aline%20%3Cb%3E.ts');
    expect(first?.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'f00dfeedcafe0123' });
    expect([first?.baselineState, second?.baselineState]).toEqual(['new', 'unchanged']);
    expect(first?.level).toBe('error');
    expect(suppressed?.suppressions).toEqual([
      { kind: 'inSource', justification: 'local test server' },
    ]);
    expect(
      run.invocations?.[0]?.toolExecutionNotifications?.[0]?.locations?.[0]?.physicalLocation,
    ).toEqual({
      artifactLocation: { uri: 'packages/api/src/broken.ts' },
      region: { startLine: 2, startColumn: 4 },
    });
  });
});
