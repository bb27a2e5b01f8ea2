import * as core from '@actions/core';
import type { StepLog } from './step-log.js';

/** Appends to the step summary (GITHUB_STEP_SUMMARY); outside Actions there is none, which is fine. */
export async function publishSummary(markdown: string, log: StepLog): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    log.warning(`tlsguard could not write the job summary: ${String(error)}`);
  }
}
