import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * This user's cache folder for tlsguard, outside any repository: `$XDG_CACHE_HOME/tlsguard` or
 * `~/.cache/tlsguard` on Linux, `~/Library/Caches/tlsguard` on macOS, `%LOCALAPPDATA%\tlsguard` on
 * Windows. Only this user can write there, unlike a folder in the scanned tree or the shared temp folder.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'tlsguard');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'tlsguard');
  return join(setting(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache'), 'tlsguard');
}

/** An environment variable's value; set but empty counts as unset, as shells and Node treat it. */
export function setting(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
