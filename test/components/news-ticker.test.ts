import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { tabInto } from '../helpers/keyboard.js';
import { awayFromFixtures, needs } from '../helpers/engines.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/news-ticker/news-ticker.js';
import type { CivicNewsTicker } from '../../src/components/news-ticker/news-ticker.js';
import type { NewsItem } from '../../src/feeds/types.js';
import { feedSettings } from '../../src/feeds/loader.js';
import { sampleNews, seedStaleCopy } from '../../stories/news-sample.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** Recent headlines: the bundled feed with fresh dates and the second one breaking. */
const fresh = (): NewsItem[] =>
  sampleNews.map((item, i) => ({ ...item, date: hoursAgo(i + 2), breaking: i === 1 }));

const root = (el: CivicNewsTicker) => el.shadowRoot!;
const mainList = (el: CivicNewsTicker) => root(el).querySelector<HTMLUListElement>('ul[part="list"]')!;
const copies = (el: CivicNewsTicker) => root(el).querySelectorAll('ul.copy');
const pauseButton = (el: CivicNewsTicker) => root(el).querySelector<HTMLButtonElement>('button.toggle');
const scrollAnimation = (el: CivicNewsTicker) =>
  root(el).querySelector<HTMLElement>('.track')?.getAnimations()[0];
const middle = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
};

async function ticker(template = html`<civic-news-ticker lang="pl"></civic-news-ticker>`, items = fresh()) {
  const el = await fixture<CivicNewsTicker>(template);
  el.items = items;
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  return el;
}

