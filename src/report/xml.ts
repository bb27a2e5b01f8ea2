import { revealHidden } from './hidden-characters.js';

/**
 * Text from the repository (file names, code) in XML. Markup characters become entities; characters XML
 * 1.0 forbids (controls, unpaired surrogates, U+FFFE/U+FFFF) and those that hide or reorder text
 * (bidirectional controls, zero-width characters) are written as escapes (`\x1b`, `\u202e`), so the
 * document stays well-formed and shows what the file names really are.
 */
export function xmlText(text: string): string {
  return escapeMarkup(revealForXml(text, '\n\t'));
}

/** The same for an attribute value: line breaks are escapes too (parsers fold them into spaces). */
export function xmlAttribute(text: string): string {
  return escapeMarkup(revealForXml(text, '')).replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

const FORBIDDEN =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

function revealForXml(text: string, keep: string): string {
  return revealHidden(text, keep).replace(
    FORBIDDEN,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

function escapeMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
