import { riskRank, severityForRisk } from './severity.js';
import { RISKS, type Risk, type Severity } from './types.js';

/**
 * The languages tlsguard reads (design §3). A rule is one concept across them: one id, one set of
 * messages, and a checker for each language it covers.
 */
export const LANGUAGE_IDS = ['javascript', 'python', 'config'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export const CATEGORIES = [
  'certificate-verification',
  'hostname-verification',
  'client-certificates',
  'protocol-version',
  'cipher-suites',
  'deprecated-api',
  'key-logging',
  'environment-override',
  'browser-automation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * One message, with `{{placeholders}}`, in two lengths: `text`, the explanation (what is wrong, why it
 * is dangerous, what to do instead) for the text report, SARIF, the job summary's details and the docs;
 * `headline`, what is wrong and where in one line, for annotation titles, tables and the pull-request
 * comment, where the explanation is too long.
 */
export interface MessageSpec {
  readonly risk: Risk;
  readonly text: string;
  /** One line of at most 120 characters (placeholders counted as written), using `text`'s placeholders. */
  readonly headline: string;
}

/** A finding's headline, placeholders filled and conditions added, is cut to this many characters. */
export const HEADLINE_MAX_CHARS = 160;

export interface RuleMeta<MessageId extends string> {
  /** One imperative sentence; reused in the README table, SARIF and `--help`. */
  readonly description: string;
  readonly category: Category;
  /** e.g. `CWE-295`. */
  readonly cwe: readonly string[];
  readonly confidence: 'high' | 'medium' | 'low';
  readonly status: 'stable' | 'experimental';
  /** The tlsguard version that introduced the rule. */
  readonly since: string;
  readonly messages: Readonly<Record<MessageId, MessageSpec>>;
  /**
   * What each of the rule's suggested fixes does, by id (with `{{placeholders}}`): an editor offers
   * them on a finding (ESLint suggestions, `hasSuggestions`); they are never applied automatically.
   * Ids are distinct from the message ids.
   */
  readonly suggestions?: Readonly<Record<string, string>>;
}

/**
 * A word, or words that must all occur close to each other (within 4 KB, see the prefilter):
 * `['proxy', 'secure']` keeps the many files that mention a proxy but not a nearby `secure` from being
 * parsed. The first word is searched in every file, the others only around its occurrences.
 */
export type Trigger = string | readonly [string, ...string[]];

/**
 * A rule as every stage but the checkers sees it: what it is about, what it says, and which words
 * make a file of each language worth checking for it. Its checkers live with the rule
 * (`rules/<id>/<language>.ts`) and are loaded by their language, only when a file of that language is
 * analyzed (`rules/checkers/`).
 */
export interface Rule<MessageId extends string = string> {
  /** kebab-case, stable forever: baselines, suppressions and SARIF history key on it. */
  readonly id: string;
  readonly meta: RuleMeta<MessageId>;
  /**
   * Per language the rule covers: words at least one of which appears in any file this rule can
   * report on. The prefilter skips files containing none of any rule's triggers for their language; a
   * test fails when an invalid example lacks them. A language absent here is one the rule does not
   * check.
   */
  readonly triggers: Readonly<Partial<Record<LanguageId, readonly Trigger[]>>>;
}

/** Identity helper that keeps message ids typed. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

/** A rule's severity when the configuration sets none: that of its most severe message. */
export function defaultSeverity(rule: Rule): Severity {
  const risks = Object.values<MessageSpec>(rule.meta.messages).map((spec) => riskRank(spec.risk));
  return severityForRisk(RISKS[Math.max(...risks)] ?? 'info');
}

export const DOCS_BASE_URL = 'https://github.com/tlsguard/tlsguard/blob/main/docs/rules/';

/** Pages of the built-in `tlsguard/…` ids, which are not rules of the registry. */
const BUILT_IN_DOCS: Readonly<Record<string, string>> = {
  'tlsguard/suppression': 'https://github.com/tlsguard/tlsguard/blob/main/docs/suppressions.md',
};

export function docsUrl(ruleId: string): string {
  return BUILT_IN_DOCS[ruleId] ?? `${DOCS_BASE_URL}${ruleId}.md`;
}
