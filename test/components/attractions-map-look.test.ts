import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/attractions-map/attractions-map.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { sochaczew, LOCAL_TILE } from '../map/sochaczew.js';
import { needs } from '../helpers/engines.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<civic-attractions-map> look', () => {
  beforeEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  needs('media emulation')('dark mode keeps the layout of light mode: no extra padding around the map', async () => {
    const features = await sochaczew();
    const place = async () => {
      const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" .features=${features}></civic-attractions-map>`);
      const host = el.getBoundingClientRect();
      const frame = $(el, '.map-frame')!.getBoundingClientRect();
      return { padding: getComputedStyle(el).paddingTop, inset: frame.left - host.left, width: frame.width };
    };
    const light = await place();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await place();
    expect(dark).to.deep.equal(light);
    expect(dark.padding).to.equal('0px');
  });

  it('the legend names categories as the list does (English "Historic sites" / "Historic site")', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" view="list" .features=${await sochaczew()}></civic-attractions-map>`);
    expect(text($$(el, '.chip-label')[0])).to.equal('Historic sites');
    const castle = $$(el, '.item').find((item) => item.dataset.id === 'ruiny-zamku-ksiazat-mazowieckich')!;
    expect(text(castle.querySelector('.item-category'))).to.equal('Historic site');
  });
  for (const width of [360, 1280]) {
    it(`at ${width} px the list heading names the noun once and stays on one line in German`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><civic-attractions-map lang="de" .features=${await sochaczew()}></civic-attractions-map></div>`);
      const el = wrap.firstElementChild as CivicAttractionsMap;
      await el.updateComplete;
      const title = $(el, '.list-title')!;
      expect(text(title)).to.equal('Sehenswürdigkeiten (15)');
      const lines = new Set<number>();
      const range = document.createRange();
      range.selectNodeContents(title);
      for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.top));
      expect([...lines], 'line tops of the heading').to.have.length(1);
    });
  }
  it('a drawn map has styled pins and clusters (their sheet comes with the map chunk), after Leaflet’s and before the element’s own', async () => {
    const el = await fixture<CivicAttractionsMap>(html`<civic-attractions-map lang="en" tile-url=${LOCAL_TILE} .features=${await sochaczew()}></civic-attractions-map>`);
    await waitUntil(() => $(el, '.map-frame')?.getAttribute('data-state') === 'ready' && $(el, '.civic-pin') && $(el, '.civic-cluster'), 'pins and a cluster are drawn', { timeout: 5000 });
    const pin = getComputedStyle($(el, '.civic-pin')!);
    expect(pin.width).to.equal('34px');
    expect(pin.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, '.civic-cluster')!).borderRadius).to.equal('50%');
    // Ours over Leaflet's grey: the map floor is the theme's surface.
    expect(getComputedStyle($(el, '.leaflet-container')!).backgroundColor).to.not.equal('rgb(221, 221, 221)');
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const texts = sheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join(''));
    const pins = texts.findIndex((t) => t.includes('.civic-pin'));
    expect(pins, 'the pins’ sheet comes after Leaflet’s').to.be.above(texts.findIndex((t) => t.includes('.leaflet-pane')));
    expect(pins, 'and before the element’s own').to.be.below(texts.findIndex((t) => t.includes('.layout')));
  });
});
