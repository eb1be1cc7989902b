/**
 * Hostile feeds within the size limit: the caps that keep each of them cheap, and the
 * slicing that keeps the page responsive. Timings are in bench/hostile-feeds.mjs (printed,
 * not asserted); these tests assert the caps themselves and what a reader still sees.
 */
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';
import type { AttractionsFeed, NewsFeed, PartnershipFeed } from '../../src/feeds/model.js';
import { MAX_LANGUAGES, MAX_MAP_KEYS, MAX_TEXT_LENGTH, toLocalized, toPlainText } from '../../src/feeds/text.js';
import { MAX_SCANNED_TAGS } from '../../src/feeds/html-scan.js';
import { MAX_CATEGORIES } from '../../src/feeds/formats/news.js';
import { MAX_XML_ELEMENTS } from '../../src/feeds/formats/xml.js';
import { MAX_CHILDREN } from '../../src/feeds/formats/xml-read.js';
import { runSliced, runSync, type Steps } from '../../src/feeds/steps.js';
import { MAX_JSON_MEMBERS, MAX_JSON_VALUES, capJsonSteps } from '../../src/feeds/json-caps.js';
import { FeedError } from '../../src/feeds/problem.js';
import { JSON_CAPS_FROM } from '../../src/feeds/descriptor.js';

