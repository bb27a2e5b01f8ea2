import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../src/report/annotations.js';
import { failureCommand, inertText, workflowCommand } from '../src/report/workflow-commands.js';

/** What @actions/core prints (to stdout) for a call. */
function printedBy(call: () => void): string {
  let printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk);
    return true;
  });
  call();
  vi.restoreAllMocks();
  return printed;
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const HOSTILE = 'pct%0A,comma:colon\r\nnext::error::x';

const annotations: Annotation[] = [
  {
    level: 'error',
    file: `src/${HOSTILE}.js`,
    startLine: 3,
    endLine: 3,
    startColumn: 5,
    endColumn: 30,
    title: `Certificate verification is off (\`rejectUnauthorized: false\`) for ${HOSTILE}`,
    message: `Why ${HOSTILE}\nno-disabled-cert-verification: https://x.invalid/a,b`,
  },
  { level: 'warning', file: 'a.js', startLine: 4, endLine: 9, title: 'multi-line', message: 'm' },
  {
    level: 'notice',
    title: 'tlsguard: more findings',
    message: '12 more findings — see the job summary',
  },
];

describe('workflow commands printed by tlsguard scan --format github', () => {
  it.each(annotations.map((a) => [a.level, a] as const))(
    '%s: byte for byte what @actions/core prints for the same annotation',
    (_, annotation) => {
      const emit = { error: core.error, warning: core.warning, notice: core.notice }[
        annotation.level
      ];
      const expected = printedBy(() => {
        emit(annotation.message, {
          title: annotation.title,
          ...(annotation.file === undefined ? {} : { file: annotation.file }),
          ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
          ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
          ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
          ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
        });
      });
      expect(workflowCommand(annotation)).toBe(expected);
    },
  );

  it('escapes so that nothing in a name or message becomes a command or a property', () => {
    const line = workflowCommand(annotations[0]!);
    expect(line.split('\n')).toEqual([expect.stringMatching(/^::error title=/), '']);
    expect(line).toContain('file=src/pct%250A%2Ccomma%3Acolon%0D%0Anext%3A%3Aerror%3A%3Ax.js,');
    // `::` inside the message is harmless: the runner reads a command only at the start of a line.
    expect(line).toMatch(/::Why pct%250A,comma:colon%0D%0Anext::error::x%0Ano-disabled/);
  });

  it('fails like core.setFailed, and switches commands off around the text like the Action', () => {
    const message = '2 new insecure TLS findings at or above error (see the job summary)';
    expect(failureCommand(message)).toBe(printedBy(() => core.setFailed(message)));
    const token = 'c0ffee';
    const text = 'src/a.js\n::error::not a command\n';
    expect(inertText(text, token)).toBe(
      printedBy(() => {
        core.info(`::stop-commands::${token}`);
        core.info(text);
        core.info(`::${token}::`);
      }),
    );
  });
});
