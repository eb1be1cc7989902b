import { expect } from '@open-wc/testing';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { parseHere } from '../../src/map/geojson-worker-client.js';
import { parseAttractions, parseStats, INLINE_BELOW, mapAttractionsDescriptor } from '../../src/map/geojson-parse.js';
import { MAX_STORED_CHARS } from '../../src/feeds/storage.js';
import type { AttractionsFeed } from '../../src/feeds/model.js';
import { FeedError } from '../../src/feeds/problem.js';
import { decodeBody, declaredEncoding } from '../../src/feeds/encoding.js';
import { geojsonText } from './geojson-sample.js';

const base = 'https://city.example/feeds/sights.geojson';
/** The main-thread path (no worker here), as parseAttractions takes it where the page refuses workers. */
const parseInChunks = (body: string | Uint8Array, options: Parameters<typeof parseHere>[1]) => parseHere(body, options, { decodeBody, declaredEncoding });
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
    // page paints in between: at least two frames during the parse. (A frame rate tied to the
    // parse's time failed under load: the browser may paint rarely on a busy machine.)
    expect(turns, `frames painted during a ${Math.round(elapsed)} ms parse`).to.be.at.least(2);
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

  it('in a worker from the bytes the loader reads: decoded there, moved not copied, the same result', async () => {
    const text = geojsonText(5000);
    const bytes = new TextEncoder().encode(text);
    const whole = attractionsDescriptor.parse(text, { base, warn: () => {} });
    const feed = await parseAttractions(bytes, { base, warn: () => {}, contentType: 'application/geo+json' });
    expect(parseStats.last).to.equal('worker');
    expect(feed).to.deep.equal(whole);
    expect(bytes.byteLength, 'the bytes went to the worker').to.equal(0);
  });

  it('a large body in an old encoding: read as its guess on every path, with the same console line', async () => {
    // windows-1250 bytes of Polish text, no charset declared: the map's paths guess as the loader does.
    const text = geojsonText(3000, { extras: false }).replace(/"language":"pl"/, '"language":"pl","note":"' + 'ąśź'.repeat(10) + '"');
    const encode = (s: string) => Uint8Array.from(s, (c) => ({ ą: 0xb9, ś: 0x9c, ź: 0x9f, ł: 0xb3, ó: 0xf3, ę: 0xea, ć: 0xe6, ń: 0xf1, ż: 0xbf, Ł: 0xa3, Ś: 0x8c, Ż: 0xaf })[c] ?? c.charCodeAt(0));
    expect([...text].every((c) => c.charCodeAt(0) < 0x80 || 'ąśźłóęćńżŁŚŻ'.includes(c)), 'only letters the test encodes').to.equal(true);
    const whole = attractionsDescriptor.parse(text, { base, warn: () => {} });
    const worker = quiet();
    const fromWorker = await parseAttractions(encode(text), { base, warn: worker.warn });
    expect(parseStats.last).to.equal('worker');
    expect(fromWorker).to.deep.equal(whole);
    expect(worker.lines[0]).to.equal(`[civic-widgets] ${base}: the feed is not UTF-8 and names no charset; read as windows-1250. Declare it (Content-Type: …; charset=…, or <?xml … encoding="…"?>).`);
    const here = quiet();
    expect(await parseInChunks(encode(text), { base, warn: here.warn })).to.deep.equal(whole);
    expect(here.lines).to.deep.equal(worker.lines);
    // UTF-8, or an encoding the server declares: read as it is, nothing guessed, nothing said.
    for (const [bytes, contentType] of [[new TextEncoder().encode(text), undefined], [encode(text), 'application/geo+json; charset=windows-1250']] as const) {
      const said = quiet();
      expect(await parseInChunks(bytes, { base, warn: said.warn, contentType })).to.deep.equal(whole);
      expect(said.lines, contentType ?? 'UTF-8').to.deep.equal([]);
    }
    expect(await parseInChunks(text, { base, warn: () => {} })).to.deep.equal(whole);
  }).timeout(60_000);

  it('a map too large for localStorage is not serialized for it; a small one is', () => {
    const small = attractionsDescriptor.parse(geojsonText(100), { base, warn: () => {} }) as AttractionsFeed;
    const large = attractionsDescriptor.parse(geojsonText(20_000, { extras: false }), { base, warn: () => {} }) as AttractionsFeed;
    expect(JSON.stringify(small).length).to.be.below(MAX_STORED_CHARS);
    expect(JSON.stringify(large).length).to.be.above(MAX_STORED_CHARS);
    expect(mapAttractionsDescriptor.storable!(small)).to.equal(true);
    expect(mapAttractionsDescriptor.storable!(large)).to.equal(false);
  });

  it('the next large feed goes to the worker that read the last one (already started and warm)', async () => {
    const text = geojsonText(4000);
    const whole = attractionsDescriptor.parse(text, { base, warn: () => {} });
    await parseAttractions(text, { base, warn: () => {} });
    const again = await parseAttractions(text, { base, warn: () => {} });
    expect(parseStats.last).to.equal('worker');
    expect(parseStats.reused).to.equal(true);
    expect(again).to.deep.equal(whole);
    // Two at once: one takes the spare, the other starts its own; both give the whole feed.
    const [a, b] = await Promise.all([parseAttractions(text, { base, warn: () => {} }), parseAttractions(text, { base, warn: () => {} })]);
    expect(a).to.deep.equal(whole);
    expect(b).to.deep.equal(whole);
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
    const [fromWorker, fromChunks] = await Promise.all([problemOf(worker), problemOf(chunks)]);
    expect(fromWorker).to.match(/AbortError/);
    expect(fromChunks).to.match(/AbortError/);
  });
});
