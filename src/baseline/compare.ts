import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import type { BaselineEntry, Diagnostic, Finding, FixedEntry } from '../core/types.js';
import { parseBaseline } from './baseline-file.js';
import type { BaseRevisionEntries } from './base-revision.js';
import { matchBaseline, type MatchResult } from './match.js';
import { dirname, relocate } from './paths.js';

export interface BaselineRequest {
  /** Absolute path of the baseline file. */
  readonly file?: string;
  /** The user named the file: a missing file is an error rather than "no baseline". */
  readonly fileRequired?: boolean;
  /** A git revision to compare against (design §5, second mode). */
  readonly baseRef?: string;
  /**
   * Read the baseline file as it is at this revision instead of from the work tree (`policy: base`:
   * a pull request cannot change what it is judged by).
   */
  readonly fileRevision?: string;
}

export interface ComparisonInput {
  readonly root: string;
  /** Findings with paths relative to the root. */
  readonly findings: readonly Finding[];
  /** Every file this run looked at (relative to the root): entries elsewhere were not evaluated. */
  readonly scanned: ReadonlySet<string>;
  /** Whether this run would scan a file at that path (used for files deleted since the base). */
  readonly inScope: (path: string) => boolean;
  /** Rule ids a baseline entry may name (every rule, and the suppression findings' own id). */
  readonly knownRuleIds: readonly string[];
  /** The base revision's findings (`request.baseRef`), computed with `baseRevisionEntries`. */
  readonly base?: BaseRevisionEntries;
}

export interface Comparison {
  /** Per finding (same order): true when the baseline file or the base revision accepts it. */
  readonly unchanged: readonly boolean[];
  /** Per finding: the baseline file's entry that accepts it (its reason is kept on update). */
  readonly acceptedBy: readonly (BaselineEntry | undefined)[];
  /** Per finding: the base revision already had it. */
  readonly atBase: readonly boolean[];
  readonly fixed: readonly FixedEntry[];
  /** Baseline entries (file paths as in the file) this run could not evaluate: never stale. */
  readonly notEvaluated: readonly BaselineEntry[];
  /** Baseline entries of evaluated files that matched nothing: what `--prune` drops. */
  readonly stale: readonly BaselineEntry[];
  readonly entries: readonly BaselineEntry[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Classifies findings as new or unchanged against a baseline file and/or a base revision. */
export async function compareWithBaseline(
  request: BaselineRequest,
  input: ComparisonInput,
  io: { fs: FileSystem; git: Git },
): Promise<Comparison> {
  const fromFile =
    request.file === undefined ? undefined : await fileMode(request.file, request, input, io);
  const fromBase =
    input.base === undefined ? undefined : await baseRevisionMode(input.base, input, io);
  const unchanged = input.findings.map(
    (_, index) =>
      fromFile?.match.matches[index] !== undefined || fromBase?.match.matches[index] !== undefined,
  );
  return {
    unchanged,
    acceptedBy: input.findings.map((_, index) => fromFile?.match.matches[index]),
    atBase: input.findings.map((_, index) => fromBase?.match.matches[index] !== undefined),
    fixed: fromFile ? fromFile.fixed : (fromBase?.fixed ?? []),
    notEvaluated: fromFile?.notEvaluated ?? [],
    stale: fromFile?.stale ?? [],
    entries: fromFile?.entries,
    diagnostics: fromBase?.diagnostics ?? [],
  };
}

interface FileModeResult {
  readonly match: MatchResult;
  readonly entries: readonly BaselineEntry[];
  readonly fixed: FixedEntry[];
  readonly stale: BaselineEntry[];
  readonly notEvaluated: BaselineEntry[];
}

async function fileMode(
  file: string,
  request: BaselineRequest,
  input: ComparisonInput,
  io: { fs: FileSystem; git: Git },
): Promise<FileModeResult | undefined> {
  const text =
    request.fileRevision === undefined
      ? await io.fs.readText(file)
      : await io.git.show(
          dirname(file),
          request.fileRevision,
          file.slice(dirname(file).length + 1),
        );
  if (text === undefined) {
    if (request.fileRequired)
      throw new UsageError(
        request.fileRevision === undefined
          ? 'baseline file not found'
          : `baseline file not found at ${request.fileRevision}`,
        file,
      );
    return undefined;
  }
  const entries = parseBaseline(text, file, input.knownRuleIds);
  const folder = dirname(file);
  // Matching works on paths relative to the scan root; entries for files outside it are not evaluated.
  const original = new Map<BaselineEntry, BaselineEntry>();
  const notEvaluated: BaselineEntry[] = [];
  for (const entry of entries) {
    const path = relocate(entry.path, folder, input.root);
    if (path === undefined) notEvaluated.push(entry);
    else original.set({ ...entry, path }, entry);
  }
  const local = [...original.keys()];
  const renames = await renamesSinceBaseline(file, input.root, io.git);
  const exists = await existenceCheck(
    io.fs,
    input.root,
    local.map((e) => e.path),
  );
  const match = matchBaseline(input.findings, local, { renames, exists });
  const fixed: FixedEntry[] = [];
  const stale: BaselineEntry[] = [];
  for (const { entry, count } of match.leftovers) {
    const source = original.get(entry) ?? entry;
    // A file that was scanned or no longer exists really lost the finding; an excluded one was not looked at.
    if (input.scanned.has(entry.path) || !exists(entry.path)) {
      fixed.push(fixedEntry(entry, count));
      stale.push({ ...source, count });
    } else {
      notEvaluated.push({ ...source, count });
    }
  }
  const acceptedBy = match.matches.map((entry) => (entry ? original.get(entry) : undefined));
  return {
    match: { matches: acceptedBy, leftovers: match.leftovers },
    entries,
    fixed,
    stale,
    notEvaluated,
  };
}

/** Renames git detects between the commit that last wrote the baseline and the work tree. */
async function renamesSinceBaseline(
  file: string,
  root: string,
  git: Git,
): Promise<Map<string, string>> {
  const folder = dirname(file);
  const commit = await git.lastCommitTouching(folder, file.slice(folder.length + 1));
  const changes = commit === undefined ? undefined : await git.changesSince(root, commit);
  const renames = new Map<string, string>();
  for (const change of changes ?? []) {
    if (change.status === 'renamed' && change.oldPath !== undefined)
      renames.set(change.path, change.oldPath);
  }
  return renames;
}

async function existenceCheck(
  fs: FileSystem,
  root: string,
  paths: readonly string[],
): Promise<(path: string) => boolean> {
  const present = new Set<string>();
  for (const path of new Set(paths)) {
    if ((await fs.kindOf(`${root}/${path}`)) !== undefined) present.add(path);
  }
  return (path) => present.has(path);
}

function fixedEntry(entry: BaselineEntry, count: number): FixedEntry {
  return {
    ruleId: entry.ruleId,
    file: entry.path,
    fingerprint: entry.fingerprint,
    count,
    ...(entry.snippet === undefined ? {} : { snippet: entry.snippet }),
  };
}

async function baseRevisionMode(
  base: BaseRevisionEntries,
  input: ComparisonInput,
  io: { fs: FileSystem; git: Git },
): Promise<{ match: MatchResult; fixed: FixedEntry[]; diagnostics: Diagnostic[] }> {
  const exists = await existenceCheck(
    io.fs,
    input.root,
    base.entries.map((e) => e.path),
  );
  const match = matchBaseline(input.findings, base.entries, { renames: base.renames, exists });
  const fixed = match.leftovers.map(({ entry, count }) => fixedEntry(entry, count));
  return { match, fixed, diagnostics: base.diagnostics };
}
