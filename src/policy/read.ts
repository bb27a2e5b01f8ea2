import { parseBaseline } from '../baseline/baseline-file.js';
import { dirname, relocate } from '../baseline/paths.js';
import { loadConfig, type Config } from '../config/config.js';
import type { FileSystem, Git } from '../core/io.js';
import type { BaselineEntry, Severity } from '../core/types.js';
import type { PolicySource } from '../core/policy.js';
import type { PolicySnapshot } from './changes.js';

/** What a scan needs to compare its policy with the base revision's (see `policyChanges`). */
export interface PolicyRequest {
  readonly source: PolicySource;
  /** Absolute path of the configuration file (the default path when there is none). */
  readonly configFile: string;
  /** A baseline file the user named (flag, input), used on both sides; false: baselines are off. */
  readonly baselineOverride?: string | false;
  /** `<root>/.tlsguard-baseline.json`. */
  readonly defaultBaselineFile: string;
  /** A rule's severity when the configuration sets none. */
  readonly defaultSeverity: (ruleId: string) => Severity;
}

export interface PolicyFiles {
  readonly base: PolicySnapshot;
  readonly head: PolicySnapshot;
  readonly headText: { readonly config?: string; readonly baseline?: string };
  /** The head's baseline file (absolute), if baselines are on. */
  readonly baselineFile?: string;
  readonly problems: string[];
}

/**
 * Both sides' configuration and baseline: the work tree's, and the base commit's read from git (in
 * memory). A side that cannot be read or is invalid counts as empty and is named in `problems`: the
 * run itself already stopped if the side it is judged by was broken.
 */
export async function readPolicyFiles(
  request: PolicyRequest,
  root: string,
  commit: string,
  knownRuleIds: readonly string[],
  io: { fs: FileSystem; git: Git },
): Promise<PolicyFiles> {
  const problems: string[] = [];
  const atBase = (path: string) =>
    io.git.show(dirname(path), commit, path.slice(dirname(path).length + 1));
  const headConfigText = await io.fs.readText(request.configFile);
  const [head, base] = [
    await parseConfig(headConfigText, request.configFile, io.fs, 'this change', problems),
    await parseConfig(
      await atBase(request.configFile),
      request.configFile,
      io.fs,
      'the base',
      problems,
    ),
  ];
  const baselineOf = (config: Config) =>
    request.baselineOverride === false
      ? undefined
      : (request.baselineOverride ?? config.baseline ?? request.defaultBaselineFile);
  const headBaseline = baselineOf(head);
  const baseBaseline = baselineOf(base);
  const headBaselineText =
    headBaseline === undefined ? undefined : await io.fs.readText(headBaseline);
  const read = (text: string | undefined, file: string | undefined, side: string) =>
    file === undefined ? undefined : parseEntries(text, file, root, knownRuleIds, side, problems);
  return {
    head: { config: head, baseline: read(headBaselineText, headBaseline, 'this change') },
    base: {
      config: base,
      baseline: read(baseBaseline && (await atBase(baseBaseline)), baseBaseline, 'the base'),
    },
    headText: {
      ...(headConfigText === undefined ? {} : { config: headConfigText }),
      ...(headBaselineText === undefined ? {} : { baseline: headBaselineText }),
    },
    ...(headBaseline === undefined ? {} : { baselineFile: headBaseline }),
    problems,
  };
}

async function parseConfig(
  text: string | undefined,
  path: string,
  fs: FileSystem,
  side: string,
  problems: string[],
): Promise<Config> {
  try {
    return await loadConfig({ ...fs, readText: () => Promise.resolve(text) }, path, false);
  } catch (error) {
    problems.push(`The configuration of ${side} could not be read: ${message(error)}`);
    return {};
  }
}

/** Entries with paths relative to the scan root; entries of files outside it are left out. */
function parseEntries(
  text: string | undefined,
  file: string,
  root: string,
  knownRuleIds: readonly string[],
  side: string,
  problems: string[],
): BaselineEntry[] | undefined {
  if (text === undefined) return undefined;
  try {
    return parseBaseline(text, file, knownRuleIds).flatMap((entry) => {
      const path = relocate(entry.path, dirname(file), root);
      return path === undefined ? [] : [{ ...entry, path }];
    });
  } catch (error) {
    problems.push(`The baseline of ${side} could not be read: ${message(error)}`);
    return undefined;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
