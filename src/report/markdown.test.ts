import { describe, expect, it } from 'vitest';
import { code, encodePath, escapeText, link, messageMarkdown } from './markdown.js';

describe('markdown escaping of untrusted text', () => {
  it('turns every syntax character into an entity and control characters into visible escapes', () => {
    expect(escapeText('a%0A::error::x,y:z.js')).toBe('a%0A&#58;&#58;error&#58;&#58;x,y&#58;z.js');
    expect(escapeText('`tick`|pipe<script>')).toBe('&#96;tick&#96;&#124;pipe&#60;script&#62;');
    expect(escapeText('new\nline\r\u001b[31m')).toBe('new&#92;x0aline&#92;x0d&#92;x1b&#91;31m');
    expect(escapeText('[x](javascript:alert(1)) *b* _i_ ~s~ $m$ !')).not.toMatch(/[[\]()*_~$!]/);
    expect(escapeText('& "quoted" \'single\'')).toBe('&#38; &#34;quoted&#34; &#39;single&#39;');
  });

  it('shows bidirectional controls and invisible characters as escapes', () => {
    expect(escapeText('src/bidi\u202Etxt.js')).toBe('src/bidi&#92;u202etxt.js');
    expect(escapeText('a\u200Bb\u200Dc\uFEFFd\u2060e\u2067f\u200Fg\u061Ch')).toBe(
      'a&#92;u200bb&#92;u200dc&#92;ufeffd&#92;u2060e&#92;u2067f&#92;u200fg&#92;u061ch',
    );
    expect(escapeText('tag\u{E0041}')).toBe('tag&#92;u{e0041}');
  });

  it('keeps @mentions from notifying anyone', () => {
    expect(escapeText('@octocat')).toBe('@&#8203;octocat');
  });

  it('renders backtick spans of messages as code, escaping their content', () => {
    expect(messageMarkdown('`a|b` is <bad>')).toBe('<code>a&#124;b</code> is &#60;bad&#62;');
    expect(messageMarkdown('odd ` tick')).toBe('odd <code> tick</code>');
    expect(code('x`y')).toBe('<code>x&#96;y</code>');
  });

  it('percent-encodes path segments for URLs and escapes link attributes', () => {
    expect(encodePath("src/a b/(x)'!*.js")).toBe('src/a%20b/%28x%29%27%21%2A.js');
    expect(encodePath('a%0A::error::x,y:z.js')).toBe('a%250A%3A%3Aerror%3A%3Ax%2Cy%3Az.js');
    expect(link('https://x.invalid/?a="b"&c', 'text')).toBe(
      '<a href="https://x.invalid/?a=&#34;b&#34;&#38;c">text</a>',
    );
  });
});
