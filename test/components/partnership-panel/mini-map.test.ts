import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CONSENT_STORAGE_KEY } from '../../../src/map/consent.js';
import { translate } from '../../../src/i18n/i18n.js';
import { $, $$, BUNDLED, renderPanel, text } from './helpers.js';

/**
 * A local tile under another origin (the test server by its other loopback name), so it is
 * a third-party server that needs consent; no request leaves the machine.
 */
const OTHER_ORIGIN = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const TILE = `${OTHER_ORIGIN}/test/fixtures/tile.png?panel={z}-{x}-{y}`;
/** The same tile from the page's own origin: no third party, no consent needed. */
const OWN_TILE = '/test/fixtures/tile.png?panel={z}-{x}-{y}';
const tileRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/test/fixtures/tile.png?panel=')).length;

async function until(check: () => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  expect(check(), 'condition reached in time').to.equal(true);
}

describe('<civic-partnership-panel> mini-map', () => {
  beforeEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));
  after(() => localStorage.removeItem(CONSENT_STORAGE_KEY));

  it('is off by default: a static, network-free line diagram, no map and no map code', async () => {
    const el = await renderPanel({ lang: 'pl', attrs: { src: BUNDLED.src } });
    await new Promise((r) => setTimeout(r, 100));
    const scripts = performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.filter((n) => /\/src\/components\/partnership-panel\/mini-map|leaflet/.test(n))).to.deep.equal([]);
    expect($(el, '.diagram')).to.exist;
    expect($(el, '.mini-map')).to.equal(null);
    expect($(el, '.leaflet-container')).to.equal(null);
  });

  it('asks before loading tiles from a server, and requests nothing until then', async () => {
    const el = await renderPanel({ lang: 'de', attrs: { src: BUNDLED.src, 'tile-url': TILE } });
    await until(() => !!$(el, '.mini-map'));
    const frame = $(el, '.mini-map')!;
    expect(frame.dataset.state).to.equal('consent');
    expect(text(frame)).to.contain(translate('de', 'panel.map.consentTitle'));
    expect($$(el, '.consent button').map(text)).to.deep.equal([
      translate('de', 'panel.map.load'),
      translate('de', 'panel.map.always'),
    ]);
    await new Promise((r) => setTimeout(r, 200));
    expect(tileRequests()).to.equal(0);
    expect($(el, '.leaflet-container')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('after "Load map" shows both cities joined by a line, hidden from screen readers', async () => {
    const el = await renderPanel({
      lang: 'en',
      attrs: { src: BUNDLED.src, 'tile-url': TILE, 'tile-attribution': 'Test tiles', 'tile-attribution-url': 'https://tiles.example/' },
    });
    await until(() => !!$(el, '.consent-load'));
    $(el, '.consent-load')!.click();
    await until(() => $(el, '.mini-map')?.dataset.state === 'ready');
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
    expect($$(el, '.mini-map-pin')).to.have.length(2);
    expect($$(el, '.mini-map-line')).to.have.length(1);
    expect($$(el, '.mini-map-label').map(text)).to.have.members(['Sochaczew', 'Krefeld']);
    expect($(el, '.mini-map-host')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.mini-map-host [tabindex]:not([tabindex="-1"])')).to.have.length(0);
    await until(() => tileRequests() > 0);
    const attribution = $(el, '.mini-map-attribution a')!;
    expect(text(attribution)).to.equal('Test tiles');
    expect(attribution.getAttribute('href')).to.equal('https://tiles.example/');
    await expect(el).to.be.accessible();
  });

  for (const [button, lang] of [['.consent-load', 'de'], ['.consent-always', 'en']] as const) {
    it(`keyboard: after ${button} focus lands on the map frame (not the page) and "map loaded" is said (${lang})`, async () => {
      const el = await renderPanel({ lang, attrs: { src: BUNDLED.src, 'tile-url': TILE } });
      await until(() => !!$(el, button));
      $(el, button)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '.mini-map')?.dataset.state === 'ready');
      await until(() => text($(el, '.mini-map + [role="status"]')) !== '');
      expect(document.activeElement === el, `focus is inside the element, not on ${document.activeElement?.tagName}`).to.equal(true);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused === $(el, '.mini-map'), 'the map frame has focus').to.equal(true);
      expect(focused.getAttribute('role')).to.equal('img');
      expect(focused.getAttribute('aria-label')).to.equal(translate(lang, 'panel.map.label', { from: 'Sochaczew', to: 'Krefeld' }));
      expect(text($(el, '.mini-map + [role="status"]'))).to.equal(translate(lang, 'panel.map.loaded'));
      // Tab goes on from there into the rest of the panel, as from any other place.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('needs no consent when the tiles come from the page\'s own origin (no third party)', async () => {
    const el = await renderPanel({ lang: 'pl', attrs: { src: BUNDLED.src, 'tile-url': OWN_TILE } });
    await until(() => $(el, '.mini-map')?.dataset.state === 'ready');
    expect($(el, '.consent')).to.equal(null);
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
  });

  it('loads at once with consent="granted", once, in the first bilingual column only', async () => {
    const el = await renderPanel({
      lang: 'pl',
      width: 1100,
      attrs: { src: BUNDLED.src, 'tile-url': TILE, consent: 'granted', bilingual: 'pl de' },
    });
    await until(() => $(el, '.mini-map')?.dataset.state === 'ready');
    expect($$(el, '.mini-map')).to.have.length(1);
    expect($$(el, '.leaflet-container')).to.have.length(1);
    expect($(el, '.column:first-child .mini-map')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('stays off when a city has no coordinates', async () => {
    const el = await renderPanel({
      lang: 'en',
      partnerships: [
        {
          id: 'x',
          title: 'X',
          status: 'talks',
          cities: [
            { id: 'a', name: 'A', country: 'PL', lat: 52, lon: 20 },
            { id: 'b', name: 'B', country: 'DE' },
          ],
        },
      ],
      attrs: { 'tile-url': TILE, consent: 'granted' },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect($(el, '.mini-map')).to.equal(null);
    expect($(el, '.distance')).to.equal(null);
  });
});
