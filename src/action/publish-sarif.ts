import type { Log } from 'sarif';
import { writeScope } from '../core/write-scope.js';
import { sarifJson } from '../report/sarif.js';
import { nodeFileSystem } from '../platform/node-fs.js';
import type { StepLog } from './step-log.js';

/**
 * Writes the SARIF file for github/codeql-action/upload-sarif; returns its path, or undefined on failure.
 * A pull request may have committed a symbolic link at that path or on the way to it: a link at the
 * file's own name is replaced by the file (its target is not touched), and a linked folder is refused.
 */
export async function publishSarif(
  sarif: Log,
  path: string,
  workspace: string,
  log: StepLog,
): Promise<string | undefined> {
  try {
    const { replacedLink } = await nodeFileSystem.writeText(path, sarifJson(sarif), {
      within: writeScope(path, workspace),
      createFolders: true,
      replaceLink: true,
    });
    if (replacedLink)
      log.warning(
        `${path} was a symbolic link (committed in the repository?); tlsguard replaced the link with the SARIF file and left its target alone.`,
      );
    log.info(`SARIF written to ${path}`);
    return path;
  } catch (error) {
    log.warning(`tlsguard could not write the SARIF file ${path}: ${String(error)}`);
    return undefined;
  }
}
