import { describe, expect, it } from 'vitest';
import { normalizeRelative, repoPath } from './repo-path.js';

describe('repository-relative paths', () => {
  it('prefixes the scan root and drops ./ and leading or trailing slashes', () => {
    expect(repoPath('', 'src/a.js')).toBe('src/a.js');
    expect(repoPath('packages/api', 'src/a.js')).toBe('packages/api/src/a.js');
    expect(repoPath('./packages/api/', './src/a.js')).toBe('packages/api/src/a.js');
    expect(repoPath('/packages//api', '/src/a.js')).toBe('packages/api/src/a.js');
  });

  it('keeps a backslash in a POSIX file name, converts Windows separators only when told', () => {
    expect(repoPath('', 'src/a\\b.js')).toBe('src/a\\b.js');
    expect(normalizeRelative('.\\packages\\api\\', { windows: true })).toBe('packages/api');
    expect(normalizeRelative('.')).toBe('');
  });
});
