import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { finding, scanResult } from '../../test/helpers/findings.js';
import type { GitHubReportContext } from './github-context.js';
import { renderPrComment } from './pr-comment-markdown.js';
import { renderSummaryMarkdown } from './summary-markdown.js';

const HOSTILE = [
  'a%0A::error::x,y:z.js',
  'src/`tick`|pipe<script>alert(1)</script>.js',
  'src/new\nline | x.js',
  'src/[link](javascript:alert(1))*em*_u_~s~$x$@octocat.js',
];
const context: GitHubReportContext = {
  pathPrefix: '',
  links: { serverUrl: 'https://github.com', repository: 'o/r', commit: 'c'.repeat(40) },
  verdict: { failOn: 'new', failSeverity: 'warning', failing: HOSTILE.length },
};
const result = scanResult({
  findings: HOSTILE.map((file) =>
    finding({ file, message: 'uses `a|b<i>` here | and <b>there</b>' }),
  ),
});

/** What a GFM renderer (marked, GFM tables) makes of it: the shape must survive hostile file names. */
function rendered(markdown: string) {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (m) => m[1]!.match(/<td>/g)?.length ?? 0,
  );
  // The text a browser shows inside <code>: entities decoded.
  const code = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!));
  return { html, rows, code };
}

function decode(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
  return text.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
  );
}

/** The text a browser shows for an HTML fragment: tags dropped, entities decoded. */
function shown(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ''));
}

describe('summary and comment rendered as GitHub-flavoured markdown', () => {
  it('summary: one intact 4-cell row per finding, no markup from the file names or messages', () => {
    const { html, rows, code } = rendered(renderSummaryMarkdown(result, context));
    expect(rows.filter((cells) => cells === 4)).toHaveLength(HOSTILE.length);
    expect(html).not.toMatch(/<(script|b|i|em|del)>/i);
    expect(html).not.toContain('href="javascript');
    expect(code).toContain('a%0A::error::x,y:z.js:3');
    expect(code).toContain('src/`tick`|pipe<script>alert(1)</script>.js:3');
    expect(code).toContain('src/new\\x0aline | x.js:3');
    expect(code).toContain('src/[link](javascript:alert(1))*em*_u_~s~$x$@\u200boctocat.js:3');
    expect(code).toContain('a|b<i>');
  });

  it('comment: one list item per headline whose links show the hostile names as text', () => {
    const { html } = rendered(renderPrComment(result, context, { marker: '<!-- m -->' }));
    expect(html).not.toMatch(/<(script|b|i|em|del|table)>/i);
    expect(html).not.toContain('href="javascript');
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(1);
    const links = [...items[0]!.matchAll(/<a href="([^"]+)">([\s\S]*?)<\/a>/g)];
    expect(links.map((m) => shown(m[2]!))).toEqual([
      'a%0A::error::x,y:z.js:3',
      'src/[link](javascript:alert(1))*em*_u_~s~$x$@\u200boctocat.js:3',
      'src/`tick`|pipe<script>alert(1)</script>.js:3',
      'src/new\\x0aline | x.js:3',
    ]);
    for (const [, href] of links)
      expect(href).toMatch(/^https:\/\/github\.com\/o\/r\/blob\/c{12}\/[^\s"<>]+#L3$/);
    // The explanation, once, as text.
    expect(html.match(/<p>uses <code>/g)).toHaveLength(1);
  });
});
