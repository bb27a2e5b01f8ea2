import { describe, expect, it } from 'vitest';
import type { BaselineEntry } from '../core/types.js';
import { parseBaseline, serializeBaseline } from './baseline-file.js';

const entry = (over: Partial<BaselineEntry> = {}): BaselineEntry => ({
  ruleId: 'no-disabled-cert-verification',
  path: 'src/a.ts',
  fingerprint: '0123456789abcdef0123',
  count: 1,
  ...over,
});

const header = '{"version": 1, "fingerprintAlgorithm": "tlsguard-fp/v1", "findings": ';
const KNOWN = ['no-disabled-cert-verification', 'a-rule', 'r'];

describe('serializeBaseline', () => {
  it('writes one entry per line, sorted by path, rule and fingerprint, with fixed key order', () => {
    const text = serializeBaseline([
      entry({ path: 'src/b.ts', reason: 'legacy', scope: 'connect', count: 2 }),
      entry({ path: 'src/a.ts', snippet: 'rejectUnauthorized: false' }),
      entry({ path: 'src/a.ts', ruleId: 'a-rule' }),
    ]);
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "fingerprintAlgorithm": "tlsguard-fp/v1",',
        '  "findings": [',
        '    {"ruleId":"a-rule","path":"src/a.ts","fingerprint":"0123456789abcdef0123"},',
        '    {"ruleId":"no-disabled-cert-verification","path":"src/a.ts","fingerprint":"0123456789abcdef0123","snippet":"rejectUnauthorized: false"},',
        '    {"ruleId":"no-disabled-cert-verification","path":"src/b.ts","fingerprint":"0123456789abcdef0123","scope":"connect","count":2,"reason":"legacy"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('round-trips and is byte-identical when written twice', () => {
    const entries = [
      entry({ count: 3, scope: 'A.b', snippet: 'x', reason: 'y' }),
      entry({ path: 'b.js' }),
    ];
    const once = serializeBaseline(entries);
    expect(serializeBaseline(parseBaseline(once, 'f', KNOWN))).toBe(once);
    expect(serializeBaseline([...entries].reverse())).toBe(once);
  });

  it('writes an empty list compactly', () => {
    expect(serializeBaseline([])).toContain('"findings": []\n}');
  });
});

describe('parseBaseline errors name the file and the problem', () => {
  const cases: [string, string, RegExp][] = [
    [
      'invalid JSON',
      '{"version": 1,\n  "findings": [,]}',
      /^base\.json: is not valid JSON: value expected \(line 2, column 16\)/,
    ],
    [
      'merge conflict',
      `${header}[\n<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> feature\n]}`,
      /unresolved merge conflict \(marker at line 2\)/,
    ],
    [
      'newer format',
      '{"version": 2, "fingerprintAlgorithm": "tlsguard-fp/v1", "findings": []}',
      /newer tlsguard .*upgrade/,
    ],
    ['no version', '{"findings": []}', /no integer "version"/],
    [
      'other algorithm',
      '{"version": 1, "fingerprintAlgorithm": "x/v9", "findings": []}',
      /fingerprint algorithm "x\/v9"/,
    ],
    ['not an object', '[]', /expected a JSON object/],
    [
      'unknown key',
      `${header}[{"ruleId":"r","path":"a.js","fingerprint":"abcdef12","line":3}]}`,
      /findings\[0\] has an unknown key "line"/,
    ],
    [
      'escaping path',
      `${header}[{"ruleId":"r","path":"../etc/passwd","fingerprint":"abcdef12"}]}`,
      /findings\[0\]\.path must be a relative path/,
    ],
    [
      'absolute path',
      `${header}[{"ruleId":"r","path":"/etc/passwd","fingerprint":"abcdef12"}]}`,
      /must be a relative path/,
    ],
    [
      'bad count',
      `${header}[{"ruleId":"r","path":"a.js","fingerprint":"abcdef12","count":0}]}`,
      /findings\[0\]\.count must be a positive integer/,
    ],
    [
      'bad fingerprint',
      `${header}[{"ruleId":"r","path":"a.js","fingerprint":"xyz"}]}`,
      /hexadecimal/,
    ],
    [
      'unknown rule id, with a suggestion',
      `${header}[{"ruleId":"no-disabled-cert-verificaton","path":"a.js","fingerprint":"abcdef12"}]}`,
      /^base\.json: findings\[0\]\.ruleId "no-disabled-cert-verificaton" is not a tlsguard rule \(did you mean "no-disabled-cert-verification"\?\)$/,
    ],
    [
      'a rule id that is text to spoof a terminal',
      `${header}[{"ruleId":"\\u001b[2J\\u202eevil","path":"a.js","fingerprint":"abcdef12"}]}`,
      /^base\.json: findings\[0\]\.ruleId "\\u001b\[2J\u202eevil" is not a tlsguard rule$/,
    ],
    [
      'duplicate entry',
      `${header}[{"ruleId":"r","path":"a.js","fingerprint":"abcdef12"},{"ruleId":"r","path":"a.js","fingerprint":"abcdef12"}]}`,
      /findings\[1\] repeats an earlier entry/,
    ],
  ];
  it.each(cases)('%s', (_, text, message) => {
    expect(() => parseBaseline(text, 'base.json', KNOWN)).toThrow(message);
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings', () => {
    const text = `\uFEFF${serializeBaseline([entry()]).replaceAll('\n', '\r\n')}`;
    expect(parseBaseline(text, 'f', KNOWN)).toEqual([entry()]);
  });
});
