import { describeCondition, type Condition } from '../core/condition.js';
import type { LocatedReport } from '../core/language.js';
import { WHERE, type SeverityCap } from '../core/non-production.js';
import { docsUrl, HEADLINE_MAX_CHARS } from '../core/rule.js';
import { severityForRisk, severityRank } from '../core/severity.js';
import type { Finding, Severity } from '../core/types.js';
import { fingerprint } from './fingerprint.js';
import type { LineMap } from './line-map.js';

const SNIPPET_MAX_LINES = 5;
const SNIPPET_MAX_CHARS = 300;
/**
 * A value put into a message (code quoted by a rule, a rule id from a comment) is cut to this length:
 * long enough for the advice some rules pass as a value, short enough that quoted code cannot bloat.
 */
const DATA_MAX_CHARS = 500;
/** In a headline, quoted code is cut shorter: the line must stay a line. */
const HEADLINE_DATA_MAX_CHARS = 80;

export interface SourceFile {
  /** Path relative to the scan root, with `/`. */
  readonly path: string;
  /** Lines as git and GitHub count them (not a parser's own line count, see LineMap). */
  readonly lineMap: LineMap;
  /** Findings here are capped (test, example and other non-production code); undefined for production code. */
  readonly severityCap: SeverityCap | undefined;
  /** The cap of reports a language places in a non-production part of the file (a `test` script). */
  readonly testSeverity?: Severity;
}

/**
 * A report as the user sees it. `configured` is the severity the configuration sets for the rule (it
 * replaces the message's own); non-production code is then capped.
 */
export function toFinding(file: SourceFile, report: LocatedReport, configured?: Severity): Finding {
  const { rule, range } = report;
  const spec = rule.meta.messages[report.messageId];
  if (!spec) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  const { condition } = report;
  const risk = condition ? 'medium' : spec.risk;
  const natural = configured ?? severityForRisk(risk);
  const cap = file.severityCap ?? partCap(file, report);
  const capped = cap !== undefined && severityRank(natural) > severityRank(cap.severity);
  const severity = capped ? cap.severity : natural;
  let message = interpolate(spec.text, boundedData(report.data, DATA_MAX_CHARS));
  if (condition) message += ` ${onlyWhen(condition)}`;
  if (capped) message += ` (In ${cap.where}: reported as ${severity}.)`;
  let headline = interpolate(spec.headline, headlineData(report.data));
  if (condition) headline += ` ${describeCondition(condition)}`;
  if (capped) headline += ` (in ${cap.where})`;
  const start = file.lineMap.position(range[0]);
  const end = file.lineMap.position(range[1]);
  const shown = snippet(file.lineMap, start, end.line);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    severity,
    risk,
    message,
    headline: oneLine(headline),
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    snippet: shown.text,
    ...(shown.offset > 0 ? { snippetOffset: shown.offset } : {}),
    fingerprint: fingerprint(rule.id, report.identity),
    scope: report.scope,
    status: 'new',
    cwe: rule.meta.cwe,
    docs: docsUrl(rule.id),
  };
}

/** A report in a part of the file that does not run in production is capped like test code. */
function partCap(file: SourceFile, report: LocatedReport): SeverityCap | undefined {
  const kind = report.nonProduction;
  return kind ? { severity: file.testSeverity ?? 'note', where: WHERE[kind] } : undefined;
}

/** The sentence a guarded finding gains: which condition it runs under, and what to do about it. */
function onlyWhen(condition: Condition): string {
  const when = describeCondition(condition);
  return condition.environment
    ? `This code runs only ${when}, and conditions like this end up true in production: make it safe everywhere, with a CA you trust for development servers.`
    : `This code runs only ${when}, a user's opt-in: keep such a switch off by default, named for what it does and warned about when it is on.`;
}

export function interpolate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => data[name] ?? match);
}

/** A report's data as its headline shows it: every value cut to `HEADLINE_DATA_MAX_CHARS`. */
export function headlineData(data: Readonly<Record<string, string>>): Record<string, string> {
  return boundedData(data, HEADLINE_DATA_MAX_CHARS);
}

function boundedData(
  data: Readonly<Record<string, string>>,
  maxChars: number,
): Record<string, string> {
  const bounded: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) bounded[key] = cut(value, maxChars);
  return bounded;
}

/** `text` in at most `maxChars` characters, ending in `…` when cut; a code span it opens is closed. */
function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const kept = `${text.slice(0, maxChars - 1)}…`;
  return (kept.match(/`/g)?.length ?? 0) % 2 === 1 ? `${text.slice(0, maxChars - 2)}\`…` : kept;
}

/**
 * A headline as one line of at most `HEADLINE_MAX_CHARS`: line breaks in quoted code become spaces,
 * and a cut never leaves a code span open (renderers read backticks as code).
 */
export function oneLine(text: string): string {
  return cut(joinLines(text), HEADLINE_MAX_CHARS);
}

/**
 * Each run of line breaks, with the white space around it, becomes one space. (Split and trimmed
 * rather than one `\s*[…]+\s*` replacement, which backtracks quadratically on long runs of spaces.)
 */
function joinLines(text: string): string {
  const lines = text.split(/[\r\n\u2028\u2029]/);
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  return lines
    .map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()))
    .filter((line, i) => i === 0 || i === last || line !== '')
    .join(' ');
}

/**
 * The lines a finding spans, each cut to a sane length. A long first line (a minified bundle) is cut to
 * a window around the finding's column, so the snippet shows the offending code; `offset` is where in
 * the line the window starts (the text then begins with `…`).
 */
function snippet(
  lines: LineMap,
  start: { line: number; column: number },
  last: number,
): { text: string; offset: number } {
  const end = Math.min(last, start.line + SNIPPET_MAX_LINES - 1);
  const picked: string[] = [];
  let offset = 0;
  for (let line = start.line; line <= end; line++) {
    const text = lines.lineText(line).trimEnd();
    if (text.length <= SNIPPET_MAX_CHARS) {
      picked.push(text);
      continue;
    }
    const from = line === start.line ? windowStart(text, start.column) : 0;
    if (line === start.line) offset = from;
    const to = isHighSurrogate(text.charCodeAt(from + SNIPPET_MAX_CHARS - 1))
      ? from + SNIPPET_MAX_CHARS - 1
      : from + SNIPPET_MAX_CHARS;
    picked.push(`${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`);
  }
  return { text: picked.join('\n'), offset };
}

/** A third of the window before the finding, the rest from it on; never inside a surrogate pair. */
function windowStart(text: string, column: number): number {
  const wanted = column - 1 - Math.floor(SNIPPET_MAX_CHARS / 3);
  const from = Math.max(0, Math.min(wanted, text.length - SNIPPET_MAX_CHARS));
  return isHighSurrogate(text.charCodeAt(from - 1)) ? from + 1 : from;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
