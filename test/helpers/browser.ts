import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A headless Chromium from the system's packages (Debian's `chromium`, or the Google Chrome of
 * GitHub's runners; `CHROMIUM` names another), to look at rendered markdown in a real browser.
 * Nothing is downloaded: without a browser the tests that need one are skipped.
 */
export const CHROMIUM = [
  process.env.CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));

/**
 * The look of a GitHub comment, enough for layout: its column width, fonts, sizes and the styles of
 * code, lists and headings (after github-markdown-css, GitHub's own values). GitHub's sanitizer keeps
 * the elements this page gets from a GFM renderer, so the element tree is the one GitHub shows.
 */
const GITHUB_LIKE_CSS = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 780px; padding: 16px; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; word-wrap: break-word; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body ul { margin: 0 0 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; padding: .2em .4em;
  background: rgba(175,184,193,.2); border-radius: 6px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body details summary { cursor: pointer; }
`;

/** What the page reports about itself once laid out, as JSON in #layout (read through --dump-dom). */
const MEASURE = `
const body = document.querySelector('.markdown-body');
const box = body.getBoundingClientRect();
const overflowing = [...body.querySelectorAll('*')]
  .filter((el) => el.getBoundingClientRect().right > box.right + 0.5)
  .map((el) => el.tagName + ': ' + el.textContent.slice(0, 60));
const sections = [...body.querySelectorAll('h4')].map((h4) => {
  const section = { heading: h4.innerText, paragraphs: [], items: [] };
  for (let el = h4.nextElementSibling; el && el.tagName !== 'H4' && el.tagName !== 'H3'; el = el.nextElementSibling) {
    if (el.tagName === 'P') section.paragraphs.push(el.innerText);
    if (el.tagName === 'UL') for (const li of el.children) section.items.push({
      text: li.innerText,
      links: [...li.querySelectorAll('a')].map((a) => ({ href: a.href, text: a.innerText })),
      lines: Math.round(li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight)),
    });
  }
  return section;
});
document.getElementById('layout').textContent = JSON.stringify({
  title: body.querySelector('h3')?.innerText,
  sections,
  overflowing,
  height: Math.round(box.height),
});
`;

export interface RenderedComment {
  readonly title: string | undefined;
  readonly sections: {
    heading: string;
    paragraphs: string[];
    items: { text: string; links: { href: string; text: string }[]; lines: number }[];
  }[];
  /** Elements that stick out of the comment's column (a horizontal scroll bar on GitHub). */
  readonly overflowing: string[];
  readonly height: number;
}

function page(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_LIKE_CSS}</style></head><body><article class="markdown-body">${html}</article><pre id="layout" hidden></pre><script>${MEASURE}</script></body></html>`;
}

function chromium(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      CHROMIUM!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-extensions',
        ...args,
      ],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) =>
        error ? reject(new Error(`chromium: ${error.message}`)) : resolve(stdout),
    );
  });
}

/**
 * Lays `html` out in headless Chromium as a GitHub comment and returns what the browser shows; with
 * `screenshot`, also writes a PNG of it there (for a person to look at).
 */
export async function renderInChromium(
  html: string,
  screenshot?: string,
): Promise<RenderedComment> {
  const file = join(mkdtempSync(join(tmpdir(), 'tlsguard-render-')), 'comment.html');
  writeFileSync(file, page(html));
  const url = pathToFileURL(file).href;
  if (screenshot !== undefined)
    await chromium([`--screenshot=${screenshot}`, '--window-size=800,1400', url]);
  const dom = await chromium(['--dump-dom', url]);
  const json = /<pre id="layout" hidden="">([\s\S]*?)<\/pre>/.exec(dom)?.[1] ?? '';
  const decoded = json
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
  return JSON.parse(decoded) as RenderedComment;
}
