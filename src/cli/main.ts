import { randomUUID } from 'node:crypto';
import { serializeBaseline } from '../baseline/baseline-file.js';
import { updatedBaseline } from '../baseline/update.js';
import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import type { Parallelism } from '../scan/parallel.js';
import { scan, type ScanIO, type ScanOptions } from '../scan/scan.js';
import { resolveSettings, type Settings } from '../scan/settings.js';
import { TOOL } from '../core/tool.js';
import { writeScope } from '../core/write-scope.js';
import type { ScanResult } from '../core/types.js';
import { failingFindings } from '../scan/verdict.js';
import { normalizeRelative } from '../report/repo-path.js';
import { clean, cleanLines } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { parseCommand, workerCount, type Report, type ScanCommandOptions } from './args.js';
import { openCache, saveCache } from './cache-file.js';
import { renderReport, type ReportInput } from './reports.js';
import { explainRule, renderRules } from './rule-commands.js';
import { usage } from './usage.js';

/** Everything the CLI needs from its process, so tests can run it in memory. */
export interface Terminal {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  write(text: string): void;
  writeError(text: string): void;
}

export interface CliDependencies {
  readonly fs: FileSystem;
  readonly git: Git;
  readonly now: () => number;
  /** Worker threads for a requested count (undefined: automatic); absent: the main thread only. */
  readonly parallelism?: (workers: number | undefined) => Parallelism;
  /** Identifies tlsguard's own code for `--cache`; absent or undefined: the cache is unavailable. */
  readonly codeIdentity?: () => string | undefined;
  /** The per-user cache folder (`--cache` keeps its files and its key there); undefined: none. */
  readonly userCacheFolder?: () => string | undefined;
  /** The `docs/` folder shipped with tlsguard (`tlsguard explain`); undefined: not installed. */
  readonly docsFolder?: () => string | undefined;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs one CLI invocation and returns its exit code. Only usage, configuration and internal errors exit 2. */
export async function main(
  argv: readonly string[],
  terminal: Terminal,
  deps: CliDependencies,
): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        terminal.write(usage());
        return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
      case 'version':
        terminal.write(`${TOOL.version}\n`);
        return EXIT_OK;
      case 'scan':
        return await runScan(command.options, terminal, deps);
      case 'baseline':
        return await runBaseline(command.options, command.prune, terminal, deps);
      case 'rules':
        terminal.write(renderRules(RULES, command.json));
        return EXIT_OK;
      case 'explain':
        terminal.write(
          await explainRule(command.ruleId, RULES, deps.docsFolder?.(), {
            fs: deps.fs,
            color: colorFor(terminal),
          }),
        );
        return EXIT_OK;
    }
  } catch (error) {
    return reportError(error, terminal);
  }
}

