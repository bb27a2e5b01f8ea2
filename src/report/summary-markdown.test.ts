import { describe, expect, it } from 'vitest';
import { finding, findings, scanResult } from '../../test/helpers/findings.js';
import type { GitHubReportContext } from './github-context.js';
import { renderSummaryMarkdown, SUMMARY_MAX_BYTES } from './summary-markdown.js';

const context: GitHubReportContext = {
  pathPrefix: 'packages/api',
  links: {
    serverUrl: 'https://github.com',
    repository: 'octocat/Hello-World',
    commit: 'a'.repeat(40),
    runUrl: 'https://github.com/octocat/Hello-World/actions/runs/1',
  },
  verdict: { failOn: 'new', failSeverity: 'warning', failing: 1 },
};
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('job summary', () => {
  it('shows counts, new findings linked to the head commit and rule docs, then the rest folded away', () => {
    const markdown = renderSummaryMarkdown(
      scanResult({
        findings: [finding(), finding({ status: 'unchanged', line: 9, endLine: 9 })],
        fixed: [
          { ruleId: 'no-disabled-cert-verification', file: 'old.js', fingerprint: 'x', count: 2 },
        ],
        diagnostics: [{ file: 'src/broken.ts', message: 'could not parse', kind: 'parse-error' }],
      }),
      context,
      { sarifFile: 'tlsguard.sarif' },
    );
    expect(markdown).toContain(
      '## tlsguard: 1 new insecure TLS finding in <code>packages/api</code>',
    );
    expect(markdown).toContain('| **1** (1 error) | 1 | 2 | 0 | 10 (2 parsed) |');
    expect(markdown).toContain(
      `<a href="https://github.com/octocat/Hello-World/blob/${'a'.repeat(40)}/packages/api/src/client.js#L3">`,
    );
    expect(markdown).toContain(
      'docs/rules/no-disabled-cert-verification.md">no-disabled-cert-verification</a>',
    );
    expect(markdown).toContain('<details><summary>Unchanged findings (1)');
    expect(markdown).toContain('<details><summary>Fixed since the baseline (2)');
    expect(markdown).toContain('<details><summary>Files that could not be fully analyzed (1)');
    expect(markdown).toContain('❌ This run fails');
    expect(markdown).toContain('<code>tlsguard.sarif</code>');
    expect(markdown).not.toContain('truncated');
  });

  it('puts headlines in the tables and each distinct explanation once in a folded section', () => {
    const explained = (line: number, message: string) =>
      finding({ line, endLine: line, message, headline: `headline ${line}` });
    const markdown = renderSummaryMarkdown(
      scanResult({
        findings: [
          ...[3, 4, 5].map((line) => explained(line, 'Shared explanation.')),
          explained(9, 'Another explanation.'),
          finding({ status: 'unchanged', line: 20, endLine: 20, message: 'Known explanation.' }),
        ],
      }),
      context,
    );
    const table = markdown.slice(0, markdown.indexOf('<details>'));
    expect(table).toContain('| 🔴 error | headline 3 |');
    expect(table).not.toContain('Shared explanation.');
    const details = markdown.slice(
      markdown.indexOf('<details><summary>Why these findings are insecure, and how to fix them'),
    );
    expect(details.split('Shared explanation.')).toHaveLength(2);
    expect(details).toContain(
      'Shared explanation.<br><sub><code>packages/api/src/client.js&#58;3</code> · <code>packages/api/src/client.js&#58;4</code> · <code>packages/api/src/client.js&#58;5</code></sub>',
    );
    expect(details).toContain('Another explanation.');
    // Accepted findings are not explained again: they were accepted.
    expect(markdown).not.toContain('Known explanation.');
  });

  it('names skipped folders that hold tracked source, largest first, escaped', () => {
    const markdown = renderSummaryMarkdown(
      scanResult({
        stats: {
          ...scanResult().stats,
          filesSkipped: { 'excluded-directory': 2 },
          skippedFolders: [
            { path: 'vendor', files: 1 },
            { path: 'packages/node_modules<b>', files: 412 },
          ],
        },
      }),
      context,
      {},
    );
    const first = markdown.indexOf(
      '- skipped <code>packages/node&#95;modules&#60;b&#62;</code>: 412',
    );
    expect(first).toBeGreaterThan(0);
    expect(markdown).toContain(
      '412 tracked source files — add <code>&#34;packages/node&#95;modules&#60;b&#62;/&#42;&#42;&#34;</code> to `include` in `.tlsguard.json` to scan it',
    );
    expect(
      markdown.indexOf('- skipped <code>vendor</code>: 1 tracked source file —'),
    ).toBeGreaterThan(first);
  });

  it('says so when nothing is new', () => {
    const markdown = renderSummaryMarkdown(scanResult(), {
      ...context,
      pathPrefix: '',
      verdict: { ...context.verdict, failing: 0 },
    });
    expect(markdown).toContain('## tlsguard: no new insecure TLS usage');
    expect(markdown).toContain('✅ This run passes');
  });

  it('stays under its byte limit and says explicitly how many rows it left out', () => {
    const many = scanResult({ findings: findings(200, { message: 'é'.repeat(400) }) });
    const markdown = renderSummaryMarkdown(many, context, { maxBytes: 50_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(50_000);
    const shown = markdown.match(/#L\d+"/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(markdown).toContain(`…and ${200 - shown} more new findings not shown`);
    expect(markdown).toContain('**This summary is truncated**');
  });

  it('keeps 30,000 findings below 1 MiB', () => {
    const markdown = renderSummaryMarkdown(scanResult({ findings: findings(30_000) }), context);
    expect(bytes(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes(markdown)).toBeLessThan(1024 * 1024);
    expect(markdown).toContain('more new findings not shown');
  });
});
