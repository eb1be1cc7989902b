import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { needs } from '../helpers/engines.js';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import type { Attraction } from '../../src/feeds/types.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { translate } from '../../src/i18n/i18n.js';
import { sochaczew, LOCAL_TILE, FOREIGN_TILE, FOREIGN_ORIGIN } from '../map/sochaczew.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const mapReady = (el: HTMLElement) =>
  waitUntil(
    () => $(el, '.map-frame')?.getAttribute('data-state') === 'ready' && $$(el, '.leaflet-marker-icon').length > 0,
    'the map shows markers',
    { timeout: 15_000 },
  );
const points = (el: HTMLElement) => $$(el, '.leaflet-marker-icon:not(.civic-marker--cluster)');
const clusters = (el: HTMLElement) => $$(el, '.civic-marker--cluster');
/** The Leaflet map inside the element (internal: for zoom levels and sizes the DOM does not show). */
const leafletOf = (el: CivicAttractionsMap) =>
  (el as unknown as { loader: { view: { map: import('leaflet').Map } } }).loader.view.map;
const zoomOf = (el: CivicAttractionsMap) => leafletOf(el).getZoom();
const external = () =>
  performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin) && !e.name.startsWith(FOREIGN_ORIGIN));

let features: Attraction[];
before(async () => {
  features = await sochaczew();
});
beforeEach(() => {
  localStorage.removeItem(CONSENT_STORAGE_KEY);
  history.replaceState(null, '', location.pathname + location.search);
});

async function granted(lang = 'en', extra: Partial<CivicAttractionsMap> = {}) {
  const el = await fixture<CivicAttractionsMap>(
    html`<civic-attractions-map lang=${lang} consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map>`,
  );
  Object.assign(el, extra);
  await mapReady(el);
  return el;
}

