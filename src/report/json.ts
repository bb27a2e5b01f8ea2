import type { PolicyChanges } from '../core/policy.js';
import type { Finding, ScanResult } from '../core/types.js';

export const JSON_FORMAT_VERSION = 1;

/** The stable, versioned `--format json` document (design §6). Keys are listed, not spread, on purpose. */
export function renderJson(result: ScanResult, tool: { name: string; version: string }): string {
  const document = {
    version: JSON_FORMAT_VERSION,
    tool: { name: tool.name, version: tool.version },
    findings: result.findings.map(findingJson),
    suppressed: result.suppressed.map((finding) => ({
      ruleId: finding.ruleId,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      fingerprint: finding.fingerprint,
      reason: finding.reason,
    })),
    fixed: result.fixed.map((entry) => ({
      ruleId: entry.ruleId,
      file: entry.file,
      fingerprint: entry.fingerprint,
      count: entry.count,
      ...(entry.snippet === undefined ? {} : { snippet: entry.snippet }),
    })),
    diagnostics: result.diagnostics.map((d) => ({
      file: d.file,
      message: d.message,
      kind: d.kind,
      ...(d.line === undefined ? {} : { line: d.line, column: d.column }),
    })),
    stats: {
      filesDiscovered: result.stats.filesDiscovered,
      filesParsed: result.stats.filesParsed,
      ...(result.stats.filesFromCache === undefined
        ? {}
        : { filesFromCache: result.stats.filesFromCache }),
      filesRead: result.stats.filesRead,
      bytesRead: result.stats.bytesRead,
      filesSkipped: result.stats.filesSkipped,
      ...(result.stats.skippedFolders ? { skippedFolders: result.stats.skippedFolders } : {}),
      workers: result.stats.workers ?? 0,
      durationMs: result.stats.durationMs,
    },
    ...(result.policy === undefined ? {} : { policy: policyJson(result.policy) }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** What the change did to its own policy (present with --base-ref). */
function policyJson(policy: PolicyChanges): Record<string, unknown> {
  return {
    baseRef: policy.baseRef,
    source: policy.source,
    configFile: policy.configFile,
    ...(policy.baselineFile === undefined ? {} : { baselineFile: policy.baselineFile }),
    acceptedEntries: policy.acceptedEntries,
    rules: policy.rules,
    settings: policy.settings,
    suppressions: policy.suppressions.map((finding) => ({
      ruleId: finding.ruleId,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      fingerprint: finding.fingerprint,
      reason: finding.reason,
    })),
    acceptedFindings: policy.acceptedFindings,
    problems: policy.problems,
  };
}

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    headline: finding.headline,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    snippet: finding.snippet,
    fingerprint: finding.fingerprint,
    status: finding.status,
    ...(finding.acceptedInChange ? { acceptedInChange: true } : {}),
    cwe: finding.cwe,
    docs: finding.docs,
  };
}
