import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_ALGORITHM } from '../../src/engine/fingerprint.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli, tempProject } from '../helpers/run-cli.js';

const INSECURE = 'https.get(u, { rejectUnauthorized: false });\n';
const HEADER = `{"version": 1, "fingerprintAlgorithm": "${FINGERPRINT_ALGORITHM}", "findings": `;

function baselineWith(path: string): string {
  return `${HEADER}[{"ruleId": "no-disabled-cert-verification", "path": ${JSON.stringify(path)}, "fingerprint": "0123456789abcdef0123"}]}\n`;
}

describe('paths from files in the repository cannot reach outside it', () => {
  it.each(['../outside.js', '/etc/passwd', 'src/../../x.js'])(
    'a baseline entry with path %j: exit 2, naming the entry; nothing is scanned or written',
    async (path) => {
      const repo = new GitRepo({ 'app/src/a.js': INSECURE });
      writeFileSync(join(repo.root, 'app/.tlsguard-baseline.json'), baselineWith(path));
      const before = readFileSync(join(repo.root, 'app/.tlsguard-baseline.json'), 'utf8');
      for (const command of ['scan', 'baseline']) {
        const run = await runCli([command, join(repo.root, 'app')]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(
          'findings[0].path must be a relative path inside the repository',
        );
      }
      expect(readFileSync(join(repo.root, 'app/.tlsguard-baseline.json'), 'utf8')).toBe(before);
    },
  );

  it('a "baseline" key in .tlsguard.json pointing outside its folder: exit 2', async () => {
    const folder = tempProject({
      'app/.tlsguard.json': '{"baseline": "../../shared/baseline.json"}',
      'app/a.js': INSECURE,
    });
    const run = await runCli(['scan', join(folder, 'app')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"baseline" must be a relative path below the configuration file');
  });

  it('`tlsguard baseline` refuses a baseline that is a symbolic link (exit 2); it never writes through it', async () => {
    const outside = tempProject({ 'target.json': `${HEADER}[]}\n` });
    const folder = tempProject({ 'a.js': INSECURE });
    const link = join(folder, '.tlsguard-baseline.json');
    symlinkSync(join(outside, 'target.json'), link);
    const run = await runCli(['baseline', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `tlsguard: ${link}: tlsguard did not write it: ${link} is a symbolic link; tlsguard does not write through links (name its target instead)\n`,
    );
    expect(readFileSync(join(outside, 'target.json'), 'utf8')).toBe(`${HEADER}[]}\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
