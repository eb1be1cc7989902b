import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MapConsentController, CONSENT_STORAGE_KEY } from '../../src/map/consent.js';

class ConsentProbe extends LitElement {
  preset = false;
  consent = new MapConsentController(this, () => this.preset);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.consent.state}`;
  }
}
customElements.define('consent-probe', ConsentProbe);

describe('MapConsentController', () => {
  beforeEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));

  it('starts pending, and grant() loads this element only', async () => {
    const a = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
    const b = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
    expect(a.consent.state).to.equal('pending');
    a.consent.grant();
    await a.updateComplete;
    expect(a.shadowRoot!.textContent).to.equal('granted');
    expect(b.consent.state).to.equal('pending');
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
  });

  it('grant(true) is remembered for this origin and updates every other map at once', async () => {
    const a = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
    const b = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
    a.consent.grant(true);
    await b.updateComplete;
    expect(b.shadowRoot!.textContent).to.equal('granted');
    expect(a.consent.remembered).to.equal(true);
    MapConsentController.forget();
    expect(b.consent.remembered).to.equal(false);
  });

  it('follows the host preset (consent="granted")', async () => {
    const a = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
    a.preset = true;
    expect(a.consent.state).to.equal('granted');
  });

  it('survives blocked storage', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const a = await fixture<ConsentProbe>(html`<consent-probe></consent-probe>`);
      expect(a.consent.state).to.equal('pending');
      a.consent.grant(true);
      expect(a.consent.state).to.equal('granted');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
