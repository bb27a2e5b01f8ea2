import type {
  LanguageInput,
  LanguageRun,
  LoadedLanguage,
  SourceComment,
} from '../../core/language.js';
import type { PythonChecker } from './checker.js';
import { locate } from './locate.js';
import type { PythonParser } from './parser.js';
import { runCheckers, type CheckedRule } from './run-checkers.js';
import type { PyTree } from './syntax.js';
import { parsePythonVersion } from './version.js';
import { locateAll } from '../shared/checker-runs.js';

/** The Python language, loaded: tree-sitter-python and the rules' Python checkers. */
export function pythonAnalyzer(
  parser: PythonParser,
  checkers: ReadonlyMap<string, PythonChecker>,
): LoadedLanguage {
  return { analyze: (input) => analyze(parser, checkersFor(input, checkers), input) };
}

function checkersFor(
  input: LanguageInput,
  checkers: ReadonlyMap<string, PythonChecker>,
): CheckedRule[] {
  return input.rules.map((rule) => {
    const checker = checkers.get(rule.id);
    if (!checker) throw new Error(`rule ${rule.id} has no Python checker`);
    return { rule, checker };
  });
}

function analyze(
  parser: PythonParser,
  rules: readonly CheckedRule[],
  input: LanguageInput,
): LanguageRun {
  const parsed = parser.parse(input.text, input.maxNodes);
  if (!parsed.ok) return parsed;
  const { tree } = parsed;
  const run = runCheckers(tree, input.path, rules, {
    maxSteps: input.maxSteps,
    pythonVersion: parsePythonVersion(input.targetVersions?.python),
  });
  const { reports, errors } = locateAll(run.reports, (report) => locate(tree, report));
  return {
    ok: true,
    reports,
    failures: run.failures,
    errors,
    ...(run.stoppedAt ? { stoppedAt: run.stoppedAt.start } : {}),
    ...(tree.syntaxErrors.length > 0 ? { syntaxErrors: tree.syntaxErrors } : {}),
    comments: () => comments(tree),
  };
}

/** `# …` comments, without the `#`: suppression directives are read from them. */
function comments(tree: PyTree): readonly SourceComment[] {
  return tree.comments.map(([start, end]) => ({
    value: tree.text.slice(start + 1, end),
    range: [start, end] as const,
  }));
}
