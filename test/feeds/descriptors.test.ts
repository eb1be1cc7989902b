import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DESCRIPTORS } from '../../src/feeds/parse.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { partnershipDescriptor } from '../../src/feeds/kinds/partnership.js';
import type { FeedDescriptor, KindParseOptions } from '../../src/feeds/descriptor.js';
import { feedSettings, limitsFor, loadFeed } from '../../src/feeds/loader.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { FeedError } from '../../src/feeds/problem.js';
import { FeedController } from '../../src/controllers/feed-controller.js';
import { acceptSeen, storeFeed, uniqueKey, until } from './helpers.js';

const MB = 1024 * 1024;

/** A GeoJSON FeatureCollection of about `mb` megabytes (long descriptions pad it). */
function bigGeoJson(mb: number): string {
  const pad = 'Opis zabytku. '.repeat(70);
  const features: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * MB; i++) {
    const f = JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [20.2 + (i % 100) / 1000, 52.2 + i / 1e6] }, properties: { id: `p${i}`, name: `Miejsce ${i}`, category: 'heritage', description: pad } });
    features.push(f);
    size += f.length + 1;
  }
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

describe('feed descriptors', () => {
  const defaults = { ...feedSettings, kinds: {} };
  beforeEach(() => clearSavedFeeds());
  afterEach(() => Object.assign(feedSettings, defaults, { kinds: {} }));

  it('one per kind, each naming its kind, its Accept header and its limits', () => {
    for (const [kind, d] of Object.entries(DESCRIPTORS)) {
      expect(d.kind).to.equal(kind);
      expect(d.accept).to.match(/json/);
    }
    expect(newsDescriptor.accept).to.contain('application/rss+xml').and.contain('application/atom+xml');
    expect(attractionsDescriptor.accept).to.match(/^application\/geo\+json/);
    expect(newsDescriptor.limits).to.deep.equal({ maxBytes: 5 * MB, maxItems: 500 });
    expect(partnershipDescriptor.limits).to.deep.equal({ maxBytes: 5 * MB, maxItems: 500 });
    expect(attractionsDescriptor.limits.maxBytes).to.be.at.least(50 * MB);
    expect(attractionsDescriptor.limits.maxItems).to.be.at.least(200_000);
  });

  describe('limits: page-wide ceilings over per-kind defaults', () => {
    it('without settings each kind keeps its own defaults', () => {
      expect(limitsFor(newsDescriptor)).to.deep.equal({ maxBytes: 5 * MB, maxItems: 500 });
      expect(limitsFor(attractionsDescriptor)).to.deep.equal(attractionsDescriptor.limits);
    });

    it('a page-wide value lowers the kinds above it and raises none', () => {
      feedSettings.maxBytes = 10 * MB;
      feedSettings.maxItems = 1000;
      expect(limitsFor(newsDescriptor)).to.deep.equal({ maxBytes: 5 * MB, maxItems: 500 });
      expect(limitsFor(attractionsDescriptor)).to.deep.equal({ maxBytes: 10 * MB, maxItems: 1000 });
    });

    it('a kind’s own entry replaces its defaults, still under the page-wide ceiling', () => {
      feedSettings.kinds = { news: { maxItems: 2000 }, attractions: { maxBytes: 80 * MB } };
      expect(limitsFor(newsDescriptor)).to.deep.equal({ maxBytes: 5 * MB, maxItems: 2000 });
      expect(limitsFor(attractionsDescriptor).maxBytes).to.equal(80 * MB);
      feedSettings.maxItems = 100;
      expect(limitsFor(newsDescriptor).maxItems).to.equal(100);
    });

    it('ignores nonsense (0, negative, strings)', () => {
      feedSettings.maxBytes = -1;
      (feedSettings as { maxItems: unknown }).maxItems = 'many';
      feedSettings.kinds = { news: { maxItems: 0 } };
      expect(limitsFor(newsDescriptor)).to.deep.equal({ maxBytes: 5 * MB, maxItems: 500 });
    });
  });

  describe('loading with a kind’s limits', () => {
    let url = '';
    before(async function () {
      this.timeout(30_000);
      url = await storeFeed(uniqueKey('big-map'), bigGeoJson(6), 'application/geo+json');
    });

    it('a 6 MB map loads whole, although news stop at 5 MB', async function () {
      this.timeout(30_000);
      const { data } = await loadFeed(attractionsDescriptor, url, { timeoutMs: 20_000 });
      expect(data.attractions.length).to.be.above(5000);
      expect(data.skipped).to.equal(0);
      const news = await loadFeed(newsDescriptor, `${url}&as=news`, { timeoutMs: 20_000 }).catch((e: unknown) => e);
      expect(news).to.be.instanceOf(FeedError);
      expect((news as FeedError).problem).to.include({ code: 'tooLarge', limit: 5 * MB });
    });

    it('feedSettings.maxBytes lowers the map’s limit too', async function () {
      this.timeout(30_000);
      feedSettings.maxBytes = 1 * MB;
      const error = await loadFeed(attractionsDescriptor, url, { timeoutMs: 20_000 }).catch((e: unknown) => e);
      expect((error as FeedError).problem).to.include({ code: 'tooLarge', limit: 1 * MB });
    });

    it('maxItems cuts the map with a warning', async function () {
      this.timeout(30_000);
      feedSettings.kinds = { attractions: { maxItems: 10 } };
      const { data } = await loadFeed(attractionsDescriptor, `${url}&cap`, { timeoutMs: 20_000 });
      expect(data.attractions).to.have.length(10);
    });
  });

  it('asks each server for its kind’s formats (Accept)', async () => {
    const seen: Record<string, string | undefined> = {};
    for (const [file, d] of [['/data/news.json', newsDescriptor], ['/data/attractions.geojson', attractionsDescriptor], ['/data/partnership.json', partnershipDescriptor]] as const) {
      const key = uniqueKey(`accept-${d.kind}`);
      await loadFeed(d as FeedDescriptor<typeof d.kind>, new URL(`/faults/serve?file=${file}&key=${key}`, location.href).href, { timeoutMs: 5000 });
      seen[d.kind] = await acceptSeen(key);
    }
    expect(seen).to.deep.equal({ news: newsDescriptor.accept, attractions: attractionsDescriptor.accept, partnership: partnershipDescriptor.accept });
  });

  describe('an asynchronous parse (the seam a worker or a chunked parse plugs into)', () => {
    const calls: KindParseOptions[] = [];
    let release: (() => void) | undefined;
    const slowMap: FeedDescriptor<'attractions'> = {
      ...attractionsDescriptor,
      async parse(body, options = {}) {
        calls.push(options);
        await new Promise<void>((resolve) => (release = resolve));
        return attractionsDescriptor.parse(body, options);
      },
    };
    class SlowMapHost extends LitElement {
      feed = new FeedController(this, { descriptor: slowMap });
      @property() src?: string;
      override render() {
        return html`<ul>${(this.feed.data?.attractions ?? []).map((a) => html`<li>${a.id}</li>`)}</ul>`;
      }
    }
    customElements.define('test-slow-map-host', SlowMapHost);

    it('gets the body, the limits and an abort signal; the element shows its answer', async () => {
      calls.length = 0;
      const el = await fixture<SlowMapHost>(html`<test-slow-map-host .src=${'/data/attractions.geojson?slow'}></test-slow-map-host>`);
      await until(() => calls.length === 1, 5000, 'the parse to start');
      expect(el.getAttribute('feed-state')).to.equal('loading');
      expect(calls[0]).to.include({ maxItems: attractionsDescriptor.limits.maxItems, base: new URL('/data/attractions.geojson?slow', location.href).href });
      expect(calls[0].signal).to.be.instanceOf(AbortSignal);
      release!();
      await until(() => el.getAttribute('feed-state') === 'ready', 5000, 'ready');
      await el.updateComplete;
      const shown = el.shadowRoot!.querySelectorAll('li').length;
      expect(shown).to.be.above(5);
      expect(shown).to.equal(el.feed.data!.attractions.length);
    });

    it('is told to stop (signal aborted) when the element goes away mid-parse', async () => {
      calls.length = 0;
      const el = await fixture<SlowMapHost>(html`<test-slow-map-host .src=${'/data/attractions.geojson?gone'}></test-slow-map-host>`);
      await until(() => calls.length === 1, 5000, 'the parse to start');
      el.remove();
      expect(calls[0].signal!.aborted).to.be.true;
      release!();
    });
  });

  it('a feed controller without a descriptor does not type-check', () => {
    // Never called: the check is `tsc --noEmit` in `npm test`, which fails on an unused @ts-expect-error.
    const typeCheckOnly = (host: LitElement & { src?: string }) =>
      // @ts-expect-error the descriptor of the kind is required
      new FeedController(host, { src: () => host.src });
    expect(typeCheckOnly).to.be.a('function');
  });
});
