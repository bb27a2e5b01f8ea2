import type { LocatedReport, RuleFailure } from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import { riskRank } from '../../core/severity.js';
import { WorkLimitReached } from './work-meter.js';

/** What the languages' checker runs share about a report. */
interface RankedReport {
  readonly rule: Rule;
  readonly messageId: string;
}

/**
 * Calls each node's handlers in order; a rule that throws is recorded as failed and not called again.
 * Returns the node at which the file's work limit was reached, if it was.
 */
export function dispatch<Node extends { readonly type: string }>(
  nodes: readonly Node[],
  handlers: ReadonlyMap<string, readonly { rule: Rule; handler: (node: Node) => void }[]>,
  failures: RuleFailure[],
): Node | undefined {
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
 * Design §4: an error means insecure in every run. A rule's unconditional message (risk high or
 * critical) for code that only runs under a user's TLS switch or an environment condition is a
 * warning that names the condition (see engine/findings.ts) — whatever the rule, so every rule keeps
 * the contract. Rules with their own wording for switches report those at medium risk already.
 */
export function isUnconditional(rule: Rule, messageId: string): boolean {
  const risk = rule.meta.messages[messageId]?.risk;
  return risk === 'high' || risk === 'critical';
}

/** One report per rule and place (the key the language gives): when a place is reported twice, the riskier message wins. */
export class ReportSet<Report extends RankedReport> {
  private readonly byKey = new Map<string, Report>();

  constructor(private readonly placeOf: (report: Report) => string) {}

  add(report: Report): void {
    const key = `${report.rule.id}\0${this.placeOf(report)}`;
    const existing = this.byKey.get(key);
    if (!existing || risk(report) > risk(existing)) this.byKey.set(key, report);
  }

  values(): Report[] {
    return [...this.byKey.values()];
  }
}

function risk(report: RankedReport): number {
  const spec = report.rule.meta.messages[report.messageId];
  return spec ? riskRank(spec.risk) : -1;
}

/** Each report with its place in the file; a report that cannot be placed is an error of the file's analysis, not the end of it. */
export function locateAll<Report>(
  reports: readonly Report[],
  locate: (report: Report) => LocatedReport,
): { reports: LocatedReport[]; errors: unknown[] } {
  const located: LocatedReport[] = [];
  const errors: unknown[] = [];
  for (const report of reports) {
    try {
      located.push(locate(report));
    } catch (error) {
      errors.push(error);
    }
  }
  return { reports: located, errors };
}

/** The handlers of every checker's visitor, by node type, in the order the rules come. */
export type HandlerTable<Node> = Map<string, { rule: Rule; handler: (node: Node) => void }[]>;

/** Adds a checker's visitor to the table; a checker whose `create` throws is a failure and adds nothing. */
export function addVisitor<Node>(
  handlers: HandlerTable<Node>,
  rule: Rule,
  create: () => Readonly<Record<string, ((node: Node) => void) | undefined>>,
  failures: RuleFailure[],
): void {
  let visitor: Readonly<Record<string, ((node: Node) => void) | undefined>>;
  try {
    visitor = create();
  } catch (error) {
    failures.push({ ruleId: rule.id, error });
    return;
  }
  for (const [type, handler] of Object.entries(visitor)) {
    if (!handler) continue;
    const list = handlers.get(type) ?? [];
    list.push({ rule, handler });
    handlers.set(type, list);
  }
}
