import type { Condition } from '../../core/condition.js';
import type { RuleFailure } from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import {
  addVisitor,
  dispatch,
  type HandlerTable,
  isUnconditional,
  ReportSet,
} from '../shared/checker-runs.js';
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
  const reports = new ReportSet<Report>(
    (report) =>
      `${Math.min(report.node.start, report.with?.start ?? Infinity)}\0${report.node.end}`,
  );
  const failures: RuleFailure[] = [];
  const handlers: HandlerTable<PyNode> = new Map();
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
    addVisitor(handlers, rule, () => checker.create(context), failures);
  }
  const stoppedAt = dispatch(tree.nodes, handlers, failures);
  return { reports: reports.values(), failures, ...(stoppedAt ? { stoppedAt } : {}) };
}
