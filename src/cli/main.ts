import { UsageError } from '../core/errors.js';
import type { FileSystem, Git } from '../core/io.js';
import { DEFAULT_MAX_FILE_BYTES, scan } from '../core/scan.js';
import { reaches } from '../core/severity.js';
import { TOOL } from '../core/tool.js';
import type { ScanResult } from '../core/types.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { parseCommand, type ScanCommandOptions } from './args.js';
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
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs one CLI invocation and returns its exit code. Only usage and configuration errors exit 2. */
export async function main(
  argv: readonly string[],
  terminal: Terminal,
  deps: CliDependencies,
): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      terminal.write(usage());
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (command.kind === 'version') {
      terminal.write(`${TOOL.version}\n`);
      return EXIT_OK;
    }
    return await runScan(command.options, terminal, deps);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.writeError(`tlsguard: ${error.message}\n`);
      if (!error.file) terminal.writeError(`\n${usage()}`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      terminal.writeError(`tlsguard: internal error, please report it: ${detail}\n`);
    }
    return EXIT_USAGE;
  }
}

async function runScan(
  options: ScanCommandOptions,
  terminal: Terminal,
  deps: CliDependencies,
): Promise<number> {
  const targets = (options.paths.length > 0 ? options.paths : ['.']).map((path) =>
    deps.fs.resolve(terminal.cwd, path),
  );
  const root = await chooseRoot(options, targets, terminal, deps.fs);
  const result = await scan(
    {
      root,
      targets,
      noIgnore: options.noIgnore,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      testSeverity: options.testSeverity,
      rules: RULES,
    },
    {
      fs: deps.fs,
      git: deps.git,
      now: deps.now,
      logger: { debug: () => undefined, warn: (m) => terminal.writeError(`warning: ${m}\n`) },
    },
  );
  terminal.write(render(result, options, terminal));
  return failing(result, options) ? EXIT_FINDINGS : EXIT_OK;
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

function render(result: ScanResult, options: ScanCommandOptions, terminal: Terminal): string {
  if (options.format === 'json') return renderJson(result, TOOL);
  const color = terminal.stdoutIsTTY && !terminal.env.NO_COLOR;
  return renderText(result, { color });
}

function failing(result: ScanResult, options: ScanCommandOptions): boolean {
  return result.findings.some(
    (f) => f.status === 'new' && reaches(f.severity, options.failSeverity),
  );
}
