import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core';
import '../../src/index.js';
import { sampleNews } from '../../stories/news-sample.js';

/**
 * The four elements on a city's page, the way README's snippet puts them, checked with axe's
 * whole rule set (best practices included: heading order, one main landmark, one <h1>).
 * Two outlines: a page with only its <h1>, and one with <h2> sections around the elements.
 */
type Axe = { run: (context: unknown, options?: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
const axe = (window as unknown as { axe: Axe }).axe;

const ELEMENTS = {
  ticker: '<civic-news-ticker></civic-news-ticker>',
  cards: '<civic-article-cards page-size="3"></civic-article-cards>',
  map: '<civic-attractions-map src="/data/attractions.geojson"></civic-attractions-map>',
  panel: '<civic-partnership-panel src="/data/partnership.json" news-src="/data/news.json"></civic-partnership-panel>',
};
const PAGES = {
  'only an <h1>': `<h1>Sochaczew</h1><p>Miasto nad Bzurą.</p>${ELEMENTS.ticker}<p>Akapit.</p>${ELEMENTS.cards}<p>Akapit.</p>${ELEMENTS.map}<p>Akapit.</p>${ELEMENTS.panel}`,
  '<h1> then <h2> sections': `<h1>Sochaczew</h1><section><h2>Aktualności</h2>${ELEMENTS.ticker}${ELEMENTS.cards}</section><section><h2>Atrakcje</h2>${ELEMENTS.map}</section><section><h2>Partnerstwo</h2>${ELEMENTS.panel}</section>`,
};

describe('a page with the four elements', function () {
  this.timeout(60000); // axe's whole rule set over four elements: about 2 s alone, far more on a loaded machine
  let main: HTMLElement;
  before(() => {
    document.title = 'Sochaczew';
  });
  afterEach(() => main?.remove());

  for (const lang of ['pl', 'de', 'en', 'uk']) {
    for (const [outline, body] of Object.entries(PAGES)) {
      it(`passes every axe rule in ${lang} with ${outline}`, async () => {
        document.documentElement.lang = lang;
        main = document.createElement('main');
        main.innerHTML = body;
        document.body.append(main);
        for (const el of main.querySelectorAll<HTMLElement & { items?: unknown }>('civic-news-ticker, civic-article-cards')) el.items = sampleNews;
        await waitUntil(
          () => [...main.querySelectorAll('[src]')].every((el) => el.getAttribute('feed-state') === 'ready'),
          'the feeds did not load',
          { timeout: 8000 },
        );
        await Promise.all([...main.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].map((el) => el.updateComplete));
        const { violations } = await axe.run(document);
        expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
      });
    }
  }
});
