/**
 * Bad input that is not an attack: broken, odd or oversized feeds. A broken feed is a
 * FeedError with a reason; a broken item is skipped, counted and named in a warning.
 * Nothing is ever thrown past the feed layer as anything else.
 */
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import { FeedError, type FeedProblemCode } from '../../src/feeds/problem.js';
import type { AttractionsFeed, FeedKind, NewsFeed } from '../../src/feeds/model.js';
import { MAX_TEXT_LENGTH } from '../../src/feeds/text.js';

const jf = (items: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items, ...extra });
const fc = (features: unknown) => JSON.stringify({ type: 'FeatureCollection', features });
const pt = (coordinates: unknown, props: Record<string, unknown> = { name: 'N' }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: props });

function code(kind: FeedKind, body: string): FeedProblemCode | 'ok' {
  try {
    parseFeedText(kind, body, { warn: () => {} });
    return 'ok';
  } catch (error) {
    expect(error, 'only FeedError escapes').to.be.instanceOf(FeedError);
    return (error as FeedError).problem.code;
  }
}

export const BROKEN_FEEDS: [string, FeedKind, string, FeedProblemCode | 'ok'][] = [
  ['empty body', 'news', '', 'invalidJson'],
  ['whitespace only', 'news', ' \n\t ', 'invalidJson'],
  ['JSON null', 'news', 'null', 'invalidFeed'],
  ['a number', 'news', '42', 'invalidFeed'],
  ['a string', 'news', '"feed"', 'invalidFeed'],
  ['an empty object', 'news', '{}', 'invalidFeed'],
  ['JSON Feed without items', 'news', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x' }), 'invalidFeed'],
  ['JSON Feed with items as an object', 'news', jf({ a: 1 }), 'invalidFeed'],
  ['an array of numbers', 'news', '[1,2,3]', 'invalidFeed'],
  ['JSON cut mid-way', 'news', '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"a', 'invalidJson'],
  ['trailing garbage', 'news', `${jf([])} garbage`, 'invalidJson'],
  ['single quotes', 'news', "{'items': []}", 'invalidJson'],
  ['NaN literal', 'news', '{"items": [NaN]}', 'invalidJson'],
  ['200 000 open brackets', 'news', '['.repeat(200_000), 'invalidJson'],
  ['an HTML page', 'news', '<!DOCTYPE html><html><body>Login</body></html>', 'notJson'],
  ['an HTML page after a comment', 'news', '<!-- cache --><html><head></head></html>', 'notJson'],
  ['a bare <body>', 'attractions', '<body>oops</body>', 'notJson'],
  ['XML that is not a feed', 'news', '<?xml version="1.0"?><sitemap/>', 'invalidFeed'],
  ['malformed RSS (tags crossed)', 'news', '<rss version="2.0"><channel><title>x</channel>', 'invalidFeed'],
  ['malformed RSS (an attribute quote never closed)', 'news', '<rss version="2.0><channel></channel></rss>', 'invalidFeed'],
  ['RSS cut off before </rss>', 'news', '<rss version="2.0"><channel><title>x</title><item><title>a</title></item><item><tit', 'ok'],
  ['RSS with a bare & and &nbsp;', 'news', '<rss version="2.0"><channel><title>A & B&nbsp;C</title></channel></rss>', 'ok'],
  ['RSS without channel', 'news', '<rss version="2.0"></rss>', 'invalidFeed'],
  ['RSS for the map', 'attractions', '<rss version="2.0"><channel></channel></rss>', 'invalidFeed'],
  ['a BOM before valid JSON', 'news', `\uFEFF${jf([])}`, 'ok'],
  ['an empty WordPress list', 'news', '[]', 'ok'],
  ['GeoJSON without features', 'attractions', '{"type":"FeatureCollection"}', 'invalidFeed'],
  ['a bare geometry', 'attractions', '{"type":"Point","coordinates":[1,2]}', 'invalidFeed'],
  ['a JSON Feed for the map', 'attractions', jf([]), 'invalidFeed'],
  ['partnerships as a string', 'partnership', '{"partnerships":"x"}', 'invalidFeed'],
  ['an array for partnerships', 'partnership', '[]', 'invalidFeed'],
  ['GeoJSON for partnerships', 'partnership', fc([]), 'invalidFeed'],
  ['every partnership broken', 'partnership', JSON.stringify({ partnerships: [{ id: 42, status: 'bogus', cities: 'x' }] }), 'invalidFeed'],
];

// Each set also holds one good entry (`GOOD_*`): a feed with nothing usable is an error of its own (below).
const GOOD_ITEM = { id: 'good', title: 'Dobry wpis' };
const GOOD_POST = { id: 1, slug: 'dobry', title: { rendered: 'Dobry wpis' }, link: 'https://a.pl/dobry' };
const GOOD_POINT = pt([20.2, 52.2], { name: 'Zamek' });
export const BROKEN_ITEMS: [string, FeedKind, string, number][] = [
  ['JSON Feed: null, number, string, array, empty object, object id', 'news', jf([null, 1, 'x', [], {}, { id: {} }, GOOD_ITEM]), 6],
  ['JSON Feed: id without any text', 'news', jf([{ id: 'a' }, GOOD_ITEM]), 1],
  ['JSON Feed: empty-map / array / markup-only titles', 'news', jf([{ id: 'b', title: {} }, { id: 'c', title: ['x'] }, { id: 'd', title: '<b></b>' }, GOOD_ITEM]), 3],
  ['WordPress: posts without id or title', 'news', JSON.stringify([{ title: { rendered: 'x' }, link: 'https://a.pl' }, { id: 2, title: { rendered: ' ' }, link: 'https://a.pl' }, 7, GOOD_POST]), 3],
  ['GeoJSON: coordinates out of range, as text, too short, null', 'attractions', fc([pt([181, 0]), pt([0, 91]), pt(['1', '2']), pt([1]), pt(null), pt([null, null]), GOOD_POINT]), 6],
  ['GeoJSON: no geometry, unknown type, not a Feature, no name', 'attractions', fc([{ type: 'Feature', properties: { name: 'x' } }, { type: 'Feature', geometry: { type: 'Circle', coordinates: [1, 2] }, properties: { name: 'x' } }, { type: 'Thing' }, pt([1, 2], {}), GOOD_POINT]), 4],
  ['Partnership: bad status, one city, no id, bad country', 'partnership', JSON.stringify({ partnerships: [{ id: 'a', title: 'x', status: 'x', cities: [] }, { id: 'b', title: 'x', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'PL' }] }, { title: 'x' }, { id: 'c', title: 'x', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'Polska' }, { id: 'b', name: 'B', country: 'DE' }] }, { id: 'ok', title: 'x', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'DE' }] }] }), 4],
];

