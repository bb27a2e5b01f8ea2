import type { Annotation } from '../report/annotations.js';
import type { StepLog } from './step-log.js';

/** Workflow-command annotations; @actions/core escapes `%`, CR, LF and, in properties, `:` and `,`. */
export function publishAnnotations(annotations: readonly Annotation[], log: StepLog): void {
  for (const annotation of annotations) {
    log.annotate(annotation.level, annotation.message, {
      title: annotation.title,
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
      ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
      ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
      ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
    });
  }
}
