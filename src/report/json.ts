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
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    snippet: finding.snippet,
    fingerprint: finding.fingerprint,
    status: finding.status,
    cwe: finding.cwe,
    docs: finding.docs,
  };
}
