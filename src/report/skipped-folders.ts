import type { ScanStats } from '../core/types.js';

/** A skipped default-excluded folder that holds source files, and how to scan it (issue 13). */
export interface SkippedFolderNote {
  readonly path: string;
  readonly files: number;
  /** The `include` pattern that would scan it. */
  readonly pattern: string;
}

/** The skipped folders with files, largest first; paths are untrusted text for each renderer to escape. */
export function skippedFolderNotes(stats: ScanStats): SkippedFolderNote[] {
  return [...(stats.skippedFolders ?? [])]
    .sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((folder) => ({ ...folder, pattern: `${folder.path}/**` }));
}

/** "412 tracked source files" — JavaScript/TypeScript files git lists in the folder. */
export function fileCount(files: number): string {
  return `${files} tracked source ${files === 1 ? 'file' : 'files'}`;
}
