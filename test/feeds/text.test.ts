import { expect } from '@open-wc/testing';
import { CONTROL, decodeEntities, toLocalized, toPlainText, tidyText, MAX_TEXT_LENGTH } from '../../src/feeds/text.js';
import { safeUrl } from '../../src/feeds/links.js';

describe('safeUrl()', () => {
  const base = 'https://example.gov.pl/data/feed.json';
  const kept: [string, string][] = [
    ['https://example.gov.pl/a?b=1#c', 'https://example.gov.pl/a?b=1#c'],
    ['http://example.gov.pl/', 'http://example.gov.pl/'],
    ['HTTPS://EXAMPLE.GOV.PL/X', 'https://example.gov.pl/X'],
    ['images/a.svg', 'https://example.gov.pl/data/images/a.svg'],
    ['/root.png', 'https://example.gov.pl/root.png'],
    ['../up.html', 'https://example.gov.pl/up.html'],
    ['//cdn.example.org/x.png', 'https://cdn.example.org/x.png'],
    ['mailto:urzad@sochaczew.pl', 'mailto:urzad@sochaczew.pl'],
    ['tel:+48468649700', 'tel:+48468649700'],
    ['  https://example.gov.pl/trim  ', 'https://example.gov.pl/trim'],
    ['https://example.gov.pl/?a=1&amp;b=2', 'https://example.gov.pl/?a=1&b=2'],
    ['https://example.gov.pl/my file.pdf', 'https://example.gov.pl/my%20file.pdf'],
  ];
  for (const [input, output] of kept) it(`keeps ${JSON.stringify(input)}`, () => expect(safeUrl(input, base)).to.equal(output));

  const dropped = [
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    'java\rscript:alert(1)', '\u0000javascript:alert(1)', 'javascript&colon;alert(1)', 'javascript&#58;alert(1)', 'javascript&#x3a;alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)', 'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,AAAA',
    'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'blob:https://example.gov.pl/x', 'file:///etc/passwd', 'ftp://example.gov.pl/', 'ws://example.gov.pl/',
    'about:blank', 'chrome://settings', 'intent://x#Intent;end', 'x'.repeat(5000), '',
  ];
  for (const input of dropped) it(`drops ${JSON.stringify(input.slice(0, 50))}`, () => expect(safeUrl(input, base)).to.equal(undefined));

  it('drops non-strings', () => {
    for (const value of [null, undefined, 42, {}, [], true]) expect(safeUrl(value, base)).to.equal(undefined);
  });

  it('gives a plain absolute address (the quick way) as the browser reads it: normalized, markup characters escaped', () => {
    const plain: [string, string][] = [
      ['https://example.org', 'https://example.org/'],
      ['https://Example.ORG/A/./b/../c?q=1#f', 'https://example.org/A/c?q=1#f'],
      ['https://example.org:443/x', 'https://example.org/x'],
      ['https://example.org/"onmouseover="alert(1)', 'https://example.org/%22onmouseover=%22alert(1)'],
      ['https://example.org/<script>alert(1)</script>', 'https://example.org/%3Cscript%3Ealert(1)%3C/script%3E'],
      ['http://example.org/a\\b', 'http://example.org/a/b'],
    ];
    for (const [input, output] of plain) expect(safeUrl(input, base), input).to.equal(output);
    for (const input of ['https://[bad/', 'https://example.org:99999/']) expect(safeUrl(input, base), input).to.equal(undefined);
  });
});

