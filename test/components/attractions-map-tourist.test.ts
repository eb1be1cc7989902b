import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import type { Attraction } from '../../src/feeds/types.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { parseOpeningHours, statusAt, intervalsOn } from '../../src/components/attractions-map/opening-hours.js';
import { sochaczew, LOCAL_TILE } from '../map/sochaczew.js';
import { needs } from '../helpers/engines.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: HTMLElement) => text($(el, '[role="status"]'));
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The visitor's position, as the browser reports it after they allowed it (Chromium's own override). */
const allowLocation = (latitude: number, longitude: number) => executeServerCommand('set-geolocation', { latitude, longitude, accuracy: 25 });

// A Monday in July and a Sunday in January, at fixed local times.
const monday = (h: number, m = 0) => new Date(2026, 6, 6, h, m);
const sunday = (h: number, m = 0) => new Date(2026, 0, 4, h, m);

describe('opening hours (OpenStreetMap syntax)', () => {
  it('reads the subset tourist places use and refuses the rest', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00; Su off')?.rules).to.have.length(3);
    expect(parseOpeningHours('24/7')?.rules[0].times).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Tu-Su 10:00-18:00; May-Aug Tu-Su 10:00-20:00')?.rules[1].months).to.deep.equal([[4, 7]]);
    expect(parseOpeningHours('Mo-Fr 08:00-12:00,13:00-16:00, Sa 09:00-12:00')?.rules.map((r) => r.additional)).to.deep.equal([false, true]);
    expect(parseOpeningHours('Mo,We,Fr 10:00-12:00')?.rules[0].days).to.deep.equal([[0, 0], [2, 2], [4, 4]]);
    for (const unknown of ['sunrise-sunset', 'Mo-Fr 09:00-17:00 "by appointment"', 'week 1-10 Mo 10:00-12:00', 'Dec 25 off', '10:00+', 'bei Bedarf', '', 42]) {
      expect(parseOpeningHours(unknown), String(unknown)).to.equal(undefined);
    }
  });

  it('knows open and closed, past midnight too, and when that changes', () => {
    const office = parseOpeningHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00; Su off')!;
    expect(statusAt(office, monday(10))).to.deep.include({ open: true });
    expect(statusAt(office, monday(10))!.change).to.deep.equal(monday(17));
    expect(statusAt(office, monday(18))!.open).to.equal(false);
    expect(statusAt(office, monday(18))!.change).to.deep.equal(new Date(2026, 6, 7, 9, 0));
    expect(statusAt(office, sunday(12))!.open).to.equal(false);
    const bar = parseOpeningHours('Fr-Sa 20:00-02:00')!;
    expect(statusAt(bar, new Date(2026, 6, 11, 1, 30))!.open, 'Saturday 1:30, from Friday night').to.equal(true);
    expect(statusAt(bar, new Date(2026, 6, 13, 1, 30))!.open, 'Monday 1:30').to.equal(false);
    const museum = parseOpeningHours('10:00-18:00; May-Aug 10:00-20:00')!;
    expect(intervalsOn(museum, monday(12))).to.deep.equal([[600, 1200]]);
    expect(intervalsOn(museum, sunday(12))).to.deep.equal([[600, 1080]]);
    expect(statusAt(parseOpeningHours('24/7')!, monday(3))).to.deep.equal({ open: true, change: undefined });
    expect(statusAt(parseOpeningHours('PH off')!, monday(3)), 'holidays alone: cannot tell').to.equal(undefined);
  });
});

