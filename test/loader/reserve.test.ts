import { expect, nextFrame } from '@open-wc/testing';
import { pageStyles } from '../../src/loader/page-styles.js';

/**
 * The loader's page stylesheet gives each tag, before its code arrives, the height the
 * element has while its feed loads, and the same margin: a paragraph after the element must
 * not move when the element upgrades (that move is the layout shift a visitor sees).
 */
type Case = { tag: string; attrs?: Record<string, string>; widths: number[]; tolerance?: number };

const CASES: Case[] = [
  { tag: 'civic-news-ticker', widths: [320, 360, 540, 560, 800, 1280] },
  { tag: 'civic-news-ticker', attrs: { mode: 'step' }, widths: [360, 800] },
  { tag: 'civic-article-cards', attrs: { 'page-size': '6' }, widths: [320, 360, 560, 580, 800, 920, 940, 1280] },
  { tag: 'civic-article-cards', widths: [360, 1280] },
  { tag: 'civic-article-cards', attrs: { 'page-size': '1' }, widths: [360, 800, 1280] },
  { tag: 'civic-article-cards', attrs: { 'page-size': '4' }, widths: [360, 800, 1280] },
  { tag: 'civic-article-cards', attrs: { 'page-size': '20' }, widths: [800, 1280] },
  { tag: 'civic-article-cards', attrs: { layout: 'list', 'page-size': '3' }, widths: [320, 360, 560, 800, 1280] },
  { tag: 'civic-article-cards', attrs: { layout: 'compact' }, widths: [360, 1280] },
  { tag: 'civic-article-cards', attrs: { theme: 'dark', 'page-size': '3' }, widths: [360, 1280] },
  { tag: 'civic-attractions-map', widths: [320, 360, 440, 560, 600, 800, 1280] },
  { tag: 'civic-attractions-map', attrs: { theme: 'dark' }, widths: [800] },
  { tag: 'civic-partnership-panel', widths: [320, 600, 640, 1280] },
];

const sheet = new CSSStyleSheet();
sheet.replaceSync(pageStyles());

let seq = 0;
function place(c: Case, width: number) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  // A named font: engines' default fonts differ here (Chromium: Liberation Serif, Firefox:
  // DejaVu Serif), and wrapped text such as the map's consent step depends on it.
  box.style.fontFamily = 'Arial, sans-serif';
  box.lang = 'pl';
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries(c.attrs ?? {})) el.setAttribute(name, value);
  // Stays loading: on the server's other name, so that the never-answering requests do not
  // hold every HTTP/1.1 connection to localhost while the element modules still load (WebKit).
  el.setAttribute('src', `http://127.0.0.1:${location.port}/faults/no-answer?reserve=${seq++}`);
  el.setAttribute('timeout', '120');
  const after = document.createElement('p');
  after.textContent = 'After the element.';
  box.append(el, after);
  document.body.append(box);
  return { box, el, after, label: `<${c.tag} ${Object.entries(c.attrs ?? {}).map(([k, v]) => `${k}="${v}"`).join(' ')}> at ${width}px` };
}
const offset = (p: { box: HTMLElement; after: HTMLElement }) => p.after.getBoundingClientRect().top - p.box.getBoundingClientRect().top;

describe('the loader’s page stylesheet', function () {
  // Sixty elements and four element modules: seconds on a busy machine.
  this.timeout(60000);
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  it('yields to the page: any rule of the page’s own wins over the reserved height and the margin (before any element is defined)', async () => {
    const style = document.createElement('style');
    style.textContent = '.mine civic-news-ticker { margin: 0; min-height: 0; } .mine civic-news-ticker::before { height: 10px; }';
    document.head.append(style);
    const box = document.createElement('div');
    box.className = 'mine';
    box.innerHTML = '<civic-news-ticker src="/faults/no-answer?y=1"></civic-news-ticker>';
    document.body.append(box);
    await nextFrame();
    const el = box.firstElementChild as HTMLElement;
    expect(getComputedStyle(el).marginBlockStart).to.equal('0px');
    expect(el.getBoundingClientRect().height).to.equal(10);
    box.remove();
    style.remove();
  });

  it('reserves, before each element’s code arrives, the space it takes while its feed loads', async () => {
    const placed = CASES.flatMap((c) => c.widths.map((width) => ({ ...place(c, width), tolerance: c.tolerance ?? 1 })));
    await nextFrame();
    const before = placed.map(offset);
    expect(before.every((top) => top > 40), 'every tag has a height before its code arrives').to.be.true;

    await Promise.all([
      import('../../src/components/news-ticker/news-ticker.js'),
      import('../../src/components/article-cards/article-cards.js'),
      import('../../src/components/attractions-map/attractions-map.js'),
      import('../../src/components/partnership-panel/partnership-panel.js'),
    ]);
    await Promise.all(placed.map((p) => (p.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await nextFrame();
    await nextFrame();
    for (const p of placed) expect(p.el.getAttribute('feed-state'), p.label).to.equal('loading');

    const moved = placed
      .map((p, i) => ({ label: p.label, by: offset(p) - before[i], tolerance: p.tolerance }))
      .filter((m) => Math.abs(m.by) > m.tolerance)
      .map((m) => `${m.label}: ${m.by.toFixed(1)} px`);
    expect(moved, 'what follows an element moved when it upgraded').to.deep.equal([]);
    placed.forEach((p) => p.box.remove());
  });

  it('gives every element its block margin, before and after its code arrives, and 0 opts out', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<civic-news-ticker src="/faults/no-answer?m=1"></civic-news-ticker><civic-article-cards style="--civic-block-margin: 0" src="/faults/no-answer?m=2"></civic-article-cards>';
    document.body.append(box);
    const [ticker, cards] = [...box.children] as HTMLElement[];
    await nextFrame();
    expect(getComputedStyle(ticker).marginBlockStart).to.equal('24px');
    expect(getComputedStyle(ticker).marginBlockEnd).to.equal('24px');
    expect(getComputedStyle(cards).marginBlockStart).to.equal('0px');
    expect(cards.getBoundingClientRect().top - ticker.getBoundingClientRect().bottom, 'stacked elements keep a gap').to.equal(24);
    box.remove();
  });

});
