import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import type { Attraction } from '../../src/feeds/types.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { sochaczew, generated, LOCAL_TILE } from '../map/sochaczew.js';
import { fold } from '../../src/feeds/localized.js';
import { matches, parseQuery, searchKey, stemOf } from '../../src/components/attractions-map/search.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const names = (el: HTMLElement) => $$(el, '.item-name').map(text);
const status = (el: HTMLElement) => text($(el, '[role="status"]'));

let features: Attraction[];
before(async () => {
  features = await sochaczew();
});
beforeEach(() => {
  localStorage.removeItem(CONSENT_STORAGE_KEY);
  history.replaceState(null, '', location.pathname + location.search);
});

async function list(lang: string, data = features, extra = '') {
  const el = await fixture<CivicAttractionsMap>(
    extra === 'hash'
      ? html`<civic-attractions-map hash lang=${lang} view="list" .features=${data}></civic-attractions-map>`
      : html`<civic-attractions-map lang=${lang} view="list" .features=${data}></civic-attractions-map>`,
  );
  await el.updateComplete;
  return el;
}

/** Focuses the search field and types with real key presses, then waits for the list to follow. */
async function search(el: CivicAttractionsMap, typed: string, expected: (names: string[]) => boolean) {
  const said = status(el);
  $(el, '.search-input')!.focus();
  await sendKeys({ type: typed });
  await waitUntil(() => expected(names(el)), `the list follows "${typed}" (now: ${names(el).slice(0, 3).join(' | ')})`, { timeout: 5000 });
  await waitUntil(() => status(el) !== said, 'the count is said', { timeout: 5000 });
}

/** Empties the field as a visitor would (select all, Backspace) and waits for the whole list. */
async function clear(el: CivicAttractionsMap) {
  $<HTMLInputElement>(el, '.search-input')!.select();
  await sendKeys({ press: 'Backspace' });
  await waitUntil(() => !$(el, '.list-count') || !text($(el, '.list-count')).includes(' '), 'the whole list is back', { timeout: 5000 });
}

describe('search matching (pure)', () => {
  it('folds case and accents in every language, ł and ß by hand', () => {
    expect(fold('Żelazowa WOLA')).to.equal('zelazowa wola');
    expect(fold('Bolesława Krzywoustego')).to.equal('boleslawa krzywoustego');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('Kościół św. Wawrzyńca')).to.equal('kosciol sw. wawrzynca');
  });

  it('matches declined Polish words by their stem, at the start of a word only', () => {
    expect(stemOf('zamek')).to.equal('zamk');
    expect(stemOf(fold('wieża'))).to.equal('wiez');
    const key = searchKey({ name: { pl: 'Ruiny Zamku', de: 'Burgruine', en: 'Castle ruins' } });
    expect(matches(parseQuery('zamek'), key)).to.equal(true);
    expect(matches(parseQuery('ruiny zamek'), key)).to.equal(true);
    expect(matches(parseQuery('zamek wieża'), key)).to.equal(false);
    expect(matches(parseQuery('amku'), key), 'substrings match anywhere').to.equal(true);
    expect(matches(parseQuery('amek'), key), 'stems only at a word start').to.equal(false);
    expect(matches(parseQuery('moench'), searchKey({ name: 'Mönchengladbach' }))).to.equal(true);
  });
});

