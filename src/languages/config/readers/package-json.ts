import type { NonProductionKind } from '../../../core/non-production.js';
import type { Context, ModelBuilder } from '../model.js';
import type { ReadInput } from '../reader.js';
import { ConfigSyntaxError, shellReader } from '../reader.js';
import { readShell } from '../shell.js';

/**
 * `package.json` `scripts`: each script is shell text (npm, pnpm and yarn run it with `sh -c`), read by
 * tree-sitter-bash with its positions mapped back through the JSON string's escapes. Scripts that
 * only test or serve a development build are capped like test code.
 */
export function readPackageJson(input: ReadInput, builder: ModelBuilder): void {
  const { json } = input.parsers;
  const root = json.parseTree(input.text, [], { allowTrailingComma: true });
  if (!root) throw new ConfigSyntaxError('not JSON', 0);
  const scripts = json.findNodeAtLocation(root, ['scripts']);
  for (const property of scripts?.type === 'object' ? (scripts.children ?? []) : []) {
    input.budget.charge();
    const [key, value] = property.children ?? [];
    if (key?.type !== 'string' || value?.type !== 'string' || typeof value.value !== 'string')
      continue;
    const name = String(key.value);
    const kind = scriptKind(name);
    const context: Context = {
      surface: builder.surface,
      reach: `script \`${name}\``,
      scope: `scripts.${name}`,
      ...(kind ? { nonProduction: kind } : {}),
    };
    const raw = input.text.slice(value.offset + 1, value.offset + value.length - 1);
    const map = unescapedOffsets(raw, value.offset + 1);
    readShell(
      shellReader(input, builder),
      {
        text: value.value,
        offsetOf: (index) => map[Math.min(index, map.length - 1)] ?? value.offset,
      },
      { context, exportReach: `the rest of script \`${name}\`` },
    );
  }
}

const TEST_WORDS = new Set([
  'test',
  'tests',
  'e2e',
  'spec',
  'jest',
  'vitest',
  'mocha',
  'cypress',
  'playwright',
]);
const DEV_WORDS = new Set(['dev', 'develop', 'development', 'watch', 'storybook', 'local']);

/** `test`, `pretest`, `test:e2e`, `e2e-ci` are tests; `dev`, `start:dev`, `watch` serve a development build. */
export function scriptKind(name: string): NonProductionKind | undefined {
  const words = name
    .toLowerCase()
    .split(/[:\-_.]/)
    .map((word) => word.replace(/^(?:pre|post)(?=test|dev)/, ''));
  if (words.some((word) => TEST_WORDS.has(word))) return 'test';
  return words.some((word) => DEV_WORDS.has(word)) ? 'tooling' : undefined;
}

/** For each character of the unescaped JSON string, the offset of its text in the file. */
function unescapedOffsets(raw: string, start: number): number[] {
  const map: number[] = [];
  for (let index = 0; index < raw.length;) {
    if (raw[index] !== '\\') {
      map.push(start + index++);
      continue;
    }
    map.push(start + index);
    index += raw[index + 1] === 'u' ? 6 : 2;
  }
  map.push(start + raw.length);
  return map;
}
