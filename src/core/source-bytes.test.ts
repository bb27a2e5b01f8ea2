import { describe, expect, it } from 'vitest';
import { decodeUtf8, SNIFF_BYTES, sniff } from './source-bytes.js';

const TEXT = 'const café = 1;\n';

describe('sniff', () => {
  it('UTF-8, with or without a byte-order mark, stays bytes', () => {
    expect(sniff(Buffer.from(TEXT))).toEqual({ kind: 'utf8' });
    expect(sniff(Buffer.from(`\uFEFF${TEXT}`))).toEqual({ kind: 'utf8' });
  });

  it('decodes UTF-16 either way round when it starts with a byte-order mark', () => {
    const le = Buffer.from(`\uFEFF${TEXT}`, 'utf16le');
    expect(sniff(le)).toEqual({ kind: 'utf16', text: TEXT });
    expect(sniff(Buffer.from(le).swap16())).toEqual({ kind: 'utf16', text: TEXT });
  });

  it('a NUL byte in the first 8,000 bytes is binary; later ones are not looked for', () => {
    expect(sniff(Buffer.from('\u007fELF\0\0'))).toEqual({ kind: 'binary' });
    expect(sniff(Buffer.from('\0'))).toEqual({ kind: 'binary' });
    expect(sniff(Buffer.from(`${' '.repeat(SNIFF_BYTES - 1)}\0`))).toEqual({ kind: 'binary' });
    expect(sniff(Buffer.from(`${' '.repeat(SNIFF_BYTES)}\0`))).toEqual({ kind: 'utf8' });
    expect(sniff(new Uint8Array())).toEqual({ kind: 'utf8' });
  });
});

describe('decodeUtf8', () => {
  it('drops the byte-order mark, so columns count from the first real character', () => {
    expect(decodeUtf8(Buffer.from(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, valid: true });
  });

  it('replaces invalid bytes and says so', () => {
    const latin1 = Buffer.from(TEXT, 'latin1');
    expect(decodeUtf8(latin1)).toEqual({ text: 'const caf\uFFFD = 1;\n', valid: false });
  });
});
