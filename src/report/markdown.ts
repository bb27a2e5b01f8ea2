/**
 * Text from the repository (file names, code, messages quoting code) placed into GitHub markdown: job
 * summary, PR comment, check run. Nothing of it may become markup, a table cell break, a mention or a
 * hidden control character, so every character markdown or HTML could read as syntax is an entity.
 * CommonMark never treats an entity as syntax, and GFM splits table rows before entities are decoded.
 */

import { revealHidden } from './hidden-characters.js';

/** ASCII punctuation that is syntax somewhere in GFM inline text, tables, HTML or GitHub math. */
const SYNTAX = /[&<>"'`\\*_[\]|~$:()!#]/g;

/**
 * Untrusted text as inert markdown: entities for syntax; control, bidirectional and invisible
 * characters as escapes (`\x0a`, `\u202e`, see hidden-characters.ts).
 */
export function escapeText(text: string): string {
  return revealHidden(text)
    .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
    .replaceAll('@', '@&#8203;'); // a zero-width space keeps `@name` from notifying anyone
}

/** Untrusted text shown as code. */
export function code(text: string): string {
  return `<code>${escapeText(text)}</code>`;
}

/** A rule message: our own prose with `backtick` spans that may quote the scanned code. */
export function messageMarkdown(message: string): string {
  return message
    .split('`')
    .map((part, index) => (index % 2 === 1 ? code(part) : escapeText(part)))
    .join('');
}

/** A link whose text is already escaped markdown. Only http(s) URLs we built ourselves come here. */
export function link(url: string, escapedText: string): string {
  return `<a href="${escapeAttribute(url)}">${escapedText}</a>`;
}

/**
 * The same link in markdown syntax, a third shorter where many links share a size limit (the PR
 * comment). Only for URLs without spaces, parentheses, angle brackets or backslashes, which could end
 * the destination early; anything else stays an `<a>` element.
 */
export function shortLink(url: string, escapedText: string): string {
  return /^https?:\/\/[^\s()<>\\]+$/.test(url)
    ? `[${escapedText}](${url})`
    : link(url, escapedText);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Percent-encodes each segment of a POSIX path for a URL (keeps the slashes). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
