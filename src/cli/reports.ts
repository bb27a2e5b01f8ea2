import { TOOL } from '../core/tool.js';
import type { Finding, ScanResult } from '../core/types.js';
import { failureMessage, ANNOTATIONS_PER_LEVEL } from '../report/annotations.js';
import type { GitHubLinks, GitHubReportContext } from '../report/github-context.js';
import { renderGitLab } from '../report/gitlab.js';
import { renderJson } from '../report/json.js';
import { renderJUnit } from '../report/junit.js';
import { renderSarif, sarifJson } from '../report/sarif.js';
import { planStepAnnotations } from '../report/step-annotations.js';
import { renderSummaryMarkdown } from '../report/summary-markdown.js';
import { renderText } from '../report/text.js';
import { failureCommand, inertText, workflowCommand } from '../report/workflow-commands.js';
import { RULES } from '../rules/index.js';
import type { Settings } from '../scan/settings.js';
import type { OutputFormat } from './args.js';

/** Everything a report is made from. */
export interface ReportInput {
  readonly result: ScanResult;
  readonly settings: Settings;
  readonly failing: readonly Finding[];
  /** The scan root relative to the repository root ('' outside git or at its top). */
  readonly pathPrefix: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** For the github format: the token that switches workflow commands off around the text report. */
  readonly stopToken: string;
}

/** One report in one format. `color`: ANSI colours in the text report (a terminal without NO_COLOR). */
export function renderReport(format: OutputFormat, input: ReportInput, color: boolean): string {
  const { result, pathPrefix } = input;
  switch (format) {
    case 'text':
      return renderText(result, { color });
    case 'json':
      return renderJson(result, TOOL);
    case 'sarif':
      return sarifJson(renderSarif(result, { tool: TOOL, rules: RULES, pathPrefix }));
    case 'github':
      return githubCommands(input);
    case 'markdown':
      return renderSummaryMarkdown(result, githubContext(input));
    case 'gitlab':
      return renderGitLab(result, { pathPrefix });
    case 'junit':
      return renderJUnit(result, {
        ruleIds: input.settings.scan.rules.map((rule) => rule.id),
        failing: input.failing,
        pathPrefix,
      });
  }
}

/**
 * What the Action prints into a step's log: the text report with workflow commands switched off around
 * it, then the same annotations (policy notices, findings within GitHub's 10 per level, "N more"), then
 * the failure as an error while one is left.
 */
function githubCommands(input: ReportInput): string {
  const annotations = planStepAnnotations(input.result, input.failing, {
    pathPrefix: input.pathPrefix,
    subject: pullRequest(input.env) ? 'This pull request' : 'This change',
  });
  const { failOn, failSeverity } = input.settings;
  const errors = annotations.filter((a) => a.level === 'error').length;
  const failure =
    input.failing.length > 0 && errors < ANNOTATIONS_PER_LEVEL
      ? failureCommand(failureMessage(input.failing.length, failOn, failSeverity))
      : '';
  return `${inertText(renderText(input.result, { color: false }), input.stopToken)}${annotations.map(workflowCommand).join('')}${failure}`;
}

/** The job summary's context; on GitHub Actions (its variables set) with links to the run's commit. */
function githubContext(input: ReportInput): GitHubReportContext {
  const links = githubLinks(input.env);
  const changedSince = input.settings.scan.changedSince;
  return {
    pathPrefix: input.pathPrefix,
    ...(links === undefined ? {} : { links }),
    verdict: {
      failOn: input.settings.failOn,
      failSeverity: input.settings.failSeverity,
      failing: input.failing.length,
    },
    ...(changedSince === undefined ? {} : { changedSince }),
    ...(pullRequest(input.env) ? { pullRequest: true } : {}),
  };
}

function githubLinks(env: ReportInput['env']): GitHubLinks | undefined {
  const { GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID } = env;
  if (GITHUB_ACTIONS !== 'true' || !GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_SHA)
    return undefined;
  let server = GITHUB_SERVER_URL;
  while (server.endsWith('/')) server = server.slice(0, -1);
  return {
    serverUrl: server,
    repository: GITHUB_REPOSITORY,
    commit: GITHUB_SHA,
    ...(GITHUB_RUN_ID
      ? { runUrl: `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` }
      : {}),
  };
}

function pullRequest(env: ReportInput['env']): boolean {
  return env.GITHUB_ACTIONS === 'true' && (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request');
}
