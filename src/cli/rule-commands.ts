import { didYouMean } from '../config/closest.js';
import { UsageError } from '../core/errors.js';
import type { FileSystem } from '../core/io.js';
import { defaultSeverity, docsUrl, type Rule } from '../core/rule.js';
import { clean } from '../report/text.js';

/** `tlsguard rules`: every rule with the languages it checks, its default severity and its page. */
export function renderRules(rules: readonly Rule[], json: boolean): string {
  const rows = rules.map((rule) => ({
    id: rule.id,
    languages: Object.keys(rule.triggers).sort(),
    defaultSeverity: defaultSeverity(rule),
    description: rule.meta.description,
    cwe: rule.meta.cwe,
    docs: docsUrl(rule.id),
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((row) => row.id.length));
  const languages = Math.max(
    'languages'.length,
    ...rows.map((row) => row.languages.join(', ').length),
  );
  const lines = rows.map(
    (row) =>
      `${row.id.padEnd(width)}  ${row.defaultSeverity.padEnd(7)}  ${row.languages.join(', ').padEnd(languages)}  ${row.docs}\n${' '.repeat(width + 2)}${row.description}`,
  );
  return `${'rule'.padEnd(width)}  default  ${'languages'.padEnd(languages)}  docs\n${lines.join('\n')}\n`;
}

/** The docs page of a rule id (or of the suppression findings), relative to the docs folder. */
function pageOf(ruleId: string, rules: readonly Rule[]): string {
  if (ruleId === 'tlsguard/suppression') return 'suppressions.md';
  if (rules.some((rule) => rule.id === ruleId)) return `rules/${ruleId}.md`;
  const ids = rules.map((rule) => rule.id);
  throw new UsageError(
    `'${ruleId}' is not a tlsguard rule${didYouMean(ruleId, ids)}; tlsguard rules lists them`,
  );
}

/**
 * `tlsguard explain <rule-id>`: the rule's docs page, read from the `docs/` folder shipped next to the
 * bundle (package.json "files"). Markdown reads well as it is; on a terminal headings are bold.
 */
export async function explainRule(
  ruleId: string,
  rules: readonly Rule[],
  docsFolder: string | undefined,
  io: { fs: FileSystem; color: boolean },
): Promise<string> {
  const file = pageOf(ruleId, rules);
  const path = docsFolder === undefined ? undefined : io.fs.resolve(docsFolder, file);
  const text = path === undefined ? undefined : await io.fs.readText(path);
  if (text === undefined)
    throw new UsageError(
      `the docs page of ${ruleId} is not installed with this copy of tlsguard; read it at ${docsUrl(ruleId)}`,
    );
  const bold = (line: string) => (io.color ? `\u001b[1m${line}\u001b[22m` : line);
  // The front matter is for tools (the description, checked against the rule's); the page starts after it.
  const page = text.replace(/^---\n[\s\S]*?\n---\n+/, '');
  return `${page
    .split('\n')
    .map((line) => (/^#{1,6} /.test(line) ? bold(clean(line)) : clean(line)))
    .join('\n')
    .trimEnd()}\n\n${docsUrl(ruleId)}\n`;
}
