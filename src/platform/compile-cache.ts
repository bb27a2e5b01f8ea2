import module from 'node:module';
import { join } from 'node:path';
import { setting, userCacheFolder } from './user-cache.js';

/**
 * Node's on-disk cache of compiled code (Node 22.1 and later; the Action runs on Node 24): the
 * TypeScript compiler inside the parser is 10 MB of JavaScript, and compiling it is most of the cost of
 * the first file a scan parses. Kept in this user's cache folder, not the shared temp folder Node
 * would pick, so no other account can plant entries. `NODE_COMPILE_CACHE` still chooses the folder and
 * `NODE_DISABLE_COMPILE_CACHE` turns it off, as for any Node program. Nothing happens on older Nodes.
 */
export function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: (directory?: string) => unknown })
    .enableCompileCache;
  if (!enable || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    enable(
      setting(process.env.NODE_COMPILE_CACHE) ?? join(userCacheFolder(), 'node-compile-cache'),
    );
  } catch {
    // A cache is an optimisation: an unwritable folder only makes the scan as slow as without it.
  }
}
