import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { docsUrl, type Rule } from '../core/rule.js';
import { riskRank, securitySeverityScore, severityForRisk } from '../core/severity.js';
import type {
  Diagnostic,
  DiagnosticKind,
  Finding,
  Risk,
  ScanResult,
  Severity,
  SuppressedFinding,
} from '../core/types.js';
import { encodePath } from './markdown.js';
import { repoPath } from './repo-path.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** tlsguard's own identity of a finding (design §5), next to GitHub's `primaryLocationLineHash`. */
export const FINGERPRINT_KEY = 'tlsguardFingerprint/v1';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

export interface SarifOptions {
  readonly tool: { readonly name: string; readonly version: string };
  /** Every rule tlsguard knows: descriptors come from their metadata. */
  readonly rules: readonly Rule[];
  /** The scan root relative to the repository root, so URIs match the repository. */
  readonly pathPrefix: string;
}

/**
 * One SARIF 2.1.0 run (design §6) for github/codeql-action/upload-sarif and other consumers: rule
 * descriptors with help and CWE tags, results with repository-relative locations, tlsguard's fingerprint
 * under its own key, `baselineState`, in-source suppressions, and unanalyzable files as notifications.
 */
export function renderSarif(result: ScanResult, options: SarifOptions): Log {
  const ids = [
    ...new Set([
      ...options.rules.map((rule) => rule.id),
      ...result.findings.map((f) => f.ruleId),
      ...result.suppressed.map((f) => f.ruleId),
    ]),
  ].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const known = new Map(options.rules.map((rule) => [rule.id, rule]));
  const toResult = (finding: Finding | SuppressedFinding) =>
    sarifResult(finding, index.get(finding.ruleId) ?? -1, options.pathPrefix);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            informationUri: 'https://github.com/tlsguard/tlsguard',
            rules: ids.map((id) => descriptor(id, known.get(id))),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [...result.findings.map(toResult), ...result.suppressed.map(toResult)],
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.diagnostics.map((d) =>
              notification(d, options.pathPrefix),
            ),
          },
        ],
      },
    ],
  };
}

/** The SARIF file's text, as the Action writes it and `tlsguard scan --format sarif` prints it. */
export function sarifJson(log: Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(id: string, rule: Rule | undefined): ReportingDescriptor {
  if (rule === undefined) {
    const text =
      'A problem with a tlsguard-ignore comment (no reason given, or nothing to suppress).';
    return {
      id,
      shortDescription: { text },
      fullDescription: { text },
      helpUri: docsUrl(id),
      help: {
        text: `${text} See ${docsUrl(id)}`,
        markdown: `${text} [Documentation](${docsUrl(id)})`,
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['maintainability'] },
    };
  }
  const risk = highestRisk(Object.values(rule.meta.messages).map((message) => message.risk));
  const cwes = rule.meta.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`);
  const { description } = rule.meta;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: docsUrl(id),
    help: {
      text: `${description} Weakness: ${rule.meta.cwe.join(', ')}. Why it is dangerous, examples and how to fix it: ${docsUrl(id)}`,
      markdown: `${description}\n\nWeakness: ${rule.meta.cwe.join(', ')}. [Why it is dangerous, examples and how to fix it](${docsUrl(id)}).`,
    },
    defaultConfiguration: { level: LEVEL[severityForRisk(risk)] },
    properties: {
      tags: ['security', 'tls', ...cwes],
      precision: rule.meta.confidence,
      'security-severity': securitySeverityScore(risk),
      category: rule.meta.category,
    },
  };
}

function sarifResult(
  finding: Finding | SuppressedFinding,
  ruleIndex: number,
  pathPrefix: string,
): Result {
  const uri = encodePath(repoPath(pathPrefix, finding.file));
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            ...(finding.snippet === '' ? {} : { snippet: { text: finding.snippet } }),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    baselineState: finding.status,
    ...('reason' in finding
      ? { suppressions: [{ kind: 'inSource' as const, justification: finding.reason }] }
      : {}),
    properties: {
      'security-severity': securitySeverityScore(finding.risk),
      ...(finding.scope === '' ? {} : { scope: finding.scope }),
    },
  };
}

/** A bug in tlsguard is an error; a file left out is a warning; a file analyzed despite bad bytes, a note. */
const NOTIFICATION_LEVEL: Readonly<Record<DiagnosticKind, 'error' | 'warning' | 'note'>> = {
  'internal-error': 'error',
  'parse-error': 'warning',
  'read-error': 'warning',
  'binary-file': 'warning',
  'too-large': 'warning',
  'too-complex': 'warning',
  'outside-root': 'warning',
  'invalid-utf8': 'note',
  'partial-parse': 'note',
};

function notification(diagnostic: Diagnostic, pathPrefix: string): Notification {
  const uri = encodePath(repoPath(pathPrefix, diagnostic.file));
  return {
    level: NOTIFICATION_LEVEL[diagnostic.kind],
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.kind },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          ...(diagnostic.line === undefined
            ? {}
            : { region: { startLine: diagnostic.line, startColumn: diagnostic.column ?? 1 } }),
        },
      },
    ],
  };
}

function highestRisk(risks: readonly Risk[]): Risk {
  return risks.reduce<Risk>((top, risk) => (riskRank(risk) > riskRank(top) ? risk : top), 'info');
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
