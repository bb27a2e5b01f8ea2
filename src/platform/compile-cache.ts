import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { userCacheFolder } from './user-cache.js';

/**
 * Node's on-disk cache of compiled code (Node 22.1 and later; the Action runs on Node 24): the
 * TypeScript compiler inside the parser is 10 MB of JavaScript, and compiling it is most of the cost of
 * the first file a scan parses. Kept in this user's cache folder, not the shared temp folder Node
 * would pick, so no other account can plant entries. `NODE_COMPILE_CACHE` still chooses the folder and
 * `NODE_DISABLE_COMPILE_CACHE` turns it off, as for any Node program. Nothing happens on older Nodes.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as { enableCompileCache?: (directory?: string) => unknown })
    .enableCompileCache;
  if (!enable || nonEmpty(env.NODE_DISABLE_COMPILE_CACHE) !== undefined) return;
  const folder = nonEmpty(env.NODE_COMPILE_CACHE) ?? ownFolder(env);
  if (folder === undefined) return;
  try {
    enable(folder);
  } catch {
    // A cache is an optimisation: an unwritable folder only makes the scan as slow as without it.
  }
}

function ownFolder(env: NodeJS.ProcessEnv): string | undefined {
  const cache = userCacheFolder(env, process.platform, homedir());
  return cache === undefined ? undefined : join(cache, 'node-compile-cache');
}

/** An environment variable's value; set but empty counts as unset, as shells and Node treat it. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
