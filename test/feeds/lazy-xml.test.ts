/**
 * Elements fetch the RSS/Atom reader only when such a feed arrives (pages reading JSON never
 * download it), and the JSON capper only for a large JSON body. This file imports nothing
 * but the elements, so neither is loaded by the test itself: the headlines must appear
 * anyway, in the ticker and in the cards.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-ticker/news-ticker.js';
import '../../src/components/article-cards/article-cards.js';

const xmlReaderRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/feeds\/formats\/xml\.ts/.test(entry.name));
const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('RSS/Atom reader loaded on demand', () => {
  it('is not loaded for a JSON feed', async () => {
    const el = await fixture(html`<civic-news-ticker lang="pl" src="/test/fixtures/jsonfeed.json"></civic-news-ticker>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'ready', 'JSON feed ready', { timeout: 5000 });
    expect(xmlReaderRequested()).to.be.false;
  });

  it('is fetched when an RSS feed arrives, and the ticker shows its headlines', async () => {
    const el = await fixture(html`<civic-news-ticker lang="de" src="/test/fixtures/rss.xml"></civic-news-ticker>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'ready', `RSS ready (state ${el.getAttribute('feed-state')})`, { timeout: 5000 });
    expect(xmlReaderRequested()).to.be.true;
    expect(shadowText(el)).to.contain('Sperrung der Rheinbrücke Uerdingen');
  });

  it('reads Atom in the cards the same way', async () => {
    const el = await fixture(html`<civic-article-cards lang="en" src="/test/fixtures/atom.xml"></civic-article-cards>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'ready', 'Atom ready', { timeout: 5000 });
    expect(shadowText(el)).to.contain('Kulturaustausch vereinbart');
  });
});

describe('JSON caps loaded on demand', () => {
  const requested = () => performance.getEntriesByType('resource').some((entry) => /\/feeds\/json-caps\.ts/.test(entry.name));

  it('a small JSON feed does not load them; a large hostile one does, and its items still show', async () => {
    const small = await fixture(html`<civic-news-ticker lang="pl" src="/test/fixtures/jsonfeed.json"></civic-news-ticker>`);
    await waitUntil(() => small.getAttribute('feed-state') === 'ready', 'small feed ready', { timeout: 5000 });
    expect(requested()).to.be.false;

    const items = Array.from({ length: 3 }, (_, i) => ({ id: `${i}`, title: `Wiadomość ${i}`, url: `https://a.example/${i}`, tags: Array.from({ length: 100_000 }, (_, t) => `t${t}`) }));
    const key = `caps-${Date.now()}`;
    await fetch(`/faults/store?key=${key}&type=application/json`, { method: 'POST', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }) });
    const el = await fixture(html`<civic-article-cards lang="pl" src=${`/faults/stored?key=${key}`}></civic-article-cards>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'ready', `large feed ready (state ${el.getAttribute('feed-state')})`, { timeout: 15000 });
    expect(requested()).to.be.true;
    expect(shadowText(el)).to.contain('Wiadomość 0').and.contain('Wiadomość 2');
  });
});
