import type { Diagnostic, Finding, ScanResult, Severity, SkipReason } from '../core/types.js';

export interface TextOptions {
  /** ANSI colours (the CLI decides: a TTY without NO_COLOR). */
  readonly color: boolean;
}

const SKIP_LABELS: Record<SkipReason, string> = {
  'excluded-directory': 'excluded folders (node_modules, dist, build, vendor)',
  minified: 'minified files',
  'too-large': 'files over the size limit',
  'unsupported-extension': 'files of other languages',
  'ignored-by-config': 'files excluded by configuration',
};

/** Human-readable report: findings grouped by file with a one-line code frame, then a summary. */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(result.findings)) {
    lines.push(paint.underline(clean(file)));
    for (const finding of findings) lines.push(...renderFinding(finding, paint), '');
  }
  if (result.diagnostics.length > 0) {
    lines.push(paint.bold('Files that could not be analyzed:'));
    for (const diagnostic of result.diagnostics) lines.push(`  ${renderDiagnostic(diagnostic)}`);
    lines.push('');
  }
  lines.push(summary(result, paint));
  return `${lines.join('\n')}\n`;
}

function renderFinding(finding: Finding, paint: Painter): string[] {
  const status = finding.status === 'unchanged' ? paint.dim(' (in baseline)') : '';
  const head = `  ${finding.line}:${finding.column}  ${paint.severity(finding.severity)}  ${paint.dim(finding.ruleId)}${status}`;
  const gutter = String(finding.line).length;
  const [first = '', ...rest] = finding.snippet.split('\n');
  const frame = [`  ${paint.dim(`${finding.line} |`)} ${clean(first)}`];
  const width =
    finding.endLine === finding.line
      ? finding.endColumn - finding.column
      : first.length - finding.column + 1;
  frame.push(
    `  ${' '.repeat(gutter)} ${paint.dim('|')} ${' '.repeat(finding.column - 1)}${paint.severityColor(finding.severity, '^'.repeat(Math.max(1, width)))}`,
  );
  if (rest.length > 0) frame.push(`  ${' '.repeat(gutter)} ${paint.dim('|')} ${paint.dim('…')}`);
  return [head, `  ${clean(finding.message)}`, ...frame, `  ${paint.dim(finding.docs)}`];
}

function renderDiagnostic(diagnostic: Diagnostic): string {
  const where =
    diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`;
  return `${clean(diagnostic.file)}${where}  ${clean(diagnostic.message)}`;
}

function summary(result: ScanResult, paint: Painter): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  const total = result.findings.length;
  const files = new Set(result.findings.map((f) => f.file)).size;
  const { stats } = result;
  const scanned = `${plural(stats.filesDiscovered, 'file')} scanned, ${stats.filesParsed} parsed, in ${(stats.durationMs / 1000).toFixed(2)} s`;
  const skipped = Object.entries(stats.filesSkipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${SKIP_LABELS[reason as SkipReason]}`);
  const skippedLine = skipped.length > 0 ? `\nSkipped: ${skipped.join(', ')}.` : '';
  if (total === 0)
    return `${paint.good('✔ No insecure TLS usage found')} (${scanned}).${skippedLine}`;
  const breakdown = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  const head = `✖ ${plural(total, 'finding')} (${breakdown}) in ${plural(files, 'file')}`;
  const newCount = result.findings.filter((f) => f.status === 'new').length;
  const fresh = newCount === total ? '' : `; ${newCount} new, ${total - newCount} in the baseline`;
  return `${paint.bad(head)}${fresh} (${scanned}).${skippedLine}`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings)
    groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return groups;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * File names and code are untrusted: control characters (ANSI escapes, carriage returns that would
 * overwrite the line) are shown as `\xNN`, never sent to the terminal.
 */
export function clean(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

interface Painter {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  severity(severity: Severity): string;
  severityColor(severity: Severity, text: string): string;
}

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const cyan = wrap(36, 39);
  const byLevel: Record<Severity, (text: string) => string> = {
    error: red,
    warning: yellow,
    note: cyan,
  };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    underline: wrap(4, 24),
    good: wrap(32, 39),
    bad: red,
    severity: (severity) => byLevel[severity](severity.padEnd(7)),
    severityColor: (severity, text) => byLevel[severity](text),
  };
}
