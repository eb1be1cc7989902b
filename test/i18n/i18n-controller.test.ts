import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import i18next from 'i18next';
import { I18nController, resolveLanguage } from '../../src/controllers/i18n-controller.js';
import { addBuiltInStrings, addTranslations, translate } from '../../src/i18n/i18n.js';
import pl from '../../src/i18n/locales/pl.json';
import de from '../../src/i18n/locales/de.json';
import en from '../../src/i18n/locales/en.json';

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

  it('has the same keys in every shipped language', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`.replace(/_(one|few|many|other)$/, '')],
      );
    const unique = (tree: object) => [...new Set(keys(tree))].sort();
    expect(unique(de)).to.deep.equal(unique(pl));
    expect(unique(en)).to.deep.equal(unique(pl));
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
      const expected = navigator.languages.map((l) => l.split('-')[0]).find((l) => ['pl', 'de', 'en'].includes(l)) ?? 'pl';
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
      const probe = await fixture<TestI18nProbe>(html`<test-i18n-probe lang="uk"></test-i18n-probe>`);
      expect(probe.i18n.lang).to.not.equal('uk');
      addTranslations('uk', {
        common: {
          articles_one: '{{count}} стаття',
          articles_few: '{{count}} статті',
          articles_many: '{{count}} статей',
          articles_other: '{{count}} статті',
        },
      });
      await settle();
      expect(probe.i18n.lang).to.equal('uk');
      expect(text(probe)).to.equal('5 статей');
      expect(probe.i18n.t('common.retry')).to.equal('Try again');
    });

    it('a site’s own words win over an element’s built-in section loaded after them', () => {
      addTranslations('de', { later: { title: 'Von der Website' } });
      addBuiltInStrings({
        pl: { later: { title: 'Wbudowany', extra: 'Dodatek' } },
        de: { later: { title: 'Eingebaut', extra: 'Zusatz' } },
        en: { later: { title: 'Built in', extra: 'Extra' } },
      });
      expect(translate('de', 'later.title')).to.equal('Von der Website');
      expect(translate('de', 'later.extra')).to.equal('Zusatz');
      expect(translate('pl', 'later.title')).to.equal('Wbudowany');
    });
  });
});
