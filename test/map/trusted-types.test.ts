// Runs in its own page: Trusted Types are enforced before Leaflet loads, as on a strict
// CSP site. Leaflet's load-time probe is removed by build/leaflet-tt-probe.mjs, and the map
// avoids Leaflet's HTML-string paths, so no violation may happen.
import { enforceTrustedTypes } from '../helpers/trusted-types.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CivicAttractionsMap } from '../../src/components/attractions-map/attractions-map.js';
import { sochaczew, LOCAL_TILE } from './sochaczew.js';

describe('<civic-attractions-map> under require-trusted-types-for', () => {
  it('loads Leaflet and draws markers with no violation', async () => {
    const violations = enforceTrustedTypes();
    // The element (and Lit's own trusted policy) load after the policy is in force.
    await import('../../src/components/attractions-map/attractions-map.js');
    const features = await sochaczew();
    const el = await fixture<CivicAttractionsMap>(
      html`<civic-attractions-map lang="en" consent="granted" tile-url=${LOCAL_TILE} .features=${features}></civic-attractions-map>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length > 0, 'markers drawn', { timeout: 5000 });
    el.select('wieza-cisnien');
    await el.updateComplete;
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }, 'Trusted Types are really enforced').to.throw();
    expect(violations.filter((v) => !v.includes('<b>x</b>'))).to.deep.equal([]);
  });
});
