import type { Condition } from '../../core/condition.js';
import type { RuleFailure } from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import { riskRank } from '../../core/severity.js';
import { WorkLimitReached, WorkMeter } from '../shared/work-meter.js';
import { PythonAnalysis, QUESTION_STEP_LIMIT } from './analysis/file-analysis.js';
import type { PythonChecker, PythonRuleContext } from './checker.js';
import type { PyNode, PyTree } from './syntax.js';
import type { PythonVersion } from './version.js';

/** A checker's report, on a node of the syntax tree (and perhaps a second one, see `PythonReport.with`). */
export interface Report {
  readonly rule: Rule;
  readonly messageId: string;
  readonly node: PyNode;
  readonly with?: PyNode;
  readonly data: Readonly<Record<string, string>>;
  readonly condition?: Condition;
}

export interface CheckedRule {
  readonly rule: Rule;
  readonly checker: PythonChecker;
}

export interface RuleRun {
  readonly reports: Report[];
  readonly failures: RuleFailure[];
  /** The rules used up the file's analysis steps at this node: nodes from there on were not checked. */
  readonly stoppedAt?: PyNode;
}

type Handler = (node: PyNode) => void;

/**
 * Runs every rule's checker over one file in a single pass over its nodes (in source order). A checker
 * that throws is switched off for this file and recorded as a failure; the other rules carry on. All
 * analysis counts against one work meter: past the file's limit the pass stops where it is.
 */
export function runCheckers(
  tree: PyTree,
  filename: string,
  rules: readonly CheckedRule[],
  limits: { readonly maxSteps: number; readonly pythonVersion: PythonVersion | undefined },
): RuleRun {
  const meter = new WorkMeter(limits.maxSteps, QUESTION_STEP_LIMIT);
  let analysis: PythonAnalysis;
  try {
    analysis = new PythonAnalysis(tree, meter);
  } catch (error) {
    if (error instanceof WorkLimitReached)
      return { reports: [], failures: [], stoppedAt: tree.root };
    throw error;
  }
  const reports = new ReportSet();
  const failures: RuleFailure[] = [];
  const handlers = new Map<string, { rule: Rule; handler: Handler }[]>();
  for (const { rule, checker } of rules) {
    const context: PythonRuleContext<string> = {
      filename,
      analysis,
      pythonVersion: limits.pythonVersion,
      report: (report) => {
        const unconditional = isUnconditional(rule, report.messageId);
        const condition = unconditional
          ? (report.condition ?? analysis.guardOf(report.node))
          : undefined;
        reports.add({
          rule,
          node: report.node,
          messageId: report.messageId,
          data: report.data ?? {},
          ...(report.with ? { with: report.with } : {}),
          ...(condition ? { condition } : {}),
        });
      },
    };
    let visitor: Readonly<Record<string, Handler | undefined>>;
    try {
      visitor = checker.create(context);
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
      continue;
    }
    for (const [type, handler] of Object.entries(visitor)) {
      if (!handler) continue;
      const list = handlers.get(type) ?? [];
      list.push({ rule, handler });
      handlers.set(type, list);
    }
  }
  const stoppedAt = dispatch(tree.nodes, handlers, failures);
  return { reports: reports.values(), failures, ...(stoppedAt ? { stoppedAt } : {}) };
}

function dispatch(
  nodes: readonly PyNode[],
  handlers: ReadonlyMap<string, readonly { rule: Rule; handler: Handler }[]>,
  failures: RuleFailure[],
): PyNode | undefined {
  const failed = new Set<Rule>();
  for (const node of nodes) {
    for (const { rule, handler } of handlers.get(node.type) ?? []) {
      if (failed.has(rule)) continue;
      try {
        handler(node);
      } catch (error) {
        if (error instanceof WorkLimitReached) return node;
        failed.add(rule);
        failures.push({ ruleId: rule.id, error });
      }
    }
  }
  return undefined;
}

/**
 * Design §4: a message of high or critical risk for code that runs only under a user's TLS switch or
 * an environment condition is a warning that names the condition (see engine/findings.ts).
 */
function isUnconditional(rule: Rule, messageId: string): boolean {
  const risk = rule.meta.messages[messageId]?.risk;
  return risk === 'high' || risk === 'critical';
}

/** One report per rule and place: when a place is reported twice, the riskier message wins. */
class ReportSet {
  private readonly byKey = new Map<string, Report>();

  add(report: Report): void {
    const start = Math.min(report.node.start, report.with?.start ?? Infinity);
    const key = `${report.rule.id}\0${start}\0${report.node.end}`;
    const existing = this.byKey.get(key);
    if (!existing || risk(report) > risk(existing)) this.byKey.set(key, report);
  }

  values(): Report[] {
    return [...this.byKey.values()];
  }
}

function risk(report: Report): number {
  const spec = report.rule.meta.messages[report.messageId];
  return spec ? riskRank(spec.risk) : -1;
}
