/**
 * What a file's raw bytes are, before anything is decoded: most files are UTF-8 and stay bytes until the
 * prefilter asks for a parse; UTF-16 (with a byte-order mark) is decoded first, since the prefilter's
 * trigger words are ASCII bytes that UTF-16 spreads apart; anything with NUL bytes is binary.
 */
export type SourceBytes =
  | { readonly kind: 'utf8' }
  | { readonly kind: 'utf16'; readonly text: string }
  | { readonly kind: 'binary' };

/** How much of a file is looked at for NUL bytes: git's `buffer_is_binary` looks at the first 8,000. */
export const SNIFF_BYTES = 8000;

export function sniff(bytes: Uint8Array): SourceBytes {
  const first = bytes[0];
  const second = bytes[1];
  if (first === 0xff && second === 0xfe) return { kind: 'utf16', text: utf16le.decode(bytes) };
  if (first === 0xfe && second === 0xff) return { kind: 'utf16', text: utf16be.decode(bytes) };
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? { kind: 'binary' } : { kind: 'utf8' };
}

export interface DecodedText {
  /** The text without a byte-order mark (so columns count from the first real character). */
  readonly text: string;
  /** False when some bytes were not UTF-8 and were replaced by U+FFFD. */
  readonly valid: boolean;
}

/** UTF-8 text, invalid sequences replaced rather than rejected: a stray Latin-1 byte in a comment is common. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false };
  }
}

// All of them drop a leading byte-order mark (the default), and all copy: the bytes may be reused.
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
