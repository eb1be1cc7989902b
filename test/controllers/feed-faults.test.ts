/**
 * Every fault served for real by the test server (test/server/middleware.mjs), asserting
 * what the user sees: the state, the localized reason, and that good data is kept.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { feedSettings } from '../../src/feeds/loader.js';
import type { FeedProblemCode } from '../../src/feeds/problem.js';
import type { CivicFeedErrorEvent } from '../../src/events.js';
import type { NewsFeed } from '../../src/feeds/model.js';
import { clearSavedFeeds, forgetMemoryCopies } from '../../src/feeds/storage.js';
import { counter, defineHost, items, shadowText, uniqueKey, until, type Host } from '../feeds/helpers.js';

defineHost('test-fault-news', 'news');
defineHost('test-fault-attractions', 'attractions');

async function mount(src: string | undefined, props: { timeout?: number; refresh?: number; kind?: string; lang?: string } = {}) {
  const tag = unsafeStatic(`test-fault-${props.kind ?? 'news'}`);
  return fixture<Host>(
    staticHtml`<${tag} lang=${props.lang ?? 'pl'} .src=${src} .timeout=${props.timeout} .refresh=${props.refresh}></${tag}>`,
  );
}

const news = '/data/news.json';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('feed faults (served for real)', () => {
  after(() => clearSavedFeeds()); // leave no saved copies to later test files
  const defaults = { ...feedSettings };
  beforeEach(() => {
    clearSavedFeeds();
    feedSettings.retryBaseMs = 60_000; // no automatic retry unless a test wants one
  });
  afterEach(() => Object.assign(feedSettings, defaults));

  // [route, code, what the user reads (pl)]
  const withoutData: [string, FeedProblemCode, string, Record<string, unknown>?][] = [
    ['/faults/status/404', 'http', 'Serwer odpowiedział błędem HTTP 404.'],
    ['/faults/status/500', 'http', 'Serwer odpowiedział błędem HTTP 500.'],
    ['/faults/status/503', 'http', 'Serwer odpowiedział błędem HTTP 503.'],
    ['/faults/status/403', 'http', 'Serwer odpowiedział błędem HTTP 403.'],
    ['/faults/status/410', 'http', 'Serwer odpowiedział błędem HTTP 410.'],
    ['/faults/hang', 'timeout', 'Serwer nie odpowiedział w ciągu 1 s.', { timeout: 1 }],
    ['/faults/no-answer', 'timeout', 'Serwer nie odpowiedział w ciągu 1 s.', { timeout: 1 }],
    [`/faults/drip?ms=400&file=${news}`, 'timeout', 'Serwer nie odpowiedział w ciągu 1 s.', { timeout: 1 }],
    ['/faults/html', 'notJson', 'Pod adresem kanału jest strona HTML, a nie dane. Sprawdź adres.'],
    [`/faults/serve?file=/index.html`, 'notJson', 'Pod adresem kanału jest strona HTML'],
    [`/faults/truncated?file=${news}`, 'invalidJson', 'Kanał zawiera uszkodzone dane (niepoprawny JSON).'],
    [`/faults/truncated?file=/data/attractions.geojson`, 'invalidJson', 'niepoprawny JSON', { kind: 'attractions' }],
    [`/faults/broken?file=${news}`, 'network', 'Nie udało się połączyć z serwerem.'],
    ['/faults/big?mb=6', 'tooLarge', 'Kanał jest zbyt duży (ponad 5 MB).'],
    ['/faults/big-declared?mb=6', 'tooLarge', 'Kanał jest zbyt duży (ponad 5 MB).'],
    ['/data/partnership.json', 'invalidFeed', 'Kanał ma nieznany lub błędny format.'],
    ['/data/attractions.geojson', 'invalidFeed', 'Kanał ma nieznany lub błędny format.'],
    [news, 'invalidFeed', 'Kanał ma nieznany lub błędny format.', { kind: 'attractions' }],
    ['/test/fixtures/empty.json', 'invalidJson', 'niepoprawny JSON'],
    ['/test/fixtures/not-a-feed.json', 'invalidFeed', 'Szczegóły techniczne'],
    ['/test/fixtures/broken.xml', 'invalidFeed', 'Kanał ma nieznany lub błędny format.'],
    [`http://127.0.0.1:${location.port}/data/news.json`, 'network', 'musi on zezwalać na CORS'],
    ['http://127.0.0.1:9/news.json', 'network', 'Nie udało się połączyć z serwerem.'],
    ['http://[::1', 'noSource', 'Nie podano poprawnego adresu kanału (atrybut src).'],
    ['javascript:alert(1)', 'noSource', 'Nie podano poprawnego adresu kanału'],
    ['data:application/json,{}', 'noSource', 'Nie podano poprawnego adresu kanału'],
  ];

  describe('without a saved copy: an error box with the reason and a retry button', () => {
    for (const [src, code, text, props] of withoutData) {
      it(`${src} → ${code}`, async () => {
        const el = await mount(src, props as never);
        await until(() => el.feed.state === 'error', 8000, `error for ${src}`);
        await el.updateComplete;
        expect(el.feed.error!.code).to.equal(code);
        expect(el.getAttribute('feed-state')).to.equal('error');
        expect(shadowText(el)).to.contain('Nie udało się wczytać danych');
        expect(shadowText(el)).to.contain(text);
        expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Spróbuj ponownie');
        expect(el.feed.data).to.equal(undefined);
      });
    }
  });

  it('the error box is accessible and localized (de, en)', async () => {
    const de = await mount('/faults/status/502', { lang: 'de' });
    await until(() => de.feed.state === 'error');
    await de.updateComplete;
    expect(shadowText(de)).to.contain('Der Server hat mit dem HTTP-Fehler 502 geantwortet.');
    await expect(de).to.be.accessible();
    const en = await mount('/faults/hang', { lang: 'en', timeout: 0.5 });
    await until(() => en.feed.state === 'error');
    await en.updateComplete;
    expect(shadowText(en)).to.contain('The server did not answer within 0.5 s.');
  });

  it('reports offline when the browser is offline', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await mount('http://127.0.0.1:9/offline.json');
      await until(() => el.feed.state === 'error');
      await el.updateComplete;
      expect(el.feed.error!.code).to.equal('offline');
      expect(shadowText(el)).to.contain('Brak połączenia z internetem.');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  describe('with a saved copy: the data stays, with a "not current" notice', () => {
    const failures: [string, FeedProblemCode][] = [
      ['500', 'http'],
      ['503', 'http'],
      ['404', 'http'],
    ];
    for (const [status, code] of failures) {
      it(`HTTP ${status} after a good load → stale, items still readable`, async () => {
        const key = uniqueKey('once');
        const el = await mount(`/faults/once?file=${news}&key=${key}&then=${status}`);
        await until(() => el.feed.state === 'ready');
        el.feed.retry();
        await until(() => el.feed.state === 'stale');
        await el.updateComplete;
        expect(el.feed.error!.code).to.equal(code);
        expect(el.getAttribute('feed-state')).to.equal('stale');
        expect(items(el)).to.have.length(15);
        const notice = el.shadowRoot!.querySelector('.feed-stale[role="status"]')!;
        expect(notice.textContent).to.contain('Te dane mogą być nieaktualne: pokazujemy ostatnią zapisaną wersję z');
        expect(notice.querySelector('button')!.textContent).to.equal('Spróbuj ponownie');
        await expect(el).to.be.accessible();
      });
    }

    const nextVisit: [string, string, FeedProblemCode, Record<string, unknown>?][] = [
      ['a timeout', '/faults/hang', 'timeout', { timeout: 0.5 }],
      ['an HTML page', '/faults/html', 'notJson'],
      ['a body cut mid-JSON', `/faults/truncated?file=${news}`, 'invalidJson'],
      ['a broken connection', `/faults/broken?file=${news}`, 'network'],
      ['a too large body', '/faults/big?mb=6', 'tooLarge'],
      ['HTTP 500', '/faults/status/500', 'http'],
    ];
    for (const [what, faultUrl, code, props] of nextVisit) {
      it(`next visit: the saved copy shows at once, and ${what} keeps it (stale)`, async () => {
        // First visit: a good copy of this exact URL is saved in localStorage.
        const url = new URL(faultUrl, location.href).href;
        const good = await (await fetch(news)).text();
        const { parseFeedText } = await import('../../src/feeds/parse.js');
        const { saveCopy } = await import('../../src/feeds/storage.js');
        saveCopy((await import('../../src/feeds/kinds/news.js')).newsDescriptor, url, { data: parseFeedText('news', good, { base: url }), savedAt: Date.parse('2026-03-21T09:30:00Z') });
        forgetMemoryCopies();
        const el = await mount(faultUrl, props as never);
        expect(el.feed.state).to.equal('ready'); // at once, before the network answers
        expect(items(el)).to.have.length(15);
        await until(() => el.feed.state === 'stale', 8000);
        await el.updateComplete;
        expect(el.feed.error!.code).to.equal(code);
        expect(items(el)).to.have.length(15);
        expect(shadowText(el)).to.contain('21 mar 2026');
      });
    }
  });

  describe('requests', () => {
    it('ignores a late response after src changed (the newer feed wins)', async () => {
      const el = await mount(`/faults/slow?ms=600&file=${news}`);
      el.src = '/test/fixtures/jsonfeed.json';
      await until(() => el.feed.state === 'ready');
      await wait(900);
      expect(el.feed.url).to.contain('/test/fixtures/jsonfeed.json');
      expect((el.feed.data as NewsFeed).items.length).to.not.equal(15);
    });

    it('aborts the request when the element is removed, and fires nothing later', async () => {
      let events = 0;
      const count = () => events++;
      document.addEventListener('civic-feed-error', count);
      document.addEventListener('civic-feed-load', count);
      const el = await mount(`/faults/slow?ms=400&file=${news}`);
      el.remove();
      await wait(700);
      document.removeEventListener('civic-feed-error', count);
      document.removeEventListener('civic-feed-load', count);
      expect(events).to.equal(0);
    });

    it('makes one request per URL however many elements share it', async () => {
      const key = uniqueKey('shared');
      const src = `/faults/slow?ms=200&file=${news}&key=${key}`;
      const els = await Promise.all([mount(src), mount(src), mount(src)]);
      await until(() => els.every((el) => el.feed.state === 'ready'));
      const later = await mount(src);
      await until(() => later.feed.state === 'ready');
      expect((await counter(key)).count).to.equal(1);
      expect(later.feed.data).to.equal(els[0].feed.data);
    });

    it('keeps a shared request alive while another element still needs it', async () => {
      const key = uniqueKey('shared-abort');
      const src = `/faults/slow?ms=300&file=${news}&key=${key}`;
      const [a, b] = await Promise.all([mount(src), mount(src)]);
      a.remove();
      await until(() => b.feed.state === 'ready');
      expect((await counter(key)).count).to.equal(1);
    });

    it('revalidates the saved copy with If-None-Match and uses it on 304', async () => {
      const key = uniqueKey('etag');
      const src = `/faults/etag?file=${news}&key=${key}`;
      const first = await mount(src);
      await until(() => first.feed.state === 'ready');
      first.remove();
      forgetMemoryCopies(); // the next visit: only localStorage remains
      let fromCache: boolean[] = [];
      const listen = (e: Event) => (fromCache = [...fromCache, (e as CustomEvent).detail.fromCache]);
      document.addEventListener('civic-feed-load', listen);
      const second = await mount(src);
      await until(async () => (await counter(key)).count === 2);
      await until(() => second.feed.state === 'ready');
      document.removeEventListener('civic-feed-load', listen);
      expect(await counter(key)).to.include({ count: 2, conditional: 1 });
      expect(fromCache[0]).to.be.true;
      expect(items(second)).to.have.length(15);
    });

    it('revalidates with If-Modified-Since when the server sends only Last-Modified', async () => {
      const key = uniqueKey('lastmod');
      const src = `/faults/etag?file=${news}&key=${key}&noetag=1`;
      const first = await mount(src);
      await until(() => first.feed.state === 'ready');
      first.remove();
      forgetMemoryCopies();
      const second = await mount(src);
      await until(async () => (await counter(key)).count === 2);
      await until(() => second.feed.state === 'ready');
      expect(await counter(key)).to.include({ count: 2, conditional: 1 });
      expect(items(second)).to.have.length(15);
    });

    it('retries with backoff and recovers by itself', async () => {
      feedSettings.retryBaseMs = 40;
      const key = uniqueKey('flaky');
      // The error state lasts only until the next retry (40 ms, then 80 ms): polling for it can
      // miss it on a loaded machine, so count the error events the element fires instead.
      const errors: string[] = [];
      const listen = (e: Event) => errors.push((e as CivicFeedErrorEvent).detail.reason);
      document.addEventListener('civic-feed-error', listen);
      try {
        const el = await mount(`/faults/flaky?file=${news}&key=${key}&fail=2`);
        await until(() => el.feed.state === 'ready', 8000, 'recovered');
        expect(errors, 'one error per failed attempt').to.deep.equal(['http', 'http']);
        expect((await counter(key)).count).to.equal(3);
      } finally {
        document.removeEventListener('civic-feed-error', listen);
      }
    });

    it('after the quick retries run out, `refresh` keeps trying (a kiosk recovers by itself)', async () => {
      feedSettings.retryBaseMs = 5;
      feedSettings.retryMaxMs = 5;
      const key = uniqueKey('kiosk');
      const el = await mount(`/faults/flaky?file=${news}&key=${key}&fail=10`, { refresh: 1 });
      // Nine requests stay nine for the refresh's whole second, so the poll cannot miss them.
      await until(async () => (await counter(key)).count === 9, 8000, '1 + 8 quick retries');
      await until(() => el.feed.state === 'ready', 8000, 'recovered on the second refresh');
      expect((await counter(key)).count).to.equal(11);
    }).timeout(30_000);

    it('retries when the browser comes back online', async () => {
      const key = uniqueKey('online');
      const el = await mount(`/faults/flaky?file=${news}&key=${key}&fail=1`);
      await until(() => el.feed.state === 'error');
      window.dispatchEvent(new Event('online'));
      await until(() => el.feed.state === 'ready');
    });

    it('the retry button loads again', async () => {
      const key = uniqueKey('button');
      const el = await mount(`/faults/flaky?file=${news}&key=${key}&fail=1`);
      await until(() => el.feed.state === 'error');
      await el.updateComplete;
      el.shadowRoot!.querySelector('button')!.click();
      await until(() => el.feed.state === 'ready');
      await el.updateComplete;
      expect(items(el)).to.have.length(15);
    });

    it('refreshes every `refresh` seconds, paused while the page is hidden', async () => {
      const key = uniqueKey('refresh');
      const mounted = performance.now();
      const el = await mount(`/faults/serve?file=${news}&key=${key}`, { refresh: 1 });
      await until(() => el.feed.state === 'ready');
      await until(async () => (await counter(key)).count >= 2, 8000, 'the first refresh');
      // Not sooner than `refresh` after the first load (which came after the mount); a loaded
      // machine only makes it later. The next one is a whole second away.
      expect(performance.now() - mounted, 'ms from the mount to the first refresh').to.be.at.least(950);
      expect((await counter(key)).count).to.equal(2);
      const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
      Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => true });
      const fetched: string[] = [];
      const realFetch = window.fetch;
      try {
        // The refresh that falls due while hidden is kept for later, not fetched.
        const feed = el.feed as unknown as { refreshDue: boolean };
        await until(() => feed.refreshDue, 8000, 'a refresh due while hidden');
        await wait(1300); // more than `refresh`: still nothing while hidden
        expect((await counter(key)).count).to.equal(2);
      } finally {
        Object.defineProperty(Document.prototype, 'hidden', hidden);
      }
      window.fetch = (input, init) => (fetched.push(String(input)), realFetch(input, init));
      try {
        document.dispatchEvent(new Event('visibilitychange'));
      } finally {
        window.fetch = realFetch;
      }
      // Caught up on return: the request starts in the visibilitychange handler itself, not on a later timer.
      expect(fetched.some((url) => url.includes(key)), 'a request on return').to.be.true;
      await until(async () => (await counter(key)).count === 3, 8000, 'the caught-up refresh');
    }).timeout(30_000);

    it('replaces {lang} with the element’s language and reloads when it changes', async () => {
      const el = await mount(`/faults/serve?file=${news}&hl={lang}`, { lang: 'de' });
      await until(() => el.feed.state === 'ready');
      expect(el.feed.url).to.contain('hl=de');
      el.setAttribute('lang', 'en');
      await until(() => (el.feed.url ?? '').includes('hl=en'));
      await until(() => el.feed.state === 'ready');
    });
  });
});
