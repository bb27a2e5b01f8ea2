import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL } from '../../src/core/tool.js';
import { DIAGNOSTIC_KINDS, type DiagnosticKind } from '../../src/core/types.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummaryMarkdown } from '../../src/report/summary-markdown.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { scanResult } from '../helpers/findings.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction } from '../helpers/run-action.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifProblems } from '../helpers/sarif-schema.js';

interface SarifNotifications {
  runs: {
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: {
        descriptor: { id: string };
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    }[];
  }[];
}

interface JsonDiagnostics {
  diagnostics: { file: string; kind: string; message: string }[];
}

describe('every diagnostic kind shows in every output', () => {
  it('renderers: text, JSON, SARIF notifications (descriptor id = kind) and the job summary', () => {
    const diagnostics = DIAGNOSTIC_KINDS.map((kind) => ({
      file: `src/${kind}.js`,
      kind,
      message: `message for ${kind}`,
    }));
    const result = scanResult({ diagnostics });
    const text = renderText(result, { color: false });
    const json = JSON.parse(renderJson(result, TOOL)) as JsonDiagnostics;
    const sarif = renderSarif(result, { tool: TOOL, rules: RULES, pathPrefix: '' });
    const summary = renderSummaryMarkdown(result, {
      pathPrefix: '',
      links: { serverUrl: 'https://github.com', repository: 'o/r', commit: 'c'.repeat(40) },
      verdict: { failOn: 'new', failSeverity: 'warning', failing: 0 },
    });
    expect(sarifProblems(sarif)).toEqual([]);
    const notifications = (sarif as unknown as SarifNotifications).runs[0]!.invocations[0]!
      .toolExecutionNotifications;
    for (const kind of DIAGNOSTIC_KINDS) {
      expect(text).toContain(`  src/${kind}.js  message for ${kind}\n`);
      expect(json.diagnostics).toContainEqual({
        file: `src/${kind}.js`,
        kind,
        message: `message for ${kind}`,
      });
      const notification = notifications.find((n) => n.descriptor.id === kind);
      expect(notification?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
        `src/${kind}.js`,
      );
      expect(summary).toContain(`<code>src/${kind}.js</code> message for ${kind}`);
    }
    expect(summary).toContain(
      `Files that could not be fully analyzed (${DIAGNOSTIC_KINDS.length})`,
    );
  });

  it('the real thing: the kinds a repository can cause, through the CLI and the Action (exit 0)', async () => {
    const repo = new GitRepo({
      // Trigger words, or the prefilter would (rightly) never parse them.
      'src/broken.js': 'const = rejectUnauthorized;\n',
      'src/conflict.js':
        '<<<<<<< HEAD\nconst rejectUnauthorized = 1;\n=======\nconst a = 2;\n>>>>>>> x\n',
      'src/deep.js': `x = ${'['.repeat(10_000)}rejectUnauthorized${']'.repeat(10_000)};\n`,
      'src/big.js': 'var rejectUnauthorized;\n'.repeat(100_000),
    });
    writeFileSync(join(repo.root, 'src/binary.js'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]));
    writeFileSync(
      join(repo.root, 'src/latin1.js'),
      Buffer.from('// caf\u00e9\nconst rejectUnauthorized = 1;\n', 'latin1'),
    );
    const outside = join(mkdtempSync(join(tmpdir(), 'tlsguard-outside-')), 'x.js');
    writeFileSync(outside, 'tls.connect({ rejectUnauthorized: false });\n');
    symlinkSync(outside, join(repo.root, 'src/outside.js'));
    repo.commit('bad inputs');
    const expected: Record<string, DiagnosticKind> = {
      'src/big.js': 'too-large',
      'src/binary.js': 'binary-file',
      'src/broken.js': 'parse-error',
      'src/conflict.js': 'parse-error',
      'src/deep.js': 'too-complex',
      'src/latin1.js': 'invalid-utf8',
      'src/outside.js': 'outside-root',
    };

    const cli = await runCli(['scan', '--format', 'json', repo.root]);
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout) as JsonDiagnostics;
    expect(Object.fromEntries(json.diagnostics.map((d) => [d.file, d.kind]))).toEqual(expected);
    const text = await runCli(['scan', repo.root]);
    expect(text.code).toBe(0);
    for (const file of Object.keys(expected)) expect(text.stdout).toContain(`\n  ${file}`);

    const github = new FakeGitHub();
    try {
      const action = await runAction({
        workspace: repo.root,
        apiUrl: await github.start(),
        eventName: 'push',
        event: { after: 'x' },
        inputs: { 'sarif-file': 'out.sarif' },
      });
      expect(action.stderr).toBe('');
      expect(action.code).toBe(0);
      for (const file of Object.keys(expected)) expect(action.summary).toContain(`<code>${file}`);
      const sarif = JSON.parse(
        readFileSync(join(repo.root, 'out.sarif'), 'utf8'),
      ) as SarifNotifications;
      const notifications = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => [
        n.locations[0]!.physicalLocation.artifactLocation.uri,
        n.descriptor.id,
      ]);
      expect(Object.fromEntries(notifications)).toEqual(expected);
      expect(sarif.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
    } finally {
      await github.stop();
    }
  });
});
