import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERY_KEY } from './helpers/config-sample.js';
import { REPO_ROOT } from './helpers/run-cli.js';

const schema = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schema', 'tlsguard.schema.json'), 'utf8'),
) as { properties: Record<string, unknown> };

describe('.tlsguard.json keys', () => {
  const keys = Object.keys(schema.properties).filter((key) => key !== '$schema');

  it('the configuration test sets every key of the schema', () => {
    const sample = Object.keys(EVERY_KEY).filter((key) => key !== '$schema');
    expect(sample.sort()).toEqual([...keys].sort());
  });

  it('docs/configuration.md documents every key', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
    const documented = [...docs.matchAll(/^\| `(\w+)`\s+\|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...keys].sort());
  });
});
