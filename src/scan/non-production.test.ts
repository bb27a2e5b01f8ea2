import { describe, expect, it } from 'vitest';
import { defaultKind, pathClassifier } from './non-production.js';

describe('non-production code by path', () => {
  it.each([
    ['test/client.js', 'test'],
    ['src/__tests__/client.ts', 'test'],
    ['packages/api/spec/tls.spec.ts', 'test'],
    ['src/client.test.ts', 'test'],
    ['src/client.e2e.mjs', 'test'],
    ['test/fixtures/app/src/db.js', 'test'],
    ['src/__fixtures__/tls.js', 'test'],
    ['playwright.config.ts', 'test'],
    ['web-test-runner.config.mjs', 'test'],
    ['wdio.conf.js', 'test'],
    ['benchmark/load.js', 'benchmark'],
    ['benchmarks/tls.mjs', 'benchmark'],
    ['packages/core/bench/run.ts', 'benchmark'],
    ['examples/client/secure-client.js', 'example'],
    ['example/index.ts', 'example'],
    ['demo/server.js', 'example'],
    ['packages/ui/demos/app.tsx', 'example'],
    ['samples/mtls.js', 'example'],
    ['sample/proxy.js', 'example'],
    ['playground/try.ts', 'example'],
    ['example.js', 'example'],
    ['examples.ts', 'example'],
    ['docs/snippets/client.js', 'docs'],
    ['dev-server.js', 'tooling'],
    ['scripts/devServer.mjs', 'tooling'],
    ['src/setupProxy.js', 'tooling'],
    ['webpack.config.js', 'tooling'],
    ['webpack.dev.js', 'tooling'],
    ['apps/web/vite.config.ts', 'tooling'],
    ['src/app/test_client.py', 'test'],
    ['pkg/client_test.py', 'test'],
    ['conftest.py', 'test'],
    ['shop/orders/tests.py', 'test'],
    ['tests/integration/helpers.py', 'test'],
    ['certbot-ci/src/certbot_integration_tests/utils/misc.py', 'test'],
    ['packages/integration-tests/src/client.ts', 'test'],
    ['letstest/scripts/test_apache2.sh', 'test'],
    ['scripts/smoke-test.sh', 'test'],
    ['ci/run_tests.bash', 'test'],
    ['test.sh', 'test'],
    ['examples/aiohttp_client.py', 'example'],
  ])('%s is %s code', (path, kind) => {
    expect(defaultKind(path)).toBe(kind);
  });

  it.each([
    'src/client.js',
    'lib/exampleClient.js',
    'src/example.js',
    'src/testing/helpers.js',
    'src/contest/tls.js',
    'server/docs-api.js',
    'src/docs.js',
    'lib/benchmarker.js',
    'src/server.js',
    'webpack.prod.js',
    'src/samplesController.ts',
    'app/testing.py',
    'app/contest.py',
    'app/latest_release.py',
    'src/contests/tls.js',
    'src/tests-api/client.js',
    'lib/latests/client.js',
    'scripts/latest.sh',
    'deploy/contest.sh',
    'scripts/testify.sh',
  ])('%s is production code', (path) => {
    expect(defaultKind(path)).toBeUndefined();
  });

  it('adds configured globs, and lets `production` take a default folder back', () => {
    const classify = pathClassifier({
      nonProduction: ['tools/**', 'scripts/dev-*.js'],
      production: ['src/docs/**', 'tools/**'],
    });
    expect(classify('tools/seed.js')).toBe('configured');
    expect(classify('scripts/dev-reset.js')).toBe('configured');
    expect(classify('scripts/deploy.js')).toBeUndefined();
    expect(classify('src/docs/server.js')).toBeUndefined();
    expect(classify('docs/snippet.js')).toBe('docs');
    expect(classify('test/tls.js')).toBe('test');
    expect(pathClassifier()('examples/a.js')).toBe('example');
  });
});
