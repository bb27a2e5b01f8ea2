import type { ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import {
  environmentValue,
  keyOf,
  pairsOf,
  parseYaml,
  rangeOf,
  yamlComments,
} from '../yaml-nodes.js';
import { pushSetting } from './lines.js';

/** Yarn Berry's `.yarnrc.yml`: its top-level settings (`enableStrictSsl`, `httpsCaFilePath`, …). */
export function readYarnrcYml(input: ReadInput, builder: ModelBuilder): void {
  const file = parseYaml(input);
  builder.moreComments = () => yamlComments(file.yaml, file.text);
  for (const pair of pairsOf(file, file.document.contents)) {
    const key = keyOf(file, pair);
    const value = environmentValue(file, pair.value, undefined);
    if (key === undefined || !file.yaml.isScalar(pair.value)) continue;
    pushSetting(builder, {
      tool: 'yarn-berry',
      key,
      value,
      range: rangeOf(pair.value),
      text: `${key}: ${value ?? ''}`,
    });
  }
}
