import { compareWithBaseline, type BaselineRequest, type Comparison } from '../baseline/compare.js';
import { closest } from '../config/closest.js';
import { discover, type DiscoveredFile } from '../discover/discover.js';
import { analyzeFile, type FileInput } from '../engine/analyze-file.js';
import { DIRECTIVE_MARKER, type RuleIds } from '../engine/suppressions.js';
import { isSourceFile } from '../parse/languages.js';
import { loadParser } from '../parse/parser.js';
import { createPrefilter, type Prefilter } from '../prefilter/prefilter.js';
import { mapBounded } from './concurrency.js';
import type { FileSystem, Git } from './io.js';
import type { Logger } from './logger.js';
import type { Rule } from './rule.js';
import { isTestPath } from './test-paths.js';
import type {
  Diagnostic,
  Finding,
  ScanResult,
  Severity,
  SkipReason,
  SuppressedFinding,
} from './types.js';

export interface ScanOptions {
  /** Absolute folder that every reported path is relative to. */
  readonly root: string;
  /** Absolute files or folders to scan. */
  readonly targets: readonly string[];
  readonly noIgnore: boolean;
  /** Larger files are skipped and counted (design §2: 2 MB). */
  readonly maxFileBytes: number;
  /** Findings in test code are capped at this severity. */
  readonly testSeverity: Severity;
  /** The enabled rules. */
  readonly rules: readonly Rule[];
  /** Every rule id tlsguard knows (suppression comments naming anything else are typos). */
  readonly knownRuleIds: readonly string[];
  /** Severity the configuration sets per rule id. */
  readonly ruleSeverities: ReadonlyMap<string, Severity>;
  /** Configuration include/exclude, relative to the root: false leaves a file out. */
  readonly pathFilter: (path: string) => boolean;
  readonly baseline: BaselineRequest;
}

