import type { TSESTree } from '@typescript-eslint/types';
import { isAssertionData } from './analysis/assertion-data.js';
import { FileAnalysis, QUESTION_STEP_LIMIT } from './analysis/file-analysis.js';
import { guardOf } from './analysis/guards.js';
import { chargingWalksTo, WorkMeter } from '../shared/work-meter.js';
import type { Condition } from '../../core/condition.js';
import type { RuleFailure, Suggestion } from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import {
  addVisitor,
  dispatch,
  type HandlerTable,
  isUnconditional,
  ReportSet,
} from '../shared/checker-runs.js';
import type { JavaScriptChecker, RuleContext } from './checker.js';
import { linkAndCollect } from './traverse.js';

/** A checker's report, on a node of the syntax tree. */
export interface Report {
  readonly rule: Rule;
  readonly messageId: string;
  readonly node: TSESTree.Node;
  readonly data: Readonly<Record<string, string>>;
  /** The code runs only under this switch or environment condition: a warning that names it. */
  readonly condition?: Condition;
  readonly suggestions?: readonly Suggestion[];
}

/** A rule with its JavaScript/TypeScript checker. */
export interface CheckedRule {
  readonly rule: Rule;
  readonly checker: JavaScriptChecker;
}

export interface RuleRun {
  readonly reports: Report[];
  readonly failures: RuleFailure[];
  /** The file has more syntax nodes than the work limit: no rule ran on it. */
  readonly overLimit: boolean;
  /** The rules used up the file's analysis steps at this node: nodes from there on were not checked. */
  readonly stoppedAt?: TSESTree.Node;
  /** Analysis steps the rules took (see `WorkMeter`). */
  readonly steps: number;
}

type Handler = (node: TSESTree.Node) => void;

/**
 * Runs every rule's checker over one file in a single traversal. A checker that throws is switched off
 * for this file and recorded as a failure; the other rules and files carry on.
 */
export function runCheckers(
  program: TSESTree.Program,
  text: string,
  filename: string,
  rules: readonly CheckedRule[],
  limits: { readonly maxNodes: number; readonly maxSteps: number },
): RuleRun {
  const meter = new WorkMeter(limits.maxSteps, QUESTION_STEP_LIMIT);
  const analysis = new FileAnalysis(program, text, meter);
  const reports = new ReportSet<Report>(
    (report) => `${report.node.range[0]}\0${report.node.range[1]}`,
  );
  const failures: RuleFailure[] = [];
  const handlers: HandlerTable<TSESTree.Node> = new Map();
  for (const { rule, checker } of rules) {
    const context: RuleContext<string> = {
      filename,
      analysis,
      report: ({ node, messageId, data, suggest }) => {
        // Expected values in assertions are data, not configuration (issue 13): never a finding.
        if (isAssertionData(analysis, node)) return;
        const condition = isUnconditional(rule, messageId) ? guardOf(analysis, node) : undefined;
        reports.add({
          rule,
          node,
          messageId,
          data: data ?? {},
          ...(condition ? { condition } : {}),
          ...(suggest && suggest.length > 0 ? { suggestions: suggest } : {}),
        });
      },
    };
    addVisitor(
      handlers,
      rule,
      () => checker.create(context) as Record<string, Handler | undefined>,
      failures,
    );
  }
  const nodes = linkAndCollect(program, new Set(handlers.keys()), limits.maxNodes);
  if (!nodes) return { reports: [], failures: [], overLimit: true, steps: 0 };
  const stoppedAt = chargingWalksTo(analysis.meter, () => dispatch(nodes, handlers, failures));
  const run = {
    reports: reports.values(),
    failures,
    overLimit: false,
    steps: analysis.meter.total,
  };
  return stoppedAt ? { ...run, stoppedAt } : run;
}
