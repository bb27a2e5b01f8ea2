import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/run-cli.js';

interface Report {
  findings: {
    ruleId: string;
    file: string;
    line: number;
    severity: string;
    status: string;
    message: string;
  }[];
  suppressed: { ruleId: string; file: string; line: number; reason: string }[];
  stats: { filesSkipped: Record<string, number> };
}

const INSECURE = {
  'src/client.js': 'tls.connect({ rejectUnauthorized: false })\n',
  'src/env.js': "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'\n",
  'src/fixtures/sample.js': 'tls.connect({ rejectUnauthorized: false })\n',
};

async function scanJson(folder: string, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', ...args, folder]);
  return { ...run, report: run.code === 2 ? undefined : (JSON.parse(run.stdout) as Report) };
}

describe('.tlsguard.json (dist/cli)', () => {
  it('turns rules off, sets their severity, and excludes paths', async () => {
    const folder = tempProject({
      ...INSECURE,
      '.tlsguard.json': JSON.stringify({
        rules: {
          'no-tls-verification-env-override': 'off',
          'no-disabled-cert-verification': 'note',
        },
        exclude: ['**/fixtures/**'],
      }),
    });
    const { code, report } = await scanJson(folder);
    expect(report?.findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([
      ['src/client.js', 'no-disabled-cert-verification', 'note'],
    ]);
    expect(report?.stats.filesSkipped).toEqual({ 'ignored-by-config': 1 });
    expect(code).toBe(0);
  });

  it('lets flags beat the file', async () => {
    const folder = tempProject({ ...INSECURE, '.tlsguard.json': '{"failOn": "none"}' });
    expect((await scanJson(folder)).code).toBe(0);
    expect((await scanJson(folder, '--fail-on', 'new')).code).toBe(1);
  });

  it.each([
    ['{"exclde": []}', 'unknown key "exclde" (did you mean "exclude"?)'],
    [
      '{"rules": {"no-disabled-cert": "off"}}',
      'unknown rule "no-disabled-cert" in "rules" (did you mean "no-disabled-cert-verification"?)',
    ],
    [
      '{"failSeverity": "critical"}',
      '"failSeverity" must be one of note, warning, error (got "critical")',
    ],
    ['{ "rules": { } ', 'is not valid JSON: close brace expected (line 1, column 16)'],
  ])('stops with exit 2 naming the file and the problem: %s', async (content, message) => {
    const folder = tempProject({ ...INSECURE, '.tlsguard.json': content });
    const run = await scanJson(folder);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`tlsguard: ${folder}/.tlsguard.json: ${message}\n`);
  });

  it('matches a glob that backtracks catastrophically in a RegExp at once (picomatch: 158 s per path)', async () => {
    const name = `${'a'.repeat(60)}.js`;
    const folder = tempProject({
      '.tlsguard.json': '{ "exclude": ["**/*a*a*a*a*a*a*a*a*a*b"] }\n',
      [name]: 'https.get(u, { rejectUnauthorized: false });\n',
      [`src/${name}`]: 'https.get(u, { rejectUnauthorized: false });\n',
    });
    const started = performance.now();
    const run = await runCli(['scan', '--format', 'json', folder]);
    expect(performance.now() - started).toBeLessThan(5_000); // mostly Node's start-up
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
    expect(report.findings.map((f) => f.file)).toEqual([name, `src/${name}`]);
  }, 20_000);

  it('refuses a glob it would read differently from what it says (exit 2, naming the key)', async () => {
    const folder = tempProject({ '.tlsguard.json': '{ "exclude": ["src/+(a|b).js"] }\n' });
    const run = await runCli(['scan', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"exclude[0]" "src/+(a|b).js" uses "(": extended globs');
  });

  it('caps non-production code, adds configured globs and takes a default folder back', async () => {
    const insecure = 'tls.connect({ rejectUnauthorized: false })\n';
    const folder = tempProject({
      'src/client.js': insecure,
      'examples/client.js': insecure,
      'tools/seed.js': insecure,
      'docs/server.js': insecure,
      '.tlsguard.json': JSON.stringify({ nonProduction: ['tools/**'], production: ['docs/**'] }),
    });
    const severities = (report: Report | undefined) =>
      report?.findings.map((f) => `${f.file} ${f.severity}`);
    const configured = await scanJson(folder);
    expect(severities(configured.report)).toEqual([
      'docs/server.js error',
      'examples/client.js note',
      'src/client.js error',
      'tools/seed.js note',
    ]);
    expect(configured.report?.findings[1]?.message).toContain(
      '(In example code: reported as note.)',
    );
    expect(configured.report?.findings[3]?.message).toContain(
      '(In code .tlsguard.json declares non-production: reported as note.)',
    );
    const flagged = await scanJson(folder, '--non-production', 'src/**', '--production', 'x/**');
    expect(severities(flagged.report)).toEqual([
      'docs/server.js note',
      'examples/client.js note',
      'src/client.js note',
      'tools/seed.js error',
    ]);
    expect(flagged.code).toBe(1);
  });

  it('reads a named config file, and requires it to exist', async () => {
    const folder = tempProject({ ...INSECURE, 'ci/tls.json': '{"exclude": ["src/**"]}' });
    expect((await scanJson(folder, '--config', `${folder}/ci/tls.json`)).report?.findings).toEqual(
      [],
    );
    const missing = await scanJson(folder, '--config', `${folder}/ci/none.json`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ci/none.json: configuration file not found');
  });
});

describe('inline suppressions (dist/cli)', () => {
  it('suppress with a reason; report a missing reason, an unknown rule and an unused suppression', async () => {
    const folder = tempProject({
      'a.js': [
        '// tlsguard-ignore-next-line no-disabled-cert-verification -- fixture server with a throw-away cert',
        'tls.connect({ rejectUnauthorized: false })',
        'tls.connect({ rejectUnauthorized: false }) /* tlsguard-ignore no-disabled-cert-verification */',
        "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // tlsguard-ignore no-tls-verification-env-overide -- typo",
        '// tlsguard-ignore-next-line no-disabled-cert-verification -- nothing here any more',
        'const fixed = true',
      ].join('\n'),
    });
    const { code, report } = await scanJson(folder);
    expect(report?.suppressed).toEqual([
      {
        ruleId: 'no-disabled-cert-verification',
        file: 'a.js',
        line: 2,
        column: 15,
        fingerprint: expect.any(String) as unknown,
        reason: 'fixture server with a throw-away cert',
      },
    ]);
    expect(report?.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      'a.js:3 no-disabled-cert-verification error',
      'a.js:3 tlsguard/suppression warning',
      'a.js:4 no-tls-verification-env-override error',
      'a.js:4 tlsguard/suppression warning',
      'a.js:5 tlsguard/suppression note',
    ]);
    expect(code).toBe(1);
  });

  it('reports a stale suppression even in a file no rule needs to parse', async () => {
    const folder = tempProject({
      'a.js': '// tlsguard-ignore-next-line no-disabled-cert-verification -- old\nok()\n',
    });
    const { report } = await scanJson(folder);
    expect(report?.findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      '1 tlsguard/suppression note',
    ]);
  });
});