export interface ScanIO {
  readonly fs: FileSystem;
  readonly git: Git;
  readonly logger: Logger;
  /** Milliseconds, for the duration figure only. */
  readonly now: () => number;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const READ_CONCURRENCY = 32;

interface FileOutcome {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
  readonly parsed: boolean;
  readonly skip?: SkipReason;
}

/**
 * The whole pipeline (design §2): discover → prefilter → parse → rules → suppressions → baseline.
 * Pure over its inputs and `io`; the adapters decide what to print and how to exit.
 */
export async function scan(options: ScanOptions, io: ScanIO): Promise<ScanResult> {
  const started = io.now();
  const discovery = await discover(
    {
      root: options.root,
      targets: options.targets,
      noIgnore: options.noIgnore,
      isCandidate: isSourceFile,
      pathFilter: options.pathFilter,
    },
    io,
  );
  io.logger.debug(`discovered ${discovery.files.length} candidate files`);
  const analyzer = fileAnalyzer(options);
  const outcomes = await mapBounded(discovery.files, READ_CONCURRENCY, (file) =>
    scanFile(file, options, io, analyzer),
  );
  const findings = outcomes.flatMap((o) => o.findings).sort(compareFindings);
  const comparison = await compareWithBaseline(
    options.baseline,
    {
      root: options.root,
      findings,
      scanned: new Set(discovery.files.map((file) => file.path)),
      inScope: (path) => isSourceFile(path) && options.pathFilter(path),
      analyzeText: async (path, text) => {
        const output = await analyzer.analyze(path, text);
        return { findings: output.findings, ok: output.diagnostics.length === 0 };
      },
    },
    io,
  );
  return {
    root: options.root,
    findings: findings.map((finding, index) =>
      comparison.unchanged[index] ? { ...finding, status: 'unchanged' } : finding,
    ),
    suppressed: outcomes.flatMap((o) => o.suppressed),
    fixed: comparison.fixed,
    diagnostics: [...outcomes.flatMap((o) => o.diagnostics), ...comparison.diagnostics],
    stats: stats(
      discovery.files.length,
      discovery.skipped,
      outcomes,
      Math.round(io.now() - started),
    ),
    ...baselineInfo(options.baseline, comparison),
  };
}

interface FileAnalyzer {
  readonly prefilter: Prefilter;
  analyze(
    path: string,
    text: string,
    rules?: readonly Rule[],
  ): Promise<ReturnType<typeof analyzeFile>>;
}

/** Prefilter + parse + rules + suppressions for one text, shared by the scan and the base revision. */
function fileAnalyzer(options: ScanOptions): FileAnalyzer {
  const prefilter = createPrefilter(options.rules);
  const ruleIds: FileInput['ruleIds'] = {
    known: options.knownRuleIds,
    active: new Set(options.rules.map((rule) => rule.id)),
    suggest: (id) => {
      const suggestion = closest(id, options.knownRuleIds);
      return suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`;
    },
  } satisfies RuleIds & { suggest: (id: string) => string };
  return {
    prefilter,
    async analyze(path, text, rules = prefilter.rulesFor(text)) {
      const parser = await loadParser();
      return analyzeFile(parser, {
        path,
        text,
        rules,
        severityCap: isTestPath(path) ? options.testSeverity : undefined,
        ruleSeverities: options.ruleSeverities,
        ruleIds,
      });
    },
  };
}

async function scanFile(
  file: DiscoveredFile,
  options: ScanOptions,
  io: ScanIO,
  analyzer: FileAnalyzer,
): Promise<FileOutcome> {
  const read = await io.fs.readFile(file.absolute, options.maxFileBytes);
  if (read.kind === 'too-large') return empty({ skip: 'too-large' });
  if (read.kind === 'not-a-file') return empty({});
  if (read.kind === 'error') {
    return empty({
      diagnostics: [
        { file: file.path, kind: 'read-error', message: `could not read: ${read.message}` },
      ],
    });
  }
  const text = decoder.decode(read.bytes);
  const bytes = read.bytes.byteLength;
  const rules = analyzer.prefilter.rulesFor(text);
  // A file with a suppression comment is parsed even without triggers, so a stale one gets reported.
  if (rules.length === 0 && !text.includes(DIRECTIVE_MARKER)) return empty({ bytes });
  return { ...(await analyzer.analyze(file.path, text, rules)), bytes, parsed: true };
}

const decoder = new TextDecoder('utf-8');

function empty(partial: Partial<FileOutcome>): FileOutcome {
  return { findings: [], suppressed: [], diagnostics: [], bytes: 0, parsed: false, ...partial };
}

function stats(
  discovered: number,
  discoverySkips: Partial<Record<SkipReason, number>>,
  outcomes: readonly FileOutcome[],
  durationMs: number,
): ScanResult['stats'] {
  const skipped = { ...discoverySkips };
  for (const outcome of outcomes) {
    if (outcome.skip) skipped[outcome.skip] = (skipped[outcome.skip] ?? 0) + 1;
  }
  return {
    filesDiscovered: discovered,
    filesRead: outcomes.filter((o) => o.bytes > 0).length,
    filesParsed: outcomes.filter((o) => o.parsed).length,
    bytesRead: outcomes.reduce((sum, o) => sum + o.bytes, 0),
    filesSkipped: skipped,
    durationMs,
  };
}

function baselineInfo(
  request: BaselineRequest,
  comparison: Comparison,
): Pick<ScanResult, 'baseline'> {
  if (comparison.entries === undefined && request.baseRef === undefined) return {};
  return {
    baseline: {
      ...(comparison.entries === undefined || request.file === undefined
        ? {}
        : { file: request.file }),
      ...(request.baseRef === undefined ? {} : { baseRef: request.baseRef }),
      reasons: comparison.acceptedBy.map((entry) => entry?.reason),
      stale: comparison.stale,
      notEvaluated: comparison.notEvaluated,
    },
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId)
  );
}

/** Code-point order, independent of the locale (baselines and reports must sort the same everywhere). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
