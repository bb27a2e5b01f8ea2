import type { Finding, ScanResult } from '../core/types.js';
import { plural } from './markdown.js';
import { repoPath } from './repo-path.js';
import { xmlAttribute, xmlText } from './xml.js';

export interface JUnitOptions {
  /** The rules that ran: one test case each. */
  readonly ruleIds: readonly string[];
  /** The findings that fail the run (`failingFindings`): each rule's failure lists its own. */
  readonly failing: readonly Finding[];
  readonly pathPrefix: string;
}

/**
 * A JUnit XML report for Jenkins, Azure Pipelines, GitLab and other test-report viewers: one test
 * suite, one test case per rule. A rule with findings that fail the run fails, and its `<failure>` lists
 * every one of them (file:line:column, severity, headline, explanation, rule page) — one failure element
 * per test case, because Jenkins and Azure show only the first. Other new findings of the rule (below
 * the failing severity) are listed in `<system-out>`, so the report fails exactly when the exit code does.
 */
export function renderJUnit(result: ScanResult, options: JUnitOptions): string {
  const ids = [...new Set([...options.ruleIds, ...result.findings.map((f) => f.ruleId)])].sort();
  const failing = new Set(options.failing);
  const cases = ids.map((id) =>
    testCase(
      id,
      result.findings.filter((f) => f.ruleId === id),
      failing,
      options,
    ),
  );
  const failures = cases.filter((c) => c.failed).length;
  const time = (result.stats.durationMs / 1000).toFixed(3);
  const counts = `tests="${ids.length}" failures="${failures}" errors="0" skipped="0" time="${time}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tlsguard" ${counts}>`,
    `  <testsuite name="tlsguard" ${counts}>`,
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(
  ruleId: string,
  findings: readonly Finding[],
  failing: ReadonlySet<Finding>,
  options: JUnitOptions,
): { failed: boolean; xml: string } {
  const fails = findings.filter((f) => failing.has(f));
  const others = findings.filter((f) => f.status === 'new' && !failing.has(f));
  const open = `    <testcase classname="tlsguard" name="${xmlAttribute(ruleId)}" time="0"`;
  if (fails.length === 0 && others.length === 0) return { failed: false, xml: `${open}/>` };
  const lines = [`${open}>`];
  if (fails.length > 0) {
    const [first] = fails as [Finding, ...Finding[]];
    const message = `${plural(fails.length, 'finding')} failing the run: ${first.headline}${fails.length > 1 ? ' …' : ''}`;
    lines.push(
      `      <failure type="${first.severity}" message="${xmlAttribute(message)}">${xmlText(fails.map((f) => entry(f, options.pathPrefix)).join('\n\n'))}</failure>`,
    );
  }
  if (others.length > 0)
    lines.push(
      `      <system-out>${xmlText(`New findings below the failing severity:\n\n${others.map((f) => entry(f, options.pathPrefix)).join('\n\n')}`)}</system-out>`,
    );
  lines.push('    </testcase>');
  return { failed: fails.length > 0, xml: lines.join('\n') };
}

/** One finding as plain text: where, how severe, what, why and how to fix, and the rule's page. */
function entry(finding: Finding, pathPrefix: string): string {
  const where = `${repoPath(pathPrefix, finding.file)}:${finding.line}:${finding.column}`;
  return `${where}  ${finding.severity}  ${finding.headline}\n${finding.message}\n${finding.docs}`;
}