const jf = (items: unknown[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', language: 'pl', items });
const rss = (items: string) => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
const quiet = { warn: () => {} };

describe('hostile feeds: capped before they are parsed', () => {
  describe('lists and maps inside an item', () => {
    it('categories: the first 200 raw values are looked at, 20 kept, de-duplicated', () => {
      const tags = [...Array.from({ length: 300 }, () => 'Sport'), ...Array.from({ length: 500_000 }, (_, i) => `t${i}`)];
      const item = (parseFeedText('news', jf([{ id: '1', title: 'T', tags }])) as NewsFeed).items[0];
      expect(item.categories).to.deep.equal(['Sport']);
      const many = (parseFeedText('news', jf([{ id: '1', title: 'T', tags: Array.from({ length: 1000 }, (_, i) => `<b>t${i}</b>`) }])) as NewsFeed).items[0];
      expect(many.categories).to.have.length(MAX_CATEGORIES);
    });

    it('language maps: the first 200 keys are looked at, 50 languages kept', () => {
      const huge = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`pl-x${i}`, `<b>t${i}</b>`]));
      const map = toLocalized(huge) as Record<string, string>;
      expect(Object.keys(map)).to.have.length(MAX_LANGUAGES);
      expect(MAX_MAP_KEYS).to.be.at.most(1000);
      const late = toLocalized({ ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}!`, 'not a language'])), de: 'Spät' });
      expect(late, 'keys past the first 200 are not read').to.equal(undefined);
    });

    it('authors: the first 20 are looked at', () => {
      const authors = [...Array.from({ length: 250_000 }, () => ({ name: '<b></b>' })), { name: 'Jan' }];
      expect((parseFeedText('news', jf([{ id: '1', title: 'T', authors }])) as NewsFeed).items[0].author).to.equal(undefined);
      expect((parseFeedText('news', jf([{ id: '1', title: 'T', authors: [{}, { name: 'Anna' }] }])) as NewsFeed).items[0].author).to.equal('Anna');
    });

    it('WordPress terms: 10 groups of 200 per post', () => {
      const terms = Array.from({ length: 80_000 }, (_, i) => ({ id: i, name: `<b>k${i}</b>`, taxonomy: 'category' }));
      const item = (parseFeedText('news', JSON.stringify([{ id: 1, slug: 'a', title: { rendered: 'T' }, _embedded: { 'wp:term': [terms] } }])) as NewsFeed).items[0];
      expect(item.categories).to.have.length(MAX_CATEGORIES);
      expect(item.categories[0]).to.equal('k0');
    });

    it('GeoJSON: the first 1,000 properties are looked at for translations, 50 kept', () => {
      const props = { id: 'a', name: 'Zamek', ...Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`name:x${i}`, `<b>n${i}</b>`])) };
      const feed = parseFeedText('attractions', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [20, 52] }, properties: props }] })) as AttractionsFeed;
      // "x123" is no language tag: none of these count, and only the first 1,000 were read.
      expect(feed.attractions[0].name).to.equal('Zamek');
      const real = { id: 'b', name: 'Zamek', ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`name:${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, `n${i}`])) };
      const feed2 = parseFeedText('attractions', JSON.stringify({ type: 'FeatureCollection', language: 'pl', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [20, 52] }, properties: real }] })) as AttractionsFeed;
      expect(Object.keys(feed2.attractions[0].name as object).length).to.equal(MAX_LANGUAGES + 1); // + the feed's own
    });

    it('partnerships: 100 areas, milestones and contacts each, with a warning', () => {
      const warnings: string[] = [];
      const file = parseFeedText('partnership', JSON.stringify({ partnerships: [{ id: 'a', title: 'A', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'DE' }], areas: Array.from({ length: 200_000 }, () => ({ title: '<b>a</b>' })) }] }), { warn: (w) => warnings.push(w) }) as PartnershipFeed;
      expect(file.partnerships[0].areas).to.have.length(100);
      // The JSON reaches the parser with 200 areas (see 'JSON before it is parsed'), the model keeps 100.
      expect(warnings.join()).to.contain('200 area entries; only the first 100').and.contain(`only the first ${MAX_JSON_MEMBERS} of each were read`);
    });
  });

  describe('JSON before it is parsed', () => {
    it('a list inside an item reaches the parser with 200 members; what follows it is still read', () => {
      const warnings: string[] = [];
      const body = jf([{ id: '1', tags: Array.from({ length: 100_000 }, (_, i) => `t${i}`), _civic: { title: { de: 'Titel', ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, 'y'])) } }, title: 'Po liście' }]);
      const item = (parseFeedText('news', body, { warn: (w) => warnings.push(w) }) as NewsFeed).items[0];
      expect(item.title, 'the field after the huge list and the huge map').to.deep.equal({ pl: 'Po liście', de: 'Titel' });
      expect(item.categories).to.have.length(MAX_CATEGORIES);
      expect(warnings.join()).to.contain(`2 lists or objects inside entries have more than ${MAX_JSON_MEMBERS} members`);
    });

    it(`past ${MAX_JSON_VALUES.toLocaleString('en')} values the items list ends with the last complete item`, () => {
      const warnings: string[] = [];
      const items = Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, title: `Wpis ${i}`, tags: Array.from({ length: 190 }, (_, t) => `t${t}`) }));
      const feed = parseFeedText('news', jf(items), { warn: (w) => warnings.push(w), maxItems: 1000 }) as NewsFeed;
      expect(feed.items.length).to.be.within(500, 999);
      expect(feed.items.map((i) => i.id)).to.deep.equal(Array.from({ length: feed.items.length }, (_, i) => `i${i}`));
      expect(feed.items.at(-1)!.categories, 'the last item kept is whole').to.have.length(MAX_CATEGORIES);
      expect(warnings.join()).to.contain(`more than ${MAX_JSON_VALUES} JSON values`);
      // A WordPress response is a list itself: the same rule, one level up.
      const posts = Array.from({ length: 1000 }, (_, i) => ({ id: i, slug: `p${i}`, title: { rendered: `Post ${i}` }, meta: Array.from({ length: 190 }, () => 0) }));
      const wp = parseFeedText('news', JSON.stringify(posts), { warn: () => {}, maxItems: 1000 }) as NewsFeed;
      expect(wp.items.length).to.be.within(500, 999);
      expect(wp.items.at(-1)!.title).to.equal(`Post ${wp.items.length - 1}`);
    });

    it('a list of 100,000 small items is cut between two items, the ones before kept', () => {
      const warnings: string[] = [];
      const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `${i}`, title: 'T' }));
      const feed = parseFeedText('news', jf(items), { warn: (w) => warnings.push(w), maxItems: 100_000 }) as NewsFeed;
      expect(feed.items.length).to.be.within(10_000, 99_999);
      expect(feed.items.at(-1)!.id).to.equal(String(feed.items.length - 1));
      expect(warnings.join()).to.contain('JSON values');
      // Wherever the budget runs out (a key, a member, between two items), the text stays JSON
      // and keeps every item completed before that point.
      const small = { version: 'v', items: Array.from({ length: 6 }, (_, i) => ({ id: `${i}`, tags: ['a', 'b'] })) };
      let before = 0;
      for (let budget = 1; budget <= 60; budget++) {
        const { text } = runSync(capJsonSteps(JSON.stringify(small), 200, budget));
        const kept = (JSON.parse(text) as typeof small).items ?? [];
        expect(kept, `budget ${budget}`).to.deep.equal(small.items.slice(0, kept.length));
        expect(kept.length, `budget ${budget}`).to.be.at.least(before);
        before = kept.length;
      }
      expect(before).to.equal(6);
    });

    it('brackets, commas and quotes inside strings are text, not structure', () => {
      const tricky = 'a,b"]}[{\\ \u0022 ,]';
      // Long enough to be scanned (JSON_CAPS_FROM), with its list cut inside the scan.
      const body = jf([{ id: '1', title: tricky, content_text: 'x'.repeat(JSON_CAPS_FROM), tags: [...Array.from({ length: 300 }, () => ',]}'), 'Ostatni'] }]);
      const item = (parseFeedText('news', body, quiet) as NewsFeed).items[0];
      expect(item.title).to.equal(JSON.parse(JSON.stringify(tricky)));
      expect(item.categories).to.deep.equal([',]}']);
    });

    it('broken JSON is still reported as broken JSON', () => {
      const long = 'x'.repeat(JSON_CAPS_FROM);
      for (const broken of ['{"items": [', `{"items": [{"id": "1", "title": "${long}"}]]}`, `{"items": [{"title": "${long}"}`, '{"items": "unterminated']) {
        expect(() => parseFeedText('news', broken), broken).to.throw(FeedError, /not valid JSON/);
      }
    });
  });

  describe('one huge string', () => {
    it('a million tags: read up to 50,000 tags, the text kept so far', () => {
      const text = toPlainText(`Początek ${'<b>'.repeat(1_000_000)} koniec`);
      expect(text).to.equal('Początek');
      expect(toPlainText(`${'<i>x</i> '.repeat(MAX_SCANNED_TAGS)}`).length).to.be.at.most(MAX_TEXT_LENGTH);
    });

    it('text is cut at 20,000 characters, however long the markup', () => {
      expect(toPlainText(`<p>${'słowo '.repeat(1_000_000)}</p>`).length).to.equal(MAX_TEXT_LENGTH);
    });
  });

  describe('XML', () => {
    it('an item with 400,000 elements: the items before it are read, the parse stays within the element limit', () => {
      const warnings: string[] = [];
      const good = Array.from({ length: 3 }, (_, i) => `<item><title>Dobry ${i}</title><link>https://a.example/${i}</link></item>`).join('');
      const feed = parseFeedText('news', rss(`${good}<item><title>Bomba</title>${'<x/>'.repeat(400_000)}</item>`), { warn: (w) => warnings.push(w) }) as NewsFeed;
      expect(feed.items.map((i) => i.title)).to.deep.equal(['Dobry 0', 'Dobry 1', 'Dobry 2']);
      expect(warnings.join()).to.contain(`more than ${MAX_XML_ELEMENTS} XML elements`);
    });

    it('an item with 100,000 categories: its first 2,000 children are looked at', () => {
      const feed = parseFeedText('news', rss(`<item><title>T</title>${Array.from({ length: 2500 }, (_, i) => `<category>c${i}</category>`).join('')}<link>https://a.example/late</link></item>`), quiet) as NewsFeed;
      expect(feed.items[0].categories).to.have.length(MAX_CATEGORIES);
      expect(feed.items[0].url, `a <link> after ${MAX_CHILDREN} children is not looked for`).to.equal(undefined);
    });

    it('half a million escaped tags count towards the limit as character references', () => {
      const warnings: string[] = [];
      const feed = parseFeedText('news', rss(`<item><title>A</title><link>https://a.example/a</link></item><item><title>B</title><description>${'&lt;b&gt;'.repeat(500_000)}</description></item>`), { warn: (w) => warnings.push(w) }) as NewsFeed;
      expect(feed.items.map((i) => i.title)).to.deep.equal(['A']);
      expect(warnings.join()).to.contain('XML elements');
    });
  });

  describe('reading in slices', () => {
    it('gives the page a turn between slices of work (frames are drawn before the work is over)', async () => {
      // The work goes on in 6 ms pieces until a frame has been drawn, for up to 5 s. A fixed
      // amount of work (it was 120 ms) can end before a busy machine draws its next frame; run
      // in one piece, this work would see no frame at all and give up after 5 s.
      let frames = 0;
      let running = true;
      function* busy(): Steps<number> {
        const started = performance.now();
        while (frames === 0 && performance.now() - started < 5000) {
          const until = performance.now() + 6;
          while (performance.now() < until) {
            /* 6 ms of work per entry */
          }
          yield;
        }
        return frames;
      }
      const frame = () => {
        if (!running) return;
        frames++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const seenDuringWork = await runSliced(busy());
      running = false;
      expect(seenDuringWork, 'frames while the work went on').to.be.at.least(1);
    }).timeout(20_000);

    it('stops when the element no longer wants the answer', async () => {
      const abort = new AbortController();
      const body = jf(Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, title: `<b>T ${i}</b>`, content_html: '<p>x</p>'.repeat(400) })));
      const parse = newsDescriptor.parse(body, { sliced: true, signal: abort.signal, warn: () => {} }) as Promise<NewsFeed>;
      abort.abort();
      const outcome = await parse.then(
        (feed) => `finished (${feed.items.length})`,
        (error: Error) => error.name,
      );
      // A fast machine may finish in one slice; otherwise the parse stops with an AbortError.
      expect(['AbortError', 'finished (500)']).to.include(outcome);
    });

    it('sliced and at once give the same model', async () => {
      const text = await (await fetch('/test/fixtures/real-world/dotnet-agency.xml')).text();
      const sliced = await newsDescriptor.parse(text, { sliced: true, warn: () => {} });
      expect(sliced).to.deep.equal(parseFeedText('news', text, quiet));
      const json = await (await fetch('/data/news.json')).text();
      expect(await newsDescriptor.parse(json, { sliced: true })).to.deep.equal(parseFeedText('news', json));
    });
  });
});