describe('<civic-attractions-map> for tourists', () => {
  beforeEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));
  afterEach(() => executeServerCommand('set-geolocation', null));

  const place = (hours: string, extra: Partial<Attraction> = {}): Attraction[] => [
    { id: 'a', name: 'Muzeum A', category: 'museum', lat: 52.23, lon: 20.24, openingHoursOsm: hours, ...extra },
    { id: 'b', name: 'Park B', category: 'park', lat: 52.5, lon: 20.9 },
  ];

  /**
   * Hours open right now (around the visitor's real clock), from an hour ago until two hours on.
   * Near midnight the span runs past it ("23:10-02:10", as bars write it), so the place stays
   * open while the test runs even when the date changes meanwhile (CI runs around midnight).
   */
  const openNow = () => {
    const now = new Date();
    const minute = now.getHours() * 60 + now.getMinutes();
    const from = (minute + 1440 - 60) % 1440;
    const to = (minute + 120) % 1440 || 1; // never "00:00": the element says a closing at midnight as 24:00
    return { hours: `${hhmm(from)}-${hhmm(to)}`, until: to };
  };

  // First in this file: the hours reader (a lazy chunk) is not loaded yet in this page.
  it('keeps the room of the "open now" line while the hours reader loads: the list does not shift when it comes', async () => {
    const el = document.createElement('civic-attractions-map') as CivicAttractionsMap;
    el.lang = 'en';
    el.view = 'list';
    el.features = place(openNow().hours);
    document.body.append(el);
    try {
      await el.updateComplete;
      const item = (id: string) => $(el, `.item[data-id="${id}"]`)!;
      const before = item('a').getBoundingClientRect().height;
      const reading = !$(el, '.item-hours');
      if (reading) expect($(el, '.item[data-id="a"] .item-facts > [aria-hidden="true"]'), 'an unspoken placeholder holds the line').to.exist;
      await waitUntil(() => $(el, '.item-hours'), 'the hours reader loaded (a lazy chunk)', { timeout: 8000 });
      expect(text($(el, '.item-hours'))).to.equal('Open now');
      expect(item('a').getBoundingClientRect().height, `as tall as before${reading ? ', while the reader loaded' : ''}`).to.be.closeTo(before, 0.5);
      // The room is kept only for a place with hours: the park without any has no empty line.
      expect(item('b').getBoundingClientRect().height).to.be.below(item('a').getBoundingClientRect().height);
    } finally {
      el.remove();
    }
  });

  for (const [lang, openWord, untilWord] of [
    ['pl', 'Teraz otwarte', 'do'],
    ['de', 'Jetzt geöffnet', 'bis'],
    ['en', 'Open now', 'until'],
  ] as const) {
    it(`says the hours in words and "open now" in ${lang}, in the details and the list`, async () => {
      const { hours, until } = openNow();
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang=${lang} view="list" .features=${place(hours)}></civic-attractions-map>`);
      await waitUntil(() => $(el, '.item-hours'), 'the hours reader loaded (a lazy chunk)', { timeout: 8000 });
      expect(text($(el, '.item-hours'))).to.equal(openWord);
      el.select('a');
      await el.updateComplete;
      const statusLine = text($(el, '.hours-status'));
      expect(statusLine.startsWith(`${openWord}, ${untilWord} `), statusLine).to.equal(true);
      // 24-hour clocks; the hour as the language writes it ("0:22" in Polish and German after midnight).
      if (lang !== 'en') expect(statusLine).to.match(new RegExp(`\\b0?${Math.floor(until / 60) % 24}:${hhmm(until).slice(3)}\\b`));
      const daily = { pl: 'codziennie', de: 'täglich', en: 'daily' }[lang];
      expect(text($(el, '.hours-rules li')).startsWith(daily)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('a map shown after another says the hours in its first render (the reader is fetched once per page)', async () => {
    const { hours } = openNow();
    const first = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${place(hours)}></civic-attractions-map>`);
    await waitUntil(() => $(first, '.item-hours'), 'the hours reader loaded (a lazy chunk)', { timeout: 8000 });
    const second = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${place(hours)}></civic-attractions-map>`);
    expect(text($(second, '.item-hours'))).to.equal('Open now');
  });

  it('"closed now" with the next opening, weekdays named in the visitor\'s language', async () => {
    // Open only on a weekday other than today: closed now, opens on that day.
    const other = (new Date().getDay() + 6 + 2) % 7; // Monday = 0, two days from today
    const day = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'][other];
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" view="list" .features=${place(`${day} 10:00-16:00`)}></civic-attractions-map>`);
    el.select('a');
    await waitUntil(() => $(el, '.hours-status'), 'hours said', { timeout: 5000 });
    const weekday = new Intl.DateTimeFormat('de', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + other, 12)));
    expect(text($(el, '.hours-status'))).to.equal(`Jetzt geschlossen, öffnet ${weekday} um 10:00 Uhr`);
    expect(text($(el, '.hours-rules li'))).to.equal(`${weekday} 10:00–16:00`);
    expect($(el, '.item-hours')!.dataset.open).to.equal('false');
  });

  it('the bundled museum: its OSM hours in words, its own note kept (pl and en)', async () => {
    const features = await sochaczew();
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${features}></civic-attractions-map>`);
    el.select('dom-urodzenia-fryderyka-chopina');
    await waitUntil(() => $(el, '.hours-rules'), 'hours in words', { timeout: 5000 });
    const rules = $$(el, '.hours-rules li').map(text);
    expect(rules).to.have.length(2);
    expect(rules[0].startsWith('daily 10')).to.equal(true);
    expect(rules[1].startsWith('May–Aug: daily 10')).to.equal(true);
    expect(text($(el, '.hours-note'))).to.contain('hours may change');
    expect(text($(el, '.hours-status'))).to.match(/^(Open now, until|Closed now, opens)/);
    el.lang = 'pl';
    await waitUntil(() => text($(el, '.hours-rules li')).startsWith('codziennie'), 'in Polish', { timeout: 5000 });
    expect($$(el, '.hours-rules li').map(text)).to.deep.equal(['codziennie 10:00–18:00', 'maj–sie: codziennie 10:00–20:00']);
    expect(text($(el, '.hours-note'))).to.contain('sprawdź przed wizytą');
  });

  needs('geolocation override')('after "show my location" in the list: distances, nearest first, and back to the feed order', async () => {
    await allowLocation(52.3, 20.95); // near Park B
    const features = await sochaczew();
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${features}></civic-attractions-map>`);
    expect($(el, '.item-distance'), 'nothing asked before the click').to.equal(null);
    const first = text($(el, '.item-name'));
    $(el, '.locate-list')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.item-distance'), 'distances shown', { timeout: 5000 });
    expect(status(el)).to.equal('The list now starts with the nearest places.');
    const km = $$(el, '.item-distance').map((d) => parseFloat(text(d).replace(/[^\d.]/g, '')) * (text(d).includes(' km') ? 1 : 0.001));
    expect(km).to.deep.equal([...km].sort((a, b) => a - b), 'nearest first');
    expect(text($(el, '.item-distance'))).to.match(/^\d+(\.\d)? km away$/);
    const toggle = $(el, '.nearest')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '.item-name')), 'the feed order again').to.equal(first);
    expect($(el, '.nearest')!.getAttribute('aria-pressed')).to.equal('false');
    el.select('wieza-cisnien');
    await el.updateComplete;
    expect(text($(el, '.facts'))).to.match(/Distance\s*\d+(\.\d)? km away/);
    await expect(el).to.be.accessible();
  });

  needs('geolocation override')('distances in the visitor\'s language ("54 km stąd"), metres when close', async () => {
    await allowLocation(52.2299, 20.2399);
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" view="list" .features=${place('Mo-Su 10:00-18:00')}></civic-attractions-map>`);
    $(el, '.locate-list')!.click();
    await waitUntil(() => $(el, '.item-distance'), 'distances shown', { timeout: 5000 });
    expect($$(el, '.item-distance').map(text)).to.deep.equal(['10 m stąd', '54 km stąd']);
  });

  needs('geolocation override')('says so when the visitor refuses, and lists as before', async () => {
    await executeServerCommand('set-geolocation', { denied: true });
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" view="list" .features=${await sochaczew()}></civic-attractions-map>`);
    $(el, '.locate-list')!.click();
    await waitUntil(() => status(el) === 'Der Zugriff auf Ihren Standort wurde nicht erlaubt.', 'refusal said', { timeout: 5000 });
    expect($(el, '.item-distance')).to.equal(null);
  });

  needs('geolocation override')('the map\'s own button shows the position on the map and sorts the list', async () => {
    await allowLocation(52.2575, 20.3097); // Żelazowa Wola
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" consent="granted" tile-url=${LOCAL_TILE} .features=${await sochaczew()}></civic-attractions-map>`);
    await waitUntil(() => $(el, '.locate'), 'map ready', { timeout: 5000 });
    $(el, '.locate')!.click();
    await waitUntil(() => $(el, '.leaflet-overlay-pane path'), 'a location circle', { timeout: 5000 });
    expect(status(el)).to.equal('Your location is shown on the map. The list now starts with the nearest places.');
    expect(text($(el, '.item-name'))).to.equal('Frédéric Chopin’s Birthplace in Żelazowa Wola');
  });
});
