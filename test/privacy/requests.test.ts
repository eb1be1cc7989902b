import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

const resources = () => performance.getEntriesByType('resource') as PerformanceResourceTiming[];

describe('requests and privacy', () => {
  it('five elements sharing one feed URL make one request for it', async () => {
    const url = `/data/news.json?shared=${Math.random().toString(36).slice(2)}`;
    const page = await fixture<HTMLElement>(html`<div lang="pl">
      <civic-news-ticker src=${url}></civic-news-ticker>
      <civic-news-ticker src=${url} mode="step"></civic-news-ticker>
      <civic-article-cards src=${url}></civic-article-cards>
      <civic-article-cards src=${url} layout="list"></civic-article-cards>
      <civic-partnership-panel src="/data/partnership.json" news-src=${url}></civic-partnership-panel>
    </div>`);
    const elements = [...page.children];
    await waitUntil(() => elements.every((el) => el.getAttribute('feed-state') === 'ready'), 'every element shows its feed', { timeout: 5000 });
    const cards = page.querySelector('civic-article-cards')!.shadowRoot!.querySelectorAll('[part~="card"]');
    expect(cards.length, 'cards are on screen').to.be.greaterThan(0);
    expect(resources().filter((entry) => entry.name.includes(url))).to.have.length(1);
  });

  it('all four elements on one page contact no other origin, set no cookie, and the map asks first', async () => {
    const before = resources().length;
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <civic-news-ticker src="/data/news.json"></civic-news-ticker>
      <civic-article-cards src="/data/news.json"></civic-article-cards>
      <civic-attractions-map src="/data/attractions.geojson"></civic-attractions-map>
      <civic-partnership-panel src="/data/partnership.json" news-src="/data/news.json"></civic-partnership-panel>
    </div>`);
    const elements = [...page.children];
    await waitUntil(() => elements.every((el) => el.getAttribute('feed-state') === 'ready'), 'every element shows its feed', { timeout: 5000 });
    // Give lazy work (images, a map that should not load) a moment to start if it were going to.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const foreign = resources()
      .slice(before)
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    const map = page.querySelector('civic-attractions-map')!;
    expect(map.shadowRoot!.querySelector('.leaflet-container'), 'no map before consent').to.equal(null);
  });
});
