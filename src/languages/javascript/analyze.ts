import type { TSESTree } from '@typescript-eslint/types';
import type {
  LanguageInput,
  LanguageRun,
  LoadedLanguage,
  SourceComment,
} from '../../core/language.js';
import type { JavaScriptChecker } from './checker.js';
import { locate, type LocatingFile } from './locate.js';
import type { Parser } from './parser.js';
import { runCheckers, type CheckedRule } from './run-checkers.js';
import { locateAll } from '../shared/checker-runs.js';

/** The JavaScript language, loaded: typescript-estree and the rules' JavaScript checkers. */
export function javascriptAnalyzer(
  parser: Parser,
  checkers: ReadonlyMap<string, JavaScriptChecker>,
): LoadedLanguage {
  return {
    analyze: (input) => analyze(parser, checkersFor(input, checkers), input),
  };
}

function checkersFor(
  input: LanguageInput,
  checkers: ReadonlyMap<string, JavaScriptChecker>,
): CheckedRule[] {
  return input.rules.map((rule) => {
    const checker = checkers.get(rule.id);
    if (!checker) throw new Error(`rule ${rule.id} has no JavaScript checker`);
    return { rule, checker };
  });
}

function analyze(parser: Parser, rules: readonly CheckedRule[], input: LanguageInput): LanguageRun {
  const parsed = parser.parse(input.text, input.path, { comments: input.comments });
  if (!parsed.ok) return parsed;
  const run = runCheckers(parsed.program, input.text, input.path, rules, input);
  if (run.overLimit) return { ok: false, reason: 'too-many-nodes', message: 'too many nodes' };
  const file: LocatingFile = {
    text: input.text,
    comments: lazyComments(parser, input, parsed.program),
  };
  const { reports, errors } = locateAll(run.reports, (report) => locate(file, report));
  return {
    ok: true,
    reports,
    failures: run.failures,
    errors,
    ...(run.stoppedAt ? { stoppedAt: run.stoppedAt.range[0] } : {}),
    comments: (): readonly SourceComment[] => file.comments(),
  };
}

/** The file's comments: parsed with it when a suppression marker was seen, else parsed again on demand. */
function lazyComments(
  parser: Parser,
  input: LanguageInput,
  program: TSESTree.Program,
): () => readonly TSESTree.Comment[] {
  let comments = program.comments;
  return () => {
    if (!comments) {
      const again = parser.parse(input.text, input.path, { comments: true });
      comments = again.ok ? (again.program.comments ?? []) : [];
    }
    return comments;
  };
}