describe('<civic-attractions-map>', () => {
  describe('before consent', () => {
    it('requests nothing from another server and does not even load Leaflet', async () => {
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
      observer.observe({ type: 'resource', buffered: true });
      // Default tile URL: OpenStreetMap. Before consent nothing may go there.
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}></civic-attractions-map>`);
      el.scrollIntoView();
      await aTimeout(400);
      observer.disconnect();
      expect(external().map((e) => e.name), 'no third-party request').to.deep.equal([]);
      expect(seen.filter((u) => /tile\.openstreetmap|leaflet-src|leaflet\.css/.test(u)), 'no tile, no Leaflet').to.deep.equal([]);
      expect($(el, '.leaflet-container')).to.equal(null);
    });

    it('explains which server will be contacted, offers two buttons and shows the full list', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}></civic-attractions-map>`);
      expect(text($(el, '.consent-text'))).to.contain('tile.openstreetmap.org');
      expect(text($(el, '.consent-load'))).to.equal('Load map');
      expect(text($(el, '.consent-always'))).to.equal('Always load maps on this site');
      expect($$(el, '.item')).to.have.length(15);
      expect($(el, '.outline'), 'a static outline of the points').to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows a site-provided picture behind the explanation', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}><img slot="placeholder" src="/data/images/poi-park.svg" alt="" /></civic-attractions-map>`);
      const slot = $<HTMLSlotElement>(el, 'slot[name="placeholder"]')!;
      expect(slot.assignedElements()[0].tagName).to.equal('IMG');
      await expect(el).to.be.accessible();
    });

    for (const tileUrl of [LOCAL_TILE, `${location.origin}/test/fixtures/tile.png?{z}-{x}-{y}`, '']) {
      it(`needs no consent when no third party is contacted (tile-url "${tileUrl.slice(0, 30)}")`, async () => {
        const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" tile-url=${tileUrl} .features=${features}></civic-attractions-map>`);
        expect($(el, '.consent')).to.equal(null);
        await mapReady(el);
        expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
      });
    }

    it('names a self-hosted tile server in the explanation', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="de" tile-url="https://tiles.example.org/{z}/{x}/{y}.png" .features=${features}></civic-attractions-map>`);
      expect(text($(el, '.consent-text'))).to.contain('tiles.example.org');
      expect(text($(el, '.consent-load'))).to.equal('Karte laden');
    });

    it('"Load map" loads this map once, without remembering', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" tile-url=${FOREIGN_TILE} .features=${features}></civic-attractions-map>`);
      $(el, '.consent-load')!.focus();
      await sendKeys({ press: 'Enter' });
      await mapReady(el);
      expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
      expect(external()).to.deep.equal([]);
    });

    for (const [button, lang] of [['.consent-load', 'de'], ['.consent-always', 'pl']] as const) {
      needs('focus-visible after automated keys')(`keyboard: after ${button} focus moves into the map (not the page) and "map loaded" is said (${lang})`, async () => {
        const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang=${lang} tile-url=${FOREIGN_TILE} .features=${features}></civic-attractions-map>`);
        $(el, button)!.focus();
        await sendKeys({ press: 'Enter' });
        await mapReady(el);
        await waitUntil(() => text($(el, '[role="status"]')) !== '', 'announcement', { timeout: 5000 });
        expect(document.activeElement === el, `focus is inside the element, not on ${document.activeElement?.tagName}`).to.equal(true);
        const focused = active(el)!;
        expect(focused.classList.contains('leaflet-container'), focused.outerHTML.slice(0, 80)).to.equal(true);
        expect(focused.getAttribute('role')).to.equal('group');
        expect(focused.getAttribute('aria-label')).to.equal(translate(lang, 'map.mapLabel'));
        expect(focused.tabIndex).to.equal(0);
        expect(focused.matches(':focus-visible'), 'focus is shown').to.equal(true);
        expect(getComputedStyle(focused, '::after').borderTopWidth, 'focus ring above the tiles').to.equal('3px');
        expect(text($(el, '[role="status"]'))).to.equal(translate(lang, 'map.loaded'));
        // The map really has the keyboard: "+" zooms in.
        const before = zoomOf(el);
        await sendKeys({ press: '+' });
        await waitUntil(() => zoomOf(el) > before, 'zoomed by key', { timeout: 5000 });
      });
    }

    it('"Always load maps on this site" is remembered for later maps', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" tile-url=${FOREIGN_TILE} .features=${features}></civic-attractions-map>`);
      $(el, '.consent-always')!.click();
      await mapReady(el);
      expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal('granted');
      const second = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" tile-url=${FOREIGN_TILE} .features=${features}></civic-attractions-map>`);
      expect($(second, '.consent')).to.equal(null);
      await mapReady(second);
    });
  });

  describe('consented', () => {
    it('shows category markers with names, its own zoom buttons and a DOM attribution', async () => {
      const el = await granted('en', { tileUrl: LOCAL_TILE, tileAttribution: '© Test tiles', tileAttributionUrl: 'https://example.org/tiles' });
      await el.updateComplete;
      const marker = points(el)[0];
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.getAttribute('aria-label')).to.match(/, (Museum|Historic site|Park|Church|Cemetery|For families)$/);
      expect(marker.querySelector('svg path'), 'a glyph, not colour alone').to.exist;
      expect($(el, '.leaflet-control-zoom'), 'no Leaflet HTML-string controls').to.equal(null);
      expect($(el, '.leaflet-control-attribution')).to.equal(null);
      const link = $<HTMLAnchorElement>(el, '.attribution a')!;
      expect(text(link)).to.equal('© Test tiles');
      expect(link.href).to.equal('https://example.org/tiles');
      expect($(el, '.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
      await waitUntil(() => $(el, '.leaflet-tile'), 'local tiles drawn', { timeout: 5000 });
      expect($<HTMLImageElement>(el, '.leaflet-tile')!.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      await expect(el).to.be.accessible();
    });

    it('credits OpenStreetMap by default, with a link to its copyright page', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" .features=${features}></civic-attractions-map>`);
      // No consent: no attribution and no map yet. The default text is checked through the renderer once granted.
      expect($(el, '.attribution')).to.equal(null);
      el.tileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
      expect(el.tileUrl).to.contain('openstreetmap');
    });

    it('zooms with its own buttons', async () => {
      const el = await granted();
      // WebKit can be a frame behind: press only once the button is on (as a user would).
      await waitUntil(() => $(el, '.zoom-in')!.getAttribute('aria-disabled') === 'false', 'zoom-in enabled', { timeout: 5000 });
      const before = zoomOf(el);
      $(el, '.zoom-in')!.focus();
      const zoomed = new Promise((resolve) => leafletOf(el).once('zoomend', resolve));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => zoomOf(el) === before + 1, 'zoomed in', { timeout: 5000 });
      await zoomed; // the zoom animation has ended (however long it takes on a busy machine)
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('zoom-out')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => zoomOf(el) === before, 'zoomed out', { timeout: 5000 });
    });

    it('clusters nearby attractions and names clusters in Polish ("12 atrakcji")', async () => {
      const el = await granted('pl');
      const cluster = clusters(el)[0];
      expect(cluster, 'the town centre is a cluster at the start').to.exist;
      expect(cluster.getAttribute('aria-label')).to.match(/^\d+ atrakcj(a|e|i)$/);
      await expect(el).to.be.accessible();
    });

    it('Enter on a cluster zooms into it and keeps focus on a marker inside', async () => {
      const el = await granted('pl');
      const before = zoomOf(el);
      const cluster = clusters(el)[0];
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => zoomOf(el) > before && active(el)?.classList.contains('leaflet-marker-icon'), 'focus went into the cluster', { timeout: 5000 });
      expect(active(el)!.getAttribute('aria-label')).to.not.equal(null);
    });

    it('ctrl + wheel zooms the map; a plain wheel scrolls the page and shows a hint', async () => {
      const el = await granted('en');
      const host = $(el, '.leaflet-host')!;
      const before = zoomOf(el);
      const plain = new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true, composed: true, clientX: 100, clientY: 100 });
      host.dispatchEvent(plain);
      expect(plain.defaultPrevented, 'the page may scroll').to.equal(false);
      await el.updateComplete;
      expect(text($(el, '.gesture-hint'))).to.match(/(Ctrl|⌘) \+ scroll/);
      expect(zoomOf(el)).to.equal(before);
      const ctrl = new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, bubbles: true, cancelable: true, composed: true, clientX: 100, clientY: 100 });
      host.dispatchEvent(ctrl);
      expect(ctrl.defaultPrevented).to.equal(true);
      await waitUntil(() => zoomOf(el) === before + 1, 'ctrl + wheel zoomed in', { timeout: 5000 });
    });
  });

  describe('map controls', () => {
    needs('geolocation override')('asks for the location only on click, then shows it', async () => {
      // The browser reports a position once allowed (Chromium's own override, as after the prompt).
      await executeServerCommand('set-geolocation', { latitude: 52.23, longitude: 20.24, accuracy: 30 });
      try {
        const el = await granted('en');
        await aTimeout(200);
        expect($(el, '.leaflet-overlay-pane path'), 'nothing asked before the click').to.equal(null);
        $(el, '.locate')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(el, '.leaflet-overlay-pane path'), 'a location circle', { timeout: 5000 });
        expect(text($(el, '[role="status"]'))).to.equal('Your location is shown on the map. The list now starts with the nearest places.');
      } finally {
        await executeServerCommand('set-geolocation', null);
      }
    });

    it('offers full screen on the element itself', async () => {
      const el = await granted('de');
      expect(!!$(el, '.fullscreen'), 'only where the Fullscreen API is allowed').to.equal(document.fullscreenEnabled);
      // Headless Chromium has the API off: stand in for the browser to follow the button.
      let current: Element | null = null;
      const change = () => document.dispatchEvent(new Event('fullscreenchange'));
      Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => current });
      el.requestFullscreen = async () => void ((current = el), change());
      document.exitFullscreen = async () => void ((current = null), change());
      try {
        el.requestUpdate();
        await el.updateComplete;
        const button = () => $(el, '.fullscreen')!;
        expect(button().getAttribute('aria-label')).to.equal('Vollbild');
        button().focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => button().getAttribute('aria-pressed') === 'true', 'pressed', { timeout: 5000 });
        expect(current).to.equal(el);
        expect(button().getAttribute('aria-label')).to.equal('Vollbild beenden');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => button().getAttribute('aria-pressed') === 'false', 'left full screen', { timeout: 5000 });
      } finally {
        for (const key of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) delete (document as unknown as Record<string, unknown>)[key];
        delete (el as unknown as Record<string, unknown>).requestFullscreen;
      }
    });

    it('respects max-zoom and leaves one-finger touch to the page', async () => {
      const el = await fixture<CivicAttractionsMap>(
        html`<civic-attractions-map lang="en" consent="granted" max-zoom="14" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map>`,
      );
      await mapReady(el);
      const container = $(el, '.leaflet-container')!;
      expect(container.classList.contains('leaflet-touch-drag'), 'touch dragging off: one finger scrolls the page').to.equal(false);
      leafletOf(el).setZoom(14, { animate: false });
      await waitUntil(() => $(el, '.zoom-in')!.getAttribute('aria-disabled') === 'true', 'zoom-in disabled at max-zoom', { timeout: 5000 });
    });
  });

  describe('gestures and language', () => {
    needs('constructible TouchEvent')('one finger scrolls the page and shows the two-finger hint', async () => {
      const el = await granted('pl');
      const host = $(el, '.leaflet-host')!;
      const touch = (id: number) => new Touch({ identifier: id, target: host, clientX: 100 + id, clientY: 100 });
      host.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(1)], bubbles: true, composed: true }));
      host.dispatchEvent(new TouchEvent('touchmove', { touches: [touch(1)], bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text($(el, '.gesture-hint'))).to.equal('Przesuwaj mapę dwoma palcami');
      expect($(el, '.leaflet-container')!.classList.contains('leaflet-touch-drag')).to.equal(false);
      host.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(1), touch(2)], bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '.gesture-hint'), 'two fingers: no hint').to.equal(null);
    });

    it('renames markers and clusters when the language changes', async () => {
      const el = await granted('pl');
      expect(clusters(el)[0].getAttribute('aria-label')).to.match(/atrakcj/);
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      await waitUntil(() => /Sehenswürdigkeit/.test(clusters(el)[0].getAttribute('aria-label') ?? ''), 'cluster renamed', { timeout: 5000 });
      expect($(el, '.leaflet-container')!.getAttribute('aria-label')).to.match(/^Karte der Sehenswürdigkeiten/);
      expect($(el, '.zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
    });
  });

  describe('legend (category filter)', () => {
    it('filters with real key presses and tells the host', async () => {
      const el = await granted('en');
      const first = $<HTMLInputElement>(el, '.chip input')!;
      first.focus();
      expect(text(first.closest('label'))).to.match(/^Historic sites 5$/);
      setTimeout(() => sendKeys({ press: 'Space' }));
      const event = await oneEvent(el, 'civic-category-change');
      expect(event.detail.categories).to.not.include('heritage');
      expect(event.detail.all).to.equal(false);
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(10);
      expect(text($(el, '[role="status"]'))).to.equal('Showing 10 of 15.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // museums off too
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(7);
      $(el, '.show-all')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.item')).to.have.length(15);
    });

    it('preselects from the categories attribute', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" categories="museum, park" .features=${features}></civic-attractions-map>`);
      expect($$(el, '.item')).to.have.length(4);
      const checked = $$<HTMLInputElement>(el, '.chip input').filter((i) => i.checked).map((i) => text(i.closest('label')));
      expect(checked).to.deep.equal(['Museums 3', 'Parks 1']);
      await expect(el).to.be.accessible();
    });

    it('says so when no category is left', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" categories="nothing-like-this" .features=${features}></civic-attractions-map>`);
      expect(text($(el, '.empty'))).to.equal('Żadna atrakcja nie pasuje do wybranych kategorii.');
    });
  });

  describe('list and details', () => {
    it('selects from the list by keyboard, shows details, and Escape returns focus', async () => {
      const el = await granted('en');
      const items = $$(el, '.item');
      items[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(items[1]);
      await sendKeys({ press: 'End' });
      expect(active(el)).to.equal(items[items.length - 1]);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'civic-attraction-select');
      expect(event.detail.id).to.equal('muzeum-ziemi-sochaczewskiej-i-pola-bitwy-nad-bzura');
      await el.updateComplete;
      const title = $(el, '.details-title')!;
      expect(text(title)).to.equal('Museum of the Sochaczew Land and the Bzura Battlefield');
      expect(active(el)).to.equal(title);
      expect(items[1].getAttribute('aria-current')).to.equal('true');
      await waitUntil(() => points(el).some((m) => m.hasAttribute('aria-current')), 'the marker shows the selection', { timeout: 5000 });
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.details')).to.equal(null);
      expect(active(el)).to.equal($$(el, '.item')[1]);
      expect(el.selected).to.equal(null);
    });

    it('Escape on the chosen marker (chosen by mouse, focus still on it) closes the details too', async () => {
      const el = await granted('pl');
      await waitUntil(() => points(el).length > 0, 'markers', { timeout: 5000 });
      const marker = points(el)[0];
      marker.click();
      marker.focus();
      await el.updateComplete;
      await waitUntil(() => $(el, '.details'), 'details open', { timeout: 5000 });
      marker.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.details')).to.equal(null);
      expect(el.selected).to.equal(null);
    });

    it('Escape in the details does not close a modal dialog the map sits in', async () => {
      const dialog = document.createElement('dialog');
      document.body.append(dialog);
      const el = await granted('en');
      dialog.append(el);
      dialog.showModal();
      el.select($$(el, '.item')[0].dataset.id!);
      await el.updateComplete;
      $(el, '.details-title')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.details')).to.equal(null);
      expect(dialog.open).to.be.true;
      dialog.close();
      dialog.remove();
    });

    it('shows phone, website, address, directions and the approximate-location note', async () => {
      const el = await granted('de');
      el.select('muzeum-ziemi-sochaczewskiej-i-pola-bitwy-nad-bzura');
      await el.updateComplete;
      const tel = $<HTMLAnchorElement>(el, '.facts a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:+48468623309');
      expect($<HTMLAnchorElement>(el, '.facts a[href^="https://www.muzeumsochaczew.pl"]')).to.exist;
      expect(text($(el, '.facts'))).to.contain('Plac Tadeusza Kościuszki 12');
      const directions = $<HTMLAnchorElement>(el, '.directions')!;
      expect(directions.href).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B52\.2295\d*%2C20\.238/);
      expect(text(directions)).to.contain('Route planen');
      expect(text($(el, '.note'))).to.equal('Die Position auf der Karte ist nur ungefähr angegeben.');
      const photo = $<HTMLImageElement>(el, '.photo')!;
      expect(photo.alt).to.match(/^Illustration/);
    });

    it('uses a configured route planner', async () => {
      const el = await granted('en');
      el.directionsUrl = 'https://maps.example.org/route?to={lat},{lon}&name={name}';
      el.select('wieza-cisnien');
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, '.directions')!.href).to.equal('https://maps.example.org/route?to=52.223300,20.230500&name=Water%20Tower');
      expect(text($(el, '[role="status"]')), 'announced without a focus move').to.equal('Selected: Water Tower');
    });

    it('Enter on a marker opens its details; closing returns focus to the marker', async () => {
      const el = await granted('en');
      const marker = points(el)[0];
      const id = marker.getAttribute('aria-label')!.split(',')[0];
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.details-title'))).to.equal(id);
      expect(active(el)).to.equal($(el, '.details-title'));
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('close') || active(el)?.tagName === 'A').to.equal(true);
      $(el, '.close')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => active(el)?.classList.contains('leaflet-marker-icon'), 'focus back on the marker', { timeout: 5000 });
    });

    it('selecting in the list reveals the attraction out of its cluster on the map', async () => {
      const el = await granted('en');
      const item = $$(el, '.item').find((i) => i.dataset.id === 'kramnice-miejskie')!;
      item.click();
      await waitUntil(() => points(el).some((m) => m.hasAttribute('aria-current') && m.getAttribute('aria-label')!.startsWith('Town Market Halls')), 'marker drawn and selected', { timeout: 5000 });
    });

    it('shows the list alone with view="list"', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${features}></civic-attractions-map>`);
      expect($(el, '.map-frame')).to.equal(null);
      expect($$(el, '.item')).to.have.length(15);
      await expect(el).to.be.accessible();
    });
  });

  describe('deep links (hash)', () => {
    it('restores #poi and #cat on load and follows hashchange', async () => {
      history.replaceState(null, '', '#cat=cemetery&poi=cmentarz-zydowski');
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map hash lang="en" .features=${features}></civic-attractions-map>`);
      expect(el.selected).to.equal('cmentarz-zydowski');
      expect($$(el, '.item')).to.have.length(2);
      location.hash = '#poi=wieza-cisnien';
      await waitUntil(() => el.selected === 'wieza-cisnien', 'hashchange followed', { timeout: 5000 });
      await el.updateComplete;
      expect(text($(el, '.details-title'))).to.equal('Water Tower');
    });

    it('writes the selection and filter into the hash', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map hash lang="en" .features=${features}></civic-attractions-map>`);
      $$(el, '.item')[2].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#poi=muzeum-kolei-waskotorowej');
      $$<HTMLInputElement>(el, '.chip input')[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#cat=museum,park,religion,cemetery,family&poi=muzeum-kolei-waskotorowej');
    });

    it('leaves the hash alone without the hash attribute', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}></civic-attractions-map>`);
      $$(el, '.item')[2].click();
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });
  });

  describe('layout', () => {
    it('reserves the map height before anything loads', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}></civic-attractions-map>`);
      const before = $(el, '.map-frame')!.getBoundingClientRect().height;
      expect(before).to.be.greaterThan(200);
      el.consent = 'granted';
      el.tileUrl = LOCAL_TILE;
      await mapReady(el);
      expect($(el, '.map-frame')!.getBoundingClientRect().height).to.equal(before);
    });

    it('follows --civic-map-height', async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" style="--civic-map-height: 400px" .features=${features}></civic-attractions-map>`);
      expect($(el, '.map-frame')!.getBoundingClientRect().height).to.equal(400);
    });

    it('loads the map only when shown, and draws it at its real size (created hidden)', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div hidden><civic-attractions-map lang="en" consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map></div>`);
      const el = wrap.firstElementChild as CivicAttractionsMap;
      await aTimeout(300);
      expect($(el, '.leaflet-container'), 'not loaded while hidden').to.equal(null);
      wrap.hidden = false;
      await mapReady(el);
      const size = leafletOf(el).getSize();
      expect(size.x).to.be.greaterThan(100);
      expect(size.y).to.be.greaterThan(100);
    });

    it('draws the map again after being moved in the page', async () => {
      const el = await granted('en');
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await waitUntil(() => $(el, '.leaflet-container') && $$(el, '.leaflet-marker-icon').length > 0, 'map drawn again', { timeout: 5000 });
      other.remove();
    });

    it('redraws after being hidden and resized', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"><civic-attractions-map lang="en" consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map></div>`);
      const el = wrap.firstElementChild as CivicAttractionsMap;
      await mapReady(el);
      wrap.hidden = true;
      await aTimeout(50);
      wrap.style.width = '400px';
      wrap.hidden = false;
      const map = leafletOf(el);
      await waitUntil(() => Math.abs(map.getSize().x - $(el, '.leaflet-host')!.clientWidth) < 2, 'map size follows the container', { timeout: 5000 });
    });
  });

  describe('hostile data', () => {
    it('drops unusable points and unsafe links, renders names as text', async () => {
      const bad = [
        { id: 'a', name: '<img src=x onerror=alert(1)>', category: 'museum', lat: 52.2, lon: 20.2, url: 'javascript:alert(1)', phone: 'call me' },
        { id: 'b', name: 'No coordinates', category: 'park' },
        { id: 'c', name: 'Out of range', category: 'park', lat: 200, lon: 20 },
        { id: 'a', name: 'Duplicate id', category: 'park', lat: 52, lon: 20 },
      ] as unknown as Attraction[];
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${bad}></civic-attractions-map>`);
      expect($$(el, '.item')).to.have.length(1);
      el.select('a');
      await el.updateComplete;
      expect(text($(el, '.details-title'))).to.equal('<img src=x onerror=alert(1)>');
      expect($(el, '.details img:not(.photo)')).to.equal(null);
      expect($(el, '.facts a')).to.equal(null);
    });
  });

  describe('languages', () => {
    for (const [lang, legend, load] of [
      ['pl', 'Kategorie', 'Wczytaj mapę'],
      ['de', 'Kategorien', 'Karte laden'],
      ['en', 'Categories', 'Load map'],
      ['uk', 'Категорії', 'Завантажити мапу'],
    ]) {
      it(`speaks ${lang} and passes axe`, async () => {
        const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang=${lang} .features=${features}></civic-attractions-map>`);
        expect(text($(el, '.legend-title'))).to.equal(legend);
        expect(text($(el, '.consent-load'))).to.equal(load);
        const name = text($(el, '.item-name'));
        expect(name).to.equal(
          { pl: 'Ruiny Zamku Książąt Mazowieckich', de: 'Burgruine der Herzöge von Masowien', en: 'Ruins of the Castle of the Dukes of Masovia', uk: 'Руїни замку мазовецьких князів' }[lang],
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<civic-attractions-map> with a feed', () => {
  it('loads src through the feed layer', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" src="/data/attractions.geojson"></civic-attractions-map>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'ready', 'feed ready', { timeout: 8000 });
    await el.updateComplete;
    expect($$(el, '.item')).to.have.length(15);
    el.select('ruiny-zamku-ksiazat-mazowieckich');
    await el.updateComplete;
    expect($<HTMLImageElement>(el, '.photo')!.src).to.match(/\/data\/images\/poi-heritage\.svg$/);
    expect($(el, '.note')).to.exist;
  });

  it('shows the reason and a retry button when the feed fails', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" src="/faults/status/500" timeout="2"></civic-attractions-map>`);
    await waitUntil(() => el.getAttribute('feed-state') === 'error', 'feed error', { timeout: 5000 });
    await el.updateComplete;
    expect(text($(el, '.feed-error'))).to.contain('500');
    expect($(el, '.map-frame')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not request src when .features is given', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" src="/faults/status/500" .features=${features}></civic-attractions-map>`);
    await aTimeout(200);
    expect(el.getAttribute('feed-state')).to.not.equal('error');
    expect($$(el, '.item')).to.have.length(15);
  });
});

describe('<civic-attractions-map> when the map cannot load', () => {
  it('keeps the list, explains, and offers a retry (axe)', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="pl" consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map>`);
    await mapReady(el);
    // What a failed dynamic import leaves behind (the Trusted Types test shows a real one).
    (el as unknown as { loader: { set(state: string): void } }).loader.set('error');
    await el.updateComplete;
    expect(text($(el, '.map-error p'))).to.equal('Nie udało się wczytać mapy. Wszystkie atrakcje są na liście.');
    expect(text($(el, '.map-error button'))).to.equal('Spróbuj ponownie');
    expect($$(el, '.item')).to.have.length(15);
    await expect(el).to.be.accessible();
  });
});
