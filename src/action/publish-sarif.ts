import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Log } from 'sarif';
import type { StepLog } from './step-log.js';

/** Writes the SARIF file for github/codeql-action/upload-sarif; returns its path, or undefined on failure. */
export async function publishSarif(
  sarif: Log,
  path: string,
  log: StepLog,
): Promise<string | undefined> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(sarif, null, 2)}\n`);
    log.info(`SARIF written to ${path}`);
    return path;
  } catch (error) {
    log.warning(`tlsguard could not write the SARIF file ${path}: ${String(error)}`);
    return undefined;
  }
}
