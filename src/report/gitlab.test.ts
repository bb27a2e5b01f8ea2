import { describe, expect, it } from 'vitest';
import { finding, scanResult } from '../../test/helpers/findings.js';
import { gitLabProblems } from '../../test/helpers/gitlab-schema.js';
import { renderGitLab } from './gitlab.js';

interface Issue {
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const render = (findings = scanResult().findings, pathPrefix = '') =>
  JSON.parse(renderGitLab(scanResult({ findings }), { pathPrefix })) as Issue[];

describe('GitLab Code Quality report', () => {
  it('lists every finding with the headline, rule, severity and repository path GitLab documents', () => {
    const issues = render(
      [
        finding(),
        finding({ severity: 'warning', line: 7, endLine: 8, status: 'unchanged' }),
        finding({ severity: 'note', file: 'test/a.test.js' }),
      ],
      'packages/api',
    );
    expect(gitLabProblems(issues)).toEqual([]);
    expect(issues[0]).toMatchObject({
      check_name: 'no-disabled-cert-verification',
      description:
        'Certificate verification is off (`rejectUnauthorized: false`) for this `https.request` call',
      severity: 'critical',
      location: { path: 'packages/api/src/client.js', lines: { begin: 3, end: 3 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['critical', 'major', 'minor']);
    expect(issues[1]!.location.lines).toEqual({ begin: 7, end: 8 });
  });

  it('gives identical findings in one file their own stable fingerprints', () => {
    const twice = [finding({ line: 3 }), finding({ line: 9 })];
    const [first, second] = render(twice);
    expect(first!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(first!.fingerprint).not.toBe(second!.fingerprint);
    // Line numbers are not part of it: moved code keeps its fingerprint.
    expect(
      render([finding({ line: 40 }), finding({ line: 90 })]).map((i) => i.fingerprint),
    ).toEqual([first!.fingerprint, second!.fingerprint]);
    expect(render([finding({ file: 'other.js' })])[0]!.fingerprint).not.toBe(first!.fingerprint);
  });

  it('is an empty array without findings, and the schema catches a broken report', () => {
    expect(render([])).toEqual([]);
    expect(
      gitLabProblems([{ description: 'x', severity: 'high', location: { path: '/abs' } }]),
    ).not.toEqual([]);
  });
});