describe('<civic-attractions-map> search', () => {
  describe('in Polish', () => {
    it('"zamek" finds "Ruiny Zamku Książąt Mazowieckich" (a declined word) and says how many', async () => {
      const el = await list('pl');
      expect(text($(el, '.search-label'))).to.equal('Szukaj miejsca');
      await search(el, 'zamek', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Ruiny Zamku Książąt Mazowieckich']);
      expect(status(el)).to.equal('Znaleziono 1 miejsce.');
      expect(text($(el, '.list-title'))).to.equal('Atrakcje (1 z 15)');
      await expect(el).to.be.accessible();
    });

    it('"krzywoustego" and "boleslaw" (no ł typed) find "Pomnik Bolesława Krzywoustego"', async () => {
      const el = await list('pl');
      await search(el, 'krzywoustego', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Pomnik Bolesława Krzywoustego']);
      await clear(el);
      await search(el, 'BOLESLAW', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Pomnik Bolesława Krzywoustego']);
    });

    it('finds by category name and by address, every word counting', async () => {
      const el = await list('pl');
      await search(el, 'cmentarz', (n) => n.length === 2);
      expect(names(el)).to.have.members(['Kaplica Mahometańska i Cmentarz Muzułmański', 'Cmentarz Żydowski']);
      expect(status(el)).to.equal('Znaleziono 2 miejsca.');
      await sendKeys({ type: ' sierpniowa' });
      await waitUntil(() => names(el).length === 1, 'the second word narrows', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Cmentarz Żydowski']);
    });

    it('says so when nothing is found, in the list and politely', async () => {
      const el = await list('pl');
      await search(el, 'xyzzy', (n) => n.length === 0);
      // "xyz" finds nothing too: wait for the result of the whole word, whatever the machine's pace.
      await waitUntil(() => status(el).includes('xyzzy'), `the result for "xyzzy" is said (now: ${status(el)})`, { timeout: 5000 });
      expect(text($(el, '.empty'))).to.equal('Nic nie znaleziono dla „xyzzy”.');
      expect(status(el)).to.equal('Nic nie znaleziono dla „xyzzy”.');
      expect($(el, '[role="status"]')!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      await expect(el).to.be.accessible();
    });
  });

  describe('in German', () => {
    it('finds names with umlauts typed plainly or spelled out ("herzoge", "herzoege")', async () => {
      const el = await list('de');
      expect(text($(el, '.search-label'))).to.equal('Ort suchen');
      await search(el, 'herzoge', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Burgruine der Herzöge von Masowien']);
      expect(status(el)).to.equal('1 Ort gefunden.');
      await clear(el);
      await search(el, 'juedisch', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Jüdischer Friedhof']);
    });

    it('a German word finds the category ("friedhof": both cemeteries) and the Polish name ("zelazowa wola")', async () => {
      const el = await list('de');
      await search(el, 'Friedhof', (n) => n.length === 2);
      expect(status(el)).to.equal('2 Orte gefunden.');
      expect(text($(el, '.list-title'))).to.equal('Sehenswürdigkeiten (2 von 15)');
      await clear(el);
      await search(el, 'żelazowa wola', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Geburtshaus von Frédéric Chopin in Żelazowa Wola']);
      await expect(el).to.be.accessible();
    });
  });

  describe('in English', () => {
    it('finds by category ("museum"), moves to the results with ArrowDown and opens one with Enter', async () => {
      const el = await list('en');
      expect(text($(el, '.search-label'))).to.equal('Find a place');
      await search(el, 'museum', (n) => n.length === 3);
      expect(status(el)).to.equal('3 places found.');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal($$(el, '.item')[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(active(el)).to.equal($(el, '.search-input'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.details-title'))).to.equal(names(el)[0]);
      await expect(el).to.be.accessible();
    });

    it('the map follows the search: only the places found are drawn', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map>`);
      await waitUntil(() => $$(el, '.leaflet-marker-icon').length > 0, 'map drawn', { timeout: 5000 });
      await search(el, 'birthplace', (n) => n.length === 1);
      await waitUntil(() => $$(el, '.leaflet-marker-icon').length === 1 && !$(el, '.civic-marker--cluster'), 'one marker left', { timeout: 5000 });
      expect($(el, '.leaflet-marker-icon')!.getAttribute('aria-label')).to.equal('Frédéric Chopin’s Birthplace in Żelazowa Wola, Museum');
    });

    it('#q= joins the deep links: read on load, written when searching', async () => {
      history.replaceState(null, '', '#q=water%20tower');
      const el = await list('en', features, 'hash');
      await waitUntil(() => names(el).length === 1, 'the linked search applied', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Water Tower']);
      expect($<HTMLInputElement>(el, '.search-input')!.value).to.equal('water tower');
      await clear(el);
      await search(el, 'chapel', (n) => n.length === 1);
      expect(location.hash).to.equal('#q=chapel');
      $$(el, '.item')[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#q=chapel&poi=kaplica-mahometanska-i-cmentarz-muzulmanski');
    });
  });

  describe('a long list', () => {
    it('shows a page at a time; Next keeps focus and says which entries are shown', async () => {
      const el = await list('pl', generated(120));
      expect($$(el, '.item')).to.have.length(50);
      expect(text($(el, '.pager-range'))).to.equal('1–50 z 120');
      expect($(el, '.pager-prev')!.getAttribute('aria-disabled')).to.equal('true');
      $(el, '.pager-next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Attraction 50');
      expect(active(el)).to.equal($(el, '.pager-next'));
      expect(status(el)).to.equal('51–100 z 120');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(20);
      expect($(el, '.pager-next')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('selecting a place turns to its page', async () => {
      const el = await list('en', generated(120));
      el.select('g117');
      await el.updateComplete;
      expect(text($(el, '.pager-range'))).to.equal('101–120 of 120');
      expect($(el, '.item[aria-current="true"]')!.dataset.id).to.equal('g117');
    });

    it('stays quick with 100,000 places: 50 entries rendered, found by typing', async () => {
      const el = await list('de', generated(100_000));
      expect($$(el, '.item')).to.have.length(50);
      expect(text($(el, '.pager-range'))).to.equal('1–50 von 100.000');
      await search(el, '99999', (n) => n.length === 1);
      expect(names(el)).to.deep.equal(['Attraction 99999']);
      expect(text($(el, '.list-title'))).to.equal('Sehenswürdigkeiten (1 von 100.000)');
    });
  });
});
