/** Categories in several languages: where each format carries them, and what elements show. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import type { AttractionsFeed, NewsFeed, PartnershipFeed } from '../../src/feeds/model.js';
import { jointNews } from '../../src/components/partnership-panel/joint-news.js';
import { filterByCategory } from '../../src/ui/news-meta.js';
import '../../src/components/attractions-map/attractions-map.js';
import { storeFeed, uniqueKey } from './helpers.js';

const jf = (items: unknown[], language = 'pl') => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', language, items });

describe('translated categories', () => {
  describe('JSON Feed `_civic.tags`', () => {
    it('translates tag i with entry i, the plain tag being in the feed’s language', () => {
      const feed = parseFeedText('news', jf([{ id: '1', title: 'T', tags: ['Wydarzenia', 'Pilne', 'Lokalne'], _civic: { tags: [{ de: 'Veranstaltungen', en: 'Events' }, { de: 'Eilmeldung' }] } }])) as NewsFeed;
      expect(feed.items[0].categories).to.deep.equal([{ pl: 'Wydarzenia', de: 'Veranstaltungen', en: 'Events' }, { pl: 'Pilne', de: 'Eilmeldung' }, 'Lokalne']);
      expect(feed.items[0].breaking, '"Pilne" in any language').to.be.true;
    });

    it('accepts full language maps and cleans them like any text', () => {
      const feed = parseFeedText('news', jf([{ id: '1', title: 'T', _civic: { tags: [{ pl: '<b>Kultura</b>', de: 'Kul\u200Btur', 'not a tag': 'x' }, 42, null] } }])) as NewsFeed;
      expect(feed.items[0].categories).to.deep.equal([{ pl: 'Kultura', de: 'Kultur' }, '42']);
    });
  });

  describe('WordPress with Polylang', () => {
    it('a term whose translations are in the response becomes a language map', () => {
      const term = (id: number, name: string, lang: string, translations: Record<string, number>) => ({ id, name, taxonomy: 'category', lang, translations });
      const post = (id: number, lang: string, cat: ReturnType<typeof term>) => ({ id, slug: `p${id}`, link: `https://miasto.example/${lang}/${id}`, title: { rendered: `Post ${id}` }, lang, _embedded: { 'wp:term': [[cat]] } });
      const events = { pl: term(5, 'Wydarzenia', 'pl', { pl: 5, de: 6, en: 7 }), de: term(6, 'Veranstaltungen', 'de', { pl: 5, de: 6, en: 7 }), en: term(7, 'Events', 'en', { pl: 5, de: 6, en: 7 }) };
      const feed = parseFeedText('news', JSON.stringify([post(1, 'pl', events.pl), post(2, 'de', events.de), post(3, 'en', events.en)])) as NewsFeed;
      for (const item of feed.items) expect(item.categories).to.deep.equal([{ pl: 'Wydarzenia', de: 'Veranstaltungen', en: 'Events' }]);
      expect(feed.items.map((i) => i.language)).to.deep.equal(['pl', 'de', 'en']);
      expect(filterByCategory(feed.items, 'veranstaltungen')).to.have.length(3);
    });

    it('a term without translations in the response stays its name', () => {
      const feed = parseFeedText('news', JSON.stringify([{ id: 1, slug: 'a', title: { rendered: 'A' }, _embedded: { 'wp:term': [[{ id: 5, name: 'Sport', taxonomy: 'category', lang: 'pl', translations: { de: 99 } }]] } }])) as NewsFeed;
      expect(feed.items[0].categories).to.deep.equal(['Sport']);
    });
  });

  describe('GeoJSON', () => {
    const fc = (props: Record<string, unknown>[]) =>
      JSON.stringify({ type: 'FeatureCollection', language: 'pl', features: props.map((p, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [20.2 + i / 100, 52.2] }, properties: { id: `p${i}`, name: `Miejsce ${i}`, ...p } })) });

    it('a category as a language map, or with OSM-style category:xx, keeps its names; its id is the name in the feed’s language', () => {
      const feed = parseFeedText('attractions', fc([{ category: { pl: 'Zabytek', de: 'Denkmal', en: 'Monument' } }, { category: 'Pomnik', 'category:de': 'Denkmal' }, { category: 'museum' }])) as AttractionsFeed;
      const [a, b, c] = feed.attractions;
      expect(a).to.include({ category: 'zabytek' });
      expect(a.categoryName).to.deep.equal({ pl: 'Zabytek', de: 'Denkmal', en: 'Monument' });
      expect(b).to.include({ category: 'pomnik' });
      expect(b.categoryName).to.deep.equal({ pl: 'Pomnik', de: 'Denkmal' });
      expect(c.category).to.equal('museum');
      expect(c.categoryName).to.equal(undefined);
    });

    it('the map’s legend names the feed’s own category in the page language', async () => {
      const src = await storeFeed(uniqueKey('cat-map'), fc([{ category: { pl: 'Zabytek', de: 'Denkmal', en: 'Monument' } }, { category: 'museum' }]), 'application/geo+json');
      const el = await fixture(html`<civic-attractions-map lang="de" src=${src}></civic-attractions-map>`);
      await waitUntil(() => el.getAttribute('feed-state') === 'ready', 'map feed ready', { timeout: 5000 });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll('.chip-label')].map((l) => l.textContent?.trim());
      expect(labels).to.include('Denkmal');
      expect(labels).to.not.include('Zabytek');
    });
  });

  describe('partnership newsTag', () => {
    it('a language map matches news categories named in any of its languages', () => {
      const file = parseFeedText('partnership', JSON.stringify({ partnerships: [{ id: 'a-b', title: 'A – B', status: 'talks', newsTag: { pl: 'Współpraca', de: 'Partnerschaft' }, cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'DE' }] }] })) as PartnershipFeed;
      const tag = file.partnerships[0].newsTag;
      expect(tag).to.deep.equal({ pl: 'Współpraca', de: 'Partnerschaft' });
      const news = (parseFeedText('news', jf([
        { id: '1', title: 'PL', tags: ['Współpraca'] },
        { id: '2', title: 'DE', tags: ['Partnerschaft'], language: 'de' },
        { id: '3', title: 'Other', tags: ['Sport'] },
      ])) as NewsFeed).items;
      expect(jointNews(news, tag, 10).map((n) => n.id)).to.deep.equal(['1', '2']);
    });
  });
});
