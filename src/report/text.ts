import type { Diagnostic, Finding, ScanResult, Severity, SkipReason } from '../core/types.js';
import { fileCount, skippedFolderNotes } from './skipped-folders.js';

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
  symlink: 'symbolic links (their targets are scanned under their own paths)',
};

/** Human-readable report: findings grouped by file with a one-line code frame, then a summary. */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(result.findings.filter((f) => f.status === 'new'))) {
    lines.push(paint.underline(clean(file)));
    for (const finding of findings) lines.push(...renderFinding(finding, paint), '');
  }
  const accepted = result.findings.filter((f) => f.status === 'unchanged');
  if (accepted.length > 0) lines.push(...renderAccepted(accepted, paint), '');
  if (result.fixed.length > 0) lines.push(...renderFixed(result), '');
  if (result.diagnostics.length > 0) {
    lines.push(paint.bold('Files that could not be fully analyzed:'));
    for (const diagnostic of result.diagnostics) lines.push(`  ${renderDiagnostic(diagnostic)}`);
    lines.push('');
  }
  lines.push(summary(result, paint));
  return `${lines.join('\n')}\n`;
}

function renderFinding(finding: Finding, paint: Painter): string[] {
  const head = `  ${finding.line}:${finding.column}  ${paint.severity(finding.severity)}  ${paint.dim(finding.ruleId)}`;
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

/** Accepted findings, one line each: they are known, so the full message would only be noise. */
function renderAccepted(findings: readonly Finding[], paint: Painter): string[] {
  return [
    paint.dim(`Accepted in the baseline (${findings.length}):`),
    ...findings.map((f) =>
      paint.dim(`  ${clean(f.file)}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}`),
    ),
  ];
}

function renderFixed(result: ScanResult): string[] {
  const count = result.fixed.reduce((sum, entry) => sum + entry.count, 0);
  const hint =
    result.baseline?.file === undefined
      ? ''
      : ' (`tlsguard baseline --prune` removes them from the baseline)';
  return [
    `Fixed since the baseline: ${plural(count, 'finding')}${hint}:`,
    ...result.fixed.map((entry) => {
      const times = entry.count > 1 ? ` ×${entry.count}` : '';
      return `  ${clean(entry.file)}  ${entry.ruleId}${times}${entry.snippet === undefined ? '' : `  ${clean(entry.snippet)}`}`;
    }),
  ];
}

function renderDiagnostic(diagnostic: Diagnostic): string {
  const where =
    diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`;
  return `${clean(diagnostic.file)}${where}  ${clean(diagnostic.message)}`;
}

function summary(result: ScanResult, paint: Painter): string {
  const { stats } = result;
  const seconds = (stats.durationMs / 1000).toFixed(2);
  const cached = stats.filesFromCache === undefined ? '' : `, ${stats.filesFromCache} from cache`;
  const scanned = `${plural(stats.filesDiscovered, 'file')} scanned, ${stats.filesParsed} parsed${cached}, in ${seconds} s`;
  const total = result.findings.length;
  const fresh = result.findings.filter((f) => f.status === 'new');
  let head: string;
  if (total === 0) head = paint.good('✔ No insecure TLS usage found');
  else if (fresh.length === 0)
    head = paint.good(`✔ No new insecure TLS usage (${plural(total, 'finding')} in the baseline)`);
  else {
    const accepted = total - fresh.length;
    const files = new Set(fresh.map((f) => f.file)).size;
    const tail = accepted > 0 ? `; ${accepted} more in the baseline` : '';
    head = paint.bad(
      `✖ ${plural(fresh.length, 'new finding')} (${breakdown(fresh)}) in ${plural(files, 'file')}${tail}`,
    );
  }
  return [`${head} (${scanned}).`, ...footnotes(result)].join('\n');
}

function breakdown(findings: readonly Finding[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}

function footnotes(result: ScanResult): string[] {
  const skipped = Object.entries(result.stats.filesSkipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${SKIP_LABELS[reason as SkipReason]}`);
  const notes: string[] = [];
  if (skipped.length > 0) notes.push(`Skipped: ${skipped.join(', ')}.`);
  for (const folder of skippedFolderNotes(result.stats)) {
    notes.push(
      `Skipped ${clean(folder.path)}: ${fileCount(folder.files)} — add "${clean(folder.pattern)}" to "include" in .tlsguard.json to scan it.`,
    );
  }
  if (result.suppressed.length > 0)
    notes.push(`Suppressed by tlsguard-ignore comments: ${result.suppressed.length}.`);
  return notes;
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
