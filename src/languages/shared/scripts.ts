/**
 * Folders where repositories keep executable scripts, often without an extension (`bin/deploy`,
 * `scripts/release`): their language is told by the shebang on the first line.
 */
const SCRIPT_FOLDERS: ReadonlySet<string> = new Set([
  'bin',
  'sbin',
  'scripts',
  'script',
  'tools',
  'libexec',
  'hack',
]);

/**
 * An extension-less file in a script folder: worth reading to see whether its shebang names a language
 * tlsguard reads. Only there: every extension-less file would also mean reading each `LICENSE`,
 * `Makefile` and `CODEOWNERS` of a repository for nothing. Measured on ten real repositories (requests,
 * httpx, aiohttp, urllib3, babel, prettier, typescript-eslint, jest, hedgedoc, uptime-kuma) this adds
 * 0–10 files per repository (httpx's `scripts/`), a few kilobytes.
 */
export function isScriptCandidate(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  return (
    name !== '' && !name.includes('.') && segments.some((segment) => SCRIPT_FOLDERS.has(segment))
  );
}
