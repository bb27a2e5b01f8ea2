import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { scan } from '../core/scan.js';
import { resolveSettings } from '../core/settings.js';
import { failingFindings } from '../core/verdict.js';
import { renderText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { nodeFileSystem } from '../platform/node-fs.js';
import { nodeGit } from '../platform/node-git.js';

/** The Action: scan the workspace, print the findings, fail the step on new findings. */
export async function run(): Promise<void> {
  try {
    const workspace = nodeFileSystem.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const root = nodeFileSystem.resolve(workspace, core.getInput('path') || '.');
    const settings = await resolveSettings(root, [root], {}, RULES, nodeFileSystem);
    const result = await scan(settings.scan, {
      fs: nodeFileSystem,
      git: nodeGit,
      now: () => performance.now(),
      logger: { debug: (m) => core.debug(m), warn: (m) => core.warning(m) },
    });
    core.info(renderText(result, { color: false }));
    const failing = failingFindings(result.findings, settings.failOn, settings.failSeverity);
    if (failing.length > 0) core.setFailed(`${failing.length} new insecure TLS finding(s)`);
  } catch (error) {
    core.setFailed(
      error instanceof UsageError ? error.message : `tlsguard failed: ${String(error)}`,
    );
  }
}
