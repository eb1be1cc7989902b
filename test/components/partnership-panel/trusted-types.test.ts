// Runs in its own page: Trusted Types are enforced before the panel loads, as on a strict
// CSP site. The panel renders feed text as text and the description as sanitized nodes;
// the mini-map uses no Leaflet HTML-string path. No violation may happen.
import { enforceTrustedTypes } from '../../helpers/trusted-types.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CivicPartnershipPanel } from '../../../src/components/partnership-panel/partnership-panel.js';

describe('<civic-partnership-panel> under require-trusted-types-for', () => {
  it('shows the bundled partnership with its rich description and the mini-map, with no violation', async () => {
    const violations = enforceTrustedTypes();
    await import('../../../src/components/partnership-panel/partnership-panel.js');
    const el = await fixture<CivicPartnershipPanel>(
      html`<civic-partnership-panel
        lang="de"
        src="/data/partnership.json"
        news-src="/data/news.json"
        consent="granted"
        tile-url="/test/fixtures/tile.png"
      ></civic-partnership-panel>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.mini-map')?.getAttribute('data-state') === 'ready', 'mini-map drawn', { timeout: 5000 });
    expect(root.querySelectorAll('.description strong').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('.description li')).to.have.length(3);
    expect(root.querySelectorAll('.mini-map-label')).to.have.length(2);
    expect(root.querySelectorAll('.news-item').length).to.be.greaterThan(0);
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }, 'Trusted Types are really enforced').to.throw();
    expect(violations.filter((v) => !v.includes('<b>x</b>'))).to.deep.equal([]);
  });
});
