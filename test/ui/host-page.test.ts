/**
 * What real host pages do to embedded elements (found by an outside test with CMS-like
 * pages): flex rows that size to content, old box-sizing resets, right-to-left bodies,
 * the font-size: 0 trick, narrow phones. The elements must still look and read right.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/article-cards/article-cards.js';
import '../../src/components/news-ticker/news-ticker.js';
import type { CivicArticleCards } from '../../src/components/article-cards/article-cards.js';
import type { CivicNewsTicker } from '../../src/components/news-ticker/news-ticker.js';
import { sampleNews } from '../../stories/news-sample.js';
import { needs } from '../helpers/engines.js';

const pageStyle = (css: string) => {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
};

async function ready<T extends HTMLElement>(el: T, items = sampleNews.slice(0, 4)) {
  (el as unknown as { items: unknown }).items = items;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

describe('on hostile host pages', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    style?.remove();
    style = undefined;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const layout of ['display:flex', 'display:flex;flex-direction:column;align-items:flex-start', 'display:grid;justify-items:start']) {
    it(`fills the line in a parent with ${layout} (a size container would collapse to 0 px)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="${layout};width:900px">
        <civic-article-cards lang="pl" page-size="2"></civic-article-cards>
      </div>`);
      const cards = await ready(wrapper.firstElementChild as CivicArticleCards);
      expect(cards.getBoundingClientRect().width).to.be.closeTo(900, 1);
      expect(cards.getBoundingClientRect().height).to.be.lessThan(2000);
    });
  }

  it('keeps a gap between stacked elements (--civic-block-margin, 1.5rem), which 0 removes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <civic-news-ticker lang="pl"></civic-news-ticker>
      <civic-article-cards lang="pl" page-size="1"></civic-article-cards>
    </div>`);
    const [ticker, cards] = [...wrapper.children] as HTMLElement[];
    await ready(ticker);
    await ready(cards);
    expect(cards.getBoundingClientRect().top - ticker.getBoundingClientRect().bottom).to.equal(24);
    wrapper.style.setProperty('--civic-block-margin', '0');
    expect(cards.getBoundingClientRect().top - ticker.getBoundingClientRect().bottom).to.equal(0);
  });

  it('keeps its own box sizing under a page-wide content-box reset', async () => {
    style = pageStyle('*, *::before, *::after { box-sizing: content-box; }');
    const el = await ready(await fixture<CivicArticleCards>(html`<civic-article-cards lang="pl" page-size="2" style="width:600px"></civic-article-cards>`));
    const inner = el.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(inner).boxSizing).to.equal('border-box');
    const overflow = [...el.shadowRoot!.querySelectorAll('*')]
      .filter((n) => !n.closest('.visually-hidden')) // clipped to 1 px: for screen readers only
      .filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1);
    expect(overflow.map((n) => `${n.parentElement?.className} > ${n.localName}.${n.className} ${n.textContent} ${getComputedStyle(n).position}`)).to.deep.equal([]);
  });

  it('stays left-to-right on a right-to-left page: dates and numbers read in order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:700px"><civic-article-cards lang="pl" page-size="2"></civic-article-cards></div>`);
    const el = await ready(wrapper.firstElementChild as CivicArticleCards);
    expect(getComputedStyle(el).direction).to.equal('ltr');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction).to.equal('ltr');
  });

  it('still shows words inside a font-size: 0 wrapper', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size:0;width:600px"><civic-article-cards lang="pl" page-size="1"></civic-article-cards></div>`);
    const el = await ready(wrapper.firstElementChild as CivicArticleCards);
    const excerpt = el.shadowRoot!.querySelector('.excerpt')!;
    expect(parseFloat(getComputedStyle(excerpt).fontSize)).to.be.at.least(12);
  });

  it('keeps its text hierarchy on a 62.5 % root font page (sizes follow the text around it, not the root)', async () => {
    style = pageStyle('html { font-size: 62.5%; } .body-text { font-size: 1.6rem; }');
    const wrapper = await fixture<HTMLDivElement>(html`<div class="body-text" style="width:700px"><civic-article-cards lang="pl" page-size="1" layout="list"></civic-article-cards></div>`);
    const el = await ready(wrapper.firstElementChild as CivicArticleCards);
    const size = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
    expect(size('.excerpt')).to.equal(16);
    expect(size('.title')).to.be.greaterThan(size('.excerpt'));
    expect(size('.cats li')).to.be.at.least(11);
  });

  for (const theme of ['krefeld', 'sochaczew']) {
    needs('media emulation')(`a ready theme (${theme}.css) still lets theme="light" / theme="dark" choose per element`, async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/themes/${theme}.css`;
      const loaded = new Promise((r) => (link.onload = r));
      document.head.append(link);
      await loaded;
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <civic-article-cards lang="pl" page-size="1" theme="light"></civic-article-cards>
          <civic-article-cards lang="pl" page-size="1" theme="dark"></civic-article-cards>
        </div>`);
        const [light, dark] = [...wrapper.children] as CivicArticleCards[];
        await ready(light);
        await ready(dark);
        const surface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface(light)).to.equal('rgb(255, 255, 255)');
        await emulateMedia({ colorScheme: 'light' });
        expect(surface(dark)).to.not.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(dark).color).to.not.equal(getComputedStyle(light).color);
      } finally {
        link.remove();
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  it('scroll mode on a 320 px phone shows one whole headline at a time (a stopped strip would cut it off)', async () => {
    const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" style="width:320px"></civic-news-ticker>`);
    await ready(el, sampleNews.slice(0, 5));
    await waitUntil(() => el.shadowRoot!.querySelector('.step-list'), 'one headline at a time', { timeout: 5000 });
    const viewport = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    const headline = el.shadowRoot!.querySelector('.step-list .headline')!;
    expect(headline.getBoundingClientRect().right).to.be.at.most(viewport.right + 1);
    expect(headline.scrollWidth).to.be.at.most(headline.clientWidth + 1);
    // Wide again: the strip comes back.
    el.style.width = '1000px';
    await waitUntil(() => el.shadowRoot!.querySelector('.track'), 'the scrolling strip again', { timeout: 5000 });
  });

  it('keeps one height while it steps through the headlines on a 320 px phone (nothing below jumps)', async () => {
    // The usual browser default font (Times New Roman metrics), the same file in every engine:
    // the ticker reserves three lines, and Firefox and WebKit on Linux default to the far wider
    // DejaVu Serif, which needs four for some of these headlines.
    const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" style="width:320px; font-family: 'Liberation Serif', 'Times New Roman', serif"></civic-news-ticker>`);
    await ready(el, sampleNews.slice(0, 8));
    await waitUntil(() => el.shadowRoot!.querySelector('.step-list'), 'one headline at a time', { timeout: 5000 });
    const heights = new Set<number>();
    for (let i = 0; i < 8; i++) {
      heights.add(Math.round(el.getBoundingClientRect().height));
      el.go(1);
      await el.updateComplete;
    }
    expect([...heights]).to.have.length(1);
  });

  needs('media emulation')('under reduced motion and wider text spacing, a 320 px ticker cuts no headline or time off', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    style = pageStyle('civic-news-ticker { letter-spacing: 0.12em; word-spacing: 0.16em; }');
    const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" style="width:320px"></civic-news-ticker>`);
    await ready(el, sampleNews.slice(0, 4));
    const right = el.getBoundingClientRect().right;
    const cut = [...el.shadowRoot!.querySelectorAll('.headline, time')].filter((n) => n.getBoundingClientRect().right > right + 1);
    expect(cut.map((n) => n.textContent)).to.deep.equal([]);
  });
});
