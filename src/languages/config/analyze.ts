import { isStackOverflow } from '../../core/errors.js';
import type {
  LanguageInput,
  LanguageRun,
  LoadedLanguage,
  LocatedReport,
  RuleFailure,
} from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import { riskRank } from '../../core/severity.js';
import { LineMap } from '../../engine/line-map.js';
import { Budget, TooManyNodes } from './budget.js';
import type { ConfigChecker, ConfigReportDescriptor } from './checker.js';
import { surfaceOf } from './files.js';
import { ModelBuilder, type ConfigModel } from './model.js';
import { ConfigSyntaxError, type Parsers } from './reader.js';
import { READERS } from './readers/index.js';

/** The config language, loaded: its parsers and the rules' config checkers. */
export function configAnalyzer(
  parsers: Parsers,
  checkers: ReadonlyMap<string, ConfigChecker>,
): LoadedLanguage {
  return {
    analyze: (input) => analyze(parsers, checkers, input),
  };
}

function analyze(
  parsers: Parsers,
  checkers: ReadonlyMap<string, ConfigChecker>,
  input: LanguageInput,
): LanguageRun {
  const surface = surfaceOf(input.path, firstLine(input.text));
  if (!surface) return { ok: true, reports: [], failures: [], errors: [], comments: () => [] };
  const builder = new ModelBuilder(surface);
  try {
    READERS[surface]({ ...input, parsers, budget: new Budget(input.maxNodes) }, builder);
  } catch (error) {
    return readFailure(error, input.text);
  }
  const model = builder.build();
  const { reports, failures } = runCheckers(model, checkers, input);
  return { ok: true, reports, failures, errors: [], comments: () => model.comments() };
}

function runCheckers(
  model: ConfigModel,
  checkers: ReadonlyMap<string, ConfigChecker>,
  input: LanguageInput,
): { reports: LocatedReport[]; failures: RuleFailure[] } {
  const reports = new Map<string, LocatedReport>();
  const failures: RuleFailure[] = [];
  for (const rule of input.rules) {
    const checker = checkers.get(rule.id);
    if (!checker) throw new Error(`rule ${rule.id} has no config checker`);
    try {
      checker.check({
        filename: input.path,
        model,
        report: (descriptor) => {
          const report = located(rule, descriptor);
          // One report per rule and place: the riskier message wins.
          const key = `${rule.id}\0${descriptor.range[0]}\0${descriptor.range[1]}`;
          const existing = reports.get(key);
          if (!existing || riskOf(report) > riskOf(existing)) reports.set(key, report);
        },
      });
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  return { reports: [...reports.values()], failures };
}

function riskOf(report: LocatedReport): number {
  return riskRank(report.rule.meta.messages[report.messageId]?.risk ?? 'info');
}

function located(rule: Rule, descriptor: ConfigReportDescriptor<string>): LocatedReport {
  const { context } = descriptor;
  return {
    rule,
    messageId: descriptor.messageId,
    data: descriptor.data ?? {},
    range: descriptor.range,
    identity: `${context.surface} ${descriptor.identity.replace(/\s+/g, ' ').trim()}`,
    scope: context.scope,
    ...(context.nonProduction ? { nonProduction: context.nonProduction } : {}),
  };
}

function readFailure(error: unknown, text: string): LanguageRun {
  if (error instanceof TooManyNodes)
    return { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
  if (isStackOverflow(error))
    return { ok: false, reason: 'too-deep', message: 'nested too deeply to parse' };
  if (!(error instanceof ConfigSyntaxError)) throw error;
  if (error.offset === undefined) return { ok: false, reason: 'syntax', message: error.message };
  const { line, column } = new LineMap(text).position(error.offset);
  return { ok: false, reason: 'syntax', message: error.message, line, column };
}

/** The first line of a file, for a script's shebang. */
function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end < 0 ? text : text.slice(0, end);
}
