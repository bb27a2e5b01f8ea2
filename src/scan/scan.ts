import {
  baseRevisionEntries,
  requireCommit,
  type BaseRevisionEntries,
} from '../baseline/base-revision.js';
import { compareWithBaseline, type BaselineRequest, type Comparison } from '../baseline/compare.js';
import type { ResultCache } from '../cache/result-cache.js';
import type { IncludeRules } from '../config/include-overrides.js';
import { changedFiles } from '../discover/changed.js';
import { discover, type DiscoveredFile, type Discovery } from '../discover/discover.js';
import type { FileOutput } from '../engine/analyze-file.js';
import { suppressionRule } from '../engine/suppression-rule.js';
import { DIRECTIVE_MARKER } from '../engine/suppressions.js';
import type { Language, TargetVersions } from '../core/language.js';
import type { LanguageId } from '../core/rule.js';
import { isCandidate, languageOf, loadLanguage } from '../languages/index.js';
import type { PolicyRequest } from '../policy/read.js';
import { comparePolicy, newSuppressions, unsuppressed } from '../policy/stage.js';
import { createPrefilter, passEverything, type Prefilter } from '../prefilter/prefilter.js';
import { Dispatcher } from './dispatch.js';
import { applyIgnoreRules, type IgnoreRule } from './ignore-entries.js';
import { gitSession } from './git-session.js';
import { analyzeTask, type AnalysisSettings, type FileTask } from './file-task.js';
import type { FileSystem, Git, ReadOutcome } from '../core/io.js';
import type { Logger } from '../core/logger.js';
import type { Parallelism } from './parallel.js';
import type { Rule } from '../core/rule.js';
import { decodeUtf8, sniff } from '../core/source-bytes.js';
import { WHERE } from '../core/non-production.js';
import type { PathClassifier } from './non-production.js';
import type {
  Diagnostic,
  DiagnosticKind,
  Finding,
  ScanResult,
  Severity,
  SkipReason,
  SuppressedFinding,
} from '../core/types.js';

export interface ScanOptions {
  /** Absolute folder that every reported path is relative to. */
  readonly root: string;
  /** Absolute files or folders to scan. */
  readonly targets: readonly string[];
  readonly noIgnore: boolean;
  /** Larger files are skipped and counted (design §2: 2 MB). */
  readonly maxFileBytes: number;
  /** Findings in test and other non-production code are capped at this severity. */
  readonly testSeverity: Severity;
  /** Which files hold non-production code (test, example, benchmark, docs, tooling, configured). */
  readonly nonProduction: PathClassifier;
  /** The enabled rules. */
  readonly rules: readonly Rule[];
  /** The runtime versions the project targets (the Python version removals are judged against). */
  readonly targetVersions?: TargetVersions;
  /** Every rule id tlsguard knows (suppression comments naming anything else are typos). */
  readonly knownRuleIds: readonly string[];
  /** Severity the configuration sets per rule id. */
  readonly ruleSeverities: ReadonlyMap<string, Severity>;
  /** Configuration include/exclude, relative to the root: false leaves a file out. */
  readonly pathFilter: (path: string) => boolean;
  /** `include` patterns that scan default-excluded folders they name (see include-overrides.ts). */
  readonly includeRules?: IncludeRules;
  /** `.tlsguard.json` `ignore` entries: suppressions for files without comments. */
  readonly ignore?: readonly IgnoreRule[];
  readonly baseline: BaselineRequest;
  /** False parses every file with every rule (to check that the prefilter loses nothing). Default true. */
  readonly prefilter?: boolean;
  /**
   * Diff mode (`--changed-only`): scan only the files changed since this git revision (a pull request's
   * base). Baseline entries of the other files are not evaluated, so they are never reported fixed.
   */
  readonly changedSince?: string;
  /**
   * With `baseline.baseRef`: compare the configuration, baseline and suppressions with the base
   * revision's, and report what this change accepts, suppresses or weakens (`ScanResult.policy`).
   */
  readonly policy?: PolicyRequest;
  /**
   * Compare the base revision with HEAD rather than with the work tree (the Action: its checkout is the
   * commit under review; anything else in the workspace was made by earlier steps of the job). Diff
   * mode then costs one comparison of two trees, not a look at every file and folder of the checkout.
   */
  readonly committedChanges?: boolean;
}

