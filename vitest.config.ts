import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: process.env.GITHUB_ACTIONS ? ['default', 'github-actions'] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: { include: ['src/**'] },
  },
});
