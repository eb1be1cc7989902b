// Runs in its own page under `img-src 'self'` (no `data:`), as the README's strict policy.
// Leaflet 1.9 cancels tiles it no longer needs by setting `src` to a `data:image/gif` URL,
// which such a policy reports on every zoom; the library's tile layer must never do that.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLeaflet } from '../../src/map/leaflet.js';
import { cspSafeTileLayer } from '../../src/map/tile-layer.js';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import '../../src/components/attractions-map/attractions-map.js';
import { sochaczew } from './sochaczew.js';

/** Tiles that answer after 1.5 s: zooming meets tiles still loading (the abort path). */
const SLOW_TILE = '/faults/slow?file=/test/fixtures/tile.png&ms=1500&t={z}-{x}-{y}';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "img-src 'self'";
document.head.append(meta);

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function zoomTwice(make: (L: Awaited<ReturnType<typeof loadLeaflet>>['L']) => import('leaflet').TileLayer) {
  const { L } = await loadLeaflet();
  const container = document.createElement('div');
  container.style.cssText = 'width:400px;height:300px';
  document.body.append(container);
  const map = L.map(container, { zoomAnimation: false, fadeAnimation: false }).setView([52.22, 20.24], 12);
  make(L).addTo(map);
  await settle(200); // tiles requested, none loaded yet
  map.setZoom(13);
  await settle(100);
  map.setZoom(14);
  map.panBy([300, 200], { animate: false });
  await settle(400);
  const sources = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
  map.remove();
  container.remove();
  return sources;
}

describe('tile layer under a strict img-src policy (no data:)', () => {
  beforeEach(() => (violations.length = 0));

  it('zooming and panning cancel tiles without any data: URL or violation', async () => {
    const sources = await zoomTwice((L) => cspSafeTileLayer(L, SLOW_TILE));
    expect(sources.length, 'tiles of the new view are requested').to.be.greaterThan(0);
    expect(sources.filter((s) => s.startsWith('data:'))).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it('(control) Leaflet’s own tile layer does cause the violation this guards against', async () => {
    await zoomTwice((L) => L.tileLayer(SLOW_TILE));
    // The report is an event of its own: on a busy machine it may come after the fixed pauses.
    await waitUntil(() => violations.some((v) => v.startsWith('img-src') && v.includes('data')), `the violation is reported (${violations.join('; ')})`, { timeout: 5000 });
  });

  it('<civic-attractions-map>: zoom buttons and a list selection cause no violation', async () => {
    const features = await sochaczew();
    const el = await fixture<CivicAttractionsMap>(
      html`<civic-attractions-map lang="en" consent="granted" tile-url=${SLOW_TILE} .features=${features}></civic-attractions-map>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.zoom-in'), 'map ready', { timeout: 5000 });
    await settle(200);
    root.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await settle(100);
    root.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await settle(100);
    root.querySelectorAll<HTMLButtonElement>('.item')[3].click();
    await settle(800);
    expect(violations).to.deep.equal([]);
  });
});
