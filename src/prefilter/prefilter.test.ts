import { describe, expect, it } from 'vitest';
import { defineRule, type Rule, type Trigger } from '../core/rule.js';
import { createPrefilter, passEverything } from './prefilter.js';

function rule(id: string, triggers: Trigger[]): Rule {
  return defineRule({
    id,
    meta: {
      description: id,
      category: 'certificate-verification',
      cwe: [],
      confidence: 'high',
      status: 'stable',
      since: '0.1.0',
      messages: {},
    },
    triggers: { javascript: triggers },
  });
}

describe('createPrefilter', () => {
  const ssl = rule('ssl', ['ssl']);
  const sslmode = rule('sslmode', ['sslmode']);
  const reject = rule('reject', ['rejectUnauthorized', 'strictSSL']);
  const always = rule('always', []);
  const prefilter = createPrefilter([always, reject, ssl, sslmode], { language: 'javascript' });

  it('returns no rule for text without any trigger, so the file is not parsed', () => {
    expect(prefilter.rulesFor('export const x = 1;')).toEqual([]);
  });

  it('returns the triggered rules plus the trigger-less ones, in registry order', () => {
    expect(prefilter.rulesFor('request({ strictSSL: false })')).toEqual([always, reject]);
  });

  it('sees a short trigger inside a longer one', () => {
    expect(prefilter.rulesFor('postgres://db?sslmode=disable')).toEqual([always, ssl, sslmode]);
  });

  it('is case-sensitive, like the option names it looks for', () => {
    expect(prefilter.rulesFor('REJECTUNAUTHORIZED')).toEqual([]);
  });

  it('checks raw bytes the same way as text', () => {
    const bytes = new TextEncoder().encode('// ünïcode\nrequest({ strictSSL: false })');
    expect(prefilter.check(bytes)).toEqual({ rules: [always, reject], parse: true });
    expect(prefilter.check('nothing here')).toEqual({ rules: [], parse: false });
  });

  it('parses on an extra word without triggering any rule', () => {
    const withMarker = createPrefilter([always, reject], {
      language: 'javascript',
      alsoParseOn: ['tlsguard-ignore'],
    });
    expect(withMarker.check('// tlsguard-ignore foo -- bar')).toEqual({ rules: [], parse: true });
    expect(withMarker.words).toEqual(['rejectUnauthorized', 'strictSSL', 'tlsguard-ignore']);
  });

  it('triggers on a word group only when every word of it occurs, in any order', () => {
    const proxy = rule('proxy', [['proxy', 'secure'], 'rejectUnauthorized']);
    const groups = createPrefilter([proxy], { language: 'javascript' });
    expect(groups.words).toEqual(['proxy', 'rejectUnauthorized']);
    expect(groups.check('new Proxy(target); const proxy = 1;')).toEqual({
      rules: [],
      parse: false,
    });
    expect(groups.rulesFor('secure: false, proxy: { target }')).toEqual([proxy]);
    expect(groups.rulesFor('{ rejectUnauthorized: false }')).toEqual([proxy]);
  });

  it('can be switched off: every file parsed with every rule', () => {
    expect(passEverything([always, reject], 'javascript').check('x')).toEqual({
      rules: [always, reject],
      parse: true,
    });
  });
});
