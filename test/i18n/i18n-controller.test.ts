import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import i18next from 'i18next';
import { I18nController, resolveLanguage } from '../../src/controllers/i18n-controller.js';
import { addBuiltInStrings, addTranslations, translate } from '../../src/i18n/i18n.js';
import pl from '../../src/i18n/locales/pl.json';
import de from '../../src/i18n/locales/de.json';
import en from '../../src/i18n/locales/en.json';
import uk from '../../src/i18n/locales/uk.json';
import '../../src/components/article-cards/strings.js'; // cards.shown

@customElement('test-i18n-probe')
class TestI18nProbe extends LitElement {
  i18n = new I18nController(this);
  override render() {
    return litHtml`<p>${this.i18n.t('common.articles', { count: 5 })}</p>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;
const settle = async () => {
  await nextFrame(); // MutationObserver callbacks, then Lit's update
  await nextFrame();
};

describe('i18n core', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('Polish plurals', () => {
    const cases: [number, string][] = [
      [1, '1 artykuł'],
      [2, '2 artykuły'],
      [4, '4 artykuły'],
      [5, '5 artykułów'],
      [12, '12 artykułów'],
      [22, '22 artykuły'],
      [25, '25 artykułów'],
    ];
    for (const [count, expected] of cases) {
      it(`says "${expected}"`, () => {
        expect(translate('pl', 'common.articles', { count })).to.equal(expected);
      });
    }
    it('uses the right view forms', () => {
      expect(translate('pl', 'common.views', { count: 216 })).to.equal('216 wyświetleń');
      expect(translate('pl', 'common.views', { count: 1 })).to.equal('1 wyświetlenie');
      expect(translate('pl', 'common.views', { count: 3 })).to.equal('3 wyświetlenia');
      expect(translate('de', 'common.views', { count: 1 })).to.equal('1 Aufruf');
      expect(translate('en', 'common.views', { count: 2 })).to.equal('2 views');
    });
  });

  describe('Ukrainian plurals (one / few / many / other)', () => {
    const cases: [number, string, string, string][] = [
      [1, '1 стаття', '1 перегляд', '1 місце'],
      [2, '2 статті', '2 перегляди', '2 місця'],
      [4, '4 статті', '4 перегляди', '4 місця'],
      [5, '5 статей', '5 переглядів', '5 місць'],
      [11, '11 статей', '11 переглядів', '11 місць'],
      [12, '12 статей', '12 переглядів', '12 місць'],
      [21, '21 стаття', '21 перегляд', '21 місце'],
      [22, '22 статті', '22 перегляди', '22 місця'],
      [25, '25 статей', '25 переглядів', '25 місць'],
      [111, '111 статей', '111 переглядів', '111 місць'],
      [1.5, '1.5 статті', '1.5 перегляду', '1.5 місця'],
    ];
    for (const [count, articles, views, places] of cases) {
      it(`says "${articles}", "${views}", "${places}"`, () => {
        expect(translate('uk', 'common.articles', { count })).to.equal(articles);
        expect(translate('uk', 'common.views', { count })).to.equal(views);
        expect(translate('uk', 'common.attractions', { count })).to.equal(places);
      });
    }
    it('agrees "of N" in the genitive: "з 1 статті", "з 3 статей", "з 21 статті"', () => {
      expect(translate('uk', 'cards.shown', { shown: 1, count: 1 })).to.equal('Показано 1 з 1 статті');
      expect(translate('uk', 'cards.shown', { shown: 3, count: 3 })).to.equal('Показано 3 з 3 статей');
      expect(translate('uk', 'cards.shown', { shown: 6, count: 21 })).to.equal('Показано 6 з 21 статті');
      expect(translate('uk', 'cards.shown', { shown: 6, count: 25 })).to.equal('Показано 6 з 25 статей');
    });
  });

  const shipped = { pl, de, en, uk } as Record<string, object>;
  const leaves = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  const PLURAL = /_(zero|one|two|few|many|other)$/;

  it('has the same keys in every shipped language', () => {
    const unique = (tree: object) => [...new Set(leaves(tree).map((key) => key.replace(PLURAL, '')))].sort();
    for (const [lang, tree] of Object.entries(shipped)) expect(unique(tree), lang).to.deep.equal(unique(pl));
  });

  it('gives every plural key each form the language’s plural rules ask for', () => {
    for (const [lang, tree] of Object.entries(shipped)) {
      const keys = leaves(tree);
      const plurals = new Set(keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of plurals) {
        const missing = categories.filter((category) => !keys.includes(`${base}_${category}`));
        expect(missing, `${lang}: ${base}`).to.deep.equal([]);
      }
    }
  });

  it('never touches the host page’s global i18next', () => {
    expect(i18next.isInitialized).to.not.be.ok;
    expect(i18next.store?.data?.pl).to.equal(undefined);
  });

  describe('language resolution', () => {
    it('prefers the element’s own lang', async () => {
      const el = await fixture<TestI18nProbe>(html`<div lang="pl"><test-i18n-probe lang="de"></test-i18n-probe></div>`);
      const probe = el.querySelector('test-i18n-probe')!;
      expect(text(probe)).to.equal('5 Artikel');
    });

    it('then the closest [lang] ancestor, then <html lang>', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const wrap = await fixture(html`<section lang="pl-PL"><div><test-i18n-probe></test-i18n-probe></div></section>`);
      const probe = wrap.querySelector('test-i18n-probe')!;
      expect(text(probe)).to.equal('5 artykułów');
      wrap.removeAttribute('lang');
      await settle();
      expect(text(probe)).to.equal('5 articles');
    });

    it('skips languages it does not speak and falls back to the browser, then Polish', () => {
      const el = document.createElement('div');
      el.setAttribute('lang', 'fr');
      const expected = navigator.languages.map((l) => l.split('-')[0]).find((l) => ['pl', 'de', 'en', 'uk'].includes(l)) ?? 'pl';
      expect(resolveLanguage(el)).to.equal(expected);
    });

    it('re-renders when <html lang> changes', async () => {
      document.documentElement.setAttribute('lang', 'de');
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe></test-i18n-probe>`);
      expect(text(probe)).to.equal('5 Artikel');
      document.documentElement.setAttribute('lang', 'pl');
      await settle();
      expect(text(probe)).to.equal('5 artykułów');
    });

    it('speaks Ukrainian for lang="uk" and regional tags such as uk-UA', async () => {
      document.documentElement.setAttribute('lang', 'uk-UA');
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe></test-i18n-probe>`);
      expect(probe.i18n.lang).to.equal('uk');
      expect(probe.i18n.locale).to.equal('uk-UA');
      expect(text(probe)).to.equal('5 статей');
      expect(probe.i18n.formatDate('2025-12-19T10:00:00+01:00')).to.equal('19 грудня 2025 р.');
    });

    it('re-renders when its own lang changes', async () => {
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe lang="en"></test-i18n-probe>`);
      probe.setAttribute('lang', 'de');
      await settle();
      expect(text(probe)).to.equal('5 Artikel');
    });
  });

  describe('formatting with Intl', () => {
    it('formats dates, numbers and relative times per language', async () => {
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe lang="pl"></test-i18n-probe>`);
      expect(probe.i18n.formatDate('2025-12-19T10:00:00+01:00')).to.equal('19 grudnia 2025');
      expect(probe.i18n.formatNumber(226699).replace(/\s/g, ' ')).to.equal('226 699');
      const now = new Date('2026-03-21T12:00:00Z');
      expect(probe.i18n.formatRelative(new Date('2026-03-21T10:00:00Z'), now)).to.equal('2 godziny temu');
      probe.setAttribute('lang', 'de');
      await settle();
      expect(probe.i18n.formatRelative(new Date('2026-03-21T10:00:00Z'), now)).to.equal('vor 2 Stunden');
      expect(probe.i18n.formatDate('2025-12-19T10:00:00+01:00')).to.equal('19. Dezember 2025');
      probe.setAttribute('lang', 'en');
      await settle();
      expect(probe.i18n.formatRelative(new Date('2026-03-21T10:00:00Z'), now)).to.equal('2 hours ago');
      expect(probe.i18n.formatDate('not a date')).to.equal('');
    });

    it('writes dates for the page region (en-GB, de-AT) while speaking the base language', async () => {
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe lang="en-GB"></test-i18n-probe>`);
      expect(probe.i18n.lang).to.equal('en');
      expect(probe.i18n.formatDate('2026-03-21T10:00:00Z')).to.equal('21 March 2026');
      probe.setAttribute('lang', 'en-US');
      await settle();
      expect(probe.i18n.formatDate('2026-03-21T10:00:00Z')).to.equal('March 21, 2026');
      probe.setAttribute('lang', 'de-AT');
      await settle();
      expect(probe.i18n.lang).to.equal('de');
      expect(probe.i18n.formatDate('2026-01-15T10:00:00Z')).to.equal('15. Jänner 2026');
      expect(text(probe)).to.equal('5 Artikel');
    });
  });

  describe('addTranslations', () => {
    it('adds a language that elements pick up, with English for missing keys', async () => {
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe lang="cs"></test-i18n-probe>`);
      expect(probe.i18n.lang).to.not.equal('cs');
      addTranslations('cs', {
        common: {
          articles_one: '{{count}} článek',
          articles_few: '{{count}} články',
          articles_many: '{{count}} článku',
          articles_other: '{{count}} článků',
        },
      });
      await settle();
      expect(probe.i18n.lang).to.equal('cs');
      expect(text(probe)).to.equal('5 článků');
      expect(probe.i18n.t('common.retry')).to.equal('Try again');
    });

    it('a site’s own words win over an element’s built-in section loaded after them', () => {
      addTranslations('de', { later: { title: 'Von der Website' } });
      addBuiltInStrings({
        pl: { later: { title: 'Wbudowany', extra: 'Dodatek' } },
        de: { later: { title: 'Eingebaut', extra: 'Zusatz' } },
        en: { later: { title: 'Built in', extra: 'Extra' } },
        uk: { later: { title: 'Вбудоване', extra: 'Додаток' } },
      });
      expect(translate('de', 'later.title')).to.equal('Von der Website');
      expect(translate('de', 'later.extra')).to.equal('Zusatz');
      expect(translate('pl', 'later.title')).to.equal('Wbudowany');
    });
  });
});
