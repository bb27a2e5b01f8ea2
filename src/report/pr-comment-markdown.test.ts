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
  pullRequest: true,
};
const marker = '<!-- tlsguard:pr-comment 0123456789ab -->';
const blob = `https://github.com/octocat/Hello-World/blob/${'b'.repeat(12)}`;

const keylog = (overrides: Parameters<typeof finding>[0] = {}) =>
  finding({
    ruleId: 'no-tls-key-logging',
    severity: 'warning',
    file: 'src/debug.js',
    message: 'Keys are written to a file: anyone who reads it decrypts the traffic. Remove it.',
    headline: 'This `keylog` listener writes TLS session keys to a file',
    docs: 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-tls-key-logging.md',
    ...overrides,
  });

describe('sticky PR comment', () => {
  it('starts with its marker, then one section per rule: its page, its explanation once, one line per headline', () => {
    const body = renderPrComment(
      scanResult({ findings: [keylog(), finding(), finding({ line: 9, endLine: 9 })] }),
      context,
      { marker },
    );
    expect(
      body.startsWith(
        `${marker}\n### ⚠️ tlsguard: 3 new insecure TLS findings (2 errors, 1 warning)\n`,
      ),
    ).toBe(true);
    // Errors first; the rule heading links its page.
    const cert = body.indexOf(
      '#### [no-disabled-cert-verification](https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-disabled-cert-verification.md) · 2 new',
    );
    const keys = body.indexOf('#### [no-tls-key-logging]');
    expect(cert).toBeGreaterThan(0);
    expect(keys).toBeGreaterThan(cert);
    // The explanation once for both findings, then their shared headline with both places linked.
    expect(body.split('turns off certificate verification.')).toHaveLength(2);
    expect(body).toContain(
      `- 🔴 error · Certificate verification is off &#40;<code>rejectUnauthorized&#58; false</code>&#41; for this <code>https.request</code> call — [src/client.js&#58;3](${blob}/src/client.js#L3), [L9](${blob}/src/client.js#L9)\n`,
    );
    expect(body).toContain(
      `- 🟠 warning · This <code>keylog</code> listener writes TLS session keys to a file — [src/debug.js&#58;3](${blob}/src/debug.js#L3)\n`,
    );
    expect(body).toContain(
      '[the job summary](https://github.com/octocat/Hello-World/actions/runs/1)',
    );
  });

  it('keeps a 15-finding pull request (13 identical) under 4 KB, with the shared explanation once', () => {
    const message =
      "`rejectUnauthorized` is `false` here, which turns off certificate verification for this `https.request` call: any certificate is accepted, so anyone on the network path can impersonate the server and read or change the traffic. Trust the server's CA instead: pass it with the `ca` option (or start Node with `NODE_EXTRA_CA_CERTS`) and leave `rejectUnauthorized` at its default.";
    const identical = Array.from({ length: 13 }, (_, index) =>
      finding({ file: 'src/api/client.js', line: 12 + index, endLine: 12 + index, message }),
    );
    const body = renderPrComment(
      scanResult({
        findings: [
          ...identical,
          keylog({ line: 4, endLine: 4 }),
          finding({
            ruleId: 'no-insecure-tls-version',
            file: 'src/legacy.js',
            message:
              "`secureProtocol: 'TLSv1_method'` pins this `tls.connect` connection to TLS 1.0 (deprecated by RFC 8996): it can never use TLS 1.2 or 1.3, and its old ciphers and handshake are open to downgrade and BEAST-class attacks. Remove `secureProtocol`.",
            headline:
              "`secureProtocol: 'TLSv1_method'` pins this `tls.connect` connection to deprecated TLS 1.0",
            docs: 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/no-insecure-tls-version.md',
          }),
        ],
      }),
      context,
      { marker },
    );
    expect(Buffer.byteLength(body)).toBeLessThan(4096);
    expect(body.split('any certificate is accepted')).toHaveLength(2);
    expect(body.match(/\]\(https:\/\/github\.com\/octocat\/Hello-World\/blob\//g)).toHaveLength(15);
  });

  it('tells findings on one line apart by their columns', () => {
    const body = renderPrComment(
      scanResult({
        findings: [finding({ line: 1, column: 40 }), finding({ line: 1, column: 5 })],
      }),
      context,
      { marker },
    );
    expect(body).toContain(
      `— [src/client.js&#58;1&#58;5](${blob}/src/client.js#L1), [L1&#58;40](${blob}/src/client.js#L1)\n`,
    );
  });

  it('lists new findings before those only the pull request’s own baseline accepts', () => {
    const body = renderPrComment(
      scanResult({
        findings: [
          finding({ status: 'unchanged', acceptedInChange: true, line: 1, endLine: 1 }),
          finding({ line: 7, endLine: 7 }),
          finding({ status: 'unchanged', line: 30, endLine: 30 }),
        ],
      }),
      context,
      { marker },
    );
    expect(body).toContain(
      '### ⚠️ tlsguard: 1 new insecure TLS finding (1 error)\n\nIt also adds 1 finding that only baseline entries it adds accept.\n\nAlso: 1 finding already known (unchanged).',
    );
    expect(body).toContain('· 1 new, 1 accepted here');
    const fresh = body.indexOf(`(${blob}/src/client.js#L7)`);
    const accepted = body.indexOf("🔴 error, accepted by this pull request's baseline");
    expect(fresh).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(fresh);
    // Findings the base already had are counted, not listed.
    expect(body).not.toContain('#L30');
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
    expect(body).not.toContain('####');
    expect(body.length).toBeLessThan(1000);
  });

  it('lists 20 findings, then says how many more the job summary has', () => {
    const body = renderPrComment(scanResult({ findings: findings(5000) }), context, { marker });
    expect(body.match(/#L\d+\)/g)).toHaveLength(20);
    expect(body).toContain(
      '**…and 4980 more findings in [the job summary](https://github.com/octocat/Hello-World/actions/runs/1).**',
    );
    expect(body.length).toBeLessThan(5000);
  });

  it('stays below 65,536 characters with explicit truncation when explanations are long', () => {
    const long = (index: number) =>
      finding({ line: index + 1, endLine: index + 1, message: `${index} ${'why '.repeat(1500)}` });
    const body = renderPrComment(
      scanResult({ findings: Array.from({ length: 20 }, (_, index) => long(index)) }),
      context,
      { marker },
    );
    expect(body.length).toBeLessThanOrEqual(60_000);
    const shown = body.match(/#L\d+\)/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    expect(body).toContain(`**…and ${20 - shown} more finding`);
    expect(body.startsWith(marker)).toBe(true);
  });
});
