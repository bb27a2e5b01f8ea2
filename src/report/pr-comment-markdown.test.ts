import { describe, expect, it } from 'vitest';
import { finding, findings, scanResult } from '../../test/helpers/findings.js';
import type { GitHubReportContext } from './github-context.js';
import { renderPrComment } from './pr-comment-markdown.js';

const context: GitHubReportContext = {
  pathPrefix: '',
  links: {
    serverUrl: 'https://github.com',
    repository: 'octocat/Hello-World',
    commit: 'b'.repeat(40),
    runUrl: 'https://github.com/octocat/Hello-World/actions/runs/1',
  },
  verdict: { failOn: 'new', failSeverity: 'warning', failing: 2 },
};
const marker = '<!-- tlsguard:pr-comment 0123456789ab -->';

describe('sticky PR comment', () => {
  it('starts with its marker and lists the new findings', () => {
    const body = renderPrComment(
      scanResult({ findings: [finding(), finding({ file: 'x.js', severity: 'warning' })] }),
      context,
      { marker },
    );
    expect(body.startsWith(`${marker}\n### ⚠️ tlsguard: 2 new insecure TLS findings`)).toBe(true);
    expect(body).toContain('(1 error, 1 warning)');
    expect(body).toContain('/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/x.js#L3');
    expect(body).toContain(
      '<a href="https://github.com/octocat/Hello-World/actions/runs/1">the job summary</a>',
    );
  });

  it('shrinks to a short all-clear when nothing new remains', () => {
    const body = renderPrComment(
      scanResult({
        findings: [finding({ status: 'unchanged' })],
        fixed: [
          { ruleId: 'no-disabled-cert-verification', file: 'a.js', fingerprint: 'x', count: 1 },
        ],
      }),
      { ...context, verdict: { ...context.verdict, failing: 0 } },
      { marker },
    );
    expect(body).toContain('### ✅ tlsguard: no new insecure TLS usage');
    expect(body).toContain('1 finding already known (unchanged), 1 finding fixed');
    expect(body).not.toContain('| Location |');
    expect(body.length).toBeLessThan(1000);
  });

  it('stays below 65,536 characters with explicit truncation', () => {
    const body = renderPrComment(scanResult({ findings: findings(5000) }), context, { marker });
    expect(body.length).toBeLessThanOrEqual(60_000);
    const shown = body.match(/#L\d+"/g)?.length ?? 0;
    expect(body).toContain(`…and ${5000 - shown} more not shown here`);
    expect(body.startsWith(marker)).toBe(true);
  });
});
