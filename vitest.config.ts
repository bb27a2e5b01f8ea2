import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const WORKFLOW_PARSER = '/node_modules/@actions/workflow-parser/';

/**
 * GitHub's workflow parser (test/workflows.test.ts) imports its JSON schemas without an import
 * attribute, which Node refuses; transformed by Vite like the project's own files, it loads. Its
 * published source maps name sources it does not ship, which Vite would warn about once per file: it
 * is loaded without them.
 */
function workflowParser(): Plugin {
  return {
    name: 'workflow-parser-without-source-maps',
    enforce: 'pre',
    async load(id) {
      if (!id.includes(WORKFLOW_PARSER) || !id.endsWith('.js')) return null;
      const code = await readFile(id, 'utf8');
      return { code: code.replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
    },
  };
}

export default defineConfig({
  plugins: [workflowParser()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: process.env.GITHUB_ACTIONS ? ['default', 'github-actions'] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: { include: ['src/**'] },
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
