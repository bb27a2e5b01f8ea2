/**
 * Whether `other` occurs within `window` bytes before or after some occurrence of `word`. Run only on
 * files that contain `word`, so plain scans through the native `indexOf` are fast enough.
 */
export function occursNear(
  bytes: Uint8Array,
  word: Uint8Array,
  other: Uint8Array,
  window: number,
): boolean {
  for (let at = indexOf(bytes, word, 0, bytes.length); at !== -1;) {
    const from = Math.max(0, at - window - other.length);
    const to = Math.min(bytes.length, at + word.length + window + other.length);
    if (indexOf(bytes, other, from, to) !== -1) return true;
    at = indexOf(bytes, word, at + 1, bytes.length);
  }
  return false;
}

/** The first offset in [from, to) where `word` starts and fits, or -1. */
export function indexOf(bytes: Uint8Array, word: Uint8Array, from: number, to: number): number {
  const first = word[0];
  if (first === undefined) return from;
  const last = to - word.length;
  // The native indexOf jumps to candidate first bytes; only there are the other bytes compared.
  for (
    let at = bytes.indexOf(first, from);
    at !== -1 && at <= last;
    at = bytes.indexOf(first, at + 1)
  ) {
    if (matchesAt(bytes, word, at)) return at;
  }
  return -1;
}

function matchesAt(bytes: Uint8Array, word: Uint8Array, start: number): boolean {
  for (let offset = 1; offset < word.length; offset++) {
    if (bytes[start + offset] !== word[offset]) return false;
  }
  return true;
}
