import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { hasPolicyChanges, type PolicySource } from '../core/policy.js';
import { scan } from '../scan/scan.js';
import { resolveSettings, type Settings } from '../scan/settings.js';
import { TOOL } from '../core/tool.js';
import type { Finding, ScanResult } from '../core/types.js';
import { failingFindings } from '../scan/verdict.js';
import {
  ANNOTATIONS_PER_LEVEL,
  annotationCandidates,
  annotationText,
  failureMessage,
  planAnnotations,
} from '../report/annotations.js';
import type { GitHubReportContext } from '../report/github-context.js';
import { renderPrComment } from '../report/pr-comment-markdown.js';
import { renderSarif } from '../report/sarif.js';
import { planStepAnnotations } from '../report/step-annotations.js';
import { renderSummaryMarkdown } from '../report/summary-markdown.js';
import { renderText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { nodeFileSystem } from '../platform/node-fs.js';
import { nodeGit } from '../platform/node-git.js';
import { chooseBaseRef } from './base-ref.js';
import { changedLinesSince } from './changed-lines.js';
import { createClient } from './github-api.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { publishAnnotations } from './publish-annotations.js';
import { publishCheckRun } from './publish-check-run.js';
import { commentMarker, publishComment } from './publish-comment.js';
import { publishSarif } from './publish-sarif.js';
import { publishSummary } from './publish-summary.js';
import { scanRootPrefix } from './repo-layout.js';
import { readRunnerContext, type RunnerContext } from './runner-context.js';
import { StepLog } from './step-log.js';

/**
 * The Action: inputs → the same scan as the CLI → reports → outcome. The step fails for failing findings
 * or a configuration error only; a report GitHub refuses is a warning.
 */
export async function run(): Promise<void> {
  const log = new StepLog();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    // The runner masks `${{ secrets.* }}` and `github.token`, but a token built any other way is not.
    if (inputs.token !== '') core.setSecret(inputs.token);
    const context = readRunnerContext(process.env, readJson, process.cwd());
    const root = nodeFileSystem.resolve(context.workspace, inputs.path);
    const choice = await chooseBaseRef(inputs.baseRef, context, root, nodeGit);
    if (choice.warning !== undefined) log.warning(choice.warning);
    const policy = policySource(inputs.policy, context, choice.baseRef);
    const changedOnly = diffMode(inputs.changedOnly, context, choice.baseRef, log);
    const settings = await settingsFor(inputs, context.workspace, root, {
      baseRef: choice.baseRef,
      changedOnly,
      policy,
    });
    const result = await scan(
      { ...settings.scan, committedChanges: true },
      {
        fs: nodeFileSystem,
        git: nodeGit,
        now: () => performance.now(),
        logger: { debug: (m) => log.debug(m), warn: (m) => log.warning(m) },
      },
    );
    log.untrusted(renderText(result, { color: false }), randomUUID());
    const failing = failingFindings(result.findings, settings.failOn, settings.failSeverity);
    await publish(
      { inputs, context, settings, result, failing, root, baseRef: choice.baseRef },
      log,
    );
    conclude(failing, settings, log);
  } catch (error) {
    // A configuration or baseline error quotes the file: its text is the repository's.
    if (error instanceof UsageError) core.setFailed(annotationText(error.message));
    else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(`tlsguard failed: ${String(error)}`);
    }
  }
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Diff mode (design §6, performance): on a pull request with a known base only the changed files are
 * scanned, so a small pull request in a large repository costs what its files cost.
 */
function diffMode(
  input: boolean | 'auto',
  context: RunnerContext,
  baseRef: string | undefined,
  log: StepLog,
): boolean {
  if (input === false) return false;
  if (baseRef !== undefined) return input === true || context.pullRequest !== undefined;
  if (input === true) {
    log.warning(
      'changed-only needs a base revision to compare with (a pull request base or the `base-ref` input); scanning every file.',
    );
  }
  return false;
}

