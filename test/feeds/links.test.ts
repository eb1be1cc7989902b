import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref, safeUrl, safeWebUrl, telHref, toEmail, toPhone } from '../../src/feeds/links.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import type { NewsFeed } from '../../src/feeds/model.js';

const base = 'https://example.gov.pl/data/feed.json';

describe('links (one module for every link)', () => {
  describe('query strings stay as written', () => {
    it('`&copy=2&lt=3` are parameters, not entities', () => {
      expect(safeUrl('https://sochaczew.pl/?kat=1&copy=2&lt=3&reg=4', base)).to.equal('https://sochaczew.pl/?kat=1&copy=2&lt=3&reg=4');
      expect(safeUrl('https://sochaczew.pl/?a=1&lt;b', base)).to.equal('https://sochaczew.pl/?a=1&lt;b');
    });

    it('an escaped ampersand (as CMSs write it) is unescaped', () => {
      expect(safeUrl('https://sochaczew.pl/?p=1&amp;lang=de', base)).to.equal('https://sochaczew.pl/?p=1&lang=de');
      expect(safeUrl('https://sochaczew.pl/?p=1&#038;lang=de', base)).to.equal('https://sochaczew.pl/?p=1&lang=de');
    });

    it('in a JSON Feed and a WordPress post list alike', () => {
      const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'A', url: 'https://sochaczew.pl/aktualnosci?kat=1&copy=2&lt=3' }] });
      expect((parseFeedText('news', json) as NewsFeed).items[0].url).to.equal('https://sochaczew.pl/aktualnosci?kat=1&copy=2&lt=3');
      const wp = JSON.stringify([{ id: 7, slug: 'a', title: { rendered: 'B' }, link: 'https://sochaczew.pl/?p=7&copy=1' }]);
      expect((parseFeedText('news', wp) as NewsFeed).items[0].url).to.equal('https://sochaczew.pl/?p=7&copy=1');
    });
  });

  describe('schemes', () => {
    it('safeWebUrl keeps http(s) and relative links only', () => {
      expect(safeWebUrl('/a', base)).to.equal('https://example.gov.pl/a');
      expect(safeWebUrl('mailto:a@b.pl', base)).to.equal(undefined);
      expect(safeWebUrl('tel:+48123', base)).to.equal(undefined);
      expect(safeWebUrl('javascript:alert(1)', base)).to.equal(undefined);
    });

    it('invisible characters cannot hide a scheme', () => {
      expect(safeUrl('java\u200Bscript:alert(1)', base)).to.equal(undefined);
      expect(safeUrl('\u202Ejavascript:alert(1)', base)).to.equal(undefined);
    });

    it('safeHref checks host-given URLs against the page', () => {
      expect(safeHref('/news/1')).to.equal(new URL('/news/1', document.baseURI).href);
      expect(safeHref('javascript:alert(1)')).to.equal(undefined);
      expect(safeHref(42)).to.equal(undefined);
    });
  });

  describe('phones', () => {
    it('one rule for the map and the panel', () => {
      expect(telHref('+48 46 862 33 09')).to.equal('tel:+48468623309');
      expect(telHref('(046) 862-33-09')).to.equal('tel:0468623309');
      expect(telHref('ring us')).to.equal(undefined);
      expect(telHref('12')).to.equal(undefined);
      expect(telHref('+48 46 862 33 09 <script>')).to.equal(undefined);
      expect(toPhone('+48\u200B 46\u202E 862')).to.equal('+48 46 862');
    });
  });

  describe('e-mail: what is shown is what is opened', () => {
    it('plain addresses, in any script', () => {
      expect(mailtoHref('urzad@sochaczew.pl')).to.equal('mailto:urzad@sochaczew.pl');
      expect(mailtoHref(' mailto:Info@Krefeld.de ')).to.equal('mailto:Info@Krefeld.de');
      expect(toEmail('rada@żyrardów.pl')).to.equal('rada@żyrardów.pl');
    });

    it('refuses addresses that display differently from their target', () => {
      // "urzad@sochaczew.pl" on screen, "lp.wezcahcos@dazru" … in the link
      expect(toEmail('\u202Elp.wezcahcos@dazru')).to.equal(undefined);
      expect(toEmail('urzad@sochaczew.pl\u202Emoc.live')).to.equal(undefined);
      expect(toEmail('urz\u200Bad@sochaczew.pl')).to.equal(undefined);
      expect(toEmail('urzad@sochaczew\u00AD.pl')).to.equal(undefined);
      expect(toEmail('"a b"@sochaczew.pl')).to.equal(undefined);
      expect(toEmail('a@b.pl?cc=evil@x.com')).to.equal(undefined);
      expect(toEmail('a@b.pl?body=x')).to.equal(undefined);
      expect(mailtoHref('a@b')).to.equal(undefined);
    });
  });
});
