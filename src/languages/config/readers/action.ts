import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { parseYaml, stringAt, valueAt, yamlComments } from '../yaml-nodes.js';
import { readEnvironment } from './yaml-env.js';
import { readSteps } from './workflow.js';

/**
 * A GitHub Action's metadata (`action.yml`): a composite action's steps (`env:`, `run:` with `shell:`,
 * which composite steps must name) and a Docker action's `runs.env`.
 */
export function readAction(input: ReadInput, builder: ModelBuilder): void {
  const file = parseYaml(input);
  builder.moreComments = () => yamlComments(file.yaml, file.text);
  const runs = valueAt(file, file.document.contents, 'runs');
  readEnvironment(
    file,
    valueAt(file, runs, 'env'),
    builder,
    { surface: builder.surface, reach: 'this action', scope: 'runs' },
    { site: 'env', nullValue: '' },
  );
  if (stringAt(file, runs, 'using') !== 'composite') return;
  readSteps(file, input, builder, {
    steps: valueAt(file, runs, 'steps'),
    scope: 'runs',
    shell: undefined,
    laterSteps: 'the later steps of the job using this action',
  });
}