function reportError(error: unknown, terminal: Terminal): number {
  if (error instanceof UsageError) {
    terminal.writeError(`tlsguard: ${cleanLines(error.message)}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    terminal.writeError(`tlsguard: internal error, please report it: ${cleanLines(detail)}\n`);
  }
  return EXIT_USAGE;
}

async function runScan(
  options: ScanCommandOptions,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<number> {
  const settings = await settingsFor(options, terminal, deps);
  const result = await runPipeline(settings.scan, settings.partial, options, terminal, deps);
  const failing = failingFindings(result.findings, settings.failOn, settings.failSeverity);
  const input: ReportInput = {
    result,
    settings,
    failing,
    pathPrefix: await repositoryPrefix(settings.scan.root, deps.git),
    env: terminal.env,
    stopToken: randomUUID(),
  };
  const [stdout, ...files] = options.reports;
  for (const report of files) await writeReport(report, input, terminal, deps);
  terminal.write(renderReport(stdout?.format ?? 'text', input, colorFor(terminal)));
  return failing.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function colorFor(terminal: Terminal): boolean {
  return terminal.stdoutIsTTY && !terminal.env.NO_COLOR;
}

/** The scan root relative to the repository's top, for SARIF, annotations and GitLab paths. */
async function repositoryPrefix(root: string, git: Git): Promise<string> {
  return normalizeRelative((await git.workTreePrefix?.(root)) ?? '');
}

/**
 * `--output <file>`: written atomically, never through a symbolic link a repository committed on the
 * way to it (a link at the file's own name is replaced, with a warning, as the Action does).
 */
async function writeReport(
  report: Report,
  input: ReportInput,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<void> {
  const file = deps.fs.resolve(terminal.cwd, report.file ?? '');
  const text = renderReport(report.format, input, false);
  try {
    const within = writeScope(file, input.settings.scan.root);
    const { replacedLink } = await deps.fs.writeText(file, text, {
      within,
      createFolders: true,
      replaceLink: true,
    });
    if (replacedLink)
      terminal.writeError(
        `warning: ${clean(file)} was a symbolic link; tlsguard replaced the link with the report and left its target alone\n`,
      );
  } catch (error) {
    throw new UsageError(
      `could not write the ${report.format} report: ${error instanceof Error ? error.message : String(error)}`,
      file,
    );
  }
}

async function runBaseline(
  options: ScanCommandOptions,
  prune: boolean,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<number> {
  const settings = await settingsFor(options, terminal, deps);
  if (prune && settings.partial) {
    throw new UsageError(
      '--prune needs a scan of the whole root: run it without paths (or with the root folder only)',
    );
  }
  const file = settings.baselineFile;
  const result = await runPipeline(
    { ...settings.scan, baseline: { file, fileRequired: typeof options.baseline === 'string' } },
    settings.partial,
    options,
    terminal,
    deps,
  );
  const entries = updatedBaseline(result, file, prune);
  await writeBaseline(deps.fs, file, serializeBaseline(entries), settings.scan.root);
  const occurrences = entries.reduce((sum, entry) => sum + entry.count, 0);
  const stale = result.baseline?.stale.length ?? 0;
  const staleNote =
    stale === 0
      ? ''
      : prune
        ? `; removed ${stale} stale`
        : `; kept ${stale} stale (run with --prune to drop them)`;
  terminal.write(
    `Wrote ${clean(file)}: ${entries.length} entries, ${occurrences} findings${staleNote}.\n`,
  );
  for (const diagnostic of result.diagnostics) {
    terminal.writeError(`warning: ${clean(diagnostic.file)}: ${clean(diagnostic.message)}\n`);
  }
  return EXIT_OK;
}

/** The baseline is the user's to write, but never through a link a repository could have committed. */
async function writeBaseline(fs: FileSystem, file: string, text: string, root: string) {
  try {
    await fs.writeText(file, text, { within: writeScope(file, root) });
  } catch (error) {
    throw new UsageError(
      `tlsguard did not write it: ${error instanceof Error ? error.message : String(error)}`,
      file,
    );
  }
}

async function settingsFor(
  options: ScanCommandOptions,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<Settings> {
  const targets = (options.paths.length > 0 ? options.paths : ['.']).map((path) =>
    deps.fs.resolve(terminal.cwd, path),
  );
  const root = await chooseRoot(options, targets, terminal, deps.fs);
  await requireInsideRoot(options, targets, root, deps.fs);
  const resolve = (path: string | undefined): string | undefined =>
    path === undefined ? undefined : deps.fs.resolve(terminal.cwd, path);
  return resolveSettings(
    root,
    targets,
    {
      ...optional('config', resolve(options.config)),
      ...optional<'baseline', string | false>(
        'baseline',
        options.baseline === false ? false : resolve(options.baseline),
      ),
      ...optional('baseRef', options.baseRef),
      ...optional('failOn', options.failOn),
      ...optional('failSeverity', options.failSeverity),
      ...optional('testSeverity', options.testSeverity),
      ...optional('policy', options.policy),
      ...optional('nonProduction', options.nonProduction),
      ...optional('production', options.production),
      ...optional('pythonVersion', options.pythonVersion),
      noIgnore: options.noIgnore,
      changedOnly: options.changedOnly,
    },
    RULES,
    deps.fs,
    deps.git,
  );
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** One folder argument is the root (paths relative to it); otherwise the current folder or --root. */
async function chooseRoot(
  options: ScanCommandOptions,
  targets: readonly string[],
  terminal: Terminal,
  fs: FileSystem,
): Promise<string> {
  if (options.root !== undefined) return fs.resolve(terminal.cwd, options.root);
  const [only] = targets;
  if (targets.length === 1 && only !== undefined && (await fs.kindOf(only)) === 'directory')
    return only;
  return fs.resolve(terminal.cwd);
}

/**
 * Findings are reported relative to the root, so every path must be inside it: a path outside would be
 * reported as an absolute path that matches no baseline entry, annotation or link.
 */
async function requireInsideRoot(
  options: ScanCommandOptions,
  targets: readonly string[],
  root: string,
  fs: FileSystem,
): Promise<void> {
  const outside = targets.findIndex(
    (target) => target !== root && !target.startsWith(root.endsWith('/') ? root : `${root}/`),
  );
  // A path that does not exist gets the scan's "no such file or folder" instead.
  if (outside < 0 || (await fs.kindOf(targets[outside] ?? '')) === undefined) return;
  const given = options.paths[outside] ?? '.';
  const why =
    options.root === undefined
      ? `the current folder ${root}, which is the scan root when several paths or a file are given`
      : `the scan root ${root} (--root)`;
  throw new UsageError(
    `${given} is not inside ${why}. Reported paths are relative to the root: give a --root that contains every path, or scan from a folder that does.`,
  );
}

/** The scan, with the result cache read before and written after it when `--cache` asks for one. */
async function runPipeline(
  scanOptions: ScanOptions,
  partial: boolean,
  options: ScanCommandOptions,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<ScanResult> {
  const io = scanIO(options, terminal, deps);
  const warn = (message: string): void => {
    io.logger.warn(message);
  };
  const cache =
    options.cache === false
      ? undefined
      : await openCache(
          options.cache,
          { root: scanOptions.root, cwd: terminal.cwd },
          deps,
          { folder: deps.userCacheFolder?.(), identity: deps.codeIdentity?.() },
          warn,
        );
  const result = await scan(scanOptions, cache ? { ...io, resultCache: cache.cache } : io);
  if (cache) await saveCache(cache, partial, deps.fs, warn);
  return result;
}

function scanIO(options: ScanCommandOptions, terminal: Terminal, deps: CliDependencies): ScanIO {
  // The flag beats the environment variable (handy in CI and for the bench).
  const workers = options.workers ?? workerCount('TLSGUARD_WORKERS', terminal.env.TLSGUARD_WORKERS);
  return {
    fs: deps.fs,
    git: deps.git,
    now: deps.now,
    ...(deps.parallelism ? { parallelism: deps.parallelism(workers) } : {}),
    logger: {
      debug: () => undefined,
      warn: (message: string) => {
        terminal.writeError(`warning: ${cleanLines(message)}\n`);
      },
    },
  };
}
