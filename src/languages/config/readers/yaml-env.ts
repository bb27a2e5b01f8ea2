import type { Context, ModelBuilder } from '../model.js';
import {
  environmentValue,
  isScalarNode,
  itemsOf,
  keyOf,
  pairsOf,
  rangeOf,
  type YamlFile,
} from '../yaml-nodes.js';

/**
 * `env:` / `environment:` as a mapping (`NAME: value`) or, in Compose, a list (`- NAME=value`).
 * `nullValue`: what an empty value means (GitHub: the empty string; Compose: taken from the host, so
 * unknown).
 */
export function readEnvironment(
  file: YamlFile,
  node: unknown,
  builder: ModelBuilder,
  context: Context,
  options: { readonly site: string; readonly nullValue: string | undefined },
): void {
  for (const pair of pairsOf(file, node)) {
    const name = keyOf(file, pair);
    const key = pair.key;
    if (name === undefined || !isScalarNode(file, key)) continue;
    const value = pair.value;
    // Compose passes an empty value through from the host: nothing is set here.
    const empty = value === null || (isScalarNode(file, value) && value.value === null);
    if (empty && options.nullValue === undefined) continue;
    const nameRange = rangeOf(key);
    builder.env.push({
      name,
      nameRange,
      value: environmentValue(file, value, options.nullValue),
      valueRange: isScalarNode(file, value) && value.range ? rangeOf(value) : nameRange,
      site: options.site,
      context,
    });
  }
  for (const item of itemsOf(file, node)) listEntry(file, item, builder, context, options.site);
}

/** `- NAME=value` (Compose's list form); `- NAME` alone passes the host's value through. */
function listEntry(
  file: YamlFile,
  item: unknown,
  builder: ModelBuilder,
  context: Context,
  site: string,
): void {
  if (!isScalarNode(file, item) || typeof item.value !== 'string') return;
  const text = item.value;
  const equals = text.indexOf('=');
  if (equals <= 0) return;
  const [start, end] = rangeOf(item);
  const written = file.text.slice(start, end);
  const at = written.indexOf(text.slice(0, equals));
  const nameStart = start + Math.max(0, at);
  const value = text.slice(equals + 1);
  const valueStart = nameStart + equals + 1;
  builder.env.push({
    name: text.slice(0, equals),
    nameRange: [nameStart, nameStart + equals],
    value: value.includes('${') ? undefined : value,
    valueRange:
      value === '' ? [nameStart, nameStart + equals] : [valueStart, valueStart + value.length],
    site,
    context,
  });
}
