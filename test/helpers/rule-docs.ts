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
  /** The file the example stands for, after the fence's language: ```` ```yaml .github/workflows/ci.yml ````. */
  readonly path?: string;
  readonly code: string;
  readonly line: number;
}

export interface RuleDoc {
  readonly description: string | undefined;
  readonly headings: string[];
  readonly examples: DocExample[];
}

/**
 * Reads docs/rules/<id>.md: frontmatter description, H2 headings, and the fenced examples under
 * Examples — after `### Incorrect`/`### Correct`, or after an `Incorrect:`/`Correct:` line in the
 * sections per configuration format, whose fences name the file they stand for.
 */
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
    // `### Incorrect`, per language `### Incorrect (Python)`, or `Incorrect:` in the sections per
    // configuration format.
    if (/^### Incorrect(?: \(.+\))?$/.test(line) || line === 'Incorrect:') section = 'incorrect';
    if (/^### Correct(?: \(.+\))?$/.test(line) || line === 'Correct:') section = 'correct';
    const fence = /^```(\w+)(?: (\S+))?$/.exec(line);
    if (!fence || !section) continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && lines[index] !== '```'; index++)
      body.push(lines[index] ?? '');
    examples.push({
      kind: section,
      language: fence[1] ?? '',
      ...(fence[2] === undefined ? {} : { path: fence[2] }),
      code: body.join('\n'),
      line: start + 1,
    });
  }
  return { description, headings, examples };
}
