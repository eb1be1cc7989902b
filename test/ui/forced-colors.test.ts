// Forced colours (Windows High Contrast), light and dark system palettes: every text, badge,
// chip, status step and button of each element still shows (it is not painted in the colour
// of what is behind it), and the focus ring shows on what Tab reaches. Checked on the pixels
// painted, since the text backplate and forced backgrounds are not in any computed style.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/news-ticker/news-ticker.js';
import '../../src/components/article-cards/article-cards.js';
import '../../src/components/attractions-map/attractions-map.js';
import '../../src/components/partnership-panel/partnership-panel.js';
import { CONSENT_STORAGE_KEY } from '../../src/map/consent.js';
import { sampleNews } from '../../stories/news-sample.js';
import { sochaczew } from '../map/sochaczew.js';
import { BUNDLED, renderPanel } from '../components/partnership-panel/helpers.js';
import { emulateForcedColors, has, needs } from '../helpers/engines.js';
import { changedPixels, shoot, strongestContrast, visibleTexts } from '../helpers/pixels.js';

const fresh = sampleNews.map((item, i) => ({ ...item, date: new Date(Date.now() - (i + 2) * 3_600_000).toISOString(), breaking: i === 0 }));

/** Each element in the states that show the most kinds of text. */
const ELEMENTS: [string, () => Promise<HTMLElement>][] = [
  ['<civic-news-ticker> (step mode, a breaking headline)', () =>
    fixture(html`<civic-news-ticker lang="pl" mode="step" paused .items=${fresh}></civic-news-ticker>`)],
  ['<civic-article-cards> (featured grid, categories, load more)', () =>
    fixture(html`<civic-article-cards lang="pl" featured .items=${sampleNews}></civic-article-cards>`)],
  ['<civic-attractions-map> (legend with a category off, list, consent)', async () => {
    const el = await fixture<HTMLElement>(html`<civic-attractions-map lang="pl" .features=${await sochaczew()}></civic-attractions-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.chip input'), 'legend', { timeout: 5000 });
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('.chip input')[1].click(); // one chip off, the others on
    return el;
  }],
  ['<civic-partnership-panel> (status scale, areas, timeline, contacts, joint news)', () =>
    renderPanel({ lang: 'pl', width: 1200, attrs: BUNDLED })],
];

/** The focused element or its nearest ancestor inside `host` that draws an outline: its box and the outline's reach. */
function outlined(focused: Element, host: Element) {
  for (let node: Element | null = focused; node && node !== host; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      return { node, box: node.getBoundingClientRect(), width: parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset)) };
    }
  }
  return undefined;
}

async function settle(el: HTMLElement) {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrame();
  await nextFrame();
}

for (const palette of ['light', 'dark'] as const) {
  describe(`forced colors with a ${palette} palette`, () => {
    before(async () => {
      if (!has('forced-colors emulation')) return;
      localStorage.removeItem(CONSENT_STORAGE_KEY);
      await setViewport({ width: 1280, height: 900 });
      await emulateForcedColors(palette);
    });
    after(async () => {
      if (!has('forced-colors emulation')) return;
      await emulateForcedColors(null);
      await setViewport({ width: 800, height: 600 });
    });

    for (const [name, make] of ELEMENTS) {
      needs('forced-colors emulation')(`${name}: every text stands out from what is behind it`, async () => {
        const el = await make();
        await settle(el);
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors on').to.be.true;
        const texts = visibleTexts(el);
        expect(texts.length).to.be.greaterThan(5);
        const image = await shoot(el.getBoundingClientRect());
        const unreadable = texts
          .filter(({ boxes }) => boxes.every((box) => strongestContrast(image, box) < 2))
          .map(({ text, where }) => `"${text}" (${where})`);
        expect(unreadable, 'texts painted in the colour behind them').to.deep.equal([]);
      });

      needs('forced-colors emulation')(`${name}: the focus ring shows on the first Tab stops`, async () => {
        const el = await make();
        await settle(el);
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        const missing: string[] = [];
        for (let stop = 0; stop < 3; stop++) {
          await sendKeys({ press: 'Tab' });
          let focused = document.activeElement;
          while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
          if (!focused || !el.contains((focused.getRootNode() as ShadowRoot).host ?? focused)) break;
          // The ring is drawn round the focused element or round its card or chip: the nearest
          // of them with an outline. Its box, grown by the outline, must change when focus leaves.
          const ringed = outlined(focused, el);
          if (!ringed) {
            missing.push(`${focused.outerHTML.slice(0, 60)}: no outline`);
            continue;
          }
          const { node, box, width } = ringed;
          const area = new DOMRect(box.x - width - 2, box.y - width - 2, box.width + 2 * width + 4, box.height + 2 * width + 4);
          const withFocus = await shoot(area);
          (focused as HTMLElement).blur();
          await nextFrame();
          const without = await shoot(area);
          const changed = changedPixels(withFocus, without);
          // At least a one-pixel line all round (round each line of a link that wraps).
          const perimeter = [...node.getClientRects()].reduce((sum, r) => sum + 2 * (r.width + r.height), 0);
          if (changed < perimeter) missing.push(`${focused.outerHTML.slice(0, 60)}: ${changed} pixels change`);
          (focused as HTMLElement).focus();
        }
        before.remove();
        expect(missing, 'focused, but no ring seen').to.deep.equal([]);
      });
    }
  });
}
