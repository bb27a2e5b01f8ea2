import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import type { BaselineEntry, Diagnostic, Finding } from '../core/types.js';
import { entriesFromFindings, mergeEntries } from './entries.js';

export interface BaseRevisionInput {
  readonly root: string;
  readonly findings: readonly Finding[];
  /** Findings inline suppressions took out (to tell which suppressions are new since the base). */
  readonly suppressed: readonly Finding[];
  /** Whether this run would scan a file at that path (extension, excludes): others are out of scope. */
  readonly inScope: (path: string) => boolean;
  readonly analyzeText: (path: string, text: string) => Promise<AnalyzedText>;
}

/** A file's text at the base, analyzed. */
export interface AnalyzedText {
  readonly findings: Finding[];
  readonly suppressed: Finding[];
  /** False when it could not be analyzed (its findings then count as new). */
  readonly ok: boolean;
}

export interface BaseRevisionEntries {
  readonly entries: BaselineEntry[];
  /** The findings inline suppressions took out at the base, as entries. */
  readonly suppressed: BaselineEntry[];
  /** New path → old path for files git saw renamed since the base. */
  readonly renames: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * The findings the base revision had, as baseline entries (design §5, second mode). Files unchanged since
 * the base keep their findings as they are; changed, renamed and deleted files are read from git at the
 * base (`git show`, in memory — no checkout) and analyzed. Added files have no entries: all new.
 * A base file that cannot be read or parsed fails closed: its findings stay new, with a diagnostic.
 */
export async function baseRevisionEntries(
  baseRef: string,
  input: BaseRevisionInput,
  io: { fs: FileSystem; git: Git },
): Promise<BaseRevisionEntries> {
  const commit = await requireCommit(baseRef, input.root, io.git);
  const changes = await io.git.changesSince(input.root, commit);
  if (!changes) throw cannotCompare(baseRef);
  const changed = new Set(changes.map((change) => change.path));
  // Files git does not list as changed that have findings: those the base has keep them as they are.
  const kept = new Set(
    [...input.findings, ...input.suppressed].map((f) => f.file).filter((f) => !changed.has(f)),
  );
  const atBase =
    kept.size === 0 ? new Set<string>() : await io.git.filesAt(input.root, commit, kept);
  if (!atBase) throw cannotCompare(baseRef);
  const unchanged = (f: Finding) => !changed.has(f.file) && atBase.has(f.file);
  const entries = entriesFromFindings(input.findings.filter(unchanged), (f) => f.file);
  const suppressed = entriesFromFindings(input.suppressed.filter(unchanged), (f) => f.file);
  const diagnostics: Diagnostic[] = [];
  const toAnalyze = changes.filter(
    (change) =>
      change.status !== 'added' && change.status !== 'copied' && input.inScope(change.path),
  );
  // One git process for all old texts: a pull request can change hundreds of files.
  const texts = await io.git.showAll(
    input.root,
    commit,
    toAnalyze.map((change) => change.oldPath ?? change.path),
  );
  for (const change of toAnalyze) {
    const oldPath = change.oldPath ?? change.path;
    const text = texts ? texts.get(oldPath) : await io.git.show(input.root, commit, oldPath);
    const analyzed = text === undefined ? undefined : await input.analyzeText(oldPath, text);
    if (!analyzed?.ok) {
      diagnostics.push({
        file: change.path,
        kind: 'read-error',
        message: `could not ${text === undefined ? 'read' : 'parse'} ${oldPath} at ${baseRef}; its findings are reported as new`,
      });
    }
    entries.push(...entriesFromFindings(analyzed?.findings ?? [], (f) => f.file));
    suppressed.push(...entriesFromFindings(analyzed?.suppressed ?? [], (f) => f.file));
  }
  const renames = new Map(
    changes.flatMap((c) =>
      c.status === 'renamed' && c.oldPath !== undefined ? [[c.path, c.oldPath] as const] : [],
    ),
  );
  return {
    entries: mergeEntries(entries),
    suppressed: mergeEntries(suppressed),
    renames,
    diagnostics,
  };
}

function cannotCompare(baseRef: string): UsageError {
  return new UsageError(`--base-ref ${baseRef}: git could not compare the work tree with it`);
}

/** The commit `baseRef` names; a usage error that says how to fetch it when the clone lacks it. */
export async function requireCommit(baseRef: string, root: string, git: Git): Promise<string> {
  const commit = await git.resolveCommit(root, baseRef);
  if (commit !== undefined) return commit;
  if (git.workTreePrefix !== undefined && (await git.workTreePrefix(root)) === undefined)
    throw new UsageError(
      `--base-ref ${baseRef}: ${root} is not in a git work tree (or git is not installed), so there is ` +
        `no revision to compare with. Run tlsguard in a clone of the repository, or leave out --base-ref.`,
    );
  const shallow = await git.isShallow(root);
  throw new UsageError(
    `--base-ref ${baseRef}: no such commit in this ${shallow ? 'shallow ' : ''}clone. ` +
      `Fetch it first (git fetch --depth=1 origin <commit>), or check out with more history ` +
      `(actions/checkout: fetch-depth: 2 for a pull request's base, 0 for everything).`,
  );
}
