import type { Context, ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { shellReader } from '../reader.js';
import { readShell, type ShellSource } from '../shell.js';
import {
  isScalarNode,
  itemsOf,
  keyOf,
  pairsOf,
  parseYaml,
  scalarSource,
  stringAt,
  valueAt,
  yamlComments,
  type YamlFile,
} from '../yaml-nodes.js';
import { readEnvironment } from './yaml-env.js';

/** Shells whose `run:` text tree-sitter-bash reads (PowerShell's simple commands read alike). */
const SHELL_LIKE = /^(?:bash|sh|pwsh|powershell)(?:\s|$)/;
const GITHUB_ENV = { site: 'env', nullValue: '' } as const;

/**
 * A GitHub Actions workflow (`.github/workflows/*.yml`): `env:` at the workflow, job and step levels,
 * job containers and service containers, and each step's `run:` script through the shell reader with
 * the shell the step runs it in.
 */
export function readWorkflow(input: ReadInput, builder: ModelBuilder): void {
  const file = parseYaml(input);
  builder.moreComments = () => yamlComments(file.yaml, file.text);
  const root = file.document.contents;
  const defaultShell = stringAt(
    file,
    valueAt(file, valueAt(file, root, 'defaults'), 'run'),
    'shell',
  );
  const workflow: Context = { surface: builder.surface, reach: 'this workflow', scope: 'env' };
  readEnvironment(file, valueAt(file, root, 'env'), builder, workflow, GITHUB_ENV);
  for (const pair of pairsOf(file, valueAt(file, root, 'jobs'))) {
    const id = keyOf(file, pair);
    if (id !== undefined) readJob(file, input, builder, id, pair.value, defaultShell);
  }
}

function readJob(
  file: YamlFile,
  input: ReadInput,
  builder: ModelBuilder,
  id: string,
  job: unknown,
  workflowShell: string | undefined,
): void {
  const scope = `jobs.${id}`;
  const jobContext: Context = { surface: builder.surface, reach: `job \`${id}\``, scope };
  readEnvironment(file, valueAt(file, job, 'env'), builder, jobContext, GITHUB_ENV);
  const container = valueAt(file, job, 'container');
  readEnvironment(
    file,
    valueAt(file, container, 'env'),
    builder,
    {
      ...jobContext,
      reach: `the container of job \`${id}\``,
      scope: `${scope}.container`,
    },
    GITHUB_ENV,
  );
  for (const service of pairsOf(file, valueAt(file, job, 'services'))) {
    const name = keyOf(file, service) ?? '';
    readEnvironment(
      file,
      valueAt(file, service.value, 'env'),
      builder,
      {
        ...jobContext,
        reach: `service \`${name}\``,
        scope: `${scope}.services.${name}`,
      },
      GITHUB_ENV,
    );
  }
  const jobShell = stringAt(file, valueAt(file, valueAt(file, job, 'defaults'), 'run'), 'shell');
  readSteps(file, input, builder, {
    steps: valueAt(file, job, 'steps'),
    scope,
    shell: jobShell ?? workflowShell,
    laterSteps: `the later steps of job \`${id}\``,
  });
}

export interface Steps {
  readonly steps: unknown;
  readonly scope: string;
  /** The job's (or workflow's) default shell. */
  readonly shell: string | undefined;
  /** Who `>> $GITHUB_ENV` reaches. */
  readonly laterSteps: string;
}

/** Steps of a job or of a composite action: `env:` and `run:` with its `shell:`. */
export function readSteps(
  file: YamlFile,
  input: ReadInput,
  builder: ModelBuilder,
  steps: Steps,
): void {
  itemsOf(file, steps.steps).forEach((step, index) => {
    const label = stringAt(file, step, 'name') ?? stringAt(file, step, 'id') ?? `#${index + 1}`;
    const context: Context = {
      surface: builder.surface,
      reach: 'this step',
      scope: `${steps.scope} > ${label}`,
    };
    readEnvironment(file, valueAt(file, step, 'env'), builder, context, GITHUB_ENV);
    const run = valueAt(file, step, 'run');
    const shell = stringAt(file, step, 'shell') ?? steps.shell ?? 'bash';
    if (!isScalarNode(file, run) || typeof run.value !== 'string' || !SHELL_LIKE.test(shell))
      return;
    readShell(shellReader(input, builder), expressionsBlanked(scalarSource(file, run, run.value)), {
      context,
      exportReach: 'the rest of this step',
      githubEnvReach: steps.laterSteps,
    });
  });
}

/**
 * `${{ … }}` is replaced by the runner before the shell sees the script: blank it out (same length, so
 * offsets hold) and mark it as only known at run time.
 */
export function expressionsBlanked(source: ShellSource): ShellSource {
  const opaque: [number, number][] = [];
  const { text } = source;
  // `${{` … up to the first `}`, which must be followed by a second one (as the runner reads it).
  for (let at = text.indexOf('${{'); at >= 0;) {
    const close = text.indexOf('}', at + 3);
    if (close < 0) break;
    if (text[close + 1] === '}') opaque.push([at, close + 2]);
    at = text.indexOf('${{', text[close + 1] === '}' ? close + 2 : close + 1);
  }
  if (opaque.length === 0) return source;
  let blanked = '';
  let from = 0;
  for (const [start, end] of opaque) {
    blanked += text.slice(from, start) + '_'.repeat(end - start);
    from = end;
  }
  return { ...source, text: blanked + text.slice(from), opaque };
}