/**
 * `policy: base` on a pull request needs its base commit: judging it by its own files instead would
 * defeat the point, so a missing base stops the step. Elsewhere (a push) the work tree is the policy.
 */
function policySource(
  input: PolicySource,
  context: RunnerContext,
  baseRef: string | undefined,
): PolicySource {
  if (input === 'base' && baseRef === undefined && context.pullRequest !== undefined)
    throw new UsageError(
      '`policy: base` needs the pull request’s base commit, which is not in the clone: add `with: { fetch-depth: 2 }` to the actions/checkout step.',
    );
  return baseRef === undefined ? 'head' : input;
}

/** Inputs name files relative to the workspace, like every path in a workflow. */
async function settingsFor(
  inputs: ActionInputs,
  workspace: string,
  root: string,
  base: { baseRef: string | undefined; changedOnly: boolean; policy: PolicySource },
): Promise<Settings> {
  const { baseRef, changedOnly, policy } = base;
  const fs = nodeFileSystem;
  const workspaceRelative = (path: string) => fs.resolve(workspace, path);
  return resolveSettings(
    root,
    [root],
    {
      ...(inputs.config === undefined ? {} : { config: workspaceRelative(inputs.config) }),
      ...(inputs.baseline === undefined
        ? {}
        : { baseline: inputs.baseline === false ? false : workspaceRelative(inputs.baseline) }),
      ...(baseRef === undefined ? {} : { baseRef }),
      ...(changedOnly ? { changedOnly } : {}),
      ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
      ...(inputs.failSeverity === undefined ? {} : { failSeverity: inputs.failSeverity }),
      policy,
      ...(inputs.nonProduction === undefined ? {} : { nonProduction: inputs.nonProduction }),
      ...(inputs.production === undefined ? {} : { production: inputs.production }),
      ...(inputs.pythonVersion === undefined ? {} : { pythonVersion: inputs.pythonVersion }),
    },
    RULES,
    fs,
    nodeGit,
  );
}

interface RunReport {
  readonly inputs: ActionInputs;
  readonly context: RunnerContext;
  readonly settings: Settings;
  readonly result: ScanResult;
  readonly failing: readonly Finding[];
  readonly root: string;
  readonly baseRef: string | undefined;
}

/** Every channel; writes to GitHub come first, because their warnings count against the annotation budget. */
async function publish(report: RunReport, log: StepLog): Promise<void> {
  const pathPrefix = await scanRootPrefix(report.root, report.context.workspace);
  const reportContext = githubReportContext(report, pathPrefix);
  const sarifPath = await writeSarif(report, pathPrefix, log);
  await publishToGitHub(report, reportContext, log);
  if (report.inputs.summary) {
    const sarifFile = sarifPath === undefined ? {} : { sarifFile: report.inputs.sarifFile ?? '' };
    await publishSummary(renderSummaryMarkdown(report.result, reportContext, sarifFile), log);
  }
  if (report.inputs.annotations) {
    const changedLines =
      report.baseRef === undefined
        ? undefined
        : await changedLinesSince(report.root, report.baseRef);
    const annotations = planStepAnnotations(report.result, report.failing, {
      pathPrefix,
      ...(changedLines === undefined ? {} : { changedLines }),
      alreadyUsed: log.used,
      subject: report.context.pullRequest === undefined ? 'This change' : 'This pull request',
    });
    publishAnnotations(annotations, log);
  }
  setOutputs(report.result, sarifPath);
}

async function writeSarif(
  report: RunReport,
  pathPrefix: string,
  log: StepLog,
): Promise<string | undefined> {
  const file = report.inputs.sarifFile;
  if (file === undefined) return undefined;
  const sarif = renderSarif(report.result, { tool: TOOL, rules: RULES, pathPrefix });
  const { workspace } = report.context;
  return publishSarif(sarif, nodeFileSystem.resolve(workspace, file), workspace, log);
}

