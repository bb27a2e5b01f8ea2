import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerModule } from './worker-module.js';

/**
 * The `docs/` folder shipped next to `dist/` — in the repository, in a git checkout run with npx, and in
 * the npm package (package.json "files") — found from the bundle's own entry (`dist/lib/index.js`).
 * Undefined when running from the sources (there is no bundle).
 */
export function docsFolder(): string | undefined {
  const entry = workerModule();
  return entry === undefined ? undefined : join(dirname(fileURLToPath(entry)), '..', '..', 'docs');
}
