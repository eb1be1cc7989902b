import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-cards/article-cards.js';
import '../../src/components/partnership-panel/partnership-panel.js';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicArticleCards } from '../../src/components/article-cards/article-cards.js';
import { headingLevelBefore } from '../../src/controllers/heading-level-controller.js';
import { sampleNews } from '../../stories/news-sample.js';
import { minimalPartnership } from '../../stories/partnership-sample.js';

/** The tag names of the headings an element renders, in order. */
const headingsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);

async function cardsIn(page: Element, before: Element | null = null) {
  const cards = document.createElement('civic-article-cards') as CivicArticleCards;
  cards.items = sampleNews.slice(0, 2);
  cards.lang = 'en';
  page.insertBefore(cards, before);
  await cards.updateComplete;
  return cards;
}

describe('heading levels that fit the page', () => {
  it('start one below the nearest heading before the element: <h2> cards after the page’s only <h1>', async () => {
    const page = await fixture(html`<main><header><h1>Sochaczew</h1><p>Intro</p></header><div><p>Text</p></div></main>`);
    const cards = await cardsIn(page);
    expect(headingsOf(cards)).to.deep.equal(['h2', 'h2']);
  });

  it('are <h3> inside an <h2> section', async () => {
    const page = await fixture(html`<main><h1>Town</h1><section><h2>News</h2><p>Text</p></section></main>`);
    const cards = await cardsIn(page.querySelector('section')!);
    expect(headingsOf(cards)).to.deep.equal(['h3', 'h3']);
  });

  it('are <h2> on a page without any heading', async () => {
    const bare = await fixture(html`<div><p>No heading here</p></div>`);
    expect(headingsOf(await cardsIn(bare))).to.deep.equal(['h2', 'h2']);
  });

  it('give the panel its title one below, its sections two below, and stop at <h6>', async () => {
    const page = await fixture(html`<main><h1>Town</h1><h2>Partners</h2></main>`);
    const panel = document.createElement('civic-partnership-panel') as HTMLElement & { partnerships?: unknown[]; updateComplete: Promise<unknown> };
    panel.lang = 'en';
    panel.partnerships = [minimalPartnership()];
    page.append(panel);
    await panel.updateComplete;
    const levels = headingsOf(panel);
    expect(levels[0], 'title').to.equal('h3');
    expect(levels.slice(1).every((h) => h === 'h4' || h === 'h5'), levels.join()).to.be.true;
    const deep = await fixture(html`<div><h5>Deep</h5></div>`);
    const cards = await cardsIn(deep);
    expect(headingsOf(cards)[0]).to.equal('h6');
    const deeper = await fixture(html`<div><h6>Deepest</h6></div>`);
    expect(headingsOf(await cardsIn(deeper))[0]).to.equal('h6');
  });

  it('give the map’s list heading the level too', async () => {
    const page = await fixture(html`<main><h1>Town</h1><section><h2>Places</h2></section></main>`);
    const map = document.createElement('civic-attractions-map') as HTMLElement & { features?: unknown[]; updateComplete: Promise<unknown> };
    map.lang = 'en';
    map.features = [];
    page.querySelector('section')!.append(map);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.list-title')!.localName).to.equal('h3');
  });

  it('keep an explicit heading-level, clamped to 2–6', async () => {
    const page = await fixture(html`<main><h1>Town</h1></main>`);
    const cards = await cardsIn(page);
    cards.setAttribute('heading-level', '4');
    await cards.updateComplete;
    expect(headingsOf(cards)[0]).to.equal('h4');
    cards.setAttribute('heading-level', '9');
    await cards.updateComplete;
    expect(headingsOf(cards)[0]).to.equal('h6');
    cards.removeAttribute('heading-level');
    await cards.updateComplete;
    expect(headingsOf(cards)[0], 'automatic again').to.equal('h2');
  });

  it('are worked out again when the element moves', async () => {
    const page = await fixture(html`<main><h1>Town</h1><section><h2>News</h2><h3>Older news</h3><div id="deep"></div></section></main>`);
    const cards = await cardsIn(page, page.querySelector('section'));
    expect(headingsOf(cards)[0]).to.equal('h2');
    page.querySelector('#deep')!.append(cards);
    await cards.updateComplete;
    expect(headingsOf(cards)[0]).to.equal('h4');
  });

  it('skip hidden headings and other civic elements’ own headings', async () => {
    const page = await fixture(html`<main><h1>Town</h1><h2 hidden>Hidden</h2><h3 aria-hidden="true">Not read</h3></main>`);
    const first = await cardsIn(page);
    expect(headingsOf(first)[0]).to.equal('h2');
    const second = await cardsIn(page);
    expect(headingsOf(second)[0], 'the first cards’ <h2> titles do not count').to.equal('h2');
  });

  it('look through shadow roots: out to the host, and into a preceding component’s open root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<header><h2>In a shadow root</h2></header><div><span id="here"></span></div>';
    expect(headingLevelBefore(root.getElementById('here')!)).to.equal(2);
    const after = document.createElement('span');
    host.after(after);
    expect(headingLevelBefore(after), 'a heading in the open root of a preceding component').to.equal(2);
    const inside = document.createElement('span');
    root.prepend(inside);
    document.body.prepend(Object.assign(document.createElement('h4'), { textContent: 'Before the host' }));
    expect(headingLevelBefore(inside), 'out of the root to what precedes its host').to.equal(4);
    document.body.querySelector('h4')!.remove();
    host.remove();
    after.remove();
  });
});
