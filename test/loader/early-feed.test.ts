import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed } from '../../src/feeds/loader.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';

/**
 * The CDN loader (src/loader/index.ts) on a page of its own: it starts an element's feed
 * beside the element's code (the feed loader takes that request over: still one request per
 * feed), and leaves a tag far below the window alone until it comes near. Each element's
 * code is fetched once per page, so each test uses another element.
 */
const entries = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)) as PerformanceResourceTiming[];
const defined = (tag: string, timeout = 8000) => waitUntil(() => customElements.get(tag), `<${tag}> was not defined`, { timeout });
const requestsFor = async (key: string) => ((await (await fetch(`/faults/count?key=${key}`)).json()) as { count: number }).count;

/** What `fetch` was called with, as the Request the browser builds from it. */
const seen: Request[] = [];
const realFetch = window.fetch;

describe('the CDN loader and the network', () => {
  before(async () => {
    await realFetch('/faults/reset');
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init));
      return realFetch(input, init);
    };
    await import('../../src/loader/index.js');
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('starts an element’s feed while its code is still loading, and the element uses that one request', async () => {
    const src = '/faults/serve?file=/data/news.json&type=application/json&key=early-cards';
    const box = document.createElement('div');
    box.innerHTML = `<civic-article-cards lang="en" src="${src}" page-size="2"></civic-article-cards>`;
    document.body.append(box);
    const cards = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await defined('civic-article-cards');
    await waitUntil(() => cards.getAttribute('feed-state') === 'ready', 'the cards showed their feed', { timeout: 8000 });
    await cards.updateComplete;
    expect(cards.shadowRoot!.querySelectorAll('[part~="card"]').length, 'cards shown').to.equal(2);

    const [feed] = entries('key=early-cards');
    const [code] = entries('/src/components/article-cards/article-cards.ts');
    expect(feed, 'the feed was fetched').to.exist;
    expect(code, 'the code was fetched').to.exist;
    // Without the loader's head start the feed is asked for only once the element's code and
    // all its imports have arrived and run. With it, the feed starts beside the element's own
    // file (which a local server may answer first), so before the last of its imports.
    const graph = entries('/').filter((e) => e.startTime >= code.startTime && /\/(src|node_modules)\//.test(e.name));
    const lastModule = Math.max(...graph.map((e) => e.responseEnd));
    expect(graph.length, 'modules the element’s code imports').to.be.above(3);
    expect(feed.startTime, 'the feed request started before the element’s code had all arrived').to.be.below(lastModule);
    expect(await requestsFor('early-cards'), 'requests for the feed').to.equal(1);
    box.remove();
  });

  it('asks for the feed exactly as the feed loader does (same Accept, cache, credentials, referrer policy)', async () => {
    const early = seen.find((r) => r.url.includes('key=early-cards'));
    expect(early, 'the loader’s request').to.exist;
    seen.length = 0;
    await loadFeed(newsDescriptor, new URL('/faults/serve?file=/data/news.json&type=application/json&key=direct', location.href).href, { timeoutMs: 5000 });
    const direct = seen.find((r) => r.url.includes('key=direct'))!;
    const facts = (r: Request) => ({
      accept: r.headers.get('accept'),
      headers: [...r.headers.keys()],
      cache: r.cache,
      credentials: r.credentials,
      mode: r.mode,
      redirect: r.redirect,
      referrerPolicy: r.referrerPolicy,
      method: r.method,
    });
    expect(facts(early!)).to.deep.equal(facts(direct));
    expect(early!.headers.get('accept')).to.equal(newsDescriptor.accept);
  });

  it('leaves a tag far below the window alone until it comes near, then loads it', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<div style="height: 400vh"></div><civic-partnership-panel lang="en" src="/data/partnership.json"></civic-partnership-panel>`;
    document.body.append(box);
    const panel = box.lastElementChild as HTMLElement;
    await new Promise((r) => setTimeout(r, 400));
    expect(customElements.get('civic-partnership-panel'), 'not loaded while far away').to.equal(undefined);
    expect(entries('/src/components/partnership-panel/partnership-panel.ts'), 'its code not fetched').to.have.length(0);
    expect(entries('/data/partnership.json'), 'its feed not fetched').to.have.length(0);
    expect(panel.getBoundingClientRect().height, 'its height is reserved meanwhile').to.be.above(40);
    panel.scrollIntoView();
    await defined('civic-partnership-panel');
    await waitUntil(() => panel.getAttribute('feed-state') === 'ready', 'the panel showed its feed', { timeout: 8000 });
    window.scrollTo(0, 0);
    box.remove();
  });

  it('keeps a far tag waiting for the visitor while the elements near the window load and show their feeds', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<civic-article-cards lang="en" page-size="1" src="/data/news.json?far-map"></civic-article-cards><div style="height: 400vh"></div><civic-attractions-map lang="en" src="/data/attractions.geojson?far-map"></civic-attractions-map>`;
    document.body.append(box);
    const [cards, , map] = [...box.children] as HTMLElement[];
    await waitUntil(() => cards.getAttribute('feed-state') === 'ready', 'the cards showed their feed', { timeout: 8000 });
    // Long enough for a load that a shown feed would have started (the code is already here).
    await new Promise((r) => setTimeout(r, 500));
    expect(customElements.get('civic-attractions-map'), 'the far map not loaded').to.equal(undefined);
    expect(entries('attractions.geojson?far-map'), 'nor its feed fetched').to.have.length(0);
    map.scrollIntoView();
    await defined('civic-attractions-map');
    await waitUntil(() => map.getAttribute('feed-state') === 'ready', 'the map showed its feed', { timeout: 8000 });
    window.scrollTo(0, 0);
    box.remove();
  });

  it('loads a far tag at once with loading="eager"', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<div style="height: 400vh"></div><civic-news-ticker lang="en" loading="eager"></civic-news-ticker>`;
    document.body.append(box);
    await defined('civic-news-ticker');
    expect(box.lastElementChild!.getBoundingClientRect().top, 'still far below').to.be.above(2 * innerHeight);
    box.remove();
  });
});
