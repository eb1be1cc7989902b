#!/usr/bin/env node
// Benchmark of <civic-attractions-map> against plain Leaflet 1.9.4 + Leaflet.markercluster
// 1.5.3, in the same Chromium run, on the same generated GeoJSON (bench/map-data.mjs) read
// from the same local server into the same 1024 px stage:
//
// - work after the feed arrived: from the response's end to the first painted frame with
//   markers (and the element's list), median of `--runs`; the ratio baseline / element;
// - the longest main-thread task in that time (the browser reports tasks over 50 ms);
// - the element twice: as served from the page's origin (parse in a worker) and on a page
//   whose CSP forbids workers (parse in slices on the main thread);
// - at the largest size: zoom, pan and category change (time to repaint, longest task) and
//   the JS heap after a garbage collection, each contender alone on the page.
//
// Both contenders' code is loaded and run once before the runs (the element's on a small
// feed and on one large enough for its worker, which then stays for the next parse, as it
// does on a page for 30 s), so runs compare the work, not compilation.
//
// The element reads a large feed while it downloads: what it did before the last byte is not
// in the first figure, so the time from the request's start to the same frame is printed
// beside it for both contenders.
//
//   node bench/map.mjs [--runs 3] [--sizes 1000,10000,100000]
import { mkdtemp, rm, writeFile, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, table } from './browser.mjs';
import { serve } from './serve.mjs';
import { generateGeoJson } from './map-data.mjs';
import { buildMapPage, root } from './map-page.mjs';
import { arg } from './args.mjs';

const runs = Number(arg('runs', 3));
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const outDir = await mkdtemp(join(tmpdir(), 'civic-map-bench-'));
await buildMapPage(outDir);
await cp(join(root, 'node_modules/leaflet/dist/images'), join(outDir, 'bench/leaflet-images'), { recursive: true });
await mkdir(join(outDir, 'feeds'), { recursive: true });
const bytes = {};
for (const n of sizes) {
  const text = generateGeoJson(n);
  bytes[n] = Buffer.byteLength(text);
  await writeFile(join(outDir, `feeds/places-${n}.geojson`), text);
}
await writeFile(join(outDir, 'feeds/warm.geojson'), generateGeoJson(3000)); // over 256 KB: the worker's (or the slices') path

const server = await serve(outDir);
const browser = await launch({ protocolTimeout: 15 * 60_000 }); // 100,000 baseline markers take minutes on a busy machine
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x < 50 && x !== 0 ? `${Math.round(x)}` : Math.round(x).toLocaleString('en'));
const task = (x) => (x === 0 ? '<50' : Math.round(x).toLocaleString('en'));
let feedRun = 0;
const feedUrl = (n) => `/feeds/places-${n}.geojson?run=${++feedRun}`; // a new URL each time: no cache, no saved copy

