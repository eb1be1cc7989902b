import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../../src/loader/elements.js';
import { sampleNews } from '../../stories/news-sample.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { partnershipDescriptor } from '../../src/feeds/kinds/partnership.js';

/**
 * The CDN loader (src/loader/index.ts) on a page that starts without any element: what it
 * fetches, when, and what survives until an element's code has arrived. Tests run in order:
 * each element's code is fetched once per page.
 */
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/src/components/${name}/${name}.ts`));
const defined = (tag: string) => waitUntil(() => customElements.get(tag), `<${tag}> was not defined`, { timeout: 15_000 });

describe('the CDN loader', () => {
  before(async () => {
    await import('../../src/loader/index.js');
  });

  it('fetches no element’s code while no tag is on the page', async () => {
    await new Promise((r) => setTimeout(r, 300));
    for (const tag of Object.keys(ELEMENTS)) expect(customElements.get(tag), tag).to.equal(undefined);
    for (const name of ['news-ticker', 'article-cards', 'attractions-map', 'partnership-panel']) expect(fetched(name), name).to.be.false;
  });

  it('upgrades a tag added after load (innerHTML), and fetches that element alone', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.innerHTML = '<civic-news-ticker lang="en"></civic-news-ticker>';
    await defined('civic-news-ticker');
    const ticker = box.firstElementChild as HTMLElement & { items?: unknown; updateComplete: Promise<unknown> };
    ticker.items = sampleNews.slice(0, 2);
    await ticker.updateComplete;
    expect(ticker.shadowRoot!.querySelectorAll('[part~="list"] a').length, 'headlines shown').to.equal(2);
    expect(fetched('news-ticker')).to.be.true;
    for (const name of ['article-cards', 'attractions-map', 'partnership-panel']) expect(fetched(name), name).to.be.false;
    box.remove();
  });

  it('keeps what a framework sets on an element it created before the code arrived (React checks `in`)', async () => {
    const cards = document.createElement('civic-article-cards') as HTMLElement & { items?: unknown; updateComplete: Promise<unknown> };
    // React 19 sets a prop as a property only when the element has it, otherwise as an attribute.
    expect('items' in cards, 'the stand-in answers for .items').to.be.true;
    expect('page-size' in cards).to.be.false;
    cards.items = sampleNews.slice(0, 3);
    cards.setAttribute('page-size', '2');
    cards.lang = 'en';
    expect(cards.hasAttribute('items')).to.be.false;
    document.body.append(cards);
    await defined('civic-article-cards');
    await cards.updateComplete;
    expect(cards.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(2);
    expect(cards.shadowRoot!.textContent).to.include('Showing 2 of 3 articles');
    cards.remove();
  });

  it('finds tags inside open shadow roots, also ones a component renders after it is inserted', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    root.append(inner);
    await nextFrame();
    // The component renders its content later, as Lit does after connecting.
    inner.innerHTML = '<civic-attractions-map lang="en" consent="granted" tile-url=""></civic-attractions-map>';
    await defined('civic-attractions-map');
    expect(root.querySelector('civic-attractions-map')!.shadowRoot, 'the map upgraded').to.not.equal(null);
    host.remove();
  });

  it('lists, for every element, the properties no attribute stands for (the stand-in needs them)', async () => {
    document.body.insertAdjacentHTML('beforeend', '<civic-partnership-panel id="last"></civic-partnership-panel>');
    await defined('civic-partnership-panel');
    document.getElementById('last')!.remove();
    for (const [tag, [, listed]] of Object.entries(ELEMENTS)) {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { attribute?: unknown; state?: boolean }> };
      const objects = [...ctor.elementProperties].filter(([, options]) => options.attribute === false && !options.state).map(([name]) => name);
      expect(listed.split(' ').sort(), tag).to.deep.equal(objects.sort());
    }
  });

  it('asks for each element’s feed with the Accept header its feed descriptor asks with', () => {
    const accept = { 'civic-news-ticker': newsDescriptor, 'civic-article-cards': newsDescriptor, 'civic-attractions-map': attractionsDescriptor, 'civic-partnership-panel': partnershipDescriptor };
    for (const [tag, [, , listed]] of Object.entries(ELEMENTS)) expect(listed, tag).to.equal(accept[tag as keyof typeof accept].accept);
  });
});
