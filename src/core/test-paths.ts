/**
 * Test code by path (design §4): `test/`, `tests/`, `__tests__/`, `e2e/` folders and `*.test.*` /
 * `*.spec.*` files. Findings there are real but less urgent, so they are capped at `testSeverity`.
 */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__mocks__', 'e2e', 'spec']);
const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;

export function isTestPath(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  return TEST_FILE.test(name) || segments.some((segment) => TEST_FOLDERS.has(segment));
}
