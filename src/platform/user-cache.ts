import { isAbsolute, join } from 'node:path';

/**
 * The per-user cache folder for tlsguard, outside every repository: `$XDG_CACHE_HOME/tlsguard` (else
 * `~/.cache/tlsguard`) on Linux and other Unix systems, `~/Library/Caches/tlsguard` on macOS,
 * `%LOCALAPPDATA%\tlsguard\Cache` on Windows. Undefined when there is no home folder to put it in.
 */
export function userCacheFolder(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): string | undefined {
  const absolute = (path: string | undefined) =>
    path !== undefined && path !== '' && isAbsolute(path) ? path : undefined;
  if (platform === 'win32') {
    const local =
      absolute(env.LOCALAPPDATA) ?? (home === '' ? undefined : join(home, 'AppData', 'Local'));
    return local === undefined ? undefined : join(local, 'tlsguard', 'Cache');
  }
  if (platform === 'darwin')
    return home === '' ? undefined : join(home, 'Library', 'Caches', 'tlsguard');
  // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = absolute(env.XDG_CACHE_HOME);
  if (xdg !== undefined) return join(xdg, 'tlsguard');
  return home === '' ? undefined : join(home, '.cache', 'tlsguard');
}
