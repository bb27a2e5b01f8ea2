import { describeCondition, type Condition } from '../core/condition.js';
import type { LocatedReport } from '../core/language.js';
import type { SeverityCap } from '../core/non-production.js';
import { docsUrl } from '../core/rule.js';
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

export interface SourceFile {
  /** Path relative to the scan root, with `/`. */
  readonly path: string;
  /** Lines as git and GitHub count them (not a parser's own line count, see LineMap). */
  readonly lineMap: LineMap;
  /** Findings here are capped (test, example and other non-production code); undefined for production code. */
  readonly severityCap: SeverityCap | undefined;
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
  const cap = file.severityCap;
  const capped = cap !== undefined && severityRank(natural) > severityRank(cap.severity);
  const severity = capped ? cap.severity : natural;
  let message = interpolate(spec.text, boundedData(report.data));
  if (condition) message += ` ${onlyWhen(condition)}`;
  if (capped) message += ` (In ${cap.where}: reported as ${severity}.)`;
  const start = file.lineMap.position(range[0]);
  const end = file.lineMap.position(range[1]);
  const shown = snippet(file.lineMap, start, end.line);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    severity,
    risk,
    message,
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

/** A report's data as its message shows it: every value cut to `DATA_MAX_CHARS`. */
export function boundedData(data: Readonly<Record<string, string>>): Record<string, string> {
  const bounded: Record<string, string> = {};
  for (const [key, value] of Object.entries(data))
    bounded[key] = value.length > DATA_MAX_CHARS ? `${value.slice(0, DATA_MAX_CHARS - 1)}…` : value;
  return bounded;
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
