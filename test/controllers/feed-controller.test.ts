import '../../src/feeds/parse.js'; // every kind's parser, as a page with all four elements has
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { CivicFeedErrorEvent, CivicFeedLoadEvent } from '../../src/events.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { feedSettings } from '../../src/feeds/loader.js';
import type { AttractionsFeed, NewsFeed } from '../../src/feeds/model.js';
import { defineHost, items, shadowText, until, type Host } from '../feeds/helpers.js';

defineHost('test-news-host', 'news');
defineHost('test-attractions-host', 'attractions');
defineHost('test-partnership-host', 'partnership');

async function mount(kind: 'news' | 'attractions' | 'partnership', src: string | undefined, extra: Record<string, unknown> = {}) {
  const tag = unsafeStatic(`test-${kind}-host`);
  const el = await fixture<Host>(staticHtml`<${tag} lang="pl" .src=${src} .timeout=${extra.timeout} .refresh=${extra.refresh}></${tag}>`);
  return el;
}

describe('FeedController', () => {
  after(() => clearSavedFeeds()); // leave no saved copies to later test files
  const defaults = { ...feedSettings };
  beforeEach(() => clearSavedFeeds());
  afterEach(() => Object.assign(feedSettings, defaults));

  describe('idle', () => {
    it('stays idle without a src and shows nothing', async () => {
      const el = await mount('news', undefined);
      expect(el.feed.state).to.equal('idle');
      expect(el.hasAttribute('feed-state')).to.be.false;
      expect(shadowText(el)).to.equal('');
    });
  });

  describe('loading → ready', () => {
    it('shows a polite loading status, then the news of data/news.json', async () => {
      const el = await mount('news', '/faults/slow?ms=300&file=/data/news.json');
      expect(el.getAttribute('feed-state')).to.equal('loading');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('Ładowanie…');
      await until(() => el.feed.state === 'ready');
      await el.updateComplete;
      expect(el.getAttribute('feed-state')).to.equal('ready');
      expect((el.feed.data as NewsFeed).items).to.have.length(15);
      expect(items(el)[0]).to.contain('Nowy tomik Grażyny Grobelskiej');
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires civic-feed-load with url, count and fromCache', async () => {
      const events: CivicFeedLoadEvent[] = [];
      document.addEventListener('civic-feed-load', (e) => events.push(e as CivicFeedLoadEvent), { once: true });
      const el = await mount('attractions', '/data/attractions.geojson');
      await until(() => el.feed.state === 'ready');
      expect(events[0]).to.be.instanceOf(CivicFeedLoadEvent);
      expect(events[0].detail).to.deep.equal({ url: new URL('/data/attractions.geojson', location.href).href, count: (el.feed.data as AttractionsFeed).attractions.length, fromCache: false });
      expect(events[0].composed && events[0].bubbles).to.be.true;
    });

    it('loads the partnership file', async () => {
      const el = await mount('partnership', '/data/partnership.json');
      await until(() => el.feed.state === 'ready');
      await el.updateComplete;
      expect(items(el)[0]).to.equal('Sochaczew – Krefeld: rozmowy o partnerstwie');
    });
  });

  describe('error', () => {
    it('without data shows the reason and a working retry button', async () => {
      const errors: CivicFeedErrorEvent[] = [];
      const listen = (e: Event) => errors.push(e as CivicFeedErrorEvent);
      document.addEventListener('civic-feed-error', listen);
      feedSettings.retryBaseMs = 60_000;
      const el = await mount('news', '/faults/status/404');
      await until(() => el.feed.state === 'error');
      await el.updateComplete;
      document.removeEventListener('civic-feed-error', listen);
      expect(el.getAttribute('feed-state')).to.equal('error');
      expect(shadowText(el)).to.contain('Nie udało się wczytać danych');
      expect(shadowText(el)).to.contain('Serwer odpowiedział błędem HTTP 404.');
      expect(el.feed.error).to.include({ code: 'http', status: 404 });
      expect(errors[0].detail.reason).to.equal('http');
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.textContent).to.equal('Spróbuj ponownie');
      await expect(el).to.be.accessible();
      el.src = '/data/news.json';
      await until(() => el.feed.state === 'ready');
    });
  });
});