async function openPage(query = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/bench/map.html${query}`);
  await page.waitForFunction(() => window.bench?.ready);
  // Warm-up: both code paths once (module loading, compilation), so runs compare the work.
  await page.evaluate((url) => window.bench.element(url).then(() => window.bench.teardown()), feedUrl(sizes[0]));
  await page.evaluate((url) => window.bench.element(url).then(() => window.bench.teardown()), `/feeds/warm.geojson?run=${++feedRun}`);
  await page.evaluate((url) => window.bench.baseline(url).then(() => window.bench.teardown()), feedUrl(sizes[0]));
  return page;
}

async function heapMB(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

try {
  const worker = await openPage();
  const chunks = await openPage('?noworker');
  const rows = [];
  const md = [];
  for (const n of sizes) {
    const r = { element: [], chunks: [], baseline: [] };
    const heapAt = {};
    for (let i = 0; i < runs; i++) {
      // Alternate the order so neither side always runs on a freshly collected heap.
      const order = i % 2 ? ['baseline', 'element', 'chunks'] : ['element', 'chunks', 'baseline'];
      for (const who of order) {
        const page = who === 'chunks' ? chunks : worker;
        const fn = who === 'baseline' ? 'baseline' : 'element';
        // The last run stays on the page until its heap is measured (after a GC, minus the empty page's).
        const last = i === runs - 1;
        const empty = last ? await heapMB(page) : 0;
        const started = Date.now();
        await page.bringToFront(); // a page behind another gets no animation frames
        r[who].push(await page.evaluate((fn, url, keep) => window.bench[fn](url).finally(() => keep || window.bench.teardown()), fn, feedUrl(n), last));
        console.error(`  ${n.toLocaleString('en')} places, run ${i + 1}/${runs}, ${who}: ${Math.round(r[who].at(-1).ms)} ms (${((Date.now() - started) / 1000).toFixed(1)} s with loading)`);
        if (last) {
          heapAt[who] = (await heapMB(page)) - empty;
          await page.evaluate(() => window.bench.teardown());
        }
      }
    }
    const el = median(r.element.map((x) => x.ms));
    const sliced = median(r.chunks.map((x) => x.ms));
    const base = median(r.baseline.map((x) => x.ms));
    const row = {
      places: n.toLocaleString('en'),
      'feed MB': (bytes[n] / 2 ** 20).toFixed(1),
      'element, worker (ms)': ms(el),
      'element, no worker (ms)': ms(sliced),
      'Leaflet+markercluster (ms)': ms(base),
      'ratio (worker)': `${(base / el).toFixed(1)}×`,
      'ratio (no worker)': `${(base / sliced).toFixed(1)}×`,
      'from the request: worker / no worker / baseline (ms)': [r.element, r.chunks, r.baseline].map((list) => ms(median(list.map((x) => x.fromRequest)))).join(' / '),
      'longest task: element worker / no worker / baseline (ms)': `${task(Math.max(...r.element.map((x) => x.longest)))} / ${task(Math.max(...r.chunks.map((x) => x.longest)))} / ${task(Math.max(...r.baseline.map((x) => x.longest)))}`,
      'markers drawn (element / baseline)': `${r.element[0].markers} / ${r.baseline[0].markers}`,
      parse: `${r.element[0].parse} / ${r.chunks[0].parse}`,
      'worker: decode / parse / pack (ms, median)': r.element[0].worker
        ? ['decode', 'parse', 'pack'].map((k) => ms(median(r.element.map((x) => x.worker[k])))).join(' / ')
        : '—',
      'JS heap MB: element worker / no worker / baseline': `${heapAt.element.toFixed(0)} / ${heapAt.chunks.toFixed(0)} / ${heapAt.baseline.toFixed(0)}`,
    };
    if (r.element[0].items !== n || r.chunks[0].items !== n) row.note = `element kept ${r.element[0].items} of ${n}`;
    rows.push(row);
    md.push(`| ${row.places} | ${row['feed MB']} | ${row['element, worker (ms)']} | ${row['element, no worker (ms)']} | ${row['Leaflet+markercluster (ms)']} | ${row['ratio (worker)']} / ${row['ratio (no worker)']} | ${row['from the request: worker / no worker / baseline (ms)']} | ${row['longest task: element worker / no worker / baseline (ms)']} | ${row['JS heap MB: element worker / no worker / baseline']} |`);
  }
  table(`<civic-attractions-map> vs Leaflet 1.9.4 + Leaflet.markercluster 1.5.3: work after the feed arrived, median of ${runs} runs, longest task of all runs`, rows);

  // At the largest size: what a visitor does next, and the memory it all takes.
  const n = sizes[sizes.length - 1];
  const steps = [];
  const heap = {};
  for (const [who, page, fn] of [['element (worker)', worker, 'element'], ['element (no worker)', chunks, 'element'], ['baseline', worker, 'baseline']]) {
    await page.bringToFront();
    const empty = await heapMB(page);
    await page.evaluate((fn, url) => window.bench[fn](url), fn, feedUrl(n));
    heap[who] = (await heapMB(page)) - empty;
    const row = { contender: who };
    for (const step of ['zoom', 'pan', 'category']) {
      const result = await page.evaluate((step) => window.bench.interact(step), step);
      row[`${step} (ms)`] = ms(result.ms);
      row[`${step} longest task`] = task(result.longest);
    }
    row['JS heap (MB)'] = heap[who].toFixed(0);
    steps.push(row);
    await page.evaluate(() => window.bench.teardown());
  }
  table(`${n.toLocaleString('en')} places: zoom in, pan, one category off (time to repaint, longest task in ms) and JS heap after GC`, steps);
  console.log('\nMarkdown for README:\n');
  console.log('| places | feed MB | element, worker (ms) | element, no worker (ms) | Leaflet + markercluster (ms) | ratio worker / no worker | from the request: worker / no worker / baseline (ms) | longest task: worker / no worker / baseline (ms) | JS heap MB: worker / no worker / baseline |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(md.join('\n').replace(/\| ([\d.]+) \| /, (m) => m));
  for (const s of steps) console.log(`\n${s.contender}: zoom ${s['zoom (ms)']} ms (longest task ${s['zoom longest task']}), pan ${s['pan (ms)']} (${s['pan longest task']}), category ${s['category (ms)']} (${s['category longest task']}), heap ${s['JS heap (MB)']} MB`);
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
