import { isStackOverflow } from '../../core/errors.js';
import type {
  LanguageInput,
  LanguageRun,
  LoadedLanguage,
  LocatedReport,
  RuleFailure,
} from '../../core/language.js';
import type { Rule } from '../../core/rule.js';
import { LineMap } from '../../engine/line-map.js';
import { ReportSet } from '../shared/checker-runs.js';
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
  const reports = new ReportSet<LocatedReport>(
    (report) => `${report.range[0]}\0${report.range[1]}`,
  );
  const failures: RuleFailure[] = [];
  for (const rule of input.rules) {
    const checker = checkers.get(rule.id);
    if (!checker) throw new Error(`rule ${rule.id} has no config checker`);
    try {
      checker.check({
        filename: input.path,
        model,
        report: (descriptor) => reports.add(located(rule, descriptor)),
      });
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  return { reports: reports.values(), failures };
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
