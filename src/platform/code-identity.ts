import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerModule } from './worker-module.js';

/**
 * A hash of the code that analyzes files — every chunk of the bundle (rules, parser, compiler) — and of
 * the Node version (how deep a file may nest before it is too complex depends on V8). Results cached
 * under another identity are never used. Undefined when running from the sources (no bundle).
 */
export function codeIdentity(): string | undefined {
  const entry = workerModule();
  if (entry === undefined) return undefined;
  const folder = dirname(fileURLToPath(entry));
  const hash = createHash('sha256').update(process.version);
  const chunks = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort();
  for (const name of chunks) hash.update(`\0${name}\0`).update(readFileSync(join(folder, name)));
  return hash.digest('hex');
}
