import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/attractions-map/attractions-map.js';
import '../../src/components/article-cards/article-cards.js';
import '../../src/components/news-ticker/news-ticker.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import type { CivicArticleCards } from '../../src/components/article-cards/article-cards.js';
import type { CivicNewsTicker } from '../../src/components/news-ticker/news-ticker.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { sochaczew } from '../map/sochaczew.js';
import { sampleNews } from '../../stories/news-sample.js';
import { needs } from '../helpers/engines.js';

const transparent = (el: Element) => {
  const bg = getComputedStyle(el).backgroundColor;
  return bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)';
};

/** A light-only page: white body, black text, no dark theme of its own. */
const lightPage = <T extends HTMLElement>(inner: ReturnType<typeof html>) =>
  fixture<HTMLDivElement>(html`<div style="background:#fff;color:#000;padding:1rem">${inner}</div>`).then(
    (wrapper) => wrapper.firstElementChild as T,
  );

describe('dark scheme on a light-only page', () => {
  beforeEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  needs('media emulation')('the map paints its own dark surface: legend and list stay readable', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const features = (await sochaczew()).slice(0, 3);
    const el = await lightPage<CivicAttractionsMap>(html`<civic-attractions-map lang="de" .features=${features}></civic-attractions-map>`);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Kategorien'), 'legend rendered', { timeout: 5000 });
    expect(transparent(el), 'host background').to.be.false;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(30, 35, 41)');
    await expect(el).to.be.accessible();
  });

  needs('media emulation')('the cards paint their own dark surface: the count line stays readable', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await lightPage<CivicArticleCards>(html`<civic-article-cards lang="de" .items=${sampleNews}></civic-article-cards>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.contain('von');
    expect(transparent(el), 'host background').to.be.false;
    // The same layout as in the light scheme: the cards line up with the page's headings.
    expect(getComputedStyle(el).paddingLeft, 'no dark-only padding').to.equal('0px');
    await expect(el).to.be.accessible();
  });

  needs('media emulation')('the ticker keeps its frame flush with the host (no extra padding)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await lightPage<CivicNewsTicker>(html`<civic-news-ticker lang="de" .items=${sampleNews} paused></civic-news-ticker>`);
    await el.updateComplete;
    expect(transparent(el)).to.be.false;
    expect(getComputedStyle(el).paddingTop).to.equal('0px');
    await expect(el).to.be.accessible();
  });

  needs('media emulation')('stays transparent in the light scheme and with theme="light"', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await lightPage<CivicArticleCards>(html`<civic-article-cards lang="de" .items=${sampleNews}></civic-article-cards>`);
    expect(transparent(light)).to.be.true;
    await emulateMedia({ colorScheme: 'dark' });
    const forced = await lightPage<CivicArticleCards>(html`<civic-article-cards lang="de" theme="light" .items=${sampleNews}></civic-article-cards>`);
    expect(transparent(forced)).to.be.true;
    await expect(forced).to.be.accessible();
  });

  it('theme="dark" paints the surface even in the light scheme', async () => {
    const el = await lightPage<CivicArticleCards>(html`<civic-article-cards lang="de" theme="dark" .items=${sampleNews}></civic-article-cards>`);
    expect(transparent(el)).to.be.false;
    await expect(el).to.be.accessible();
  });
});
