/**
 * What visitors and site owners read when a feed fails: a plain sentence in the visitor's
 * language, the technical reason (status, address) collapsed for the site owner, the same
 * in the console. Faults are served for real by the test server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/article-cards/article-cards.js';
import '../../src/components/news-ticker/news-ticker.js';
import type { CivicArticleCards } from '../../src/components/article-cards/article-cards.js';
import { translate } from '../../src/i18n/i18n.js';
import { feedSettings } from '../../src/feeds/loader.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { plainReason } from '../../src/ui/feed-status.js';
import { tabInto } from '../helpers/keyboard.js';

const LANGS = ['pl', 'de', 'en', 'uk'] as const;
const box = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.feed-error')!;

async function failing(src: string, lang: string, timeout = 10) {
  const el = await fixture<CivicArticleCards>(
    html`<civic-article-cards lang=${lang} timeout=${timeout} src=${`${src}${src.includes('?') ? '&' : '?'}t=${Math.random()}`}></civic-article-cards>`,
  );
  await waitUntil(() => el.getAttribute('feed-state') === 'error', 'error state', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('feed status messages', () => {
  const defaults = { ...feedSettings };
  beforeEach(() => {
    clearSavedFeeds();
    feedSettings.retryBaseMs = 60_000; // no automatic retry during a test
  });
  afterEach(() => Object.assign(feedSettings, defaults));
  after(() => clearSavedFeeds());

  describe('plain reasons', () => {
    const cases: [Parameters<typeof plainReason>[0], string][] = [
      [{ code: 'offline', message: '' }, 'offline'],
      [{ code: 'timeout', message: '', seconds: 10 }, 'later'],
      [{ code: 'network', message: '' }, 'later'],
      [{ code: 'http', message: '', status: 503 }, 'later'],
      [{ code: 'http', message: '', status: 429 }, 'later'],
      [{ code: 'http', message: '', status: 404 }, 'notFound'],
      [{ code: 'http', message: '', status: 410 }, 'notFound'],
      [{ code: 'http', message: '', status: 403 }, 'site'],
      [{ code: 'invalidJson', message: '' }, 'site'],
      [{ code: 'invalidFeed', message: '' }, 'site'],
      [{ code: 'tooLarge', message: '' }, 'site'],
      [{ code: 'noSource', message: '' }, 'site'],
      // A reason the feed layer adds later still reads as the site's problem.
      [{ code: 'somethingNew', message: '' } as never, 'site'],
    ];
    for (const [problem, reason] of cases) {
      it(`${problem.code}${problem.status ? ` ${problem.status}` : ''} → ${reason}`, () => {
        expect(plainReason(problem)).to.equal(reason);
      });
    }

    it('has every plain sentence in every language, free of codes and jargon', () => {
      for (const lang of LANGS) {
        for (const reason of ['offline', 'later', 'notFound', 'site']) {
          const sentence = translate(lang, `errors.plain.${reason}`);
          expect(sentence, `${lang} ${reason}`).not.to.equal(`errors.plain.${reason}`);
          expect(sentence).not.to.match(/HTTP|JSON|CORS|\bsrc\b|\d{3}/);
        }
      }
    });
  });

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('says in plain words that the content is missing, with HTTP 404 only in the collapsed details', async () => {
        const el = await failing('/faults/status/404', lang);
        const reason = box(el).querySelector('.feed-error__reason')!.textContent!.trim();
        expect(reason).to.equal(translate(lang, 'errors.plain.notFound'));
        // What is on screen: title, plain sentence, the details' summary, the retry button.
        const visible = box(el).innerText;
        expect(visible).to.contain(translate(lang, 'errors.title'));
        expect(visible).to.contain(translate(lang, 'errors.technical'));
        expect(visible).not.to.contain('404');
        expect(visible).not.to.contain('HTTP');
        const details = box(el).querySelector('details')!;
        expect(details.open).to.equal(false);
        await expect(el).to.be.accessible();
      });

      it('offers "try again" first, then opens the technical details with the keyboard: status, feed address, console', async () => {
        const el = await failing('/faults/status/500', lang);
        await tabInto(el);
        expect(el.shadowRoot!.activeElement?.textContent).to.equal(translate(lang, 'common.retry'));
        await sendKeys({ press: 'Tab' });
        const summary = box(el).querySelector('summary')!;
        expect(el.shadowRoot!.activeElement).to.equal(summary);
        await sendKeys({ press: 'Enter' });
        const details = box(el).querySelector('details')!;
        expect(details.open).to.equal(true);
        const shown = details.innerText;
        expect(shown).to.contain(translate(lang, 'errors.http', { status: 500 }));
        expect(shown).to.contain('/faults/status/500');
        expect(shown).to.contain(translate(lang, 'errors.console'));
        expect(box(el).querySelector('.feed-error__reason')!.textContent!.trim()).to.equal(translate(lang, 'errors.plain.later'));
        await expect(el).to.be.accessible();
        // Enter again folds it away.
        await sendKeys({ press: 'Enter' });
        expect(details.open).to.equal(false);
      });
    });
  }

  it('names a broken feed as the site’s problem, the parser’s English detail marked lang="en"', async () => {
    const el = await failing('/test/fixtures/not-a-feed.json', 'de');
    expect(box(el).querySelector('.feed-error__reason')!.textContent!.trim()).to.equal(translate('de', 'errors.plain.site'));
    const english = box(el).querySelector('details [lang="en"]');
    expect(english, 'the English detail').to.exist;
    expect(box(el).innerText).not.to.contain(english!.textContent!);
  });

  it('tells a timeout as "try again in a moment" (en), the seconds in the details', async () => {
    const el = await failing('/faults/hang', 'en', 0.5);
    expect(box(el).querySelector('.feed-error__reason')!.textContent!.trim()).to.equal(translate('en', 'errors.plain.later'));
    expect(box(el).querySelector('details')!.textContent).to.contain('The server did not answer within 0.5 s.');
  });

  it('writes the technical reason with the address to the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await failing('/faults/status/404', 'pl');
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('/faults/status/404') && w.includes('404'))).to.equal(true);
  });

  it('keeps the details collapsed in the ticker’s narrow error line too (uk)', async () => {
    const el = await fixture<HTMLElement>(html`<civic-news-ticker lang="uk" src=${`/faults/status/503?t=${Math.random()}`}></civic-news-ticker>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'error', 'error state', { timeout: 8000 });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(box(el).querySelector('.feed-error__reason')!.textContent!.trim()).to.equal('Сервер із цією інформацією зараз не відповідає. Спробуйте ще раз за хвилину.');
    expect(box(el).innerText).not.to.contain('503');
    await expect(el).to.be.accessible();
  });
});