describe('bad input', () => {
  describe('broken feeds become a reason, never an exception', () => {
    for (const [what, kind, body, expected] of BROKEN_FEEDS) {
      it(`${what} (${kind}) → ${expected}`, () => expect(code(kind, body)).to.equal(expected));
    }
  });

  describe('broken items are skipped, counted and named', () => {
    for (const [what, kind, body, skipped] of BROKEN_ITEMS) {
      it(`${what}: ${skipped} skipped`, () => {
        const warnings: string[] = [];
        const data = parseFeedText(kind, body, { warn: (w) => warnings.push(w) });
        expect(data.skipped).to.equal(skipped);
        expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(skipped);
        for (const w of warnings.filter((x) => x.includes('skipped'))) expect(w).to.match(/"[\w.:]+"/); // names the field
      });
    }
  });

  describe('a feed whose every entry is unusable is an error with the reason, an empty one is empty', () => {
    const cases: [string, FeedKind, string, number, string][] = [
      ['JSON Feed items [null, 5, "x", {}]', 'news', jf([null, 5, 'x', {}]), 4, 'item'],
      ['JSON Feed items without titles', 'news', jf([{ id: 'a' }, { id: 'b', title: ' ' }]), 2, 'title'],
      ['WordPress posts without titles', 'news', JSON.stringify([{ id: 1, slug: 'a', title: { rendered: '' } }]), 1, 'title.rendered'],
      ['RSS items without titles or text', 'news', '<rss version="2.0"><channel><title>T</title><item><link>https://a.pl/1</link></item><item/></channel></rss>', 2, 'title'],
      ['Atom entries without titles', 'news', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry></feed>', 1, 'title'],
      ['GeoJSON with text coordinates', 'attractions', fc([pt(['20.2', '52.2']), pt([null, null]), pt('x')]), 3, 'geometry.coordinates'],
      ['partnerships without two cities', 'partnership', JSON.stringify({ partnerships: [{ id: 'a', title: 'x', status: 'talks', cities: [] }] }), 1, 'cities'],
    ];
    for (const [what, kind, body, entries, field] of cases) {
      it(`${what}: invalidFeed, "${entries} …, none usable", the first one's field named`, () => {
        let problem: FeedError['problem'] | undefined;
        try {
          parseFeedText(kind, body, { warn: () => {} });
        } catch (error) {
          problem = (error as FeedError).problem;
        }
        expect(problem?.code).to.equal('invalidFeed');
        expect(problem?.unusable).to.include({ entries, field });
        expect(problem?.detail).to.match(new RegExp(`^${entries} \\w+, none usable \\(the first: "${field.replace('.', '\\.')}"`));
      });
    }

    for (const [what, kind, body] of [
      ['an empty JSON Feed', 'news', jf([])],
      ['an empty RSS channel', 'news', '<rss version="2.0"><channel><title>T</title></channel></rss>'],
      ['an empty Atom feed', 'news', '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>'],
      ['an empty FeatureCollection', 'attractions', fc([])],
    ] as [string, FeedKind, string][]) {
      it(`${what} stays an empty feed`, () => {
        const data = parseFeedText(kind, body) as unknown as Record<string, unknown[]>;
        expect(data.items ?? data.attractions).to.deep.equal([]);
      });
    }
  });

  describe('limits', () => {
    it('cuts a feed of 2 000 items to 500 with a warning', () => {
      const warnings: string[] = [];
      const items = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: `T${i}` }));
      const feed = parseFeedText('news', jf(items), { warn: (w) => warnings.push(w) }) as NewsFeed;
      expect(feed.items).to.have.length(500);
      expect(warnings[0]).to.contain('2000 items; only the first 500');
    });

    it('caps a megabyte-long title, 1 000 tags and a huge view count', () => {
      // eslint-disable-next-line no-loss-of-precision -- 1e400 is Infinity on purpose: a huge count
      const feed = parseFeedText('news', jf([{ id: '1', title: 'x'.repeat(1_000_000), tags: Array.from({ length: 1000 }, (_, i) => `t${i}`), _civic: { views: 1e400 } }])) as NewsFeed;
      expect((feed.items[0].title as string).length).to.equal(MAX_TEXT_LENGTH);
      expect(feed.items[0].categories).to.have.length(20);
      expect(feed.items[0].views).to.equal(undefined);
    });

    it('ignores nonsense in optional fields without dropping the item', () => {
      const feed = parseFeedText('news', jf([{ id: '1', title: 'ok', date_published: 'yesterday', image: 42, url: {}, tags: 'not a list', authors: 'x', _civic: { views: -3, title: 'not a map', breaking: 'yes' } }]), { warn: () => {} }) as NewsFeed;
      expect(feed.items[0]).to.deep.equal({ id: '1', title: 'ok', categories: [] });
    });

    it('does not let __proto__ keys pollute objects', () => {
      parseFeedText('news', `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":{"__proto__":{"polluted":1},"pl":"x"},"_civic":{"__proto__":{"polluted":2}}}]}`);
      parseFeedText('attractions', `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"__proto__":{"polluted":3},"name":"x"}}]}`);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('gives duplicate attraction ids a unique suffix', () => {
      const feed = parseFeedText('attractions', fc([pt([1, 2], { id: 'a', name: 'A' }), pt([1, 2], { id: 'a', name: 'B' })])) as AttractionsFeed;
      expect(feed.attractions.map((a) => a.id)).to.deep.equal(['a', 'a#2']);
    });
  });

  after(() => console.log(`[bad-input] broken feeds: ${BROKEN_FEEDS.length}; broken-item sets: ${BROKEN_ITEMS.length} (${BROKEN_ITEMS.reduce((s, x) => s + x[3], 0)} items)`));
});
