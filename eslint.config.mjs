// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Import boundaries of design §3: the pipeline's stages are pure; only the adapters touch the world. */
const NODE_IO = [
  'node:fs',
  'node:fs/promises',
  'fs',
  'fs/promises',
  'node:child_process',
  'child_process',
];
const ACTIONS = ['@actions/*'];

/**
 * @param {string[]} paths module names that may not be imported
 * @param {string[]} patterns import path globs that may not be imported
 * @param {string} why
 */
function forbid(paths, patterns, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message: why })),
        patterns: [{ group: [...patterns, ...ACTIONS], message: why }],
      },
    ],
  };
}

const EDGES = ['**/action/**', '**/cli/**'];
const ORCHESTRATOR = ['**/scan/**'];
const STAGES = [
  '**/discover/**',
  '**/prefilter/**',
  '**/engine/**',
  '**/baseline/**',
  '**/config/**',
  '**/cache/**',
  '**/policy/**',
];
const LANGUAGES = ['**/languages/**'];
const RULES = ['**/rules/**'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/', 'bench/.corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: forbid(
      NODE_IO,
      [
        ...EDGES,
        ...ORCHESTRATOR,
        ...STAGES,
        ...LANGUAGES,
        ...RULES,
        '**/report/**',
        '**/platform/**',
      ],
      'core/ is vocabulary only: types, the rule contract and the language seam, no stage and no language.',
    ),
  },
  {
    files: [
      'src/scan/**',
      'src/discover/**',
      'src/prefilter/**',
      'src/engine/**',
      'src/baseline/**',
      'src/config/**',
      'src/policy/**',
    ],
    rules: forbid(
      NODE_IO,
      EDGES,
      'Stages are pure: I/O comes in through core/io.ts; only action/ and cli/ are adapters.',
    ),
  },
  {
    files: ['src/languages/**'],
    rules: forbid(
      NODE_IO,
      [...EDGES, ...ORCHESTRATOR, '**/report/**', '**/platform/**', '!**/platform/tree-sitter.js'],
      'A language parses and runs its checkers: it sees core/, the engine, its own rules and the tree-sitter loader, not the orchestrator or the edges.',
    ),
  },
  {
    files: ['src/rules/**'],
    rules: forbid(
      NODE_IO,
      [
        ...EDGES,
        ...ORCHESTRATOR,
        ...STAGES,
        '**/report/**',
        '**/platform/**',
        // The config language and the rules' helpers for it are not the configuration stage.
        '!**/languages/config/**',
        '!../config/**',
      ],
      'Rules see only core/, their language (languages/<language>/) and rules/ itself.',
    ),
  },
  {
    files: ['src/eslint/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_IO.map((name) => ({
              name,
              message: 'The ESLint plugin runs inside ESLint, which reads the files.',
            })),
            {
              name: 'eslint',
              allowTypeImports: true,
              message:
                'Types only: the plugin runs in the user’s ESLint, and a value import would bundle a second one.',
            },
          ],
          patterns: [
            {
              group: [...EDGES, '**/report/**', '**/platform/**', ...ACTIONS],
              message:
                'The ESLint plugin sees core/, the engine, the JavaScript language, the rules, the prefilter and the path classifier; ESLint is its edge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/report/**'],
    rules: forbid(
      NODE_IO,
      [...EDGES, ...ORCHESTRATOR, ...STAGES, ...LANGUAGES, ...RULES],
      'Renderers are pure functions of core types.',
    ),
  },
  {
    files: ['src/platform/**'],
    rules: forbid(
      [],
      EDGES,
      'Platform adapters implement core/io.ts for Node; they do not know the CLI or the Action.',
    ),
  },
  {
    files: ['src/cli/**'],
    rules: forbid([], ['**/action/**'], 'The CLI does not depend on the Action adapter.'),
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
