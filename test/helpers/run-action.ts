import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-cli.js';

export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js');
export const TOKEN = 'ghs_fakeInstallationTokenForTests';

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Workflow commands the runner would act on (none from inside a stop-commands block). */
  readonly commands: WorkflowCommand[];
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

export interface ActionRunOptions {
  readonly workspace: string;
  readonly apiUrl: string;
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  readonly event?: unknown;
  /** GITHUB_SHA: the commit checked out. */
  readonly sha?: string;
  readonly env?: Record<string, string>;
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
}

/** Every input with action.yml's default, as the runner passes them (`INPUT_<NAME>`, hyphens kept). */
export function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      (input.default ?? '').replace('${{ github.token }}', TOKEN),
    ]),
  );
}

/**
 * Runs the committed dist/index.js the way the Actions runner runs a node action: cwd = workspace, a
 * clean environment with the runner's variables, the file-command files, an event payload, and
 * GITHUB_API_URL pointing at the test's loopback server.
 */
export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'tlsguard-runner-'));
  const files = {
    summary: join(temp, 'step_summary'),
    output: join(temp, 'output'),
    env: join(temp, 'env'),
    path: join(temp, 'path'),
    state: join(temp, 'state'),
    event: join(temp, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const inputs = { ...defaultInputs(), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octocat/Hello-World',
    GITHUB_REPOSITORY_OWNER: 'octocat',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_REF: 'refs/pull/1347/merge',
    GITHUB_REF_NAME: '1347/merge',
    GITHUB_HEAD_REF: 'new-topic',
    GITHUB_BASE_REF: 'master',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_ACTION_PATH: REPO_ROOT,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'tlsguard',
    GITHUB_WORKFLOW: 'TLS',
    GITHUB_ACTION: '__self',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    // Anything not addressed to the loopback API would go through this dead proxy and fail fast, so
    // nothing reaches the network; @actions/http-client never proxies loopback addresses.
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  return new Promise((resolve) => {
    // Asynchronous on purpose: the fake API server answers from this same process.
    execFile(
      process.execPath,
      [ACTION_ENTRY],
      { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
          commands: workflowCommands(stdout),
          summary: readFileSync(files.summary, 'utf8'),
          outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        });
      },
    );
  });
}

/** The runner's reading of stdout: `::name k=v,k=v::message`, honouring `::stop-commands::`. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command = '', props = '', message = ''] = match;
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    commands.push({ command, properties: parseProperties(props), message: unescapeData(message) });
  }
  return commands;
}

function parseProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const index = pair.indexOf('=');
    if (index > 0) properties[pair.slice(0, index)] = unescapeProperty(pair.slice(index + 1));
  }
  return properties;
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
}

/** `name<<delimiter` blocks of GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
