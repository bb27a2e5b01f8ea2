import type { ConfigModel, Context, Range, Word } from '../../languages/config/model.js';

/** Node command-line flags written in a config file, with who starts with them. */
export interface NodeFlagSite {
  /** The flags and their values, as words: `--tls-min-v1.0`, `--tls-cipher-list=…`. */
  readonly words: readonly string[];
  /** The whole value of `NODE_OPTIONS`, or the `node` command. */
  readonly range: Range;
  /** Where `flag` is written: its word on a command line (the last one: it wins), else `range`. */
  rangeOf(flag: string): Range;
  /** For messages: "… for {{target}}". */
  readonly target: string;
  readonly identity: string;
  readonly context: Context;
}

const NODE = /^(?:node|nodejs)$/;

/**
 * Where Node flags are set outside code (rules.md C2, C16): `NODE_OPTIONS` in any environment surface,
 * and the options of a `node` command line (before the script).
 */
export function nodeFlagSites(model: ConfigModel): NodeFlagSite[] {
  const sites: NodeFlagSite[] = [];
  for (const env of model.env) {
    if (env.name !== 'NODE_OPTIONS' || env.value === undefined) continue;
    sites.push({
      words: env.value.split(/\s+/).filter((word) => word !== ''),
      range: env.valueRange,
      rangeOf: () => env.valueRange,
      target: `every Node process of ${env.context.reach} (\`NODE_OPTIONS\`)`,
      identity: `${env.site} NODE_OPTIONS=${env.value}`,
      context: env.context,
    });
  }
  for (const command of model.commands) {
    if (!NODE.test(command.program ?? '')) continue;
    const script = command.args.findIndex((arg) => !(arg.value ?? '').startsWith('-'));
    const options = script < 0 ? command.args : command.args.slice(0, script);
    const words = options.flatMap((arg) => (arg.value === undefined ? [] : [arg.value]));
    if (words.length === 0) continue;
    sites.push({
      words,
      range: command.range,
      rangeOf: (flag) => flagWord(options, flag)?.range ?? command.range,
      target: `this \`node\` process (${command.context.reach})`,
      identity: `node ${words.join(' ')}`,
      context: command.context,
    });
  }
  return sites;
}

function flagWord(options: readonly Word[], flag: string): Word | undefined {
  return options.findLast(({ value }) => value === flag || value?.startsWith(`${flag}=`) === true);
}

/** The values given to `flag`: `--flag=value` or `--flag value`; the last one wins. */
export function flagValue(words: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  words.forEach((word, index) => {
    if (word === flag) value = words[index + 1];
    else if (word.startsWith(`${flag}=`)) value = word.slice(flag.length + 1);
  });
  return value;
}
