import { expect } from '@open-wc/testing';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { parseInChunks } from '../../src/map/geojson-chunked.js';
import { parseAttractions, parseStats, INLINE_BELOW } from '../../src/map/geojson-parse.js';
import { FeedError } from '../../src/feeds/problem.js';
import { geojsonText } from './geojson-sample.js';

const base = 'https://city.example/feeds/sights.geojson';
const quiet = () => {
  const lines: string[] = [];
  return { lines, warn: (line: string) => lines.push(line) };
};
const problemOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof FeedError ? error.problem.code : String(error);
  }
  return 'no error';
};

describe('the map reads large GeoJSON without freezing the page', () => {
  it('in slices on the main thread: the same attractions, warnings and cap as one parse', async () => {
    const text = geojsonText(3000);
    const one = quiet();
    const sliced = quiet();
    const whole = attractionsDescriptor.parse(text, { base, maxItems: 2500, warn: one.warn });
    const chunked = await parseInChunks(text, { base, maxItems: 2500, warn: sliced.warn });
    expect(chunked).to.deep.equal(whole);
    expect(chunked.attractions).to.have.length(2500 - 3); // three members of the first 2,500 are broken
    expect(sliced.lines).to.deep.equal(one.lines);
    expect(sliced.lines.some((l) => l.includes('only the first 2500 are used'))).to.equal(true);
  });

  it('in slices: gives the browser turns while it reads (other work runs in between)', async () => {
    const text = geojsonText(15_000, { extras: false });
    let turns = 0;
    let frame = requestAnimationFrame(function count() {
      turns++;
      frame = requestAnimationFrame(count);
    });
    const start = performance.now();
    const feed = await parseInChunks(text, { base });
    const elapsed = performance.now() - start;
    cancelAnimationFrame(frame);
    expect(feed.attractions).to.have.length(15_000);
    // A parse in one piece paints no frame until it ends, however long it takes. Sliced, the
    // page keeps painting: at least one frame per 250 ms of parsing (a faster machine parses
    // in fewer frames, a loaded one in more), and never fewer than two. (One per 100 ms failed
    // with two browsers busy on the two cores: 3 frames in 420 ms.)
    const wanted = Math.max(2, Math.floor(elapsed / 250));
    expect(turns, `frames painted during a ${Math.round(elapsed)} ms parse`).to.be.at.least(wanted);
  }).timeout(60_000);

  it('in a worker on a page that allows it: the same result as one parse', async () => {
    const text = geojsonText(5000);
    expect(text.length).to.be.greaterThan(INLINE_BELOW);
    const one = quiet();
    const whole = attractionsDescriptor.parse(text, { base, warn: one.warn });
    const lines: string[] = [];
    const feed = await parseAttractions(text, { base, warn: (l) => lines.push(l) });
    expect(parseStats.last).to.equal('worker');
    // Markup in names is stripped without a DOM in the worker: the visible text is the same.
    expect(feed).to.deep.equal(whole);
    expect(lines).to.deep.equal(one.lines);
  });

  it('broken JSON gives the same error on every path', async () => {
    const text = geojsonText(5000).replace('"Castle no. 5"', '"Castle no. 5');
    expect(await problemOf(Promise.resolve().then(() => attractionsDescriptor.parse(text, { base })))).to.equal('invalidJson');
    expect(await problemOf(parseInChunks(text, { base }))).to.equal('invalidJson');
    expect(await problemOf(parseAttractions(text, { base }))).to.equal('invalidJson');
    const html = `<!doctype html><html><body>${'x'.repeat(INLINE_BELOW)}</body></html>`;
    expect(await problemOf(parseAttractions(html, { base }))).to.equal('notJson');
    const notGeo = JSON.stringify({ type: 'Topology', features: Array.from({ length: 20_000 }, (_, i) => ({ i })) });
    expect(await problemOf(parseAttractions(notGeo, { base }))).to.equal('invalidFeed');
    expect(await problemOf(parseInChunks(notGeo, { base }))).to.equal('invalidFeed');
  });

  it('stops when the caller no longer wants the result', async () => {
    const controller = new AbortController();
    const text = geojsonText(15_000, { extras: false });
    const worker = parseAttractions(text, { base, signal: controller.signal });
    const chunks = parseInChunks(text, { base, signal: controller.signal });
    controller.abort();
    expect(await problemOf(worker)).to.match(/AbortError/);
    expect(await problemOf(chunks)).to.match(/AbortError/);
  });
});
