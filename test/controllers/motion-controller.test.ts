import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { awayFromFixtures, needs } from '../helpers/engines.js';
import { LitElement, css, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { MotionController } from '../../src/controllers/motion-controller.js';

let ticks = 0;

@customElement('test-motion-probe')
class TestMotionProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 20px;
    }
  `;
  motion = new MotionController(this, { tick: () => ticks++, interval: () => 500 });
  override render() {
    return litHtml`<button>inside</button><p>${this.motion.running ? 'running' : this.motion.reason}</p>`;
  }
}

const shown = (el: TestMotionProbe) => el.shadowRoot!.querySelector('p')!.textContent;
const middle = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
};

describe('MotionController', () => {
  let el: TestMotionProbe;
  beforeEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
    ticks = 0;
    el = await fixture<TestMotionProbe>(html`<test-motion-probe></test-motion-probe>`);
    await waitUntil(() => el.motion.running, 'runs once on screen', { timeout: 5000 });
  });
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('runs when nothing stops it, and ticks on its interval', async () => {
    expect(shown(el)).to.equal('running');
    await waitUntil(() => ticks >= 1, 'ticked', { timeout: 5000 }); // every 500 ms; late on a loaded machine
  });

  it('pauses while the pointer is over the host and resumes when it leaves', async () => {
    await sendMouse({ type: 'move', position: middle(el) });
    await waitUntil(() => el.motion.reason === 'hover', 'paused on hover', { timeout: 5000 });
    await el.updateComplete;
    expect(shown(el)).to.equal('hover');
    await sendMouse({ type: 'move', position: awayFromFixtures() });
    await waitUntil(() => el.motion.running, 'resumes after the pointer leaves', { timeout: 5000 });
  });

  it('pauses while keyboard focus is inside and resumes when it leaves', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('inside');
    await waitUntil(() => el.motion.reason === 'focus', 'paused on focus', { timeout: 5000 });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => el.motion.running, 'resumes after focus leaves', { timeout: 5000 });
    before.remove();
  });

  it('does not tick while paused', async () => {
    el.motion.pause();
    const at = ticks;
    await new Promise((r) => setTimeout(r, 1200));
    expect(ticks).to.equal(at);
  });

  it('pauses when the tab is hidden', async () => {
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.motion.reason).to.equal('hidden');
    delete (document as { hidden?: boolean }).hidden;
    Object.defineProperty(Document.prototype, 'hidden', hidden);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.motion.running).to.be.true;
  });

  it('pauses when scrolled off-screen', async () => {
    el.style.cssText = 'position: absolute; top: 5000px';
    await waitUntil(() => el.motion.reason === 'offscreen', 'offscreen', { timeout: 5000 });
    el.style.cssText = '';
    await waitUntil(() => el.motion.running, 'back on screen', { timeout: 5000 });
  });

  needs('media emulation')('follows prefers-reduced-motion live', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => el.motion.reason === 'reduced-motion', 'stops under reduced motion', { timeout: 5000 });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await waitUntil(() => el.motion.running, 'runs again', { timeout: 5000 });
  });

  it("lets the user's pause win over everything until the user plays", async () => {
    el.motion.pause();
    await sendMouse({ type: 'move', position: middle(el) });
    await sendMouse({ type: 'move', position: awayFromFixtures() });
    await nextFrame();
    expect(el.motion.reason).to.equal('user');
    el.motion.play();
    expect(el.motion.running).to.be.true;
    expect(el.motion.toggle()).to.be.true;
    expect(el.motion.running).to.be.false;
  });

  it('pauses on touch and resumes a moment after it ends', async () => {
    const probe = new TestMotionProbe();
    probe.motion = new MotionController(probe, { touchResumeDelay: 50 });
    document.body.append(probe);
    await waitUntil(() => probe.motion.running, 'runs', { timeout: 5000 });
    probe.dispatchEvent(new Event('touchstart'));
    expect(probe.motion.reason).to.equal('touch');
    probe.dispatchEvent(new Event('touchend'));
    await waitUntil(() => probe.motion.running, 'resumes after touch', { timeout: 5000 });
    probe.remove();
  });

  it('stops everything when disconnected', async () => {
    el.remove();
    const at = ticks;
    await new Promise((r) => setTimeout(r, 700));
    expect(ticks).to.equal(at);
  });
});
