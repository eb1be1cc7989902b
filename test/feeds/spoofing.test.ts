/**
 * Visual spoofing: text that looks unlike what it is. Bidi overrides, zero-width and other
 * invisible characters are removed from every shown field of every format; Atom text and
 * xhtml constructs get the same clean-up; an e-mail address is shown exactly as it links.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import type { FeedKind, NewsFeed } from '../../src/feeds/model.js';
import '../../src/components/partnership-panel/partnership-panel.js';

// One of each: RLO, LRO, RLI, PDI, ZWSP, ZWNJ, ZWJ, LRM, RLM, WJ, invisible times/separator/plus,
// soft hyphen, Arabic letter mark, BOM, Hangul filler and a tag character.
const SPOOF = '\u202E\u202D\u2067\u2069\u200B\u200C\u200D\u200E\u200F\u2060\u2062\u2063\u2064\u00AD\u061C\uFEFF\u3164\u{E0041}';
// eslint-disable-next-line no-misleading-character-class -- U+034F (a combining mark) is listed on its own, on purpose
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/;
const s = (text: string) => `${text}${SPOOF}_x`;

/** Every string of a model but ids (identifiers, not shown). */
function shownStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key === 'city' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => shownStrings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shownStrings(v, k));
  return [];
}

const FEEDS: [string, FeedKind, string][] = [
  ['JSON Feed', 'news', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: s('Feed'), items: [{ id: '1', title: s('Tytuł'), summary: s('<p>Opis</p>'), authors: [{ name: s('Jan') }], tags: [s('Kultura')], image: 'https://a.example/i.jpg', _civic: { image_alt: { pl: s('Alt') }, tags: [{ de: s('Kultur') }] } }] })],
  ['WordPress', 'news', JSON.stringify([{ id: 1, slug: 'a', link: 'https://a.example/', title: { rendered: s('Post') }, excerpt: { rendered: s('<p>Ex</p>') }, _embedded: { author: [{ name: s('Anna') }], 'wp:term': [[{ id: 1, name: s('Sport'), taxonomy: 'category' }]] } }])],
  ['RSS', 'news', `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${s('Kanał')}</title><item><title>${s('Tytuł')}</title><link>https://a.example/</link><description>${s('Opis')}</description><dc:creator>${s('Jan')}</dc:creator><category>${s('Kat')}</category></item></channel></rss>`],
  ['Atom type="text"', 'news', `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">${s('Feed')}</title><entry><id>1</id><title type="text">${s('raport_\u202Efdp.exe')}</title><summary type="text">${s('Sum')}</summary><author><name>${s('Ewa')}</name></author></entry></feed>`],
  ['Atom type="xhtml"', 'news', `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${s('Tytuł')}</div></title><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${s('Tekst')}</p><script>alert("skrypt")</script><style>p{}</style></div></summary></entry></feed>`],
  ['GeoJSON', 'attractions', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [20, 52] }, properties: { id: 'a', name: s('Zamek'), 'name:de': s('Burg'), description: s('Opis'), address: s('ul. Zamkowa 1'), openingHours: s('9–17'), phone: `+48${SPOOF} 46 862 33 09`, category: { pl: s('Zabytek'), de: s('Denkmal') } } }] })],
  ['partnership', 'partnership', JSON.stringify({ partnerships: [{ id: 'a', title: s('Partnerstwo'), status: 'talks', next: s('Dalej'), description: s('<p>Opis <b>pogrubiony</b></p>'), newsTag: s('Współpraca'), cities: [{ id: 'a', name: s('Sochaczew'), region: s('Mazowsze'), country: 'PL' }, { id: 'b', name: s('Krefeld'), country: 'DE' }], areas: [{ title: s('Kultura'), description: s('Opis') }], milestones: [{ date: '2026-01-01', title: s('Umowa'), text: s('Tekst') }], contacts: [{ city: 'a', name: s('Biuro'), role: s('Rola'), department: s('Wydział'), phone: `+48${SPOOF} 46 864 97 00` }] }] })],
];

describe('visual spoofing', () => {
  for (const [name, kind, body] of FEEDS) {
    it(`${name}: no bidi, zero-width or other invisible character in any shown field`, () => {
      const data = parseFeedText(kind, body, { warn: () => {} });
      const strings = shownStrings(data);
      expect(strings.length).to.be.at.least(2);
      for (const text of strings) expect(INVISIBLE.test(text), JSON.stringify(text)).to.be.false;
    });
  }

  it('Atom type="text" shows "raport_fdp.exe" as it is, not as "raport_exe.pdf"', () => {
    const feed = parseFeedText('news', FEEDS[3][2]) as NewsFeed;
    expect(feed.items[0].title).to.equal('raport_fdp.exe_x');
  });

  it('Atom type="xhtml" shows the text of its elements, never <script> or <style> text', () => {
    const feed = parseFeedText('news', FEEDS[4][2]) as NewsFeed;
    expect(feed.items[0].title).to.equal('Tytuł_x');
    expect(feed.items[0].excerpt).to.equal('Tekst_x');
  });

  describe('<civic-partnership-panel> contacts', () => {
    const panel = (email: string) => ({
      id: 'a-b',
      title: 'A – B',
      status: 'talks',
      cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'DE' }],
      contacts: [{ city: 'a', name: 'Biuro', email }],
    });

    it('an e-mail written with a right-to-left override is not offered at all', async () => {
      const el = await fixture(html`<civic-partnership-panel lang="pl" .partnerships=${[panel('\u202Elp.wezcahcos@dazru')]}></civic-partnership-panel>`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.not.contain('wezcahcos');
    });

    it('a city website on a look-alike domain (Cyrillic "с" in "sochaczew") is shown in its xn-- form, not as the real name', async () => {
      const partnership = { ...panel('urzad@sochaczew.pl'), cities: [{ id: 'a', name: 'A', country: 'PL', website: 'https://www.socha\u0441zew.pl/' }, { id: 'b', name: 'B', country: 'DE' }] };
      const data = parseFeedText('partnership', JSON.stringify({ partnerships: [partnership] }), { warn: () => {} });
      const el = await fixture(html`<civic-partnership-panel lang="pl" .partnerships=${(data as { partnerships: unknown[] }).partnerships}></civic-partnership-panel>`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="https:"]')].find((a) => a.href.includes('xn--'));
      expect(link, 'the website link').to.exist;
      expect(link!.textContent!.trim()).to.match(/^xn--/);
      expect(el.shadowRoot!.textContent).to.not.contain('sochaczew.pl/');
    });

    it('a plain address is shown exactly as its mailto: link', async () => {
      const el = await fixture(html`<civic-partnership-panel lang="pl" .partnerships=${[panel(' urzad@sochaczew.pl ')]}></civic-partnership-panel>`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(link.getAttribute('href')).to.equal('mailto:urzad@sochaczew.pl');
      const shown = [...link.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      expect(`mailto:${shown}`).to.equal(link.getAttribute('href'));
    });
  });
});
