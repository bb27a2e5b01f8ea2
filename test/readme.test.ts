import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** What the README promises, checked: its example output, its links, its snippets. */
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownFiles(join(folder, entry.name))
      : entry.name.endsWith('.md')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Code blocks of a markdown text in one language. */
function blocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(
    (m) => m[1]!,
  );
}

/** GitHub's anchor for a heading. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('README.md', () => {
  it('shows exactly what tlsguard prints for its example (test/fixtures/readme)', async () => {
    const example = /Example output:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const run = await runCli(['scan', join(REPO_ROOT, 'test', 'fixtures', 'readme')]);
    expect(run.code).toBe(1);
    const timing = / in \d+\.\d+ s\)/g;
    expect(run.stdout.replace(timing, ' in 0 s)')).toBe(example!.replace(timing, ' in 0 s)'));
  });

  it('says how long the tests take', () => {
    expect(readme).toMatch(/npm test +# [^\n]*about \d+ minutes?/);
  });

  it('its workflow example is valid for GitHub’s workflow parser, and every YAML snippet parses', () => {
    const workflow = blocks(readme, 'yaml').find((block) =>
      block.startsWith('# .github/workflows/'),
    );
    expect(workflow).toBeDefined();
    const parsed = parseWorkflow(
      { name: 'tls.yml', content: workflow! },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    for (const block of blocks(readme, 'yaml')) expect(() => parse(block) as unknown).not.toThrow();
    for (const block of blocks(readme, 'json'))
      expect(() => JSON.parse(block) as unknown).not.toThrow();
  });
});

describe('links in the documentation', () => {
  const files = [
    join(REPO_ROOT, 'README.md'),
    join(REPO_ROOT, 'CHANGELOG.md'),
    ...markdownFiles(join(REPO_ROOT, 'docs')),
  ];

  it.each(files.map((file) => [relative(REPO_ROOT, file), file]))(
    '%s: every relative link is to a file in the repository, every anchor to a heading',
    (_, file) => {
      const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      const problems: string[] = [];
      for (const target of targets.filter((t) => !/^[a-z]+:/i.test(t))) {
        const [path = '', anchor] = target.split('#');
        const absolute = path === '' ? file : resolve(dirname(file), path);
        if (relative(REPO_ROOT, absolute).startsWith('..')) problems.push(`${target}: outside`);
        else if (!existsSync(absolute)) problems.push(`${target}: no such file`);
        else if (anchor !== undefined && absolute.endsWith('.md')) {
          const headings = readFileSync(absolute, 'utf8')
            .split('\n')
            .filter((line) => /^#{1,6} /.test(line))
            .map((line) => slug(line.replace(/^#+ /, '')));
          if (!headings.includes(anchor)) problems.push(`${target}: no such heading`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