/** The sticky comment and the optional check run: the two channels that need a token with write access. */
async function publishToGitHub(
  report: RunReport,
  reportContext: GitHubReportContext,
  log: StepLog,
): Promise<void> {
  const { inputs, context, result } = report;
  const wantsComment = inputs.comment && context.pullRequest !== undefined;
  if (!wantsComment && !inputs.checkRun) return;
  if (inputs.token === '') {
    log.warning(
      'tlsguard has no token (the `token` input is empty), so it cannot comment or create a check run. Leave `token` at its default, `${{ github.token }}`.',
    );
    return;
  }
  const client = createClient(inputs.token);
  const freshCount = result.findings.filter((f) => f.status === 'new').length;
  if (wantsComment) {
    const marker = commentMarker(context, reportContext.pathPrefix);
    const body = renderPrComment(result, reportContext, { marker });
    const clean = freshCount === 0 && !hasPolicyChanges(result.policy);
    await publishComment(client, context, { body, marker, clean }, log);
  }
  if (inputs.checkRun) {
    const all = planAnnotations(annotationCandidates(result.findings, report.failing), {
      pathPrefix: reportContext.pathPrefix,
      perLevel: Number.MAX_SAFE_INTEGER,
    });
    const prefix = reportContext.pathPrefix;
    await publishCheckRun(
      client,
      context,
      {
        name: prefix === '' ? 'tlsguard' : `tlsguard (${prefix})`,
        title:
          freshCount === 0
            ? 'No new insecure TLS usage'
            : `${freshCount} new insecure TLS finding${freshCount === 1 ? '' : 's'}`,
        summary: renderPrComment(result, reportContext, {}),
        failing: report.failing.length > 0,
        annotations: all.annotations,
      },
      log,
    );
  }
}

function githubReportContext(report: RunReport, pathPrefix: string): GitHubReportContext {
  const { context, settings } = report;
  const commit = context.pullRequest?.headSha ?? context.sha;
  return {
    pathPrefix,
    ...(context.repository && commit
      ? {
          links: {
            serverUrl: context.serverUrl,
            repository: context.repository,
            commit,
            ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
          },
        }
      : {}),
    verdict: {
      failOn: settings.failOn,
      failSeverity: settings.failSeverity,
      failing: report.failing.length,
    },
    ...(settings.scan.changedSince === undefined
      ? {}
      : { changedSince: settings.scan.changedSince }),
    ...(context.pullRequest === undefined ? {} : { pullRequest: true }),
  };
}

function setOutputs(result: ScanResult, sarifPath: string | undefined): void {
  const fresh = result.findings.filter((f) => f.status === 'new').length;
  core.setOutput('new-count', fresh);
  core.setOutput('unchanged-count', result.findings.length - fresh);
  core.setOutput(
    'fixed-count',
    result.fixed.reduce((sum, entry) => sum + entry.count, 0),
  );
  core.setOutput('total-count', result.findings.length);
  core.setOutput('sarif-file', sarifPath ?? '');
  const policy = result.policy;
  core.setOutput(
    'policy-changes',
    policy === undefined
      ? 0
      : policy.acceptedEntries.length +
          policy.rules.length +
          policy.settings.length +
          policy.suppressions.length,
  );
}

/**
 * Fails the step for failing findings. The failure message is an error annotation too, so it is only
 * printed as one while the findings left room for it; otherwise the exit code carries the failure.
 */
function conclude(failing: readonly Finding[], settings: Settings, log: StepLog): void {
  if (failing.length === 0) return;
  const message = failureMessage(failing.length, settings.failOn, settings.failSeverity);
  if (log.used.error < ANNOTATIONS_PER_LEVEL) core.setFailed(message);
  else {
    log.info(`Error: ${message}`);
    process.exitCode = core.ExitCode.Failure;
  }
}