describe('toPlainText()', () => {
  const cases: [unknown, string][] = [
    ['Plain', 'Plain'],
    ['  many   spaces\n\tand lines ', 'many spaces and lines'],
    ['<p>Para</p><p>graphs</p>', 'Para graphs'],
    ['A<br>B', 'A B'],
    ['Tom &amp; Jerry &#8211; &quot;cats&quot; &hellip;', 'Tom & Jerry – "cats" …'],
    ['&lt;b&gt;not bold&lt;/b&gt;', '<b>not bold</b>'],
    ['<script>alert(1)</script>Visible', 'Visible'],
    ['<style>p{}</style><p>Visible</p>', 'Visible'],
    ['<!-- comment -->Text', 'Text'],
    ['Zażółć <em>gęślą</em> jaźń', 'Zażółć gęślą jaźń'],
    ['a\u0000b\u202Ec', 'abc'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['<img alt="a > b" src=x>After', 'After'],
    ["<a title='x > y' href=\"z\">Link</a> text", 'Link text'],
    ['<script>if (a < b) { x = "</p>" }</script>Shown', 'Shown'],
    ['<svg><text>hidden</text><svg><g>x</g></svg></svg>Shown', 'Shown'],
    ['<textarea><b>kept</b></textarea>', '<b>kept</b>'],
    ['Cut <b', 'Cut'],
    ['a <3 b & c', 'a <3 b & c'],
    ['<!doctype html><!-- x > y --><p>P</p>', 'P'],
    ['Tom&nbsp;&amp;&nbsp;Jerry', 'Tom\u00a0&\u00a0Jerry'],
    ['?kat=1&copy=2&lt=3', '?kat=1&copy=2&lt=3'],
    ['5 &lt; 6 &sect; 7', '5 < 6 § 7'],
    ['raport_\u202Efdp.exe', 'raport_fdp.exe'],
    ['in\u200Bvi\u2060si\u00ADble\u061C \u{E0041}tags', 'invisible tags'],
    [12, '12'],
    [null, ''],
    [{ pl: 'x' }, ''],
  ];
  for (const [input, output] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => expect(toPlainText(input)).to.equal(output));

  it('caps very long text', () => {
    expect(toPlainText('x'.repeat(MAX_TEXT_LENGTH * 2)).length).to.equal(MAX_TEXT_LENGTH);
  });

  it('shows any mix of spaces, line breaks, no-break, control and invisible characters as tidy text', () => {
    // Texts that need no change take a fast path: whatever is mixed in, the result is what the
    // full clean-up gives (one space between words, nothing invisible, nothing at the ends).
    const alphabet = ['a', 'ż', 'Я', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2003', '\u3000', '\u2028', '\u0000', '\u0085', '\u00ad', '\u200b', '\u202e', '\ufeff', '\u{E0041}'];
    let seed = 11;
    const pick = () => alphabet[(seed = (seed * 16807) % 2147483647) % alphabet.length];
    // eslint-disable-next-line no-control-regex -- control characters are what must not be shown
    const invisible = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u202e\ufeff]|\u{E0041}/u;
    for (let i = 0; i < 3000; i++) {
      const input = Array.from({ length: 1 + (i % 9) }, pick).join('');
      const shown = toPlainText(input);
      expect(shown, JSON.stringify(input)).not.to.match(invisible);
      expect(shown, JSON.stringify(input)).not.to.match(/^\s|\s$|[^\S\u00a0\u202f]{2}|[^\S \u00a0\u202f]/);
      expect(toPlainText(shown), JSON.stringify(input)).to.equal(shown);
      expect(shown.replace(/[^ażЯ]/g, ''), JSON.stringify(input)).to.equal(input.replace(/[^ażЯ]/g, ''));
    }
  });

  it('takes the quick way only where the full clean-up would change nothing', () => {
    // Letters the one-pass check knows (Latin, Greek, Cyrillic) beside the characters at its
    // borders and every kind it must leave to the full clean-up.
    const alphabet = ['a', 'Z', '~', '!', 'ł', 'ÿ', 'ɏ', 'Ω', 'ж', 'ԯ', '\u02ff', '\u0300', '\u034f', '\u0370', '\u052f', '\u0530', '\u061c', ' ', ' ', '\u00a0', '\u00ad', '\u00a1', '\u007f', '\u009f', '\u001f', '\t', '\u2028', '\u202f', '\u3164', '\u{E0020}'];
    let seed = 5;
    const pick = () => alphabet[(seed = (seed * 16807) % 2147483647) % alphabet.length];
    const fullCleanUp = (text: string) => text.replace(CONTROL, '').replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
    for (let i = 0; i < 5000; i++) {
      const input = Array.from({ length: 1 + (i % 7) }, pick).join('');
      expect(tidyText(input), JSON.stringify(input)).to.equal(fullCleanUp(input));
    }
  });
});

describe('toLocalized()', () => {
  it('keeps strings and language maps, plain text, valid tags only', () => {
    expect(toLocalized('<b>Hi</b>')).to.equal('Hi');
    expect(toLocalized({ pl: '<i>Cześć</i>', 'de-AT': 'Servus', 'not a tag': 'x', en: '', fr: 42 })).to.deep.equal({ pl: 'Cześć', 'de-AT': 'Servus', fr: '42' });
    expect(toLocalized({})).to.equal(undefined);
    expect(toLocalized(['a'])).to.equal(undefined);
    expect(toLocalized('   ')).to.equal(undefined);
  });
});

describe('decodeEntities() (fallback without a parser)', () => {
  it('decodes named, decimal and hex entities, and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&oacute;&unknown;')).to.equal('&<>"\'Aó&unknown;');
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).to.equal('');
  });
});
