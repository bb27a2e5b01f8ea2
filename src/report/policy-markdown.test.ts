import { describe, expect, it } from 'vitest';
import { finding, scanResult } from '../../test/helpers/findings.js';
import type { PolicyChanges } from '../core/policy.js';
import { planPolicyAnnotations } from './policy-annotations.js';
import { renderPrComment } from './pr-comment-markdown.js';
import { renderSummaryMarkdown } from './summary-markdown.js';
import { renderText } from './text.js';

const policy: PolicyChanges = {
  baseRef: 'a'.repeat(40),
  source: 'head',
  configFile: '.tlsguard.json',
  baselineFile: '.tlsguard-baseline.json',
  acceptedEntries: [
    {
      entry: {
        ruleId: 'no-disabled-cert-verification',
        path: 'src/client.js',
        fingerprint: 'f00dfeedcafe0123',
        count: 1,
        snippet: 'rejectUnauthorized: false,',
        reason: 'legacy <b>server</b>',
      },
      added: 1,
      line: 5,
    },
  ],
  rules: [{ ruleId: 'no-weak-ciphers', from: 'default', to: 'off', line: 3 }],
  settings: [],
  suppressions: [{ ...finding({ file: 'src/b\u202Ejs.js', line: 9 }), reason: 'lab\u200B only' }],
  acceptedFindings: 1,
  problems: [],
};
const context = {
  pathPrefix: '',
  pullRequest: true,
  verdict: { failOn: 'new' as const, failSeverity: 'warning' as const, failing: 0 },
};
const result = scanResult({
  findings: [finding({ status: 'unchanged', acceptedInChange: true })],
  policy,
});

describe('policy changes in the reports', () => {
  it('come first in the summary and the comment, with every change escaped', () => {
    const headline =
      '### ⚠️ Policy changes: This pull request accepts 1 finding in its baseline, suppresses 1 finding with a comment and turns off 1 rule — review these changes';
    for (const markdown of [
      renderSummaryMarkdown(result, context),
      renderPrComment(result, context, { marker: '<!-- m -->' }),
    ]) {
      expect(markdown).toContain(headline);
      expect(markdown).toContain('legacy &#60;b&#62;server&#60;/b&#62;');
      expect(markdown).toContain('<code>src/b&#92;u202ejs.js&#58;9</code>');
      expect(markdown).toContain('lab&#92;u200b only');
      expect(markdown).toContain('**applied to this run**');
    }
    const summary = renderSummaryMarkdown(result, context);
    expect(
      summary.startsWith(
        "## tlsguard: 1 insecure TLS finding accepted by this pull request's own baseline",
      ),
    ).toBe(true);
    expect(summary).toContain('Accepted in this pull request (1)');
    expect(summary).toContain('| New | Accepted here | Unchanged |');
    const comment = renderPrComment(result, context, {});
    expect(comment).toContain(
      "1 insecure TLS finding accepted by this pull request's own baseline",
    );
  });

  it('says so when they did not apply (policy: base)', () => {
    const base = { ...result, policy: { ...policy, source: 'base' as const } };
    expect(renderSummaryMarkdown(base, context)).toContain(
      '**None of these changes applied to this run**',
    );
    expect(renderText(base, { color: false })).toContain('None of them applied');
  });

  it('become one notice per changed line, and a last notice for what does not fit', () => {
    const notices = planPolicyAnnotations(policy, {
      pathPrefix: 'pkg',
      room: 10,
      subject: 'This pull request',
    });
    expect(notices.map((n) => [n.file, n.startLine])).toEqual([
      ['pkg/.tlsguard-baseline.json', 5],
      ['pkg/.tlsguard.json', 3],
      ['pkg/src/b\u202Ejs.js', 9],
    ]);
    expect(notices[2]?.message).toContain('Reason: lab\\u200b only.');
    const tight = planPolicyAnnotations(policy, { pathPrefix: '', room: 2, subject: 'x' });
    expect(tight.map((n) => n.title)).toEqual([
      'tlsguard: policy change',
      'tlsguard: more policy changes',
    ]);
    expect(tight[1]?.message).toBe('2 more policy changes — see the job summary.');
  });
});
