import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export const DOC_HEADINGS = [
  'Why this is insecure',
  'Examples',
  'Options',
  'How to fix',
  'When not to use it',
  'References',
];

export interface DocExample {
  readonly kind: 'incorrect' | 'correct';
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

export interface RuleDoc {
  readonly description: string | undefined;
  readonly headings: string[];
  readonly examples: DocExample[];
}

/** Reads docs/rules/<id>.md: frontmatter description, H2 headings, and the fenced examples under Examples. */
export function readRuleDoc(ruleId: string): RuleDoc {
  const text = readFileSync(join(REPO_ROOT, 'docs', 'rules', `${ruleId}.md`), 'utf8');
  const description = /^---\ndescription: (.*)\n---\n/.exec(text)?.[1];
  const lines = text.split('\n');
  const headings = lines
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());
  const examples: DocExample[] = [];
  let section: DocExample['kind'] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('## ')) section = undefined;
    // `### Incorrect`, or per language: `### Incorrect (Python)`.
    if (/^### Incorrect(?: \(.+\))?$/.test(line)) section = 'incorrect';
    if (/^### Correct(?: \(.+\))?$/.test(line)) section = 'correct';
    const fence = /^```(\w+)$/.exec(line);
    if (!fence || !section) continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && lines[index] !== '```'; index++)
      body.push(lines[index] ?? '');
    examples.push({
      kind: section,
      language: fence[1] ?? '',
      code: body.join('\n'),
      line: start + 1,
    });
  }
  return { description, headings, examples };
}