describe('<civic-news-ticker>', () => {
  beforeEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  describe('scroll mode (default)', () => {
    it('shows the latest headlines as links with a relative time, under a label', async () => {
      const el = await ticker();
      const links = mainList(el).querySelectorAll('a');
      expect(links.length).to.equal(10); // default limit
      expect(links[0].textContent).to.equal(sampleNews[0].title && 'Nowy tomik Grażyny Grobelskiej: wiersze o emocjach i odrodzeniu Warszawy');
      expect(links[0].getAttribute('href')).to.equal(sampleNews[0].url);
      expect(mainList(el).querySelector('time')!.textContent).to.equal('2 godziny temu');
      expect(root(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Na skróty');
      const region = root(el).querySelector('section')!;
      expect(region.getAttribute('aria-labelledby')).to.equal('label');
      await expect(el).to.be.accessible();
    });

    it('moves with a transform-only animation, its copy hidden from screen readers and the keyboard', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      const keyframes = (scrollAnimation(el)!.effect as KeyframeEffect).getKeyframes();
      for (const frame of keyframes) {
        const props = Object.keys(frame).filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k));
        expect(props).to.deep.equal(['transform']);
      }
      expect(copies(el).length).to.equal(1);
      const copy = copies(el)[0] as HTMLElement;
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.inert).to.be.true;
      // One list of headlines for screen readers: the copy is aria-hidden, so only one list is named.
      expect(root(el).querySelectorAll('ul:not([aria-hidden])').length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('meets the pause button first, then each headline once with Tab (no tab stops in the copy)', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" limit="3"></civic-news-ticker>`);
      // A stop after the ticker: at the page's end WebKit's Tab wraps round to the top instead of leaving.
      const after = document.createElement('button');
      el.after(after);
      await tabInto(el);
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        seen.push(root(el).activeElement?.textContent?.trim() ?? '');
        await sendKeys({ press: 'Tab' });
      }
      expect(seen[0]).to.equal('Zatrzymaj');
      expect(new Set(seen.slice(1, 4)).size).to.equal(3);
      expect(seen.slice(1, 4).every((t) => t && t !== 'Zatrzymaj')).to.be.true;
      expect(seen[4]).to.equal(''); // out of the ticker: the copy has no tab stops
      after.remove();
    });

    it('pauses while keyboard focus is inside and shows the focused headline', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      await tabInto(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' }); // third headline
      await waitUntil(() => scrollAnimation(el)?.playState === 'paused', 'paused on focus', { timeout: 5000 });
      await nextFrame();
      const link = root(el).activeElement as HTMLElement;
      const strip = root(el).querySelector('.viewport')!.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      expect(box.left).to.be.at.least(strip.left - 1);
      expect(box.left).to.be.below(strip.right);
      // Focus leaves: it moves again.
      (root(el).activeElement as HTMLElement).blur();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'resumes after blur', { timeout: 5000 });
    });

    it('pauses while the pointer is over it', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      await sendMouse({ type: 'move', position: middle(el) });
      await waitUntil(() => scrollAnimation(el)?.playState === 'paused', 'paused on hover', { timeout: 5000 });
      await sendMouse({ type: 'move', position: awayFromFixtures() });
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'resumes', { timeout: 5000 });
    });

    it('has a visible, labelled pause button that works with Enter and Space', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      const button = pauseButton(el)!;
      expect(button.getAttribute('aria-label')).to.equal('Zatrzymaj przewijanie wiadomości');
      expect(button.textContent!.trim()).to.equal('Zatrzymaj');
      expect(button.getBoundingClientRect().width).to.be.greaterThan(30);
      button.focus();
      const toggled = oneEvent(el, 'civic-ticker-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail.paused).to.be.true;
      await el.updateComplete;
      expect(el.paused).to.be.true;
      expect(el.hasAttribute('paused')).to.be.true;
      expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Wznów przewijanie wiadomości');
      expect(root(el).activeElement).to.equal(pauseButton(el));
      // Leaving with the keyboard does not resume: the user's pause wins.
      (root(el).activeElement as HTMLElement).blur();
      await new Promise((r) => setTimeout(r, 50));
      expect(scrollAnimation(el)!.playState).to.equal('paused');
      await expect(el).to.be.accessible();
      pauseButton(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.paused).to.be.false;
      (root(el).activeElement as HTMLElement).blur();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'plays again', { timeout: 5000 });
    });

    it('pauses while scrolled off-screen and while the tab is hidden', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      el.style.cssText = 'position: absolute; top: 6000px';
      await waitUntil(() => scrollAnimation(el)?.playState === 'paused', 'paused off-screen', { timeout: 5000 });
      el.style.cssText = '';
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'back on screen', { timeout: 5000 });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => scrollAnimation(el)?.playState === 'paused', 'paused while hidden', { timeout: 5000 });
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'visible again', { timeout: 5000 });
    });

    it('starts paused with the paused attribute', async () => {
      const el = await ticker(html`<civic-news-ticker lang="en" paused></civic-news-ticker>`);
      await nextFrame();
      expect(scrollAnimation(el)?.playState).to.equal('paused');
      expect(pauseButton(el)!.textContent!.trim()).to.equal('Play');
    });

    it('does not move when all headlines fit', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" limit="1" style="width: 1200px"></civic-news-ticker>`,
        [{ id: 'a', title: 'Krótko', categories: [], url: '/a' }]);
      await nextFrame();
      expect(scrollAnimation(el)).to.be.undefined;
      expect(copies(el).length).to.equal(0);
      expect(pauseButton(el)).to.be.null;
    });
  });

  describe('reduced motion', () => {
    needs('media emulation')('never moves: a static, wrapping list without copies or pause button', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await ticker();
      expect(scrollAnimation(el)).to.be.undefined;
      expect(copies(el).length).to.equal(0);
      expect(pauseButton(el)).to.be.null;
      expect(mainList(el).querySelectorAll('a').length).to.equal(10);
      await expect(el).to.be.accessible();
    });

    needs('media emulation')('stops the moment the visitor asks for reduced motion, and resumes when they stop asking', async () => {
      const el = await ticker();
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls', { timeout: 5000 });
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => !scrollAnimation(el), 'animation removed', { timeout: 5000 });
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => scrollAnimation(el)?.playState === 'running', 'scrolls again', { timeout: 5000 });
    });

    needs('media emulation')('steps only by hand in step mode', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await ticker(html`<civic-news-ticker lang="pl" mode="step" interval="2"></civic-news-ticker>`);
      const first = mainList(el).textContent;
      await new Promise((r) => setTimeout(r, 2400));
      expect(mainList(el).textContent).to.equal(first);
      expect(pauseButton(el)).to.be.null;
      const next = root(el).querySelector<HTMLButtonElement>('button[aria-label="Następna wiadomość"]')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(mainList(el).textContent).not.to.equal(first);
      await expect(el).to.be.accessible();
    });
  });

  describe('step mode', () => {
    it('shows one headline at a time and moves on by itself', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" mode="step" interval="2"></civic-news-ticker>`);
      expect(mainList(el).querySelectorAll('li').length).to.equal(1);
      const first = mainList(el).textContent;
      expect(mainList(el).getAttribute('aria-live')).to.equal('off');
      await waitUntil(() => mainList(el).textContent !== first, 'advanced', { timeout: 8000 });
      await expect(el).to.be.accessible();
    });

    for (const interval of ['0', '0.1', '-3']) {
      it(`keeps each headline at least 2 s, even with interval="${interval}"`, async () => {
        // Timed from before the element exists, so its timer cannot have started earlier: a busy
        // machine can only make the measured time longer, never shorter than the real interval.
        const start = performance.now();
        const el = await ticker(html`<civic-news-ticker lang="pl" mode="step" interval=${interval}></civic-news-ticker>`);
        const first = mainList(el).textContent;
        await waitUntil(() => mainList(el).textContent !== first, 'advanced after the minimum', { timeout: 8000, interval: 20 });
        expect(performance.now() - start).to.be.at.least(1950);
      });
    }

    it('goes back and forth with the previous/next buttons and announces politely', async () => {
      const el = await ticker(html`<civic-news-ticker lang="en" mode="step"></civic-news-ticker>`);
      await tabInto(el); // the headline link
      expect(mainList(el).getAttribute('aria-live')).to.equal('polite'); // focus inside: paused
      await sendKeys({ press: 'Tab' }); // previous
      expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('Previous headline');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('.visually-hidden')!.textContent).to.equal('Headline 10 of 10');
      await sendKeys({ press: 'Tab' }); // next
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(root(el).querySelector('.position')!.textContent).to.equal('2/10');
      expect(mainList(el).querySelector('a')!.textContent).to.equal(
        (sampleNews[1].title as Record<string, string>).en,
      );
    });
  });

  describe('content', () => {
    it('marks breaking headlines with a word, not by colour alone', async () => {
      const el = await ticker(html`<civic-news-ticker lang="de"></civic-news-ticker>`);
      const item = mainList(el).querySelectorAll('li')[1];
      expect(item.querySelector('[part="breaking"]')!.textContent!.trim()).to.equal('Eilmeldung');
    });

    it('follows limit and category', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" limit="2" category="edukacja"></civic-news-ticker>`);
      const links = [...mainList(el).querySelectorAll('a')].map((a) => a.textContent);
      expect(links).to.have.length(2);
      expect(links[0]).to.contain('Edukacja Przyszłości');
    });

    it('shows absolute dates with time="date"', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" time="date"></civic-news-ticker>`, sampleNews);
      expect(mainList(el).querySelector('time')!.textContent).to.equal('21 marca 2026');
    });

    it('never renders an unsafe link', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl"></civic-news-ticker>`, [
        { id: 'x', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', categories: [] },
      ]);
      expect(mainList(el).querySelector('a')).to.be.null;
      expect(mainList(el).querySelector('img')).to.be.null;
      expect(mainList(el).textContent).to.contain('<img src=x onerror=alert(1)>');
    });

    it('skips junk given as .items instead of throwing', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl"></civic-news-ticker>`, [
        null, 1, { id: 'x' }, { id: 'ok', title: 'Dobra wiadomość', categories: null },
      ] as unknown as NewsItem[]);
      expect(mainList(el).querySelectorAll('li')).to.have.length(1);
    });

    it('uses a custom label', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" label="Z ratusza"></civic-news-ticker>`);
      expect(root(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Z ratusza');
    });
  });

  describe('languages', () => {
    for (const [lang, label, time, pause] of [
      ['pl', 'Na skróty', '2 godziny temu', 'Zatrzymaj'],
      ['de', 'Aktuell', 'vor 2 Stunden', 'Anhalten'],
      ['en', 'Latest', '2 hours ago', 'Pause'],
      ['uk', 'Коротко', '2 години тому', 'Зупинити'],
    ]) {
      it(`speaks ${lang}`, async () => {
        const el = await ticker(html`<civic-news-ticker lang=${lang}></civic-news-ticker>`);
        expect(root(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal(label);
        expect(mainList(el).querySelector('time')!.textContent).to.equal(time);
        await waitUntil(() => pauseButton(el), 'pause button appears once the strip is measured', { timeout: 5000 });
        expect(pauseButton(el)!.textContent!.trim()).to.equal(pause);
        await expect(el).to.be.accessible();
      });
    }

    it('switches language live when lang changes', async () => {
      const el = await ticker();
      el.setAttribute('lang', 'de');
      await waitUntil(() => root(el).querySelector('[part="label"]')!.textContent!.trim() === 'Aktuell', 'German label', { timeout: 5000 });
      await el.updateComplete;
      expect(mainList(el).querySelector('time')!.textContent).to.equal('vor 2 Stunden');
      expect(mainList(el).querySelector('a')!.textContent).to.equal(
        'Neuer Gedichtband von Grażyna Grobelska: Gedichte über Gefühle und die Wiedergeburt Warschaus',
      );
    });
  });

  describe('dark scheme', () => {
    afterEach(() => emulateMedia({ colorScheme: 'no-preference' }));
    needs('media emulation')('passes axe in the dark scheme, in both modes', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      for (const mode of ['scroll', 'step']) {
        const el = await ticker(html`<civic-news-ticker lang="en" mode=${mode}></civic-news-ticker>`);
        expect(getComputedStyle(root(el).querySelector('.base')!).backgroundColor).to.equal('rgb(30, 35, 41)');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('states', () => {
    const retryBaseMs = feedSettings.retryBaseMs;
    afterEach(() => (feedSettings.retryBaseMs = retryBaseMs));

    it('shows a loading placeholder of the final height while the feed loads', async () => {
      const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" src="/data/news.json"></civic-news-ticker>`);
      await el.updateComplete;
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1000]) {
      it(`keeps one height from loading to ready at ${width} px (no layout shift)`, async () => {
        const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" src="/faults/hang?w=${width}-${Date.now()}" style="width: ${width}px"></civic-news-ticker>`);
        await el.updateComplete;
        const loading = el.getBoundingClientRect().height;
        el.items = fresh();
        await el.updateComplete;
        await waitUntil(() => pauseButton(el), 'measured and moving', { timeout: 5000 });
        expect(el.getBoundingClientRect().height).to.equal(loading);
      });
    }

    it('loads headlines from src through the feed layer', async () => {
      const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="en" src="/data/news.json" limit="5"></civic-news-ticker>`);
      await waitUntil(() => el.getAttribute('feed-state') === 'ready', 'ready', { timeout: 5000 });
      await el.updateComplete;
      const links = [...mainList(el).querySelectorAll('a')];
      expect(links).to.have.length(5);
      expect(links[0].textContent).to.equal((sampleNews[0].title as Record<string, string>).en);
      await expect(el).to.be.accessible();
    });

    it('shows the error with a retry button reachable by keyboard', async () => {
      // No automatic retry (5 s after the error) while axe runs on a busy machine: only the button's.
      feedSettings.retryBaseMs = 60_000;
      const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="pl" src="/faults/status/503?t=${Date.now()}"></civic-news-ticker>`);
      await waitUntil(() => el.getAttribute('feed-state') === 'error', 'error', { timeout: 5000 });
      await el.updateComplete;
      expect(root(el).textContent).to.contain('Nie udało się wczytać danych');
      await expect(el).to.be.accessible();
      await tabInto(el);
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Spróbuj ponownie');
      // The state is `error` before and after the retry: count the retry's own error event.
      let errors = 0;
      el.addEventListener('civic-feed-error', () => errors++);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => errors === 1 && el.getAttribute('feed-state') === 'error', 'tried again', { timeout: 5000 });
    });

    it('keeps showing the saved headlines when the feed fails (stale)', async () => {
      const src = seedStaleCopy(`/faults/status/503?t=${Date.now()}`);
      const el = await fixture<CivicNewsTicker>(html`<civic-news-ticker lang="de" src=${src}></civic-news-ticker>`);
      await waitUntil(() => el.getAttribute('feed-state') === 'stale', 'stale', { timeout: 5000 });
      await el.updateComplete;
      expect(mainList(el).querySelectorAll('a').length).to.equal(10);
      expect(root(el).querySelector('.stale')!.textContent).to.contain('möglicherweise nicht aktuell');
      await expect(el).to.be.accessible();
    });

    it('puts label and buttons above the headlines at 320 px', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl" style="width: 320px"></civic-news-ticker>`);
      await waitUntil(() => pauseButton(el), 'pause button', { timeout: 5000 });
      const label = root(el).querySelector('[part="label"]')!.getBoundingClientRect();
      const strip = root(el).querySelector('.viewport')!.getBoundingClientRect();
      expect(strip.top).to.be.at.least(label.bottom - 1);
      expect(strip.width).to.be.greaterThan(300);
      expect(pauseButton(el)!.getBoundingClientRect().width).to.be.at.least(40);
      await expect(el).to.be.accessible();
    });

    it('says so when there is nothing to show', async () => {
      const el = await ticker(html`<civic-news-ticker lang="pl"></civic-news-ticker>`, []);
      expect(root(el).querySelector('.message')!.textContent).to.equal('Brak wiadomości do wyświetlenia.');
      await expect(el).to.be.accessible();
    });
  });
});
