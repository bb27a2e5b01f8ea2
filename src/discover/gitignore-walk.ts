import ignore, { type Ignore } from 'ignore';
import type { FileSystem } from '../core/io.js';
import { isExcludedDirectory } from './excludes.js';

interface IgnoreLayer {
  /** Folder of the `.gitignore`, relative to the walk's start, '' for the start itself. */
  readonly base: string;
  readonly rules: Ignore;
}

export interface WalkOptions {
  /** Honour `.gitignore` files and skip the default excluded folders. */
  readonly ignoring: boolean;
  /**
   * Called for every folder excluded by its name, with whether a `.gitignore` un-ignores it
   * (`!packages/node_modules`); the walk enters it only when this returns true.
   */
  readonly onExcludedDirectory: (relativePath: string, unignored: boolean) => boolean;
}

/**
 * Every file below `start` (paths relative to it, with `/`) for folders that are not git work trees.
 * Nested `.gitignore` files apply to their own folder and below, with the `ignore` package's git
 * semantics. Symlinked folders are not entered, so link loops cannot make the walk endless.
 */
export async function walkFiles(
  fs: FileSystem,
  start: string,
  options: WalkOptions,
): Promise<string[]> {
  const files: string[] = [];
  const visit = async (relative: string, layers: readonly IgnoreLayer[]): Promise<void> => {
    const absolute = relative === '' ? start : `${start}/${relative}`;
    const own = options.ignoring ? await loadLayer(fs, absolute, relative) : undefined;
    const active = own ? [...layers, own] : layers;
    const entries = [...(await fs.readDirectory(absolute))].sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.kind === 'directory') {
        if (entry.name === '.git') continue;
        const excluded = options.ignoring && isExcludedDirectory(entry.name, parentName(relative));
        if (excluded && !options.onExcludedDirectory(path, isUnignored(active, path))) continue;
        if (excluded || !isIgnored(active, path, true)) {
          await visit(path, active);
        }
      } else if (
        (entry.kind === 'file' || entry.kind === 'symlink') &&
        !isIgnored(active, path, false)
      ) {
        files.push(path);
      }
    }
  };
  await visit('', []);
  return files;
}

function parentName(relative: string): string | undefined {
  return relative === '' ? undefined : relative.slice(relative.lastIndexOf('/') + 1);
}

async function loadLayer(
  fs: FileSystem,
  absolute: string,
  relative: string,
): Promise<IgnoreLayer | undefined> {
  const text = await fs.readText(`${absolute}/.gitignore`);
  return text === undefined ? undefined : { base: relative, rules: ignore().add(text) };
}

/** A negation in some `.gitignore` decides the folder: `!packages/node_modules`. */
function isUnignored(layers: readonly IgnoreLayer[], path: string): boolean {
  return layers.some((layer) => {
    const local = layer.base === '' ? path : path.slice(layer.base.length + 1);
    return layer.rules.test(`${local}/`).unignored;
  });
}

function isIgnored(layers: readonly IgnoreLayer[], path: string, directory: boolean): boolean {
  return layers.some((layer) => {
    const local = layer.base === '' ? path : path.slice(layer.base.length + 1);
    return layer.rules.ignores(directory ? `${local}/` : local);
  });
}
