import { EXCLUDED_DIRECTORIES } from '../discover/excludes.js';
import { compileGlobs, globBase } from './globs.js';

/**
 * `include` patterns that name a default-excluded folder (`packages/node_modules/**`, `vendor/**`,
 * `**\/dist/**`) lift the default exclude for what they match, on top of whatever else is scanned;
 * the other patterns restrict the scan to what they match, as before. So "add it to `include`" scans
 * a skipped folder without narrowing the rest of the scan.
 */
export interface IncludeRules {
  /** Restricting patterns: a file must match one of them (when there are any). */
  readonly restrict: ((path: string) => boolean) | undefined;
  /** Overriding patterns: a file matching one is scanned even inside a default-excluded folder. */
  readonly lifts: ((path: string) => boolean) | undefined;
  /** Folders the walk has to enter for the overriding patterns (relative to the root, no slash). */
  readonly entersFolder: (folder: string) => boolean;
}

export function includeRules(globs: readonly string[] | undefined): IncludeRules {
  const all = globs ?? [];
  const lifting = all.filter(namesExcludedFolder);
  const restricting = all.filter((glob) => !namesExcludedFolder(glob));
  const bases = lifting.map(globBase);
  return {
    restrict: restricting.length > 0 ? compileGlobs(restricting) : undefined,
    lifts: lifting.length > 0 ? compileGlobs(lifting) : undefined,
    entersFolder: (folder) =>
      bases.some((base) => base === '' || base.startsWith(folder) || folder.startsWith(base)),
  };
}

function namesExcludedFolder(glob: string): boolean {
  return glob.split('/').some((segment) => EXCLUDED_DIRECTORIES.has(segment));
}
