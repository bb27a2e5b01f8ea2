import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userCacheFolder } from './user-cache.js';

describe.runIf(process.platform === 'linux')('userCacheFolder on Linux', () => {
  it('follows XDG_CACHE_HOME, else ~/.cache', () => {
    expect(userCacheFolder({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/tlsguard');
    expect(userCacheFolder({})).toBe(join(homedir(), '.cache', 'tlsguard'));
  });
});
