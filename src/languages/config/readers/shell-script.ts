import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { shellReader } from '../reader.js';
import { readShell } from '../shell.js';

/** A shell script (`*.sh`, `*.bash`, or a `#!/bin/sh` / `#!/usr/bin/env bash` script without extension). */
export function readShellScript(input: ReadInput, builder: ModelBuilder): void {
  readShell(
    shellReader(input, builder),
    { text: input.text, offsetOf: (index) => index },
    {
      context: { surface: builder.surface, reach: 'this script', scope: '' },
      exportReach: 'the rest of this script',
    },
  );
}
