import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableCompileCache } from './compile-cache.js';
import { userCacheFolder } from './user-cache.js';

const target = module as { enableCompileCache?: (directory?: string) => unknown };
const original = target.enableCompileCache;

afterEach(() => {
  target.enableCompileCache = original;
  vi.unstubAllEnvs();
});

describe('enableCompileCache', () => {
  it("uses this user's cache folder, not the shared temp folder", () => {
    const enable = vi.fn();
    target.enableCompileCache = enable;
    vi.stubEnv('NODE_COMPILE_CACHE', '');
    vi.stubEnv('NODE_DISABLE_COMPILE_CACHE', '');
    enableCompileCache();
    expect(enable).toHaveBeenCalledWith(
      join(userCacheFolder(process.env, process.platform, homedir()) ?? '', 'node-compile-cache'),
    );
  });

  it('honours NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE', () => {
    const enable = vi.fn();
    target.enableCompileCache = enable;
    vi.stubEnv('NODE_COMPILE_CACHE', '/elsewhere');
    vi.stubEnv('NODE_DISABLE_COMPILE_CACHE', '');
    enableCompileCache();
    expect(enable).toHaveBeenCalledWith('/elsewhere');
    vi.stubEnv('NODE_DISABLE_COMPILE_CACHE', '1');
    enableCompileCache();
    expect(enable).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a Node without a compile cache, and never throws', () => {
    target.enableCompileCache = undefined;
    expect(() => {
      enableCompileCache();
    }).not.toThrow();
    target.enableCompileCache = () => {
      throw new Error('EACCES');
    };
    expect(() => {
      enableCompileCache();
    }).not.toThrow();
  });
});
