import * as core from '@actions/core';
import type { AnnotationLevel } from '../report/annotations.js';

/**
 * The step's log and its annotation counts. GitHub keeps only 10 annotations per level per step, so
 * every warning printed here (a missing permission, a shallow clone) is counted and the findings'
 * annotations use what is left.
 */
export class StepLog {
  private readonly counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  info(message: string): void {
    core.info(message);
  }

  debug(message: string): void {
    core.debug(message);
  }

  warning(message: string): void {
    this.counts.warning++;
    core.warning(message);
  }

  get used(): Readonly<Record<AnnotationLevel, number>> {
    return { ...this.counts };
  }

  annotate(level: AnnotationLevel, message: string, properties: core.AnnotationProperties): void {
    this.counts[level]++;
    const emit = { error: core.error, warning: core.warning, notice: core.notice }[level];
    emit(message, properties);
  }

  /**
   * Prints text from the repository (file names, code) verbatim. Workflow commands are switched off
   * around it, so a line that happens to read `::error::…` stays text.
   */
  untrusted(text: string, token: string): void {
    core.info(`::stop-commands::${token}`);
    core.info(text);
    core.info(`::${token}::`);
  }
}
