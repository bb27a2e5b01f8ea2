import type { Annotation } from './annotations.js';

/**
 * Workflow commands printed as text, byte for byte what @actions/core prints for the same call
 * (`core.error(message, properties)`, `core.info`): `tlsguard scan --format github` gives a workflow
 * step the annotations the Action gives. Escaping as in @actions/core's command.ts: `%`, CR and LF in
 * the message; also `:` and `,` in property values, or a file name could end the property early.
 */
export function workflowCommand(annotation: Annotation): string {
  const properties = [
    ['title', annotation.title],
    ['file', annotation.file],
    ['line', annotation.startLine],
    ['endLine', annotation.endLine],
    ['col', annotation.startColumn],
    ['endColumn', annotation.endColumn],
  ]
    // @actions/core leaves out empty values (and zeros: no line or column is 0).
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([name, value]) => `${String(name)}=${escapeProperty(String(value))}`);
  const head = properties.length === 0 ? '' : ` ${properties.join(',')}`;
  return `::${annotation.level}${head}::${escapeData(annotation.message)}\n`;
}

/** `core.setFailed(message)`'s annotation: an error without a location. */
export function failureCommand(message: string): string {
  return `::error::${escapeData(message)}\n`;
}

/**
 * Text from the repository printed into the log: workflow commands are switched off around it (with
 * a token nobody can guess), so a line of it that reads `::error::…` stays text.
 */
export function inertText(text: string, token: string): string {
  return `::stop-commands::${token}\n${text}\n::${token}::\n`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
