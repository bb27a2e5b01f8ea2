import type { Context, ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { shellReader } from '../reader.js';
import { programName, readShell } from '../shell.js';
import {
  isScalarNode,
  itemsOf,
  keyOf,
  pairsOf,
  parseYaml,
  rangeOf,
  scalarSource,
  valueAt,
  yamlComments,
  type YamlFile,
} from '../yaml-nodes.js';
import { readEnvironment } from './yaml-env.js';

/**
 * A Compose file (`docker-compose*.yml`, `compose*.yaml`): each service's `environment:` (mapping or
 * list), its build arguments (the build's `RUN` steps see them) and its `command:`, `entrypoint:` and
 * health check.
 */
export function readCompose(input: ReadInput, builder: ModelBuilder): void {
  const file = parseYaml(input);
  builder.moreComments = () => yamlComments(file.yaml, file.text);
  for (const pair of pairsOf(file, valueAt(file, file.document.contents, 'services'))) {
    const name = keyOf(file, pair) ?? '';
    const service = pair.value;
    const context: Context = {
      surface: builder.surface,
      reach: `service \`${name}\``,
      scope: `services.${name}`,
    };
    const compose = { site: 'environment', nullValue: undefined };
    readEnvironment(file, valueAt(file, service, 'environment'), builder, context, compose);
    readEnvironment(
      file,
      valueAt(file, valueAt(file, service, 'build'), 'args'),
      builder,
      {
        ...context,
        reach: `the build of service \`${name}\``,
      },
      { site: 'build arg', nullValue: undefined },
    );
    for (const key of ['command', 'entrypoint']) {
      readCommandLine(file, input, builder, valueAt(file, service, key), context);
    }
    readHealthcheck(
      file,
      input,
      builder,
      valueAt(file, valueAt(file, service, 'healthcheck'), 'test'),
      context,
    );
  }
}

/** A string is split and run like a shell command line; a list is the program and its arguments. */
function readCommandLine(
  file: YamlFile,
  input: ReadInput,
  builder: ModelBuilder,
  node: unknown,
  context: Context,
): void {
  if (isScalarNode(file, node) && typeof node.value === 'string') {
    const shell = { context, exportReach: 'the rest of this command' };
    readShell(shellReader(input, builder), scalarSource(file, node, node.value), shell);
    return;
  }
  readArgv(file, builder, itemsOf(file, node), context);
}

/** `test: ["CMD", "curl", …]`, `["CMD-SHELL", "curl … || exit 1"]` or a string (a shell command). */
function readHealthcheck(
  file: YamlFile,
  input: ReadInput,
  builder: ModelBuilder,
  node: unknown,
  context: Context,
): void {
  const items = itemsOf(file, node);
  const [kind, ...rest] = items;
  if (!isScalarNode(file, kind)) {
    readCommandLine(file, input, builder, node, context);
    return;
  }
  if (kind.value === 'CMD-SHELL') readCommandLine(file, input, builder, rest[0], context);
  else if (kind.value === 'CMD') readArgv(file, builder, rest, context);
}

function readArgv(file: YamlFile, builder: ModelBuilder, items: unknown[], context: Context): void {
  const [program, ...args] = items.filter((item) => isScalarNode(file, item));
  if (!program || !isScalarNode(file, program)) return;
  const last = args.at(-1);
  builder.commands.push({
    program: programName(String(program.value)),
    programRange: rangeOf(program),
    args: args.map((arg) => ({
      value: isScalarNode(file, arg) ? String(arg.value) : undefined,
      range: isScalarNode(file, arg) ? rangeOf(arg) : rangeOf(program),
    })),
    range: [rangeOf(program)[0], isScalarNode(file, last) ? rangeOf(last)[1] : rangeOf(program)[1]],
    context,
  });
}