export interface ScanIO {
  readonly fs: FileSystem;
  readonly git: Git;
  readonly logger: Logger;
  /** Milliseconds, for the duration figure only. */
  readonly now: () => number;
  /** Worker threads for parsing; without it everything runs on the main thread. */
  readonly parallelism?: Parallelism;
  /** Analyses of earlier scans (`--cache`): files found there are not parsed again, and new ones go in. */
  readonly resultCache?: ResultCache;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

interface FileOutcome {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
  readonly parsed: boolean;
  /** The analysis came from the result cache (the file was not parsed). */
  readonly cached?: boolean;
  readonly skip?: SkipReason;
  /** Read only to look at its first line, which says it is no language's: not counted as scanned. */
  readonly notOurs?: true;
}

/** A file read and prefiltered, whose analysis may still be running (on the main thread or a worker). */
type PendingOutcome = Omit<FileOutcome, 'findings' | 'suppressed'> & {
  readonly output?: Promise<FileOutput>;
};

/**
 * The whole pipeline (design §2): discover → prefilter → parse → rules → suppressions → baseline.
 * Pure over its inputs and `io`; the adapters decide what to print and how to exit.
 */
export async function scan(options: ScanOptions, scanIo: ScanIO): Promise<ScanResult> {
  const committed = options.committedChanges === true;
  const io = { ...scanIo, git: gitSession(scanIo.git, { committed }) };
  const started = io.now();
  const discovery = await discoverFiles(options, io);
  io.logger.debug(`discovered ${discovery.files.length} candidate files`);
  const analyzer = fileAnalyzer(options, io);
  try {
    // One file at a time: reads are synchronous system calls underneath (see FileSystem.readFile), the
    // bytes are consumed before the next read, and parsing overlaps reading in the worker threads.
    const pending: PendingOutcome[] = [];
    for (const file of discovery.files) pending.push(await readFile(file, options, io, analyzer));
    analyzer.dispatcher.settle();
    const outcomes = await Promise.all(pending.map(settleOutcome));
    const ignored = applyIgnoreRules(
      outcomes.flatMap((o) => o.findings).sort(compareFindings),
      options.ignore ?? [],
    );
    const scanned = {
      findings: ignored.kept,
      suppressed: [...outcomes.flatMap((o) => o.suppressed), ...ignored.suppressed],
    };
    const inScope = (path: string) => isCandidate(path) && options.pathFilter(path);
    const knownRuleIds = [...options.knownRuleIds, suppressionRule.id];
    const base = await baseRevision(options, { ...scanned, inScope }, analyzer, io);
    const fresh = base && options.policy ? newSuppressions(scanned.suppressed, base.entries) : [];
    // `policy: base`: a suppression the base did not have does not count; its finding is judged.
    const { findings, suppressed } =
      options.policy?.source === 'base' && fresh.length > 0
        ? {
            findings: [...scanned.findings, ...fresh.map(unsuppressed)].sort(compareFindings),
            suppressed: scanned.suppressed.filter((finding) => !fresh.includes(finding)),
          }
        : scanned;
    const comparison = await compareWithBaseline(
      options.baseline,
      {
        root: options.root,
        findings,
        scanned: new Set(discovery.files.map((file) => file.path)),
        inScope,
        knownRuleIds,
        ...(base ? { base: base.entries } : {}),
      },
      io,
    );
    const policy =
      base && options.policy && options.baseline.baseRef !== undefined
        ? await comparePolicy(
            options.policy,
            {
              root: options.root,
              baseRef: options.baseline.baseRef,
              commit: base.commit,
              knownRuleIds,
              findings,
              newSuppressions: fresh,
              comparison,
            },
            io,
          )
        : undefined;
    return {
      root: options.root,
      findings: findings.map((finding, index) =>
        comparison.unchanged[index]
          ? {
              ...finding,
              status: 'unchanged',
              ...(policy?.acceptedByChange[index] ? { acceptedInChange: true } : {}),
            }
          : finding,
      ),
      suppressed,
      fixed: comparison.fixed,
      diagnostics: [...outcomes.flatMap((o) => o.diagnostics), ...comparison.diagnostics],
      stats: {
        ...stats(discovery.files.length, discovery.skipped, outcomes, io.now() - started),
        ...(discovery.skippedFolders.length > 0
          ? { skippedFolders: discovery.skippedFolders }
          : {}),
        ...(io.resultCache ? { filesFromCache: outcomes.filter((o) => o.cached).length } : {}),
        workers: analyzer.dispatcher.workersUsed,
      },
      ...baselineInfo(options.baseline, comparison),
      ...(policy ? { policy: policy.changes } : {}),
    };
  } finally {
    await analyzer.dispatcher.close();
  }
}

/**
 * The base revision's findings and suppressions (design §5, `--base-ref`): files unchanged since the
 * base keep theirs; changed ones are read from git at the base and analyzed in memory.
 */
async function baseRevision(
  options: ScanOptions,
  scanned: {
    readonly findings: readonly Finding[];
    readonly suppressed: readonly Finding[];
    readonly inScope: (path: string) => boolean;
  },
  analyzer: FileAnalyzer,
  io: ScanIO,
): Promise<{ commit: string; entries: BaseRevisionEntries } | undefined> {
  const baseRef = options.baseline.baseRef;
  if (baseRef === undefined) return undefined;
  const commit = await requireCommit(baseRef, options.root, io.git);
  const entries = await baseRevisionEntries(
    baseRef,
    {
      root: options.root,
      ...scanned,
      analyzeText: async (path, text) => {
        const output = await analyzer.analyze(path, text);
        // The same `ignore` entries as the scan's, so an ignored finding is not a new suppression.
        const ignored = applyIgnoreRules(output.findings, options.ignore ?? []);
        return {
          ...output,
          findings: ignored.kept,
          suppressed: [...output.suppressed, ...ignored.suppressed],
          // A file analyzed around syntax errors still has its findings at the base.
          ok: output.diagnostics.every((d) => d.kind === 'partial-parse'),
        };
      },
    },
    io,
  );
  return { commit, entries };
}

async function discoverFiles(options: ScanOptions, io: ScanIO): Promise<Discovery> {
  const request = {
    root: options.root,
    targets: options.targets,
    noIgnore: options.noIgnore,
    isCandidate,
    pathFilter: options.pathFilter,
    ...(options.includeRules ? { includeRules: options.includeRules } : {}),
  };
  if (options.changedSince === undefined) return discover(request, io);
  // Diff mode lists only what git says changed: the rest of the tree is never listed or read.
  const commit = await requireCommit(options.changedSince, options.root, io.git);
  const only = await changedFiles(options.root, commit, io.git);
  return discover({ ...request, only }, io);
}

interface FileAnalyzer {
  /** The prefilter for a language's files (built on first use, from its rules' triggers). */
  prefilter(language: LanguageId): Prefilter;
  readonly dispatcher: Dispatcher;
  /** Prefilter + analysis of one text (the base revision's files), wherever the dispatcher runs it. */
  analyze(path: string, text: string): Promise<FileOutput>;
  /** Analysis of one file's text with the rules the prefilter chose: from the cache, or dispatched. */
  submit(
    path: string,
    language: LanguageId,
    text: string,
    rules: readonly Rule[],
  ): Promise<Submitted>;
}

interface Submitted {
  /** Resolves once the file is taken (see `Dispatcher.accept`); `output` is its analysis. */
  readonly output: Promise<FileOutput>;
  readonly cached: boolean;
}

/** Prefilter + parse + rules + suppressions, shared by the scan and the base revision. */
function fileAnalyzer(options: ScanOptions, io: ScanIO): FileAnalyzer {
  const prefilters = new Map<LanguageId, Prefilter>();
  const prefilter = (language: LanguageId): Prefilter => {
    let built = prefilters.get(language);
    if (!built) {
      built =
        options.prefilter === false
          ? passEverything(options.rules, language)
          : createPrefilter(options.rules, { language, alsoParseOn: [DIRECTIVE_MARKER] });
      prefilters.set(language, built);
    }
    return built;
  };
  const registry = new Map(options.rules.map((rule) => [rule.id, rule]));
  const settings: AnalysisSettings = {
    knownRuleIds: options.knownRuleIds,
    activeRuleIds: options.rules.map((rule) => rule.id),
    ruleSeverities: [...options.ruleSeverities],
    testSeverity: options.testSeverity,
    ...(options.targetVersions ? { targetVersions: options.targetVersions } : {}),
  };
  const dispatcher = new Dispatcher(
    async (task) => analyzeTask(await loadLanguage(task.language), task, registry),
    io.parallelism,
    (message) => {
      io.logger.warn(message);
    },
  );
  const task = (
    path: string,
    language: LanguageId,
    text: string,
    rules: readonly Rule[],
  ): FileTask => {
    const kind = options.nonProduction(path);
    return {
      path,
      language,
      text,
      ruleIds: rules.map((rule) => rule.id),
      severityCap: kind ? { severity: options.testSeverity, where: WHERE[kind] } : undefined,
      settings,
    };
  };
  const cache = io.resultCache;
  const submit = async (
    path: string,
    language: LanguageId,
    text: string,
    rules: readonly Rule[],
  ) => {
    const work = task(path, language, text, rules);
    const stored = cache?.get(work);
    if (stored) return { output: Promise.resolve(stored), cached: true };
    const { output } = await dispatcher.accept(work);
    return {
      output: cache
        ? output.then((result) => {
            cache.set(work, result);
            return result;
          })
        : output,
      cached: false,
    };
  };
  return {
    prefilter,
    dispatcher,
    submit,
    async analyze(path, text) {
      const language = fileLanguage(path, text);
      const verdict = language && prefilter(language.id).check(text);
      if (!language || !verdict?.parse) return { findings: [], suppressed: [], diagnostics: [] };
      return (await submit(path, language.id, text, verdict.rules)).output;
    },
  };
}

/** Reads one file and decides whether it needs parsing; only then is it decoded and handed on. */
async function readFile(
  file: DiscoveredFile,
  options: ScanOptions,
  io: ScanIO,
  analyzer: FileAnalyzer,
): Promise<PendingOutcome> {
  const read = await readSafely(io.fs, file.absolute, options.maxFileBytes);
  // A file read only to look at its first line (no extension) is not ours until that line says so:
  // a large or binary one (a tool shipped without extension) is none of the scan's business.
  if (read.kind !== 'ok' && languageOf(file.path) === undefined) return empty({ notOurs: true });
  const problem = (kind: DiagnosticKind, message: string): PendingOutcome =>
    empty({ diagnostics: [{ file: file.path, kind, message }] });
  switch (read.kind) {
    case 'too-large':
      return {
        ...problem(
          'too-large',
          `skipped: ${megabytes(read.size)} is over the ${megabytes(options.maxFileBytes)} size limit`,
        ),
        skip: 'too-large',
      };
    case 'not-a-file':
      return empty({});
    case 'symlink':
      return symlinkOutcome(file, options.root, io.fs);
    case 'error':
      return problem('read-error', `could not read: ${read.message}`);
    case 'ok':
      break;
  }
  const bytes = read.bytes.byteLength;
  const sniffed = sniff(read.bytes);
  if (sniffed.kind === 'binary' && languageOf(file.path) === undefined)
    return empty({ notOurs: true });
  if (sniffed.kind === 'binary') {
    return { ...problem('binary-file', 'skipped: a binary file (it contains NUL bytes)'), bytes };
  }
  const language = fileLanguage(file.path, sniffed.kind === 'utf16' ? sniffed.text : read.bytes);
  if (!language) return empty({ notOurs: true });
  // Suppression comments are parsed even without triggers, so a stale one gets reported.
  const content = sniffed.kind === 'utf16' ? sniffed.text : read.bytes;
  const verdict = analyzer.prefilter(language.id).check(content);
  if (!verdict.parse) return empty({ bytes });
  // Decoding copies: the bytes may be reused by the next read.
  const decoded =
    sniffed.kind === 'utf16' ? { text: sniffed.text, valid: true } : decodeUtf8(read.bytes);
  const diagnostics: Diagnostic[] = decoded.valid
    ? []
    : [{ file: file.path, kind: 'invalid-utf8', message: INVALID_UTF8 }];
  const { output, cached } = await analyzer.submit(
    file.path,
    language.id,
    decoded.text,
    verdict.rules,
  );
  return { diagnostics, bytes, parsed: !cached, cached, output };
}

const LATIN1 = new TextDecoder('latin1');

/** The language of a file that was read: by its path, or for a file without extension by its first line. */
function fileLanguage(path: string, content: Uint8Array | string): Language | undefined {
  return languageOf(path) ?? languageOf(path, firstLine(content));
}

/** The first line of a file (its shebang, say), at most 200 characters of it. */
function firstLine(content: Uint8Array | string): string {
  const head =
    typeof content === 'string' ? content.slice(0, 200) : LATIN1.decode(content.subarray(0, 200));
  const end = head.search(/\r|\n/);
  return end < 0 ? head : head.slice(0, end);
}

const INVALID_UTF8 =
  'not valid UTF-8: analyzed with the invalid bytes replaced, so positions on those lines may be off';

/** `FileSystem.readFile` promises not to throw; a file system that breaks the promise costs one file. */
async function readSafely(fs: FileSystem, path: string, maxBytes: number): Promise<ReadOutcome> {
  try {
    return await fs.readFile(path, maxBytes);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Symbolic links are never followed: one pointing inside the root names a file that is scanned under
 * its own path (when in scope), and one pointing outside could make a pull request read any file on
 * the runner and show it in a snippet.
 */
async function symlinkOutcome(
  file: DiscoveredFile,
  root: string,
  fs: FileSystem,
): Promise<PendingOutcome> {
  const [target, realRoot] = await Promise.all([fs.realPath(file.absolute), fs.realPath(root)]);
  if (target === undefined) {
    const message = 'not scanned: a symbolic link to a file that does not exist';
    return empty({ diagnostics: [{ file: file.path, kind: 'read-error', message }] });
  }
  if (realRoot !== undefined && isInside(target, realRoot)) return empty({ skip: 'symlink' });
  const message = 'not scanned: a symbolic link to a file outside the scan root';
  return empty({ diagnostics: [{ file: file.path, kind: 'outside-root', message }] });
}

function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

async function settleOutcome(pending: PendingOutcome): Promise<FileOutcome> {
  const output = await pending.output;
  return {
    ...pending,
    findings: output?.findings ?? [],
    suppressed: output?.suppressed ?? [],
    diagnostics: [...pending.diagnostics, ...(output?.diagnostics ?? [])],
  };
}

function empty(partial: Partial<PendingOutcome>): PendingOutcome {
  return { diagnostics: [], bytes: 0, parsed: false, ...partial };
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
  // Files read only for their first line, which made them no language's, were never candidates.
  const notOurs = outcomes.filter((o) => o.notOurs).length;
  return {
    filesDiscovered: discovered - notOurs,
    filesRead: outcomes.filter((o) => o.bytes > 0).length,
    filesParsed: outcomes.filter((o) => o.parsed).length,
    bytesRead: outcomes.reduce((sum, o) => sum + o.bytes, 0),
    filesSkipped: skipped,
    durationMs: Math.round(durationMs),
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
