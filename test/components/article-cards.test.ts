import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { tabInto } from '../helpers/keyboard.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { linkNames } from '../helpers/a11y.js';
import { needs } from '../helpers/engines.js';
import '../../src/components/article-cards/article-cards.js';
import type { CivicArticleCards } from '../../src/components/article-cards/article-cards.js';
import type { NewsItem } from '../../src/feeds/types.js';
import { feedSettings } from '../../src/feeds/loader.js';
import { manyNews, sampleNews, seedStaleCopy } from '../../stories/news-sample.js';

const root = (el: CivicArticleCards) => el.shadowRoot!;
const cards = (el: CivicArticleCards) => [...root(el).querySelectorAll<HTMLLIElement>('.cards:not(.skeleton) > .card')];
const titles = (el: CivicArticleCards) => cards(el).map((c) => c.querySelector('.title')!.textContent!.trim());
const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const krefeld = sampleNews.find((item) => item.id.startsWith('sochaczew-i-krefeld'))!;
const columns = (el: CivicArticleCards) =>
  getComputedStyle(root(el).querySelector('.cards')!).gridTemplateColumns.split(' ').length;

async function cardsWith(items: NewsItem[], template = html`<civic-article-cards lang="pl"></civic-article-cards>`) {
  const el = await fixture<CivicArticleCards>(template);
  el.items = items;
  await el.updateComplete;
  return el;
}

