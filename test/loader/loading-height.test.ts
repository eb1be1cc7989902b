import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { pageStyles } from '../../src/loader/page-styles.js';

/**
 * The map and the panel sit far down a page and load only when a visitor comes near (the CDN
 * loader), so their data often arrives in view. Their loading state (and the loader's reserve
 * before it, test/loader/reserve.test.ts) is as tall as they are with the bundled data, at
 * the widths of a phone, a tablet and a desktop page: what follows does not move then.
 */
const WIDTHS = [344, 784, 1264];
const CASES: { tag: string; ready: Record<string, string> }[] = [
  { tag: 'civic-attractions-map', ready: { src: '/data/attractions.geojson' } },
  { tag: 'civic-partnership-panel', ready: { src: '/data/partnership.json', 'news-src': '/data/news.json' } },
];

let seq = 0;
function place(tag: string, width: number, attrs: Record<string, string>) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  // The serif font a page without CSS gets in Chromium, named so that every engine wraps the
  // same words (their default fonts differ).
  box.style.fontFamily = '"Liberation Serif", serif';
  box.lang = 'pl';
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const after = document.createElement('p');
  after.textContent = 'After the element.';
  box.append(el, after);
  document.body.append(box);
  return { box, el, after };
}
const offset = (p: { box: HTMLElement; after: HTMLElement }) => p.after.getBoundingClientRect().top - p.box.getBoundingClientRect().top;
/** Still to come: the panel's news, or the map's "open now" line (its opening-hours reader is a chunk of its own). */
const busy = (el: Element) =>
  el.getAttribute('feed-state') === 'loading' ||
  !!el.shadowRoot?.querySelector('[aria-busy="true"]') ||
  (el.localName === 'civic-attractions-map' && !el.shadowRoot?.querySelector('.item-hours'));

describe('the map’s and the panel’s loading state', function () {
  // Twelve elements, two feeds each at most, on a busy machine.
  this.timeout(60000);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageStyles());
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  it('is as tall as the element with the bundled data at 344, 784 and 1264 px, and so is the space reserved before the code arrives', async () => {
    // The never-answering feeds go to the server's other name: six of them would hold every
    // HTTP/1.1 connection to localhost, and the map's lazy hours code could never arrive.
    const placed = CASES.flatMap(({ tag, ready }) =>
      WIDTHS.flatMap((width) => [
        { tag, width, ...place(tag, width, { src: `http://127.0.0.1:${location.port}/faults/no-answer?loading-height=${seq++}`, timeout: '120' }), ready: false },
        { tag, width, ...place(tag, width, ready), ready: true },
      ]),
    );
    await nextFrame();
    const reserved = placed.map(offset);
    await Promise.all([
      import('../../src/components/attractions-map/attractions-map.js'),
      import('../../src/components/partnership-panel/partnership-panel.js'),
    ]);
    await waitUntil(
      () => placed.every((p) => (p.ready ? p.el.getAttribute('feed-state') === 'ready' && !busy(p.el) : p.el.getAttribute('feed-state') === 'loading')),
      'the loading elements loading, the others showing their data',
      { timeout: 30000, interval: 50 },
    );
    await Promise.all(placed.map((p) => (p.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await nextFrame();
    await nextFrame();
    const problems: string[] = [];
    for (let i = 0; i < placed.length; i += 2) {
      const [loading, ready] = [placed[i], placed[i + 1]];
      const label = `<${loading.tag}> at ${loading.width}px`;
      const [waiting, shown] = [offset(loading), offset(ready)];
      // A line of text either way (an engine may wrap one word differently) is still a
      // fraction of a percent of these heights; a loading state of the old one-line frame is not.
      const tolerance = Math.max(2, 0.01 * shown);
      if (Math.abs(shown - waiting) > tolerance) problems.push(`${label}: loading ${waiting.toFixed(1)} px, with data ${shown.toFixed(1)} px`);
      if (Math.abs(reserved[i] - waiting) > 1) problems.push(`${label}: reserved ${reserved[i].toFixed(1)} px, loading ${waiting.toFixed(1)} px`);
    }
    expect(problems).to.deep.equal([]);
    placed.forEach((p) => p.box.remove());
  });
});
