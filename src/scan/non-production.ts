import { compileGlobs } from '../config/globs.js';
import type { NonProductionKind } from '../core/non-production.js';
import { nonProductionFile } from '../languages/config/files.js';

const FOLDERS: ReadonlyMap<string, NonProductionKind> = new Map([
  ...['test', 'tests', '__tests__', '__mocks__', 'e2e', 'spec', 'fixtures', '__fixtures__'].map(
    (name) => [name, 'test'] as const,
  ),
  ...['benchmark', 'benchmarks', 'bench'].map((name) => [name, 'benchmark'] as const),
  ...['example', 'examples', 'demo', 'demos', 'sample', 'samples', 'playground'].map(
    (name) => [name, 'example'] as const,
  ),
  ['docs', 'docs'],
]);
const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;
/** pytest's and unittest's conventions: `test_client.py`, `client_test.py`, `conftest.py`, Django's `tests.py`. */
const PYTHON_TEST_FILE = /^(?:test_.+|.+_test|conftest|tests)\.py$/;
/** Shell test scripts: `test.sh`, `test_apache2.sh`, `smoke-test.sh`, `run_tests.bash`. */
const SHELL_TEST_FILE = /^(?:tests?|test[-_][^/]+|[^/]+[-_]tests?)\.(?:sh|bash)$/;
/** Test runners' configuration: `playwright.config.ts`, `web-test-runner.config.mjs`, `wdio.conf.js`. */
const TEST_CONFIG =
  /^(?:playwright|vitest|jest|cypress|web-test-runner|wtr|karma|nightwatch|wdio)\.(?:config|conf)\.[cm]?[jt]sx?$/i;
/** `example.js` at the root of the scan: a quick-start script, not part of the product. */
const ROOT_EXAMPLE = /^examples?\.[cm]?[jt]sx?$/;
/** Development servers and bundler configurations: they run on a developer's machine, not in production. */
const DEV_TOOLING =
  /^(?:dev-?server|setupProxy|(?:webpack|vite|vue|rspack|rollup)\.config|webpack\.dev)\.[cm]?[jt]sx?$/i;

/** The kind of non-production code a path holds by tlsguard's defaults; undefined for production code. */
export function defaultKind(path: string): NonProductionKind | undefined {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  if ([TEST_FILE, TEST_CONFIG, PYTHON_TEST_FILE, SHELL_TEST_FILE].some((test) => test.test(name)))
    return 'test';
  for (const segment of segments) {
    const kind = FOLDERS.get(segment) ?? testSuite(segment);
    if (kind) return kind;
  }
  if (segments.length === 0 && ROOT_EXAMPLE.test(name)) return 'example';
  // Development-only configuration: `docker-compose.override.yml`, `.env.development`, `.env.test`.
  return DEV_TOOLING.test(name) ? 'tooling' : nonProductionFile(path);
}

/** Named test suites: `integration-tests/`, `certbot_integration_tests/`, `e2e_tests/`. */
function testSuite(folder: string): NonProductionKind | undefined {
  return folder.endsWith('-tests') || folder.endsWith('_tests') ? 'test' : undefined;
}

export interface ProductionGlobs {
  /** Also non-production (`.tlsguard.json` `nonProduction`). */
  readonly nonProduction?: readonly string[];
  /** Production after all, although a default pattern says otherwise (`production`). */
  readonly production?: readonly string[];
}

export type PathClassifier = (path: string) => NonProductionKind | undefined;

/** The defaults, with the user's globs (relative to the scan root) on top: `nonProduction` wins over `production`. */
export function pathClassifier(globs: ProductionGlobs = {}): PathClassifier {
  const extra = matcher(globs.nonProduction);
  const production = matcher(globs.production);
  return (path) => {
    if (extra?.(path)) return 'configured';
    return production?.(path) ? undefined : defaultKind(path);
  };
}

function matcher(globs: readonly string[] | undefined): ((path: string) => boolean) | undefined {
  return globs && globs.length > 0 ? compileGlobs(globs) : undefined;
}
