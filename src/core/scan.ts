import { discover, type DiscoveredFile } from '../discover/discover.js';
import { analyzeFile } from '../engine/analyze-file.js';
import { isSourceFile } from '../parse/languages.js';
import { loadParser } from '../parse/parser.js';
import { createPrefilter, type Prefilter } from '../prefilter/prefilter.js';
import { mapBounded } from './concurrency.js';
import type { FileSystem, Git } from './io.js';
import type { Logger } from './logger.js';
import type { Rule } from './rule.js';
import { isTestPath } from './test-paths.js';
import type { Diagnostic, Finding, ScanResult, Severity, SkipReason } from './types.js';

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
  readonly rules: readonly Rule[];
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
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
  readonly parsed: boolean;
  readonly skip?: SkipReason;
}

/** The whole pipeline (design §2): discover → prefilter → parse → rules → findings. */
export async function scan(options: ScanOptions, io: ScanIO): Promise<ScanResult> {
  const started = io.now();
  const discovery = await discover(
    {
      root: options.root,
      targets: options.targets,
      noIgnore: options.noIgnore,
      isCandidate: isSourceFile,
    },
    io,
  );
  io.logger.debug(`discovered ${discovery.files.length} candidate files`);
  const prefilter = createPrefilter(options.rules);
  const outcomes = await mapBounded(discovery.files, READ_CONCURRENCY, (file) =>
    scanFile(file, options, io, prefilter),
  );
  const skipped = { ...discovery.skipped };
  for (const outcome of outcomes) {
    if (outcome.skip) skipped[outcome.skip] = (skipped[outcome.skip] ?? 0) + 1;
  }
  return {
    root: options.root,
    findings: outcomes.flatMap((o) => o.findings).sort(compareFindings),
    fixed: [],
    diagnostics: outcomes.flatMap((o) => o.diagnostics),
    stats: {
      filesDiscovered: discovery.files.length,
      filesRead: outcomes.filter((o) => o.bytes > 0).length,
      filesParsed: outcomes.filter((o) => o.parsed).length,
      bytesRead: outcomes.reduce((sum, o) => sum + o.bytes, 0),
      filesSkipped: skipped,
      durationMs: Math.round(io.now() - started),
    },
  };
}

async function scanFile(
  file: DiscoveredFile,
  options: ScanOptions,
  io: ScanIO,
  prefilter: Prefilter,
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
  const rules = prefilter.rulesFor(text);
  const bytes = read.bytes.byteLength;
  if (rules.length === 0) return empty({ bytes });
  const parser = await loadParser();
  const severityCap = isTestPath(file.path) ? options.testSeverity : undefined;
  const output = analyzeFile(parser, { path: file.path, text, rules, severityCap });
  return { ...output, bytes, parsed: true };
}

const decoder = new TextDecoder('utf-8');

function empty(partial: Partial<FileOutcome>): FileOutcome {
  return { findings: [], diagnostics: [], bytes: 0, parsed: false, ...partial };
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
