/**
 * The map with data the project did not write (found by an outside test): a feed's own
 * categories, mixed-case filters, broken photos, long URLs, deep links that arrive first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import type { Attraction } from '../../src/feeds/types.js';

const LONG_URL = 'https://www.sochaczew.pl/aktualnosci/kultura/muzeum-ziemi-sochaczewskiej-i-pola-bitwy-nad-bzura-zaprasza-na-nowa-wystawe-czasowa-2026';
const features: Attraction[] = [
  { id: 'zamek', name: 'Ruiny zamku', category: 'zabytek', lat: 52.226, lon: 20.234 },
  { id: 'spa1', name: 'Tężnia', category: 'spa', lat: 52.22, lon: 20.24, description: `Więcej: ${LONG_URL}`, image: '/does-not-exist/photo.jpg' },
  { id: 'muzeum', name: 'Muzeum', category: 'museum', lat: 52.227, lon: 20.235 },
];
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What the drawn markers hold: a cluster's count from its name ("1,234 attractions"), a pin is one. */
const drawnPlaces = (el: Element) =>
  $$(el, '.leaflet-marker-icon').reduce((n, m) => n + (m.classList.contains('civic-marker--cluster') ? Number(/^([\d,]+)/.exec(m.getAttribute('aria-label') ?? '')![1].replace(/,/g, '')) : 1), 0);

describe('<civic-attractions-map> with many places', () => {
  it('shows the list and legend first and draws the map a task later; the map follows the filter', async () => {
    const many: Attraction[] = Array.from({ length: 25_000 }, (_, i) => ({
      id: `p${i}`, name: `Place ${i}`, category: i % 2 ? 'park' : 'museum', lat: 52 + (i % 500) / 1000, lon: 20 + Math.floor(i / 500) / 100,
    }));
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" consent="granted" tile-url="" .features=${many}></civic-attractions-map>`);
    await waitUntil(() => (el as unknown as { loader: { view?: unknown } }).loader.view, 'map ready', { timeout: 20_000 });
    await el.updateComplete;
    expect($$(el, '.item')).to.have.length(50);
    await waitUntil(() => drawnPlaces(el) === 25_000, `all drawn (${drawnPlaces(el)})`, { timeout: 20_000 });
    $$(el, '.chip input').find((c) => c.closest('.chip')!.textContent!.includes('Museums'))!.click();
    await el.updateComplete;
    expect($$(el, '.item').every((i) => !i.textContent!.includes('Museum')), 'the list at once').to.equal(true);
    await waitUntil(() => drawnPlaces(el) === 12_500, `the map a task later (${drawnPlaces(el)})`, { timeout: 20_000 });
  }).timeout(60_000);
});

describe('<civic-attractions-map> with a feed’s own data', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('names a feed’s own categories in the legend and list instead of three identical "Other" chips', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${features}></civic-attractions-map>`);
    await el.updateComplete;
    const chips = $$(el, '.chip-label').map((c) => text(c));
    expect(chips).to.include.members(['Zabytek', 'Spa', 'Museums']);
    expect(text($$(el, '.item')[0])).to.not.equal('');
  });

  it('filters by category whatever its case (categories="Zabytek" finds "zabytek")', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" view="list" categories="Zabytek" .features=${features}></civic-attractions-map>`);
    await el.updateComplete;
    expect($$(el, '.item').map((i) => i.dataset.id)).to.deep.equal(['zamek']);
  });

  it('hides a photo that fails to load and wraps a long URL inside a 320 px map', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" view="list" style="width:320px" .features=${features}></civic-attractions-map>`);
    el.select('spa1');
    await el.updateComplete;
    const photo = el.shadowRoot!.querySelector<HTMLImageElement>('.photo')!;
    await waitUntil(() => photo.hidden, 'the broken photo is hidden', { timeout: 5000 });
    const details = el.shadowRoot!.querySelector<HTMLElement>('.details')!;
    expect(details.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('a deep link that arrives before the data reveals the category it needs', async () => {
    history.replaceState(null, '', '#poi=spa1&cat=museum');
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" view="list" hash></civic-attractions-map>`);
    el.features = features;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal('spa1');
    expect($$(el, '.item').map((i) => i.dataset.id)).to.include.members(['spa1', 'muzeum']);
    expect(text(el.shadowRoot!.querySelector('.details-title'))).to.equal('Tężnia');
  });
  it('names a feed’s translated category in the page’s language in the legend, list, details and search, and follows a language change', async () => {
    const named: Attraction[] = [
      { id: 'pomnik', name: 'Pomnik', category: 'zabytek', categoryName: { pl: 'Zabytek', de: 'Denkmal', en: 'Monument' }, lat: 52.226, lon: 20.234 },
      { id: 'muzeum', name: 'Muzeum', category: 'museum', lat: 52.227, lon: 20.235 },
    ];
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" view="list" .features=${named}></civic-attractions-map>`);
    await el.updateComplete;
    const item = () => $$(el, '.item').find((i) => i.dataset.id === 'pomnik')!;
    expect($$(el, '.chip-label').map(text)).to.deep.equal(['Museen', 'Denkmal']);
    expect(text(item().querySelector('.item-category'))).to.equal('Denkmal');
    el.select('pomnik');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.details .badge'))).to.equal('Denkmal');
    el.select(null);
    el.lang = 'en';
    await waitUntil(() => text(item()?.querySelector('.item-category')) === 'Monument', 'the list names it in English', { timeout: 5000 });
    expect($$(el, '.chip-label').map(text)).to.deep.equal(['Museums', 'Monument']);
    // Found by its name in the page's language: "monument" is nowhere in the place's own name.
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('.search-input')!;
    field.focus();
    await sendKeys({ type: 'monument' });
    await waitUntil(() => $$(el, '.item').length === 1, 'the search finds the category by its English name', { timeout: 5000 });
    expect($$(el, '.item')[0].dataset.id).to.equal('pomnik');
  });
});
