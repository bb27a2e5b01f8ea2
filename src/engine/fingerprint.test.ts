import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeCode } from './fingerprint.js';

describe('normalizeCode', () => {
  it('ignores whitespace, line endings and indentation between tokens', () => {
    const forms = [
      'rejectUnauthorized: false',
      'rejectUnauthorized:false',
      'rejectUnauthorized :\r\n      false',
      '\trejectUnauthorized:   false',
    ];
    expect(new Set(forms.map((code) => normalizeCode(code, [])))).toEqual(
      new Set(['rejectUnauthorized:false']),
    );
  });

  it('keeps the space that separates two words', () => {
    expect(normalizeCode('typeof   x', [])).toBe('typeof x');
    expect(normalizeCode('new\n  https.Agent()', [])).toBe('new https.Agent()');
  });

  it('drops comments given as ranges', () => {
    const code = 'a: /* tlsguard-ignore */ false';
    expect(normalizeCode(code, [[3, 24]])).toBe('a:false');
  });

  it('makes quote styles uniform but keeps string contents', () => {
    expect(normalizeCode(`env["X"] = "0"`, [])).toBe(normalizeCode(`env['X'] = '0'`, []));
    expect(normalizeCode(`'a b'`, [])).toBe(`'a b'`);
    expect(normalizeCode(`"it's"`, [])).toBe(normalizeCode(`'it\\'s'`, []));
    expect(normalizeCode(`'0'`, [])).not.toBe(normalizeCode(`'1'`, []));
  });
});

describe('fingerprint', () => {
  it('depends on the rule and the code only', () => {
    expect(fingerprint('a', 'x:false')).toBe(fingerprint('a', 'x:false'));
    expect(fingerprint('a', 'x:false')).not.toBe(fingerprint('b', 'x:false'));
    expect(fingerprint('a', 'x:false')).toMatch(/^[0-9a-f]{20}$/);
  });
});