async function fromSrc(template: ReturnType<typeof html>) {
  const el = await fixture<CivicArticleCards>(template);
  await waitUntil(() => el.getAttribute('feed-state') !== 'loading' && el.hasAttribute('feed-state'), 'feed settles', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

describe('<civic-article-cards>', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  // The runner reuses the page for the next test file: leave the default viewport behind.
  after(() => setViewport({ width: 800, height: 600 }));

  describe('ready (from src through the feed layer)', () => {
    it('shows a card like the seed page: image, categories, title, author, date, views, excerpt, read more', async () => {
      const el = await fromSrc(html`<civic-article-cards lang="pl" src="/data/news.json" category="Współpraca"></civic-article-cards>`);
      expect(el.getAttribute('feed-state')).to.equal('ready');
      const card = cards(el).find((c) => text(c.querySelector('.title')).startsWith('Sochaczew i Krefeld'))!;
      expect(card, 'the Krefeld article').to.exist;
      expect(text(card.querySelector('.title'))).to.equal('Sochaczew i Krefeld: Nowa era współpracy w kulturze i turystyce');
      expect([...card.querySelectorAll('.cats li')].map(text)).to.deep.equal(['Kultura', 'Współpraca', 'Wydarzenia']);
      expect(text(card.querySelector('.author'))).to.equal('Autor: Bartosz Kawczyński');
      expect(text(card.querySelector('time'))).to.equal('19 grudnia 2025');
      expect(new Date(card.querySelector('time')!.getAttribute('datetime')!).toISOString()).to.equal('2025-12-19T09:00:00.000Z');
      expect(text(card.querySelector('.views'))).to.equal('216 wyświetleń');
      expect(text(card.querySelector('.excerpt'))).to.contain('Przedstawiciele Sochaczewa i niemieckiego Krefeld');
      const more = card.querySelector<HTMLAnchorElement>('.more')!;
      expect(text(more).startsWith('Czytaj dalej')).to.be.true;
      const img = card.querySelector('img')!;
      expect(img.alt).to.equal('Ilustracja: dwie stylizowane sylwetki miast połączone łukiem');
      expect(img.getAttribute('src')).to.match(/data\/images\/news-partnership\.svg$/);
      await expect(el).to.be.accessible();
    });
  });

  describe('links and keyboard', () => {
    it('has one link per card in the tab order, the title, covering the whole card', async () => {
      const el = await cardsWith(sampleNews);
      for (const card of cards(el)) {
        expect(card.querySelectorAll('a a')).to.have.length(0); // no nested links
        const focusable = [...card.querySelectorAll('a')].filter((a) => a.tabIndex >= 0);
        expect(focusable).to.have.length(1);
        expect(focusable[0].closest('.title')).to.exist;
      }
      // A click on the excerpt lands on the title link (stretched pseudo-element).
      const card = cards(el)[1];
      const box = card.querySelector('.excerpt')!.getBoundingClientRect();
      const hit = root(el).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      expect(hit).to.equal(card.querySelector('.title a'));
    });

    it('moves card to card with Tab', async () => {
      const el = await cardsWith(sampleNews);
      await tabInto(el);
      const seen = [];
      for (let i = 0; i < 3; i++) {
        seen.push(root(el).activeElement!.textContent);
        await sendKeys({ press: 'Tab' });
      }
      expect(seen).to.deep.equal(titles(el).slice(0, 3));
    });

    for (const [lang, more] of [['pl', 'Czytaj dalej'], ['de', 'Weiterlesen'], ['en', 'Read more'], ['uk', 'Читати далі']]) {
      needs("Chrome's accessibility tree")(`names "read more" exactly "${more}: <title>" in Chrome's accessibility tree (${lang})`, async () => {
        const el = await cardsWith(sampleNews, html`<civic-article-cards lang=${lang} page-size="1"></civic-article-cards>`);
        const title = text(cards(el)[0].querySelector('.title'));
        expect(await linkNames(more)).to.deep.equal([`${more}: ${title}`]);
        // What is seen: the words and an arrow (the arrow is not read).
        const link = cards(el)[0].querySelector('.more')!;
        expect(text(link.querySelector('[aria-hidden="true"]'))).to.equal(`${more} →`);
      });
    }

    it('skips junk given as .items instead of throwing', async () => {
      const junk = [null, 42, 'x', { id: 'no-title' }, { ...krefeld, categories: 'Kultura' }] as unknown as NewsItem[];
      const el = await cardsWith(junk);
      expect(cards(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('never renders unsafe links or feed markup', async () => {
      const el = await cardsWith([
        { id: 'x', title: '<b>bold</b>', url: 'javascript:alert(1)', categories: ['<i>x</i>'], image: 'javascript:alert(2)' },
      ]);
      expect(root(el).querySelector('.cards a')).to.be.null;
      expect(root(el).querySelector('.cards b, .cards i, .cards img')).to.be.null;
      expect(text(cards(el)[0].querySelector('.title'))).to.equal('<b>bold</b>');
    });
  });

  describe('views', () => {
    for (const [lang, count, expected] of [
      ['pl', 1, '1 wyświetlenie'],
      ['pl', 3, '3 wyświetlenia'],
      ['pl', 5, '5 wyświetleń'],
      ['pl', 12, '12 wyświetleń'],
      ['pl', 22, '22 wyświetlenia'],
      ['pl', 216, '216 wyświetleń'],
      ['de', 1, '1 Aufruf'],
      ['de', 216, '216 Aufrufe'],
      ['en', 1, '1 view'],
      ['en', 216, '216 views'],
      ['uk', 1, '1 перегляд'],
      ['uk', 3, '3 перегляди'],
      ['uk', 11, '11 переглядів'],
      ['uk', 21, '21 перегляд'],
      ['uk', 22, '22 перегляди'],
      ['uk', 216, '216 переглядів'],
    ] as const) {
      it(`says "${expected}"`, async () => {
        const el = await cardsWith([{ ...krefeld, views: count }], html`<civic-article-cards lang=${lang}></civic-article-cards>`);
        expect(text(cards(el)[0].querySelector('.views'))).to.equal(expected);
      });
    }
  });

  describe('images', () => {
    it('loads lazily (after the first, which is fetched first), with a fixed aspect ratio', async () => {
      const el = await cardsWith(sampleNews);
      const imgs = cards(el).map((c) => c.querySelector('img')!);
      expect(imgs[0].loading).to.equal('eager');
      expect(imgs.slice(1).every((img) => img.loading === 'lazy')).to.be.true;
      // The first image is often the page's largest paint: asked for first.
      expect(imgs[0].fetchPriority, 'the first image is fetched at high priority').to.equal('high');
      expect(imgs.slice(1).every((img) => img.fetchPriority === 'auto'), 'later images wait their turn').to.be.true;
      const media = cards(el)[1].querySelector('.media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1.5);
    });

    it('shows a same-size placeholder when the image is missing or broken', async () => {
      const el = await cardsWith([
        { ...krefeld, id: 'ok' },
        { ...krefeld, id: 'broken', image: '/data/images/does-not-exist.png' },
        { ...krefeld, id: 'none', image: undefined },
      ]);
      const box = (i: number) => cards(el)[i].querySelector('.media')!.getBoundingClientRect().height;
      const before = box(1);
      // The 404 comes from the test server: on a loaded machine that can take more than a second.
      await waitUntil(() => cards(el)[1].querySelector('.placeholder'), 'broken image replaced', { timeout: 5000 });
      expect(box(1)).to.be.closeTo(before, 0.5);
      expect(cards(el)[2].querySelector('.placeholder')).to.exist;
      expect(box(2)).to.be.closeTo(box(0), 0.5);
      await expect(el).to.be.accessible();
    });
  });

  describe('paging', () => {
    it('loads more with Enter, moves focus to the first new card and announces the count', async () => {
      const el = await cardsWith(sampleNews);
      expect(cards(el)).to.have.length(6);
      const status = root(el).querySelector('.count')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Pokazano 6 z 15 artykułów');
      const button = root(el).querySelector<HTMLButtonElement>('[part="load-more"]')!;
      expect(text(button)).to.equal('Pokaż więcej artykułów');
      button.focus();
      const paged = oneEvent(el, 'civic-page-change');
      await sendKeys({ press: 'Enter' });
      expect((await paged).detail).to.deep.equal({ shown: 12, total: 15 });
      await el.updateComplete;
      expect(cards(el)).to.have.length(12);
      expect(root(el).activeElement).to.equal(cards(el)[6].querySelector('.title a'));
      expect(text(root(el).querySelector('.count'))).to.equal('Pokazano 12 z 15 artykułów');
      // Last page with Space: the button goes, focus is on card 13.
      root(el).querySelector<HTMLButtonElement>('[part="load-more"]')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(cards(el)).to.have.length(15);
      expect(root(el).querySelector('[part="load-more"]')).to.be.null;
      expect(root(el).activeElement).to.equal(cards(el)[12].querySelector('.title a'));
      expect(text(root(el).querySelector('.count'))).to.equal('Pokazano 15 z 15 artykułów');
      await expect(el).to.be.accessible();
    });

    it('follows page-size and says the count in German and English', async () => {
      const de = await cardsWith(sampleNews, html`<civic-article-cards lang="de" page-size="4"></civic-article-cards>`);
      expect(cards(de)).to.have.length(4);
      expect(text(root(de).querySelector('.count'))).to.equal('4 von 15 Artikeln angezeigt');
      const en = await cardsWith(sampleNews.slice(0, 1), html`<civic-article-cards lang="en"></civic-article-cards>`);
      expect(text(root(en).querySelector('.count'))).to.equal('Showing 1 of 1 article');
    });
  });

  describe('layouts', () => {
    it('grid: one column at 320 px, three on a wide container, featured first card spanning two', async () => {
      const narrow = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" featured style="width: 320px"></civic-article-cards>`);
      expect(columns(narrow)).to.equal(1);
      await expect(narrow).to.be.accessible();
      const wide = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" featured style="width: 1100px"></civic-article-cards>`);
      expect(columns(wide)).to.equal(3);
      const [first, second] = cards(wide).map((c) => c.getBoundingClientRect().width);
      expect(first).to.be.greaterThan(second * 1.8);
      const medium = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" style="width: 700px"></civic-article-cards>`);
      expect(columns(medium)).to.equal(2);
    });

    it('grid at 1280 px: the featured card’s picture keeps the cards’ 16:9 (not stretched to the two rows it spans)', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="en" featured style="width: 1232px"></civic-article-cards>`);
      const [featured, other] = cards(el).map((c) => c.querySelector('.media')!.getBoundingClientRect());
      expect(featured.width).to.be.above(700);
      expect(featured.height, 'featured picture box height').to.be.closeTo((featured.width * 9) / 16, 1.5);
      expect(other.height).to.be.closeTo((other.width * 9) / 16, 1.5);
      // The picture fills its box: what object-fit crops is only the 16:9 frame's, as on every card.
      const img = cards(el)[0].querySelector('img')!.getBoundingClientRect();
      expect(img.height).to.be.closeTo(featured.height, 1);
    });

    it('list: the image beside the text when there is room', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" layout="list" style="width: 900px"></civic-article-cards>`);
      const card = cards(el)[1];
      const media = card.querySelector('.media')!.getBoundingClientRect();
      const body = card.querySelector('.body')!.getBoundingClientRect();
      expect(media.right).to.be.at.most(body.left + 1);
      await expect(el).to.be.accessible();
    });

    it('compact: titles and dates, no images, excerpts or read more', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="de" layout="compact"></civic-article-cards>`);
      expect(root(el).querySelector('.cards img, .cards .excerpt, .cards .more, .cards .media')).to.be.null;
      expect(text(cards(el)[0].querySelector('time'))).to.equal('21. März 2026');
      await expect(el).to.be.accessible();
    });

    it('renders titles at the heading level asked for', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" heading-level="2"></civic-article-cards>`);
      expect(cards(el)[0].querySelector('h2.title')).to.exist;
    });
  });

  describe('category', () => {
    it('shows only articles of the category (case and accents ignored)', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" category="wspolpraca"></civic-article-cards>`);
      expect(cards(el).length).to.equal(2);
      expect(cards(el).every((c) => text(c.querySelector('.cats')).includes('Współpraca'))).to.be.true;
    });

    it('leaves out a CMS’s "no category" placeholder but keeps the real ones (and the card)', async () => {
      const items = [
        { ...sampleNews[0], id: 'u1', categories: ['Uncategorized', 'Kultura'] },
        { ...sampleNews[0], id: 'u2', categories: ['Bez kategorii'] },
      ];
      const el = await cardsWith(items, html`<civic-article-cards lang="pl" seo></civic-article-cards>`);
      expect(cards(el).length).to.equal(2);
      expect([...cards(el)[0].querySelectorAll('.cats li')].map((li) => text(li))).to.deep.equal(['Kultura']);
      expect(cards(el)[1].querySelector('.cats')).to.equal(null);
      const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
      expect(JSON.stringify(ld)).to.contain('"articleSection":["Kultura"]').and.not.contain('Uncategorized').and.not.contain('Bez kategorii');
    });

    it('says when a category has no articles', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" category="Sport"></civic-article-cards>`);
      expect(text(root(el).querySelector('.message'))).to.equal('Brak artykułów w kategorii „Sport”.');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    const retryBaseMs = feedSettings.retryBaseMs;
    afterEach(() => (feedSettings.retryBaseMs = retryBaseMs));

    it('loading: skeleton cards with the real image boxes, announced politely', async () => {
      const el = await fixture<CivicArticleCards>(html`<civic-article-cards lang="pl" page-size="3" src="/faults/hang?t=${Date.now()}"></civic-article-cards>`);
      await el.updateComplete;
      expect(el.getAttribute('feed-state')).to.equal('loading');
      const skeletons = root(el).querySelectorAll('.skeleton .card');
      expect(skeletons).to.have.length(3);
      const media = skeletons[0].querySelector('.media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1.5);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Ładowanie…');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('loading → ready: the first card shows first, the others follow in their skeletons’ places, then all are there', async () => {
      const el = await fixture<CivicArticleCards>(html`<civic-article-cards lang="pl" page-size="6" src="/faults/hang?staged=${Date.now()}"></civic-article-cards>`);
      await el.updateComplete;
      // What the list holds after each render: [drawn cards, skeleton cards still to come].
      const seen: [number, number][] = [];
      const look = () => {
        const list = root(el).querySelector('.cards:not(.skeleton)');
        if (list) seen.push([list.querySelectorAll(':scope > .card:not(.skeleton)').length, list.querySelectorAll(':scope > .card.skeleton[aria-hidden="true"]').length]);
      };
      const observer = new MutationObserver(look);
      observer.observe(root(el), { childList: true, subtree: true });
      el.items = sampleNews;
      await el.updateComplete;
      observer.disconnect();
      look();
      expect(seen[0], 'the first render').to.deep.equal([1, 5]);
      // Every render holds six boxes (nothing below moves); the last holds the six cards.
      expect(seen.every(([drawn, coming]) => drawn + coming === 6), JSON.stringify(seen)).to.be.true;
      expect(seen.at(-1)).to.deep.equal([6, 0]);
      expect(titles(el).filter(Boolean)).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    // The usual browser default font (Times New Roman metrics), the same file in every engine:
    // line breaks (and so heights) then come from the element, not from each engine's default
    // on Linux (Firefox and WebKit pick DejaVu Serif, far wider).
    const SITE_FONT = "font-family: 'Liberation Serif', 'Times New Roman', serif";
    for (const [width, layout, featured] of [
      [320, 'grid', false],
      [1100, 'grid', true],
      [900, 'list', false],
      [400, 'compact', false],
    ] as const) {
      it(`loading → ready at ${width} px (${layout}${featured ? ', featured' : ''}): the skeleton reserves the final height within 6 %`, async () => {
        const el = await fixture<CivicArticleCards>(
          html`<civic-article-cards lang="pl" layout=${layout} ?featured=${featured} src="/faults/hang?h=${width}${layout}" style="width: ${width}px; ${SITE_FONT}"></civic-article-cards>`,
        );
        await el.updateComplete;
        const loading = el.getBoundingClientRect().height;
        el.items = sampleNews;
        await el.updateComplete;
        const ready = el.getBoundingClientRect().height;
        expect(Math.abs(ready - loading) / ready).to.be.below(0.06);
      });
    }

    it('empty: says there is nothing to show', async () => {
      const el = await cardsWith([]);
      expect(text(root(el).querySelector('.message'))).to.equal('Brak artykułów do wyświetlenia.');
      await expect(el).to.be.accessible();
    });

    it('error: the reason and a retry button that works from the keyboard', async () => {
      // No automatic retry (5 s after the error) while axe runs on a busy machine: only the button's.
      feedSettings.retryBaseMs = 60_000;
      const el = await fromSrc(html`<civic-article-cards lang="en" src="/faults/status/500?t=${Date.now()}"></civic-article-cards>`);
      expect(el.getAttribute('feed-state')).to.equal('error');
      expect(text(root(el))).to.contain('The server answered with HTTP error 500.');
      await expect(el).to.be.accessible();
      await tabInto(el);
      expect(text(root(el).activeElement)).to.equal('Try again');
      // The state is `error` before and after the retry: count the retry's own error event.
      let errors = 0;
      el.addEventListener('civic-feed-error', () => errors++);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => errors === 1 && el.getAttribute('feed-state') === 'error', 'fails again', { timeout: 5000 });
    });

    it('stale: the saved copy with a "may be out of date" notice', async () => {
      const src = seedStaleCopy(`/faults/status/503?t=${Date.now()}`);
      const el = await fixture<CivicArticleCards>(html`<civic-article-cards lang="pl" src=${src}></civic-article-cards>`);
      await waitUntil(() => el.getAttribute('feed-state') === 'stale', 'stale', { timeout: 5000 });
      await el.updateComplete;
      expect(text(root(el))).to.contain('Te dane mogą być nieaktualne');
      expect(cards(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('.items wins over src (nothing is fetched)', async () => {
      const el = await fixture<CivicArticleCards>(html`<civic-article-cards lang="pl" src="/faults/status/500" .items=${sampleNews.slice(0, 2)}></civic-article-cards>`);
      await nextFrame();
      expect(el.hasAttribute('feed-state')).to.be.false;
      expect(cards(el)).to.have.length(2);
    });
  });

  describe('languages', () => {
    for (const [lang, date, more] of [
      ['pl', '19 grudnia 2025', 'Czytaj dalej'],
      ['de', '19. Dezember 2025', 'Weiterlesen'],
      ['en', 'December 19, 2025', 'Read more'],
      ['uk', '19 грудня 2025 р.', 'Читати далі'],
    ]) {
      it(`speaks ${lang}`, async () => {
        const el = await cardsWith([krefeld], html`<civic-article-cards lang=${lang}></civic-article-cards>`);
        expect(text(cards(el)[0].querySelector('time'))).to.equal(date);
        expect(text(cards(el)[0].querySelector('.more')).startsWith(more)).to.be.true;
        await expect(el).to.be.accessible();
      });
    }

    it('switches language live when lang changes', async () => {
      const el = await cardsWith([krefeld]);
      el.setAttribute('lang', 'de');
      await waitUntil(() => text(cards(el)[0].querySelector('time')) === '19. Dezember 2025', 'German date', { timeout: 5000 });
      expect(text(cards(el)[0].querySelector('.title'))).to.equal(
        'Sochaczew und Krefeld: eine neue Ära der Zusammenarbeit in Kultur und Tourismus',
      );
      expect(text(cards(el)[0].querySelector('.views'))).to.equal('216 Aufrufe');
      // Category names follow where the feed translates them (data/news.json `_civic.tags`).
      expect(text(cards(el)[0].querySelector('.cats li'))).to.equal('Kultur');
      expect(cards(el)[0].querySelector('.cats li')!.hasAttribute('lang')).to.be.false;
    });

    it('marks text that is not in the page language', async () => {
      const el = await cardsWith([{ ...krefeld, title: 'Tylko po polsku', excerpt: undefined }], html`<civic-article-cards lang="en"></civic-article-cards>`);
      expect(cards(el)[0].querySelector('.title a')!.getAttribute('lang')).to.equal('pl');
    });
  });

  describe('feed text in another language', () => {
    it('marks Polish category chips with lang="pl" in a German UI (feed language or item language)', async () => {
      const el = await cardsWith(
        [
          { ...krefeld, id: 'a', language: 'pl', categories: ['Kultura', 'Turystyka'] },
          { ...krefeld, id: 'b', language: 'de', categories: ['Kultur'] },
        ],
        html`<civic-article-cards lang="de"></civic-article-cards>`,
      );
      const chips = (i: number) => [...cards(el)[i].querySelectorAll('.cats li')].map((li) => li.getAttribute('lang'));
      expect(chips(0)).to.deep.equal(['pl', 'pl']);
      expect(chips(1), 'same language as the UI: no lang').to.deep.equal([null]);
      // The list's label is in the UI language: only the chips carry lang.
      expect(cards(el)[0].querySelector('.cats')!.hasAttribute('lang')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('marks untranslated chips with the feed language when items come from src', async () => {
      const el = await fromSrc(html`<civic-article-cards lang="de" src="/test/fixtures/jsonfeed.json" page-size="1"></civic-article-cards>`);
      const chips = [...cards(el)[0].querySelectorAll('.cats li')];
      expect(chips.map((c) => [text(c), c.getAttribute('lang')])).to.deep.equal([['Pilne', 'pl-PL'], ['Drogi', 'pl-PL']]);
    });

    it('shows translated chips in the page language when the feed sends them (de, en, uk)', async () => {
      for (const [lang, names] of [['de', ['Kultur', 'Literatur', 'Reisen']], ['en', ['Culture', 'Literature', 'Travel']], ['uk', ['Культура', 'Література', 'Подорожі']], ['pl', ['Kultura', 'Literatura', 'Podróże']]] as const) {
        const el = await fromSrc(html`<civic-article-cards lang=${lang} src="/data/news.json" page-size="1"></civic-article-cards>`);
        const chips = [...cards(el)[0].querySelectorAll('.cats li')];
        expect(chips.map(text), lang).to.deep.equal([...names]);
        expect(chips.every((c) => !c.hasAttribute('lang')), `${lang}: no lang mark on chips in the page language`).to.be.true;
      }
    });

    it('filters by a category named in any of its languages', async () => {
      const el = await fromSrc(html`<civic-article-cards lang="de" src="/data/news.json" category="Veranstaltungen"></civic-article-cards>`);
      const other = await fromSrc(html`<civic-article-cards lang="de" src="/data/news.json" category="Wydarzenia"></civic-article-cards>`);
      expect(cards(el).length).to.be.above(0);
      expect(cards(el).length).to.equal(cards(other).length);
    });
  });

  describe('.items with wrong types', () => {
    it('leaves out a non-string author and a number or unparseable date instead of "[object Object]" or 1970', async () => {
      const el = await cardsWith(
        [
          { ...krefeld, id: 'a', author: { name: 'x' }, date: 12345 },
          { ...krefeld, id: 'b', author: 42, date: 'not a date' },
          { ...krefeld, id: 'c', author: ['x'], date: { iso: '2025-01-01' } },
        ] as unknown as NewsItem[],
        html`<civic-article-cards lang="de" seo></civic-article-cards>`,
      );
      expect(cards(el)).to.have.length(3);
      for (const card of cards(el)) {
        expect(text(card.querySelector('.author')), 'no author').to.equal('');
        expect(text(card.querySelector('time')), 'no date').to.equal('');
        expect(text(card)).not.to.contain('[object Object]');
        expect(text(card)).not.to.contain('1970');
      }
      const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.itemListElement[0].item.author).to.be.undefined;
      expect(ld.itemListElement[0].item.datePublished).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });

  describe('dark and forced colours', () => {
    afterEach(async () => {
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'no-preference' });
    });
    needs('media emulation')('passes axe in the dark scheme (on a dark page)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      document.body.style.background = '#15191e';
      const el = await cardsWith(sampleNews);
      expect(getComputedStyle(cards(el)[0]).backgroundColor).to.equal('rgb(30, 35, 41)');
      await expect(el).to.be.accessible();
    });
  });

  describe('seo', () => {
    const ld = (el: CivicArticleCards) => el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');

    it('adds an ItemList of NewsArticle as JSON-LD in the light DOM', async () => {
      const el = await cardsWith(sampleNews, html`<civic-article-cards lang="pl" seo page-size="3"></civic-article-cards>`);
      const data = JSON.parse(ld(el)!.textContent!);
      expect(data['@type']).to.equal('ItemList');
      expect(data.itemListElement).to.have.length(3);
      const first = data.itemListElement[0];
      expect(first.position).to.equal(1);
      expect(first.item['@type']).to.equal('NewsArticle');
      expect(first.item.headline).to.equal('Nowy tomik Grażyny Grobelskiej: wiersze o emocjach i odrodzeniu Warszawy');
      expect(first.item.author).to.deep.equal({ '@type': 'Person', name: 'Bartosz Kawczyński' });
      expect(first.item.image).to.match(/^http:\/\/localhost:\d+\/data\/images\/news-culture\.svg$/);
      el.seo = false;
      await el.updateComplete;
      expect(ld(el)).to.be.null;
    });

    it('cannot be broken out of by feed text', async () => {
      const evil = '</script><script>window.pwned = 1</script><!--';
      const el = await cardsWith([{ ...krefeld, title: evil }], html`<civic-article-cards lang="pl" seo></civic-article-cards>`);
      const script = ld(el)!;
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!).itemListElement[0].item.headline).to.equal(evil);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect((window as { pwned?: number }).pwned).to.be.undefined;
    });

    /** Runs the element in a frame with `csp`, returns what happened there. */
    async function inFrame(csp: string) {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="pl"><head>
        <meta http-equiv="Content-Security-Policy" content="${csp}">
        </head><body><script type="module">
          window.violations = [];
          window.addEventListener('error', (e) => { window.failed = String(e.message); });
          window.addEventListener('unhandledrejection', (e) => { window.failed = String(e.reason && e.reason.stack || e.reason); });
          document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' | ' + e.sample));
          try { document.body.innerHTML = '<b>x</b>'; window.enforced = false; } catch { window.enforced = true; }
          await import('${location.origin}/src/components/article-cards/article-cards.ts'); // WebKit resolves no root-relative import in srcdoc
          const el = document.createElement('civic-article-cards');
          el.seo = true;
          el.items = [{ id: 'a', title: '<\\/script>Test', url: 'https://example.org/a', categories: [] }];
          document.body.append(el);
          await el.updateComplete;
          window.ld = el.querySelector('script[type="application/ld+json"]')?.textContent ?? null;
          window.cards = el.shadowRoot.querySelectorAll('.card').length;
          window.done = true;
        </script></body></html>`;
      document.body.append(frame);
      const win = () => frame.contentWindow as unknown as Record<string, unknown>;
      await waitUntil(() => win()?.done || win()?.failed, 'frame ran', { timeout: 8000 });
      const result = { ...win() } as { failed?: string; enforced: boolean; cards: number; ld: string | null; violations: string[] };
      result.violations = [...(win().violations as string[])];
      frame.remove();
      return result;
    }

    it('works on a page that enforces Trusted Types', async () => {
      const result = await inFrame("require-trusted-types-for 'script'");
      expect(result.failed).to.be.undefined;
      expect(result.enforced, 'Trusted Types enforced in the frame').to.be.true;
      expect(result.cards).to.equal(1);
      expect(JSON.parse(result.ld!).itemListElement[0].item.headline).to.equal('</script>Test');
      // Only our own innerHTML probe: the JSON-LD goes through the civic-widgets-json-ld policy.
      expect(result.violations).to.have.length(1);
      expect(result.violations[0]).to.contain('innerHTML');
    });

    it('leaves JSON-LD out, without a script violation, when the page does not allow its policy', async () => {
      const result = await inFrame("require-trusted-types-for 'script'; trusted-types lit-html");
      expect(result.failed).to.be.undefined;
      expect(result.cards).to.equal(1);
      expect(result.ld).to.be.null;
      expect(result.violations.some((v) => v.includes('HTMLScriptElement'))).to.be.false;
    });
  });

  describe('many items', () => {
    // How fast is measured by bench/ticker-and-cards.mjs (time to first cards for 1,000 items):
    // a millisecond limit here would only measure how busy the machine is.
    it('renders only the first page of a 1,000-item feed and pages on', async () => {
      const items = manyNews(1000);
      const el = await cardsWith(items, html`<civic-article-cards lang="pl" page-size="12"></civic-article-cards>`);
      expect(cards(el)).to.have.length(12);
      expect(root(el).querySelectorAll('.card').length, 'cards in the DOM (none kept hidden)').to.be.at.most(12);
      expect(text(root(el).querySelector('.count'))).to.equal('Pokazano 12 z 1000 artykułów');
      root(el).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(24);
      expect(cards(el)[12].querySelector<HTMLAnchorElement>('.title a')!.href, 'the 13th item follows the 12th').to.match(/#12$/);
      expect(text(root(el).querySelector('.count'))).to.equal('Pokazano 24 z 1000 artykułów');
    });
  });
});
