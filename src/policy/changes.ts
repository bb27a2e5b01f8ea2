import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Config, FailOn, RuleSetting } from '../config/config.js';
import type {
  AddedEntry,
  PolicyChanges,
  PolicySource,
  RuleChange,
  SettingChange,
} from '../core/policy.js';
import { severityRank } from '../core/severity.js';
import type { BaselineEntry, Finding, Severity, SuppressedFinding } from '../core/types.js';

/** One side of the comparison. */
export interface PolicySnapshot {
  readonly config: Config;
  /** Undefined: no baseline file (or baselines are off). Paths relative to the scan root. */
  readonly baseline: readonly BaselineEntry[] | undefined;
}

export interface PolicyInput {
  readonly baseRef: string;
  readonly source: PolicySource;
  readonly base: PolicySnapshot;
  readonly head: PolicySnapshot;
  /** The change's own files as text, to place each change on its line. */
  readonly headText: { readonly config?: string; readonly baseline?: string };
  readonly configFile: string;
  readonly baselineFile?: string;
  readonly newSuppressions: readonly SuppressedFinding[];
  readonly acceptedFindings: number;
  /** A rule's severity when the configuration does not set one: its most severe message's. */
  readonly defaultSeverity: (ruleId: string) => Severity;
  readonly problems: readonly string[];
}

export function policyChanges(input: PolicyInput): PolicyChanges {
  const configTree =
    input.headText.config === undefined ? undefined : parseTree(input.headText.config);
  const lineOf = (path: (string | number)[]) =>
    lineAt(input.headText.config, configTree && findNodeAtLocation(configTree, path));
  return {
    baseRef: input.baseRef,
    source: input.source,
    configFile: input.configFile,
    ...(input.baselineFile === undefined ? {} : { baselineFile: input.baselineFile }),
    acceptedEntries: addedEntries(
      input.base.baseline,
      input.head.baseline,
      input.headText.baseline,
    ),
    rules: ruleChanges(input.base.config, input.head.config, input.defaultSeverity).map((change) =>
      withLine(change, lineOf(['rules', change.ruleId]) ?? lineOf(['rules'])),
    ),
    settings: settingChanges(input.base.config, input.head.config).map((change) =>
      withLine(change, lineOf([change.key])),
    ),
    suppressions: input.newSuppressions,
    acceptedFindings: input.acceptedFindings,
    problems: input.problems,
  };
}

function withLine<T extends object>(change: T, line: number | undefined): T {
  return line === undefined ? change : { ...change, line };
}

const identity = (entry: BaselineEntry) =>
  JSON.stringify([entry.ruleId, entry.path, entry.fingerprint, entry.scope ?? '']);

function addedEntries(
  base: readonly BaselineEntry[] | undefined,
  head: readonly BaselineEntry[] | undefined,
  headText: string | undefined,
): AddedEntry[] {
  const before = new Map((base ?? []).map((entry) => [identity(entry), entry.count]));
  const lines = headText?.split(/\r?\n/) ?? [];
  const added: AddedEntry[] = [];
  for (const entry of head ?? []) {
    const count = entry.count - (before.get(identity(entry)) ?? 0);
    if (count <= 0) continue;
    // One entry per line (serializeBaseline): the line holding its fingerprint and path.
    const index = lines.findIndex(
      (line) => line.includes(entry.fingerprint) && line.includes(JSON.stringify(entry.path)),
    );
    added.push({ entry, added: count, ...(index < 0 ? {} : { line: index + 1 }) });
  }
  return added;
}

function ruleChanges(
  base: Config,
  head: Config,
  defaultSeverity: (ruleId: string) => Severity,
): RuleChange[] {
  const ids = new Set([...Object.keys(base.rules ?? {}), ...Object.keys(head.rules ?? {})]);
  const changes: RuleChange[] = [];
  for (const ruleId of [...ids].sort()) {
    const from = base.rules?.[ruleId] ?? 'default';
    const to = head.rules?.[ruleId] ?? 'default';
    const rank = (setting: RuleSetting | 'default') =>
      setting === 'off'
        ? -1
        : severityRank(setting === 'default' ? defaultSeverity(ruleId) : setting);
    if (rank(to) < rank(from)) changes.push({ ruleId, from, to });
  }
  return changes;
}

/** From the weakest setting to the strictest. */
const FAIL_ON_STRICTNESS: readonly FailOn[] = ['none', 'new', 'any'];
/** Failing at `note` fails on the most. */
const FAIL_SEVERITY_STRICTNESS: readonly Severity[] = ['error', 'warning', 'note'];
const TEST_SEVERITY_STRICTNESS: readonly Severity[] = ['note', 'warning', 'error'];

const DEFAULTS: Readonly<Record<'failOn' | 'failSeverity' | 'testSeverity', string>> = {
  failOn: 'new',
  failSeverity: 'warning',
  testSeverity: 'note',
};

function settingChanges(base: Config, head: Config): SettingChange[] {
  const changes: SettingChange[] = [];
  const weakened = (key: 'failOn' | 'failSeverity' | 'testSeverity', order: readonly string[]) => {
    const from = base[key] ?? DEFAULTS[key];
    const to = head[key] ?? DEFAULTS[key];
    if (order.indexOf(to) < order.indexOf(from))
      changes.push({ key, from: shown(base[key]), to: shown(head[key]) });
  };
  weakened('failOn', FAIL_ON_STRICTNESS);
  weakened('failSeverity', FAIL_SEVERITY_STRICTNESS);
  weakened('testSeverity', TEST_SEVERITY_STRICTNESS);
  // Which files are scanned, which baseline accepts findings, which are ignored: any change can hide one.
  for (const key of ['include', 'exclude', 'baseline', 'ignore'] as const) {
    const from = shown(base[key]);
    const to = shown(head[key]);
    if (from !== to) changes.push({ key, from, to });
  }
  return changes;
}

function shown(value: unknown): string {
  return value === undefined ? 'default' : JSON.stringify(value);
}

function lineAt(text: string | undefined, node: JsonNode | undefined): number | undefined {
  if (text === undefined || node === undefined) return undefined;
  // The key's line: a property's value node sits after its key.
  const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The findings a change added that only its own baseline entries accept (not the base commit). */
export function acceptedByChange(
  findings: readonly Finding[],
  acceptedBy: readonly (BaselineEntry | undefined)[],
  atBase: readonly boolean[],
  added: ReadonlySet<string>,
): boolean[] {
  return findings.map((_, index) => {
    const entry = acceptedBy[index];
    return entry !== undefined && !atBase[index] && added.has(baselineIdentity(entry));
  });
}

/** The identity of an entry whatever folder its path is relative to: rule, fingerprint, scope, file name. */
export function baselineIdentity(entry: BaselineEntry): string {
  return JSON.stringify([entry.ruleId, entry.fingerprint, entry.scope ?? '']);
}
