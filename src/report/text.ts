import type { Diagnostic, Finding, ScanResult, Severity, SkipReason } from '../core/types.js';
import { hasPolicyChanges } from '../core/policy.js';
import { revealHidden } from './hidden-characters.js';
import { policyLines } from './policy-text.js';
import { fileCount, skippedFolderNotes } from './skipped-folders.js';

export interface TextOptions {
  /** ANSI colours (the CLI decides: a TTY without NO_COLOR). */
  readonly color: boolean;
}

const SKIP_LABELS: Record<SkipReason, string> = {
  'excluded-directory': 'excluded folders (node_modules, dist, build, vendor, .yarn tooling)',
  minified: 'minified files',
  vendored: "package managers' generated loaders (.pnp.cjs)",
  'too-large': 'files over the size limit',
  'unsupported-extension': 'files of other languages',
  'ignored-by-config': 'files excluded by configuration',
  symlink: 'symbolic links (their targets are scanned under their own paths)',
};

/**
 * Per section, at most this many findings (or entries, or files) are listed: a pull request can hold
 * any number, and a log or terminal of millions of lines helps nobody. The rest is counted, and
 * `--format json` lists everything. Each finding's lines are bounded too (see `renderFinding`).
 */
export const TEXT_MAX_ITEMS = 1000;

/** Human-readable report: findings grouped by file with a one-line code frame, then a summary. */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  if (hasPolicyChanges(result.policy))
    lines.push(
      ...policyLines(result.policy, clean).map((line, i) => (i === 0 ? paint.bold(line) : line)),
      '',
    );
  const fresh = result.findings.filter((f) => f.status === 'new');
  for (const [file, findings] of groupByFile(fresh.slice(0, TEXT_MAX_ITEMS))) {
    lines.push(paint.underline(clean(file)));
    for (const finding of findings) lines.push(...renderFinding(finding, paint), '');
  }
  lines.push(...more(fresh.length, 'new finding'));
  const accepted = result.findings.filter((f) => f.status === 'unchanged');
  if (accepted.length > 0) lines.push(...renderAccepted(accepted, paint), '');
  if (result.fixed.length > 0) lines.push(...renderFixed(result), '');
  if (result.diagnostics.length > 0) {
    lines.push(paint.bold('Files that could not be fully analyzed:'));
    for (const diagnostic of result.diagnostics.slice(0, TEXT_MAX_ITEMS))
      lines.push(`  ${renderDiagnostic(diagnostic)}`);
    lines.push(...more(result.diagnostics.length, 'file'), '');
  }
  lines.push(summary(result, paint));
  return `${lines.join('\n')}\n`;
}

/** The note after a list cut at `TEXT_MAX_ITEMS`, or nothing. */
function more(count: number, noun: string): string[] {
  const left = count - TEXT_MAX_ITEMS;
  return left > 0
    ? [`  …and ${plural(left, `more ${noun}`)} not listed here; --format json lists every one.`, '']
    : [];
}

/** Columns of the snippet shown on either side of a finding: a minified line is not printed whole. */
const FRAME_WIDTH = 160;

/**
 * The finding with a code frame: its first line, cut to a window around the finding (the snippet may
 * already be a window of a long line, see `Finding.snippetOffset`), and a caret line that never reaches
 * past the code shown.
 */
function renderFinding(finding: Finding, paint: Painter): string[] {
  const head = `  ${finding.line}:${finding.column}  ${paint.severity(finding.severity)}  ${paint.dim(finding.ruleId)}`;
  const gutter = String(finding.line).length;
  const [first = '', ...rest] = finding.snippet.split('\n');
  const frame = codeFrame(first, finding);
  const lines = [
    `  ${paint.dim(`${finding.line} |`)} ${frame.code}`,
    `  ${' '.repeat(gutter)} ${paint.dim('|')} ${frame.padding}${paint.severityColor(finding.severity, '^'.repeat(frame.width))}`,
  ];
  if (rest.length > 0) lines.push(`  ${' '.repeat(gutter)} ${paint.dim('|')} ${paint.dim('…')}`);
  return [head, `  ${clean(finding.message)}`, ...lines, `  ${paint.dim(finding.docs)}`];
}

interface CodeFrame {
  /** The code shown, escaped. */
  readonly code: string;
  /** Whitespace up to the caret (tabs kept, so the caret lines up). */
  readonly padding: string;
  /** Carets: at least one, at most to the end of the code shown. */
  readonly width: number;
}

function codeFrame(line: string, finding: Finding): CodeFrame {
  // Where the finding starts and ends in `line`: the snippet starts at `snippetOffset`, after a `…`.
  const offset = finding.snippetOffset ?? 0;
  const lead = offset > 0 ? 1 : 0;
  const start = clamp(finding.column - 1 - offset + lead, 0, line.length);
  const end =
    finding.endLine === finding.line
      ? clamp(finding.endColumn - 1 - offset + lead, start, line.length)
      : line.length;
  const from = Math.max(0, start - FRAME_WIDTH);
  const to = Math.min(line.length, Math.max(end, start + 1) + FRAME_WIDTH);
  const before = `${from > 0 ? '…' : ''}${line.slice(from, start)}`;
  const marked = line.slice(start, Math.min(end, start + FRAME_WIDTH));
  const code = `${clean(before)}${clean(line.slice(start, to))}${to < line.length ? '…' : ''}`;
  return {
    code,
    padding: clean(before).replace(/[^\t]/g, ' '),
    width: Math.max(1, clean(marked).length),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Accepted findings, one line each: they are known, so the full message would only be noise. */
function renderAccepted(findings: readonly Finding[], paint: Painter): string[] {
  return [
    paint.dim(`Accepted in the baseline (${findings.length}):`),
    ...findings
      .slice(0, TEXT_MAX_ITEMS)
      .map((f) =>
        paint.dim(
          `  ${clean(f.file)}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}${f.acceptedInChange ? '  (only by an entry this change added)' : ''}`,
        ),
      ),
    ...more(findings.length, 'accepted finding'),
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
    ...result.fixed.slice(0, TEXT_MAX_ITEMS).map((entry) => {
      const times = entry.count > 1 ? ` ×${entry.count}` : '';
      return `  ${clean(entry.file)}  ${clean(entry.ruleId)}${times}${entry.snippet === undefined ? '' : `  ${clean(entry.snippet)}`}`;
    }),
    ...more(result.fixed.length, 'fixed entry'),
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
 * Text for a terminal. File names and code are untrusted: control characters (ANSI escapes, carriage
 * returns that would overwrite the line), bidirectional controls and invisible characters are shown
 * as escapes (`\x1b`, `\u202e`), never sent to the terminal; a tab stays a tab.
 */
export function clean(text: string): string {
  return revealHidden(text, '\t');
}

/** Like `clean`, for tlsguard's own messages of several lines that quote untrusted text (stderr). */
export function cleanLines(text: string): string {
  return revealHidden(text, '\t\n');
}

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
